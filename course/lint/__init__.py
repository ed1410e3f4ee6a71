"""Authoring lints over the whole course: answer cues, review dates, expired dates, cross-references, lessons, chapters.

``lint_course`` runs every rule and returns ``Problem``s (file, line, message).
``python -m course check`` prints them; the site build logs each once as a
warning (``log_course_problems``), so ``mkdocs build --strict`` fails on them.
A new rule is a function that returns problems, called from ``lint_course``.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import Problem, distinct
from ..quiz.collect import CollectedPage, chapter_paths, collect_page_cached, course_stamp
from ..quiz.errors import QuizError
from .chapters import chapter_problems
from .cues import LIMITS, CueLimits, CueReport, cue_report, measure
from .dates import expired_problems, resolve_today, reviewed_problems
from .lesson import lesson_problems
from .pairs import pairing_problems
from .prose import sentences
from .references import reference_problems

__all__ = ["CourseLint", "lint_course", "log_course_problems", "resolve_today"]

#: Under ``mkdocs.`` so that MkDocs counts these warnings and ``--strict`` fails the build.
log = logging.getLogger("mkdocs.course.lint")


@dataclass
class CourseLint:
    """What the lints found in one docs folder."""

    today: datetime.date
    cues: CueReport
    problems: list[Problem] = field(default_factory=list)
    """The lints' problems, each once, sorted."""
    errors: list[Problem] = field(default_factory=list)
    """Chapters that could not be read (malformed quizzes); they are left out of the cue statistics."""


def prose_files(docs_dir: Path) -> list[Path]:
    """The pages whose running text the prose rules read: chapters and everything for teachers."""
    return [*chapter_paths(docs_dir), *sorted((docs_dir / "instructors").rglob("*.md"))]


def quiz_paths(docs_dir: Path) -> list[Path]:
    """The pages whose quizzes the answer-cue statistics count: the chapters and the before and after checks."""
    from ..quiz.skillcheck import check_pages

    chapters = chapter_paths(docs_dir)
    return [*chapters, *(page.path for page in check_pages(docs_dir) if page.path not in chapters)]


def lint_course(
    docs_dir: Path,
    today: datetime.date | None = None,
    limits: CueLimits = LIMITS,
    markdown: Callable[[], object] | None = None,
) -> CourseLint:
    """Run every rule over the course in ``docs_dir``. Files are named as ``docs_dir`` is written."""
    today = today or resolve_today()
    pages, errors = _collect(docs_dir, markdown)
    cues = cue_report(measure(pages, str(docs_dir)), limits)
    problems = list(cues.problems)
    readable = {page.path: page for page in pages}
    for path in chapter_paths(docs_dir):
        problems += reviewed_problems(path, str(path))
        page = readable.get(path.resolve().relative_to(docs_dir.resolve()).as_posix())
        if page is not None:  # a chapter with a malformed quiz is reported as such
            problems += lesson_problems(page, path, str(path))
    problems += pairing_problems(docs_dir)
    problems += chapter_problems(docs_dir, readable)
    for path in prose_files(docs_dir):
        text = path.read_text(encoding="utf-8-sig")
        found = list(sentences(text))  # both prose rules read the same sentences: cut the page once
        problems += expired_problems(text, str(path), today, found)
        problems += reference_problems(text, str(path), found)
    return CourseLint(today=today, cues=cues, problems=distinct(problems), errors=distinct(errors))


def _collect(docs_dir: Path, markdown: Callable[[], object] | None) -> tuple[list[CollectedPage], list[Problem]]:
    """Every chapter that can be read, through the build's shared cache, and the problems of those that cannot."""
    from ..pages import make_markdown

    made: list[object] = []

    def converter() -> object:
        if not made:
            made.append(markdown() if markdown else make_markdown(str(docs_dir)))
        return made[0]

    pages, errors = [], []
    for path in quiz_paths(docs_dir):
        try:
            pages.append(collect_page_cached(path, docs_dir, converter))  # type: ignore[arg-type]
        except QuizError as error:
            errors.extend(error.as_problems())
    return pages, errors


# --- In the site build ----------------------------------------------------------------


#: Per docs folder: the state of the course (files' time stamp, today) whose problems were last logged.
_LOGGED: dict[Path, tuple[object, ...]] = {}


def log_course_problems(docs_dir: str) -> None:
    """Lint the course once per build (again in ``mkdocs serve`` after a change) and log each problem once.

    Called by the quiz extension for every page it converts; all but the first
    call of a build only compare a time stamp. Rendering does not depend on
    the outcome: the lint only logs.
    """
    root = Path(docs_dir)
    try:
        today = resolve_today()
    except ValueError as error:
        log.warning(f"COURSE_TODAY: {error}")
        today = datetime.date.today()
    key = (course_stamp(root), today)
    if _LOGGED.get(root.resolve()) == key:
        return
    _LOGGED[root.resolve()] = key
    try:
        report = lint_course(root, today)
    except Exception as error:  # noqa: BLE001 - a broken lint must not stop the build, but must not pass silently
        log.warning(f"the course lints could not run ({type(error).__name__}: {error}); run 'make check' for details")
        return
    # Malformed quizzes are not logged here: converting their own page raises them with file and line.
    log.info("Quiz answer cues: " + " | ".join(report.cues.summary()[:3]))
    for problem in report.problems:
        log.warning(str(problem))
