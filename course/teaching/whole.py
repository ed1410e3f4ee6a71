"""The whole course on one page, for printing: every chapter in order.

Each chapter keeps its title, summary (time, objectives, key questions), text
and figures. Its quizzes appear as on a worksheet (questions and options with
boxes, no answers), because:

- on paper the answers would sit a glance away from the questions; teachers
  print the answer keys separately;
- the interactive quiz stores a reader's answers per page and question id,
  and the same questions must not be answered (and counted) twice;
- a worksheet question is a third of the height of a quiz with its
  explanations, so the printout stays a manageable size.

Question titles are bold text rather than headings here: the page's contents
already list every chapter section, and 160 more entries would make the
(very long) page noticeably slower to open.

Everything is put on one page, so ids must stay unique and links must keep
working: every id in chapter 3 gets the prefix ``ch03-``; ``#fragment`` links
and links to another chapter become links within this page; all other
relative links and images are rebased onto this page's folder.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from urllib.parse import urlsplit

from ..lint.dates import facts_checked
from ..quiz.collect import CollectedPage
from .fragments import load_pictures_at_once, parse_fragment, rebase
from .render import worksheet_question

#: Attributes that name other elements by id (space-separated), so they are prefixed like ids.
ID_REFERENCES = ("for", "aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "aria-details")


def chapter_anchor(page: CollectedPage) -> str:
    """``ch03`` for ``chapters/03-x.md``: the chapter's id on the page, and the prefix of its other ids."""
    return "ch" + posixpath.basename(page.path)[:2]


def chapter_number(page: CollectedPage) -> int:
    return int(posixpath.basename(page.path)[:2])


