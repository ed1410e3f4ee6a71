/* The assignment link builder (teacher): choose chapters, a title and a due date,
 * get a link, a QR code of it and a printable card.
 *
 * Browser only; loaded by classroom.js with ui.js and assignment-link.js on pages
 * with a /// classroom-assignment-builder block. Nothing is sent anywhere: the
 * link is built in this tab. The QR code is drawn by the vendored
 * qrcode-generator (assets/vendor/), loaded only when a card is shown.
 */
(function () {
  "use strict";

  var course = window.deepfakeCourse, classroom = window.deepfakeClassroom, ui = classroom.ui;
  var $ = ui.$, make = ui.make, clean = classroom.clean;

  function initBuilder(root) {
    if (!ui.start(root)) return;
    var index = ui.readIndex(root);
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
      var link = classroom.link.assignmentLink(chapters.map(function (c) { return c.n; }), title, due, course.root);
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
      copyButton.addEventListener("click", function () { field.hidden = false; ui.copy(link, field, status); });
      printButton.addEventListener("click", function () { ui.printOnly("classroom-print-card"); });
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

  classroom.tools.assignmentBuilder = initBuilder;
})();
