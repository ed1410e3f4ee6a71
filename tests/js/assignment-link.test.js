// Assignment links (assignment-link.js) and the stored assignment's checks (classroom.js).
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { asset, courseIndex } = require("./helpers.js");

const classroom = asset("classroom.js");
const { assignmentLink, readLink } = asset("classroom/assignment-link.js");

const ROOT = "https://course.example/deepfakes/";

test("a link reads back into the assignment it was made for", () => {
  const link = assignmentLink([2, 1], "Week 3: fakes & facts", "2030-03-14", ROOT);
  assert.ok(link.startsWith(ROOT + "progress.html#assign=1&ch=2%2C1&title="), link);
  const read = readLink(new URL(link).hash, courseIndex());
  assert.deepEqual(read.assignment, { version: 1, title: "Week 3: fakes & facts", due: "2030-03-14", chapters: [
    { n: 2, key: "chapters/02-a-short-history", title: "A short history" },
    { n: 1, key: "chapters/01-what-is-a-deepfake", title: "What is a deepfake?" },
  ] });
  assert.deepEqual(classroom.checkAssignment(read.assignment), read.assignment, "what a link gives, storage accepts");
});

test("a link that does not read cleanly is refused whole, with the reason", () => {
  const index = courseIndex();
  assert.match(readLink("#assign=2&ch=1", index).problem, /different version/);
  assert.match(readLink("#assign=1&ch=1,9", index).problem, /“9” is not a chapter of this course/);
  assert.match(readLink("#assign=1&ch=1,1", index).problem, /lists chapter 1 twice/);
  assert.match(readLink("#assign=1&ch=1&due=2030-02-30", index).problem, /is not a date/);
  assert.equal(readLink("#assign=1&ch=1&title=%0Aa%07%20%20b", index).assignment.title, "a b", "control characters and runs of spaces go");
});

test("dates are real calendar dates and read the same in every locale", () => {
  assert.equal(classroom.isDate("2028-02-29"), true);
  assert.equal(classroom.isDate("2030-02-29"), false);
  assert.equal(classroom.isDate("14/03/2030"), false);
  assert.equal(classroom.longDate("2030-03-04"), "4 March 2030");
});
