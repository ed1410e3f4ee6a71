"""One problem found in the course: a file, a line and what is wrong there.

Every check speaks this type — malformed quizzes (``QuizError``), answer
cues, expired dates, cross-references by position, missing review dates — so
``python -m course check`` and the site build report them the same way, and a
new rule plugs in by returning more of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_WHERE = re.compile(r"^(?P<file>[^\n:]+):(?P<line>\d+): (?P<message>.*)$", re.DOTALL)


@dataclass(frozen=True, order=True)
class Problem:
    """``file:line: message``. ``file`` may be empty when the text came from nowhere on disk."""

    file: str
    line: int
    message: str

    @classmethod
    def parse(cls, text: str) -> Problem:
        """A problem from an error's ``file:line: message`` text (or the whole text, at no file)."""
        match = _WHERE.match(text)
        if match is None:
            return cls("", 0, text)
        return cls(match["file"], int(match["line"]), match["message"])

    def __str__(self) -> str:
        if self.file:
            return f"{self.file}:{self.line}: {self.message}"
        return f"line {self.line}: {self.message}"


def distinct(problems: Iterable[Problem]) -> list[Problem]:
    """Each problem once, sorted by file, line and message.

    A chapter's quiz is also shown on its answer key, its worksheet, the whole
    course and the classroom pages, which all raise the chapter's mistakes again.
    """
    return sorted(set(problems))


def total(problems: list[Problem]) -> str:
    """One line: how many problems in how many files."""
    files = len({problem.file for problem in problems})
    noun = "problem" if len(problems) == 1 else "problems"
    where = "file" if files == 1 else "files"
    return f"{len(problems)} {noun} in {files} {where}."
