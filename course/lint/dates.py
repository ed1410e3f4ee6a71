"""Facts carry their date: each chapter's review month, and statements that a date has overtaken.

* Every chapter says in its front matter when its facts were last checked,
  ``reviewed: 2026-12``; the chapter page shows it as "Facts checked:
  December 2026".
* A sentence that speaks of a date as the future ("have until 2 December
  2026", "will come into force on ...", "is set to apply from March 2026")
  is wrong once that date has passed. ``expired`` finds such sentences:
  future wording and a date before today in the same stretch of a sentence.

Today is the real date unless ``COURSE_TODAY=YYYY-MM-DD`` (or ``course check
--today``) says otherwise, so tests and a review of the course "as of" some
day give fixed answers.
"""

from __future__ import annotations

import calendar
import datetime
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..problems import Problem
from ..yamltext import safe_load
from .prose import Sentence, sentences, snippet

MONTHS = tuple(calendar.month_name)[1:]
RE_REVIEWED = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
RE_REVIEWED_KEY = re.compile(r"^reviewed\s*:")


def resolve_today(value: str | None = None) -> datetime.date:
    """``value`` (YYYY-MM-DD), else ``COURSE_TODAY``, else the real date."""
    text = value or os.environ.get("COURSE_TODAY", "")
    if not text:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"today must be a date written YYYY-MM-DD, e.g. 2026-12-07, not {text!r}") from None


