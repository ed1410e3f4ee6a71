"""LMS export: every question in every format, valid structure, escaping and stable bytes.

Golden files under ``tests/golden/export/`` pin the exact GIFT and Moodle XML
written for a small course (``tests/golden/export/docs``) whose quiz uses every
character GIFT reserves. To accept an intended change, run
``UPDATE_GOLDEN=1 pytest tests/test_export.py`` and review the diff.
"""

from __future__ import annotations

import base64
import io
import os
import re
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

import pytest

from course.chapters import chapter_paths
from course.export import gift, moodle, qti
from course.export.content import Chapter, ExportError, parse_fragment, percent, weights
from course.export.files import COURSE_SLUG, FORMATS, course_chapters, render_exports
from course.quiz.model import QuestionType

from conftest import ROOT

DOCS = ROOT / "docs"
GOLDEN = ROOT / "tests" / "golden" / "export"
SMALL_DOCS = GOLDEN / "docs"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"


@pytest.fixture(scope="module")
def course(export_chapters: list[Chapter]) -> list[Chapter]:
    return export_chapters


@pytest.fixture(scope="module")
def files(course: list[Chapter]) -> dict[str, bytes]:
    return render_exports(course, DOCS)


def questions(chapters: list[Chapter]) -> list[tuple[Chapter, object]]:
    return [(chapter, item) for chapter in chapters for item in chapter.page.questions]


def moodle_questions(data: bytes) -> list[etree.Element]:
    root = etree.fromstring(data)
    assert root.tag == "quiz"
    return [q for q in root.findall("question") if q.get("type") != "category"]


