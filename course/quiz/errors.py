"""Errors that point authors at the exact place to fix.

Python-Markdown neither knows which file it is converting nor keeps line
numbers, and MkDocs strips a page's front matter before converting it. So the
quiz extension counts lines itself, and when something is wrong it looks for
the Markdown source under ``docs_dir`` to turn "line 12 of the text I was
given" into "docs/chapters/01-x.md, line 19". Blocks that need their page's
folder (teaching blocks, quiz images) use the same lookup in a good build, so
the files' texts are read once per build (``_sources``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..problems import Problem, distinct

try:  # MkDocs prints its BuildError as a one-line message, without a traceback, and names no other page
    from mkdocs.exceptions import BuildError as _Base
except ImportError:  # the extensions also work without MkDocs
    _Base = Exception  # type: ignore[assignment,misc]


class QuizError(ValueError, _Base):
    """Bad input in a course page. The message names the file (when known), the line and the problem.

    When MkDocs is installed this is also its ``BuildError``, so ``mkdocs build``
    stops with the message alone rather than a traceback.
    """

    def __init__(
        self, problem: str, line: int, source: SourceFile | None = None, related: tuple[int, ...] = ()
    ) -> None:
        self.problem = problem
        self.line = line
        self.source = source
        self.related = related
        self.message = self._message()  # what MkDocs (click) prints
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def as_problem(self) -> Problem:
        """The error as the course's shared problem type (file, line in that file, message).

        ``problem`` may say ``{related}``: other lines involved, shifted like ``line``.
        """
        offset = self.source.offset if self.source is not None else 0
        problem = self.problem.replace("{related}", ", ".join(str(n + offset) for n in self.related))
        return Problem(self.source.path if self.source is not None else "", self.line + offset, problem)

    def as_problems(self) -> list[Problem]:
        """Every problem this error reports (several for ``QuizErrors``)."""
        return [self.as_problem()]

    def _message(self) -> str:
        return str(self.as_problem())

    def located(self, source: SourceFile | None) -> QuizError:
        """The same error, now naming the file it came from."""
        return type(self)(self.problem, self.line, source, self.related) if source is not None else self


class QuizErrors(QuizError):
    """Several problems on one page, reported together: one ``file:line: problem`` line each."""

    def __init__(self, errors: list[QuizError]) -> None:
        self.errors = [part for error in errors for part in (error.errors if isinstance(error, QuizErrors) else [error])]
        first = min(self.errors, key=lambda error: error.as_problem())
        super().__init__(first.problem, first.line, first.source, first.related)

    def as_problems(self) -> list[Problem]:
        return distinct(problem for error in self.errors for problem in error.as_problems())

    def _message(self) -> str:
        return "\n".join(str(problem) for problem in self.as_problems())

    def located(self, source: SourceFile | None) -> QuizError:
        return QuizErrors([error.located(source) if error.source is None else error for error in self.errors])


@dataclass(frozen=True)
class SourceFile:
    """Where converted text came from: the file, and how many lines precede it there."""

    path: str
    offset: int


def locate_source(text: str, docs_dir: str | None) -> SourceFile | None:
    """Find the Markdown file under ``docs_dir`` whose body is ``text``.

    Engines strip front matter (and surrounding blank lines) before converting,
    so the match is on the end of the file; the lines before the match are the
    offset to add to line numbers counted in ``text``.
    """
    if not docs_dir:
        return None
    body = text.strip("\n")
    if not body:
        return None
    for path, stripped in _sources(docs_dir):
        if stripped.endswith(body):
            before = stripped[: len(stripped) - len(body)]
            leading = len(text) - len(text.lstrip("\n"))
            return SourceFile(str(path), before.count("\n") - leading)
    return None


#: Per docs folder (as written): the course time stamp and every Markdown file's text, as ``_sources`` read them.
_SOURCES: dict[str | Path, tuple[tuple[int, ...], list[tuple[Path, str]]]] = {}


def _sources(docs_dir: str | Path) -> list[tuple[Path, str]]:
    """Every Markdown file under ``docs_dir`` in name order, with its text (newlines normalised, end stripped).

    Not only errors look pages up: the teaching blocks, quiz images and the
    classroom tools find their page's folder here, on some fifty pages of a
    build. Reading every file for each of them cost more than the rest of the
    lookup, so the texts are kept until a file changes (``course_stamp``,
    as the chapter cache does; ``mkdocs serve`` reads them again after a change).
    """
    from .collect import course_stamp  # here, not above: collect needs MkDocs, and these errors work without it

    stamp = course_stamp(Path(docs_dir))
    cached = _SOURCES.get(docs_dir)
    if cached is None or cached[0] != stamp:
        files = []
        for path in sorted(Path(docs_dir).rglob("*.md")):
            try:
                files.append((path, path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").rstrip("\n")))
            except OSError:
                continue
        cached = (stamp, files)
        _SOURCES[docs_dir] = cached
    return cached[1]
