"""An IMS QTI 2.1 content package: the questions for LMSs other than Moodle.

Why 2.1: it is widely imported by LMSs that take QTI at all, and it has a
standard way to tie feedback to each choice and to score "select all that
apply" with a mapping. QTI 3.0 is newer and less widely imported; some LMSs
also (or only) import QTI 1.2, which this package is not.

The package is a zip holding:

- ``imsmanifest.xml`` (IMS Content Packaging 1.1): one resource for the test
  and one per question, each listing its own files, pictures included;
- ``assessment.xml``: an ``assessmentTest`` with one section per chapter, so
  an LMS that imports whole tests keeps the course order;
- one ``assessmentItem`` file per question: a ``choiceInteraction``
  (``maxChoices`` 1, or 0 for "select all that apply"), the right answers as
  ``correctResponse``, the weights of ``content.weights`` as a ``mapping``,
  and a ``modalFeedback`` per option shown when that option is chosen, plus
  one shown after any answer with the course's notes and the sources;
- the pictures, under ``media/`` as in the course.

Zip entries are sorted and carry a fixed date, so rebuilding from the same
chapters gives the same bytes.
"""

from __future__ import annotations

import io
import string
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

from ..quiz.collect import CollectedQuestion
from ..quiz.model import QuestionType
from .content import Chapter, MediaFile, general_feedback_html, parse_fragment, prepare, shuffles, weights

QTI_NAMESPACE = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_SCHEMA = "http://www.imsglobal.org/xsd/imsqti_v2p1.xsd"
CP_NAMESPACE = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

#: Zip timestamps: the earliest date the format allows, so bytes never depend on when you build.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def _root(tag: str, namespace: str, schema: str, **attributes: str) -> etree.Element:
    return etree.Element(
        tag,
        {"xmlns": namespace, "xmlns:xsi": XSI, "xsi:schemaLocation": f"{namespace} {schema}", **attributes},
    )


def _sub(parent: etree.Element, tag: str, text: str | None = None, **attributes: str) -> etree.Element:
    element = etree.SubElement(parent, tag, attributes)
    element.text = text
    return element


#: Elements waiting for their HTML, and that HTML. Filled only after the
#: skeleton is indented, so indenting never adds spaces inside the text.
Content = list[tuple[etree.Element, str]]


def _xml(root: etree.Element, content: Content | None = None) -> bytes:
    """The document, with the structure indented for reading and each HTML fragment left exactly as it was."""
    etree.indent(root, space="  ")
    for element, html in content or []:
        fragment = parse_fragment(html)
        element.text = fragment.text
        element.extend(list(fragment))
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="utf-8", xml_declaration=False) + b"\n"


def _number(weight: float) -> str:
    """A share of one mark: 1, 0.5, 0.3333333, -0.5."""
    return format(weight / 100, ".7g")


def choice_identifiers(item: CollectedQuestion) -> list[str]:
    """``A``, ``B``, ``C``… in page order."""
    return list(string.ascii_uppercase[: len(item.options)])


def item_file(chapter: Chapter, item: CollectedQuestion) -> str:
    return f"{chapter.identifier(item)}.xml"


