// Stored progress (quiz.js): validation, moving version 1 over, and progress files (progress-file.js).
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { asset, attempt } = require("./helpers.js");

const quiz = asset("quiz.js");
const file = asset("classroom/progress-file.js");

// What version 1 of the course stored: the last try per question, options by position.
const V1 = {
  version: 1,
  pages: {
    "chapters/01-what-is-a-deepfake": { total: 6, answers: { q1: attempt(true, 3, [2]), q2: attempt(false, null, [1, 3]) } },
  },
};

const plain = (value) => JSON.parse(JSON.stringify(value));

test("a version 1 blob is moved over: each answer becomes the first try, nothing practised", () => {
  const result = quiz.check(plain(V1));
  assert.equal(result.migrated, true);
  assert.deepEqual(result.problems, []);
  assert.equal(result.store.version, 2);
  assert.deepEqual(plain(result.store.pages), {
    "chapters/01-what-is-a-deepfake": { total: 6, answers: {
      q1: { first: { chosen: [2], correct: true, confidence: 3 }, retry: null, practised: false },
      q2: { first: { chosen: [1, 3], correct: false, confidence: null }, retry: null, practised: false },
    } },
  });
});

test("version 1 answers must name options by position; version 2 keeps option keys", () => {
  const v1 = plain(V1);
  v1.pages["chapters/01-what-is-a-deepfake"].answers.q3 = attempt(true, 1, ["a"]);
  const result = quiz.check(v1);
  assert.equal(result.problems.length, 1);
  assert.match(result.problems[0], /question “q3”/);
  assert.equal(result.store.pages["chapters/01-what-is-a-deepfake"].answers.q3, undefined, "the damaged answer is dropped");
  assert.ok(result.store.pages["chapters/01-what-is-a-deepfake"].answers.q1, "the good ones are kept");
});

test("damaged or foreign data is refused with a reason, and never half-trusted", () => {
  for (const data of [null, [], { version: 3, pages: {} }, { version: 2, pages: [] }, "text"]) {
    const result = quiz.check(data);
    assert.deepEqual(result.problems, ["it is not course progress this version can read"], JSON.stringify(data));
    assert.deepEqual(plain(result.store), { version: 2, pages: {} });
  }
  const bad = { version: 2, pages: { p: { total: 1, answers: {
    "Bad Id": { first: attempt(true), retry: null, practised: false },
    ok: { first: attempt(true, 5), retry: null, practised: false },
  } } } };
  assert.equal(quiz.check(bad).problems.length, 2, "a bad id and a confidence of 5");
  const practisedRight = { version: 2, pages: { p: { total: 1, answers: { a: { first: attempt(true), retry: attempt(true), practised: true } } } } };
  assert.equal(quiz.check(practisedRight).store.pages.p.answers.a.practised, false, "a right first try is never 'practised'");
});

test("a version 1 progress file loads and is moved over; a damaged one changes nothing", () => {
  const read = file.readProgressFile(JSON.stringify({ format: file.FILE_FORMAT, version: 1, progress: V1, assignment: null }));
  assert.equal(read.problem, undefined);
  assert.equal(read.store.version, 2);
  assert.equal(read.store.pages["chapters/01-what-is-a-deepfake"].answers.q1.first.correct, true);
  assert.deepEqual(read.tasks, {});
  assert.match(file.readProgressFile("{").problem, /not JSON/);
  assert.match(file.readProgressFile(JSON.stringify({ format: "other" })).problem, /not a progress file saved by this course/);
  assert.match(file.readProgressFile(JSON.stringify({ format: file.FILE_FORMAT, version: 2, progress: V1 })).problem, /not version 2/);
  const tasks = file.readProgressFile(JSON.stringify(file.fileData(quiz.emptyStore(), null, { "final-performance": true, "Bad Id": true }, "x")));
  assert.deepEqual(tasks.tasks, { "final-performance": true }, "performance tasks are validated by skill-check.js");
});

test("merging never replaces a first try already stored", () => {
  const here = { version: 2, pages: { p: { total: 2, answers: {
    a: { first: attempt(false, 1, ["x"]), retry: null, practised: false },
    b: { first: attempt(true, 3, ["y"]), retry: null, practised: false },
  } } } };
  const from = { version: 2, pages: {
    p: { total: 3, answers: {
      a: { first: attempt(true, 3, ["z"]), retry: attempt(true, 2, ["z"]), practised: false },
      b: { first: attempt(false, 1, ["w"]), retry: null, practised: false },
      c: { first: attempt(true, 2, ["v"]), retry: null, practised: false },
    } },
    q: { total: 1, answers: { d: { first: attempt(false), retry: null, practised: false } } },
  } };
  const merged = file.merge(here, from);
  assert.deepEqual(merged.pages.p.answers.a.first, attempt(false, 1, ["x"]), "a wrong first try stays wrong");
  assert.deepEqual(merged.pages.p.answers.a.retry, attempt(true, 2, ["z"]), "the file's practice try is taken");
  assert.deepEqual(merged.pages.p.answers.b.first, attempt(true, 3, ["y"]), "a right first try stays right");
  assert.deepEqual(merged.pages.p.answers.c.first, attempt(true, 2, ["v"]), "a new answer is added");
  assert.equal(merged.pages.p.total, 3);
  assert.ok(merged.pages.q.answers.d, "a new page is added");
  assert.deepEqual(file.count(merged), { pages: 2, answers: 4 });
});

test("'practised' holds if either side says so, and only for a wrong first try", () => {
  const here = { version: 2, pages: { p: { total: 2, answers: {
    a: { first: attempt(false), retry: null, practised: false },
    b: { first: attempt(true), retry: null, practised: false },
  } } } };
  const from = { version: 2, pages: { p: { total: 2, answers: {
    a: { first: attempt(false), retry: attempt(true), practised: true },
    b: { first: attempt(false), retry: attempt(true), practised: true },
  } } } };
  const merged = file.merge(here, from);
  assert.equal(merged.pages.p.answers.a.practised, true);
  assert.equal(merged.pages.p.answers.b.practised, false);
});
