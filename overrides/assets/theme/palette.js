/* Material for MkDocs' inline palette script, moved to a file for the CSP
 * (MIT, Martin Donath). Same steps, but a saved palette that is not what
 * Material writes (a corrupt or hand-edited entry) is removed instead of
 * throwing, so the page keeps its default colours. Removing it matters:
 * Material's own script, which runs later, reads the same entry and picks a
 * toggle by its "index", and would throw on one without a number there. */
(function () {
  try {
    var palette = __md_get("__palette");
    if (!palette) return;
    var valid = typeof palette === "object" && typeof palette.index === "number" && isFinite(palette.index) &&
      palette.color !== null && typeof palette.color === "object" && !Array.isArray(palette.color);
    if (!valid) {
      try { localStorage.removeItem(__md_scope.pathname + ".__palette"); } catch (e) { /* storage blocked */ }
      return;
    }
    var color = palette.color;
    if (color.media === "(prefers-color-scheme)") {
      var media = matchMedia("(prefers-color-scheme: light)");
      var input = document.querySelector(media.matches
        ? "[data-md-color-media='(prefers-color-scheme: light)']"
        : "[data-md-color-media='(prefers-color-scheme: dark)']");
      if (!input) return;
      color.media = input.getAttribute("data-md-color-media");
      color.scheme = input.getAttribute("data-md-color-scheme");
      color.primary = input.getAttribute("data-md-color-primary");
      color.accent = input.getAttribute("data-md-color-accent");
    }
    ["media", "scheme", "primary", "accent"].forEach(function (key) {
      if (typeof color[key] === "string") document.body.setAttribute("data-md-color-" + key, color[key]);
    });
  } catch (e) { /* keep the default palette */ }
})();
