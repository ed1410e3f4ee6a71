"""The committed figures are exactly what the demo scripts generate, and each one is accessible.

If a test here fails after you changed ``demos/scenes.py``, regenerate the
figures with ``python -m demos.scenes`` and commit them together with the code.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import pytest

from demos import scenes

COMMITTED = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch01"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return scenes.write_all(tmp_path_factory.mktemp("ch01"))


def test_generator_writes_every_committed_figure_and_nothing_else(generated: list[Path]) -> None:
    committed = sorted(path.name for path in COMMITTED.glob("*.svg"))
    assert sorted(path.name for path in generated) == committed, (
        "docs/media/ch01 and demos/scenes.py disagree about which figures exist; "
        "run `python -m demos.scenes` and remove stale files"
    )


def test_generated_figures_match_committed_bytes(generated: list[Path]) -> None:
    for path in generated:
        assert path.read_bytes() == (COMMITTED / path.name).read_bytes(), (
            f"{path.name} differs from the committed copy; run `python -m demos.scenes` and commit the result"
        )


def test_generator_is_deterministic(generated: list[Path], tmp_path: Path) -> None:
    again = scenes.write_all(tmp_path)
    assert [path.read_bytes() for path in again] == [path.read_bytes() for path in generated]


@pytest.mark.parametrize("name", sorted(path.name for path in COMMITTED.glob("*.svg")))
def test_figure_is_an_accessible_self_contained_svg(name: str) -> None:
    text = (COMMITTED / name).read_text(encoding="utf-8")
    root = etree.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    assert title is not None and (title.text or "").strip(), f"{name} needs a non-empty <title>"
    desc = root.find(f"{SVG}desc")
    assert desc is not None and (desc.text or "").strip(), f"{name} needs a non-empty <desc>"
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    # Figures must not pull anything from elsewhere: no links, embedded images, scripts or styles.
    for element in root.iter():
        assert element.tag not in {f"{SVG}image", f"{SVG}script", f"{SVG}style", f"{SVG}foreignObject"}, name
        assert not any(key.endswith("href") for key in element.attrib), f"{name} links to another resource"
    assert "url(" not in text and "@import" not in text, f"{name} refers to an external resource"