def long_date(day: datetime.date) -> str:
    """``7 December 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def facts_checked(value: object) -> str:
    """``December 2026`` for ``reviewed: 2026-12``; empty if the value is not a year and month."""
    match = RE_REVIEWED.match(str(value)) if isinstance(value, str) else None
    return f"{MONTHS[int(match.group(2)) - 1]} {match.group(1)}" if match else ""


# --- reviewed: in the front matter ------------------------------------------------


def reviewed_problems(path: Path, file: str) -> list[Problem]:
    """A chapter without ``reviewed: YYYY-MM`` in its front matter, or with something else there."""
    lines = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")
    end = next((i for i in range(1, len(lines)) if lines[0].strip() == "---" and lines[i].strip() in ("---", "...")), 0)
    example = "e.g. 'reviewed: 2026-12' for facts checked in December 2026"
    if not end:
        return [Problem(file, 1, f"the chapter has no front matter with a 'reviewed:' date ({example})")]
    where = next((i + 1 for i in range(1, end) if RE_REVIEWED_KEY.match(lines[i])), 0)
    if not where:
        return [Problem(file, 1, f"the front matter has no 'reviewed:' date: add the month its facts were last checked ({example})")]
    try:
        meta = safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError:
        return []  # the build reports broken front matter itself
    value = meta.get("reviewed") if isinstance(meta, dict) else None
    if not facts_checked(value):
        written = lines[where - 1].split(":", 1)[1].strip()
        return [Problem(file, where, f"'reviewed' must be a year and month, YYYY-MM ({example}), not {written or 'empty'!r}")]
    return []


# --- Statements that speak of a past date as the future ----------------------------

_MONTH = r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
#: The forms a date takes in running text, most precise first.
DATE_FORMS = (
    re.compile(rf"\b{_DAY.format('day')}\s+{_MONTH.format('month')},?\s+{_YEAR.format('year')}\b"),
    re.compile(rf"\b{_MONTH.format('month')}\s+{_DAY.format('day')},\s*{_YEAR.format('year')}\b"),
    re.compile(rf"\b{_YEAR.format('year')}-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH.format('month')}\s+{_YEAR.format('year')}\b"),
    re.compile(rf"(?<![\w/.,-]){_YEAR.format('year')}(?![\w/-]|\.\d|\u2019s\b)"),
)

#: Future wording: words that speak of what they govern as still to come, whatever the rest of the sentence says.
FUTURE = re.compile(
    r"\b(?:will|shall|won[\u2019']t|(?:is|are) (?:set|due|expected|scheduled|planned|going|about) to|"
    r"(?:is|are) due(?: by| in| on| from)?|set to (?:apply|take|come|enter|start|begin|end|expire|close|open)|"
    r"(?:comes?|enters?|coming|entering) into (?:force|effect)|takes? effect|"
    r"(?:have|has) until|(?:must|need to|needs to|have to|has to)\s+\w+(?:\s+\w+)?\s+(?:by|before|until)|"
    r"upcoming|forthcoming)\b",
    re.IGNORECASE,
)
#: Wording that speaks of the future only in a sentence told in the present: "until 2 December 2026",
#: "by March 2026", "from 2 August 2026 on". In "Until 2019 it was legal" it tells of the past.
WEAK_FUTURE = re.compile(
    r"\b(?:(?:until|till|by|before)\s+(?:the\s+end\s+of\s+)?DATE|(?:from|starting|as of)\s+DATE\s+on(?:wards)?\b)",
    re.IGNORECASE,
)
#: How far (in characters) future wording may sit from its date and still be about it.
REACH = 60
#: What ends the clause that the wording governs: punctuation, a new clause, or a verb in the past.
#: A date put first ("From December 2026, the ban is set to apply") may be followed by a comma.
RE_CLAUSE_BREAK = re.compile(
    r"[;:()\u2014]|\. |\b(?:but|although|whereas|after|since|when|which|who|that)\b|\b(?:was|were|had|did)\b",
    re.IGNORECASE,
)
RE_CLAUSE_BREAK_BEFORE = re.compile(RE_CLAUSE_BREAK.pattern + "|,", re.IGNORECASE)
#: A verb in the past tense: was, were, had, did, or an -ed word that is not a participle after "be".
RE_PAST = re.compile(
    r"\b(?:was|were|had|did|began|became|gave|grew|went|came|made|took|saw|won|spread|led|said|told|found|brought|wrote|left|ran|rose|fell)\b",
    re.IGNORECASE,
)
RE_ED = re.compile(r"\b(\w+)\s+(\w+ed)\b", re.IGNORECASE)
PARTICIPLE_AFTER = frozenset({"be", "been", "being", "is", "are", "get", "gets", "got", "become", "becomes", "not", "already", "newly"})


def told_in_past(sentence: str) -> bool:
    """Whether a verb of ``sentence`` is in the past tense (roughly: names and participles aside)."""
    if RE_PAST.search(sentence):
        return True
    return any(
        first.lower() not in PARTICIPLE_AFTER and not first[0].isupper()
        and second.lower() not in {"need", "indeed", "speed", "feed", "seed", "bed", "red", "shed"}
        for first, second in RE_ED.findall(sentence)
    )


@dataclass(frozen=True)
class Mention:
    """A date in a sentence: its text, where it sits, and the first and last day it can mean."""

    text: str
    start: int
    end: int
    first: datetime.date
    last: datetime.date


#: What every date form holds: a year. Most sentences hold none, and one search rules out all five forms.
RE_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def mentions(text: str) -> Iterator[Mention]:
    """Every date in ``text``; a span matched by a more precise form is not matched again."""
    if not RE_ANY_YEAR.search(text):
        return
    taken: list[tuple[int, int]] = []
    for form in DATE_FORMS:
        for match in form.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if _cited_year(text, match):
                continue
            found = _mention(match)
            if found is not None:
                taken.append((match.start(), match.end()))
                yield found


def _cited_year(text: str, match: re.Match[str]) -> bool:
    """``(2019)`` or ``(Smith et al., 2019)``: a citation, not a date spoken of."""
    if "month" in match.groupdict():
        return False
    before, after = text[: match.start()], text[match.end() :]
    return bool(re.search(r"\((?:[^()]{0,40}[,;]\s*)?$", before)) and after.startswith(")")


def _mention(match: re.Match[str]) -> Mention | None:
    parts = match.groupdict()
    year = int(parts["year"])
    month = parts.get("month")
    if month is None:
        return Mention(match.group(0), match.start(), match.end(), datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    number = int(month) if month.isdigit() else next(i for i, name in enumerate(MONTHS, 1) if name.startswith(month[:3].title()))
    last_day = calendar.monthrange(year, number)[1]
    if parts.get("day") is None:
        return Mention(match.group(0), match.start(), match.end(), datetime.date(year, number, 1), datetime.date(year, number, last_day))
    day = int(parts["day"])
    if not 1 <= day <= last_day:
        return None
    when = datetime.date(year, number, day)
    return Mention(match.group(0), match.start(), match.end(), when, when)


#: Wording right before a date that says it is when something starts ("from", "as of"): it has
#: passed once that day comes. Otherwise a month or a year passes when it ends ("by March 2026").
RE_STARTS = re.compile(r"\b(?:from|as of|starting|beginning|on|effective)\s+(?:the\s+)?$", re.IGNORECASE)


def _future_wording(sentence: str, date: Mention) -> re.Match[str] | None:
    """Future wording that governs ``date``: near it, in the same clause."""
    if not told_in_past(sentence):
        weak = re.compile(WEAK_FUTURE.pattern.replace("DATE", re.escape(date.text)), re.IGNORECASE)
        for match in weak.finditer(sentence):
            if match.start() <= date.start < match.end():
                return match
    for match in FUTURE.finditer(sentence):
        if match.end() <= date.start:
            between, breaks = sentence[match.end() : date.start], RE_CLAUSE_BREAK_BEFORE
        elif match.start() >= date.end:
            between, breaks = sentence[date.end : match.start()], RE_CLAUSE_BREAK
        else:
            return match
        if len(between) <= REACH and not breaks.search(between) and not told_in_past(between):
            return match
    return None


def expired(sentence: Sentence, today: datetime.date) -> Iterator[tuple[Mention, int]]:
    """Dates before ``today`` that ``sentence`` speaks of as the future, with the line of each."""
    for date in mentions(sentence.text):
        starts = bool(RE_STARTS.search(sentence.text[: date.start]))
        passed = (date.first if starts else date.last) < today
        if passed and _future_wording(sentence.text, date):
            yield date, sentence.line_at(date.start)


def expired_problems(text: str, file: str, today: datetime.date, found: Sequence[Sentence] | None = None) -> list[Problem]:
    """Each sentence of ``text`` that speaks of a past date as the future.

    ``found`` is the text's sentences when the caller has cut it already
    (``lint_course`` cuts each page once for this rule and ``reference_problems``).
    """
    problems = []
    for sentence in sentences(text) if found is None else found:
        for date, line in expired(sentence, today):
            quote = snippet(sentence.text, date.start, date.end)
            problems.append(
                Problem(file, line, f'statement speaks of {date.text} as the future (today is {long_date(today)}): "{quote}"')
            )
    return problems
