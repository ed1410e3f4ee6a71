"""The real-or-fake item bank: media whose true story the course knows, for quizzes to reference.

A real-or-fake question is only honest if the course knows for certain what
the reader is looking at. Each item in the bank (``demos/items.yaml``) records
the media file, its alt text, its true status, how it was made and where it
came from. A quiz writes ``item: <id>``; the extension then shows the item's
picture in the question, checks that the answer marked right agrees with the
item's status, and after the reader answers reveals how the item was made.
"""

from __future__ import annotations

import difflib
import enum
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import QuizError, SourceFile

RE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FIELDS = ("id", "media", "alt", "status", "made", "provenance", "licence")


class Status(enum.Enum):
    """What an item really is."""

    REAL = "real"
    """Unaltered media, shown with its true context."""
    EDITED = "edited"
    """Real media changed after capture: cropped, spliced, retouched, slowed."""
    GENERATED = "generated"
    """Made from scratch by a model or program."""

    @property
    def answer(self) -> str:
        """The real-or-fake answer that matches this status (the key authors write)."""
        return "real" if self is Status.REAL else "fake"


@dataclass(frozen=True)
class Item:
    """One entry of the bank. ``media`` is relative to the docs folder."""

    id: str
    media: str
    alt: str
    status: Status
    made: str
    provenance: str
    licence: str
    line: int


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that remembers the line of every mapping, for error messages."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def load_items(path: Path, docs_dir: Path) -> dict[str, Item]:
    """Read and check the bank; every problem names the file and line."""
    source = SourceFile(str(path), 0)

    def fail(problem: str, line: int) -> QuizError:
        return QuizError(problem, line, source)

    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise fail(f"the item bank is not valid YAML ({getattr(error, 'problem', 'cannot be read')})", mark.line + 1 if mark else 1) from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise fail("the item bank must have an 'items:' list", 1)
    items: dict[str, Item] = {}
    for entry in data["items"]:
        line = entry.get("__line__", 1) if isinstance(entry, dict) else 1
        if not isinstance(entry, dict):
            raise fail("each item must be a mapping of 'key: value' lines", line)
        unknown = [key for key in entry if key not in FIELDS and key != "__line__"]
        if unknown:
            close = difflib.get_close_matches(unknown[0], FIELDS, n=1)
            raise fail(f"unknown item field '{unknown[0]}'" + (f" (did you mean '{close[0]}'?)" if close else ""), line)
        missing = [key for key in FIELDS if not str(entry.get(key) or "").strip()]
        if missing:
            raise fail(f"item '{entry.get('id', '?')}' needs '{missing[0]}'", line)
        ident = str(entry["id"])
        if not RE_ID.match(ident):
            raise fail(f"item id {ident!r} must be lowercase letters, digits and single hyphens", line)
        if ident in items:
            raise fail(f"item id '{ident}' is used twice (first on line {items[ident].line})", line)
        try:
            status = Status(entry["status"])
        except ValueError:
            raise fail(f"item '{ident}': status must be one of {', '.join(s.value for s in Status)}", line) from None
        media = str(entry["media"])
        if not (docs_dir / media).is_file():
            raise fail(f"item '{ident}': media file {docs_dir / media} not found", line)
        items[ident] = Item(
            ident, media, str(entry["alt"]), status, str(entry["made"]), str(entry["provenance"]), str(entry["licence"]), line
        )
    return items
