// The hand-in summary (format 3): written, read back, and refused when changed.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { asset, courseIndex, attempt } = require("./helpers.js");

const { checkCode, crc32 } = asset("classroom/check-code.js");
const summary = asset("classroom/summary-format.js");
const skillCheck = asset("widgets/skill-check.js");

const ASSIGNMENT = { version: 1, title: "Week 3: fakes", due: "2030-03-14", chapters: [] };

// A store where chapter 1 has q1 right (very sure), q2 wrong then practised, q3 not answered; chapter 2 h1 right.
function store() {
  return {
    version: 2,
    pages: {
      "chapters/01-what-is-a-deepfake": { total: 3, answers: {
        q1: { first: attempt(true, 3), retry: null, practised: false },
        q2: { first: attempt(false, 1), retry: attempt(true, 2), practised: true },
      } },
      "chapters/02-a-short-history": { total: 2, answers: { h1: { first: attempt(true, 2), retry: null, practised: false } } },
    },
  };
}

// The before and after check lines as hand-in.js adds them, from skill-check.js's own functions.
function skillLines() {
  const rows = [{ skill: "source", before: ["b1", "b2"], after: ["a1", "a2"] }, { skill: "labels", before: ["b3"], after: ["a3"] }];
  const right = { correct: true, confidence: 3 }, wrong = { correct: false, confidence: 1 };
  const result = skillCheck.compare(rows, { b1: right, b2: wrong, b3: wrong }, { a1: right, a2: right, a3: wrong });
  return skillCheck.summaryLines(result).concat(["Performance task: done"]);
}

function makeSummary(name = "Ada Lovelace") {
  const index = courseIndex();
  const results = index.chapters.map((c) => summary.chapterResult(c, store()));
  return summary.summaryText(name, ASSIGNMENT, results, skillLines(), "2030-03-10");
}

test("the check code is CRC-32 of the normalised lines", () => {
  assert.equal(crc32("123456789"), 0xcbf43926, "the standard CRC-32 check value");
  assert.equal(checkCode(["a", "b"]), checkCode(["  a  ", "", "b "]), "spacing and blank lines do not count");
  assert.notEqual(checkCode(["a", "b"]), checkCode(["a", "c"]));
  assert.match(checkCode([]), /^[0-9a-f]{8}$/);
});

test("a format 3 summary says what was done, line by line", () => {
  const lines = makeSummary().split("\n");
  assert.equal(lines[0], summary.HEADER);
  assert.equal(summary.HEADER, "Deepfake literacy course: hand-in summary, format 3");
  assert.deepEqual(lines.slice(1, 8), [
    "Name: Ada Lovelace", "Assignment: Week 3: fakes", "Due: 2030-03-14",
    "Chapter 1: 2 of 3 answered, 1 right on the first try", "  Right: q1", "  Wrong: q2", "  Practised: q2",
  ]);
  assert.ok(lines.includes("Before check: 1 of 3 right, 3 of 3 answered"));
  assert.ok(lines.includes("After check: 2 of 3 right, 3 of 3 answered"));
  assert.ok(lines.includes("Performance task: done"));
  assert.ok(lines.includes("Confidence: guessing 0/1 right, fairly sure 1/1 right, very sure 1/1 right"), "first tries only");
  assert.equal(lines.at(-2), "Date: 2030-03-10");
  assert.equal(lines.at(-1), "Check: " + checkCode(lines.slice(0, -1)));
});

test("a summary reads back whole, with its before and after checks and the performance task", () => {
  const text = makeSummary();
  const result = summary.analyse("Hello, here is mine:\n\n" + text.replace(/\n/g, "\r\n") + "\n", courseIndex());
  assert.deepEqual(result.stray, [{ number: 1, text: "Hello, here is mine:" }], "a line outside every summary is reported");
  assert.equal(result.summaries.length, 1);
  const s = result.summaries[0];
  assert.deepEqual(s.problems, []);
  assert.equal(result.trusted.length, 1);
  assert.equal(s.format, 3);
  assert.equal(s.checked, true);
  assert.equal(s.name, "Ada Lovelace");
  assert.equal(s.due, "2030-03-14");
  assert.deepEqual(s.sides, { before: { right: 1, total: 3, answered: 3 }, after: { right: 2, total: 3, answered: 3 } });
  assert.deepEqual(s.skills.map((k) => k.skill), ["source", "labels"]);
  assert.deepEqual(s.sure, [1, 1, 2, 2], "very sure: before 1 right of 1, after 2 right of 2");
  assert.equal(s.task, true);
  const first = summary.find(s, courseIndex().chapters[0]) || s.chapters[0];
  assert.equal(first.right, 1);
  assert.equal(first.answered, 2);
  assert.equal(summary.mark(first, "q2"), "wrong, practised");
  assert.equal(summary.mark(first, "q3"), undefined);
  assert.equal(summary.counts(s), "first tries");
});

test("any change to a line breaks the check code", () => {
  const text = makeSummary();
  const changes = [
    ["Name: Ada Lovelace", "Name: Bea"],
    ["1 right on the first try", "2 right on the first try"],
    ["Before check: 1 of 3 right", "Before check: 2 of 3 right"],
    ["Performance task: done", "Performance task: not done"],
    [summary.HEADER, "Deepfake literacy course: hand-in summary, format 2"],
  ];
  for (const [from, to] of changes) {
    const edited = text.replace(from, to);
    assert.notEqual(edited, text, from);
    const s = summary.analyse(edited, courseIndex()).summaries[0];
    assert.equal(s.checked, false, from);
    assert.ok(s.problems.some((p) => /check code does not match/.test(p.text)), from);
  }
  const spaced = summary.analyse(text.replace("Name: Ada Lovelace", "Name:   Ada   Lovelace "), courseIndex()).summaries[0];
  assert.equal(spaced.checked, true, "spacing is not a change");
});

test("a cut-off summary, a summary handed in twice and a garbled line are all reported", () => {
  const text = makeSummary();
  const cut = text.split("\n").slice(0, 5).join("\n");
  const garbled = text.replace("Chapter 2: 1 of 2 answered", "Chaptr 2: lots answered");
  const result = summary.analyse([text, text, cut, garbled].join("\n"), courseIndex());
  assert.equal(result.summaries.length, 4);
  assert.ok(result.summaries[1].problems.some((p) => p.text === "same name as summary 1: check it is not handed in twice"));
  assert.ok(result.summaries[2].problems.some((p) => /no Check line/.test(p.text)));
  assert.ok(result.summaries[3].problems.some((p) => /not a line of a hand-in summary: “Chaptr 2/.test(p.text)));
  assert.equal(result.trusted.length, 1);
});

test("older formats are still read: format 1 counts last tries, and has no format 3 lines", () => {
  const lines = ["Deepfake literacy course: hand-in summary, format 1", "Name: Old", "Assignment: (no title)", "Due: none",
    "Chapter 2: 2 of 2 answered, 1 right", "  Right: h1", "  Wrong: h2", "Date: 2029-01-01"];
  lines.push("Check: " + checkCode(lines));
  const s = summary.analyse(lines.join("\n"), courseIndex()).summaries[0];
  assert.deepEqual(s.problems, []);
  assert.equal(s.format, 1);
  assert.equal(summary.counts(s), "last tries");
  const withTask = lines.slice(0, -2).concat(["Performance task: done", "Date: 2029-01-01"]);
  withTask.push("Check: " + checkCode(withTask));
  const t = summary.analyse(withTask.join("\n"), courseIndex()).summaries[0];
  assert.ok(t.problems.some((p) => /format 3 only/.test(p.text)));
});