def qti_items(data: bytes) -> tuple[zipfile.ZipFile, etree.Element, dict[str, etree.Element]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = etree.fromstring(archive.read("imsmanifest.xml"))
    items = {}
    for resource in manifest.iter(f"{CP}resource"):
        if resource.get("type") == "imsqti_item_xmlv2p1":
            items[resource.get("identifier")] = etree.fromstring(archive.read(resource.get("href")))
    return archive, manifest, items


# --- Every question, every format --------------------------------------------


def test_the_course_has_its_questions(course: list[Chapter]) -> None:
    assert [chapter.page.path for chapter in course] == [p.relative_to(ROOT / "docs").as_posix() for p in chapter_paths(ROOT / "docs")]
    assert len(questions(course)) >= 140


def test_one_file_per_chapter_and_format_plus_the_course(course: list[Chapter], files: dict[str, bytes]) -> None:
    checks = ["before-you-start", "after-the-course"]  # the before and after checks, each a quiz of its own
    expected = {slug + fmt.suffix for fmt in FORMATS for slug in [COURSE_SLUG, *(c.slug for c in course), *checks]}
    assert set(files) == expected


@pytest.mark.parametrize("slug", [None, "chapter"], ids=["course", "each-chapter"])
def test_every_question_exports_in_every_format(course: list[Chapter], files: dict[str, bytes], slug: str | None) -> None:
    groups = [(COURSE_SLUG, course)] if slug is None else [(c.slug, [c]) for c in course]
    for name, chapters in groups:
        ids = [chapter.identifier(item) for chapter, item in questions(chapters)]
        gift_text = files[name + ".gift"].decode("utf-8")
        assert re.findall(r"^// \[id:(ch\d\d-[a-z0-9-]+)\] chapters/", gift_text, re.M) == ids
        assert len(re.findall(r"^::.*?[^\\]::\[html\]", gift_text, re.M)) == len(ids)
        assert [q.findtext("idnumber") for q in moodle_questions(files[name + ".moodle.xml"])] == ids
        _, _, items = qti_items(files[name + ".qti.zip"])
        assert list(items) == ids


# --- Moodle XML --------------------------------------------------------------


def test_moodle_xml_has_a_category_per_chapter(course: list[Chapter], files: dict[str, bytes]) -> None:
    root = etree.fromstring(files[COURSE_SLUG + ".moodle.xml"])
    categories = [q.findtext("category/text") for q in root.findall("question") if q.get("type") == "category"]
    assert categories == [f"$course$/Deepfake literacy/{c.category}" for c in course]


def test_moodle_answers_fractions_and_feedback(course: list[Chapter], files: dict[str, bytes]) -> None:
    exported = moodle_questions(files[COURSE_SLUG + ".moodle.xml"])
    for (_chapter, item), element in zip(questions(course), exported, strict=True):
        answers = element.findall("answer")
        assert len(answers) == len(item.options), item.id
        fractions = [float(answer.get("fraction")) for answer in answers]
        for answer, option in zip(answers, item.options):
            assert answer.findtext("feedback/text").strip(), f"{item.id}: an answer has no feedback"
            assert (float(answer.get("fraction")) > 0) == option.correct, item.id
        if item.type is QuestionType.TRUE_FALSE:
            assert element.get("type") == "truefalse"
            assert [answer.findtext("text") for answer in answers] == ["true", "false"]
            assert sorted(fractions) == [0, 100]
        else:
            assert element.get("type") == "multichoice"
            multiple = item.type is QuestionType.MULTIPLE
            assert element.findtext("single") == ("false" if multiple else "true")
            assert sum(f for f in fractions if f > 0) == pytest.approx(100, abs=0.001)
            assert sum(f for f in fractions if f < 0) == pytest.approx(-100 if multiple else 0, abs=0.001)
        assert element.find("questiontext").get("format") == "html"
        assert item.id in element.findtext("name/text")


def test_moodle_pictures_travel_inside_the_file(course: list[Chapter], files: dict[str, bytes]) -> None:
    exported = moodle_questions(files[COURSE_SLUG + ".moodle.xml"])
    pictures = 0
    for (_chapter, item), element in zip(questions(course), exported):
        for holder in element.iter():
            text = holder.findtext("text") or ""
            attached = {file.get("name"): file for file in holder.findall("file")}
            for name in re.findall(r'src="@@PLUGINFILE@@/([^"]+)"', text):
                pictures += 1
                assert name in attached, f"{item.id}: {name} is not attached"
                source = next(DOCS.glob(f"media/*/{name}"))
                assert base64.b64decode(attached[name].text) == source.read_bytes()
            assert "../media/" not in text, item.id
    assert pictures >= 20


# --- QTI ---------------------------------------------------------------------


def test_qti_manifest_lists_every_item_and_every_file_exists(files: dict[str, bytes]) -> None:
    for name in (n for n in files if n.endswith(".qti.zip")):
        archive, manifest, items = qti_items(files[name])
        listed = {file.get("href") for file in manifest.iter(f"{CP}file")}
        entries = set(archive.namelist())
        assert listed <= entries, f"{name}: the manifest lists missing files {listed - entries}"
        assert entries - listed == {"imsmanifest.xml"}, f"{name}: files not in the manifest"
        test = etree.fromstring(archive.read("assessment.xml"))
        refs = [ref.get("identifier") for ref in test.iter(f"{QTI}assessmentItemRef")]
        assert refs == list(items)
        for resource in manifest.iter(f"{CP}resource"):
            if resource.get("type") != "imsqti_item_xmlv2p1":
                continue
            item = items[resource.get("identifier")]
            own_files = {file.get("href") for file in resource.findall(f"{CP}file")}
            for image in item.iter(f"{QTI}img"):
                assert image.get("src") in own_files, f"{name}: {image.get('src')} not listed for its item"
                assert image.get("alt")


def test_qti_items_have_responses_interactions_and_feedback(course: list[Chapter], files: dict[str, bytes]) -> None:
    _, _, items = qti_items(files[COURSE_SLUG + ".qti.zip"])
    for chapter, item in questions(course):
        element = items[chapter.identifier(item)]
        assert element.tag == f"{QTI}assessmentItem"
        multiple = item.type is QuestionType.MULTIPLE
        response = element.find(f"{QTI}responseDeclaration")
        assert response.get("cardinality") == ("multiple" if multiple else "single")
        choices = element.findall(f".//{QTI}choiceInteraction/{QTI}simpleChoice")
        assert len(choices) == len(item.options)
        ids = [choice.get("identifier") for choice in choices]
        correct = [value.text for value in response.iterfind(f"{QTI}correctResponse/{QTI}value")]
        assert correct == [i for i, option in zip(ids, item.options) if option.correct]
        interaction = element.find(f".//{QTI}choiceInteraction")
        assert interaction.get("maxChoices") == ("0" if multiple else "1")
        mapped = {entry.get("mapKey"): float(entry.get("mappedValue")) for entry in response.iter(f"{QTI}mapEntry")}
        assert sum(value for value in mapped.values() if value > 0) == pytest.approx(1, abs=1e-6)
        feedback = {fb.get("identifier"): fb for fb in element.findall(f"{QTI}modalFeedback")}
        for identifier, _option in zip(ids, item.options):
            assert "".join(feedback[identifier].itertext()).strip(), f"{item.id}: no feedback for {identifier}"
        assert element.find(f"{QTI}responseProcessing") is not None


def _qti_score(item: etree.Element, chosen: set[str]) -> tuple[float, float]:
    """SCORE and MAXSCORE after ``chosen``, by running the item's own response processing.

    A small interpreter for the QTI 2.1 rules the export writes (conditions,
    ``match``, ``mapResponse``, variables, base values), as a strict player
    would run them: if the export ever scores a fully right answer below its
    maximum, or stops declaring the maximum, this notices.
    """
    response = item.find(f"{QTI}responseDeclaration")
    correct = {value.text for value in response.iterfind(f"{QTI}correctResponse/{QTI}value")}
    mapping = response.find(f"{QTI}mapping")
    outcomes = {}
    for declaration in item.findall(f"{QTI}outcomeDeclaration"):
        default = declaration.findtext(f"{QTI}defaultValue/{QTI}value")
        outcomes[declaration.get("identifier")] = float(default) if default is not None else None

    def value(expression: etree.Element) -> object:
        tag = expression.tag.removeprefix(QTI)
        if tag == "variable":
            name = expression.get("identifier")
            return chosen if name == "RESPONSE" else outcomes[name]
        if tag == "correct":
            return correct
        if tag == "match":
            left, right = (value(child) for child in expression)
            return left == right
        if tag == "mapResponse":
            total = sum(float(e.get("mappedValue")) for e in mapping if e.get("mapKey") in chosen)
            return min(max(total, float(mapping.get("lowerBound"))), float(mapping.get("upperBound")))
        if tag in ("baseValue", "multiple"):
            return None  # only feeds FEEDBACK, which scoring ignores
        raise AssertionError(f"unexpected QTI expression {tag}")

    def run(rules: list[etree.Element]) -> None:
        for rule in rules:
            tag = rule.tag.removeprefix(QTI)
            if tag == "setOutcomeValue":
                if rule.get("identifier") != "FEEDBACK":
                    outcomes[rule.get("identifier")] = value(rule[0])
            elif tag == "responseCondition":
                for branch in rule:
                    if branch.tag == f"{QTI}responseElse" or value(branch[0]):
                        run(list(branch) if branch.tag == f"{QTI}responseElse" else list(branch)[1:])
                        break
            else:
                raise AssertionError(f"unexpected QTI rule {tag}")

    run(list(item.find(f"{QTI}responseProcessing")))
    return outcomes["SCORE"], outcomes["MAXSCORE"]


def test_qti_a_fully_right_answer_scores_the_maximum_exactly(course: list[Chapter], files: dict[str, bytes]) -> None:
    _, _, items = qti_items(files[COURSE_SLUG + ".qti.zip"])
    three_right = 0
    for chapter, item in questions(course):
        element = items[chapter.identifier(item)]
        ids = [choice.get("identifier") for choice in element.iter(f"{QTI}simpleChoice")]
        right = {i for i, option in zip(ids, item.options) if option.correct}
        three_right += len(right) == 3
        score, maximum = _qti_score(element, right)
        assert maximum == 1 and score == maximum, f"{item.id}: a fully right answer scores {score} of {maximum}"
        if item.type is QuestionType.MULTIPLE:
            wrong = {i for i, option in zip(ids, item.options) if not option.correct}
            assert _qti_score(element, right | wrong)[0] < maximum, f"{item.id}: ticking everything scores full marks"
        if len(right) > 1:
            assert 0 < _qti_score(element, set(sorted(right)[:1]))[0] < maximum, f"{item.id}: no partial credit"
    assert three_right, "no select-all question with three right options left to test the rounding case"


def test_qti_test_declares_and_sums_a_total(files: dict[str, bytes]) -> None:
    for name in (n for n in files if n.endswith(".qti.zip")):
        archive, _, items = qti_items(files[name])
        test = etree.fromstring(archive.read("assessment.xml"))
        declared = {d.get("identifier"): d.get("baseType") for d in test.findall(f"{QTI}outcomeDeclaration")}
        assert declared == {"SCORE": "float", "MAXSCORE": "float"}, name
        sums = {
            rule.get("identifier"): rule.find(f"{QTI}sum/{QTI}testVariables").get("variableIdentifier")
            for rule in test.findall(f"{QTI}outcomeProcessing/{QTI}setOutcomeValue")
        }
        assert sums == {"SCORE": "SCORE", "MAXSCORE": "MAXSCORE"}, name
        children = [child.tag.removeprefix(QTI) for child in test]
        assert children.index("outcomeProcessing") > children.index("testPart"), "schema order"


def test_options_shuffle_only_where_order_carries_no_meaning(course: list[Chapter], files: dict[str, bytes]) -> None:
    _, _, items = qti_items(files[COURSE_SLUG + ".qti.zip"])
    exported = moodle_questions(files[COURSE_SLUG + ".moodle.xml"])
    kinds = set()
    for (chapter, item), moodle_element in zip(questions(course), exported, strict=True):
        free = item.type in (QuestionType.SINGLE, QuestionType.MULTIPLE)
        kinds.add(free)
        interaction = items[chapter.identifier(item)].find(f".//{QTI}choiceInteraction")
        assert interaction.get("shuffle") == "true", item.id
        fixed = [choice.get("fixed") for choice in interaction.findall(f"{QTI}simpleChoice")]
        assert fixed == [None if free else "true"] * len(fixed), item.id
        if item.type is not QuestionType.TRUE_FALSE:
            assert moodle_element.findtext("shuffleanswers") == ("true" if free else "false"), item.id
    assert kinds == {True, False}


def test_gift_says_where_a_picture_was_left_out(course: list[Chapter], files: dict[str, bytes]) -> None:
    text = files[COURSE_SLUG + ".gift"].decode("utf-8")
    blocks = re.split(r"\n(?=// \[id:)", text)[1:]
    with_pictures = 0
    for (chapter, item), block in zip(questions(course), blocks, strict=True):
        assert block.startswith(f"// [id:{chapter.identifier(item)}]")
        assert "<img" not in block, item.id
        if "[Picture\\: " in block:
            with_pictures += 1
            assert "import the Moodle XML file" in block, f"{item.id}: the picture's absence is not explained"
        else:
            assert "Moodle XML" not in block, item.id
    assert with_pictures >= 20


def test_qti_zip_is_deterministic_and_sorted(course: list[Chapter]) -> None:
    first = qti.package(course[:2], DOCS, "test", "Test")
    assert first == qti.package(course[:2], DOCS, "test", "Test")
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert archive.namelist() == sorted(archive.namelist())
    assert {info.date_time for info in archive.infolist()} == {qti.FIXED_DATE}


# --- Escaping and golden files ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "escaped"),
    [("~", "\\~"), ("=", "\\="), ("#", "\\#"), ("{", "\\{"), ("}", "\\}"), (":", "\\:"), ("\\", "\\\\"),
     ("a\nb", "a\\nb"), ("C:\\{x}", "C\\:\\\\\\{x\\}"), ("plain & <p>", "plain & <p>")],
)
def test_gift_escapes_reserved_characters(text: str, escaped: str) -> None:
    assert gift.escape(text) == escaped


