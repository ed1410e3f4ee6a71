"""Find ``/// quiz`` blocks in the raw page text, check their headers, record their lines.

This runs as a preprocessor, before fenced code is stashed, because it is the
last moment the page's own line numbers exist. It does two jobs the Blocks API
cannot do for us:

* it validates each header's options and reports problems with file and line
  (Blocks would silently leave a block with an unknown option as plain text);
* it tags each header with its line (a hidden ``_source_line`` option), so the
  block can name the lines of its options when it finds a problem later.
"""

from __future__ import annotations

import difflib
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..yamltext import safe_load
from .errors import QuizError
from .model import QuestionType, QuizOptions

#: Same shape as the Blocks start line; the name is matched case-insensitively as Blocks does.
RE_START = re.compile(r"^( {0,3})(/{3,})[ ]*([\w-]+)[ ]*(?:\|[ ]*(.*?)[ ]*)?$")
RE_END = re.compile(r"^ {0,3}(/{3,})[ ]*$")
RE_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
RE_OPTION = re.compile(r"^ {0,3}[-*+][ \t]+\[([ xX])\](?:[ \t]|$)")
RE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

#: The option that carries the header's line from here to the block.
LINE_OPTION = "_source_line"

KNOWN_OPTIONS = ("id", "type", "confidence", "item", "cue-ok", "pair", "skill")


@dataclass
class QuizSource:
    """Where one quiz block and its parts sit in the page text (1-based lines)."""

    line: int
    options: QuizOptions
    option_lines: list[int] = field(default_factory=list)


@dataclass
class PageScan:
    """What the scan learnt about one page: its text and every quiz block in it."""

    text: str = ""
    quizzes: dict[int, QuizSource] = field(default_factory=dict)
    #: With ``scan(..., collect=True)``: each malformed quiz's problem (that quiz is left out of ``quizzes``).
    problems: list[QuizError] = field(default_factory=list)


def scan(lines: list[str], collect: bool = False) -> tuple[list[str], PageScan]:
    """Validate every quiz header in ``lines`` and return the tagged lines and what was found.

    A malformed quiz raises ``QuizError``; with ``collect``, its problem is
    kept in ``PageScan.problems`` instead and the scan goes on to the next quiz.
    """
    page = PageScan(text="\n".join(lines))
    inserts: list[tuple[int, str]] = []
    seen_ids: dict[str, int] = {}
    fence: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        fence, in_code = track_fence(fence, line)
        match = None if in_code else RE_START.match(line)
        if match is None or match.group(3).lower() != "quiz":
            index += 1
            continue
        number = index + 1
        try:
            end = _scan_quiz(lines, index, match, number, seen_ids, page, inserts)
        except QuizError as error:
            if not collect:
                raise
            page.problems.append(error)
            index += 1
            continue
        index = end + 1
    tagged = list(lines)
    for position, text in reversed(inserts):
        tagged.insert(position, text)
    return tagged, page


def _scan_quiz(
    lines: list[str], index: int, match: re.Match[str], number: int, seen_ids: dict[str, int], page: PageScan,
    inserts: list[tuple[int, str]],
) -> int:
    """Check one quiz, record it in ``page`` and ``inserts``, and return the index of its closing line."""
    options, option_lines = _read_options(lines, index + 1, number)
    quiz = _check_header(match.group(4), options, lambda key: _key_line(lines, option_lines, key, number), number)
    if quiz.id in seen_ids:
        raise QuizError(
            f"duplicate quiz id '{quiz.id}' (first used on line {{related}}); ids must be unique within a page",
            _key_line(lines, option_lines, "id", number),
            related=(seen_ids[quiz.id],),
        )
    seen_ids[quiz.id] = number
    source = QuizSource(number, quiz)
    end = _scan_body(lines, index + 1 + len(option_lines), len(match.group(2)), source)
    page.quizzes[number] = source
    indent = lines[index + 1][: len(lines[index + 1]) - len(lines[index + 1].lstrip())] if option_lines else ""
    inserts.append((index + 1, (indent if len(indent) >= 4 else match.group(1) + "    ") + f"{LINE_OPTION}: {number}"))
    return end


def track_fence(fence: str | None, line: str) -> tuple[str | None, bool]:
    """Follow fenced code so examples of quiz syntax inside code are left alone."""
    match = RE_FENCE.match(line)
    if fence is None:
        if match:
            return match.group(1), True
        return None, False
    if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence) and not line.strip()[len(match.group(1)):].strip():
        return None, True
    return fence, True


