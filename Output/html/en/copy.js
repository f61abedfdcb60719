"use strict";
// Adds a copy button to each code listing; without JavaScript the listings are just there.
// The button's words come from the script element (data-copy, data-copied), in the book's language.
(() => {
  const labels = document.currentScript.dataset;
  if (!navigator.clipboard) return;
  for (const pre of document.querySelectorAll("pre.code")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = labels.copy;
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(pre.querySelector("code").innerText).then(() => {
        button.textContent = labels.copied;
        setTimeout(() => { button.textContent = labels.copy; }, 1500);
      }, () => {});
    });
    pre.appendChild(button);
    pre.classList.add("has-copy");  // the style sheet gives the button a strip of its own
  }
})();
