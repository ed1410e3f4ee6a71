/* Assignment links: "progress.html#assign=1&ch=1,4&title=…&due=…", built and read.
 *
 * Pure, no page: used by assignment-builder.js (to build a link) and hand-in.js
 * (to open one), and by tests/js in Node. Nothing is stored here; a link that
 * does not read cleanly is refused whole, with the reason.
 */
(function (factory) {
  "use strict";
  if (typeof module !== "undefined" && module.exports) module.exports = factory(require("../classroom.js"));
  else window.deepfakeClassroom.link = factory(window.deepfakeClassroom);
})(function (classroom) {
  "use strict";

  // The link for chapters `numbers`, from the site root `root` (a URL).
  function assignmentLink(numbers, title, due, root) {
    var params = new URLSearchParams();
    params.set("assign", String(classroom.VERSION));
    params.set("ch", numbers.join(","));
    if (title) params.set("title", title);
    if (due) params.set("due", due);
    return new URL("progress.html#" + params.toString(), root).href;
  }

  // Read "#assign=…" into an assignment, or explain why the link does not work.
  // `index` is the course's chapters by number ({ byNumber: { n: { n, key, title } } }).
  function readLink(hash, index) {
    var params = new URLSearchParams(hash.replace(/^#/, "")), seen = Object.create(null), chapters = [], problem = null;
    if (params.get("assign") !== String(classroom.VERSION)) {
      return { problem: "it was made by a different version of the course" };
    }
    var clean = classroom.clean, title = clean(params.get("title") || "", 100), due = params.get("due") || "";
    if (due && !classroom.isDate(due)) return { problem: "its due date \u201c" + clean(due, 20) + "\u201d is not a date" };
    (params.get("ch") || "").split(",").forEach(function (part) {
      var chapter = /^[0-9]{1,2}$/.test(part) ? index.byNumber[Number(part)] : null;
      if (problem) return;
      if (!chapter) problem = "\u201c" + clean(part, 20) + "\u201d is not a chapter of this course";
      else if (seen[chapter.n]) problem = "it lists chapter " + chapter.n + " twice";
      else { seen[chapter.n] = true; chapters.push({ n: chapter.n, key: chapter.key, title: chapter.title }); }
    });
    if (problem) return { problem: problem };
    return { assignment: { version: classroom.VERSION, title: title, due: due, chapters: chapters } };
  }

  return { assignmentLink: assignmentLink, readLink: readLink };
});
