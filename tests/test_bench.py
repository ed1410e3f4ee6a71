"""The benchmark's baseline must really be the course without its quizzes."""

from __future__ import annotations

import pytest

from conftest import ROOT
from course.bench import strip_quiz_blocks


def test_strips_every_quiz_and_keeps_the_rest() -> None:
    chapter = (ROOT / "docs" / "chapters" / "01-what-is-a-deepfake.md").read_text(encoding="utf-8")
    stripped = strip_quiz_blocks(chapter)
    assert "/// quiz" not in stripped and "- [x]" not in stripped
    assert stripped.startswith(chapter[: chapter.index("/// quiz")].rstrip())


def test_keeps_nested_blocks_outside_quizzes_and_code_examples() -> None:
    text = "```\n/// quiz | Example\n///\n```\n\n/// quiz | Q\n/// details | Inner\nx\n///\n- [x] A\n///\n\n/// note\nkept\n///\n"
    assert strip_quiz_blocks(text) == "```\n/// quiz | Example\n///\n```\n\n\n/// note\nkept\n///\n"


def test_unclosed_block_is_an_error() -> None:
    with pytest.raises(ValueError, match="page.md:1"):
        strip_quiz_blocks("/// quiz | Q\n- [x] A\n", "page.md")
