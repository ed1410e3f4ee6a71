"""The real-or-fake item bank (course/quiz/items.py): checked entries, clear errors, every item used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from course.quiz import QuizError
from course.quiz.items import Status, load_items

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "demos" / "items.yaml"
GOOD = """\
items:
  - id: sample
    media: media/sample.svg
    alt: A drawing
    status: real
    made: Drawn.
    provenance: Here.
    licence: CC0
"""


def bank(tmp_path: Path, text: str) -> Path:
    (tmp_path / "media").mkdir(exist_ok=True)
    (tmp_path / "media" / "sample.svg").write_text("<svg/>")
    path = tmp_path / "items.yaml"
    path.write_text(text)
    return path


def test_a_good_bank_loads(tmp_path: Path) -> None:
    items = load_items(bank(tmp_path, GOOD), tmp_path)
    assert items["sample"].status is Status.REAL and items["sample"].line == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("status: real", "status: fake"), ":2: item 'sample': status must be one of real, edited, generated"),
        (("licence: CC0", "license: CC0"), ":2: unknown item field 'license' (did you mean 'licence'?)"),
        (("    alt: A drawing\n", ""), ":2: item 'sample' needs 'alt'"),
        (("media/sample.svg", "media/missing.svg"), ":2: item 'sample': media file"),
        (("id: sample", "id: Sample Item"), ":2: item id 'Sample Item' must be lowercase"),
        (("items:", "things:"), ":1: the item bank must have an 'items:' list"),
        (("alt: A drawing", "alt: [unclosed"), "the item bank is not valid YAML"),
    ],
)
def test_bank_errors_name_file_line_and_problem(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = bank(tmp_path, GOOD.replace(*change))
    with pytest.raises(QuizError) as caught:
        load_items(path, tmp_path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value), str(caught.value)


def test_duplicate_ids_name_both_lines(tmp_path: Path) -> None:
    path = bank(tmp_path, GOOD + GOOD.split("\n", 1)[1])
    with pytest.raises(QuizError, match=r":9: item id 'sample' is used twice \(first on line 2\)"):
        load_items(path, tmp_path)


def test_every_item_in_the_course_bank_is_used_by_a_quiz() -> None:
    items = load_items(BANK, ROOT / "docs")
    used = {
        match
        for page in (ROOT / "docs").rglob("*.md")
        for match in re.findall(r"^\s+item:\s*([a-z0-9-]+)\s*$", page.read_text(encoding="utf-8"), re.MULTILINE)
    }
    assert set(items) == used, f"unused: {set(items) - used}; unknown: {used - set(items)}"
    assert {item.status for item in items.values()} == set(Status), "the bank should hold real, edited and generated items"
