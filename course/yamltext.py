"""YAML read from the course's own text: front matter, block options and data files.

A build reads YAML about two thousand times (every quiz's options, every
page's front matter), so it uses libyaml's loader where PyYAML was built with
it, and the pure-Python one otherwise. Both are the safe loader and give the
same values. Their error messages differ (libyaml's names a later line and
words the problem differently), so text libyaml refuses is read again by the
pure-Python loader, whose message and line authors see: errors are rare, and
every message stays as AUTHORING.md shows it.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load``, with the fastest safe loader installed and the pure-Python loader's errors."""
    try:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python
    except yaml.YAMLError:
        return yaml.safe_load(text)  # raises the error with the usual message and line