def _unescape_gift(text: str) -> str:
    """Moodle's own reading of GIFT escapes (qformat_gift::escapedchar_pre/post), to round-trip against."""
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def test_gift_escaping_round_trips() -> None:
    text = "a\\b ~c =d #e {f} g:h \\~ \\\\ end\n"
    assert _unescape_gift(gift.escape(text)) == text


def small_course() -> list[Chapter]:
    return course_chapters(SMALL_DOCS)


@pytest.mark.parametrize("fmt", [fmt for fmt in FORMATS if fmt.name != "qti"], ids=lambda fmt: fmt.name)
def test_small_course_matches_golden(fmt) -> None:
    chapters = small_course()
    actual = fmt.render(chapters, SMALL_DOCS, "golden", "Golden")
    expected_file = GOLDEN / f"01-special-characters{fmt.suffix}"
    if UPDATE:
        expected_file.write_bytes(actual)
    assert expected_file.is_file(), f"{expected_file} is missing: run with UPDATE_GOLDEN=1 and review it"
    assert actual == expected_file.read_bytes()


def test_xml_special_characters_survive(tmp_path: Path) -> None:
    chapters = small_course()
    root = etree.fromstring(moodle.document(chapters, SMALL_DOCS).encode("utf-8"))
    texts = [t.text for t in root.iter("text")]
    assert any("Tom &amp; Jerry say 3 &lt; 4" in t for t in texts)
    assert any(t.startswith("]]&gt;") for t in texts)
    data, _ = qti.assessment_item(chapters[0], chapters[0].page.questions[1], SMALL_DOCS)
    item = etree.fromstring(data)
    assert "Tom & Jerry say 3 < 4 and 5 > 4." in "".join(item.find(f"{QTI}itemBody").itertext())


