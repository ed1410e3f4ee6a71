/* Long pages: course.css lets a phone skip the layout of each question until it
 * nears the screen (content-visibility: auto), so a long chapter's first paint
 * does not wait for fifty screens of layout. Until a question has been drawn
 * once, its height is a guess, so positions further down the page are guesses
 * too: a checker such as Lighthouse's axe can then see one question's button
 * over another's words. Once the page has loaded, this draws the questions not
 * yet drawn one at a time, a frame each, when the browser is idle; the
 * browser then remembers each real height (`auto`) and skips them again.
 * Loaded by quiz.js on pages with questions; safe to run again after instant
 * navigation, which shows a new page without reloading scripts. */
(function () {
  "use strict";
  var later = window.requestIdleCallback || function (callback) { return setTimeout(callback, 50); };
  // Questions already waiting: both `load` and Material's document$ can start a round for one page.
  var queued = new WeakSet();

  // One question a frame: drawing a few at once was itself a long task on a slow phone.
  function drawSoon(blocks) {
    if (!blocks.length) return;
    later(function () {
      var block = blocks.shift();
      if (!block.isConnected) { drawSoon(blocks); return; }
      block.classList.add("course-drawn-once");
      // Two frames: the browser lays the question out and records its size in the first.
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          block.classList.remove("course-drawn-once");
          block.setAttribute("data-drawn", "");
          drawSoon(blocks);
        });
      });
    });
  }

  // The blocks course.css draws lazily, read from the stylesheet's effect so the two never disagree.
  function settle() {
    var blocks = document.querySelectorAll(".md-content__inner > :not([data-drawn])");
    drawSoon(Array.prototype.filter.call(blocks, function (block) {
      if (queued.has(block) || getComputedStyle(block).contentVisibility !== "auto") return false;
      queued.add(block);
      return true;
    }));
  }

  if (document.readyState === "complete") {
    settle();
  } else {
    window.addEventListener("load", settle);
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(settle);
  }
})();
