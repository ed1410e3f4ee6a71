/* The hand-in (student): the stored assignment as a checklist, opening an
 * assignment link, and the hand-in summary to copy or print.
 *
 * Browser only; loaded by classroom.js with ui.js, check-code.js,
 * assignment-link.js and summary-format.js on pages with a
 * /// classroom-hand-in block. The summary is plain text the student copies:
 * nothing is sent anywhere.
 */
(function () {
  "use strict";

  var course = window.deepfakeCourse, classroom = window.deepfakeClassroom, ui = classroom.ui, summary = classroom.summary;
  var $ = ui.$, make = ui.make, clean = classroom.clean;
  var SKILL_CHECK = "assets/course/widgets/skill-check.js";
  var NAME_KEY = "deepfake-course:name";

  function initHandIn(root) {
    if (!ui.start(root)) return;
    var index = ui.readIndex(root);
    var openStatus = $(root, "open-status"), openError = $(root, "open-error");
    var form = $(root, "handin-form"), nameField = root.querySelector("#classroom-name"), status = $(root, "handin-status");
    var box = $(root, "summary-box"), output = root.querySelector("#classroom-summary"), copyStatus = $(root, "copy-status");
    // A textarea prints only its visible rows, so printing uses a copy of the text.
    var printCopy = box.appendChild(make("pre", "", "classroom__print-copy"));

    function chapterLink(key) {
      var links = document.querySelectorAll(".course-progress__chapters a");
      for (var n = 0; n < links.length; n++) if (course.pageKey(links[n].href) === key) return links[n].href;
      return null;
    }

    function results(assignment) {
      var store = course.load();
      return assignment.chapters.filter(function (c) { return index.byNumber[c.n] && index.byNumber[c.n].key === c.key; })
        .map(function (c) { return summary.chapterResult(index.byNumber[c.n], store); });
    }

    function render() {
      var assignment = classroom.loadAssignment();
      $(root, "none").hidden = !!assignment;
      $(root, "assignment").hidden = !assignment;
      if (!assignment) { box.hidden = true; return; }
      $(root, "assignment-title").textContent = "Your assignment: " + classroom.describe(assignment) + ".";
      var list = $(root, "checklist");
      list.textContent = "";
      results(assignment).forEach(function (r) {
        var answered = r.right.length + r.wrong.length, done = answered >= r.total;
        var item = make("li", null, done ? "classroom-checklist__done" : "");
        var href = chapterLink(r.chapter.key), title = r.chapter.n + ". " + r.chapter.title;
        var label = href ? make("a", title) : make("span", title);
        if (href) label.href = href;
        item.appendChild(make("span", done ? "Done: " : "To do: ", "classroom-checklist__state"));
        item.appendChild(label);
        item.appendChild(document.createTextNode(" \u2014 " + answered + " of " + r.total + " questions answered" +
          (answered ? ", " + r.right.length + " right on the first try" : "") + "."));
        list.appendChild(item);
      });
    }

    // Open an assignment link: validate everything before storing anything.
    function open() {
      if (!/^#assign=/.test(location.hash)) return;
      var read = classroom.link.readLink(location.hash, index), before = classroom.loadAssignment();
      history.replaceState(null, "", location.pathname + location.search);
      if (read.problem) {
        openStatus.textContent = "";
        openError.textContent = "This assignment link does not work: " + read.problem + ". Nothing was saved. " +
          "Ask your teacher for a new link.";
        return;
      }
      if (!classroom.saveAssignment(read.assignment)) {
        openError.textContent = "This browser does not let the course save anything, so the assignment could not be kept.";
        return;
      }
      openError.textContent = "";
      openStatus.textContent = "Saved in this browser: " + classroom.describe(read.assignment) + "." +
        (before && JSON.stringify(before) !== JSON.stringify(read.assignment)
          ? " It replaces " + classroom.describe(before) + "." : "");
      box.hidden = true;
      render();
    }

    try { nameField.value = window.localStorage.getItem(NAME_KEY) || ""; } catch (e) { nameField.value = ""; }
    nameField.addEventListener("input", function () {
      try { window.localStorage.setItem(NAME_KEY, clean(nameField.value, 80)); } catch (e) { /* not kept: still usable */ }
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var name = clean(nameField.value, 80), assignment = classroom.loadAssignment();
      if (!assignment) { render(); return; }
      if (!name) {
        nameField.setAttribute("aria-invalid", "true");
        status.textContent = "Type your name first, so your teacher knows whose summary it is.";
        nameField.focus();
        return;
      }
      nameField.removeAttribute("aria-invalid");
      var list = results(assignment);
      var open = list.filter(function (r) { return r.right.length + r.wrong.length < r.total; }).length;
      // The before and after checks are scored by skill-check.js (loaded here if the page has not yet).
      course.loadFile(SKILL_CHECK, function () {
        output.value = summary.summaryText(name, assignment, list, skillCheckLines(), ui.today());
        printCopy.textContent = output.value;
        box.hidden = false;
        status.textContent = "Your summary is ready below." + (open ? " You have not finished " + open + " of " +
          list.length + " chapters yet: the summary shows what you have done so far." : "");
        output.focus();
      });
    });

    $(root, "copy").addEventListener("click", function () { ui.copy(output.value, output, copyStatus); });
    $(root, "print").addEventListener("click", function () { ui.printOnly("classroom-print-summary"); });
    $(root, "forget").addEventListener("click", function () {
      if (!window.confirm("Remove this assignment from this browser? Your answers are kept.")) return;
      classroom.saveAssignment(null);
      render();
      openStatus.textContent = "The assignment was removed. Your answers are kept.";
    });

    document.addEventListener("course:answered", function refresh() {
      if (document.body.contains(root)) render();
      else document.removeEventListener("course:answered", refresh);
    });
    window.addEventListener("hashchange", function reopen() {
      if (document.body.contains(root)) open();
      else window.removeEventListener("hashchange", reopen);
    });
    render();
    open();
  }

  // The summary's lines for the before and after checks and the performance task (format 3).
  function skillCheckLines() {
    var sc = window.deepfakeSkillCheck, area = document.querySelector("[data-skill-check]:not([data-skill-check=before])");
    if (!sc) return [];
    var result = area ? sc.read(area).result : sc.compare([], {}, {});
    return sc.summaryLines(result).concat(["Performance task: " + (sc.loadTasks()["final-performance"] ? "done" : "not done")]);
  }

  classroom.tools.handIn = initHandIn;
})();
