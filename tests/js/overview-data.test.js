// The class overview's CSV file: every cell a spreadsheet reads as text, never as a formula.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { asset, courseIndex } = require("./helpers.js");

const { checkCode } = asset("classroom/check-code.js");
const summary = asset("classroom/summary-format.js");
const overview = asset("classroom/overview-data.js");

test("text that a spreadsheet would run as a formula gets a leading apostrophe", () => {
  for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
    assert.equal(overview.csvCell(start + "HYPERLINK(\"x\")").replace(/^"/, "")[0], "'", JSON.stringify(start));
  }
  assert.equal(overview.csvCell("=1+1"), "'=1+1");
  assert.equal(overview.csvCell("@SUM(A1:A9)"), "'@SUM(A1:A9)");
  assert.equal(overview.csvCell("Ada"), "Ada");
  assert.equal(overview.csvCell("a = b"), "a = b", "only the start of a cell matters");
});

test("numbers stay numbers, even negative ones such as a drop in score", () => {
  assert.equal(overview.csvCell(-2), "-2");
  assert.equal(overview.csvCell(0), "0");
  assert.equal(overview.csvCell("-2"), "'-2", "text that looks like a number is still guarded");
});

test("cells with commas, quotes, line breaks or edge spaces are quoted", () => {
  assert.equal(overview.csvCell("a,b"), "\"a,b\"");
  assert.equal(overview.csvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
  assert.equal(overview.csvCell("two\nlines"), "\"two\nlines\"");
  assert.equal(overview.csvCell(" padded"), "\" padded\"");
  assert.equal(overview.csvCell("=a,b"), "\"'=a,b\"", "guarded first, then quoted");
});

test("a student's name written as a formula reaches the CSV file as text", () => {
  const lines = ["Deepfake literacy course: hand-in summary, format 2", "Name: =HYPERLINK(\"http://x\",\"y\")", "Assignment: -1+2",
    "Due: none", "Chapter 1: 1 of 3 answered, 1 right on the first try", "  Right: q1", "  Wrong: none", "  Practised: none", "Date: 2030-03-10"];
  lines.push("Check: " + checkCode(lines));
  const result = summary.analyse(lines.join("\n"), courseIndex());
  assert.deepEqual(result.trusted[0].problems, []);
  const csv = overview.csv(result);
  assert.ok(csv.startsWith("\ufeffName,Assignment,"), "UTF-8 byte-order mark, then the header row");
  assert.ok(csv.endsWith("\r\n"));
  const row = csv.split("\r\n")[1];
  assert.ok(row.startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-1+2,,2030-03-10,ok,first tries,1,1,3,"), row);
  assert.ok(!/(^|,)[=+@-]/.test(row.replace(/"[^"]*(""[^"]*)*"/g, "")), "no unquoted cell starts a formula");
});
