"use strict";
// Explorable figures: a labelled slider under each figure whose SVG holds one frame per value of a
// parameter (data-explore on the root, data-frame on each frame's group). Every frame is already in
// the page, computed when the book was built; this only switches which one shows. Without it, and in
// print, the default frame (the one not hidden in the markup) shows.
(() => {
  let count = 0;
  for (const svg of document.querySelectorAll("svg[data-explore]")) {
    const frames = Array.from(svg.querySelectorAll("g[data-frame]"));
    if (frames.length < 2) continue;
    const name = svg.getAttribute("data-explore");
    let current = Math.max(0, frames.findIndex((frame) => frame.getAttribute("display") !== "none"));
    const id = "explore-" + ++count;
    const control = document.createElement("div");
    control.className = "explore";
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = name;
    const input = Object.assign(document.createElement("input"), {
      type: "range", id, min: 0, max: frames.length - 1, step: 1, value: current,
    });
    const output = document.createElement("output");
    output.setAttribute("for", id);
    const show = (index) => {
      frames[current].setAttribute("display", "none");
      frames[index].removeAttribute("display");
      current = index;
      output.textContent = frames[index].dataset.frame;
      input.setAttribute("aria-valuetext", name + " = " + frames[index].dataset.frame);
    };
    input.addEventListener("input", () => show(Number(input.value)));
    // Print shows the default frame, as the Markdown edition does, whatever the slider says.
    const initial = current;
    let chosen = current;
    window.addEventListener("beforeprint", () => { chosen = current; show(initial); });
    window.addEventListener("afterprint", () => show(chosen));
    show(current);
    control.append(label, input, output);
    svg.after(control);
  }
})();
