"""Every chapter fits one lesson, measured on the built site (AUTHORING.md, "A chapter fits one lesson").

``python -m course check`` measures the Markdown as converted; this test
measures what the site really shows: each built chapter's article, counted
with the same rules (``course.lint.lesson.core_words``), its questions, the
minutes its summary states, its warm-up, key points, folded sources and model
answers. A failure names the chapter and its numbers. Folded blocks must stay
searchable: the site's search index holds their words.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from course.chapters import chapter_paths
from course.lint.lesson import KEY_POINTS, MAX_MINUTES, MAX_WORDS, WARM_UP_QUESTIONS, core_words, minimum_minutes
from course.quiz.collect import parse_fragment

from conftest import ROOT

CHAPTERS = [path.stem for path in chapter_paths(ROOT / "docs")]  # the nav's "Chapters" section
RE_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.DOTALL)
RE_MINUTES = re.compile(r"<strong>Time:</strong> about (\d+) minutes")


def article(site: Path, chapter: str) -> str:
    html = (site / "chapters" / f"{chapter}.html").read_text(encoding="utf-8")
    match = RE_ARTICLE.search(html)
    assert match, f"{chapter}: no article in the built page"
    return match.group(1)


def sections(html: str) -> dict[str, list[object]]:
    """The article's top-level elements, grouped under the ``h2`` they follow (by heading id)."""
    root = parse_fragment(html)
    groups: dict[str, list[object]] = {"": []}
    current = ""
    for element in root:
        if element.tag == "h2" and "chapter-summary__title" not in (element.get("class") or ""):
            current = element.get("id", "")
            groups[current] = []
        else:
            groups[current].append(element)
    return groups


def classes(element: object) -> set[str]:
    return set((element.get("class") or "").split())  # type: ignore[attr-defined]


def outermost(element: object, tag: str) -> list[object]:
    """``element`` if it is a ``tag``, else the ``tag`` elements inside it that no other ``tag`` holds."""
    if element.tag == tag:  # type: ignore[attr-defined]
        return [element]
    return [found for child in element for found in outermost(child, tag)]  # type: ignore[attr-defined]


def quizzes(elements: list[object]) -> int:
    return sum(1 for element in elements for node in element.iter() if "quiz" in classes(node) and node.tag != "details")  # type: ignore[attr-defined]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_fits_one_lesson(site: Path, chapter: str) -> None:
    html = article(site, chapter)
    words = core_words(html)
    questions = html.count('class="quiz quiz--')
    found = RE_MINUTES.search(html)
    assert found, f"{chapter}: the summary states no time"
    minutes = int(found.group(1))
    need = minimum_minutes(words, questions)
    numbers = f"{words:,} core words, {questions} questions, stated {minutes} min, needs at least {math.ceil(need)} min"
    assert words <= MAX_WORDS, f"{chapter}: core reading over {MAX_WORDS:,} words ({numbers})"
    assert need <= minutes <= MAX_MINUTES, f"{chapter}: minutes not honest or over one period ({numbers})"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_has_warm_up_key_points_folded_sources_and_model_answers(site: Path, chapter: str) -> None:
    groups = sections(article(site, chapter))
    headings = [heading for heading in groups if heading]
    number = int(chapter[:2])
    if number >= 2:
        assert headings[0] == "warm-up", f"{chapter}: starts with {headings[0]!r}, not the warm-up"
        assert quizzes(groups["warm-up"]) == WARM_UP_QUESTIONS, f"{chapter}: warm-up has {quizzes(groups['warm-up'])} questions"
    points = [item for element in groups.get("key-points", []) if element.tag == "ul" for item in element if item.tag == "li"]  # type: ignore[attr-defined]
    low, high = KEY_POINTS
    assert low <= len(points) <= high, f"{chapter}: {len(points)} key points ({low}-{high})"
    folds = [node for element in groups.get("sources", []) for node in element.iter() if node.tag == "details"]  # type: ignore[attr-defined]
    assert folds and all("sources" in classes(fold) and "open" not in fold.attrib for fold in folds), f"{chapter}: sources not folded"  # type: ignore[attr-defined]
    assert any(node.tag == "li" for fold in folds for node in fold.iter()), f"{chapter}: the folded Sources list is empty"  # type: ignore[attr-defined]
    # Each Check yourself prompt is a list item holding its model answer, folded.
    lists = [found for element in groups.get("check-yourself", []) for found in outermost(element, "ol")]
    assert len(lists) == 1, f"{chapter}: Check yourself has {len(lists)} numbered lists (one, numbered 1, 2, 3..., keeps the numbering)"
    prompts = [item for item in lists[0] if item.tag == "li"]
    missing = [index for index, item in enumerate(prompts, 1) if not any(node.tag == "details" and "answer" in classes(node) for node in item.iter())]
    assert not missing, f"{chapter}: Check yourself prompts {missing} of {len(prompts)} have no model answer inside their list item"


def plain_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace(" ,", ",").strip()


@pytest.fixture(scope="module")
def search_index(site: Path) -> dict[str, str]:
    """The site's search index: the text of each page, all its sections together, by page address."""
    raw = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    docs = json.loads(raw[raw.index("{") : raw.rindex("}") + 1])["docs"]
    pages: dict[str, str] = {}
    for doc in docs:
        page = doc["location"].split("#")[0]
        pages[page] = pages.get(page, "") + " " + plain_text(doc["text"])
    return pages


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_search_finds_text_in_folded_blocks(site: Path, chapter: str, search_index: dict[str, str]) -> None:
    """Folded Sources and Go deeper blocks stay in the page, so the site's search finds their words."""
    html = article(site, chapter)
    indexed = re.sub(r"\s+", "", search_index[f"chapters/{chapter}.html"])
    for kind in ("sources", "deeper"):
        block = re.search(rf'<details class="{kind}">.*?<(?:p|li)>(.*?)</(?:p|li)>', html, re.DOTALL)
        if block is None and kind == "deeper":
            continue  # a chapter may have no Go deeper block
        assert block, f"{chapter}: no folded {kind} block"
        words = " ".join(plain_text(re.sub(r'<span class="gloss__tip".*?</span>', "", block.group(1))).split()[:6])
        assert re.sub(r"\s+", "", words) in indexed, f"{chapter}: search does not find {words!r} from its folded {kind} block"
