"""The committed media are exactly what the demo scripts generate, catalogued, small and accessible.

If a test here fails after you changed a script, regenerate with
``python -m demos`` (figures) or ``make media`` (everything) and commit the
result together with the code.
"""

from __future__ import annotations

import importlib
import xml.etree.ElementTree as etree
from pathlib import Path
from types import ModuleType

import pytest

from demos import FIGURE_MODULES, MEDIA_MODULES, catalogue

MEDIA = Path(__file__).resolve().parent.parent / "docs" / "media"
SVG = "{http://www.w3.org/2000/svg}"
#: Cheap, machine-independent generators: every figure module, and the media modules that say so.
CHECKED = [
    name
    for name in (*FIGURE_MODULES, *MEDIA_MODULES)
    if name in FIGURE_MODULES or getattr(importlib.import_module(name), "CHECKED_BY_TESTS", False)
]
MODULES = [importlib.import_module(name) for name in CHECKED]
AUDIO_LIMIT_KB = 100
PAGE_MEDIA_LIMIT_KB = 500


@pytest.fixture(params=MODULES, ids=CHECKED)
def module(request: pytest.FixtureRequest) -> ModuleType:
    return request.param


def test_every_media_file_has_a_generator_and_the_catalogue_is_current() -> None:
    # assets() raises if a file sits in a folder no module writes.
    assert catalogue.TABLE.read_text(encoding="utf-8") == catalogue.table(), (
        "demos/MEDIA.md is out of date; run `python -m demos catalogue`"
    )


def test_at_least_one_generated_media_module_is_regenerated_here() -> None:
    """The issue asks for regenerated media to be compared with the committed files, not only SVG diagrams."""
    assert any(name in MEDIA_MODULES for name in CHECKED), "no media module sets CHECKED_BY_TESTS = True"


def test_every_media_file_is_used_and_small() -> None:
    per_page: dict[str, float] = {}
    for asset in catalogue.assets():
        assert asset.pages, f"{asset.path.relative_to(MEDIA)} is not used on any page"
        if asset.path.suffix in {".ogg", ".opus", ".mp3", ".wav", ".m4a"}:
            assert asset.size_kb <= AUDIO_LIMIT_KB, f"{asset.path.name} is {asset.size_kb:.0f} KB"
        for page in asset.pages:
            per_page[page] = per_page.get(page, 0) + asset.size_kb
    heavy = {page: round(size) for page, size in per_page.items() if size > PAGE_MEDIA_LIMIT_KB}
    assert not heavy, f"pages with more than {PAGE_MEDIA_LIMIT_KB} KB of media: {heavy}"


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
