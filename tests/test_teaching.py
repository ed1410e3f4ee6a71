"""Answer keys, worksheets and the whole course on one page (``course.teaching``), without a site build.

Golden tests: each ``tests/golden/teaching/cases/NAME.md`` must render to
``NAME.html`` and each ``errors/NAME.md`` must fail with ``NAME.error``, with
``tests/golden/teaching`` as the docs folder (its ``chapters/`` are the
course). ``UPDATE_GOLDEN=1`` rewrites them; review the diff. The other tests
check the real course: every chapter has its answer key and worksheet, and
they say what the quizzes say.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import markdown
import pytest
from mkdocs.utils.meta import get_data

from course.pages import convert_page, make_markdown, markdown_settings
from course.quiz import QuizError
from course.quiz.collect import chapter_paths, collect_page
from course.teaching import TeachingError
from course.teaching.fragments import parse_fragment, rebase

from test_golden import compare

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "teaching"
DOCS = ROOT / "docs"
CASES = sorted(path.stem for path in (GOLDEN / "cases").glob("*.md"))
ERRORS = sorted(path.stem for path in (GOLDEN / "errors").glob("*.md"))


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Error messages name files relative to the repository root, as in a real build."""
    monkeypatch.chdir(ROOT)


def teaching_markdown(docs_dir: Path) -> markdown.Markdown:
    """The site's Markdown settings with ``docs_dir`` as the folder of both quizzes and teaching blocks."""
    names, settings = markdown_settings()
    folder = str(docs_dir.relative_to(ROOT))
    settings.setdefault("course.quiz", {})["docs_dir"] = folder
    settings.setdefault("course.teaching", {})["docs_dir"] = folder
    return markdown.Markdown(extensions=names, extension_configs=settings)


def render(path: Path, docs_dir: Path = GOLDEN) -> str:
    html, _ = convert_page(path.read_text(encoding="utf-8"), teaching_markdown(docs_dir))
    return html


@pytest.mark.parametrize("name", CASES)
def test_renders_as_golden(name: str) -> None:
    compare(GOLDEN / "cases" / f"{name}.html", render(GOLDEN / "cases" / f"{name}.md") + "\n")


@pytest.mark.parametrize("name", ERRORS)
def test_bad_block_fails_with_golden_message(name: str) -> None:
    with pytest.raises(TeachingError) as caught:
        render(GOLDEN / "errors" / f"{name}.md")
    message = str(caught.value)
    assert message.startswith(f"{(GOLDEN / 'errors' / name).relative_to(ROOT)}.md:"), "the message must name the file"
    assert isinstance(caught.value, QuizError), "'python -m course check' reports QuizError"
    compare(GOLDEN / "errors" / f"{name}.error", message + "\n")


def test_worksheet_gives_nothing_away() -> None:
    html = render(GOLDEN / "cases" / "worksheet.md")
    for giveaway in ("Yes —", "No —", "Right", "Wrong", "data-correct", "explanation"):
        assert giveaway not in html
    assert "Name:" in html and "Date:" in html
    assert html.count('class="worksheet__box"') == 5, "one box per option"
    assert "How sure are you?" in html, "a confidence question keeps its scale"


def test_answer_key_marks_every_option() -> None:
    html = render(GOLDEN / "cases" / "answer-key.md")
    assert html.count("Right.</strong>") == 3 and html.count("Wrong.</strong>") == 2
    assert "<strong class=\"answer-key__label\">Right answer:</strong> B" in html
    assert "<strong class=\"answer-key__label\">Right answers:</strong> A, B" in html
    assert 'src="../media/dot.svg"' in html, "images are rebased onto the including page's folder"
    assert 'href="../chapters/02-other.md"' in html
    assert 'href="../chapters/01-sample.md#why-it-matters"' in html, "an in-page link now names its chapter"


def test_whole_course_ids_are_unique_and_fragments_resolve() -> None:
    html = render(GOLDEN / "cases" / "whole-course.md")
    ids = re.findall(r' id="([^"]+)"', html)
    assert [name for name, count in Counter(ids).items() if count > 1] == []
    fragments = re.findall(r' href="#([^"]+)"', html)
    assert fragments and set(fragments) <= set(ids)
    assert 'href="#ch02-why-it-matters"' in html, "a link to another chapter stays on the page"
    assert 'href="#ch01-quiz"' in html
    assert 'data-quiz' not in html and 'Yes —' not in html, "quizzes are printed as worksheets"
    assert "Compare loosely." in html and "quiz-results__summary" not in html


def test_rebase() -> None:
    assert rebase("../media/a.png", "chapters/03-x.md", "instructors/answer-keys") == "../../media/a.png"
    assert rebase("04-y.md#top", "chapters/03-x.md", "") == "chapters/04-y.md#top"
    assert rebase("#top", "chapters/03-x.md", "instructors") == "../chapters/03-x.md#top"
    for untouched in ("https://example.org/a", "/root.html", "mailto:a@example.org", ""):
        assert rebase(untouched, "chapters/03-x.md", "instructors") == untouched


