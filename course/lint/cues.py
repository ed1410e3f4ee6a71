"""Answer cues: can a reader pass the course's quizzes by test-taking tricks alone?

Readers learn fast that the right answer is the longest, most careful option,
or usually sits in position B, or that true/false statements are usually
false. None of these tricks should work here. This module measures them over
every chapter's quiz, as the pages render (option lengths are the visible
text), and names the questions that most need to change when the course
crosses a limit (``CueLimits``).

Only the course as a whole is judged: one long right answer is fine, a habit
is not. A question whose cue is intended (the right answer must list three
steps, say) is exempted with ``cue-ok: <reason>`` in its header and left out
of the statistics.
"""

from __future__ import annotations

import html
import math
import re
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import zip_longest

from ..problems import Problem
from ..quiz.collect import CollectedPage, CollectedQuestion
from ..quiz.model import QuestionType

POSITIONS = "ABCDEFGH"


@dataclass(frozen=True)
class CueLimits:
    """What the course as a whole may show. Shares are fractions of the questions of one type."""

    #: Single choice: the right answer is strictly the longest option in at most this share of questions.
    longest_share: float = 0.35
    #: Single choice: on average, the right answer is at most this many times the mean length of the wrong ones.
    length_ratio: float = 1.25
    #: Single choice: each of the positions A to D holds at least / at most this share of the right answers.
    position_min: float = 0.12
    position_max: float = 0.40
    #: How many positions the position rule covers (A-D); later positions are counted but not judged.
    positions: int = 4
    #: True/false: this share of statements are true, at least / at most.
    true_min: float = 0.30
    true_max: float = 0.70
    #: Select all that apply: the right options all come before the wrong ones in at most this share.
    right_first_share: float = 0.40
    #: With fewer questions of a type than this, its shares mean nothing and are not judged (still printed).
    min_questions: int = 5


LIMITS = CueLimits()


@dataclass(frozen=True)
class Measured:
    """One question reduced to what the cues look at."""

    file: str
    line: int
    id: str
    type: QuestionType
    lengths: tuple[int, ...]
    correct: tuple[bool, ...]
    exempt: str = ""

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def right_length(self) -> int:
        return next(length for length, right in zip(self.lengths, self.correct) if right)

    @property
    def wrong_lengths(self) -> list[int]:
        return [length for length, right in zip(self.lengths, self.correct) if not right]

    @property
    def ratio(self) -> float:
        """Right answer's length over the mean length of the wrong ones."""
        return self.right_length / max(statistics.mean(self.wrong_lengths), 1)

    @property
    def longest(self) -> bool:
        return all(self.right_length > length for length in self.wrong_lengths)

    @property
    def position(self) -> int:
        return self.correct.index(True)

    @property
    def right_first(self) -> bool:
        count = sum(self.correct)
        return list(self.correct[:count]) == [True] * count and count < len(self.correct)


@dataclass
class CueReport:
    """The course's cue statistics and the problems they raise."""

    limits: CueLimits
    single: list[Measured] = field(default_factory=list)
    true_false: list[Measured] = field(default_factory=list)
    multiple: list[Measured] = field(default_factory=list)
    exempt: list[Measured] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def longest_share(self) -> float:
        return _share(sum(q.longest for q in self.single), len(self.single))

    @property
    def mean_ratio(self) -> float:
        return statistics.mean(q.ratio for q in self.single) if self.single else 0.0

    @property
    def position_shares(self) -> list[float]:
        width = max([self.limits.positions, *(len(q.correct) for q in self.single)])
        return [_share(sum(q.position == index for q in self.single), len(self.single)) for index in range(width)]

    @property
    def true_share(self) -> float:
        return _share(sum(q.correct[0] for q in self.true_false), len(self.true_false))

    @property
    def right_first_share(self) -> float:
        return _share(sum(q.right_first for q in self.multiple), len(self.multiple))

    def summary(self) -> list[str]:
        """A few lines for the check's output: every statistic next to its limit."""
        limits, lines = self.limits, []
        if self.single:
            shares = self.position_shares
            judged = " ".join(f"{POSITIONS[i]} {_pct(s)}" for i, s in enumerate(shares[: limits.positions]))
            later = "".join(f", {POSITIONS[i]} {_pct(s)}" for i, s in enumerate(shares) if i >= limits.positions and s)
            lines.append(
                f"single choice ({len(self.single)}): right answer the longest option in {_pct(self.longest_share)} "
                f"(limit {_pct(limits.longest_share)}); {self.mean_ratio:.2f}\u00d7 the wrong options' length on average "
                f"(limit {limits.length_ratio:.2f}\u00d7); positions {judged}{later} "
                f"(each {_pct(limits.position_min, '')}\u2013{_pct(limits.position_max)})" + self._few(self.single)
            )
        if self.true_false:
            lines.append(
                f"true/false ({len(self.true_false)}): {_pct(self.true_share)} true "
                f"(limit {_pct(limits.true_min, '')}\u2013{_pct(limits.true_max)})" + self._few(self.true_false)
            )
        if self.multiple:
            lines.append(
                f"select all ({len(self.multiple)}): right options all listed first in {_pct(self.right_first_share)} "
                f"(limit {_pct(limits.right_first_share)})" + self._few(self.multiple)
            )
        if self.exempt:
            lines.append(f"exempt with cue-ok ({len(self.exempt)}):")
            lines.extend(f"  {q.where} {q.id}: {_brief(q.exempt)}" for q in self.exempt)
        return lines

    def _few(self, questions: list[Measured]) -> str:
        return f" [fewer than {self.limits.min_questions}: not judged]" if len(questions) < self.limits.min_questions else ""


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def _pct(share: float, sign: str = "%") -> str:
    return f"{round(share * 100)}{sign}"


