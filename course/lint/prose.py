"""The running text of a Markdown page, as readers see it, with the line each part came from.

Prose rules (dates, cross-references) read chapters and teachers' notes
sentence by sentence. They must not trip over what readers never read as a
sentence: front matter, code, quiz headers and their options, a question's
``Sources:`` line, link targets and web addresses. So this module drops those
and the Markdown markup, and cuts the rest into passages (a paragraph, a list
item, a heading, a table row) and sentences, keeping each one's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..quiz.scan import RE_END, RE_START, track_fence

#: Lines that start a new passage even without a blank line before them.
RE_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||!!!|\?\?\?|\[\^[^\]]+\]:)")
RE_SOURCES = re.compile(r"^\s*(?:[-*+]\s+)?Sources?:", re.IGNORECASE)
RE_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}(?:\[[^\]^][^\]]*\]|\*\[[^\]]+\]):")
RE_COMMENT_START = re.compile(r"^\s*<!--")

#: Inline markup, removed or replaced by what the reader sees, in this order.
INLINE = (
    (re.compile(r"`[^`]*`"), ""),  # code spans
    (re.compile(r"!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)(?:\{[^}]*\})?"), r"\1"),  # inline links: their text
    (re.compile(r"\[([^\]^][^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference links: their text
    (re.compile(r"\[\^[^\]]+\](?::)?"), ""),  # footnote marks
    (re.compile(r"<(?:https?|mailto):[^>]*>"), ""),  # autolinks
    (re.compile(r"\b(?:https?://|www\.)\S+"), ""),  # bare web addresses
    (re.compile(r"<[^>]+>"), ""),  # HTML tags
    (re.compile(r"\{[:#.][^}]*\}"), ""),  # attribute lists
    (re.compile(r"\*\*|__|\*|~~"), ""),  # emphasis marks
    (re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|(?:!!!|\?\?\?)\+?\s*\w+\s*)"), ""),
)

RE_SENTENCE_END = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]*\s+(?=[\"\u201c\u2018(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of running text, markup removed, and the file line it starts on."""

    text: str
    line: int
    #: (offset in ``text``, line) for each source line the sentence spans, so a word's own line can be found.
    starts: tuple[tuple[int, int], ...]

    def line_at(self, offset: int) -> int:
        return max((line for start, line in self.starts if start <= offset), default=self.line)


def plain(line: str) -> str:
    """A line of Markdown as the reader reads it (roughly): markup, links' targets and addresses gone."""
    for pattern, replacement in INLINE:
        line = pattern.sub(replacement, line)
    return " ".join(line.split())


def passages(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of prose lines, ``(line number, plain text)``, one run per paragraph, list item, heading or row."""
    lines = text.replace("\r\n", "\n").split("\n")
    index = _after_front_matter(lines)
    fence: str | None = None
    current: list[tuple[int, str]] = []
    skipping = False  # inside a Sources paragraph, a comment or a block's option lines
    comment = False
    while index < len(lines):
        raw = lines[index]
        number = index + 1
        index += 1
        fence, in_code = track_fence(fence, raw)
        if in_code or not raw.strip():
            if current:
                yield current
            current, skipping = [], comment
            continue
        if comment or RE_COMMENT_START.match(raw):
            comment = "-->" not in raw
            continue
        start = RE_START.match(raw)
        if start or RE_END.match(raw):
            if current:
                yield current
            current = []
            if start and start.group(4):
                yield [(number, plain(start.group(4)))]  # a block's title, e.g. a question
            while start and index < len(lines) and lines[index].startswith("    ") and lines[index].strip():
                index += 1  # the block's options
            continue
        if RE_SOURCES.match(raw) or RE_REFERENCE_DEFINITION.match(raw):
            if current:
                yield current
            current, skipping = [], True
            continue
        if skipping:
            continue
        if RE_BLOCK_START.match(raw) and current:
            yield current
            current = []
        current.append((number, plain(raw)))
    if current:
        yield current


def _after_front_matter(lines: list[str]) -> int:
    """Index of the first line after the front matter (0 if there is none)."""
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() in ("---", "..."):
                return index + 1
    return 0


def sentences(text: str) -> Iterator[Sentence]:
    """Every sentence of the page's running text."""
    for passage in passages(text):
        joined, starts = "", []
        for number, part in passage:
            if not part:
                continue
            if joined:
                joined += " "
            starts.append((len(joined), number))
            joined += part
        if not starts:
            continue
        begin = 0
        for match in [*RE_SENTENCE_END.finditer(joined), None]:
            end = match.start() if match else len(joined)
            piece = joined[begin:end]
            if piece.strip():
                first = max(line for start, line in starts if start <= begin) if begin else starts[0][1]
                shifted = tuple((max(start - begin, 0), line) for start, line in starts if start < end)
                lead = len(piece) - len(piece.lstrip())
                yield Sentence(piece.strip(), first, tuple((max(s - lead, 0), line) for s, line in shifted))
            begin = match.end() if match else end


def snippet(sentence: str, start: int, end: int, width: int = 110) -> str:
    """The sentence, or a window of it around ``start:end``, marked with ellipses where cut."""
    if len(sentence) <= width:
        return sentence
    half = max((width - (end - start)) // 2, 10)
    left, right = max(start - half, 0), min(end + half, len(sentence))
    while left > 0 and sentence[left - 1] != " ":
        left -= 1
    while right < len(sentence) and sentence[right] != " ":
        right += 1
    return ("\u2026" if left else "") + sentence[left:right].strip() + ("\u2026" if right < len(sentence) else "")
