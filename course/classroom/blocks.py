"""The four classroom blocks. Each renders labelled, static markup; the tool files in ``assets/classroom/`` bring it to life.

Authors write the block with no content, e.g.::

    /// class-overview
    ///

Content or options inside a block are an error naming the file and line, so
a typo never silently produces a page without its tool.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import ClassVar

from ..blocks_common import CourseBlock
from .index import course_index, index_json
from .markup import button, element, needs_javascript


class ClassroomBlock(CourseBlock):
    """Shared behaviour: no argument, no content, a ``data-classroom-<name>`` root, errors with file and line."""

    NAME = ""
    ARGUMENT = False
    OWN_HEADER_CHECK = True  # see extension._CheckHeaders
    #: What the no-JavaScript message calls this tool.
    WHAT: ClassVar[str] = ""
    #: Whether the script needs the chapter and question index on the page.
    NEEDS_INDEX: ClassVar[bool] = True

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div")

    def on_end(self, block: etree.Element) -> None:
        if self.already_reported():  # the header check found it wrong; the page stops with that problem
            return
        if len(block) or (block.text or "").strip():
            self._fail(f"'/// {self.NAME}' takes no content: write '/// {self.NAME}' and '///' on the next line")
        block.attrib = {"class": f"classroom classroom--{self.NAME}", f"data-classroom-{self.NAME}": ""}
        if self.NEEDS_INDEX:
            # An attribute, not <script type="application/json">: Material's instant navigation
            # re-creates inline scripts without their type, and the CSP would block them.
            block.set("data-classroom-index", index_json(course_index(self._docs_dir())))
        needs_javascript(block, self.WHAT)
        self.build(element(block, "div", class_="classroom__live", hidden="hidden"))

    def build(self, live: etree.Element) -> None:
        """The tool's controls, inside a container the script unhides."""
        raise NotImplementedError

    def _docs_dir(self) -> str:
        docs_dir = self.config["docs_dir"]
        if not docs_dir:
            self._fail(f"'/// {self.NAME}' needs the course.classroom extension's 'docs_dir' option (the chapters' folder)")
        return docs_dir

    def _fail(self, problem: str) -> None:
        self.raise_problem(problem)


def _field(parent: etree.Element, ident: str, label: str, hint: str | None = None, **attributes: str) -> etree.Element:
    """A labelled text input with an optional hint tied to it by ``aria-describedby``."""
    row = element(parent, "p", class_="classroom__field")
    element(row, "label", label, for_=ident)
    if hint:
        element(row, "span", hint, class_="classroom__hint", id=f"{ident}-hint")
        attributes["aria_describedby"] = f"{ident}-hint"
    return element(row, "input", id=ident, **attributes)


def _status(parent: etree.Element, name: str, role: str = "status") -> etree.Element:
    node = element(parent, "p", "", class_=f"classroom__{role}", role=role)
    node.set(f"data-classroom-{name}", "")
    return node


class AssignmentBuilderBlock(ClassroomBlock):
    """Teacher side: pick chapters, a title and a due date; get a link, a QR code and a printable card."""

    NAME = "assignment-builder"
    WHAT = "The assignment link builder"

    def build(self, live: etree.Element) -> None:
        form = element(live, "form", class_="classroom__form", novalidate="novalidate")
        form.set("data-classroom-builder-form", "")
        errors = element(form, "div", class_="classroom__errors", role="alert", tabindex="-1")
        errors.set("data-classroom-errors", "")
        chapters = element(form, "fieldset", class_="classroom__chapters", id="assign-chapters")
        element(chapters, "legend", "Chapters to assign")
        for chapter in course_index(self._docs_dir()):
            choice = element(chapters, "div", class_="classroom__choice")
            ident = f"assign-chapter-{chapter.number}"
            element(choice, "input", type="checkbox", id=ident, name="chapter", value=str(chapter.number))
            element(choice, "label", f"{chapter.number}. {chapter.title} ({len(chapter.questions)} questions)", for_=ident)
        _field(form, "assign-title", "Title (optional)", "For example: Week 3 reading. Up to 100 characters.",
               type="text", maxlength="100", autocomplete="off")
        _field(form, "assign-due", "Due date (optional)", None, type="date")
        actions = element(form, "p", class_="classroom__actions")
        button(actions, "Make the link", "make", kind="submit")
        card = element(live, "div", class_="classroom-card", hidden="hidden", tabindex="-1")
        card.set("data-classroom-card", "")


