/* The keypoint motion toy: drag a cartoon's keypoints and the picture warps around them.
 *
 * The maths is the same as demos/motion.py (read its docstring for what the
 * real First Order Motion Model learns instead): each keypoint's local
 * transform is fitted to how its neighbours moved, and the local transforms
 * are blended by bell-shaped weights into a backward warp, sampled bilinearly.
 * The picture, keypoints and driving motion come from the toy.js that
 * demos/motion.py writes, loaded with a <script> element because fetch()
 * does not work from file://. The picture is a data: URL, so reading its
 * pixels from a canvas is allowed there too.
 */
(function () {
  "use strict";

  var SELECTOR = '[data-widget="keypoint-motion"]';
  var ANNOUNCE_DELAY_MS = 600;
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");

  // --- The warp (mirrors demos/motion.py) ---------------------------------

  function bell(d2, spread, power) {
    var base = 1 + d2 / (power * spread * spread);
    var result = base;
    for (var i = 1; i < power; i++) result *= base;
    return 1 / result;
  }

  function inverse(m) {
    var det = m[0] * m[3] - m[1] * m[2];
    if (Math.abs(det) < 1e-6) return null;
    return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det];
  }

  var IDENTITY = [1, 0, 0, 1];

  /* The 2 x 2 matrix that best maps offsets to the other keypoints before onto offsets after. */
  function fitLocal(names, index, before, after, settings) {
    var lam = settings.regularisation;
    var m = [lam, 0, 0, lam];
    var n = [lam, 0, 0, lam];
    var cb = before[names[index]], ca = after[names[index]];
    names.forEach(function (name, j) {
      if (j === index) return;
      var bx = before[name][0] - cb[0], by = before[name][1] - cb[1];
      var ax = after[name][0] - ca[0], ay = after[name][1] - ca[1];
      var w = bell(bx * bx + by * by, settings.neighbourSpread, settings.power);
      m = [m[0] + w * bx * bx, m[1] + w * bx * by, m[2] + w * by * bx, m[3] + w * by * by];
      n = [n[0] + w * ax * bx, n[1] + w * ax * by, n[2] + w * ay * bx, n[3] + w * ay * by];
    });
    var mi = inverse(m) || IDENTITY;
    return [n[0] * mi[0] + n[1] * mi[2], n[0] * mi[1] + n[1] * mi[3], n[2] * mi[0] + n[3] * mi[2], n[2] * mi[1] + n[3] * mi[3]];
  }

  /* Backward-warp the source pixels into `output` for keypoints moved from `source` to `moved`. */
  function warp(toy, moved) {
    var size = toy.data.size, settings = toy.data.settings, names = toy.names, source = toy.data.keypoints;
    var locals = names.map(function (name, index) {
      // A picture folded flat has no inverse; fall back to a plain shift there.
      return { s: source[name], m: moved[name], inv: inverse(fitLocal(names, index, source, moved, settings)) || IDENTITY };
    });
    var src = toy.pixels, out = toy.output.data, bg = settings.background;
    for (var y = 0; y < size; y++) {
      for (var x = 0; x < size; x++) {
        var px = x + 0.5, py = y + 0.5;
        var total = bg, fx = bg * px, fy = bg * py;
        for (var k = 0; k < locals.length; k++) {
          var l = locals[k], dx = px - l.m[0], dy = py - l.m[1];
          var w = bell(dx * dx + dy * dy, settings.spread, settings.power);
          total += w;
          fx += w * (l.s[0] + l.inv[0] * dx + l.inv[1] * dy);
          fy += w * (l.s[1] + l.inv[2] * dx + l.inv[3] * dy);
        }
        var sx = Math.min(Math.max(fx / total - 0.5, 0), size - 1);
        var sy = Math.min(Math.max(fy / total - 0.5, 0), size - 1);
        var x0 = Math.min(Math.floor(sx), size - 2), y0 = Math.min(Math.floor(sy), size - 2);
        var ax = sx - x0, ay = sy - y0;
        var i00 = (y0 * size + x0) * 4, i01 = i00 + 4, i10 = i00 + size * 4, i11 = i10 + 4;
        var o = (y * size + x) * 4;
        for (var c = 0; c < 3; c++) {
          var top = src[i00 + c] * (1 - ax) + src[i01 + c] * ax;
          var bottom = src[i10 + c] * (1 - ax) + src[i11 + c] * ax;
          out[o + c] = Math.floor(top * (1 - ay) + bottom * ay + 0.5);
        }
        out[o + 3] = 255;
      }
    }
    toy.context.putImageData(toy.output, 0, 0);
  }

  // --- The widget ----------------------------------------------------------

  function element(tag, className, parent) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (parent) parent.appendChild(node);
    return node;
  }

  function pixels(n) {
    return n + (n === 1 ? " pixel" : " pixels");
  }

  function describeMove(label, dx, dy) {
    var parts = [];
    dx = Math.round(dx);
    dy = Math.round(dy);
    if (dx) parts.push(pixels(Math.abs(dx)) + (dx > 0 ? " right" : " left"));
    if (dy) parts.push(pixels(Math.abs(dy)) + (dy > 0 ? " down" : " up"));
    if (!parts.length) return label + ": back where it started.";
    return label + ": " + parts.join(" and ") + " from where it started.";
  }

  // --- The live toy: one state object `toy`, shared by the functions below ---

  // The toy's parts in the widget's HTML (rendered by course/widgets/motion.py).
  function findParts(figure) {
    var live = figure.querySelector(".widget__live");
    var help = live.querySelector(".motion-toy__help");
    help.id = help.id || "motion-toy-help-" + Math.random().toString(36).slice(2);
    return {
      live: live,
      pictures: live.querySelector(".motion-toy__pictures"),
      slider: live.querySelector(".motion-toy__frame input"),
      frameValue: live.querySelector(".motion-toy__frame-value"),
      play: live.querySelector(".motion-toy__play"),
      reset: live.querySelector(".motion-toy__reset"),
      status: live.querySelector(".motion-toy__status"),
      help: help
    };
  }

  // The driving frame on the left; the still picture, warped, with its keypoints on top, on the right.
  function makePictures(toy) {
    var size = toy.size, pictures = toy.parts.pictures;
    var driverBox = element("div", "motion-toy__picture", pictures);
    toy.driver = element("canvas", "motion-toy__driver", driverBox);
    toy.driver.width = toy.driver.height = size;
    toy.driver.setAttribute("role", "img");
    element("p", "motion-toy__label", driverBox).textContent = "Driving cartoon";

    var stageBox = element("div", "motion-toy__picture", pictures);
    toy.stage = element("div", "motion-toy__stage", stageBox);
    var canvas = element("canvas", "motion-toy__canvas", toy.stage);
    canvas.width = canvas.height = size;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", "The still cartoon, warped to follow its keypoints");
    element("p", "motion-toy__label", stageBox).textContent = "Still picture, warped";
    toy.context = canvas.getContext("2d");
  }

  // What warp() reads: the still picture's pixels, and the image it writes into.
  function readSource(toy, sourceImage) {
    var scratch = document.createElement("canvas");
    scratch.width = scratch.height = toy.size;
    var scratchContext = scratch.getContext("2d");
    scratchContext.drawImage(sourceImage, 0, 0);
    toy.pixels = scratchContext.getImageData(0, 0, toy.size, toy.size).data;
    toy.output = toy.context.createImageData(toy.size, toy.size);
  }

  // A button for each keypoint the reader may move (data.handles), a dot for each fixed anchor.
  function makeMarkers(toy) {
    toy.names.forEach(function (name) {
      var label = toy.data.handles[name], marker;
      if (label) {
        marker = element("button", "motion-toy__handle", toy.stage);
        marker.type = "button";
        marker.setAttribute("aria-label", label + " keypoint");
        marker.setAttribute("aria-describedby", toy.parts.help.id);
        marker.addEventListener("keydown", function (event) { onKey(toy, event, name); });
        marker.addEventListener("pointerdown", function (event) { onPointerDown(toy, event, name, marker); });
      } else {
        marker = element("span", "motion-toy__anchor", toy.stage);
        marker.setAttribute("aria-hidden", "true");
      }
      toy.markers[name] = marker;
    });
  }

  function place(toy) {
    toy.names.forEach(function (name) {
      toy.markers[name].style.left = (toy.positions[name][0] / toy.size) * 100 + "%";
      toy.markers[name].style.top = (toy.positions[name][1] / toy.size) * 100 + "%";
    });
  }

  // Warp at most once per animation frame, however fast the keypoints move.
  function draw(toy) {
    if (toy.drawPending) return;
    toy.drawPending = true;
    window.requestAnimationFrame(function () {
      toy.drawPending = false;
      warp(toy, toy.positions);
    });
  }

  // Say what changed in the live region; `later` waits until a drag or key repeat settles.
  function announce(toy, text, later) {
    var status = toy.parts.status;
    window.clearTimeout(toy.announceTimer);
    if (later) {
      toy.announceTimer = window.setTimeout(function () { status.textContent = text; }, ANNOUNCE_DELAY_MS);
    } else {
      status.textContent = text;
    }
  }

  // Driving frame n (from 1): the keypoints take its offsets and the left picture shows it.
  function showFrame(toy, n) {
    var data = toy.data, size = toy.size, frames = toy.frames, slider = toy.parts.slider;
    var offsets = data.driving.offsets[n - 1];
    toy.frame = n;
    toy.names.forEach(function (name) {
      toy.positions[name] = [data.keypoints[name][0] + offsets[name][0], data.keypoints[name][1] + offsets[name][1]];
    });
    slider.value = String(n);
    slider.setAttribute("aria-valuetext", "Frame " + n + " of " + frames);
    toy.parts.frameValue.textContent = n + " of " + frames;
    toy.driver.setAttribute("aria-label", "Driving cartoon, frame " + n + " of " + frames);
    toy.driver.getContext("2d").drawImage(toy.drivingImage, (n - 1) * size, 0, size, size, 0, 0, size, size);
    place(toy);
    draw(toy);
    toy.figure.setAttribute("data-frame", String(n));
  }

  function stop(toy, message) {
    if (toy.timer === null) return;
    window.clearInterval(toy.timer);
    toy.timer = null;
    toy.parts.play.textContent = "Play the driving motion";
    if (message) announce(toy, message);
  }

  function move(toy, name, x, y) {
    var size = toy.size, positions = toy.positions;
    stop(toy);
    positions[name] = [Math.min(Math.max(x, 0), size), Math.min(Math.max(y, 0), size)];
    place(toy);
    draw(toy);
    // Moving from a driving frame: tell it relative to the keypoint's own start.
    var start = toy.data.keypoints[name];
    announce(toy, describeMove(toy.data.handles[name], positions[name][0] - start[0], positions[name][1] - start[1]), true);
  }

  // Arrow keys move a keypoint one pixel, five with Shift.
  function onKey(toy, event, name) {
    var step = event.shiftKey ? 5 : 1;
    var moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    var delta = moves[event.key];
    if (!delta) return;
    event.preventDefault();
    move(toy, name, toy.positions[name][0] + delta[0], toy.positions[name][1] + delta[1]);
  }

  // Dragging: the handle keeps the pointer until it is let go.
  function onPointerDown(toy, event, name, handle) {
    event.preventDefault();
    handle.focus();
    handle.setPointerCapture(event.pointerId);
    function follow(moveEvent) {
      var rect = toy.stage.getBoundingClientRect();
      move(toy, name, ((moveEvent.clientX - rect.left) / rect.width) * toy.size, ((moveEvent.clientY - rect.top) / rect.height) * toy.size);
    }
    function end() {
      handle.removeEventListener("pointermove", follow);
      handle.removeEventListener("pointerup", end);
      handle.removeEventListener("pointercancel", end);
    }
    handle.addEventListener("pointermove", follow);
    handle.addEventListener("pointerup", end);
    handle.addEventListener("pointercancel", end);
  }

  // Play the driving frames from where they are (from the start after the last), or pause.
  function togglePlay(toy) {
    var frames = toy.frames;
    if (toy.timer !== null) {
      stop(toy, "Paused at frame " + toy.frame + " of " + frames + ".");
      return;
    }
    if (toy.frame >= frames) showFrame(toy, 1);
    toy.parts.play.textContent = "Pause";
    announce(toy, "Playing the driving motion.");
    // Reduced motion: the same frames, shown more slowly.
    var delay = toy.data.driving.frameMs * (reduceMotion && reduceMotion.matches ? 3 : 1);
    toy.timer = window.setInterval(function () {
      if (!document.body.contains(toy.figure)) {
        stop(toy);
        return;
      }
      showFrame(toy, toy.frame + 1);
      if (toy.frame >= frames) stop(toy, "Played all " + frames + " frames.");
    }, delay);
  }

  function bindControls(toy) {
    var slider = toy.parts.slider;
    slider.max = String(toy.frames);
    slider.addEventListener("input", function () {
      stop(toy);
      showFrame(toy, Number(slider.value));
      announce(toy, "Driving frame " + toy.frame + " of " + toy.frames + ": the keypoints copy the driving cartoon's motion.", true);
    });
    toy.parts.play.addEventListener("click", function () { togglePlay(toy); });
    toy.parts.reset.addEventListener("click", function () {
      stop(toy);
      showFrame(toy, 1);
      announce(toy, "Reset: every keypoint is back where it started.");
    });
  }

  function build(figure, data, sourceImage, drivingImage) {
    var toy = {
      figure: figure, data: data, drivingImage: drivingImage, parts: findParts(figure),
      size: data.size, frames: data.driving.offsets.length, names: Object.keys(data.keypoints),
      positions: {}, markers: {}, frame: 1, timer: null, announceTimer: null, drawPending: false
    };
    makePictures(toy);
    readSource(toy, sourceImage);
    makeMarkers(toy);
    bindControls(toy);
    showFrame(toy, 1);
    // The before/after picture only stands in for the toy; the toy now shows the same thing live.
    var fallback = figure.querySelector(".widget__fallback");
    if (fallback) fallback.hidden = true;
    toy.parts.live.hidden = false;
    figure.setAttribute("data-motion-ready", "true");
  }

  function loadImage(url, done) {
    var image = new Image();
    image.onload = function () { done(image); };
    image.src = url;
  }

  function setUp(figure) {
    if (figure.hasAttribute("data-motion-started")) return;
    var link = figure.querySelector(".widget__data");
    if (!link || !window.HTMLCanvasElement) return;
    figure.setAttribute("data-motion-started", "true");
    window.deepfakeCourse.loadData(link.href, "courseMotionToy", function (data) {
      loadImage(data.source, function (sourceImage) {
        loadImage(data.driving.frames, function (drivingImage) {
          build(figure, data, sourceImage, drivingImage);
        });
      });
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(SELECTOR), setUp);
  }

  window.deepfakeCourse.onPage(init);
})();
