/* Progress transfer: save this browser's answers to a file, and load a file
 * saved on another device (added to what is here, or replacing it).
 *
 * Browser only; loaded by classroom.js with ui.js and progress-file.js on pages
 * with a /// classroom-progress-transfer block. The file is made and read in
 * this tab; nothing is sent anywhere. A file with any problem changes nothing.
 */
(function () {
  "use strict";

  var course = window.deepfakeCourse, classroom = window.deepfakeClassroom, ui = classroom.ui, file = classroom.progressFile;
  var $ = ui.$, plural = ui.plural;
  var SKILL_CHECK = "assets/course/widgets/skill-check.js";

  function initTransfer(root) {
    if (!ui.start(root)) return;
    course.loadFile(SKILL_CHECK, function () {}); // keeps the performance tasks in the file
    var form = $(root, "import-form"), picker = root.querySelector("#classroom-import-file");
    var error = $(root, "import-error"), status = $(root, "import-status");

    function fail(problem) {
      status.textContent = "";
      error.textContent = "This file cannot be loaded: " + problem + ". Nothing was changed: your progress in " +
        "this browser is as it was.";
    }

    $(root, "export").addEventListener("click", function () {
      var store = course.load();
      var sc = window.deepfakeSkillCheck;
      var data = file.fileData(store, classroom.loadAssignment(), sc ? sc.loadTasks() : {}, new Date().toISOString());
      ui.download("deepfake-course-progress-" + ui.today() + ".json", "application/json", JSON.stringify(data, null, 1));
      var n = file.count(store);
      error.textContent = "";
      status.textContent = "Saved " + plural(n.answers, "answer", "answers") + " from " +
        plural(n.pages, "chapter", "chapters") + " to a file. On the other " +
        "device, open My progress and load the file there.";
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = picker.files && picker.files[0];
      var mode = form.querySelector("input[name=classroom-import-mode]:checked").value;
      // Cleared first, so each outcome is announced afresh by the live regions.
      error.textContent = status.textContent = "";
      if (!chosen) { fail("no file was chosen (choose one first)"); picker.focus(); return; }
      if (chosen.size > 2000000) { fail("it is far too big to be a progress file"); return; }
      chosen.text().then(function (text) {
        var read = file.readProgressFile(text), store, n;
        if (read.problem) { fail(read.problem); return; }
        n = file.count(read.store);
        if (mode === "replace") {
          if (!window.confirm("Delete the answers in this browser and keep only the " + n.answers +
              " answers from the file? This cannot be undone.")) {
            error.textContent = "";
            status.textContent = "Nothing was loaded.";
            return;
          }
          store = read.store;
        } else {
          store = file.merge(course.load(), read.store);
        }
        course.save(store);
        if (window.deepfakeSkillCheck) {
          var tasks = mode === "replace" ? {} : window.deepfakeSkillCheck.loadTasks();
          Object.keys(read.tasks).forEach(function (id) { tasks[id] = true; });
          window.deepfakeSkillCheck.saveTasks(tasks);
        }
        if (read.assignment && (mode === "replace" || !classroom.loadAssignment())) classroom.saveAssignment(read.assignment);
        error.textContent = "";
        status.textContent = "Loaded " + plural(n.answers, "answer", "answers") + " from " +
          plural(n.pages, "chapter", "chapters") +
          (mode === "replace" ? ", replacing what was here." : ", added to what was here.");
        document.dispatchEvent(new CustomEvent("course:answered"));
      }, function () { fail("this browser could not read it"); });
    });
  }

  classroom.tools.progressTransfer = initTransfer;
})();
