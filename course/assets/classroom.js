/* Classroom core, loaded on every page: the stored assignment and its banner on assigned chapters.
 *
 * The assignment lives only in this browser (localStorage). Pages with a
 * classroom tool (assignment builder, hand-in, progress transfer, class
 * overview) load that tool's files from classroom/ on demand, so ordinary
 * pages stay light. Needs quiz.js (window.deepfakeCourse), which
 * extra_javascript loads first. In Node (tests/js), require() returns the
 * pure part: the assignment's checks, dates and clean().
 */
(function () {
  "use strict";

  var KEY = "deepfake-course:assignment";
  var VERSION = 1;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  function isDate(value) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value), date;
    if (!match) return false;
    date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    return date.getUTCFullYear() === +match[1] && date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
  }

  // "2030-03-14" -> "14 March 2030", the same in every browser locale.
  function longDate(value) {
    var parts = value.split("-");
    return Number(parts[2]) + " " + MONTHS[Number(parts[1]) - 1] + " " + parts[0];
  }

  function isChapter(c) {
    return !!c && typeof c === "object" && typeof c.key === "string" && /^chapters\/[0-9]{2}-[a-z0-9-]{1,100}$/.test(c.key) &&
      Number.isInteger(c.n) && c.n > 0 && c.n < 100 && typeof c.title === "string" && c.title.length <= 200;
  }

  // A stored or imported assignment, or null if it is missing, corrupt or from another version.
  function checkAssignment(a) {
    var ok = !!a && typeof a === "object" && a.version === VERSION && typeof a.title === "string" && a.title.length <= 100 &&
      (a.due === "" || (typeof a.due === "string" && isDate(a.due))) && Array.isArray(a.chapters) &&
      a.chapters.length > 0 && a.chapters.length <= 99 && a.chapters.every(isChapter);
    return ok ? { version: VERSION, title: a.title, due: a.due, chapters: a.chapters.map(function (c) {
      return { n: c.n, key: c.key, title: c.title };
    }) } : null;
  }

  function describe(a) {
    return (a.title ? "\u201c" + a.title + "\u201d" : "your assignment") + (a.due ? ", due " + longDate(a.due) : "");
  }

  // One line of free text from a person: no control characters, single spaces, bounded length.
  function clean(value, max) {
    return String(value).normalize("NFC").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
      .replace(/\s+/g, " ").trim().slice(0, max);
  }

  var api = { KEY: KEY, VERSION: VERSION, isDate: isDate, longDate: longDate, describe: describe, checkAssignment: checkAssignment, clean: clean };
  if (typeof window === "undefined") { module.exports = api; return; }

  /* ---------- the page ---------- */

  var course = window.deepfakeCourse;

  function loadAssignment() {
    try { return checkAssignment(JSON.parse(window.localStorage.getItem(KEY))); } catch (e) { return null; }
  }

  function saveAssignment(a) {
    try {
      if (a) window.localStorage.setItem(KEY, JSON.stringify(a));
      else window.localStorage.removeItem(KEY);
      return true;
    } catch (e) { return false; }
  }

  // The banner at the top of an assigned chapter: what is assigned and how far the reader is here.
  function banner() {
    var old = document.querySelector("[data-classroom-banner]"), a = loadAssignment(), key, chapter, quizzes, done;
    if (old) old.parentNode.removeChild(old);
    if (!a || !course) return;
    key = course.pageKey(location.href);
    chapter = a.chapters.filter(function (c) { return c.key === key; })[0];
    var article = document.querySelector(".md-content__inner");
    if (!chapter || !article) return;
    quizzes = Array.prototype.map.call(document.querySelectorAll("[data-quiz]"), function (q) { return q.getAttribute("data-quiz"); });
    done = course.firstTries(course.load().pages[key], quizzes).length;
    var box = document.createElement("div"), line = document.createElement("p"), link = document.createElement("a");
    box.className = "classroom-banner";
    box.setAttribute("data-classroom-banner", "");
    line.textContent = "Assigned: " + describe(a) + ". You have answered " + done + " of " + quizzes.length +
      " questions in this chapter. ";
    link.href = new URL("progress.html", course.root).href;
    link.textContent = "See your assignment";
    line.appendChild(link);
    box.appendChild(line);
    var heading = article.querySelector("h1");
    if (heading) heading.parentNode.insertBefore(box, heading.nextSibling);
    else article.insertBefore(box, article.firstChild);
  }

  // Each tool's files in classroom/, in load order: the shared ones first, the tool (which registers itself in `tools`) last.
  var TOOLS = [
    { name: "assignmentBuilder", selector: "[data-classroom-assignment-builder]", files: ["ui", "assignment-link", "assignment-builder"] },
    { name: "handIn", selector: "[data-classroom-hand-in]", files: ["ui", "check-code", "assignment-link", "summary-format", "hand-in"] },
    { name: "progressTransfer", selector: "[data-classroom-progress-transfer]", files: ["ui", "progress-file", "progress-transfer"] },
    { name: "classOverview", selector: "[data-classroom-class-overview]", files: ["ui", "check-code", "summary-format", "overview-data", "class-overview"] }
  ];

  // One file after another (each may use the ones before it); a file already loaded calls back at once.
  function loadInOrder(files, done) {
    if (!files.length) { done(); return; }
    course.loadFile("assets/course/classroom/" + files[0] + ".js", function () { loadInOrder(files.slice(1), done); });
  }

  function init() {
    banner();
    TOOLS.forEach(function (tool) {
      var roots = document.querySelectorAll(tool.selector);
      if (!roots.length) return;
      loadInOrder(tool.files, function () { Array.prototype.forEach.call(roots, window.deepfakeClassroom.tools[tool.name]); });
    });
  }

  window.deepfakeClassroom = api;
  api.loadAssignment = loadAssignment;
  api.saveAssignment = saveAssignment;
  api.banner = banner;
  api.tools = {};

  if (!course) return;
  document.addEventListener("course:answered", banner);
  course.onPage(init);
})();
