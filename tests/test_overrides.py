"""Theme overrides that announce upstream change, and a theme that survives corrupt storage.

Several files in ``overrides/`` copy or edit Material's own templates and
scripts. A Material upgrade that changes one of those files would otherwise
leave the copy silently out of date, so ``tests/material_upstream.yaml`` records the
hash of each Material file a copy came from, and the first test fails, naming
the override and the course's intended changes, as soon as the installed
Material differs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import material
import pytest
import yaml

from conftest import ROOT

OVERRIDES = ROOT / "overrides"
MATERIAL = Path(material.__file__).parent
RECORD = yaml.safe_load((ROOT / "tests" / "material_upstream.yaml").read_text(encoding="utf-8"))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("entry", RECORD["copies"], ids=lambda entry: entry["override"])
def test_copied_material_files_have_not_changed_upstream(entry: dict[str, str]) -> None:
    upstream = MATERIAL / entry["upstream"]
    assert (OVERRIDES / entry["override"]).is_file(), f"overrides/{entry['override']} is recorded but missing"
    assert upstream.is_file(), f"Material no longer has {entry['upstream']}: overrides/{entry['override']} copies it"
    assert _sha256(upstream) == entry["sha256"], (
        f"Material's {entry['upstream']} changed since overrides/{entry['override']} was made from it "
        f"(Material {RECORD['material']}). Compare the two, carry the course's changes over "
        f"({entry['changes']}), then record the new hash in tests/material_upstream.yaml."
    )


def test_every_override_is_recorded() -> None:
    recorded = {entry["override"] for entry in RECORD["copies"]} | set(RECORD["own"])
    present = {path.relative_to(OVERRIDES).as_posix() for path in OVERRIDES.rglob("*") if path.is_file()}
    assert present == recorded, "list each file in overrides/ in tests/material_upstream.yaml, as a copy or as the course's own"


def test_the_recorded_version_is_the_pinned_one() -> None:
    pinned = next(line for line in (ROOT / "pyproject.toml").read_text().splitlines() if "mkdocs-material==" in line)
    assert f"=={RECORD['material']}\"" in pinned


SCOPE_KEY = "/.__palette"  # the served site's root, as __md_scope's pathname, then the entry name


@pytest.mark.browser
@pytest.mark.parametrize(
    "saved",
    ["{not json", '{"color": "slate"}', '{"color": {"media": "(prefers-color-scheme)"}, "index": 7}', "[1, 2]"],
    ids=["not-json", "colour-not-object", "index-out-of-range", "array"],
)
def test_a_corrupt_saved_palette_never_breaks_a_page(new_page, base_url: str, saved: str) -> None:
    page = new_page()
    page.add_init_script(f"localStorage.setItem({SCOPE_KEY!r}, {saved!r})")
    page.goto(base_url + "chapters/01-what-is-a-deepfake.html")
    # new_page fails the test on any script error; the page must also still work.
    page.locator(".md-search__input").wait_for(state="attached")
    assert page.locator("body").get_attribute("data-md-color-scheme") in ("default", "slate")
    quiz = page.locator(".quiz").first
    quiz.locator(".quiz__option input").first.check()
    quiz.locator(".quiz__check").click()
    assert quiz.locator(".quiz__feedback").inner_text().strip()


@pytest.mark.browser
def test_a_saved_dark_palette_still_applies(new_page, base_url: str) -> None:
    saved = '{"index": 1, "color": {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "indigo", "accent": "indigo"}}'
    page = new_page()
    page.add_init_script(f"localStorage.setItem({SCOPE_KEY!r}, {saved!r})")
    page.goto(base_url + "chapters/01-what-is-a-deepfake.html")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
