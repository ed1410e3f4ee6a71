"""The course's one chapter list: the "Chapters" section of ``mkdocs.yml``'s nav, in order.

Everything that lists chapters follows it: the progress page, the classroom
tools' course index, the exports, the lints and the checks that the answer
keys, worksheets, lesson notes and teacher pages cover every chapter. A new
chapter is a Markdown file and its nav entry (see AUTHORING.md, "Add a
chapter"); nothing else keeps a list of its own.

The settings file is the one MkDocs runs with, found as the extensions' own
folder options are (``course.pages.find_config``), or the one a caller names.
It describes its own docs folder only: for a folder it does not describe
(a test's scratch folder of chapters), the chapters are that folder's
``chapters/NN-*.md`` files in file-name order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.utils.yaml import get_yaml_loader

from .pages import CONFIG_NAME, find_config

#: The nav section that holds the chapters.
SECTION = "Chapters"


@dataclass(frozen=True)
class NavChapters:
    """The chapters a settings file lists, as paths relative to its docs folder, and where."""

    config: Path
    docs_dir: Path
    paths: tuple[str, ...]
    lines: tuple[int, ...]
    """The line of each entry in the settings file (the section's line when not found)."""
    section_line: int


def _entry_path(item: object) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict) and len(item) == 1:
        value = next(iter(item.values()))
        return value if isinstance(value, str) else None
    return None


def read_nav(config_file: Path) -> NavChapters | None:
    """The "Chapters" section of ``config_file``'s nav, or None if it has none."""
    text = config_file.read_text(encoding="utf-8")
    config = yaml.load(text, Loader=get_yaml_loader()) or {}  # noqa: S506 - MkDocs' safe loader with !ENV
    section = None
    for entry in config.get("nav") or []:
        if isinstance(entry, dict) and SECTION in entry and isinstance(entry[SECTION], list):
            section = entry[SECTION]
            break
    if section is None:
        return None
    paths = tuple(path for path in (_entry_path(item) for item in section) if path)
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip().startswith(f"- {SECTION}:")), 0)
    found = []
    for path in paths:
        found.append(next((i + 1 for i in range(start, len(lines)) if lines[i].rstrip().endswith(path)), start + 1))
    docs = config_file.parent / str(config.get("docs_dir", "docs"))
    return NavChapters(config_file, docs, paths, tuple(found), start + 1)


def _candidates(docs_dir: Path, config_file: Path | None) -> list[Path]:
    """The settings files that may describe ``docs_dir``: the caller's, else MkDocs' own, else the nearest above it."""
    if config_file:
        return [Path(config_file)]
    found = []
    try:
        found.append(find_config(docs_dir))
    except FileNotFoundError:
        pass
    found += [folder / CONFIG_NAME for folder in docs_dir.resolve().parents if (folder / CONFIG_NAME).is_file()]
    return found


def nav_for(docs_dir: str | Path, config_file: Path | None = None) -> NavChapters | None:
    """The nav's chapters from the first settings file that describes ``docs_dir`` (see ``_candidates``), else None."""
    root = Path(docs_dir).resolve()
    for config in _candidates(Path(docs_dir), config_file):
        key = config.resolve()
        try:
            stamp = key.stat().st_mtime_ns
        except OSError:
            continue
        cached = _NAVS.get(key)
        if cached is None or cached[0] != stamp:
            cached = (stamp, read_nav(key))
            _NAVS[key] = cached
        nav = cached[1]
        if nav is not None and nav.docs_dir.resolve() == root:
            return nav
    return None


#: Navs already read, by settings file, with the modification time they were read at.
_NAVS: dict[Path, tuple[int, NavChapters | None]] = {}


def chapter_paths(docs_dir: str | Path, config_file: Path | None = None) -> list[Path]:
    """The course's chapter files in course order: the nav's "Chapters" section.

    Files are ``docs_dir / path``, so they are named as ``docs_dir`` is written.
    """
    root = Path(docs_dir)
    nav = nav_for(root, config_file)
    if nav is None:
        return sorted((root / "chapters").glob("[0-9][0-9]-*.md"))
    return [root / path for path in nav.paths]


# --- The pages every chapter has for teachers ------------------------------------------------

#: Folder of the lesson notes under the docs folder: ``instructors/notes/<chapter's file name>``.
NOTES = "instructors/notes"


@dataclass(frozen=True)
class Companion:
    """A printable page each chapter has, made from one template: ``<folder>/<chapter's file name>``."""

    folder: str
    block: str
    title: str
    description: str

    def text(self, chapter: str, number: int) -> str:
        """The page for ``chapter`` (``chapters/04-gans.md``), chapter ``number`` of the course."""
        return (
            "---\n"
            f'title: "{self.title}: chapter {number}"\n'
            f'description: "{self.description.format(number=number)}"\n'
            "search:\n"
            "  exclude: true\n"
            "---\n\n"
            f"/// {self.block} | {chapter}\n"
            "///\n"
        )


COMPANIONS: tuple[Companion, ...] = (
    Companion(
        "instructors/answer-keys",
        "answer-key",
        "Answer key",
        "Every question of chapter {number} with its right answers, why each option is right or wrong, and sources. For teachers.",
    ),
    Companion(
        "instructors/worksheets",
        "worksheet",
        "Worksheet",
        "The questions of chapter {number} to print and answer on paper, without the answers.",
    ),
    Companion(
        "instructors/handouts/vocabulary",
        "vocabulary",
        "Vocabulary",
        "The glossary's words for chapter {number}, with their meanings, to print.",
    ),
)


def missing_companions(docs_dir: str | Path) -> dict[Path, str]:
    """The answer keys, worksheets and vocabulary lists that nav chapters lack, with the text each should have."""
    root = Path(docs_dir)
    missing = {}
    for number, path in enumerate(chapter_paths(root), start=1):
        chapter = path.relative_to(root).as_posix()
        for companion in COMPANIONS:
            page = root / companion.folder / path.name
            if not page.exists():
                missing[page] = companion.text(chapter, number)
    return missing


def write_companions(docs_dir: str | Path) -> list[Path]:
    """Write every missing answer key, worksheet and vocabulary list; returns the files written."""
    written = []
    for page, text in missing_companions(docs_dir).items():
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
        written.append(page)
    return written