def _read_options(lines: list[str], start: int, header: int) -> tuple[dict[str, Any], list[int]]:
    """Read the indented YAML lines right under a header, as Blocks will."""
    numbers: list[int] = []
    index = start
    while index < len(lines) and lines[index].startswith("    ") and lines[index].strip():
        numbers.append(index + 1)
        index += 1
    if not numbers:
        return {}, []
    text = textwrap.dedent("\n".join(lines[start:index]))
    try:
        data = safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = header + 1 + mark.line if mark is not None else header
        problem = getattr(error, "problem", None) or "cannot be read"
        raise QuizError(f"the quiz options are not valid YAML ({problem})", where) from None
    if not isinstance(data, dict):
        raise QuizError("the quiz options must be 'key: value' lines, e.g. 'id: my-question'", header + 1)
    return data, numbers


def _key_line(lines: list[str], option_lines: list[int], key: str, default: int) -> int:
    """The line on which an option is written, for error messages."""
    for number in option_lines:
        if lines[number - 1].strip().startswith(f"{key}:"):
            return number
    return default


def _check_header(title: str | None, data: dict[str, Any], where: Callable[[str], int], line: int) -> QuizOptions:
    """Turn the header's options into typed ``QuizOptions`` or fail with a clear message."""
    for key in data:
        if key not in KNOWN_OPTIONS:
            close = difflib.get_close_matches(str(key), KNOWN_OPTIONS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known options: {', '.join(KNOWN_OPTIONS)})"
            raise QuizError(f"unknown quiz option '{key}'{hint}", where(key))
    if not title:
        raise QuizError("a quiz needs a title after the bar: '/// quiz | Your question'", line)
    if "id" not in data:
        raise QuizError("a quiz needs an 'id' option, e.g. '    id: spot-the-slowdown'", line)
    ident = data["id"]
    if not isinstance(ident, str) or not RE_ID.match(ident):
        raise QuizError(
            f"quiz id {ident!r} must be lowercase letters, digits and single hyphens, e.g. 'spot-the-slowdown'",
            where("id"),
        )
    kind = data.get("type", QuestionType.SINGLE.value)
    types = [t.value for t in QuestionType]
    if kind not in types:
        close = difflib.get_close_matches(str(kind), types, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise QuizError(f"unknown question type {kind!r}{hint}; use one of: {', '.join(types)}", where("type"))
    confidence = data.get("confidence", False)
    if not isinstance(confidence, bool):
        raise QuizError(f"'confidence' must be true or false, not {confidence!r}", where("confidence"))
    item = data.get("item", "")
    if item and (not isinstance(item, str) or not RE_ID.match(item)):
        raise QuizError(f"'item' must be the id of an entry in the item bank, not {item!r}", where("item"))
    if item and kind != QuestionType.REAL_OR_FAKE.value:
        raise QuizError("'item' only works with 'type: real-or-fake'", where("item"))
    cue_ok = data.get("cue-ok", "")
    if "cue-ok" in data and (not isinstance(cue_ok, str) or not cue_ok.strip()):
        raise QuizError(
            "'cue-ok' needs a reason in words, e.g. '    cue-ok: the right answer must name all three steps'"
            + (f", not {cue_ok!r}" if cue_ok not in (None, "") and not isinstance(cue_ok, str) else ""),
            where("cue-ok"),
        )
    pair = data.get("pair", "")
    if "pair" in data and (not isinstance(pair, str) or not RE_ID.match(pair)):
        raise QuizError(
            f"'pair' must be a lowercase id (letters, digits, single hyphens) shared by the two paired questions, "
            f"e.g. 'lateral-reading-1', not {pair!r}",
            where("pair"),
        )
    skill = data.get("skill", "")
    if "skill" in data and (not isinstance(skill, str) or not skill.strip() or len(skill) > 60 or "\n" in skill):
        raise QuizError(f"'skill' must be a short name in words (at most 60 characters), e.g. 'lateral reading', not {skill!r}", where("skill"))
    return QuizOptions(
        id=ident,
        type=QuestionType(kind),
        confidence=confidence,
        item=item or "",
        cue_ok=cue_ok.strip(),
        pair=pair,
        skill=" ".join(skill.split()),
    )


def _scan_body(lines: list[str], start: int, length: int, source: QuizSource) -> int:
    """Record the lines of the options and return the index of the closing ``///``."""
    depth: list[int] = []
    fence: str | None = None
    for index in range(start, len(lines)):
        line = lines[index]
        fence, in_code = track_fence(fence, line)
        if in_code:
            continue
        end = RE_END.match(line)
        if end:
            if depth and len(end.group(1)) == depth[-1]:
                depth.pop()
                continue
            if len(end.group(1)) == length:
                return index
        start_match = RE_START.match(line)
        if start_match:
            depth.append(len(start_match.group(2)))
        elif not depth and RE_OPTION.match(line):
            source.option_lines.append(index + 1)
    raise QuizError(f"quiz '{source.options.id}' is never closed: end it with '{'/' * length}' on its own line", source.line)
