/* The before and after checks, and the final challenge's performance task.
 *
 * Loaded by quiz.js (data-widget-assets="skill-check") only on pages that show
 * a /// skill-check block or the performance task's checkbox. The first part
 * is pure functions (scores, gain, per skill, confidence, summary lines) with
 * no page and no storage, so they can be tested on their own; the second part
 * reads the reader's first tries through window.deepfakeCourse and writes the
 * results into the page, always as text.
 */
(function () {
  "use strict";

  var TASKS_KEY = "deepfake-course:tasks";

  /* ---------- pure functions ---------- */

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // First tries to the questions `ids`; `firsts` maps a question id to its first try ({ correct, confidence }).
  function score(ids, firsts) {
    var got = ids.filter(function (id) { return firsts[id]; }).map(function (id) { return firsts[id]; });
    var sure = got.filter(function (a) { return a.confidence === 3; });
    return {
      total: ids.length, answered: got.length,
      right: got.filter(function (a) { return a.correct; }).length,
      sure: sure.length, sureRight: sure.filter(function (a) { return a.correct; }).length
    };
  }

  function complete(s) { return s.total > 0 && s.answered === s.total; }

  // How many more right after than before, and the share of the possible improvement:
  // (after − before) / (max − before). null when the before score was already the maximum.
  function gain(before, after) {
    var more = after.right - before.right, room = before.total - before.right;
    return { more: more, share: room > 0 ? more / room : null };
  }

  // rows: [{ skill, before: [ids], after: [ids] }]; the whole check is every row together.
  function compare(rows, beforeFirsts, afterFirsts) {
    var all = { before: [], after: [] };
    var skills = rows.map(function (row) {
      all.before = all.before.concat(row.before);
      all.after = all.after.concat(row.after);
      return { skill: row.skill, before: score(row.before, beforeFirsts), after: score(row.after, afterFirsts) };
    });
    return { before: score(all.before, beforeFirsts), after: score(all.after, afterFirsts), skills: skills };
  }

  function both(result) { return complete(result.before) && complete(result.after); }

  function scoreText(s) { return s.right + " of " + s.total + " right"; }

  // What the reader has done so far, in a sentence or two.
  function statusText(result) {
    var b = result.before, a = result.after;
    if (!b.answered && !a.answered) {
      return "You have not taken either check yet. Take Before you start before the first chapter and After the course " +
        "after the last: this part then shows what changed.";
    }
    if (both(result)) {
      return "Before the course: " + scoreText(b) + " on your first try. After the course: " + scoreText(a) + ".";
    }
    if (!complete(b)) {
      return (b.answered ? "You have answered " + b.answered + " of " + b.total + " questions of Before you start. " : "You have not taken Before you start. ") +
        (a.answered ? "Without a complete before check there is nothing to compare the after check with (" + a.answered + " of " + a.total +
          " answered, " + a.right + " right); taking it now would not show where you started." : "Finish it, then take After the course at the end.");
    }
    return "Before the course: " + scoreText(b) + " on your first try. " +
      (a.answered ? "You have answered " + a.answered + " of " + a.total + " questions of After the course: answer them all to see the comparison."
        : "Take After the course when you have finished the course to see what changed.");
  }

  // The gain in words and as the share of the possible improvement; "" until both checks are complete.
  function gainText(result) {
    if (!both(result)) return "";
    var b = result.before, a = result.after, g = gain(b, a), room = b.total - b.right, text;
    if (g.share === null) {
      return "You got all " + b.total + " right before the course, so this check had no room to show an improvement, " +
        "and the share of the possible improvement cannot be worked out. After the course you got " + scoreText(a) + ".";
    }
    text = g.more > 0 ? "You got " + plural(g.more, "more question", "more questions") + " right after the course than before."
      : g.more < 0 ? "You got " + plural(-g.more, "question", "questions") + " fewer right after the course than before."
        : "You got the same number right before and after the course.";
    text += " That is " + Math.round(100 * g.share) + "% of the possible improvement: you had " + plural(room, "question", "questions") +
      " wrong before, so " + room + " more right was the most this check could show, and " +
      (g.more > 0 ? "you gained " + g.more : g.more < 0 ? "your score went down by " + -g.more : "you gained none") + ".";
    if (g.more <= 0) text += " On a check this short, a difference of a question or two can be chance.";
    return text;
  }

  // How confidence matched accuracy, before and after.
  function confidenceText(result) {
    if (!both(result)) return "";
    function side(s) { return s.sure ? "very sure on " + s.sure + " and right on " + s.sureRight + " of those" : "very sure on none"; }
    return "How sure you were: before the course, " + side(result.before) + "; after, " + side(result.after) + ". " +
      "Being very sure is worth most when it is almost always right.";
  }

  function cell(s) { return s.answered ? s.right + " of " + s.total + " right" : "\u2014"; }

  // The lines of a hand-in summary (format 3); the classroom tools add them and cover them with the check code.
  function summaryLines(result) {
    function side(name, s) {
      return name + " check: " + (s.answered ? s.right + " of " + s.total + " right, " + s.answered + " of " + s.total + " answered" : "not taken");
    }
    var lines = [side("Before", result.before), side("After", result.after)];
    result.skills.forEach(function (k) {
      if (!k.before.answered && !k.after.answered) return;
      lines.push("Skill " + k.skill + ": before " + k.before.right + "/" + k.before.answered + ", after " + k.after.right + "/" + k.after.answered);
    });
    if (result.before.answered || result.after.answered) {
      lines.push("Very sure: before " + result.before.sureRight + " right of " + result.before.sure + ", after " +
        result.after.sureRight + " right of " + result.after.sure);
    }
    return lines;
  }

  // Stored performance tasks: { <task id>: true }; anything else is dropped.
  function checkTasks(data) {
    var out = {};
    if (data && typeof data === "object" && !Array.isArray(data)) {
      Object.keys(data).forEach(function (id) { if (/^[a-z0-9-]{1,60}$/.test(id) && data[id] === true) out[id] = true; });
    }
    return out;
  }

  var api = {
    TASKS_KEY: TASKS_KEY, score: score, gain: gain, compare: compare, statusText: statusText, gainText: gainText,
    confidenceText: confidenceText, summaryLines: summaryLines, checkTasks: checkTasks
  };
  if (typeof window === "undefined") { module.exports = api; return; }
  window.deepfakeSkillCheck = api;

  /* ---------- the page ---------- */

  var course = window.deepfakeCourse;
  var each = function (list, callback) { Array.prototype.forEach.call(list, callback); };

  function firstsOn(store, key) {
    var page = store.pages[key], out = Object.create(null);
    if (page) Object.keys(page.answers).forEach(function (id) { out[id] = page.answers[id].first; });
    return out;
  }

  function loadTasks() {
    try { return checkTasks(JSON.parse(window.localStorage.getItem(TASKS_KEY) || "{}")); } catch (e) { return {}; }
  }

  function saveTasks(tasks) {
    try { window.localStorage.setItem(TASKS_KEY, JSON.stringify(checkTasks(tasks))); return true; } catch (e) { return false; }
  }

  // The comparison for a /// skill-check area (after check or My progress), from this browser's storage.
  function read(area) {
    var keys = {}, store = course.load();
    each(area.querySelectorAll("[data-skill-check-page]"), function (a) { keys[a.getAttribute("data-skill-check-page")] = course.pageKey(a.href); });
    var rows = Array.prototype.map.call(area.querySelectorAll("tr[data-skill]"), function (tr) {
      function ids(side) { return (tr.getAttribute("data-" + side) || "").split(" ").filter(Boolean); }
      return { skill: tr.getAttribute("data-skill"), before: ids("before"), after: ids("after"), row: tr };
    });
    return { rows: rows, result: compare(rows, firstsOn(store, keys.before), firstsOn(store, keys.after)) };
  }

  function initBefore(area) {
    var key = course.pageKey(location.href), status = area.querySelector(".skill-check__status");
    var quizzes = Array.prototype.slice.call(document.querySelectorAll("[data-quiz]"));
    var ids = quizzes.map(function (q) { return q.getAttribute("data-quiz"); });
    area.querySelector(".skill-check__note").hidden = true;

    function fill() {
      var store = course.load(), page = store.pages[key], answers = page ? page.answers : {}, s = score(ids, firstsOn(store, key));
      if (!complete(s)) {
        status.textContent = s.answered + " of " + s.total + " answered \u2014 your score and the explanations appear when you have answered all.";
        quizzes.forEach(function (q, n) {
          if (answers[ids[n]]) q.querySelector(".quiz__feedback").textContent = "Answer saved. " + status.textContent;
        });
        return;
      }
      if (area.hasAttribute("data-hold")) {
        area.removeAttribute("data-hold");
        quizzes.forEach(function (q, n) {
          if (answers[ids[n]]) q.dispatchEvent(new CustomEvent("course:reveal", { detail: answers[ids[n]] }));
        });
      }
      status.textContent = "You got " + scoreText(s) + " on your first try. Every question now shows the right answer and " +
        "why, under the question. Take After the course when you have finished the course to see what changed.";
    }
    listen(area, fill);
  }

  function initCompare(area) {
    var status = area.querySelector(".skill-check__status"), gainLine = area.querySelector(".skill-check__gain");
    var confidence = area.querySelector(".skill-check__confidence"), table = area.querySelector(".skill-check__skills");
    area.querySelector(".skill-check__note").hidden = true;

    function fill() {
      var found = read(area), r = found.result;
      status.textContent = statusText(r);
      gainLine.textContent = gainText(r);
      confidence.textContent = confidenceText(r);
      gainLine.hidden = !gainLine.textContent;
      confidence.hidden = !confidence.textContent;
      table.hidden = !r.before.answered && !r.after.answered;
      found.rows.forEach(function (row, n) {
        row.row.querySelector('[data-cell="before"]').textContent = cell(r.skills[n].before);
        row.row.querySelector('[data-cell="after"]').textContent = cell(r.skills[n].after);
      });
    }
    listen(area, fill);
  }

  // Fill now and after every answer (and after an import); an area that is gone stops listening.
  function listen(area, fill) {
    document.addEventListener("course:answered", function refresh() {
      if (document.body.contains(area)) fill();
      else document.removeEventListener("course:answered", refresh);
    });
    fill();
  }

  function initTask(box) {
    var id = box.getAttribute("data-task");
    box.checked = !!loadTasks()[id];
    box.addEventListener("change", function () {
      var tasks = loadTasks();
      if (box.checked) tasks[id] = true;
      else delete tasks[id];
      saveTasks(tasks);
    });
  }

  window.deepfakeSkillCheck.read = read;
  window.deepfakeSkillCheck.loadTasks = loadTasks;
  window.deepfakeSkillCheck.saveTasks = saveTasks;

  course.onPage(function () {
    each(document.querySelectorAll("[data-skill-check]:not([data-skill-check-ready])"), function (area) {
      area.setAttribute("data-skill-check-ready", "");
      area.classList.add("skill-check--enhanced");
      if (area.getAttribute("data-skill-check") === "before") initBefore(area);
      else initCompare(area);
    });
    each(document.querySelectorAll("input.performance-task__done:not([data-skill-check-ready])"), function (box) {
      box.setAttribute("data-skill-check-ready", "");
      initTask(box);
    });
  });
})();
