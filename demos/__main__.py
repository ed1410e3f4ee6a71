"""``python -m demos [figures|media|catalogue|all]``: regenerate the course's media.

``figures`` (the default) redraws the SVG diagrams in seconds. ``media``
regenerates the trained, photographic and audio media (minutes; needs the
``media`` extra and espeak-ng). ``catalogue`` rewrites ``demos/MEDIA.md``.
``all`` does the three in that order; ``make media`` runs it.
"""

from __future__ import annotations

import argparse
import importlib
import time

from . import FIGURE_MODULES, MEDIA_MODULES, catalogue


def regenerate(names: tuple[str, ...]) -> None:
    for name in names:
        started = time.perf_counter()
        module = importlib.import_module(name)
        paths = module.write_all(module.DEFAULT_OUT_DIR)
        print(f"{name}: {len(paths)} files in {time.perf_counter() - started:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demos", description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", choices=("figures", "media", "catalogue", "all"), default="figures")
    what = parser.parse_args(argv).what
    if what in ("figures", "all"):
        regenerate(FIGURE_MODULES)
    if what in ("media", "all"):
        regenerate(MEDIA_MODULES)
    if what in ("catalogue", "all"):
        print(catalogue.write())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
