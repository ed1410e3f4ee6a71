"""Golden tests: Markdown in, HTML (or an error message) out, compared exactly.

``tests/golden/quiz/NAME.md`` must render to ``NAME.html``; each
``tests/golden/errors/NAME.md`` must fail with the message in ``NAME.error``.
Rendering uses the site's own Markdown settings (read from mkdocs.yml) and no
site build. To accept intended changes, run ``UPDATE_GOLDEN=1 pytest
tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from course.pages import convert_page, make_markdown
from course.quiz import QuizError

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
ITEMS = str((GOLDEN / "items.yaml").relative_to(ROOT))
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

RENDER_CASES = sorted(path.stem for path in (GOLDEN / "quiz").glob("*.md"))
ERROR_CASES = sorted(path.stem for path in (GOLDEN / "errors").glob("*.md"))


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Error messages name files relative to the repository root, as in a real build."""
    monkeypatch.chdir(ROOT)


def compare(expected_file: Path, actual: str) -> None:
    if UPDATE:
        expected_file.write_text(actual, encoding="utf-8")
    assert expected_file.is_file(), f"{expected_file} is missing: run with UPDATE_GOLDEN=1 and review it"
    assert actual == expected_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", RENDER_CASES)
def test_renders_as_golden(name: str) -> None:
    folder = (GOLDEN / "quiz").relative_to(ROOT)
    html, _ = convert_page((folder / f"{name}.md").read_text(encoding="utf-8"), make_markdown(str(folder), items=ITEMS))
    compare(GOLDEN / "quiz" / f"{name}.html", html + "\n")


@pytest.mark.parametrize("name", ERROR_CASES)
def test_bad_input_fails_with_golden_message(name: str) -> None:
    folder = (GOLDEN / "errors").relative_to(ROOT)
    source = (folder / f"{name}.md").read_text(encoding="utf-8")
    with pytest.raises(QuizError) as caught:
        convert_page(source, make_markdown(str(folder), items=ITEMS))
    message = str(caught.value)
    assert message.startswith(f"{folder / name}.md:"), "the message must name the file"
    compare(GOLDEN / "errors" / f"{name}.error", message + "\n")


def test_every_question_type_has_a_golden_case() -> None:
    types = set()
    for name in RENDER_CASES:
        text = (GOLDEN / "quiz" / f"{name}.md").read_text(encoding="utf-8")
        if "/// quiz" in text.replace("```markdown\n/// quiz", ""):
            types.add(next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.strip().startswith("type:")), "single"))
    assert types >= {"single", "multiple", "true-false", "real-or-fake"}


def test_without_docs_dir_the_message_names_the_line() -> None:
    source = (GOLDEN / "errors" / "two-correct-single.md").read_text(encoding="utf-8")
    with pytest.raises(QuizError) as caught:
        convert_page(source, make_markdown(""))
    assert str(caught.value) == (
        "line 10: quiz 'two-right' is a single-choice question but marks 2 correct answers (lines 8, 10); "
        "mark one, or add 'type: multiple'"
    )
    assert caught.value.line == 10


def test_converter_is_reusable_across_pages() -> None:
    """State from one page (ids, numbering) must not leak into the next."""
    md = make_markdown("")
    source = (GOLDEN / "quiz" / "single.md").read_text(encoding="utf-8")
    first, _ = convert_page(source, md)
    second, _ = convert_page(source, md)
    assert first == second
    assert "Question 1" in first and "Question 2" not in first
