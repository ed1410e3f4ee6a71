"""Turn the parsed content of a ``/// quiz`` block into a validated ``Question``.

The block's body has already been through Python-Markdown's block parser
(paragraphs, lists, images are elements), but not yet through inline
processing, so option lines still start with their literal ``[ ]`` or ``[x]``.
That lets authors write a quiz as an ordinary Markdown task list, and lets us
reuse everything else the page's Markdown can do inside stems and explanations.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from .errors import QuizError
from .model import FIXED_LABELS, Option, Question, QuestionType
from .scan import QuizSource

RE_MARKER = re.compile(r"^\[([ xX])\](?:[ \t]+|$)")
RE_SOURCES = re.compile(r"^Sources?:", re.IGNORECASE)


def parse_question(body: etree.Element, title: str, source: QuizSource) -> Question:
    """Split the block body into stem, options and sources, checking every rule on the way."""
    options = source.options
    children = list(body)
    if not children and not (body.text or "").strip():
        raise QuizError(f"quiz '{options.id}' is empty: write the question and its options", source.line)
    index = next((i for i, child in enumerate(children) if _is_option_list(child)), None)
    if index is None:
        raise QuizError(
            f"quiz '{options.id}' has no options: write them as a list, '- [ ] wrong answer' and '- [x] right answer'",
            source.line,
        )
    stem, option_list, rest = children[:index], children[index], children[index + 1 :]
    items = list(option_list)
    if len(items) != len(source.option_lines):
        raise QuizError(
            f"quiz '{options.id}' has {len(source.option_lines)} option lines but Markdown found only "
            f"{len(items)} of them as list items: leave a blank line before an option that follows a "
            "multi-paragraph explanation, and indent explanations by four spaces",
            source.option_lines[len(items)] if len(items) < len(source.option_lines) else source.line,
        )
    choices = [_parse_option(item, line, options.id) for item, line in zip(items, source.option_lines)]
    if rest and not (rest[0].tag == "p" and RE_SOURCES.match(rest[0].text or "")):
        raise QuizError(
            f"quiz '{options.id}' has content after its options; only a 'Sources:' paragraph may follow them",
            source.option_lines[-1],
        )
    question = Question(title=title, options=options, stem=stem, choices=choices, sources=rest, line=source.line)
    _check_answers(question)
    return question


def _is_option_list(element: etree.Element) -> bool:
    """A bulleted list whose items all start with a task marker is the option list."""
    if element.tag != "ul" or not len(element):
        return False
    return all(RE_MARKER.match(_first_text(item).split("\n")[0]) for item in element)


def _first_text(item: etree.Element) -> str:
    """The raw text at the start of a list item, whether the list is tight or loose."""
    if (item.text or "").strip():
        return item.text.strip()
    if len(item) and item[0].tag == "p":
        return (item[0].text or "").strip()
    return ""


def _parse_option(item: etree.Element, line: int, quiz_id: str) -> Option:
    """Read one option: the label on the marker's line, the explanation below it."""
    holder = item if (item.text or "").strip() else item[0]
    first, _, rest = holder.text.strip().partition("\n")
    marker = RE_MARKER.match(first)
    assert marker is not None  # guaranteed by _is_option_list
    label = first[marker.end() :].strip()
    if not label:
        raise QuizError(f"quiz '{quiz_id}': an option has no text after its '[{marker.group(1)}]'", line)
    explanation: list[etree.Element] = []
    lead = "\n".join(part.strip() for part in rest.split("\n")).strip()
    if lead:
        paragraph = etree.Element("p")
        paragraph.text = lead
        explanation.append(paragraph)
    following = list(item)[1:] if holder is not item else list(item)
    if holder is not item and holder.tail and holder.tail.strip():
        following.insert(0, _paragraph(holder.tail))
    explanation.extend(following)
    if not explanation:
        raise QuizError(
            f"quiz '{quiz_id}': option '{label}' has no explanation; write why it is right or wrong "
            "on the next line, indented by four spaces",
            line,
        )
    return Option(label=label, correct=marker.group(1) in "xX", explanation=explanation, line=line)


def _paragraph(text: str) -> etree.Element:
    element = etree.Element("p")
    element.text = text.strip()
    return element


def _check_answers(question: Question) -> None:
    """Check the right answers make sense for the question's type."""
    kind, quiz_id, choices = question.options.type, question.options.id, question.choices
    correct = [choice for choice in choices if choice.correct]
    if not correct:
        raise QuizError(f"quiz '{quiz_id}' has no correct answer: mark one option with '[x]'", question.line)
    if kind is not QuestionType.MULTIPLE and len(correct) > 1:
        raise QuizError(
            f"quiz '{quiz_id}' is a {kind.noun} question but marks {len(correct)} correct answers "
            "(lines {related}); mark one, or add 'type: multiple'",
            correct[1].line,
            related=tuple(c.line for c in correct),
        )
    if kind in FIXED_LABELS:
        keys = [key for key, _ in FIXED_LABELS[kind]]
        written = [choice.label.lower().replace("\u2019", "'") for choice in choices]
        if written != keys:
            expected = ", ".join(f"'{key.capitalize()}'" for key in keys)
            raise QuizError(
                f"quiz '{quiz_id}' is a {kind.noun} question: its options must be {expected}, in that order",
                choices[0].line,
            )
        for choice, (_, label) in zip(choices, FIXED_LABELS[kind]):
            choice.label = label
