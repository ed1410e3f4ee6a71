"""Errors that point authors at the exact place to fix.

Python-Markdown neither knows which file it is converting nor keeps line
numbers, and MkDocs strips a page's front matter before converting it. So the
quiz extension counts lines itself, and when something is wrong it looks for
the Markdown source under ``docs_dir`` to turn "line 12 of the text I was
given" into "docs/chapters/01-x.md, line 19". This lookup happens only on the
error path, so it costs nothing in a good build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..problems import Problem


class QuizError(ValueError):
    """Bad quiz input. The message names the file (when known), the line and the problem."""

    def __init__(
        self, problem: str, line: int, source: "SourceFile | None" = None, related: tuple[int, ...] = ()
    ) -> None:
        self.problem = problem
        self.line = line
        self.source = source
        self.related = related
        super().__init__(self._message())

    def as_problem(self) -> Problem:
        """The error as the course's shared problem type (file, line in that file, message).

        ``problem`` may say ``{related}``: other lines involved, shifted like ``line``.
        """
        offset = self.source.offset if self.source is not None else 0
        problem = self.problem.replace("{related}", ", ".join(str(n + offset) for n in self.related))
        return Problem(self.source.path if self.source is not None else "", self.line + offset, problem)

    def _message(self) -> str:
        return str(self.as_problem())

    def located(self, source: "SourceFile | None") -> "QuizError":
        """The same error, now naming the file it came from."""
        return QuizError(self.problem, self.line, source, self.related) if source is not None else self


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
    root = Path(docs_dir)
    for path in sorted(root.rglob("*.md")):
        try:
            content = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        except OSError:
            continue
        stripped = content.rstrip("\n")
        if stripped.endswith(body):
            before = stripped[: len(stripped) - len(body)]
            leading = len(text) - len(text.lstrip("\n"))
            return SourceFile(str(path), before.count("\n") - leading)
    return None
