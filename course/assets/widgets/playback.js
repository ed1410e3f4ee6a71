/* The playback-speed toy: play a voice faster or slower, with the browser's pitch correction on or off.
 *
 * Everything audible is done by the browser's own media element:
 * playbackRate changes the speed, and preservesPitch (webkit/moz prefixes in
 * older browsers) says whether to time-stretch so the pitch stays put, the
 * same idea as demos/audio.py's time_stretch. The clip's URL comes from the
 * widget's hidden data link, which MkDocs has already made relative to this
 * page, so it works served and from file://. Nothing here fetches anything.
 */
(function () {
  "use strict";

  var SELECTOR = '[data-widget="playback-speed"]';
  var ANNOUNCE_DELAY_MS = 600;
  var PITCH_PROPERTIES = ["preservesPitch", "webkitPreservesPitch", "mozPreservesPitch"];

  function percent(rate) {
    return Math.round(rate * 100) + "%";
  }

  function setPreservesPitch(audio, keep) {
    var supported = false;
    PITCH_PROPERTIES.forEach(function (name) {
      if (name in audio) {
        audio[name] = keep;
        supported = true;
      }
    });
    return supported;
  }

  function describe(rate, keep) {
    var speed = percent(rate) + " speed";
    if (Math.abs(rate - 1) < 0.001) return speed + ": the clip as it was recorded.";
    var change = rate < 1 ? "longer" : "shorter";
    if (keep) return speed + ", pitch kept: " + change + ", in the same voice.";
    return speed + ", pitch not kept: " + change + " and " + (rate < 1 ? "deeper" : "higher") + ".";
  }

  function setUp(figure) {
    var live = figure.querySelector(".widget__live");
    var data = figure.querySelector(".widget__data");
    var audio = live && live.querySelector(".playback__player");
    var slider = live && live.querySelector(".playback__rate input");
    var shown = live && live.querySelector(".playback__rate-value");
    var pitch = live && live.querySelector(".playback__pitch input");
    var status = live && live.querySelector(".playback__status");
    if (!data || !audio || !slider || !shown || !pitch || !status) return;

    var timer = null;

    function apply(announce) {
      var rate = parseFloat(slider.value);
      // defaultPlaybackRate keeps the choice when the clip is reloaded or replayed.
      audio.defaultPlaybackRate = rate;
      audio.playbackRate = rate;
      setPreservesPitch(audio, pitch.checked);
      shown.textContent = percent(rate);
      slider.setAttribute("aria-valuetext", percent(rate) + " speed");
      figure.setAttribute("data-rate", String(rate));
      figure.setAttribute("data-keep-pitch", String(pitch.checked));
      if (!announce) return;
      // Announce once the reader pauses, not on every step of the slider.
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        status.textContent = describe(rate, pitch.checked);
      }, ANNOUNCE_DELAY_MS);
    }

    audio.src = data.href;
    if (!setPreservesPitch(audio, true)) {
      pitch.disabled = true;
      pitch.parentNode.appendChild(document.createTextNode(" (this browser cannot switch it off)"));
    }
    slider.addEventListener("input", function () { apply(true); });
    pitch.addEventListener("change", function () { apply(true); });
    // Some browsers reset the rate when a new source loads; put the reader's choice back.
    audio.addEventListener("loadedmetadata", function () { apply(false); });
    apply(false);
    live.hidden = false;
  }

  function init() {
    var figures = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < figures.length; i++) {
      if (figures[i].hasAttribute("data-ready")) continue;
      figures[i].setAttribute("data-ready", "");
      setUp(figures[i]);
    }
  }

  window.deepfakeCourse.onPage(init);
})();
