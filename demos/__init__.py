"""Scripts that generate every figure the course shows, reproducibly.

Each figure module exposes ``DEFAULT_OUT_DIR`` (its folder under
``docs/media/``) and ``write_all(out_dir)``. List new modules in
``FIGURE_MODULES`` so ``python -m demos`` regenerates them and the tests check
that the committed files match what the code draws.
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