def assessment_item(chapter: Chapter, item: CollectedQuestion, docs_dir: Path) -> tuple[bytes, tuple[MediaFile, ...]]:
    """One question as an ``assessmentItem``, and the pictures it shows."""
    media: list[MediaFile] = []
    content: Content = []

    def fill(element: etree.Element, text: str) -> None:
        fragment = prepare(text, chapter, item, docs_dir, image_src=lambda file: file.path)
        media.extend(file for file in fragment.media if file not in media)
        content.append((element, fragment.html))

    multiple = item.type is QuestionType.MULTIPLE
    cardinality = "multiple" if multiple else "single"
    ids = choice_identifiers(item)
    shares = weights(chapter, item)
    root = _root(
        "assessmentItem",
        QTI_NAMESPACE,
        QTI_SCHEMA,
        identifier=chapter.identifier(item),
        title=chapter.question_name(item),
        adaptive="false",
        timeDependent="false",
    )
    response = _sub(root, "responseDeclaration", identifier="RESPONSE", cardinality=cardinality, baseType="identifier")
    correct = _sub(response, "correctResponse")
    for identifier, option in zip(ids, item.options):
        if option.correct:
            _sub(correct, "value", identifier)
    mapping = _sub(response, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
    for identifier, share in zip(ids, shares):
        _sub(mapping, "mapEntry", mapKey=identifier, mappedValue=_number(share))
    score = _sub(root, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    _sub(_sub(score, "defaultValue"), "value", "0")
    maximum = _sub(root, "outcomeDeclaration", identifier="MAXSCORE", cardinality="single", baseType="float")
    _sub(_sub(maximum, "defaultValue"), "value", "1")
    _sub(root, "outcomeDeclaration", identifier="FEEDBACK", cardinality="multiple", baseType="identifier")

    body = _sub(root, "itemBody")
    fill(_sub(body, "div"), item.stem_html)
    interaction = _sub(
        body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle="true", maxChoices="0" if multiple else "1"
    )
    fixed = {"fixed": "true"} if not shuffles(item) else {}
    for identifier, option in zip(ids, item.options):
        fill(_sub(interaction, "simpleChoice", identifier=identifier, **fixed), option.html)

    processing = _sub(root, "responseProcessing")
    # A fully right answer scores MAXSCORE exactly. Mapping alone would give
    # three right options 0.3333333 each, 0.9999999 in all, and a player that
    # compares score with maximum would never count the answer as right.
    condition = _sub(processing, "responseCondition")
    exact = _sub(condition, "responseIf")
    match = _sub(exact, "match")
    _sub(match, "variable", identifier="RESPONSE")
    _sub(match, "correct", identifier="RESPONSE")
    _sub(_sub(exact, "setOutcomeValue", identifier="SCORE"), "variable", identifier="MAXSCORE")
    partial = _sub(condition, "responseElse")
    _sub(_sub(partial, "setOutcomeValue", identifier="SCORE"), "mapResponse", identifier="RESPONSE")
    set_feedback = _sub(_sub(processing, "setOutcomeValue", identifier="FEEDBACK"), "multiple")
    _sub(set_feedback, "variable", identifier="RESPONSE")
    _sub(set_feedback, "baseValue", "GENERAL", baseType="identifier")

    for identifier, option in zip(ids, item.options):
        feedback = _sub(root, "modalFeedback", outcomeIdentifier="FEEDBACK", identifier=identifier, showHide="show")
        fill(feedback, option.explanation_html)
    general = general_feedback_html(item)
    if general:
        feedback = _sub(root, "modalFeedback", outcomeIdentifier="FEEDBACK", identifier="GENERAL", showHide="show")
        fill(feedback, general)
    return _xml(root, content), tuple(media)


def assessment_test(chapter_list: list[Chapter], identifier: str, title: str) -> bytes:
    """The test: one section per chapter, referring to every item in course order."""
    root = _root("assessmentTest", QTI_NAMESPACE, QTI_SCHEMA, identifier=identifier, title=title)
    for name in ("SCORE", "MAXSCORE"):
        declaration = _sub(root, "outcomeDeclaration", identifier=name, cardinality="single", baseType="float")
        _sub(_sub(declaration, "defaultValue"), "value", "0")
    part = _sub(root, "testPart", identifier="part", navigationMode="nonlinear", submissionMode="individual")
    for chapter in chapter_list:
        section = _sub(
            part, "assessmentSection", identifier=f"ch{chapter.number:02d}", title=chapter.category, visible="true"
        )
        for item in chapter.page.questions:
            _sub(section, "assessmentItemRef", identifier=chapter.identifier(item), href=item_file(chapter, item))
    # The test total: a strict player reports no total unless the test declares and sums it.
    processing = _sub(root, "outcomeProcessing")
    for name in ("SCORE", "MAXSCORE"):
        _sub(_sub(_sub(processing, "setOutcomeValue", identifier=name), "sum"), "testVariables", variableIdentifier=name)
    return _xml(root)


def manifest(identifier: str, items: list[tuple[str, str, tuple[MediaFile, ...]]]) -> bytes:
    """``imsmanifest.xml``: the test and each item as resources, each with all its files."""
    root = _root("manifest", CP_NAMESPACE, CP_SCHEMA, identifier=f"MANIFEST-{identifier}")
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "QTIv2.1 Package")
    _sub(metadata, "schemaversion", "1.0.0")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    test = _sub(resources, "resource", identifier=f"TEST-{identifier}", type="imsqti_test_xmlv2p1", href="assessment.xml")
    _sub(test, "file", href="assessment.xml")
    for item_id, _, _ in items:
        _sub(test, "dependency", identifierref=item_id)
    for item_id, href, media in items:
        resource = _sub(resources, "resource", identifier=item_id, type="imsqti_item_xmlv2p1", href=href)
        _sub(resource, "file", href=href)
        for file in media:
            _sub(resource, "file", href=file.path)
    return _xml(root)


def package(chapter_list: list[Chapter], docs_dir: Path, identifier: str, title: str) -> bytes:
    """The whole QTI package as zip bytes."""
    files: dict[str, bytes] = {}
    items = []
    for chapter in chapter_list:
        for item in chapter.page.questions:
            data, media = assessment_item(chapter, item, docs_dir)
            href = item_file(chapter, item)
            files[href] = data
            files.update({file.path: file.data for file in media})
            items.append((chapter.identifier(item), href, media))
    files["assessment.xml"] = assessment_test(chapter_list, identifier, title)
    files["imsmanifest.xml"] = manifest(identifier, items)
    return deterministic_zip(files)


def deterministic_zip(files: dict[str, bytes]) -> bytes:
    """A zip whose bytes depend only on ``files``: sorted names, fixed dates and permissions."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()