class HandInBlock(ClassroomBlock):
    """Student side: the assignment checklist, the name field and the hand-in summary."""

    NAME = "hand-in"
    WHAT = "Assignments and hand-in summaries"

    def build(self, live: etree.Element) -> None:
        _status(live, "open-status")
        _status(live, "open-error", role="alert")
        element(live, "p", "You have no assignment in this browser. When your teacher gives you an assignment "
                "link, open it on this device and your assigned chapters appear here.",
                class_="classroom__none").set("data-classroom-none", "")
        assignment = element(live, "div", class_="classroom__assignment", hidden="hidden")
        assignment.set("data-classroom-assignment", "")
        element(assignment, "p", "", class_="classroom__heading").set("data-classroom-assignment-title", "")
        element(assignment, "ul", class_="classroom-checklist").set("data-classroom-checklist", "")
        form = element(assignment, "form", class_="classroom__form")
        form.set("data-classroom-handin-form", "")
        _field(form, "classroom-name", "Your name", "Kept only in this browser. It goes on your summary so your "
               "teacher knows whose it is.", type="text", maxlength="80", autocomplete="name")
        actions = element(form, "p", class_="classroom__actions")
        button(actions, "Make my hand-in summary", "summarise", kind="submit")
        button(actions, "Remove this assignment", "forget")
        _status(form, "handin-status")
        box = element(assignment, "div", class_="classroom__summary", hidden="hidden")
        box.set("data-classroom-summary-box", "")
        row = element(box, "p", class_="classroom__field")
        element(row, "label", "Your hand-in summary: copy it into your class's site, an e-mail or a chat", for_="classroom-summary")
        element(row, "span", "The check code on the last line catches accidental edits. It does not prove who "
                "did the work.", class_="classroom__hint", id="classroom-summary-hint")
        element(row, "textarea", "", id="classroom-summary", readonly="readonly", rows="12", spellcheck="false",
                aria_describedby="classroom-summary-hint")
        actions = element(box, "p", class_="classroom__actions")
        button(actions, "Copy the summary", "copy")
        button(actions, "Print the summary", "print")
        _status(box, "copy-status")


class ProgressTransferBlock(ClassroomBlock):
    """Move progress between devices with a file: export, validate, then merge or replace."""

    NAME = "progress-transfer"
    WHAT = "Moving your progress to another device"
    NEEDS_INDEX = False

    def build(self, live: etree.Element) -> None:
        actions = element(live, "p", class_="classroom__actions")
        button(actions, "Save my progress to a file", "export")
        form = element(live, "form", class_="classroom__form")
        form.set("data-classroom-import-form", "")
        _field(form, "classroom-import-file", "Progress file to load", "A file saved with the button above, "
               "on this or another device.", type="file", accept=".json,application/json")
        choice = element(form, "fieldset", class_="classroom__mode")
        element(choice, "legend", "What happens to the answers already in this browser")
        for value, text in (
            ("merge", "Keep them and add the answers from the file (where both have the same question, the file's answer is kept)"),
            ("replace", "Delete them and keep only the answers from the file"),
        ):
            row = element(choice, "div", class_="classroom__choice")
            radio = element(row, "input", type="radio", name="classroom-import-mode", id=f"classroom-import-{value}", value=value)
            if value == "merge":
                radio.set("checked", "checked")
            element(row, "label", text, for_=f"classroom-import-{value}")
        actions = element(form, "p", class_="classroom__actions")
        button(actions, "Load progress from the file", "import", kind="submit")
        _status(live, "import-error", role="alert")
        _status(live, "import-status")


class ClassOverviewBlock(ClassroomBlock):
    """Teacher side: paste many summaries, see the class table and problem list, download CSV."""

    NAME = "class-overview"
    WHAT = "The class overview"

    def build(self, live: etree.Element) -> None:
        form = element(live, "form", class_="classroom__form")
        form.set("data-classroom-overview-form", "")
        row = element(form, "p", class_="classroom__field")
        element(row, "label", "Paste the hand-in summaries", for_="classroom-paste")
        element(row, "span", "Paste as many as you like, one after another, as the students sent them. "
                "They stay in this browser tab.", class_="classroom__hint", id="classroom-paste-hint")
        element(row, "textarea", "", id="classroom-paste", rows="14", spellcheck="false",
                aria_describedby="classroom-paste-hint")
        actions = element(form, "p", class_="classroom__actions")
        button(actions, "Show the class table", "show", kind="submit")
        button(actions, "Download the table (CSV)", "csv").set("hidden", "hidden")
        _status(live, "overview-status")
        element(live, "div", class_="classroom__problems", hidden="hidden").set("data-classroom-problems", "")
        element(live, "div", class_="classroom__results", hidden="hidden").set("data-classroom-results", "")


BLOCKS: tuple[type[ClassroomBlock], ...] = (AssignmentBuilderBlock, HandInBlock, ProgressTransferBlock, ClassOverviewBlock)