def test_parse_fragment_keeps_text_and_void_elements() -> None:
    root = parse_fragment('lead <img alt="a &amp; b" src="x.png"> mid <em>e</em> &lt;end')
    assert root.text == "lead " and [child.tag for child in root] == ["img", "em"]
    assert root[0].get("alt") == "a & b" and root[0].tail == " mid " and root[1].tail == " <end"


def test_parse_fragment_keeps_each_parse_but_gives_a_fresh_copy() -> None:
    """Fragments are parsed once and copied: what one page changes in its copy never reaches another page."""
    html = '<p>See <a href="04-gans.md">chapter 4</a>.</p>'
    first = parse_fragment(html)
    first[0][0].set("href", "#ch04")
    first[0].append(first[0][0])
    first.text = "changed"
    again = parse_fragment(html)
    assert again.text is None and len(again[0]) == 1 and again[0][0].get("href") == "04-gans.md"


def test_collect_keeps_the_story_of_an_item_bank_picture() -> None:
    folder = Path("tests/golden/quiz")
    page = collect_page(folder / "real-or-fake-item.md", folder, make_markdown(str(folder), items="tests/golden/items.yaml"))
    assert "Drawn by a script from shapes" in page.questions[0].story_html
    assert "How this picture was made" not in page.questions[0].story_html
    assert "<div" in page.html, "the page's own HTML is kept for the printable course"


# --- The real course ------------------------------------------------------


def block_target(page: Path, block: str) -> str:
    """The chapter a teaching page's single block is for."""
    body, _ = get_data(page.read_text(encoding="utf-8"))
    found = re.findall(rf"^/// {block} \| (\S+)$", body, re.MULTILINE)
    assert len(found) == 1, f"{page} must hold exactly one '/// {block}' block"
    return found[0]


@pytest.mark.parametrize("folder,block", [("answer-keys", "answer-key"), ("worksheets", "worksheet")])
def test_every_chapter_has_its_answer_key_and_worksheet(folder: str, block: str) -> None:
    chapters = [path.name for path in chapter_paths(DOCS)]
    assert len(chapters) >= 14
    pages = sorted((DOCS / "instructors" / folder).glob("*.md"))
    assert [page.name for page in pages] == chapters, f"docs/instructors/{folder}/ must have one page per chapter"
    for page in pages:
        assert block_target(page, block) == f"chapters/{page.name}"


def test_the_index_links_every_key_and_worksheet_by_the_chapter_title() -> None:
    """The table is '/// chapter-pages': one row per nav chapter, in order, under the chapter's number and title."""
    source = (DOCS / "instructors" / "keys-and-worksheets.md").read_text(encoding="utf-8")
    html, _ = convert_page(source, make_markdown(str(DOCS)))
    rows = re.findall(r"<tr>(.*?)</tr>", html[html.index('class="teaching chapter-pages"') :], re.DOTALL)[1:]
    paths = chapter_paths(DOCS)
    assert len(rows) == len(paths)
    for number, (path, row) in enumerate(zip(paths, rows), start=1):
        _, meta = get_data(path.read_text(encoding="utf-8"))
        for kind in ("worksheets", "answer-keys", "handouts/vocabulary"):
            assert f'href="{kind}/{path.name}"' in row, f"no {kind} link for {path.name}"
        assert f"<td>{number}. {meta['title']}</td>" in row, f"the row for {path.name} must show its title, {meta['title']!r}"


def test_real_answer_keys_hold_every_right_answer(course_pages: list) -> None:
    """Each key names every question and, in words, every option's verdict and explanation."""
    md = make_markdown("docs")
    for page in course_pages[:3] + course_pages[-1:]:
        html, _ = convert_page((DOCS / "instructors" / "answer-keys" / Path(page.path).name).read_text(encoding="utf-8"), md)
        assert html.count('class="answer-key__question"') == len(page.questions)
        for question in page.questions:
            assert f"Question {question.number}: " in html
            assert html.count("Right.</strong>") >= sum(option.correct for option in question.options)
        assert html.count("Wrong.</strong>") + html.count("Right.</strong>") == sum(len(q.options) for q in page.questions)


def test_whole_course_prints_glossary_terms_as_plain_words() -> None:
    chapter = collect_page(GOLDEN / "chapters" / "01-sample.md", GOLDEN, make_markdown(str(GOLDEN.relative_to(ROOT))))
    assert 'class="gloss"' in chapter.html, "the sample chapter must mention a glossary term"
    html = render(GOLDEN / "cases" / "whole-course.md")
    assert "gloss__" not in html and "An autoencoder is a glossary term." in html
