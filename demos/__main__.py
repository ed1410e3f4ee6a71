"""``python -m demos``: regenerate every committed figure of the course."""

from __future__ import annotations

import importlib

from . import FIGURE_MODULES


def main() -> int:
    for name in FIGURE_MODULES:
        module = importlib.import_module(name)
        for path in module.write_all(module.DEFAULT_OUT_DIR):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
