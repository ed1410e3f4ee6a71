/* The class overview (teacher): paste the students' hand-in summaries, see the
 * class table, the problems found, the questions most got wrong, the before and
 * after checks across the class, and download it all as a CSV file.
 *
 * Browser only; loaded by classroom.js with ui.js, check-code.js,
 * summary-format.js and overview-data.js on pages with a
 * /// classroom-class-overview block. Everything is computed in the teacher's
 * tab; pasted text is only ever written into the page as text.
 */
(function () {
  "use strict";

  var classroom = window.deepfakeClassroom, ui = classroom.ui, summary = classroom.summary, data = classroom.overview;
  var $ = ui.$, make = ui.make, plural = ui.plural, find = summary.find, mark = summary.mark;
  var round1 = data.round1, signed = data.signed, sideCell = data.sideCell;

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
        return data.cellText(entry);
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

    var counts = data.wrongCounts(result);
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
    var c = data.skillCheckClass(result);
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
    if (!ui.start(root)) return;
    var index = ui.readIndex(root), form = $(root, "overview-form"), field = root.querySelector("#classroom-paste");
    var status = $(root, "overview-status"), csvButton = $(root, "csv"), result = null;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      result = summary.analyse(field.value, index);
      var problems = showProblems($(root, "problems"), result);
      showResults($(root, "results"), result);
      csvButton.hidden = !result.shown.length;
      status.textContent = "Read " + plural(result.summaries.length, "summary", "summaries") + ": " +
        result.trusted.length + " without problems" + (problems ? "; " + plural(problems, "problem", "problems") +
        " listed below." : ".");
    });
    csvButton.addEventListener("click", function () {
      if (result) ui.download("class-overview-" + ui.today() + ".csv", "text/csv;charset=utf-8", data.csv(result));
    });
  }

  classroom.tools.classOverview = initOverview;
})();
