"""Glossary terms show their definition on hover, focus and tap (course/glossary.py)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import markdown
import pytest

from course.glossary import GlossaryExtension, read_glossary

from conftest import ROOT
from test_accessibility import axe_violations

GLOSSARY = ROOT / "docs" / "glossary.md"
CHAPTER = "chapters/03-autoencoders-and-face-swaps.html"


def convert(text: str, glossary: Path = GLOSSARY) -> str:
    return markdown.markdown(text, extensions=["attr_list", GlossaryExtension(glossary=str(glossary))])


def test_every_glossary_entry_is_read_with_a_plain_definition() -> None:
    terms = read_glossary(GLOSSARY.read_text(encoding="utf-8"))
    entries = re.findall(r"^:   ", GLOSSARY.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert len(terms) == len(entries) >= 150
    for term in terms:
        assert term.definition and "*Chapter" not in term.definition and "](" not in term.definition, term


def test_first_mention_becomes_a_described_button() -> None:
    html = convert("An autoencoder squeezes a picture. Another autoencoder does too.")
    assert html.count('class="gloss__term"') == 1
    button = re.search(r'<button aria-describedby="(gloss-\d+)" class="gloss__term" type="button">autoencoder</button>', html)
    assert button, html
    assert f'id="{button.group(1)}" role="tooltip"' in html
    assert "<strong>Autoencoder</strong>: " in html


def test_plurals_abbreviations_and_longest_terms_are_recognised() -> None:
    html = convert("Two GANs met a shared encoder. AI is everywhere; ai is a word in lowercase.")
    buttons = re.findall(r'class="gloss__term" type="button">([^<]*)<', html)
    assert "GANs" in buttons and "shared encoder" in buttons and "AI" in buttons
    assert "ai" not in buttons, "all-capital abbreviations match in capitals only"
    assert "encoder" not in buttons


def test_headings_links_code_and_quizzes_are_left_alone() -> None:
    html = convert(
        "## Autoencoder\n\n[an autoencoder](x.md) and `autoencoder`\n\n"
        '<div class="quiz" markdown="1">autoencoder</div>\n\n'
        "Finally an autoencoder in text."
    )
    assert html.count("gloss__term") == 1
    assert "Finally an <span class=\"gloss\">" in html


def test_the_glossary_page_itself_has_no_buttons() -> None:
    from course.pages import convert_page, make_markdown

    html, _ = convert_page(GLOSSARY.read_text(encoding="utf-8"), make_markdown("docs"))
    assert "gloss__term" not in html
    chapter, _ = convert_page((ROOT / "docs" / "chapters" / "03-autoencoders-and-face-swaps.md").read_text(), make_markdown("docs"))
    assert chapter.count("gloss__term") >= 10


def test_a_missing_glossary_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="glossary file .*missing.md not found"):
        convert("text", tmp_path / "missing.md")


def test_a_changed_glossary_is_read_again(tmp_path: Path) -> None:
    """The glossary is read once per build, and again when its file changes (``mkdocs serve``)."""
    glossary = tmp_path / "glossary.md"
    glossary.write_text("# Glossary\n\nAutoencoder\n:   A network that squeezes.\n", encoding="utf-8")
    assert re.findall(r'type="button">([^<]*)<', convert("An autoencoder in latent space.", glossary)) == ["autoencoder"]
    glossary.write_text("# Glossary\n\nLatent space\n:   Where the codes live.\n", encoding="utf-8")
    os.utime(glossary, ns=(glossary.stat().st_atime_ns, glossary.stat().st_mtime_ns + 10**9))
    html = convert("An autoencoder in latent space.", glossary)
    assert re.findall(r'type="button">([^<]*)<', html) == ["latent space"] and "Where the codes live." in html


@pytest.mark.browser
def test_definition_shows_on_focus_and_hover_and_hides_on_escape(new_page, base_url) -> None:
    page = new_page()
    page.goto(base_url + CHAPTER)
    term = page.locator(".md-content .gloss__term").first
    tip = page.locator(".md-content .gloss__tip").first
    assert not tip.is_visible()
    term.focus()
    assert tip.is_visible()
    description = term.evaluate("el => document.getElementById(el.getAttribute('aria-describedby')).textContent")
    assert description == tip.text_content() and ": " in description
    page.keyboard.press("Escape")
    assert not tip.is_visible(), "Escape must dismiss the definition (WCAG 1.4.13)"
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    assert tip.is_visible(), "focusing the term again shows it again"
    term.blur()
    assert not tip.is_visible()
    term.hover()
    assert tip.is_visible()
    tip.hover()
    assert tip.is_visible(), "the definition stays while the pointer is over it"
    assert axe_violations(page) == []


@pytest.mark.browser
def test_definition_stays_inside_a_phone_screen(new_page, base_url) -> None:
    page = new_page(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page.goto(base_url + CHAPTER)
    for term in page.locator(".md-content .gloss__term").all()[:8]:
        term.tap()
        tip = term.locator("xpath=following-sibling::*[1]")
        assert tip.is_visible()
        box = tip.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360, box
        page.keyboard.press("Escape")
        term.blur()


@pytest.mark.browser
def test_definition_is_drawn_whole_not_clipped_by_its_block(new_page, base_url) -> None:
    """course.css draws far-off blocks lazily (content-visibility), which clips what overflows them: not a definition."""
    page = new_page(lazy_drawing=True, viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page.goto(base_url + CHAPTER)
    terms = [t for t in page.locator(".md-content .gloss__term").all() if not t.evaluate("el => !!el.closest('details:not([open])')")]
    assert len(terms) >= 8
    for term in terms[:: max(1, len(terms) // 8)]:
        # Blocks drawn for the first time take their real height, so scroll again once they have.
        for _ in range(2):
            term.evaluate(
                "el => new Promise(done => { el.scrollIntoView({block: 'center', behavior: 'instant'});"
                " requestAnimationFrame(() => requestAnimationFrame(done)); })"
            )
        term.tap()
        tip = term.locator("xpath=following-sibling::*[1]")
        box = tip.bounding_box()
        assert box is not None and box["height"] > 20
        # Hit-testing respects clipping: the definition's bottom corners must be the definition.
        for x in (box["x"] + 4, box["x"] + box["width"] - 4):
            hit = page.evaluate(
                "([x, y, id]) => { const el = document.elementFromPoint(x, y);"
                " return el && el.closest('#' + id) ? true : (el ? el.outerHTML.slice(0, 200) : null); }",
                [x, box["y"] + box["height"] - 4, tip.get_attribute("id")],
            )
            assert hit is True, f"{hit}: the definition of {term.inner_text()!r} is clipped at its bottom"
        page.keyboard.press("Escape")
        term.blur()
