/* The hand-in summary: the text a student hands in, and the teacher's reading of pasted summaries.
 *
 * Pure, no page: used by hand-in.js (to write a summary), class-overview.js
 * (to read them) and tests/js in Node. A summary is plain text, one fact a line:
 *
 *   Deepfake literacy course: hand-in summary, format 3
 *   Name: …   Assignment: …   Due: … (or "none")
 *   Chapter 4: 5 of 6 answered, 4 right on the first try
 *     Right: ids   Wrong: ids   Practised: ids (each "none" if empty)
 *   Before check: …   After check: …   Skill …: …   Very sure: …   (skill-check.js writes these)
 *   Performance task: done | not done
 *   Confidence: guessing r/n right, fairly sure r/n right, very sure r/n right
 *   Date: YYYY-MM-DD
 *   Check: 8 hex digits (check-code.js, over every line above it)
 *
 * Format 2 counts each question's first try (later tries are practice); format 1 counted the last try.
 * Format 3 adds the before and after checks (scores, each skill, "very sure") and the performance task.
 * The header line is covered by the check code, so the format cannot be changed unnoticed.
 * Text from summaries is only ever returned as data, for the page to write as text.
 */
(function (factory) {
  "use strict";
  if (typeof module !== "undefined" && module.exports) module.exports = factory(require("../classroom.js"), require("./check-code.js"));
  else window.deepfakeClassroom.summary = factory(window.deepfakeClassroom, window.deepfakeClassroom.checkCode);
})(function (classroom, code) {
  "use strict";

  var HEADER = "Deepfake literacy course: hand-in summary, format 3";
  var OLD_HEADER = "Deepfake literacy course: hand-in summary, format 1";
  var FORMATS = { "Deepfake literacy course: hand-in summary, format 1": 1, "Deepfake literacy course: hand-in summary, format 2": 2 };
  FORMATS[HEADER] = 3;
  var LEVELS = ["guessing", "fairly sure", "very sure"];
  var clean = classroom.clean, checkCode = code.checkCode;

  /* ---------- writing a summary (student) ---------- */

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

  // skillCheck: lines of the before and after checks (skill-check.js), then the performance task; date: "YYYY-MM-DD".
  function summaryText(name, assignment, results, skillCheck, date) {
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
    lines.push("Date: " + date);
    lines.push("Check: " + checkCode(lines));
    return lines.join("\n");
  }

  /* ---------- reading pasted summaries (teacher) ---------- */

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

  return {
    HEADER: HEADER, OLD_HEADER: OLD_HEADER, FORMATS: FORMATS, chapterResult: chapterResult, summaryText: summaryText,
    splitSummaries: splitSummaries, parseSummary: parseSummary, analyse: analyse, find: find, counts: counts, mark: mark
  };
});
