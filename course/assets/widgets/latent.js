/* The latent-space explorer: sliders move a code through the course autoencoder's
 * code space, and the chosen decoder draws it live on a canvas.
 *
 * The decoder is the one trained by demos/autoencoder.py, read from the
 * decoder.js it writes (loaded with a <script> element, because fetch() does
 * not work from file://). decode() below does exactly what decode_exported()
 * in that script does, in the same order, in double precision, so the faces
 * here match the figures in the chapter; a browser test checks this.
 */
(function () {
  "use strict";

  var SELECTOR = '[data-widget="latent-explorer"]';
  var GLOBAL = "courseLatentDecoder";
  var ANNOUNCE_DELAY_MS = 700;
  var NAMES = { ada: "Ada", bo: "Bo" };
  var weightsCache = {};
  var widgetCount = 0;

  // --- The decoder (mirrors decode_exported in demos/autoencoder.py) --------

  function dequantise(entry) {
    var raw = atob(entry.data), out = new Float64Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      var byte = raw.charCodeAt(i);
      out[i] = (byte > 127 ? byte - 256 : byte) * entry.scale;
    }
    return out;
  }

  function weights(data, name) {
    if (!weightsCache[name]) weightsCache[name] = data.decoders[name].map(dequantise);
    return weightsCache[name];
  }

  function leaky(value, slope) { return value > 0 ? value : value * slope; }

  /* Dense layer: out[j] = b[j] + sum_i x[i] * w[i][j] (w stored row by row). */
  function dense(x, w, b, slope) {
    var n = b.length, out = new Float64Array(n);
    for (var j = 0; j < n; j++) {
      var sum = 0;
      for (var i = 0; i < x.length; i++) sum += x[i] * w[i * n + j];
      out[j] = leaky(sum + b[j], slope);
    }
    return out;
  }

  /* Nearest-neighbour doubling of a side x side x c map. */
  function upsample(x, side, c) {
    var out = new Float64Array(4 * side * side * c);
    for (var y = 0; y < 2 * side; y++)
      for (var xx = 0; xx < 2 * side; xx++)
        for (var k = 0; k < c; k++) out[(y * 2 * side + xx) * c + k] = x[((y >> 1) * side + (xx >> 1)) * c + k];
    return out;
  }

  /* 3 x 3 convolution with zero padding; weights indexed [(dy * 3 + dx) * cIn + k][cOut]. */
  function conv(x, side, cIn, w, b, slope) {
    var cOut = b.length, out = new Float64Array(side * side * cOut);
    for (var y = 0; y < side; y++) {
      for (var xx = 0; xx < side; xx++) {
        for (var o = 0; o < cOut; o++) {
          var sum = 0;
          for (var dy = 0; dy < 3; dy++) {
            var sy = y + dy - 1;
            if (sy < 0 || sy >= side) continue;
            for (var dx = 0; dx < 3; dx++) {
              var sx = xx + dx - 1;
              if (sx < 0 || sx >= side) continue;
              var base = (sy * side + sx) * cIn, row = (dy * 3 + dx) * cIn;
              for (var k = 0; k < cIn; k++) sum += x[base + k] * w[(row + k) * cOut + o];
            }
          }
          out[(y * side + xx) * cOut + o] = slope === null ? sum + b[o] : leaky(sum + b[o], slope);
        }
      }
    }
    return out;
  }

  /* Decode one code: returns image x image x 3 values from 0 to 1, row by row. */
  function decode(data, name, code) {
    var w = weights(data, name), c = data.channels, slope = data.slope;
    var side = data.image / 4, image = data.image;
    var x = dense(code, w[0], w[1], slope);
    x = upsample(x, side, c[0]);
    x = conv(x, 2 * side, c[0], w[2], w[3], slope);
    x = conv(x, 2 * side, c[1], w[4], w[5], null);
    // Each pixel's 12 channels fill a 2 x 2 block of 3 colours.
    var out = new Float64Array(image * image * 3), half = 2 * side;
    for (var y = 0; y < half; y++)
      for (var xx = 0; xx < half; xx++)
        for (var k = 0; k < 12; k++) {
          var oy = 2 * y + Math.floor(k / 6);
          var ox = 2 * xx + Math.floor(k / 3) % 2;
          out[(oy * image + ox) * 3 + k % 3] = 1 / (1 + Math.exp(-x[(y * half + xx) * 12 + k]));
        }
    return out;
  }

  function codeFor(data, amounts) {
    var code = data.mean.slice();
    amounts.forEach(function (amount, d) {
      for (var i = 0; i < code.length; i++) code[i] += amount * data.directions[d][i];
    });
    return code;
  }

  // --- The widget ------------------------------------------------------------

  function describeAmount(value) {
    var text = Math.abs(value).toFixed(1);
    return value > 0 ? "+" + text : value < 0 ? "−" + text : "0.0";
  }

  function build(figure, data) {
    var live = figure.querySelector(".widget__live");
    var holder = figure.querySelector(".latent-explorer__picture");
    var status = figure.querySelector(".latent-explorer__status");
    var sliders = Array.prototype.slice.call(figure.querySelectorAll('input[type="range"]'));
    var radios = Array.prototype.slice.call(figure.querySelectorAll('input[type="radio"]'));
    var reset = figure.querySelector(".latent-explorer__reset");
    if (!live || !holder || !status || !sliders.length || !radios.length) return;
    widgetCount += 1;
    radios.forEach(function (radio) { radio.name = "latent-explorer-decoder-" + widgetCount; });

    var canvas = document.createElement("canvas");
    canvas.width = data.image;
    canvas.height = data.image;
    canvas.setAttribute("role", "img");
    holder.appendChild(canvas);
    var context = canvas.getContext("2d");
    var pixels = context.createImageData(data.image, data.image);
    var timer = null;

    function chosen() {
      var checked = radios.filter(function (radio) { return radio.checked; })[0];
      return checked ? checked.value : radios[0].value;
    }

    function state() {
      var amounts = sliders.map(function (slider) { return Number(slider.value); });
      var parts = amounts.map(function (a, d) { return "direction " + (d + 1) + " " + describeAmount(a); });
      return { name: chosen(), amounts: amounts, text: NAMES[chosen()] + "'s decoder, " + parts.join(", ") };
    }

    function draw(announce) {
      var now = state();
      var values = decode(data, now.name, codeFor(data, now.amounts));
      for (var i = 0, j = 0; i < values.length; i += 3, j += 4) {
        pixels.data[j] = Math.round(values[i] * 255);
        pixels.data[j + 1] = Math.round(values[i + 1] * 255);
        pixels.data[j + 2] = Math.round(values[i + 2] * 255);
        pixels.data[j + 3] = 255;
      }
      context.putImageData(pixels, 0, 0);
      canvas.setAttribute("aria-label", "A cartoon face drawn by " + now.text + ".");
      figure.setAttribute("data-latent-state", now.name + " " + now.amounts.join(" "));
      sliders.forEach(function (slider, d) {
        var text = describeAmount(now.amounts[d]);
        slider.setAttribute("aria-valuetext", text);
        var shown = slider.closest(".latent-explorer__slider").querySelector(".latent-explorer__value");
        if (shown) shown.textContent = text;
      });
      if (announce) {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { status.textContent = "Showing " + now.text + "."; }, ANNOUNCE_DELAY_MS);
      }
    }

    sliders.forEach(function (slider) { slider.addEventListener("input", function () { draw(true); }); });
    radios.forEach(function (radio) { radio.addEventListener("change", function () { draw(true); }); });
    reset.addEventListener("click", function () {
      sliders.forEach(function (slider) { slider.value = "0"; });
      draw(true);
    });
    draw(false);
    // The grid only stands in for the explorer; the explorer now shows the same idea live.
    var fallback = figure.querySelector(".widget__fallback");
    if (fallback) fallback.hidden = true;
    live.hidden = false;
  }

  function init() {
    var figures = document.querySelectorAll(SELECTOR);
    Array.prototype.forEach.call(figures, function (figure) {
      if (figure.getAttribute("data-ready")) return;
      var link = figure.querySelector("a.widget__data");
      if (!link) return;
      figure.setAttribute("data-ready", "loading");
      window.deepfakeCourse.loadData(link.href, GLOBAL, function (data) {
        build(figure, data);
        figure.setAttribute("data-ready", "true");
      });
    });
  }

  // For the browser test that compares this decoder with NumPy's.
  window.courseLatentExplorer = { decode: decode, codeFor: codeFor };

  window.deepfakeCourse.onPage(init);
})();