@pytest.mark.parametrize("text", ["a]]>b", "]]>", "x]]]]>y", "plain"])
def test_cdata_splits_its_end_marker(text: str) -> None:
    assert etree.fromstring(f"<t>{moodle.cdata(text)}</t>").text == text


def test_links_to_other_pages_become_text_and_pictures_alt_text() -> None:
    chapters = small_course()
    text = gift.document(chapters, SMALL_DOCS)
    assert "See chapter 1." in text and "01-special-characters.md\"" not in text
    assert "[Picture\\: A grey square with the text \"a \\= b\"]" in text
    assert "https\\://example.org/a?b\\=c&amp;d\\=e\\#f" in text


def test_fragment_parser_keeps_text_and_tails() -> None:
    root = parse_fragment('<p>A <em>b</em> c &amp; <img alt="x" src="y.svg" /> d</p>')
    assert etree.tostring(root, encoding="unicode") == '<div><p>A <em>b</em> c &amp; <img alt="x" src="y.svg" /> d</p></div>'


# --- Weights ------------------------------------------------------------------


def test_select_all_weights_make_guessing_everything_worthless() -> None:
    chapter = small_course()[0]
    multiple = chapter.page.questions[1]
    shares = weights(chapter, multiple)
    assert [percent(w) for w in shares] == ["50", "50", "-33.33333", "-33.33333", "-33.33333"]
    assert sum(shares) == pytest.approx(0)


def test_too_many_options_for_moodle_grades_is_an_error(tmp_path: Path) -> None:
    chapter_file = tmp_path / "chapters" / "01-many.md"
    chapter_file.parent.mkdir()
    options = "".join(f"- [{'x' if n == 0 else ' '}] Option {n}\n    Explanation {n}.\n" for n in range(12))
    chapter_file.write_text(
        f"---\ntitle: Many\n---\n\n/// quiz | Many\n    id: many\n    type: multiple\n\nPick.\n\n{options}///\n",
        encoding="utf-8",
    )
    chapter = course_chapters(tmp_path)[0]
    with pytest.raises(ExportError, match=r"^chapters/01-many\.md:5: cannot split marks between 11 options"):
        weights(chapter, chapter.page.questions[0])
