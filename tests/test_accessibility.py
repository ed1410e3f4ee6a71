"""axe-core (pinned in package.json) on the key pages, in light and dark scheme, before and after answering."""

from __future__ import annotations

import pytest

from conftest import AXE, DRAW_EVERY_BLOCK, ROOT

pytestmark = pytest.mark.browser

#: Every page of the course, from its Markdown sources (the 404 page is checked too).
PAGES = sorted(str(page.relative_to(ROOT / "docs").with_suffix(".html")) for page in (ROOT / "docs").rglob("*.md"))
PAGES.append("404.html")
CHAPTER = "chapters/01-what-is-a-deepfake.html"
ROUND = "chapters/11-why-eyes-are-not-enough.html"


def axe_violations(page, colours_only: bool = False) -> list[str]:
    """axe's violations on the page as it is now; ``colours_only`` runs just the rules a colour scheme can change."""
    assert AXE.is_file(), "axe-core is missing: run 'make test' (it runs 'npm ci')"
    page.add_script_tag(path=str(AXE))
    # Blocks far down a long page are drawn only near the screen (content-visibility in
    # course.css); draw them all, so axe measures every colour rather than skipping them.
    page.evaluate(DRAW_EVERY_BLOCK)
    # Only violations are needed: axe then skips writing up every pass, the slower part.
    options = {"resultTypes": ["violations"]}
    if colours_only:
        options["runOnly"] = {"type": "rule", "values": list(COLOUR_RULES)}
    result = page.evaluate("async (options) => (await axe.run(document, options)).violations", options)
    return [
        f"{v['id']}: {v['help']} -> {[node['target'] for node in v['nodes']][:5]}"
        for v in result
    ]


#: The axe rules whose result depends on colours: all a dark scheme can change, since it
#: changes colours, not markup.
COLOUR_RULES = ("color-contrast", "link-in-text-block")

#: Pages made from one template for each chapter (answer keys, worksheets, lesson notes,
#: vocabulary lists) are checked through three chapters: the first, the longest (8) and the
#: last. They repeat the same markup and styles; their content is each chapter's quiz,
#: checked on the chapter page itself, and the HTML check (test_html_validity.py) still
#: reads every one of them.
REPEATED = ("instructors/answer-keys/", "instructors/worksheets/", "instructors/notes/", "instructors/handouts/vocabulary/")
SAMPLED = ("/01-", "/08-", "/14-")


def _in_light(path: str) -> bool:
    return not path.startswith(REPEATED) or any(part in path for part in SAMPLED)


#: In the dark scheme, only the colour rules, and the template pages through their first
#: chapter. The printable whole course repeats every chapter's content on one very long
#: page (a minute a run for axe's contrast rule), so it is checked in light only.
def _in_dark(path: str) -> bool:
    if path == "whole-course.html":
        return False
    return not path.startswith(REPEATED) or "/01-" in path


@pytest.mark.parametrize(
    ("path", "scheme"),
    [(path, "light") for path in PAGES if _in_light(path)] + [(path, "dark") for path in PAGES if _in_dark(path)],
)
def test_no_axe_violations(new_page, base_url, path, scheme):
    page = new_page(color_scheme=scheme)
    page.goto(base_url + path)
    expected = "slate" if scheme == "dark" else "default"
    assert page.get_attribute("body", "data-md-color-scheme") == expected
    assert axe_violations(page, colours_only=scheme == "dark") == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("chapter", [CHAPTER, ROUND])
def test_no_axe_violations_after_answering(new_page, base_url, scheme, chapter):
    page = new_page(color_scheme=scheme)
    page.goto(base_url + chapter)
    quizzes = page.locator(".quiz").all()
    for number, quiz in enumerate(quizzes):
        # Alternate right and wrong answers so both feedback styles are checked.
        wanted = "true" if number % 2 == 0 else "false"
        quiz.locator(f".quiz__option[data-correct='{wanted}'] input").first.check()
        quiz.locator(".quiz__check").click()
    assert page.locator(".quiz--right").count() and page.locator(".quiz--wrong").count()
    assert axe_violations(page) == []
    page.goto(base_url + "progress.html")
    assert axe_violations(page) == []


def test_axe_check_can_fail(new_page, base_url):
    """Guards the guard: a page with known violations must not pass."""
    page = new_page()
    page.goto(base_url + "index.html")
    page.evaluate(
        "document.querySelector('.md-content').insertAdjacentHTML('beforeend',"
        " '<img src=\"data:,\"><p style=\"color:#ccc;background:#fff\">faint text</p>')"
    )
    found = " ".join(axe_violations(page))
    assert "image-alt" in found and "color-contrast" in found
    colours = " ".join(axe_violations(page, colours_only=True))
    assert "color-contrast" in colours and "image-alt" not in colours
