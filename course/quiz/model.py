"""Typed data for one quiz question, as parsed from a ``/// quiz`` block.

The parser fills these dataclasses and the renderer reads them, so the two
never disagree about what a question is. Text fields hold raw Markdown: the
page's own inline processing turns them into HTML later, exactly as it does
for the rest of the chapter.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element


class QuestionType(enum.Enum):
    """The kinds of question an author can ask."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true-false"
    REAL_OR_FAKE = "real-or-fake"

    @property
    def noun(self) -> str:
        """How error messages name the type, e.g. "a single-choice question"."""
        return {"single": "single-choice", "multiple": "multiple-choice", "true-false": "true/false"}.get(
            self.value, self.value
        )

    @property
    def input_type(self) -> str:
        """Checkboxes only where more than one answer may be right."""
        return "checkbox" if self is QuestionType.MULTIPLE else "radio"


#: The fixed options of the two closed question types. Authors write the short
#: key on the left; readers see the label on the right. Fixing the wording means
#: every real-or-fake question offers the honest third answer in the same words.
FIXED_LABELS: dict[QuestionType, tuple[tuple[str, str], ...]] = {
    QuestionType.TRUE_FALSE: (("true", "True"), ("false", "False")),
    QuestionType.REAL_OR_FAKE: (
        ("real", "Real"),
        ("fake", "Manipulated or generated"),
        ("can't tell", "Can't tell from this alone \u2014 check the source"),
    ),
}

#: Hints shown under each question, so the reader knows what is expected
#: before answering (and screen readers announce it with the question).
HINTS: dict[QuestionType, str] = {
    QuestionType.SINGLE: "Choose one answer.",
    QuestionType.MULTIPLE: "Select all that apply.",
    QuestionType.TRUE_FALSE: "Choose true or false.",
    QuestionType.REAL_OR_FAKE: "Is this real, manipulated or generated \u2014 or can't you tell from this alone?",
}

#: The confidence scale, lowest first. Three steps are enough to compare
#: confidence with accuracy without asking readers for false precision.
CONFIDENCE_LEVELS: tuple[str, ...] = ("Guessing", "Fairly sure", "Very sure")


@dataclass(frozen=True)
class QuizOptions:
    """The validated options written under a ``/// quiz`` header."""

    id: str
    type: QuestionType = QuestionType.SINGLE
    confidence: bool = False
    #: An entry of the real-or-fake item bank (``items.py``) that this question shows.
    item: str = ""
    #: Why this question may break the answer-cue rules (``course.lint.cues``); empty: it may not.
    cue_ok: str = ""
    #: The id shared by a question on the before check and its partner on the after check; empty: unpaired.
    pair: str = ""
    #: The skill the question checks, in a few words (compared before and after the course).
    skill: str = ""


@dataclass
class Option:
    """One answer the reader can choose, with the explanation shown after checking."""

    label: str
    correct: bool
    explanation: list[Element]
    line: int


@dataclass
class Question:
    """A parsed, validated question ready to render."""

    title: str
    options: QuizOptions
    stem: list[Element]
    choices: list[Option]
    sources: list[Element] = field(default_factory=list)
    line: int = 0
