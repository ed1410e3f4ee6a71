/* Classroom tools, loaded by classroom.js only on pages that have one:
 * the assignment link builder, the hand-in summary, progress transfer and the class overview.
 *
 * Nothing here sends anything anywhere: links are built and read in the
 * browser, summaries are plain text the student copies, and the class table
 * is computed in the teacher's tab. Text from links, files and pasted
 * summaries is only ever written into the page as text, never as HTML.
 */
(function () {
  "use strict";

  var course = window.deepfakeCourse;
  var classroom = window.deepfakeClassroom;
  // Format 2 counts each question's first try (later tries are practice); format 1 counted the last try.
  // Format 3 adds the before and after checks (scores, each skill, "very sure") and the performance task.
  // The header line is covered by the check code, so the format cannot be changed unnoticed.
  var HEADER = "Deepfake literacy course: hand-in summary, format 3";
  var OLD_HEADER = "Deepfake literacy course: hand-in summary, format 1";
  var FORMATS = { "Deepfake literacy course: hand-in summary, format 1": 1, "Deepfake literacy course: hand-in summary, format 2": 2 };
  FORMATS[HEADER] = 3;
  var SKILL_CHECK = "assets/course/widgets/skill-check.js";
  var NAME_KEY = "deepfake-course:name";
  var FILE_FORMAT = "deepfake-course-progress";
  var LEVELS = ["guessing", "fairly sure", "very sure"];

  /* ---------- small helpers ---------- */

  function $(root, name) { return root.querySelector("[data-classroom-" + name + "]"); }

  function make(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  // One line of free text from a person: no control characters, single spaces, bounded length.
  function clean(value, max) {
    return String(value).normalize("NFC").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
      .replace(/\s+/g, " ").trim().slice(0, max);
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }

  function readIndex(root) {
    var data = JSON.parse(root.getAttribute("data-classroom-index")), byNumber = Object.create(null);
    data.chapters.forEach(function (c) { byNumber[c.n] = c; });
    return { chapters: data.chapters, byNumber: byNumber };
  }

  // Unhide the tool and hide the no-JavaScript message; false if this element was already set up.
  function start(root) {
    if (root.hasAttribute("data-classroom-ready")) return false;
    root.setAttribute("data-classroom-ready", "");
    $(root, "nojs").hidden = true;
    root.querySelector(".classroom__live").hidden = false;
    return true;
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = make("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  // Clipboard API where the browser allows it, otherwise select the text for Ctrl+C.
  function copy(text, field, status) {
    function fallback() {
      field.focus();
      field.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      status.textContent = done ? "Copied." : "The text is selected: press Ctrl+C (or \u2318+C) to copy it.";
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { status.textContent = "Copied."; }, fallback);
    } else {
      fallback();
    }
  }

  // Print one part of the page: the CSS shows only elements marked while <body> has the class.
  function printOnly(className) {
    document.body.classList.add(className);
    window.addEventListener("afterprint", function done() {
      document.body.classList.remove(className);
      window.removeEventListener("afterprint", done);
    });
    window.print();
  }

  /* ---------- checksum: CRC-32 of the normalised text (no crypto.subtle, which file:// may lack) ---------- */

  var CRC_TABLE = (function () {
    var table = [], c, n, k;
    for (n = 0; n < 256; n++) {
      c = n;
      for (k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();

  // Lines as a reader sees them: spacing and blank lines do not count, every character does.
  function normalise(lines) {
    return lines.map(function (line) { return line.normalize("NFC").replace(/\s+/g, " ").trim(); })
      .filter(function (line) { return line; }).join("\n");
  }

  function checkCode(lines) {
    var bytes = new TextEncoder().encode(normalise(lines)), crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, "0");
  }

  /* ---------- assignment links ---------- */

  function assignmentLink(numbers, title, due) {
    var params = new URLSearchParams();
    params.set("assign", String(classroom.VERSION));
    params.set("ch", numbers.join(","));
    if (title) params.set("title", title);
    if (due) params.set("due", due);
    return new URL("progress.html#" + params.toString(), course.root).href;
  }

  // Read "#assign=…" into an assignment, or explain why the link does not work.
  function readLink(hash, index) {
    var params = new URLSearchParams(hash.replace(/^#/, "")), seen = Object.create(null), chapters = [], problem = null;
    if (params.get("assign") !== String(classroom.VERSION)) {
      return { problem: "it was made by a different version of the course" };
    }
    var title = clean(params.get("title") || "", 100), due = params.get("due") || "";
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

  /* ---------- the assignment builder (teacher) ---------- */

  function initBuilder(root) {
    if (!start(root)) return;
    var index = readIndex(root);
    var form = $(root, "builder-form"), errors = $(root, "errors"), card = $(root, "card");
    var titleField = root.querySelector("#assign-title"), dueField = root.querySelector("#assign-due");
    errors.hidden = true;

    function showErrors(list) {
      errors.textContent = "";
      errors.hidden = !list.length;
      if (!list.length) return;
      errors.appendChild(make("p", "There is a problem", "classroom__errors-title"));
      var items = make("ul");
      list.forEach(function (error) {
        var link = make("a", error.text);
        link.href = "#" + error.field;
        link.addEventListener("click", function (event) {
          // Handled here alone: instant navigation would follow the fragment and move focus to <body>.
          event.preventDefault();
          event.stopPropagation();
          var target = document.getElementById(error.field);
          (target.matches("fieldset") ? target.querySelector("input") : target).focus();
        });
        var item = make("li");
        item.appendChild(link);
        items.appendChild(item);
      });
      errors.appendChild(items);
      errors.focus();
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var numbers = Array.prototype.filter.call(form.querySelectorAll("input[name=chapter]"), function (box) { return box.checked; })
        .map(function (box) { return Number(box.value); });
      var title = clean(titleField.value, 100), due = dueField.value, list = [];
      if (!numbers.length) list.push({ field: "assign-chapters", text: "Choose at least one chapter" });
      if (due && !classroom.isDate(due)) list.push({ field: "assign-due", text: "Enter the due date as a real date, or leave it empty" });
      if (dueField.validity && dueField.validity.badInput) list.push({ field: "assign-due", text: "The due date is not complete: finish it or clear it" });
      dueField.setAttribute("aria-invalid", String(list.some(function (e) { return e.field === "assign-due"; })));
      showErrors(list);
      if (list.length) { card.hidden = true; return; }
      showCard(numbers.map(function (n) { return index.byNumber[n]; }), title, due);
    });

    function showCard(chapters, title, due) {
      var link = assignmentLink(chapters.map(function (c) { return c.n; }), title, due);
      card.textContent = "";
      card.appendChild(make("p", title ? "Assignment: " + title : "Assignment", "classroom-card__title"));
      if (due) card.appendChild(make("p", "Due: " + classroom.longDate(due)));
      card.appendChild(make("p", "Chapters:"));
      var list = make("ul");
      chapters.forEach(function (c) { list.appendChild(make("li", c.n + ". " + c.title)); });
      card.appendChild(list);
      card.appendChild(make("p", "Open this link on the device you study on. Your answers stay on that device."));
      var anchor = make("a", link, "classroom-card__link");
      anchor.href = link;
      anchor.setAttribute("data-classroom-link", "");
      var line = make("p");
      line.appendChild(anchor);
      card.appendChild(line);
      if (location.protocol === "file:") {
        card.appendChild(make("p", "This link points to the copy of the course on this computer. For students\u2019 own " +
          "devices, make the link on the published course instead.", "classroom__hint"));
      }
      var qr = make("p", "Making the QR code\u2026", "classroom-card__qr");
      card.appendChild(qr);
      var actions = make("p", null, "classroom__actions");
      var copyButton = make("button", "Copy the link", "quiz__check classroom__button");
      var printButton = make("button", "Print the assignment", "quiz__check classroom__button");
      copyButton.type = printButton.type = "button";
      actions.appendChild(copyButton);
      actions.appendChild(printButton);
      card.appendChild(actions);
      var status = make("p", "", "classroom__status");
      status.setAttribute("role", "status");
      card.appendChild(status);
      var field = make("textarea", link, "classroom__copy-source");
      field.setAttribute("aria-label", "The link, selected for copying");
      field.readOnly = true;
      field.hidden = true;
      card.appendChild(field);
      copyButton.addEventListener("click", function () { field.hidden = false; copy(link, field, status); });
      printButton.addEventListener("click", function () { printOnly("classroom-print-card"); });
      card.hidden = false;
      card.focus();
      course.loadFile("assets/vendor/qrcode-generator/qrcode.js", function () { drawQr(qr, link); });
    }
  }

  function drawQr(holder, link) {
    holder.textContent = "";
    try {
      var code = window.qrcode(0, "M");
      code.addData(link);
      code.make();
      var image = make("img");
      image.src = code.createDataURL(4, 4);
      image.alt = "QR code of the link above";
      image.setAttribute("data-classroom-qr", "");
      holder.appendChild(image);
    } catch (e) {
      holder.textContent = "This link is too long for a QR code: share the link itself.";
    }
  }

  /* ---------- hand-in (student) ---------- */

  // A chapter's first tries: right, wrong, and wrong first but right on a later (practice) try.
  function chapterResult(chapter, store) {
    var page = store.pages[chapter.key], answers = page ? page.answers : {}, right = [], wrong = [], practised = [], levels = [];
    chapter.questions.forEach(function (q) {
      var e = answers[q[0]];
      if (!e) return;
      (e.first.correct ? right : wrong).push(q[0]);
      if (e.practised) practised.push(q[0]);
      levels.push(e.first);
    });
    return { chapter: chapter, right: right, wrong: wrong, practised: practised, total: chapter.questions.length, answers: levels };
  }

  // skillCheck: lines of the before and after checks (skill-check.js), then the performance task.
  function summaryText(name, assignment, results, skillCheck) {
    var lines = [HEADER, "Name: " + name, "Assignment: " + (assignment.title || "(no title)"),
      "Due: " + (assignment.due || "none")];
    var answers = [];
    results.forEach(function (r) {
      lines.push("Chapter " + r.chapter.n + ": " + (r.right.length + r.wrong.length) + " of " + r.total +
        " answered, " + r.right.length + " right on the first try");
      lines.push("  Right: " + (r.right.join(" ") || "none"));
      lines.push("  Wrong: " + (r.wrong.join(" ") || "none"));
      lines.push("  Practised: " + (r.practised.join(" ") || "none"));
      answers = answers.concat(r.answers);
    });
    lines = lines.concat(skillCheck || []);
    lines.push("Confidence: " + LEVELS.map(function (level, n) {
      var at = answers.filter(function (a) { return a.confidence === n + 1; });
      return level + " " + at.filter(function (a) { return a.correct; }).length + "/" + at.length + " right";
    }).join(", "));
    lines.push("Date: " + today());
    lines.push("Check: " + checkCode(lines));
    return lines.join("\n");
  }

  function initHandIn(root) {
    if (!start(root)) return;
    var index = readIndex(root);
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
        .map(function (c) { return chapterResult(index.byNumber[c.n], store); });
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
      var read = readLink(location.hash, index), before = classroom.loadAssignment();
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
        output.value = summaryText(name, assignment, list, skillCheckLines());
        printCopy.textContent = output.value;
        box.hidden = false;
        status.textContent = "Your summary is ready below." + (open ? " You have not finished " + open + " of " +
          list.length + " chapters yet: the summary shows what you have done so far." : "");
        output.focus();
      });
    });

    $(root, "copy").addEventListener("click", function () { copy(output.value, output, copyStatus); });
    $(root, "print").addEventListener("click", function () { printOnly("classroom-print-summary"); });
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

  /* ---------- progress transfer ---------- */

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
    var tasks = {};
    if (data.tasks !== undefined) {
      if (!data.tasks || typeof data.tasks !== "object" || Array.isArray(data.tasks)) return { problem: "it is damaged: its performance tasks are not valid" };
      tasks = window.deepfakeSkillCheck ? window.deepfakeSkillCheck.checkTasks(data.tasks) : {};
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

  function count(store) {
    var pages = Object.keys(store.pages).filter(function (key) { return Object.keys(store.pages[key].answers).length; });
    var answers = pages.reduce(function (sum, key) { return sum + Object.keys(store.pages[key].answers).length; }, 0);
    return { pages: pages.length, answers: answers };
  }

  function initTransfer(root) {
    if (!start(root)) return;
    course.loadFile(SKILL_CHECK, function () {}); // keeps the performance tasks in the file
    var form = $(root, "import-form"), file = root.querySelector("#classroom-import-file");
    var error = $(root, "import-error"), status = $(root, "import-status");

    function fail(problem) {
      status.textContent = "";
      error.textContent = "This file cannot be loaded: " + problem + ". Nothing was changed: your progress in " +
        "this browser is as it was.";
    }

    $(root, "export").addEventListener("click", function () {
      var store = course.load();
      var sc = window.deepfakeSkillCheck;
      var data = { format: FILE_FORMAT, version: 2, saved: new Date().toISOString(), progress: store,
        assignment: classroom.loadAssignment(), tasks: sc ? sc.loadTasks() : {} };
      download("deepfake-course-progress-" + today() + ".json", "application/json", JSON.stringify(data, null, 1));
      var n = count(store);
      error.textContent = "";
      status.textContent = "Saved " + plural(n.answers, "answer", "answers") + " from " +
        plural(n.pages, "chapter", "chapters") + " to a file. On the other " +
        "device, open My progress and load the file there.";
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = file.files && file.files[0];
      var mode = form.querySelector("input[name=classroom-import-mode]:checked").value;
      // Cleared first, so each outcome is announced afresh by the live regions.
      error.textContent = status.textContent = "";
      if (!chosen) { fail("no file was chosen (choose one first)"); file.focus(); return; }
      if (chosen.size > 2000000) { fail("it is far too big to be a progress file"); return; }
      chosen.text().then(function (text) {
        var read = readProgressFile(text), store, n;
        if (read.problem) { fail(read.problem); return; }
        n = count(read.store);
        if (mode === "replace") {
          if (!window.confirm("Delete the answers in this browser and keep only the " + n.answers +
              " answers from the file? This cannot be undone.")) {
            error.textContent = "";
            status.textContent = "Nothing was loaded.";
            return;
          }
          store = read.store;
        } else {
          store = merge(course.load(), read.store);
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

  /* ---------- class overview (teacher) ---------- */

  var LINE_PATTERNS = {
    name: /^Name: (.+)$/,
    assignment: /^Assignment: (.+)$/,
    due: /^Due: (.+)$/,
    chapter: /^Chapter (\d{1,2}): (\d+) of (\d+) answered, (\d+) right( on the first try)?$/,
    right: /^Right: (.+)$/,
    wrong: /^Wrong: (.+)$/,
    practised: /^Practised: (.+)$/,
    confidence: /^Confidence: guessing (\d+)\/(\d+) right, fairly sure (\d+)\/(\d+) right, very sure (\d+)\/(\d+) right$/,
    side: /^(Before|After) check: (?:(\d+) of (\d+) right, (\d+) of (\d+) answered|not taken)$/,
    skill: /^Skill (.{1,60}): before (\d+)\/(\d+), after (\d+)\/(\d+)$/,
    sure: /^Very sure: before (\d+) right of (\d+), after (\d+) right of (\d+)$/,
    task: /^Performance task: (done|not done)$/,
    date: /^Date: (.+)$/,
    check: /^Check: ([0-9a-fA-F]{8})$/
  };

  function kindOf(line) {
    for (var kind in LINE_PATTERNS) if (LINE_PATTERNS[kind].test(line)) return kind;
    return null;
  }

  // Split pasted text into summaries; every line that belongs to none is reported, never dropped.
  function splitSummaries(text) {
    var lines = text.replace(/\r\n?/g, "\n").split("\n"), summaries = [], stray = [], current = null;
    lines.forEach(function (raw, n) {
      var line = raw.normalize("NFC").replace(/\s+/g, " ").trim();
      if (FORMATS[line]) {
        current = { start: n + 1, lines: [{ number: n + 1, text: line }], ended: false, format: FORMATS[line] };
        summaries.push(current);
      } else if (!line) {
        return;
      } else if (current && !current.ended) {
        current.lines.push({ number: n + 1, text: line });
        if (/^Check:/.test(line)) current.ended = true;
      } else {
        stray.push({ number: n + 1, text: line });
      }
    });
    return { summaries: summaries, stray: stray };
  }

  function parseSummary(raw, index, number) {
    var s = { number: number, start: raw.start, format: raw.format, name: "", assignment: "", due: "", date: "", chapters: [],
      problems: [], changed: false, checked: false, sides: {}, skills: [], sure: null, task: null };
    var header = raw.lines[0].text, lists = raw.format >= 2 ? 3 : 2;
    var chapter = null, checkLine = null, covered = [];
    function problem(line, text) { s.problems.push({ line: line, text: text }); }

    raw.lines.slice(1).forEach(function (entry) {
      var kind = kindOf(entry.text), m = kind ? LINE_PATTERNS[kind].exec(entry.text) : null;
      if (kind !== "check") covered.push(entry.text);
      if (!kind) { problem(entry.number, "not a line of a hand-in summary: \u201c" + entry.text.slice(0, 60) + "\u201d"); return; }
      if (kind === "name") s.name = clean(m[1], 80);
      else if (kind === "assignment") s.assignment = m[1];
      else if (kind === "due") {
        s.due = m[1] === "none" ? "" : m[1];
        if (s.due && !classroom.isDate(s.due)) problem(entry.number, "the due date is not a date");
      } else if (kind === "date") {
        s.date = m[1];
        if (!classroom.isDate(s.date)) problem(entry.number, "the date is not a date");
      } else if (kind === "check") {
        checkLine = entry;
        s.checked = m[1].toLowerCase() === checkCode([header].concat(covered));
        if (!s.checked) {
          s.changed = true;
          problem(entry.number, "the check code does not match: the summary was changed after it was made, or not copied whole");
        }
      } else if (kind === "chapter") {
        chapter = null;
        var known = index.byNumber[Number(m[1])];
        var answered = Number(m[2]), total = Number(m[3]), right = Number(m[4]);
        if (!known) { problem(entry.number, "chapter " + m[1] + " is not in this course"); return; }
        if (!m[5] !== (s.format === 1)) problem(entry.number, "format " + s.format + " chapter lines end \u201c" + (s.format === 1 ? "right" : "right on the first try") + "\u201d");
        if (s.chapters.some(function (c) { return c.chapter === known; })) { problem(entry.number, "chapter " + m[1] + " appears twice"); return; }
        if (answered > total || right > answered) problem(entry.number, "the numbers do not add up (" + right + " right, " + answered + " of " + total + " answered)");
        if (total !== known.questions.length) problem(entry.number, "chapter " + known.n + " has " + known.questions.length + " questions in this course, not " + total);
        chapter = { chapter: known, line: entry.number, answered: answered, total: total, right: right, results: Object.create(null),
          practised: Object.create(null), lists: 0 };
        s.chapters.push(chapter);
      } else if (kind === "right" || kind === "wrong") {
        if (!chapter) { problem(entry.number, "a " + (kind === "right" ? "Right" : "Wrong") + " line must follow a Chapter line"); return; }
        chapter.lists += 1;
        if (m[1] === "none") return;
        m[1].split(" ").forEach(function (id) {
          var ids = chapter.chapter.questions.map(function (q) { return q[0]; });
          if (ids.indexOf(id) < 0) problem(entry.number, "question \u201c" + id.slice(0, 60) + "\u201d is not in chapter " + chapter.chapter.n);
          else if (chapter.results[id]) problem(entry.number, "question \u201c" + id + "\u201d is listed twice in chapter " + chapter.chapter.n);
          else chapter.results[id] = kind;
        });
      } else if (kind === "practised") {
        if (!chapter || s.format === 1) { problem(entry.number, "a Practised line must follow a chapter's Wrong line (format 2 only)"); return; }
        chapter.lists += 1;
        if (m[1] === "none") return;
        m[1].split(" ").forEach(function (id) {
          if (chapter.results[id] !== "wrong") problem(entry.number, "question \u201c" + id.slice(0, 60) + "\u201d is listed as practised but not as wrong");
          else chapter.practised[id] = true;
        });
      } else if (kind === "confidence") {
        s.confidence = m.slice(1).map(Number);
      } else if (s.format < 3) {
        problem(entry.number, "a format " + s.format + " summary has no line \u201c" + entry.text.slice(0, 60) + "\u201d (format 3 only)");
      } else if (kind === "side") {
        var side = m[1].toLowerCase(), taken = m[2] !== undefined;
        if (side in s.sides) { problem(entry.number, "the " + side + " check appears twice"); return; }
        s.sides[side] = taken ? { right: Number(m[2]), total: Number(m[3]), answered: Number(m[4]) } : null;
        if (taken && (m[3] !== m[5] || Number(m[2]) > Number(m[4]) || Number(m[4]) > Number(m[3]))) {
          problem(entry.number, "the numbers of the " + side + " check do not add up");
        }
      } else if (kind === "skill") {
        var k = { skill: clean(m[1], 60), before: { right: Number(m[2]), answered: Number(m[3]) }, after: { right: Number(m[4]), answered: Number(m[5]) } };
        if (k.before.right > k.before.answered || k.after.right > k.after.answered) problem(entry.number, "the numbers for skill \u201c" + k.skill + "\u201d do not add up");
        else if (s.skills.some(function (x) { return x.skill === k.skill; })) problem(entry.number, "skill \u201c" + k.skill + "\u201d appears twice");
        else s.skills.push(k);
      } else if (kind === "sure") {
        s.sure = m.slice(1).map(Number);
        if (s.sure[0] > s.sure[1] || s.sure[2] > s.sure[3]) problem(entry.number, "the \u201cVery sure\u201d numbers do not add up");
      } else if (kind === "task") {
        s.task = m[1] === "done";
      }
    });

    if (!s.name) s.problems.push({ line: raw.start, text: "it has no Name line" });
    if (!s.date) s.problems.push({ line: raw.start, text: "it has no Date line" });
    if (!checkLine) s.problems.push({ line: raw.start, text: "it has no Check line: it may have been cut off" });
    if (!s.chapters.length) s.problems.push({ line: raw.start, text: "it has no Chapter lines" });
    if (s.format >= 3 && (!("before" in s.sides) || !("after" in s.sides) || s.task === null)) {
      s.problems.push({ line: raw.start, text: "it has no Before check, After check or Performance task line: it may have been cut off" });
    }
    s.chapters.forEach(function (c) {
      var ids = Object.keys(c.results), right = ids.filter(function (id) { return c.results[id] === "right"; }).length;
      if (c.lists !== lists) s.problems.push({ line: c.line, text: "chapter " + c.chapter.n + " needs one Right and one Wrong line" + (lists === 3 ? " and one Practised line" : "") });
      else if (ids.length !== c.answered || right !== c.right) {
        s.problems.push({ line: c.line, text: "chapter " + c.chapter.n + "'s Right and Wrong lines do not match its numbers" });
      }
    });
    s.problems.sort(function (a, b) { return a.line - b.line; });
    return s;
  }

  function analyse(text, index) {
    var split = splitSummaries(text);
    var summaries = split.summaries.map(function (raw, n) { return parseSummary(raw, index, n + 1); });
    var chapters = index.chapters.filter(function (c) {
      return summaries.some(function (s) { return s.chapters.some(function (x) { return x.chapter === c; }); });
    });
    // In the table: every summary with a name and a chapter. In the counts: only summaries without problems.
    var shown = summaries.filter(function (s) { return s.name && s.chapters.length; });
    var names = Object.create(null);
    shown.forEach(function (s) {
      var same = names[s.name.toLowerCase()];
      if (same) s.problems.push({ line: s.start, text: "same name as summary " + same.number + ": check it is not handed in twice" });
      else names[s.name.toLowerCase()] = s;
    });
    var trusted = shown.filter(function (s) { return !s.problems.length; });
    return { stray: split.stray, summaries: summaries, shown: shown, trusted: trusted, chapters: chapters };
  }

  function find(summary, chapter) {
    return summary.chapters.filter(function (c) { return c.chapter === chapter; })[0] || null;
  }

  // What a summary's scores count: format 1 (from before first tries were kept) counted the last try.
  function counts(s) {
    return s.format === 1 ? "last tries" : "first tries";
  }

  function mark(entry, id) {
    var result = entry && entry.results[id];
    return result === "wrong" && entry.practised[id] ? "wrong, practised" : result;
  }

  function cellText(entry) {
    if (!entry) return "\u2014";
    return entry.right + "/" + entry.answered + " right" +
      (entry.answered < entry.total ? " (" + (entry.total - entry.answered) + " not answered)" : "");
  }

  function wrongCounts(result) {
    var list = [];
    result.chapters.forEach(function (c) {
      c.questions.forEach(function (q, n) {
        var wrong = 0, answered = 0;
        result.trusted.forEach(function (s) {
          var entry = find(s, c), mark = entry && entry.results[q[0]];
          if (mark) { answered += 1; if (mark === "wrong") wrong += 1; }
        });
        list.push({ chapter: c, number: n + 1, id: q[0], title: q[1], wrong: wrong, answered: answered });
      });
    });
    return list;
  }

  // One spreadsheet cell: quoted when needed, and never read as a formula (a number, such as a negative gain, is no formula).
  function csvCell(value) {
    var text = String(value);
    if (typeof value !== "number" && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]|^\s|\s$/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  /* ---------- the before and after checks across the class ---------- */

  function complete(side) { return !!side && side.answered === side.total; }

  function hasBoth(s) { return !!s.sides && complete(s.sides.before) && complete(s.sides.after); }

  function mean(list) { return list.length ? list.reduce(function (a, b) { return a + b; }, 0) / list.length : null; }

  function skillOf(s, name) { return (s.skills || []).filter(function (k) { return k.skill === name; })[0] || null; }

  function skillNames(list) {
    var names = [];
    list.forEach(function (s) { (s.skills || []).forEach(function (k) { if (names.indexOf(k.skill) < 0) names.push(k.skill); }); });
    return names;
  }

  // Means over the summaries without problems that have both checks complete; the performance task over format 3 ones.
  function skillCheckClass(result) {
    var both = result.trusted.filter(hasBoth), format3 = result.trusted.filter(function (s) { return s.format >= 3; });
    return {
      count: both.length, of: result.trusted.length, total: both.length ? both[0].sides.before.total : 0,
      before: mean(both.map(function (s) { return s.sides.before.right; })),
      after: mean(both.map(function (s) { return s.sides.after.right; })),
      gain: mean(both.map(function (s) { return s.sides.after.right - s.sides.before.right; })),
      skills: skillNames(both).map(function (name) {
        var found = both.map(function (s) { return skillOf(s, name); }).filter(function (k) { return k && k.before.answered && k.after.answered; });
        return { skill: name, count: found.length, before: mean(found.map(function (k) { return k.before.right; })),
          after: mean(found.map(function (k) { return k.after.right; })),
          gain: mean(found.map(function (k) { return k.after.right - k.before.right; })) };
      }),
      tasks: format3.filter(function (s) { return s.task; }).length, tasksOf: format3.length
    };
  }

  function round1(x) { return x === null ? "\u2014" : String(Math.round(10 * x) / 10); }

  function signed(x) { return x === null ? "\u2014" : (x > 0 ? "+" : x < 0 ? "\u2212" : "") + round1(Math.abs(x)); }

  function sideCell(s, name) {
    if (s.format < 3) return "\u2014";
    var side = s.sides[name];
    return side ? side.right + "/" + side.total + (side.answered < side.total ? " (" + (side.total - side.answered) + " not answered)" : "") : "not taken";
  }

  function csv(result) {
    var head = ["Name", "Assignment", "Due", "Date", "Check", "Counts"], rows = [];
    result.chapters.forEach(function (c) {
      head.push("Chapter " + c.n + " right", "Chapter " + c.n + " answered", "Chapter " + c.n + " questions");
    });
    head.push("Total right", "Total answered");
    var skills = skillNames(result.shown);
    head.push("Before right", "Before answered", "Before questions", "After right", "After answered", "After questions", "Gain",
      "Very sure before", "Very sure and right before", "Very sure after", "Very sure and right after");
    skills.forEach(function (name) {
      head.push("Skill " + name + " before right", "Skill " + name + " before answered", "Skill " + name + " after right", "Skill " + name + " after answered");
    });
    head.push("Performance task");
    result.chapters.forEach(function (c) {
      c.questions.forEach(function (q, n) { head.push("Chapter " + c.n + " question " + (n + 1) + ": " + q[1] + " [" + q[0] + "]"); });
    });
    head.push("Problems");
    result.shown.forEach(function (s) {
      var row = [s.name, s.assignment, s.due, s.date, s.problems.length ? "problem" : "ok", counts(s)], right = 0, answered = 0;
      result.chapters.forEach(function (c) {
        var entry = find(s, c);
        row.push(entry ? entry.right : "", entry ? entry.answered : "", entry ? entry.total : "");
        if (entry) { right += entry.right; answered += entry.answered; }
      });
      row.push(right, answered);
      ["before", "after"].forEach(function (name) {
        var side = s.sides && s.sides[name];
        row.push(side ? side.right : "", side ? side.answered : "", side ? side.total : "");
      });
      row.push(hasBoth(s) ? s.sides.after.right - s.sides.before.right : "");
      row.push.apply(row, s.sure ? [s.sure[1], s.sure[0], s.sure[3], s.sure[2]] : ["", "", "", ""]);
      skills.forEach(function (name) {
        var k = skillOf(s, name);
        row.push.apply(row, k ? [k.before.right, k.before.answered, k.after.right, k.after.answered] : ["", "", "", ""]);
      });
      row.push(s.task === null || s.task === undefined ? "" : s.task ? "done" : "not done");
      result.chapters.forEach(function (c) {
        var entry = find(s, c);
        c.questions.forEach(function (q) { row.push(mark(entry, q[0]) || ""); });
      });
      row.push(s.problems.map(function (p) { return "line " + p.line + ": " + p.text; }).join("; "));
      rows.push(row);
    });
    return "\ufeff" + [head].concat(rows).map(function (row) { return row.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }

  function table(caption, headings, rows) {
    var wrap = make("div", null, "classroom__scroll");
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", caption);
    var t = make("table", null, "classroom__table"), head = make("tr"), body = make("tbody");
    t.appendChild(make("caption", caption));
    headings.forEach(function (h) {
      var th = make("th", h);
      th.scope = "col";
      head.appendChild(th);
    });
    t.appendChild(make("thead")).appendChild(head);
    rows.forEach(function (cells) {
      var tr = make("tr");
      cells.forEach(function (cell, n) {
        var td = make(n ? "td" : "th", cell);
        if (!n) td.scope = "row";
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    wrap.appendChild(t);
    return wrap;
  }

  function showProblems(holder, result) {
    holder.textContent = "";
    var items = [];
    if (result.stray.length) {
      result.stray.forEach(function (line) {
        items.push("Line " + line.number + " is not part of any summary: \u201c" + line.text.slice(0, 60) + "\u201d");
      });
    }
    result.summaries.forEach(function (s) {
      s.problems.forEach(function (p) {
        items.push("Summary " + s.number + (s.name ? " (" + s.name + ")" : "") + ", line " + p.line + ": " + p.text + ".");
      });
    });
    holder.hidden = !items.length;
    if (!items.length) return 0;
    holder.appendChild(make("p", "Problems to check (" + items.length + ")", "classroom__heading"));
    var list = make("ul");
    items.forEach(function (text) { list.appendChild(make("li", text)); });
    holder.appendChild(list);
    return items.length;
  }

  function showResults(holder, result) {
    holder.textContent = "";
    holder.hidden = !result.shown.length;
    if (!result.shown.length) return;
    var headings = ["Student"].concat(result.chapters.map(function (c) { return "Chapter " + c.n + ": " + c.title; }),
      ["Total", "Before check", "After check", "Performance task", "Check"]);
    holder.appendChild(table("Class table: questions right on the first try out of questions answered", headings, result.shown.map(function (s) {
      var right = 0, answered = 0;
      var cells = result.chapters.map(function (c) {
        var entry = find(s, c);
        if (entry) { right += entry.right; answered += entry.answered; }
        return cellText(entry);
      });
      return [s.name].concat(cells, [right + "/" + answered + " right", sideCell(s, "before"), sideCell(s, "after"),
        s.format < 3 ? "\u2014" : s.task ? "done" : "not done", s.problems.length ? "Problem: see the list"
        : s.format === 1 ? "OK, but format 1: counts last tries" : "OK"]);
    })));
    var old = result.shown.filter(function (s) { return s.format === 1; }).length;
    if (old) {
      holder.appendChild(make("p", plural(old, "summary uses", "summaries use") + " format 1, made before the course " +
        "counted first tries: " + (old === 1 ? "its" : "their") + " scores count each question\u2019s last try, which may " +
        "have come after the right answer was shown. Ask for a new summary to see first tries.", "classroom__hint"));
    }

    showSkillChecks(holder, result);

    var counts = wrongCounts(result);
    var left = result.shown.length - result.trusted.length;
    holder.appendChild(make("p", "The counts below use " + plural(result.trusted.length, "summary", "summaries") +
      " without problems" + (left ? "; " + plural(left, "summary", "summaries") + " with problems " +
      (left === 1 ? "is" : "are") + " left out" : "") + ".", "classroom__hint"));
    holder.appendChild(make("p", "Questions most students got wrong", "classroom__heading"));
    var hardest = counts.filter(function (q) { return q.wrong; }).sort(function (a, b) {
      return b.wrong / b.answered - a.wrong / a.answered || b.wrong - a.wrong;
    }).slice(0, 10);
    if (!hardest.length) holder.appendChild(make("p", "Nobody got a question wrong."));
    else {
      var list = make("ol", null, "classroom__hardest");
      hardest.forEach(function (q) {
        list.appendChild(make("li", "Chapter " + q.chapter.n + ", question " + q.number + " \u201c" + q.title + "\u201d: " +
          q.wrong + " of " + q.answered + " got it wrong"));
      });
      holder.appendChild(list);
    }
    result.chapters.forEach(function (c) {
      var details = make("details"), rows = [];
      details.appendChild(make("summary", "Chapter " + c.n + ", question by question"));
      c.questions.forEach(function (q, n) {
        var found = counts.filter(function (x) { return x.chapter === c && x.id === q[0]; })[0];
        rows.push([(n + 1) + ". " + q[1], String(found.wrong), String(found.answered)].concat(result.shown.map(function (s) {
          return mark(find(s, c), q[0]) || "\u2014";
        })));
      });
      details.appendChild(table("Chapter " + c.n + ": " + c.title, ["Question", "Wrong", "Answered"].concat(
        result.shown.map(function (s) { return s.name; })), rows));
      holder.appendChild(details);
    });
  }

  function showSkillChecks(holder, result) {
    var c = skillCheckClass(result);
    holder.appendChild(make("p", "Before and after", "classroom__heading"));
    if (!c.count) {
      holder.appendChild(make("p", "No summary without problems has both the before and the after check complete yet, so there " +
        "is no class comparison to show."));
    } else {
      holder.appendChild(make("p", plural(c.count, "student", "students") + " handed in both checks complete (of " +
        plural(c.of, "summary", "summaries") + " without problems). Class mean before the course: " + round1(c.before) + " of " +
        c.total + " right; after: " + round1(c.after) + " of " + c.total + "; mean gain: " + signed(c.gain) + " " +
        (Math.abs(c.gain) === 1 ? "question" : "questions") + " per student.", "classroom__skill-check-means"));
      holder.appendChild(table("Each skill before and after: class mean right on the first try", ["Skill", "Students", "Before", "After", "Mean gain"],
        c.skills.map(function (k) { return [k.skill, String(k.count), round1(k.before), round1(k.after), signed(k.gain)]; })));
      holder.appendChild(make("p", "A rough signal: each skill has one or two questions, the two checks use different cases, and " +
        "students saw the first check\u2019s explanations. A class gain suggests the course helped; it does not prove it.", "classroom__hint"));
    }
    if (c.tasksOf) {
      holder.appendChild(make("p", "Performance task marked done: " + c.tasks + " of " + plural(c.tasksOf, "summary", "summaries") +
        " in format 3 without problems."));
    }
  }

  function initOverview(root) {
    if (!start(root)) return;
    var index = readIndex(root), form = $(root, "overview-form"), field = root.querySelector("#classroom-paste");
    var status = $(root, "overview-status"), csvButton = $(root, "csv"), result = null;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      result = analyse(field.value, index);
      var problems = showProblems($(root, "problems"), result);
      showResults($(root, "results"), result);
      csvButton.hidden = !result.shown.length;
      status.textContent = "Read " + plural(result.summaries.length, "summary", "summaries") + ": " +
        result.trusted.length + " without problems" + (problems ? "; " + plural(problems, "problem", "problems") +
        " listed below." : ".");
    });
    csvButton.addEventListener("click", function () {
      if (result) download("class-overview-" + today() + ".csv", "text/csv;charset=utf-8", csv(result));
    });
  }

  classroom.initTools = function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-classroom-assignment-builder]"), initBuilder);
    Array.prototype.forEach.call(document.querySelectorAll("[data-classroom-hand-in]"), initHandIn);
    Array.prototype.forEach.call(document.querySelectorAll("[data-classroom-progress-transfer]"), initTransfer);
    Array.prototype.forEach.call(document.querySelectorAll("[data-classroom-class-overview]"), initOverview);
  };
  // For tests and curious readers: the summary format's pure functions.
  classroom.summary = { HEADER: HEADER, OLD_HEADER: OLD_HEADER, checkCode: checkCode, analyse: analyse, csv: csv,
    skillCheckClass: skillCheckClass, merge: merge };
})();
