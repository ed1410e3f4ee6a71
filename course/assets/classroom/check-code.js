/* The hand-in summary's check code: CRC-32 of the normalised text.
 *
 * Pure, no page: used by hand-in.js (to sign a summary) and summary-format.js
 * (to check one), and by tests/js in Node. CRC-32 rather than a hash from
 * crypto.subtle, which pages opened from disk (file://) may lack. It catches
 * accidental and casual edits, not a determined forger.
 */
(function () {
  "use strict";

  var TABLE = (function () {
    var table = [], c, n, k;
    for (n = 0; n < 256; n++) {
      c = n;
      for (k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();

  // Lines as a reader sees them: spacing and blank lines do not count, every character does.
  function normalise(lines) {
    return lines.map(function (line) { return line.normalize("NFC").replace(/\s+/g, " ").trim(); })
      .filter(function (line) { return line; }).join("\n");
  }

  // CRC-32 (the one of zip and PNG) of a string's UTF-8 bytes.
  function crc32(text) {
    var bytes = new TextEncoder().encode(text), crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }

  // Eight lower-case hex digits for a summary's lines (the Check line itself excluded).
  function checkCode(lines) {
    return crc32(normalise(lines)).toString(16).padStart(8, "0");
  }

  var api = { normalise: normalise, crc32: crc32, checkCode: checkCode };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else window.deepfakeClassroom.checkCode = api;
})();
