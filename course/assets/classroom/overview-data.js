/* The class overview's numbers: the class table's cells, the before/after means and the CSV file.
 *
 * Pure, no page: used by class-overview.js and tests/js in Node. Works on what
 * summary-format.js's analyse() returns. The CSV writer keeps every cell from
 * being read as a spreadsheet formula (a name such as "=HYPERLINK(…)" or
 * "@SUM(…)" is written with a leading apostrophe), since the text is typed by students.
 */
(function (factory) {
  "use strict";
  if (typeof module !== "undefined" && module.exports) module.exports = factory(require("./summary-format.js"));
  else window.deepfakeClassroom.overview = factory(window.deepfakeClassroom.summary);
})(function (summary) {
  "use strict";

  var find = summary.find, mark = summary.mark, counts = summary.counts;

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

  // The whole class as a CSV file (UTF-8 with a byte-order mark, CRLF lines), one row per summary shown.
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

  return {
    cellText: cellText, wrongCounts: wrongCounts, csvCell: csvCell, csv: csv, hasBoth: hasBoth, skillCheckClass: skillCheckClass,
    round1: round1, signed: signed, sideCell: sideCell
  };
});
