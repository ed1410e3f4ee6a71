"""The ``/// help-services`` block: golden rendering and errors, the course's data, and where it is used.

``tests/golden/help-services/render/NAME.md`` must render to ``NAME.html``
with the invented services in ``services.yaml``; each
``errors/NAME.md`` must fail with the message in ``NAME.error``, using
``errors/NAME.yaml`` as the data when it exists. To accept intended changes,
run ``UPDATE_GOLDEN=1 pytest tests/test_help_services.py`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from course.help_services import load_services
from course.pages import convert_page, make_markdown, markdown_settings
from course.quiz import QuizError

from test_golden import compare

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "help-services"
RENDER_CASES = sorted(path.stem for path in (GOLDEN / "render").glob("*.md"))
ERROR_CASES = sorted(path.stem for path in (GOLDEN / "errors").glob("*.md"))
#: The pages that must show the help services: the chapter that tells readers where to find help,
#: and the notes that tell teachers.
PAGES_WITH_HELP = ("docs/chapters/09-harms.md", "docs/instructors/safeguarding.md")


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Error messages name files relative to the repository root, as in a real build."""
    monkeypatch.chdir(ROOT)


def converter(folder: Path, data: Path) -> markdown.Markdown:
    """The site's Markdown settings, with the help services read from ``data``."""
    names, settings = markdown_settings()
    settings["course.help_services"] = {"data": str(data.relative_to(ROOT)), "docs_dir": str(folder.relative_to(ROOT))}
    settings["course.quiz"]["docs_dir"] = str(folder.relative_to(ROOT))
    return markdown.Markdown(extensions=names, extension_configs=settings)


@pytest.mark.parametrize("name", RENDER_CASES)
def test_renders_as_golden(name: str) -> None:
    folder = GOLDEN / "render"
    html, _ = convert_page((folder / f"{name}.md").read_text(encoding="utf-8"), converter(folder, GOLDEN / "services.yaml"))
    compare(folder / f"{name}.html", html + "\n")


@pytest.mark.parametrize("name", ERROR_CASES)
def test_bad_input_fails_with_golden_message(name: str) -> None:
    folder = GOLDEN / "errors"
    data = folder / f"{name}.yaml"
    md = converter(folder, data if data.is_file() else GOLDEN / "services.yaml")
    with pytest.raises(QuizError) as caught:
        convert_page((folder / f"{name}.md").read_text(encoding="utf-8"), md)
    message = str(caught.value)
    named = data if data.is_file() else folder / f"{name}.md"
    assert message.startswith(f"{named.relative_to(ROOT)}:"), "the message must name the file to fix"
    compare(folder / f"{name}.error", message + "\n")


def test_rendered_list_is_accessible_and_makes_no_requests() -> None:
    html, _ = convert_page((GOLDEN / "render" / "all.md").read_text(encoding="utf-8"),
                           converter(GOLDEN / "render", GOLDEN / "services.yaml"))
    assert "<caption>" in html and '<th scope="col">' in html and '<th scope="row">' in html
    for embed in ("<img", "<iframe", "<script", "<object", "<embed", "<link"):
        assert embed not in html, "external services are linked, never embedded"
    assert 'href="http:' not in html


def test_course_data_is_valid_and_https_only() -> None:
    services = load_services("docs/help-services.yaml")
    names = {service.name for service in services}
    assert {"Take It Down (NCMEC)", "CyberTipline (NCMEC)", "CEOP Safety Centre (National Crime Agency)"} <= names
    assert all(service.source.startswith("https://") for service in services)


@pytest.mark.parametrize("page", PAGES_WITH_HELP)
def test_pages_show_the_help_services(page: str) -> None:
    source = (ROOT / page).read_text(encoding="utf-8")
    assert "\n/// help-services\n" in source, f"{page} must list the help services with the '/// help-services' block"
    html, _ = convert_page(source, make_markdown("docs"))
    assert '<div class="help-services">' in html
    assert "https://takeitdown.ncmec.org/" in html


def test_chapter_nine_gives_under_18_sextortion_routes() -> None:
    source = (ROOT / PAGES_WITH_HELP[0]).read_text(encoding="utf-8")
    html, _ = convert_page(source, make_markdown("docs"))
    block = "/// help-services\n    for: under-18\n    topic: sextortion\n///"
    assert block in source, "the sextortion advice lists the routes for under-18s"
    for service in ("https://www.ceop.police.uk/Safety-Centre/", "https://report.cybertip.org/", "https://takeitdown.ncmec.org/"):
        assert service in html
