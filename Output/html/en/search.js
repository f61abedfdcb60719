"use strict";
(() => {
  const form = document.querySelector("form.search");
  if (!form) return;
  const input = form.querySelector("input");
  const status = form.querySelector(".search-status");
  const list = form.querySelector(".search-results");
  const root = form.dataset.root;
  const limit = 10;
  let sections = null;
  let loading = false;

  // Lowercase and ё → е, keeping length, so positions in folded text are positions in the text.
  const fold = text => {
    const lower = text.toLowerCase();
    if (lower.length === text.length) return lower.replace(/ё/g, "е");
    let out = "";
    for (const ch of text) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? (l === "ё" ? "е" : l) : ch;
    }
    return out;
  };

  const prepare = pages => {
    const shared = new Map();
    for (const page of pages) {
      for (const [heading] of page.sections) {
        if (heading) shared.set(fold(heading), (shared.get(fold(heading)) || 0) + 1);
      }
    }
    const all = [];
    for (const page of pages) {
      const title = fold(page.title);
      page.sections.forEach(([heading, anchor, text], position) => {
        const folded = fold(heading);
        all.push({
          page, heading, anchor, text, title, foldedHeading: folded, foldedText: fold(text),
          top: position === 0, titleWeight: position === 0 ? 10 : 0.5,
          headingWeight: heading ? 5 / shared.get(folded) : 0,
        });
      });
    }
    return all;
  };

  // Words change their endings: a Russian word of five letters or more loses a short vowel ending
  // (функция, функции, функций → функц). In an English edition (the page's lang) a word of five
  // letters or more loses -ation(s) (initialization → initializ); else -ies becomes -y, or -ing,
  // -ed, -es, -s or -ly goes, a doubled b d g m n p r t is halved (stopped → stop) and a final -e
  // goes (activates → activat). A stem shorter than four letters keeps the word, less a plural -s
  // (lines → line). Matches are prefixes, so the stem finds the other forms; irregular ones
  // (dying, die) are not related.
  const english = (document.documentElement.lang || "").toLowerCase().startsWith("en");
  const stem = term => {
    if (english) {
      if (!/^[a-z]{5,}$/.test(term)) return term;
      const stemmed = /ations?$/.test(term) ? term.replace(/ations?$/, "")
        : /ies$/.test(term) ? term.slice(0, -3) + "y"
        : term.replace(/(ing|ed|es|s|ly)$/, "").replace(/([bdgmnprt])\1$/, "$1").replace(/e$/, "");
      return stemmed.length >= 4 ? stemmed : term.replace(/([^s])s$/, "$1");
    }
    const ending = /^[а-я]{5,}$/.test(term) ? /[аеиоуыэюяйь]{1,2}$/.exec(term) : null;
    return ending && ending.index >= 4 ? term.slice(0, ending.index) : term;
  };

  const wordCharacter = /[\p{L}\p{N}]/u;
  // The first occurrence at the start of a word (strength 1), else the first at all (0.5).
  const locate = (haystack, term) => {
    let first = -1;
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + 1)) {
      if (at === 0 || !wordCharacter.test(haystack[at - 1])) return { at, strength: 1 };
      if (first < 0) first = at;
    }
    return first < 0 ? null : { at: first, strength: 0.5 };
  };

  // A section deeper in a page needs a word of its own: the page title alone finds the page's top.
  const score = (section, terms) => {
    let total = 0, own = section.top;
    for (const term of terms) {
      const title = locate(section.title, term);
      const heading = locate(section.foldedHeading, term);
      const text = locate(section.foldedText, term);
      const best = Math.max(
        title ? title.strength * section.titleWeight : 0,
        heading ? heading.strength * section.headingWeight : 0,
        text ? text.strength : 0);
      if (best === 0) return 0;
      own = own || heading !== null || text !== null;
      total += best;
    }
    return own ? total : 0;
  };

  // About 140 characters of the section's text around the first match, matches marked.
  const snippet = (section, terms) => {
    const text = section.text, folded = section.foldedText;
    let at = -1;
    for (const term of terms) {
      const found = locate(folded, term);
      if (found && (at < 0 || found.at < at)) at = found.at;
    }
    let start = Math.max(0, at - 50), end = Math.min(text.length, Math.max(at, 0) + 90);
    // Cut at spaces, not inside words.
    const after = text.indexOf(" ", start), before = text.lastIndexOf(" ", end);
    if (start > 0 && after !== -1 && after < at) start = after + 1;
    if (end < text.length && before > Math.max(at, start)) end = before;
    const marks = [];
    const part = folded.slice(start, end);
    for (const term of terms) {
      for (let i = part.indexOf(term); i !== -1; i = part.indexOf(term, i + term.length)) {
        marks.push([i, i + term.length]);
      }
    }
    marks.sort((a, b) => a[0] - b[0]);
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    const plain = to => { if (to > cursor) fragment.append(text.slice(start + cursor, start + to)); };
    if (start > 0) fragment.append("… ");
    for (const [from, to] of marks) {
      if (from < cursor) continue;
      plain(from);
      const mark = document.createElement("mark");
      mark.textContent = text.slice(start + from, start + to);
      fragment.append(mark);
      cursor = to;
    }
    plain(end - start);
    if (end < text.length) fragment.append(" …");
    return fragment;
  };

  const render = () => {
    if (!sections) return;
    const terms = [...new Set(fold(input.value).split(/\s+/).filter(Boolean).map(stem))];
    list.replaceChildren();
    if (terms.length === 0) {
      status.textContent = "";
      list.hidden = true;
      return;
    }
    const hits = [];
    sections.forEach((section, order) => {
      const value = score(section, terms);
      if (value > 0) hits.push({ section, value, order });
    });
    hits.sort((a, b) => b.value - a.value || a.order - b.order);
    status.textContent = hits.length ? form.dataset.found.replace("{n}", hits.length) : form.dataset.none;
    for (const { section } of hits.slice(0, limit)) {
      const link = document.createElement("a");
      link.href = root + section.page.url + (section.anchor ? "#" + section.anchor : "");
      const title = document.createElement("span");
      title.className = "search-result-title";
      // The top of a page that opens with its own heading is named by that heading.
      title.textContent = !section.heading ? section.page.title
        : section.top ? section.heading : section.page.title + " › " + section.heading;
      link.append(title);
      if (section.text) {
        const text = document.createElement("span");
        text.className = "search-result-text";
        text.append(snippet(section, terms));
        link.append(text);
      }
      const item = document.createElement("li");
      item.append(link);
      list.append(item);
    }
    list.hidden = hits.length === 0;
  };

  // The list floats over the page: shown while the reader is in the box, hidden when they leave it.
  const open = shown => { list.hidden = !shown || list.childElementCount === 0; };

  const load = () => {
    if (sections || loading) return;
    loading = true;
    const script = document.createElement("script");
    script.src = root + "search-index.js";
    script.onload = () => {
      sections = prepare(window.lessonsSearchIndex || []);
      render();
    };
    script.onerror = () => { loading = false; };
    document.head.append(script);
  };

  const links = () => [...list.querySelectorAll("a")];
  input.addEventListener("focus", () => { load(); open(true); });
  form.addEventListener("focusout", event => {
    if (event.relatedTarget && !form.contains(event.relatedTarget)) open(false);
  });
  // A click elsewhere closes the list (a click on a result lands before focus moves).
  document.addEventListener("pointerdown", event => { if (!form.contains(event.target)) open(false); });
  input.addEventListener("input", () => { load(); render(); });
  input.addEventListener("keydown", event => {
    if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === "Escape" && input.value) {
      event.preventDefault();
      input.value = "";
      render();
    }
  });
  list.addEventListener("keydown", event => {
    const all = links(), at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at + 1 < all.length) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === "ArrowUp" || event.key === "Escape") {
      event.preventDefault();
      (event.key === "ArrowUp" && at > 0 ? all[at - 1] : input).focus();
    }
  });
  // Enter opens the best result rather than reloading the page.
  form.addEventListener("submit", event => {
    event.preventDefault();
    if (links().length) location.href = links()[0].href;
  });
  // "/" jumps to the box, as on many documentation sites, unless the reader is typing.
  document.addEventListener("keydown", event => {
    const target = event.target;
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    input.focus();
  });
  form.hidden = false;
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    load();
  }
})();
