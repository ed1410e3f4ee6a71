"""The offline package (``make zip``) works when unzipped and opened from disk."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

import course.package
from course.package import NAME, package, version

from conftest import search_from_disk

CHAPTER_LINK = "What is a deepfake?"


@pytest.fixture(scope="module")
def unzipped(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's strict build zipped as ``make zip`` zips its own build, then unzipped elsewhere."""
    archive = package(tmp_path_factory.mktemp("dist"), site)
    assert archive.name == f"{NAME}-{version()}.zip"
    destination = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        assert all(name.startswith(f"{NAME}-{version()}/") for name in names), "one top-level folder"
        opened.extractall(destination)
    return destination / f"{NAME}-{version()}"


def test_package_is_reproducible(site: Path, tmp_path: Path) -> None:
    first = package(tmp_path / "one", site).read_bytes()
    second = package(tmp_path / "two", site).read_bytes()
    assert first == second


def test_package_without_a_site_builds_strictly_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``make zip`` builds the course itself; a failed build makes no package (the build is stood in for here)."""
    built: list[Path] = []

    def fake_build(destination: Path, config_file: Path | None = None, site_url: str | None = None) -> object:
        built.append(destination)
        (destination / "index.html").parent.mkdir(parents=True, exist_ok=True)
        (destination / "index.html").write_text("<p>course</p>", encoding="utf-8")
        return type("Result", (), {"returncode": 0, "stderr": ""})()

    monkeypatch.setattr(course.package, "strict_build", fake_build)
    archive = package(tmp_path / "dist")
    assert len(built) == 1
    with zipfile.ZipFile(archive) as opened:
        assert f"{NAME}-{version()}/index.html" in opened.namelist()

    monkeypatch.setattr(course.package, "strict_build", lambda *args, **kwargs: type("Result", (), {"returncode": 1, "stderr": "boom"})())
    with pytest.raises(SystemExit, match="boom"):
        package(tmp_path / "failed")
    assert not (tmp_path / "failed").exists() or not list((tmp_path / "failed").iterdir())


def test_package_has_the_whole_site_and_a_read_me(unzipped: Path) -> None:
    assert (unzipped / "index.html").is_file()
    assert (unzipped / "search" / "search_index.js").is_file(), "search must work without a server"
    assert "Open index.html" in (unzipped / "README.txt").read_text(encoding="utf-8")
    assert len(list((unzipped / "chapters").glob("*.html"))) >= 14


@pytest.mark.browser
def test_unzipped_course_works_from_disk(new_page, unzipped: Path, requests_seen: list[str]) -> None:
    page = new_page()
    page.goto((unzipped / "index.html").as_uri())
    # Navigation: follow the site's own link to the first chapter.
    page.get_by_role("link", name=CHAPTER_LINK).first.click()
    page.wait_for_url("**/chapters/01-what-is-a-deepfake.html")
    # Quizzes: answer the first question correctly.
    quiz = page.locator(".quiz").first
    right = quiz.locator(".quiz__option").evaluate_all(
        "options => options.findIndex(o => o.dataset.correct === 'true')"
    )
    quiz.locator(".quiz__option input").nth(right).check()
    quiz.locator(".quiz__check").click()
    assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct.")
    # Progress: the progress page, reached by its link, shows the answer.
    page.get_by_role("link", name="My progress").first.click()
    page.wait_for_url("**/progress.html")
    answered = page.locator('.course-progress__chapters [data-cell="answered"]').first
    expect(answered).to_have_text(re.compile(r"^1 of "))
    # Search: the offline search index answers from disk.
    search_from_disk(page, requests_seen)


def test_footer_shows_the_course_version_and_licence(site: Path) -> None:
    footer = (site / "index.html").read_text(encoding="utf-8").split('class="md-copyright"', 1)[1][:800]
    assert f"Version {version()}." in footer, "mkdocs.yml copyright must name the version in pyproject.toml"
    assert 'href="https://creativecommons.org/licenses/by-sa/4.0/"' in footer and "CC BY-SA 4.0" in footer


def test_publishing_workflow_builds_strictly_for_its_address_and_ships_the_zip() -> None:
    import yaml

    workflow = yaml.safe_load((Path(__file__).resolve().parent.parent / ".github/workflows/pages.yml").read_text())
    steps = [step.get("run", "") + str(step.get("env", "")) for step in workflow["jobs"]["build"]["steps"]]
    assert any("mkdocs build --strict" in step and "SITE_URL" in step for step in steps)
    assert any("python -m course.package --site site" in step for step in steps)
