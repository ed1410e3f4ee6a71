/* The "My progress" panel (course/quiz/progress.py renders it): a row per chapter,
 * the questions to practise, and the confidence table, all from first tries.
 *
 * Loaded by quiz.js only on a page that shows the panel, so chapter pages do not
 * carry it; it reads and scores progress through quiz.js's window.deepfakeCourse.
 */
(function () {
  "use strict";

  var course = window.deepfakeCourse;
  var load = course.load, save = course.save, emptyStore = course.emptyStore, pageKey = course.pageKey,
    firstTries = course.firstTries, available = course.available, percent = course.percent,
    rightCount = course.rightCount, fillLevels = course.fillLevels;

  function initProgress(panel) {
    if (panel.hasAttribute("data-quiz-ready")) return;
    panel.setAttribute("data-quiz-ready", "");
    panel.classList.add("course-progress--enhanced");
    var reset = panel.querySelector("[data-progress-reset]");
    var summary = panel.querySelector(".course-progress__summary");
    var missedNote = panel.querySelector(".course-progress__missed-note");
    reset.hidden = false;

    function fill() {
      var store = load(), all = [], missed = 0;
      Array.prototype.forEach.call(panel.querySelectorAll(".course-progress__chapters tbody tr"), function (row) {
        var page = store.pages[pageKey(row.querySelector("a").href)];
        var ids = row.hasAttribute("data-questions") ? row.getAttribute("data-questions").split(" ")
          : page ? Object.keys(page.answers) : [];
        var answers = firstTries(page, ids);
        all = all.concat(answers);
        row.querySelector('[data-cell="answered"]').textContent = answers.length
          ? answers.length + " of " + Math.max(ids.length, answers.length) : "Not started";
        row.querySelector('[data-cell="right"]').textContent = percent(rightCount(answers), answers.length);
      });
      // Practise what you missed: questions wrong on the first try, marked once a later try was right.
      Array.prototype.forEach.call(panel.querySelectorAll(".course-progress__missed-chapter"), function (group) {
        var shown = 0;
        Array.prototype.forEach.call(group.querySelectorAll("li[data-question]"), function (item) {
          var page = store.pages[pageKey(item.querySelector("a").href)];
          var e = page && page.answers[item.getAttribute("data-question")];
          item.hidden = !e || e.first.correct;
          item.querySelector(".course-progress__practised").textContent = e && e.practised ? " \u2014 practised" : "";
          if (!item.hidden) shown += 1;
        });
        group.hidden = !shown;
        missed += shown;
      });
      if (missedNote) {
        missedNote.textContent = !available() ? "This browser does not let the course keep your answers (storage is " +
          "turned off or full), so there is nothing to list. Your answers on a chapter page count only until you leave it."
          : missed ? "Questions you got wrong on your first try, by chapter. Follow a link to practise; your first try still counts."
          : all.length ? "You got every question you answered right on your first try: nothing to practise."
          : "Questions you get wrong on your first try will be listed here, with links to practise them.";
      }
      fillLevels(panel, all);
      var right = rightCount(all);
      var sure = all.filter(function (a) { return a.confidence === 3; });
      summary.textContent = !all.length ? "You have not answered any questions yet."
        : "You answered " + all.length + (all.length === 1 ? " question" : " questions") + " and got " + percent(right, all.length) + " right on the first try." +
          (sure.length ? " When you were very sure, you were right " +
            percent(rightCount(sure), sure.length) + " of the time." : "");
    }

    reset.addEventListener("click", function () {
      if (!window.confirm("Delete all your answers in this browser? This cannot be undone.")) return;
      save(emptyStore());
      // Refreshes this panel and anything else showing progress (such as the assignment checklist).
      document.dispatchEvent(new CustomEvent("course:answered"));
      summary.textContent = "All your progress has been deleted.";
    });
    // An import (progress-transfer.js) changes progress without a reload.
    document.addEventListener("course:answered", function refresh() {
      if (document.body.contains(panel)) fill();
      else document.removeEventListener("course:answered", refresh);
    });
    fill();
  }

  course.initProgress = initProgress;
})();
