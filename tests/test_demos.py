"""The committed figures are exactly what the demo scripts generate, and each one is accessible.

If a test here fails after you changed a figure script, regenerate the
figures with ``python -m demos`` and commit them together with the code.
"""

from __future__ import annotations

import importlib
import xml.etree.ElementTree as etree
from pathlib import Path
from types import ModuleType

import pytest

from demos import FIGURE_MODULES

MEDIA = Path(__file__).resolve().parent.parent / "docs" / "media"
SVG = "{http://www.w3.org/2000/svg}"
MODULES = [importlib.import_module(name) for name in FIGURE_MODULES]


@pytest.fixture(params=MODULES, ids=FIGURE_MODULES)
def module(request: pytest.FixtureRequest) -> ModuleType:
    return request.param


def test_every_media_folder_has_a_generator() -> None:
    folders = {path.parent for path in MEDIA.rglob("*") if path.is_file()}
    assert folders <= {module.DEFAULT_OUT_DIR for module in MODULES}, "media without a script that makes it"


def test_generator_writes_exactly_the_committed_figures(module: ModuleType, tmp_path: Path) -> None:
    generated = module.write_all(tmp_path / "first")
    committed = module.DEFAULT_OUT_DIR
    assert sorted(path.name for path in generated) == sorted(path.name for path in committed.iterdir()), (
        f"{committed} and {module.__name__} disagree about which figures exist; run `python -m demos`"
    )
    for path in generated:
        assert path.read_bytes() == (committed / path.name).read_bytes(), (
            f"{path.name} differs from the committed copy; run `python -m demos` and commit the result"
        )
    again = module.write_all(tmp_path / "second")
    assert [path.read_bytes() for path in again] == [path.read_bytes() for path in generated], "not deterministic"


@pytest.mark.parametrize("path", sorted(MEDIA.rglob("*.svg")), ids=lambda path: str(path.relative_to(MEDIA)))
def test_figure_is_an_accessible_self_contained_svg(path: Path) -> None:
    name = path.name
    text = path.read_text(encoding="utf-8")
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
