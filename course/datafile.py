"""What the course's YAML data files share: reading them with line numbers, and checking their values.

The help services (``docs/help-services.yaml``) and the check-it-yourself
tasks (``docs/check-tasks.yaml``) are data files that schools and authors edit
by hand, outside any Markdown page. Both need the same things — a clear
``file:line: problem`` for a typo, a reload when the file changes under
``mkdocs serve``, only https links, and a "checked" month shown in the
course's words — so those live here once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .quiz.errors import QuizError, SourceFile
from .quiz.items import _LineLoader

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
#: A "checked" value: the year and month someone last checked the entry, e.g. ``2026-12``.
RE_CHECKED = re.compile(r"^(\d{4})-(\d{2})$")

#: Makes the error for a problem at a line of the data file.
Fail = Callable[[str, int], QuizError]


def did_you_mean(word: str, choices: Iterable[Any]) -> str:
    """`` (did you mean 'alt'?)`` when a known word is close to ``word``, else nothing."""
    close = difflib.get_close_matches(word, [str(choice) for choice in choices], n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def is_https(value: str) -> bool:
    """Only https: the course sends readers to no page over an unencrypted link."""
    url = urlsplit(value)
    return url.scheme == "https" and bool(url.netloc) and " " not in value


def is_month(value: str) -> bool:
    """Whether ``value`` is a ``YYYY-MM`` month with a real month number."""
    match = RE_CHECKED.match(value)
    return bool(match) and 1 <= int(match[2]) <= 12


def month_words(value: str) -> str:
    """``2026-12`` as "December 2026", as the course writes dates."""
    year, month = value.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def stamp(path: str, what: str, option: str) -> int:
    """The file's modification time, for caching its parsed data until it changes.

    ``what`` names the file for the reader ("help-services") and ``option`` the
    extension option that points to it, so a missing file says where to look.
    """
    try:
        return Path(path).stat().st_mtime_ns
    except OSError:
        raise QuizError(f"the {what} data file {path} does not exist ({option} option 'data')", 0) from None


def read_list(path: str, key: str, noun: str) -> tuple[list[dict[str, Any]], Fail]:
    """The file's ``key:`` list of mappings (each with its ``__line__``), and the ``fail`` for its problems."""
    source = SourceFile(path, 0)

    def fail(problem: str, line: int) -> QuizError:
        return QuizError(problem, line, source)

    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise fail(f"not valid YAML ({getattr(error, 'problem', 'cannot be read')})", mark.line + 1 if mark else 1) from None
    if not isinstance(data, dict) or not isinstance(data.get(key), list) or not data[key]:
        raise fail(f"the file must have a '{key}:' list with at least one {noun}", 1)
    for entry in data[key]:
        if not isinstance(entry, dict):
            raise fail(f"each {noun} must be a mapping of 'key: value' lines", 1)
    return data[key], fail
