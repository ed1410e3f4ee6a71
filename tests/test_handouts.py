"""Classroom handouts (``course.teaching.handouts``): the SIFT card, card sorts and vocabulary lists.

Golden tests: each ``tests/golden/handouts/cases/NAME.md`` must render to
``NAME.html`` and each ``errors/NAME.md`` must fail with ``NAME.error``, with
``tests/golden/handouts`` as the docs folder. ``UPDATE_GOLDEN=1`` rewrites
them; review the diff. The other tests hold the real handouts to the
chapters and lesson notes they come from, so they cannot drift apart.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from course.quiz import QuizError
from course.quiz.collect import chapter_paths
from course.teaching import TeachingError
from course.teaching.handouts import DATA, HandoutError, glossary_terms, load, mixed, timeline

from test_golden import compare
from test_teaching import render

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "handouts"
DOCS = ROOT / "docs"
HANDOUTS = DOCS / "instructors" / "handouts"
CASES = sorted(path.stem for path in (GOLDEN / "cases").glob("*.md"))
ERRORS = sorted(path.stem for path in (GOLDEN / "errors").glob("*.md"))


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def squashed(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*_`]", "", text)).strip().lower()


@pytest.mark.parametrize("name", CASES)
def test_renders_as_golden(name: str) -> None:
    compare(GOLDEN / "cases" / f"{name}.html", render(GOLDEN / "cases" / f"{name}.md", GOLDEN) + "\n")


@pytest.mark.parametrize("name", ERRORS)
def test_bad_block_fails_with_golden_message(name: str) -> None:
    with pytest.raises(TeachingError) as caught:
        render(GOLDEN / "errors" / f"{name}.md", GOLDEN)
    message = str(caught.value)
    assert message.startswith(f"{(GOLDEN / 'errors' / name).relative_to(ROOT)}.md:"), "the message must name the file"
    assert isinstance(caught.value, QuizError), "'python -m course check' reports QuizError"
    compare(GOLDEN / "errors" / f"{name}.error", message + "\n")


def test_timeline_cards_come_from_the_chapter() -> None:
    eras = timeline((GOLDEN / "chapters" / "02-eras.md").read_text(encoding="utf-8"), r"\d{4}\s*[–-]\s*\d{4}$")
    assert eras == [
        ("Early days, 1990–1999", ["1991, the first thing", "1995, a linked thing"]),
        ("Later days, 2000–2009", ["2004, a third thing"]),
    ]


def test_cards_are_mixed_the_same_way_every_time() -> None:
    cards = [f"Step {n}" for n in range(1, 9)]
    assert mixed(cards) == mixed(list(reversed(cards))) != cards


def test_glossary_tags_name_every_chapter() -> None:
    terms = {term.name: term.chapters for term in glossary_terms((GOLDEN / "glossary.md").read_text(encoding="utf-8"))}
    assert terms == {"Archive": (2,), "Move": (1, 2), "Trace": (1,)}


def test_a_broken_data_file_names_the_handout(tmp_path: Path) -> None:
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "01-x.md").write_text("# X\n", encoding="utf-8")
    data = tmp_path / DATA
    data.parent.mkdir(parents=True)
    data.write_text("card:\n  kind: moves\n  title: T\n  chapter: chapters/01-x.md\n", encoding="utf-8")
    with pytest.raises(HandoutError, match="handout 'card' lacks intro, moves, note"):
        load(tmp_path)
    data.write_text("card:\n  kind: poster\n", encoding="utf-8")
    with pytest.raises(HandoutError, match="needs 'kind:' moves, cards, timeline"):
        load(tmp_path)


# --- The real course ------------------------------------------------------


@pytest.fixture(scope="module")
def handouts() -> dict[str, dict]:
    return load(DOCS)


def test_the_sift_card_says_what_chapter_12_says(handouts: dict[str, dict]) -> None:
    """Each move is a move of the chapter's list, in its order, and each question is asked in the chapter."""
    card = handouts["sift-card"]
    text = (DOCS / card["chapter"]).read_text(encoding="utf-8")
    leads = re.findall(r"^- \*\*(.+?)\.\*\*", text.split("## SIFT", 1)[1].split("\n## ", 1)[0], re.MULTILINE)
    assert [move["move"] for move in card["moves"]] == leads
    assert "".join(move["move"][0] for move in card["moves"]) == "SIFT"
    for move in card["moves"]:
        assert squashed(move["ask"]) in squashed(text), f"chapter 12 does not ask {move['ask']!r}"
    assert squashed(card["note"]) in squashed(text)


def test_the_face_swap_cards_are_the_notes_cards(handouts: dict[str, dict]) -> None:
    """The notes give the order and the reasons; the handout prints the same cards."""
    entry = handouts["face-swap-steps"]
    notes = (DOCS / entry["notes"]).read_text(encoding="utf-8")
    listed = notes.split("### Card sort", 1)[1].split("\n## ", 1)[0]
    numbered = re.findall(r"^\d+\. (.+)$", listed, re.MULTILINE)
    assert numbered == entry["cards"], "the notes' numbered steps must be the handout's cards, in the right order"
    for extra in entry["extra"]:
        assert f'"{extra["text"]}" ({extra["why"]})' in listed, extra["text"]


def test_the_era_cards_are_the_chapters_eras(handouts: dict[str, dict]) -> None:
    entry = handouts["era-cards"]
    eras = timeline((DOCS / entry["chapter"]).read_text(encoding="utf-8"), entry["sections"])
    assert len(eras) == 6 and all(events for _, events in eras)
    notes = (DOCS / entry["notes"]).read_text(encoding="utf-8")
    for era, _ in eras:
        assert era in notes, f"the notes' card sort does not name the era {era!r}"


def test_every_chapter_has_a_vocabulary_list_linked_from_the_index() -> None:
    chapters = [path.name for path in chapter_paths(DOCS)]
    pages = sorted((HANDOUTS / "vocabulary").glob("*.md"))
    assert [page.name for page in pages] == chapters
    for page in pages:
        body, _ = get_data(page.read_text(encoding="utf-8"))
        assert re.findall(r"^/// vocabulary \| (\S+)$", body, re.MULTILINE) == [f"chapters/{page.name}"]
    # The page's chapter table comes from the nav (/// chapter-pages), so look at what it renders.
    index = render(DOCS / "instructors" / "keys-and-worksheets.md", DOCS)
    for name in chapters:
        assert f'href="handouts/vocabulary/{name}"' in index, name
    for page in ("sift-card", "face-swap-steps", "era-cards"):
        assert f'href="handouts/{page}.md"' in index, page


def test_every_glossary_term_is_on_a_vocabulary_list() -> None:
    count = len(chapter_paths(DOCS))
    for term in glossary_terms((DOCS / "glossary.md").read_text(encoding="utf-8")):
        assert term.chapters and all(1 <= number <= count for number in term.chapters), term.name


def test_handouts_stay_out_of_the_menu_and_search() -> None:
    assert "/instructors/handouts/" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in HANDOUTS.rglob("*.md"):
        _, meta = get_data(page.read_text(encoding="utf-8"))
        assert meta.get("search") == {"exclude": True}, page
