"""Build the HTML of one question: works without JavaScript, enhanced with it.

Without JavaScript the reader sees the question, every option and, behind a
``<details>`` per option, whether it is right and why. ``quiz.js`` hides the
explanations until the reader checks an answer, then reveals them and announces
the result in the live region. Markup follows the GOV.UK pattern: one
``<fieldset>`` per question with the question in its ``<legend>``, a hint tied
to it with ``aria-describedby``, and real inputs with real labels.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as etree

from .model import CONFIDENCE_LEVELS, HINTS, Question


def render_question(container: etree.Element, question: Question, number: int) -> None:
    """Fill ``container`` (the block's element) with the question's markup."""
    quiz_id = question.options.id
    base = f"quiz-{quiz_id}"
    container.clear()
    container.attrib.update(
        {
            "class": f"quiz quiz--{question.options.type.value}",
            "id": base,
            "data-quiz": quiz_id,
            "data-quiz-type": question.options.type.value,
        }
    )
    if question.options.pair:
        container.set("data-pair", question.options.pair)
    if question.options.skill:
        container.set("data-skill", question.options.skill)
    described = [f"{base}-hint"]
    fieldset = etree.SubElement(container, "fieldset", {"class": "quiz__question"})
    legend = etree.SubElement(fieldset, "legend", {"class": "quiz__title"})
    counter = etree.SubElement(legend, "span", {"class": "quiz__number"})
    counter.text = f"Question {number}"
    counter.tail = " " + question.title
    if question.stem:
        stem = etree.SubElement(fieldset, "div", {"class": "quiz__stem", "id": f"{base}-stem"})
        stem.extend(question.stem)
        described.insert(0, f"{base}-stem")
    hint = etree.SubElement(fieldset, "p", {"class": "quiz__hint", "id": f"{base}-hint"})
    hint.text = HINTS[question.options.type]
    fieldset.set("aria-describedby", " ".join(described))
    options = etree.SubElement(fieldset, "div", {"class": "quiz__options"})
    keys: set[str] = set()
    for index, choice in enumerate(question.choices, start=1):
        key = option_key(choice.label)
        if key in keys:
            key += str(index)
        keys.add(key)
        option = etree.SubElement(
            options,
            "div",
            {"class": "quiz__option", "data-correct": "true" if choice.correct else "false", "data-key": key},
        )
        input_id = f"{base}-{index}"
        etree.SubElement(
            option,
            "input",
            {"type": question.options.type.input_type, "id": input_id, "name": base, "value": str(index)},
        )
        label = etree.SubElement(option, "label", {"for": input_id})
        label.text = choice.label
        details = etree.SubElement(option, "details", {"class": "quiz__explanation"})
        summary = etree.SubElement(details, "summary")
        summary.text = "Explanation"
        hidden = etree.SubElement(summary, "span", {"class": "quiz__sr"})
        hidden.text = f" for option {index}"
        verdict = etree.SubElement(details, "p", {"class": "quiz__verdict"})
        verdict.text = "Correct answer." if choice.correct else "Not correct."
        details.extend(choice.explanation)
    if question.options.confidence:
        _render_confidence(container, base)
    actions = etree.SubElement(container, "div", {"class": "quiz__actions"})
    button = etree.SubElement(actions, "button", {"type": "button", "class": "quiz__check", "hidden": "hidden"})
    button.text = "Check answer"
    etree.SubElement(container, "div", {"class": "quiz__feedback", "role": "status", "id": f"{base}-feedback"})
    if question.sources:
        sources = etree.SubElement(container, "div", {"class": "quiz__sources"})
        sources.extend(question.sources)


def option_key(label: str) -> str:
    """A short, stable key for an option, from its label text.

    ``quiz.js`` stores a reader's choice by this key rather than by position,
    so reordering a question's options never moves a saved answer to another
    option; rewording an option gives it a new key, and an old answer to it is
    then shown as a saved result without marking any option.
    """
    text = " ".join(label.split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def _render_confidence(container: etree.Element, base: str) -> None:
    """The optional "How sure are you?" scale, its own group so it is read as one question."""
    fieldset = etree.SubElement(container, "fieldset", {"class": "quiz__confidence"})
    legend = etree.SubElement(fieldset, "legend")
    legend.text = "How sure are you?"
    scale = etree.SubElement(fieldset, "div", {"class": "quiz__scale"})
    for level, text in enumerate(CONFIDENCE_LEVELS, start=1):
        input_id = f"{base}-confidence-{level}"
        pair = etree.SubElement(scale, "span", {"class": "quiz__level"})
        etree.SubElement(
            pair, "input", {"type": "radio", "id": input_id, "name": f"{base}-confidence", "value": str(level)}
        )
        label = etree.SubElement(pair, "label", {"for": input_id})
        label.text = text
