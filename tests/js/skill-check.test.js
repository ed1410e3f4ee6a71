// The before and after checks' scoring (widgets/skill-check.js), without a page.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { asset } = require("./helpers.js");

const sc = asset("widgets/skill-check.js");

const ROWS = [{ skill: "source", before: ["b1", "b2"], after: ["a1", "a2"] }, { skill: "labels", before: ["b3"], after: ["a3"] }];

// "RW." -> first tries: right, wrong, not answered; "S" / "s" = right / wrong and very sure.
function firsts(prefix, marks) {
  const out = {};
  [...marks].forEach((m, n) => {
    if (m !== ".") out[prefix + (n + 1)] = { correct: "RS".includes(m), confidence: "Ss".includes(m) ? 3 : 1 };
  });
  return out;
}

test("scores, the gain and the share of the possible improvement", () => {
  const r = sc.compare(ROWS, firsts("b", "Rss"), firsts("a", "SSW"));
  assert.deepEqual(r.before, { total: 3, answered: 3, right: 1, sure: 2, sureRight: 0 });
  assert.deepEqual(r.after, { total: 3, answered: 3, right: 2, sure: 2, sureRight: 2 });
  assert.deepEqual(sc.gain(r.before, r.after), { more: 1, share: 0.5 });
  assert.ok(sc.gainText(r).startsWith("You got 1 more question right after the course than before. That is 50% of the possible improvement: " +
    "you had 2 questions wrong before, so 2 more right was the most this check could show, and you gained 1."));
  assert.ok(sc.confidenceText(r).startsWith("How sure you were: before the course, very sure on 2 and right on 0 of those; " +
    "after, very sure on 2 and right on 2 of those."));
  assert.deepEqual(sc.summaryLines(r), ["Before check: 1 of 3 right, 3 of 3 answered", "After check: 2 of 3 right, 3 of 3 answered",
    "Skill source: before 1/2, after 2/2", "Skill labels: before 0/1, after 0/1", "Very sure: before 0 right of 2, after 2 right of 2"]);
});

test("full marks before, and a drop, are said plainly", () => {
  const full = sc.gainText(sc.compare(ROWS, firsts("b", "RRR"), firsts("a", "RRW")));
  const drop = sc.gainText(sc.compare(ROWS, firsts("b", "RWW"), firsts("a", "WWW")));
  assert.ok(full.startsWith("You got all 3 right before the course, so this check had no room to show an improvement"));
  assert.ok(full.includes("After the course you got 2 of 3 right."));
  assert.ok(drop.startsWith("You got 1 question fewer right after the course than before. That is -50% of the possible improvement"));
  assert.ok(drop.endsWith("On a check this short, a difference of a question or two can be chance."));
});

test("one check or none is said, and nothing is compared", () => {
  assert.ok(sc.statusText(sc.compare(ROWS, {}, {})).startsWith("You have not taken either check yet."));
  assert.equal(sc.statusText(sc.compare(ROWS, firsts("b", "RWR"), {})),
    "Before the course: 2 of 3 right on your first try. Take After the course when you have finished the course to see what changed.");
  assert.equal(sc.compare(ROWS, firsts("b", "RW."), {}).before.answered, 2);
  assert.equal(sc.gainText(sc.compare(ROWS, firsts("b", "RW."), firsts("a", "RRR"))), "");
  assert.deepEqual(sc.summaryLines(sc.compare(ROWS, {}, {})), ["Before check: not taken", "After check: not taken"]);
});

test("stored performance tasks are validated", () => {
  assert.deepEqual(sc.checkTasks({ "final-performance": true, x: "yes", "Bad Id": true, ["__proto__"]: true }), { "final-performance": true });
  assert.deepEqual(sc.checkTasks(JSON.parse('{"__proto__": true, "ok": true}')), { ok: true });
  assert.deepEqual(sc.checkTasks([true]), {});
});
