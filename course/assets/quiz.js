/* Course quizzes, their results panels, and what every page shares: stored progress and on-demand files.
 *
 * Progressive enhancement: the HTML already shows every question, option and
 * explanation. This script hides explanations until the reader checks an
 * answer, announces the result in the quiz's live region, and keeps answers in
 * this browser's localStorage only. Stored data is validated on every read and
 * only ever written into the page as text, never as HTML.
 */
(function () {
  "use strict";

  var KEY = "deepfake-course:progress";
  var VERSION = 2;
  var LEVELS = [1, 2, 3];
  var root;

  function pageKey(href) {
    var path = decodeURIComponent(new URL(href, location.href).pathname);
    var base = decodeURIComponent(root.pathname);
    if (path.indexOf(base) === 0) path = path.slice(base.length);
    return path.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "").replace(/\/$/, "") || "index";
  }

  /* Stored progress, version 2:
   *   { version: 2, pages: { <page key>: { total, answers: { <question id>: {
   *       first: try, retry: try or null, practised: boolean } } } } }
   * where a try is { chosen, correct, confidence }. `first` is the reader's first
   * try and is what every score counts; `retry` is the latest practice try, and
   * `practised` says a later try was right after a wrong first one. `chosen`
   * holds the options' data-key values; an answer moved over from version 1
   * keeps that version's option positions (numbers), which are never matched to
   * options again because options may have been reordered since. */

  function emptyStore() {
    return { version: VERSION, pages: Object.create(null) };
  }

  function isTry(a) {
    return !!a && typeof a === "object" && Array.isArray(a.chosen) && a.chosen.length > 0 && a.chosen.length < 100 &&
      a.chosen.every(function (c) { return typeof c === "string" ? /^[a-z0-9]{1,16}$/.test(c) : Number.isInteger(c) && c > 0 && c < 100; }) &&
      typeof a.correct === "boolean" && (a.confidence === null || LEVELS.indexOf(a.confidence) >= 0);
  }

  function copyTry(a) {
    return { chosen: a.chosen.slice(), correct: a.correct, confidence: a.confidence };
  }

  // One stored question, cleaned; null if damaged. A version 1 answer becomes the first try.
  function entry(a, version) {
    if (version === 1) return isTry(a) && a.chosen.every(Number.isInteger) ? { first: copyTry(a), retry: null, practised: false } : null;
    if (!a || typeof a !== "object" || !isTry(a.first) || !(a.retry === null || isTry(a.retry)) || typeof a.practised !== "boolean") return null;
    return { first: copyTry(a.first), retry: a.retry && copyTry(a.retry), practised: a.practised && !a.first.correct };
  }

  // Validate (and migrate) parsed progress data: version 2, or version 1 moved over.
  // Returns the clean store, a list of problems and whether it was migrated;
  // load() keeps what is good, an import (progress-file.js) refuses any problem.
  function check(data) {
    var store = emptyStore(), problems = [], version = data && data.version;
    if (!data || typeof data !== "object" || (version !== 1 && version !== VERSION) || !data.pages || typeof data.pages !== "object" || Array.isArray(data.pages)) {
      return { store: store, problems: ["it is not course progress this version can read"], migrated: false };
    }
    Object.keys(data.pages).forEach(function (key) {
      var page = data.pages[key], answers = page && page.answers, out;
      if (!answers || typeof answers !== "object" || key.length > 300) { problems.push("the entry for page “" + key.slice(0, 80) + "” is damaged"); return; }
      out = { total: Number.isInteger(page.total) && page.total >= 0 ? page.total : 0, answers: Object.create(null) };
      Object.keys(answers).forEach(function (id) {
        var clean = /^[a-z0-9-]{1,100}$/.test(id) && entry(answers[id], version);
        if (clean) out.answers[id] = clean;
        else problems.push("the answer to question “" + id.slice(0, 80) + "” on page “" + key.slice(0, 80) + "” is damaged");
      });
      store.pages[key] = out;
    });
    return { store: store, problems: problems, migrated: version === 1 };
  }

  // The first tries to the questions `ids` (those on the page now: answers to removed questions do not count).
  function firstTries(page, ids) {
    return ids.map(function (id) { return page && page.answers[id]; })
      .filter(function (e) { return e; }).map(function (e) { return e.first; });
  }

  // Node (tests/js) gets the pure storage functions above; the rest needs a page.
  if (typeof window == "undefined") return module.exports = { KEY: KEY, VERSION: VERSION, check: check, emptyStore: emptyStore, firstTries: firstTries };
  var script = document.currentScript;
  // The script lives at <site>/assets/course/quiz.js, so the site root is two folders up.
  root = new URL("../../", script ? script.src : location.href);

  // Read and validate storage. Anything corrupt or foreign is dropped; version 1 is moved
  // over, and its original text is kept once beside it, so nothing a reader saved is lost.
  function load() {
    var raw = null, data = null, result;
    try { raw = window.localStorage.getItem(KEY); } catch (e) { return emptyStore(); }
    if (raw === null) return emptyStore();
    try { data = JSON.parse(raw); } catch (e) { data = null; }
    result = check(data);
    if (result.migrated) {
      try { if (window.localStorage.getItem(KEY + ":v1") === null) window.localStorage.setItem(KEY + ":v1", raw); } catch (e) { /* kept in memory only */ }
    }
    if (result.problems.length || result.migrated) save(result.store);
    return result.store;
  }

  function save(store) {
    try { window.localStorage.setItem(KEY, JSON.stringify(store)); return true; } catch (e) { return false; /* storage full or blocked: the page still works */ }
  }

  // Whether this browser lets the course keep anything at all.
  function available() {
    try { window.localStorage.setItem(KEY + ":test", "1"); window.localStorage.removeItem(KEY + ":test"); return true; } catch (e) { return false; }
  }

  function text(el) {
    return el ? el.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function percent(part, whole) {
    return whole ? part + " of " + whole + " (" + Math.round((100 * part) / whole) + "%)" : "\u2014";
  }

  function rightCount(answers) {
    return answers.filter(function (a) { return a.correct; }).length;
  }

  function verdict(a) {
    return a.correct ? "correct." : "not correct.";
  }

  // Fill a confidence-vs-accuracy table (rendered by the extension) from a list of answers.
  function fillLevels(container, answers) {
    LEVELS.forEach(function (level) {
      var row = container.querySelector('[data-level="' + level + '"]');
      var at = answers.filter(function (a) { return a.confidence === level; });
      row.querySelector('[data-cell="answers"]').textContent = String(at.length);
      row.querySelector('[data-cell="right"]').textContent = percent(rightCount(at), at.length);
    });
  }

  function initQuiz(quiz, key, total, saved) {
    if (quiz.hasAttribute("data-quiz-ready")) return;
    quiz.setAttribute("data-quiz-ready", "");
    quiz.classList.add("quiz--enhanced");
    var id = quiz.getAttribute("data-quiz");
    var options = Array.prototype.slice.call(quiz.querySelectorAll(".quiz__option"));
    var inputs = options.map(function (o) { return o.querySelector("input"); });
    var keys = options.map(function (o, n) { return o.getAttribute("data-key") || String(n + 1); });
    var scale = Array.prototype.slice.call(quiz.querySelectorAll(".quiz__confidence input"));
    var button = quiz.querySelector(".quiz__check");
    var feedback = quiz.querySelector(".quiz__feedback");
    button.hidden = false;

    function chosen() {
      return keys.filter(function (k, n) { return inputs[n].checked; });
    }

    function isRight(picked) {
      return options.every(function (o, n) {
        return (o.getAttribute("data-correct") === "true") === (picked.indexOf(keys[n]) >= 0);
      });
    }

    function explanation(option) {
      var parts = Array.prototype.slice.call(option.querySelectorAll(".quiz__explanation > :not(summary):not(.quiz__verdict)"));
      return parts.map(text).join(" ");
    }

    // Show a try; `first` is the first try when this one is practice.
    function show(picked, first) {
      // The before check (skill-check.js) holds back every verdict until all its questions are answered.
      var hold = document.querySelector("[data-hold]"), right = isRight(picked);
      button.hidden = !!hold;
      if (hold) return feedback.textContent = "Answer saved.";
      quiz.classList.add("quiz--checked");
      quiz.classList.toggle("quiz--right", right);
      quiz.classList.toggle("quiz--wrong", !right);
      options.forEach(function (o, n) {
        var mine = picked.indexOf(keys[n]) >= 0, verdict = o.querySelector(".quiz__verdict");
        o.classList.toggle("quiz__option--chosen", mine);
        o.querySelector("details").open = true;
        if (!verdict.hasAttribute("data-text")) verdict.setAttribute("data-text", verdict.textContent);
        verdict.textContent = (mine ? "Your answer: " : "") + verdict.getAttribute("data-text");
      });
      var said = options.filter(function (o, n) { return picked.indexOf(keys[n]) >= 0; }).map(explanation);
      var answer = options.filter(function (o) { return o.getAttribute("data-correct") === "true"; })
        .map(function (o) { return text(o.querySelector("label")); });
      feedback.textContent = (first ? "First try: " + verdict(first) + " Practice try: " + verdict({ correct: right }) + " "
        : right ? "Correct. " : "Not quite. ") + said.join(" ") +
        (right ? "" : " The right answer: " + answer.join("; ").replace(/[.!?]?$/, "."));
      button.textContent = "Try again";
      return right;
    }

    function clear() {
      quiz.classList.remove("quiz--checked", "quiz--right", "quiz--wrong");
      inputs.concat(scale).forEach(function (i) { i.checked = false; });
      options.forEach(function (o) {
        var verdict = o.querySelector(".quiz__verdict");
        o.classList.remove("quiz__option--chosen");
        o.querySelector("details").open = false;
        if (verdict.hasAttribute("data-text")) verdict.textContent = verdict.getAttribute("data-text");
      });
      feedback.textContent = "";
      button.textContent = "Check answer";
    }

    // Store a try: the first one is kept for good; later ones are practice.
    function record(attempt) {
      var store = load();
      var page = store.pages[key] || (store.pages[key] = { total: total, answers: Object.create(null) });
      var e = page.answers[id];
      page.total = total;
      if (!e) e = page.answers[id] = { first: attempt, retry: null, practised: false };
      else {
        e.retry = attempt;
        e.practised = e.practised || (attempt.correct && !e.first.correct);
      }
      save(store);
      return e;
    }

    function restore(saved) {
      var last = saved.retry || saved.first;
      if (last.chosen.every(function (k) { return keys.indexOf(k) >= 0; }) && (inputs[0].type === "checkbox" || last.chosen.length === 1)) {
        last.chosen.forEach(function (k) { inputs[keys.indexOf(k)].checked = true; });
        if (last.confidence && scale[last.confidence - 1]) scale[last.confidence - 1].checked = true;
        show(last.chosen, saved.retry && saved.first);
      } else {
        // The options have changed since: the saved result stands, but no option is marked.
        feedback.textContent = "You answered this before: " + verdict(saved.first) +
          (saved.retry ? " Practice try: " + verdict(saved.retry) : "");
      }
    }
    if (saved) restore(saved);
    quiz.addEventListener("course:reveal", function (event) { restore(event.detail); });

    button.addEventListener("click", function () {
      if (quiz.classList.contains("quiz--checked")) {
        clear();
        inputs[0].focus();
        return;
      }
      var picked = chosen();
      if (!picked.length) {
        feedback.textContent = "Choose an answer first.";
        return;
      }
      var level = scale.filter(function (i) { return i.checked; }).map(function (i) { return Number(i.value); })[0] || null;
      var e = record({ chosen: picked, correct: isRight(picked), confidence: level });
      show(picked, e.retry && e.first);
      document.dispatchEvent(new CustomEvent("course:answered"));
    });
  }

  // The reader's first-try result for the questions between the previous results panel and this one.
  function initResults(panel, key) {
    if (panel.hasAttribute("data-quiz-ready")) return;
    panel.setAttribute("data-quiz-ready", "");
    panel.classList.add("quiz-results--enhanced");
    var quizzes = [], node;
    var all = document.querySelectorAll("[data-quiz], [data-quiz-results]");
    for (var n = 0; n < all.length && all[n] !== panel; n++) {
      node = all[n];
      if (node.hasAttribute("data-quiz-results")) quizzes = [];
      else quizzes.push(node.getAttribute("data-quiz"));
    }
    var summary = panel.querySelector(".quiz-results__summary");

    function fill() {
      var answers = firstTries(load().pages[key], quizzes);
      summary.textContent = !answers.length
        ? "You have not answered any of the " + quizzes.length + " questions above yet."
        : "You answered " + answers.length + " of the " + quizzes.length + " questions above and got " +
          percent(rightCount(answers), answers.length) + " right on the first try.";
      fillLevels(panel, answers);
    }

    // Instant navigation can replace the page; a panel that is gone stops listening.
    document.addEventListener("course:answered", function refresh() {
      if (document.body.contains(panel)) fill();
      else document.removeEventListener("course:answered", refresh);
    });
    fill();
  }

  // The small API the classroom scripts use, so progress is read, validated and scored in one place.
  window.deepfakeCourse = {
    KEY: KEY, root: root, pageKey: pageKey, load: load, save: save, check: check, emptyStore: emptyStore,
    firstTries: firstTries, available: available, percent: percent, rightCount: rightCount, fillLevels: fillLevels
  };

  function init() {
    var key = pageKey(location.href);
    var quizzes = document.querySelectorAll("[data-quiz]");
    // Read storage once for the whole page, not once per question.
    var answers = (load().pages[key] || { answers: Object.create(null) }).answers;
    Array.prototype.forEach.call(quizzes, function (quiz) {
      initQuiz(quiz, key, quizzes.length, answers[quiz.getAttribute("data-quiz")]);
    });
    // The "My progress" panel has its own script, loaded only on the page that shows it.
    var panels = document.querySelectorAll("[data-course-progress]");
    if (panels.length) {
      loadFile("assets/course/progress-page.js", function () {
        Array.prototype.forEach.call(panels, window.deepfakeCourse.initProgress);
      });
    }
    if (quizzes.length) loadFile("assets/course/long-pages.js", function () {});
    Array.prototype.forEach.call(document.querySelectorAll("[data-quiz-results]"), function (panel) { initResults(panel, key); });
  }

  // Run `callback` once for the page as loaded. Material's instant navigation then
  // swaps pages without reloading scripts and publishes each new page on `document$`
  // (which does not fire for pages opened from disk), so callbacks must be idempotent.
  function onPage(callback) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", callback);
    } else {
      callback();
    }
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(callback);
    }
  }

  window.deepfakeCourse.onPage = onPage;

  // Load one of the course's own files (a path from the site root, or a full URL) once, then call back.
  // Allowed by a CSP of script-src 'self', and works from file://, unlike fetch().
  var files = Object.create(null);
  function loadFile(path, done) {
    var entry = files[path], element;
    if (entry === true) { done(); return; }
    if (entry) { entry.push(done); return; }
    files[path] = [done];
    if (/\.css$/.test(path)) {
      element = document.createElement("link");
      element.rel = "stylesheet";
      element.href = new URL(path, root).href;
    } else {
      element = document.createElement("script");
      element.src = new URL(path, root).href;
    }
    function finish() {
      var waiting = files[path];
      files[path] = true;
      waiting.forEach(function (callback) { callback(); });
    }
    element.addEventListener("load", finish);
    // A stylesheet that fails to load must not keep its widget from starting.
    if (element.rel === "stylesheet") element.addEventListener("error", finish);
    document.head.appendChild(element);
  }

  // Run a data script once and call done(window[name]) when it has defined that global.
  // Widgets keep their data in scripts because pages opened from disk may not fetch files.
  function loadData(href, name, done) {
    if (window[name]) { done(window[name]); return; }
    loadFile(href, function () { if (window[name]) done(window[name]); });
  }

  window.deepfakeCourse.loadData = loadData;
  window.deepfakeCourse.loadFile = loadFile;

  // Widgets (course/widgets) name their stylesheet and script in data-widget-assets.
  // They are loaded only on pages that show a widget, the stylesheet first so the
  // live widget never appears unstyled; the script then starts itself with onPage.
  function initWidgets() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-widget-assets]"), function (figure) {
      var name = figure.getAttribute("data-widget-assets");
      if (!/^[a-z][a-z-]{0,40}$/.test(name)) return;
      loadFile("assets/course/widgets/" + name + ".css", function () {
        loadFile("assets/course/widgets/" + name + ".js", function () {});
      });
    });
  }

  // Paper shows every folded block ("Go deeper", Sources, model answers): open the
  // closed ones just before printing and close them again afterwards. (Print styles
  // open them with ::details-content too; this covers browsers without it.)
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".md-content details:not([open])"), function (block) {
      block.open = true;
      openedForPrint.push(block);
    });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (block) { block.open = false; });
    openedForPrint = [];
  });

  onPage(init);
  onPage(initWidgets);
})();
