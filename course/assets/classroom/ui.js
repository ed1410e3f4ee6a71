/* What the classroom tools share on the page: finding their parts, making elements,
 * starting a tool, downloading, copying and printing.
 *
 * Browser only; loaded by classroom.js before any tool file. Text is only ever
 * written into the page as text, never as HTML.
 */
(function () {
  "use strict";

  function $(root, name) { return root.querySelector("[data-classroom-" + name + "]"); }

  function make(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
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

  window.deepfakeClassroom.ui = {
    $: $, make: make, plural: plural, today: today, readIndex: readIndex, start: start, download: download, copy: copy,
    printOnly: printOnly
  };
})();