class _ChapterMover:
    """Rewrites one chapter's elements so they live together with the others on ``folder``'s page."""

    def __init__(self, page: CollectedPage, anchors: dict[str, str], folder: str) -> None:
        self.page = page
        self.prefix = anchors[page.path]
        self.anchors = anchors
        self.folder = folder

    def href(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or url.startswith("/"):
            return url
        target = posixpath.normpath(posixpath.join(posixpath.dirname(self.page.path), parts.path)) if parts.path else self.page.path
        if target in self.anchors:
            anchor = self.anchors[target]
            return f"#{anchor}-{parts.fragment}" if parts.fragment else f"#{anchor}"
        return rebase(url, self.page.path, self.folder)

    def move(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.get("id"):
                element.set("id", f"{self.prefix}-{element.get('id')}")
            for name in ID_REFERENCES:
                if element.get(name):
                    element.set(name, " ".join(f"{self.prefix}-{ref}" for ref in element.get(name, "").split()))
            if element.get("href") is not None:
                element.set("href", self.href(element.get("href", "")))
            if element.get("src") is not None:
                element.set("src", rebase(element.get("src", ""), self.page.path, self.folder))
            if element.tag in ("h1", "h2", "h3", "h4", "h5"):
                element.tag = f"h{int(element.tag[1]) + 1}"


def _classes(element: etree.Element) -> set[str]:
    return set((element.get("class") or "").split())


def _as_printed(page: CollectedPage) -> etree.Element:
    """The chapter body ready for paper.

    Permalinks are dropped, quizzes become worksheet questions, result boxes
    keep only their notes, and glossary buttons become plain words.
    """
    root = parse_fragment(page.html)
    load_pictures_at_once(root)
    questions = {question.id: question for question in page.questions}
    folder = posixpath.dirname(page.path)
    for parent in list(root.iter()):
        for index, child in reversed(list(enumerate(parent))):
            classes, text = _classes(child), ""
            if child.get("data-quiz") in questions:
                replacement = [worksheet_question(questions[child.get("data-quiz", "")], page, folder, level=None)]
            elif "check-task" in classes and child.tag == "section":
                _keep_out_of_contents(child)
                continue
            elif "headerlink" in classes:
                replacement = []
            elif "quiz-results" in classes:
                replacement = [part for part in child if "quiz-results__comparison" in _classes(part)]
            elif "gloss" in classes:
                # Each chapter marks its own first mentions, so here there would be some
                # 500 buttons: 500 extra keyboard stops, and tooltips paper cannot show.
                replacement, text = [], "".join(child.find("button").itertext())  # type: ignore[union-attr]
            else:
                continue
            _replace(parent, index, replacement, text)
    return root


def _keep_out_of_contents(task: etree.Element) -> None:
    """A task's title stays a heading for screen readers, but not a heading the contents list picks up.

    Several chapters hold a "Check it yourself" section with task titles under
    it; as headings, they would give this page's contents list several
    sub-menus with the same name, landmarks a screen reader cannot tell apart.
    """
    for heading in task.findall("h3"):
        heading.tag = "p"
        heading.set("role", "heading")
        heading.set("aria-level", "4")  # the chapter's h3, one level down like every heading on this page
        heading.set("class", " ".join(filter(None, (heading.get("class"), "check-task__title"))))


def _replace(parent: etree.Element, index: int, replacement: list[etree.Element], text: str = "") -> None:
    """Put ``replacement`` (or just ``text``) where ``parent[index]`` was, keeping the text that followed it."""
    tail = text + (parent[index].tail or "")
    del parent[index]
    for offset, element in enumerate(replacement):
        parent.insert(index + offset, element)
    last = index + len(replacement) - 1
    if last >= 0:
        parent[last].tail = (parent[last].tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail


def _summary(page: CollectedPage) -> list[etree.Element]:
    """The chapter's time, review month, objectives and key questions, as the chapter template shows them (if any)."""
    if not any(page.meta.get(key) for key in ("minutes", "reviewed", "objectives", "questions")):
        return []
    box = etree.Element("div", {"class": "chapter-summary"})
    title = etree.SubElement(box, "p", {"class": "chapter-summary__title"})
    etree.SubElement(title, "strong").text = "In this chapter"
    if page.meta.get("minutes"):
        time = etree.SubElement(box, "p", {"class": "chapter-summary__time"})
        etree.SubElement(time, "strong").text = "Time:"
        time[0].tail = f" about {page.meta['minutes']} minutes"
    checked = facts_checked(page.meta.get("reviewed"))
    if checked:
        reviewed = etree.SubElement(box, "p", {"class": "chapter-summary__reviewed"})
        etree.SubElement(reviewed, "strong").text = "Facts checked:"
        reviewed[0].tail = f" {checked}"
    for lead, key in (("You will be able to:", "objectives"), ("Questions to keep in mind:", "questions")):
        if page.meta.get(key):
            etree.SubElement(etree.SubElement(box, "p"), "strong").text = lead
            items = etree.SubElement(box, "ul")
            for entry in page.meta[key]:
                etree.SubElement(items, "li").text = str(entry)
    return [box]


def whole_course(pages: list[CollectedPage], folder: str) -> list[etree.Element]:
    """A list of chapters, then every chapter as its own section (each starts a new printed page)."""
    anchors = {page.path: chapter_anchor(page) for page in pages}
    contents = etree.Element("nav", {"class": "whole-course__contents", "aria-label": "Chapters on this page"})
    listing = etree.SubElement(contents, "ol")
    sections = []
    for page in pages:
        link = etree.SubElement(etree.SubElement(listing, "li"), "a", {"href": f"#{anchors[page.path]}"})
        link.text = page.title
        section = etree.Element("section", {"class": "whole-course__chapter"})
        heading = etree.SubElement(section, "h2", {"id": anchors[page.path], "class": "whole-course__title"})
        heading.text = f"Chapter {chapter_number(page)}: {page.title}"
        section.extend(_summary(page))
        body = _as_printed(page)
        _ChapterMover(page, anchors, folder).move(body)
        section.extend(body)
        sections.append(section)
    return [contents, *sections]
