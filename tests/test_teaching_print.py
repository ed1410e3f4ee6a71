"""Printing in Chromium: a worksheet, its answer key, the whole course, a chapter and a handout.

The pages are shown with print styles (``emulate_media``) and their visible
text checked, because what matters is what lands on paper; each is also
printed to PDF with ``page.pdf()``, which must give a real multi-page PDF.
Chromium compresses the PDF's text; ``pdf_text`` reads it back (its fonts'
ToUnicode maps) where a test must prove that something is on the paper, such
as the text of a folded "Go deeper" block.
"""

from __future__ import annotations

import re
import zlib
from html.parser import HTMLParser

import pytest

from course.quiz.collect import collect_page

from conftest import ROOT

pytestmark = pytest.mark.browser

CHAPTER = "03-autoencoders-and-face-swaps"
#: Parts of the theme and of the quiz that must not be printed.
CHROME = (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search", ".md-top")
VISIBLE = "selector => [...document.querySelectorAll(selector)].filter(el => el.getClientRects().length > 0).length"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(html: str) -> str:
    """The text of collected HTML, with white space collapsed as a browser shows it."""
    parser = _Text()
    parser.feed(html)
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()


def squashed(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def on_paper(phrase: str, text: str) -> bool:
    """Whether ``phrase`` is in PDF text, white space aside (a PDF breaks lines and runs of text anywhere)."""
    return re.sub(r"\s+", "", phrase) in re.sub(r"\s+", "", text)


def printed(new_page: object, url: str, pages: str = "") -> tuple[object, bytes]:
    """The page with print styles applied, and its PDF (of ``pages`` only, e.g. ``"1-2"``, if given)."""
    page = new_page()  # type: ignore[operator]
    page.goto(url)
    page.emulate_media(media="print")
    return page, page.pdf(format="A4", page_ranges=pages)


def page_count(pdf: bytes) -> int:
    assert pdf.startswith(b"%PDF-"), "not a PDF"
    assert pdf.rstrip().endswith(b"%%EOF"), "the PDF is cut short"
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


RE_OBJECT = re.compile(rb"(\d+) 0 obj\s*(<<.*?>>)\s*(?:stream\r?\n(.*?)\r?\nendstream\s*)?endobj", re.DOTALL)
RE_SHOW = re.compile(rb"/F(\d+)\s+[-\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|(ET)")


def pdf_text(pdf: bytes) -> str:
    """The text Chromium wrote into ``pdf``, white space collapsed (enough for its own PDFs, not for any PDF).

    Chromium embeds each font with Identity-H encoding and a ToUnicode map, and
    names it in content streams as ``/F<object number>``: each shown string is
    decoded through its font's map.
    """
    objects = {}
    for number, head, stream in RE_OBJECT.findall(pdf):
        if stream and b"/FlateDecode" in head:
            stream = zlib.decompressobj().decompress(stream)  # images may not decode whole; text streams do
        objects[int(number)] = (head, stream or b"")
    maps = {}
    for number, (head, _) in objects.items():
        found = re.search(rb"/ToUnicode (\d+) 0 R", head)
        if b"/Type /Font" in head and found:
            maps[number] = _to_unicode(objects[int(found.group(1))][1])
    fonts = {int(name): int(number) for name, number in re.findall(rb"/F(\d+) (\d+) 0 R", pdf)}
    parts: list[str] = []
    for head, stream in objects.values():
        if not stream or b"/Type" in head or b"/Subtype" in head:
            continue  # only page content streams
        table: dict[bytes, str] = {}
        for match in RE_SHOW.finditer(stream):
            if match.group(1):
                table = maps.get(fonts.get(int(match.group(1)), -1), {})
            elif match.group(4):
                parts.append(" ")
            else:
                for code in re.findall(rb"<([0-9A-Fa-f]*)>", match.group(0)):
                    parts.extend(table.get(code[i : i + 4].upper(), "") for i in range(0, len(code), 4))
    return squashed("".join(parts))


def _to_unicode(cmap: bytes) -> dict[bytes, str]:
    table = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.DOTALL):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[source.upper()] = bytes.fromhex(target.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.DOTALL):
        for low, high, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for offset in range(int(high, 16) - int(low, 16) + 1):
                table[f"{int(low, 16) + offset:04X}".encode()] = chr(int(target, 16) + offset)
    return table


def assert_no_chrome(page: object) -> None:
    for selector in CHROME:
        assert page.evaluate(VISIBLE, selector) == 0, f"{selector} is printed"  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def chapter() -> object:
    docs = ROOT / "docs"
    return collect_page(docs / "chapters" / f"{CHAPTER}.md", docs)


def test_worksheet_prints_questions_without_answers(new_page: object, base_url: str, chapter: object) -> None:
    page, pdf = printed(new_page, f"{base_url}instructors/worksheets/{CHAPTER}.html")
    assert page_count(pdf) >= 2
    assert_no_chrome(page)
    text = squashed(page.inner_text(".md-content"))  # type: ignore[attr-defined]
    assert "Name:" in text and "Date:" in text
    for question in chapter.questions:  # type: ignore[attr-defined]
        assert f"Question {question.number}: {question.title}" in text
        for option in question.options:
            assert text_of(option.html) in text
            assert text_of(option.explanation_html)[:40] not in text, "an explanation is printed"
    for giveaway in ("Right.", "Wrong.", "Right answer", "Yes —", "No —"):
        assert giveaway not in text


def test_answer_key_prints_every_right_answer(new_page: object, base_url: str, chapter: object) -> None:
    page, pdf = printed(new_page, f"{base_url}instructors/answer-keys/{CHAPTER}.html")
    assert page_count(pdf) >= 3
    assert_no_chrome(page)
    text = squashed(page.inner_text(".md-content"))  # type: ignore[attr-defined]
    for question in chapter.questions:  # type: ignore[attr-defined]
        letters = [chr(ord("A") + i) for i, option in enumerate(question.options) if option.correct]
        label = "Right answer:" if len(letters) == 1 else "Right answers:"
        assert f"Question {question.number}: {question.title} {label} {', '.join(letters)}" in text
        for letter, option in zip("ABCDEFG", question.options):
            verdict = "Right." if option.correct else "Wrong."
            assert f"{letter}. {verdict} {text_of(option.html)}" in text
            assert text_of(option.explanation_html) in text


def test_whole_course_prints_every_chapter_on_its_own_pages(new_page: object, base_url: str) -> None:
    """Only the first sheets go to PDF: laying out and printing all of a 300-page course takes half a minute."""
    page, pdf = printed(new_page, f"{base_url}whole-course.html", pages="1-2")
    assert page_count(pdf) == 2
    assert_no_chrome(page)
    chapters = page.locator(".whole-course__chapter")  # type: ignore[attr-defined]
    assert chapters.count() >= 14
    breaks = page.evaluate(  # type: ignore[attr-defined]
        "[...document.querySelectorAll('.whole-course__chapter')].map(el => getComputedStyle(el).breakBefore)"
    )
    assert set(breaks) == {"page"}, "each chapter starts a new sheet"
    titles = page.locator(".whole-course__title").all_inner_texts()  # type: ignore[attr-defined]
    assert titles[0].startswith("Chapter 1: ") and titles[-1].startswith(f"Chapter {len(titles)}: ")
    assert page.locator(".worksheet__question").count() >= 140, "every chapter's questions are printed"
    for answer in ("[data-quiz]", ".quiz__explanation", ".answer-key__verdict", ".answer-key__explanation"):
        assert page.locator(answer).count() == 0, f"{answer}: the printed course must not give answers away"  # type: ignore[attr-defined]


def test_chapter_prints_without_quiz_controls(new_page: object, base_url: str) -> None:
    page, pdf = printed(new_page, f"{base_url}chapters/{CHAPTER}.html")
    assert page_count(pdf) >= 2
    assert_no_chrome(page)
    for selector in (".quiz__check", ".quiz__explanation", ".quiz__confidence", ".md-typeset .headerlink"):
        assert page.evaluate(VISIBLE, selector) == 0, f"{selector} is printed"  # type: ignore[attr-defined]
    assert page.evaluate(VISIBLE, ".quiz__option") > 20, "the questions themselves are printed"  # type: ignore[attr-defined]
    after = page.evaluate(  # type: ignore[attr-defined]
        "getComputedStyle(document.querySelector('.md-content a[href^=\"https:\"]'), '::after').content"
    )
    assert "https://" in after, "outside links print their address"


#: The words of a folded block's first paragraph as printed: glossary tips are left out on paper.
FIRST_WORDS = r"""block => {
  const copy = block.querySelector(':scope > p, :scope > ul > li, :scope > ol > li').cloneNode(true);
  copy.querySelectorAll('.gloss__tip').forEach(el => el.remove());
  const link = copy.querySelector('a[href^="http"]');
  let text = copy.textContent;
  if (link) {  // on paper an outside link is followed by its address: stop before it
    const range = document.createRange();
    range.setStart(copy, 0);
    range.setEndBefore(link);
    text = range.toString();
  }
  return text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ');
}"""


@pytest.mark.parametrize("script", [True, False], ids=["with-script", "styles-only"])
def test_chapter_prints_its_go_deeper_blocks_open(new_page: object, base_url: str, script: bool) -> None:
    """Folded blocks are opened for paper by quiz.js (beforeprint) and, without it, by the print styles."""
    page = new_page(java_script_enabled=script)  # type: ignore[operator]
    page.goto(f"{base_url}chapters/{CHAPTER}.html")
    blocks = page.locator(".md-content details.deeper")
    assert blocks.count() >= 2, "the chapter needs Go deeper blocks for this test"
    first, last = blocks.first, blocks.last
    assert not first.evaluate("block => block.open") and not first.locator("p").first.is_visible()
    words = [first.evaluate(FIRST_WORDS), last.evaluate(FIRST_WORDS)]
    assert all(len(phrase.split()) >= 3 for phrase in words), words
    if script:
        page.evaluate("window.addEventListener('beforeprint', () => { window.openOnPaper = document.querySelector('details.deeper').open; })")
    page.emulate_media(media="print")
    text = pdf_text(page.pdf(format="A4"))
    for phrase in words:
        assert on_paper(phrase, text), f"Go deeper text not in the PDF: {phrase!r}"
    source = squashed(page.locator(".md-content details.sources").first.evaluate(FIRST_WORDS))
    assert len(source.split()) >= 2 and on_paper(source, text), f"the folded Sources list is not in the PDF: {source!r}"
    if script:
        assert page.evaluate("window.openOnPaper") is True, "quiz.js opens the block before printing"
        assert not first.evaluate("block => block.open"), "and closes it again afterwards"


def test_the_sift_card_fits_one_page(new_page: object, base_url: str) -> None:
    page, pdf = printed(new_page, f"{base_url}instructors/handouts/sift-card.html")
    assert page_count(pdf) == 1
    assert_no_chrome(page)
    text = pdf_text(pdf)
    for move in ("Stop", "Investigate the source", "Find better coverage", "Trace claims, quotes and media to the original context"):
        assert on_paper(move, text), move
    assert text.count("What it means:") == 4 and text.count("Ask:") == 4


def test_card_sorts_print_every_card_whole(new_page: object, base_url: str) -> None:
    page, pdf = printed(new_page, f"{base_url}instructors/handouts/era-cards.html")
    assert page_count(pdf) >= 1
    columns = page.evaluate("getComputedStyle(document.querySelector('.handout__cards')).gridTemplateColumns.split(' ').length")
    assert columns == 3
    breaks = page.evaluate("[...document.querySelectorAll('.handout__card')].map(el => getComputedStyle(el).breakInside)")
    assert len(breaks) > 20 and set(breaks) == {"avoid"}
