/* Progress files: moving a reader's answers from one device to another.
 *
 * Pure, no page: used by progress-transfer.js and tests/js in Node. A file is
 * JSON: { format: "deepfake-course-progress", version: 2, saved, progress,
 * assignment, tasks }, where `progress` is the store quiz.js keeps (version 2;
 * a version 1 file is moved over as it loads, by quiz.js's check()). A file
 * with any problem is refused whole; nothing is half-loaded.
 */
(function (factory) {
  "use strict";
  if (typeof module !== "undefined" && module.exports) {
    module.exports = factory(require("../quiz.js"), require("../classroom.js"), function () { return require("../widgets/skill-check.js"); });
  } else {
    window.deepfakeClassroom.progressFile = factory(window.deepfakeCourse, window.deepfakeClassroom,
      function () { return window.deepfakeSkillCheck; });
  }
})(function (course, classroom, skillCheck) {
  "use strict";

  var FILE_FORMAT = "deepfake-course-progress";

  // What an export holds; `saved` is the time as an ISO string.
  function fileData(store, assignment, tasks, saved) {
    return { format: FILE_FORMAT, version: 2, saved: saved, progress: store, assignment: assignment, tasks: tasks };
  }

  // A file's text into { store, assignment, tasks }, or { problem } saying why it cannot be loaded.
  function readProgressFile(text) {
    var data;
    try { data = JSON.parse(text); } catch (e) { return { problem: "it is not a progress file (it is not JSON)" }; }
    if (!data || typeof data !== "object" || data.format !== FILE_FORMAT) {
      return { problem: "it is not a progress file saved by this course" };
    }
    // Version 1 files (from before first tries were kept apart) are moved over as they load.
    if (data.version !== 1 && data.version !== 2) return { problem: "it was saved by a different version of the course" };
    if (!data.progress || data.progress.version !== data.version) return { problem: "it is damaged: its progress is not version " + data.version };
    var checked = course.check(data.progress);
    if (checked.problems.length) return { problem: "it is damaged: " + checked.problems[0] };
    var assignment = null;
    if (data.assignment !== null && data.assignment !== undefined) {
      assignment = classroom.checkAssignment(data.assignment);
      if (!assignment) return { problem: "it is damaged: the assignment in it is not valid" };
    }
    // Ticked performance tasks (files from before they were kept have none).
    var tasks = {}, sc = skillCheck();
    if (data.tasks !== undefined) {
      if (!data.tasks || typeof data.tasks !== "object" || Array.isArray(data.tasks)) return { problem: "it is damaged: its performance tasks are not valid" };
      tasks = sc ? sc.checkTasks(data.tasks) : {};
    }
    return { store: checked.store, assignment: assignment, tasks: tasks };
  }

  // Add a file's answers to this browser's: a first try already here is never replaced (first tries
  // are for good); the latest practice try is taken from either, and "practised" holds if either says so.
  function merge(store, from) {
    Object.keys(from.pages).forEach(function (key) {
      var page = from.pages[key], into = store.pages[key] || (store.pages[key] = { total: page.total, answers: {} });
      into.total = Math.max(into.total, page.total);
      Object.keys(page.answers).forEach(function (id) {
        var mine = into.answers[id], theirs = page.answers[id];
        if (!mine) { into.answers[id] = theirs; return; }
        mine.retry = theirs.retry || mine.retry;
        mine.practised = !mine.first.correct && (mine.practised || theirs.practised);
      });
    });
    return store;
  }

  // How many chapters (pages with an answer) and answers a store holds.
  function count(store) {
    var pages = Object.keys(store.pages).filter(function (key) { return Object.keys(store.pages[key].answers).length; });
    var answers = pages.reduce(function (sum, key) { return sum + Object.keys(store.pages[key].answers).length; }, 0);
    return { pages: pages.length, answers: answers };
  }

  return { FILE_FORMAT: FILE_FORMAT, fileData: fileData, readProgressFile: readProgressFile, merge: merge, count: count };
});