def _brief(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def _at_most(share: float, total: int) -> int:
    """The largest count that keeps ``count / total`` at or below ``share``."""
    return math.floor(share * total + 1e-9)


def _at_least(share: float, total: int) -> int:
    """The smallest count that brings ``count / total`` to ``share`` or above."""
    return math.ceil(share * total - 1e-9)


def visible_length(fragment: str) -> int:
    """How many characters a reader sees: tags dropped, entities decoded, white space collapsed."""
    text = html.unescape(re.sub(r"<[^>]*>", "", fragment))
    return len(" ".join(text.split()))


def measure(pages: Iterable[CollectedPage], docs_dir: str) -> list[Measured]:
    """Every question of ``pages`` reduced to its option lengths and right answers."""
    measured = []
    for page in pages:
        file = f"{docs_dir.rstrip('/')}/{page.path}" if docs_dir else page.path
        for question in page.questions:
            measured.append(_measured(question, file, page.line_offset))
    return measured


def _measured(question: CollectedQuestion, file: str, offset: int) -> Measured:
    return Measured(
        file=file,
        line=question.line + offset,
        id=question.id,
        type=question.type,
        lengths=tuple(visible_length(option.html) for option in question.options),
        correct=tuple(option.correct for option in question.options),
        exempt=question.cue_ok,
    )


def cue_report(questions: Iterable[Measured], limits: CueLimits = LIMITS) -> CueReport:
    """Count the cues over ``questions`` and name the questions to change where the course crosses a limit."""
    report = CueReport(limits)
    for question in questions:
        if question.exempt:
            report.exempt.append(question)
        elif question.type is QuestionType.SINGLE and any(question.correct) and not all(question.correct):
            report.single.append(question)
        elif question.type is QuestionType.TRUE_FALSE:
            report.true_false.append(question)
        elif question.type is QuestionType.MULTIPLE and not all(question.correct):
            report.multiple.append(question)
    notes: dict[Measured, list[str]] = {}

    def note(chosen: Iterable[Measured], text: Callable[[Measured], str]) -> None:
        for question in chosen:
            notes.setdefault(question, []).append(text(question))

    enough = limits.min_questions
    if len(report.single) >= enough:
        _length_rules(report, note)
        _position_rule(report, note)
    if len(report.true_false) >= enough:
        _true_false_rule(report, note)
    if len(report.multiple) >= enough:
        _multiple_rule(report, note)
    report.problems = [
        Problem(q.file, q.line, f"quiz '{q.id}': " + "; ".join(texts)) for q, texts in notes.items()
    ]
    return report


Note = Callable[[Iterable[Measured], Callable[[Measured], str]], None]


def _length_rules(report: CueReport, note: Note) -> None:
    """Longest right answers, and right answers longer than the wrong ones on average: one note per question."""
    limits, single = report.limits, report.single
    if not single:
        return
    longest = sorted((q for q in single if q.longest), key=lambda q: -q.ratio)
    excess = len(longest) - _at_most(limits.longest_share, len(single))
    too_often = longest[: max(excess, 0)]
    too_long: list[Measured] = []
    if report.mean_ratio > limits.length_ratio:
        # The fewest questions that, with the right answer no longer than the others, bring the mean under the limit.
        total = sum(q.ratio for q in single)
        for question in sorted(single, key=lambda q: -q.ratio):
            if total / len(single) <= limits.length_ratio or question.ratio <= 1:
                break
            total -= question.ratio - 1
            too_long.append(question)
    shares = f"{_pct(report.longest_share)} of right answers are the longest option, limit {_pct(limits.longest_share)}"
    mean = f"right answers {report.mean_ratio:.2f}\u00d7 the wrong ones on average, limit {limits.length_ratio:.2f}\u00d7"

    def text(q: Measured) -> str:
        course = "; ".join(part for part, named in ((shares, too_often), (mean, too_long)) if q in named)
        if q.longest:
            return f"right answer is the longest option, {q.ratio:.1f}\u00d7 the others (course: {course})"
        return f"right answer is {q.ratio:.1f}\u00d7 as long as the wrong options (course: {course})"

    note([q for q in single if q in too_often or q in too_long], text)


def _position_rule(report: CueReport, note: Note) -> None:
    """Right answers spread over positions A-D. Each question is asked to move at most once."""
    limits, single = report.limits, report.single
    if not single:
        return
    counts = [sum(q.position == index for q in single) for index in range(limits.positions)]
    moved: dict[Measured, int] = {}
    for index, count in enumerate(counts):
        missing = _at_least(limits.position_min, len(single)) - count
        if missing <= 0:
            continue
        # Questions that could move there: enough options, right answer in the fullest position.
        movable = [q for q in single if len(q.correct) > index and q not in moved]
        fullest = max(range(limits.positions), key=lambda i: sum(q.position == i for q in movable))
        letter = POSITIONS[index]
        course = f"course: only {_pct(count / len(single))} of right answers in {letter}, at least {_pct(limits.position_min)}"
        chosen = _spread([q for q in movable if q.position == fullest], missing)
        moved.update((q, index) for q in chosen)
        note(chosen, lambda q, letter=letter, course=course: f"right answer in position {POSITIONS[q.position]}; move it to {letter} ({course})")
    for index, count in enumerate(counts):
        letter = POSITIONS[index]
        excess = count - _at_most(limits.position_max, len(single)) - sum(q.position == index for q in moved)
        if excess <= 0:
            continue
        course = f"course: {_pct(count / len(single))} of right answers in {letter}, limit {_pct(limits.position_max)}"
        chosen = _spread([q for q in single if q.position == index and q not in moved], excess)
        note(chosen, lambda q, letter=letter, course=course: f"right answer in position {letter} ({course})")


def _true_false_rule(report: CueReport, note: Note) -> None:
    limits, statements = report.limits, report.true_false
    true = sum(q.correct[0] for q in statements)
    course = f"course: {_pct(report.true_share)} true, limit {_pct(limits.true_min, '')}\u2013{_pct(limits.true_max)}"
    flip_false = _at_least(limits.true_min, len(statements)) - true
    if statements and flip_false > 0:
        chosen = _spread([q for q in statements if not q.correct[0]], flip_false)
        note(chosen, lambda q: f"statement is false, like most true/false statements ({course})")
    flip_true = true - _at_most(limits.true_max, len(statements))
    if statements and flip_true > 0:
        chosen = _spread([q for q in statements if q.correct[0]], flip_true)
        note(chosen, lambda q: f"statement is true, like most true/false statements ({course})")


def _multiple_rule(report: CueReport, note: Note) -> None:
    limits, questions = report.limits, report.multiple
    first = [q for q in questions if q.right_first]
    excess = len(first) - _at_most(limits.right_first_share, len(questions))
    if questions and excess > 0:
        course = f"course: {_pct(report.right_first_share)} of select-all questions, limit {_pct(limits.right_first_share)}"
        note(_spread(first, excess), lambda q: f"right options all come before the wrong ones ({course})")


def _spread(questions: list[Measured], count: int) -> list[Measured]:
    """``count`` of ``questions``, taken in turn from each file so that no one chapter carries all the blame."""
    by_file: dict[str, list[Measured]] = {}
    for question in questions:
        by_file.setdefault(question.file, []).append(question)
    turns = [q for group in zip_longest(*by_file.values()) for q in group if q is not None]
    return turns[:count]
