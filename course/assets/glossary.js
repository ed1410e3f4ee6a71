/* Glossary tooltips (see course/glossary.py): CSS shows them on hover and
 * focus; this script lets readers dismiss one with Escape (WCAG 1.4.13) and
 * keeps it inside the window on narrow screens. Listeners sit on the document,
 * so they survive Material's instant navigation without re-running. */
(function () {
  "use strict";
  if (window.__courseGlossary) return;
  window.__courseGlossary = true;

  function fit(wrapper) {
    var tip = wrapper.querySelector(".gloss__tip");
    if (!tip) return;
    tip.style.left = "";
    var box = tip.getBoundingClientRect();
    var overflow = box.right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) tip.style.left = -Math.min(overflow, box.left - 8) + "px";
  }

  function show(event) {
    var wrapper = event.target.closest && event.target.closest(".gloss");
    if (!wrapper) return;
    wrapper.classList.remove("gloss--dismissed");
    fit(wrapper);
  }

  document.addEventListener("focusin", show);
  document.addEventListener("mouseover", show);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".gloss:hover, .gloss:focus-within").forEach(function (wrapper) {
      wrapper.classList.add("gloss--dismissed");
    });
  });
})();
