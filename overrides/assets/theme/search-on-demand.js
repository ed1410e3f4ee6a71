/* Fetch the search index when the reader starts a search, not on every page.
 *
 * Material requests search/search_index.json (about 240 KB compressed for this
 * course) as soon as any page opens, even though most visits never search. On
 * a phone on a slow or metered school connection that download competes with
 * the page itself. This script holds that one request back until the reader
 * opens or focuses the search box; Material shows "Initializing search" until
 * the index arrives. Every other request is left untouched.
 *
 * Material makes the request with XMLHttpRequest, so open() notes whether a
 * request is for the index and send() waits for the reader. Pages opened from
 * disk are left alone: there Material loads search_index.js instead. This file
 * must run before Material's script (overrides/main.html loads it first). */
(function () {
  "use strict";
  if (location.protocol === "file:" || !window.XMLHttpRequest) return;

  var INDEX = /\/search\/search_index\.json(?:[?#]|$)/;
  var proto = XMLHttpRequest.prototype, open = proto.open, send = proto.send;
  var wanted = false, waiting = [];

  function want() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }

  proto.open = function (method, url) {
    this.__courseSearchIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  proto.send = function () {
    var request = this, args = arguments;
    if (wanted || !request.__courseSearchIndex) return send.apply(request, args);
    waiting.push(function () { send.apply(request, args); });
  };

  function inSearch(target) {
    return !!(target && target.closest && target.closest('.md-search, label[for="__search"]'));
  }
  // Focus covers the search box, a click on the search icon and Material's
  // keyboard shortcuts (f, s, /), which all move focus into the box.
  document.addEventListener("focusin", function (event) { if (inSearch(event.target)) want(); });
  document.addEventListener("pointerdown", function (event) { if (inSearch(event.target)) want(); });
  document.addEventListener("change", function (event) { if (event.target && event.target.id === "__search") want(); });
})();
