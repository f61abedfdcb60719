"use strict";
// The language switch keeps the reader's place: it opens the counterpart page at the heading in
// the same position as the one being read (its link lists the counterpart's heading anchors).
(() => {
  const headings = () => [...document.querySelectorAll("main h1[id], main h2[id], main h3[id], main h4[id]")];
  const current = () => {
    const all = headings();
    const hash = decodeURIComponent(location.hash.slice(1));
    const named = all.findIndex(h => h.id === hash);
    if (named >= 0 && Math.abs(all[named].getBoundingClientRect().top) < window.innerHeight) return named;
    let index = -1;
    all.forEach((h, i) => { if (h.getBoundingClientRect().top <= 80) index = i; });
    return index;
  };
  for (const link of document.querySelectorAll(".language-switch a[data-anchors]")) {
    link.addEventListener("click", () => {
      const anchors = link.dataset.anchors.split(" ").filter(Boolean);
      const index = current();
      const base = link.href.split("#")[0];
      link.href = index >= 0 && index < anchors.length ? base + "#" + anchors[index] : base;
    });
  }
})();
