"""Scripts that generate every figure, image, animation and sound the course uses, reproducibly.

Two kinds of module, with the same interface: ``DEFAULT_OUT_DIR`` (its folder
under ``docs/media/``) and ``write_all(out_dir) -> list[Path]``.

- ``FIGURE_MODULES`` draw SVG diagrams by hand. They are fast and need only
  the standard library, so the tests regenerate every one and compare bytes.
- ``MEDIA_MODULES`` make raster images, animations, audio and widget data:
  they train small networks with NumPy, read freely usable sample photos,
  or call espeak-ng. ``make media`` regenerates them (a few minutes on two
  cores). A module that sets ``CHECKED_BY_TESTS = True`` is cheap and
  machine-independent, and the tests regenerate it too. Training results
  depend on floating-point details of the CPU, so trained modules are
  checked by their own smaller tests instead.

Every media module also sets ``SEED`` (``None`` if nothing is random) and may
set ``LICENCE`` (default: made by this project, CC BY-SA 4.0) or
``LICENCES`` (per file name) for material that comes from elsewhere.
``python -m demos catalogue`` writes ``demos/MEDIA.md`` from them.
"""

FIGURE_MODULES = (
    "demos.scenes",
    "demos.ch02_learning",
    "demos.ch03_autoencoders",
    "demos.ch04_gans",
    "demos.ch05_motion",
    "demos.ch06_diffusion",
    "demos.ch07_history",
    "demos.ch08_cheapfakes",
    "demos.ch09_harms",
    "demos.ch10_law",
    "demos.ch11_eyes",
    "demos.ch12_source",
    "demos.ch13_provenance",
    "demos.ch14_challenge",
)

#: One entry per media module, in the order ``make media`` runs them (later
#: modules may reuse what earlier ones wrote, e.g. the trained autoencoder).
MEDIA_MODULES: tuple[str, ...] = (
    "demos.cartoon",
    "demos.autoencoder",
    "demos.gan",
    "demos.motion",
    "demos.photos",
    "demos.audio",
    "demos.bank",
)

#: The licence of everything the project makes itself.
PROJECT_LICENCE = "CC BY-SA 4.0 (made by this project)"
