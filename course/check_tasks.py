"""``/// check-task`` and ``/// check-task-answers``: real cases that students check on the open web.

The course teaches SIFT and lateral reading, and a reader only learns them by
doing them on a real, settled case with a clock running. Each task lives in
one data file (``docs/check-tasks.yaml``) so that its facts, links and the
month they were checked sit in one place, and so that the model answer can
be kept off every page a student reads: a chapter shows the student part of
a task, the teacher page shows every task with its model answer and the
sources that settle it.

``markdown_extensions: [course.check_tasks: {data: docs/check-tasks.yaml, docs_dir: docs}]``.
Authors write, in the chapter named by the task's ``chapter`` field::

    /// check-task | pope-puffer-2023
    ///

and, on a teacher page in ``docs/instructors/``::

    /// check-task-answers
    ///

The course shows nothing of a real case but words: no picture, no embed, so
no page makes a request to anyone else and no student is shown a fake again
by the course itself. Starting links are plain links. Every problem, in the
data or in a block, names the file and line (see ``course/quiz/errors.py``);
Blocks would otherwise leave a block with a misspelt id on the page as a
stray paragraph, or render a task in the wrong chapter without a word.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.util import AtomicString
from mkdocs.utils.meta import get_data
from pymdownx.blocks import BlocksExtension, BlocksProcessor

from .blocks_common import CourseBlock, Header, attach, log_of
from .datafile import did_you_mean, is_https, is_month, month_words, read_list, stamp
from .quiz.errors import SourceFile, locate_source

TASK = "check-task"
ANSWERS = "check-task-answers"
RE_HEADING = re.compile(r"^(#{1,6})\s")
RE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RE_FENCE = re.compile(r"^\s*(```|~~~)")

FIELDS = ("id", "title", "chapter", "sees", "claim", "minutes", "moves", "links",
          "rubric", "model_answer", "case_mastery", "verdict_words", "sources", "checked")
#: ``links`` may be left out: "open a new tab and search for ..." is often the better start.
#: ``case_mastery`` ("what mastery looks like for this case") and ``verdict_words`` are for teachers.
OPTIONAL = ("links", "case_mastery", "verdict_words")
#: The three levels of a response, in the manner of the Civic Online Reasoning rubrics.
LEVELS = {"beginning": "Beginning", "emerging": "Emerging", "mastery": "Mastery"}
#: Minutes a task may take: long enough to search, short enough to fit a lesson.
MINUTES = range(5, 31)
#: Tasks handed in as a performance: they get a "done" box that the hand-in summary reads.
PERFORMANCE_TASKS = frozenset({"final-performance"})


@dataclass(frozen=True)
class Link:
    """A titled https address: a starting point or a source that settles the case."""

    title: str
    url: str


@dataclass(frozen=True)
class CheckTask:
    """One task as the data file describes it; ``line`` is where its entry starts."""

    id: str
    title: str
    chapter: str
    sees: str
    claim: str
    minutes: int
    moves: tuple[str, ...]
    links: tuple[Link, ...]
    rubric: dict[str, str]
    model_answer: str
    case_mastery: str
    verdict_words: tuple[str, ...]
    sources: tuple[Link, ...]
    checked: str
    line: int

    @property
    def checked_words(self) -> str:
        """``2026-12`` as "December 2026", as the course writes dates."""
        return month_words(self.checked)


def load_tasks(path: str, docs_dir: str = "") -> dict[str, CheckTask]:
    """Read and check the data file; cached until the file changes (``mkdocs serve`` rebuilds often)."""
    return _load(str(Path(path)), docs_dir, stamp(path, "check-tasks", "course.check_tasks"))


@lru_cache(maxsize=4)
def _load(path: str, docs_dir: str, _stamp: int) -> dict[str, CheckTask]:
    entries, fail = read_list(path, "tasks", "task")
    tasks: dict[str, CheckTask] = {}
    for entry in entries:
        task = _task(dict(entry), docs_dir, fail)
        if task.id in tasks:
            raise fail(f"task id '{task.id}' is used twice (first on line {tasks[task.id].line})", task.line)
        tasks[task.id] = task
    return tasks


def _task(entry: dict[str, Any], docs_dir: str, fail: Any) -> CheckTask:
    """One entry, checked field by field; ``fail`` makes the error for the data file."""
    line = entry.pop("__line__")
    label = f"task '{entry['id']}'" if entry.get("id") else "a task"
    unknown = [key for key in entry if key not in FIELDS]
    if unknown:
        raise fail(f"{label}: unknown field '{unknown[0]}'{did_you_mean(unknown[0], FIELDS)}", line)
    missing = [key for key in FIELDS if key not in OPTIONAL and not entry.get(key)]
    if missing:
        raise fail(f"{label} needs '{missing[0]}' (every task needs: {', '.join(k for k in FIELDS if k not in OPTIONAL)})", line)
    text = {key: str(entry[key]).strip() for key in ("id", "title", "chapter", "sees", "claim", "model_answer", "checked")}
    if not RE_ID.match(text["id"]):
        raise fail(f"{label}: the id must be lowercase letters, digits and single hyphens", line)
    if not text["chapter"].endswith(".md") or (docs_dir and not (Path(docs_dir) / text["chapter"]).is_file()):
        raise fail(f"{label}: chapter must be a page relative to {docs_dir or 'the docs folder'}, "
                   f"e.g. chapters/12-check-the-source.md; '{text['chapter']}' is not one", line)
    minutes = entry["minutes"]
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes not in MINUTES:
        raise fail(f"{label}: minutes must be a whole number from {MINUTES.start} to {MINUTES.stop - 1}, not '{minutes}'", line)
    if not is_month(text["checked"]):
        raise fail(f"{label}: checked must be the year and month it was checked, as YYYY-MM (e.g. 2026-12), "
                   f"not '{text['checked']}'", line)
    moves = entry["moves"]
    if not isinstance(moves, list) or not all(isinstance(move, str) and move.strip() for move in moves):
        raise fail(f"{label}: moves must be a list of steps, one '- ...' line each", line)
    rubric = entry["rubric"]
    if not isinstance(rubric, dict):
        raise fail(f"{label}: rubric must have the levels {', '.join(LEVELS)}", line)
    rubric_line = rubric.pop("__line__", line)
    for key in rubric:
        if key not in LEVELS:
            raise fail(f"{label}: unknown rubric level '{key}'{did_you_mean(key, LEVELS)}; the levels are {', '.join(LEVELS)}", rubric_line)
    for key in LEVELS:
        if not str(rubric.get(key) or "").strip():
            raise fail(f"{label}: the rubric needs '{key}' (what a response at that level does)", rubric_line)
    words = entry.get("verdict_words") or []
    if not isinstance(words, list) or not all(isinstance(word, (str, int)) and str(word).strip() for word in words):
        raise fail(f"{label}: verdict_words must be a list of words or phrases, e.g. [hackers, Russia]", line)
    task = CheckTask(
        moves=tuple(move.strip() for move in moves),
        links=_links(entry.get("links") or [], "links", label, line, fail),
        sources=_links(entry["sources"], "sources", label, line, fail),
        rubric={key: str(rubric[key]).strip() for key in LEVELS},
        case_mastery=" ".join(str(entry.get("case_mastery") or "").split()),
        verdict_words=tuple(str(word).strip() for word in words),
        minutes=minutes,
        line=line,
        **text,
    )
    for word in task.verdict_words:
        for field, value in student_fields(task):
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", value, re.IGNORECASE):
                raise fail(f"{label}: its {field} says '{word}', one of its verdict_words: students read the {field}, "
                           f"so it must not give the verdict away (the facts belong in model_answer)", line)
    return task


def student_fields(task: CheckTask) -> list[tuple[str, str]]:
    """Every text a student reads in a task, named by its field: none may give the verdict away.

    The id is among them: it names the task's heading in the page's address.
    """
    fields = [("id", task.id.replace("-", " ")), ("title", task.title), ("sees", task.sees), ("claim", task.claim)]
    fields += [("moves", move) for move in task.moves]
    fields += [("links", link.title) for link in task.links]
    fields += [(f"rubric ({key})", task.rubric[key]) for key in LEVELS]
    return fields


def _links(value: Any, field: str, label: str, line: int, fail: Any) -> tuple[Link, ...]:
    """A list of ``{title, url}``, each url a full https address."""
    if not isinstance(value, list):
        raise fail(f"{label}: {field} must be a list of entries with a title and a url", line)
    links = []
    for entry in value:
        where = entry.pop("__line__", line) if isinstance(entry, dict) else line
        if not isinstance(entry, dict) or set(entry) != {"title", "url"} or not all(str(v).strip() for v in entry.values()):
            raise fail(f"{label}: each entry in {field} needs exactly a title and a url", where)
        url = str(entry["url"]).strip()
        if not is_https(url):
            raise fail(f"{label}: {field} must be full https:// addresses, not '{url}'", where)
        links.append(Link(str(entry["title"]).strip(), url))
    return tuple(links)


# --- Rendering ------------------------------------------------------------------------


def _add(parent: etree.Element, tag: str, text: str = "", **attributes: str) -> etree.Element:
    child = etree.SubElement(parent, tag, attributes)
    if text:
        child.text = AtomicString(text)
    return child


def _label(parent: etree.Element, text: str) -> None:
    _add(_add(parent, "p", **{"class": "check-task__label"}), "strong", text)


def _facts(parent: etree.Element, task: CheckTask) -> None:
    """What the student sees, the claim and the time, as a description list (no headings to crowd the contents)."""
    facts = _add(parent, "dl", **{"class": "check-task__facts"})
    for term, value in (("What you see", task.sees), ("The claim", task.claim), ("Time", f"{task.minutes} minutes")):
        _add(facts, "dt", term)
        _add(facts, "dd", value)


def _moves(parent: etree.Element, task: CheckTask) -> None:
    _label(parent, "The moves that settle it")
    moves = _add(parent, "ol", **{"class": "check-task__moves"})
    for move in task.moves:
        _add(moves, "li", move)


def _rubric(parent: etree.Element, task: CheckTask) -> None:
    """A table with column and row headings, so a screen reader names the level with each description."""
    table = _add(parent, "table", **{"class": "check-task__rubric"})
    _add(table, "caption", "How a response is judged")
    head = _add(_add(table, "thead"), "tr")
    _add(head, "th", "Level", scope="col")
    _add(head, "th", "What the response does", scope="col")
    body = _add(table, "tbody")
    for key, name in LEVELS.items():
        row = _add(body, "tr")
        _add(row, "th", name, scope="row")
        _add(row, "td", task.rubric[key])


def _link_list(parent: etree.Element, label: str, links: tuple[Link, ...], css: str) -> None:
    if not links:
        return
    _label(parent, label)
    items = _add(parent, "ul", **{"class": css})
    for link in links:
        _add(_add(items, "li"), "a", link.title, href=link.url)


def render_task(parent: etree.Element, task: CheckTask) -> None:
    """The student part: never the model answer or the sources that settle the case."""
    section = _add(parent, "section", **{"class": "check-task", "aria-labelledby": f"check-task-{task.id}"})
    _add(section, "h3", task.title, id=f"check-task-{task.id}")
    _facts(section, task)
    _moves(section, task)
    _link_list(section, "Places to start (or open a new tab and search)", task.links, "check-task__links")
    _rubric(section, task)
    if task.id in PERFORMANCE_TASKS:
        # skill-check.js keeps the tick in this browser (and in the hand-in summary); quiz.js loads it here only.
        done = _add(section, "p", **{"class": "check-task__done", "data-widget-assets": "skill-check"})
        box = f"check-task-{task.id}-done"
        _add(done, "input", type="checkbox", id=box, **{"class": "performance-task__done", "data-task": task.id})
        _add(done, "label", "I have done this task", **{"for": box})


def chapter_title(docs_dir: str, chapter: str) -> str:
    """The chapter's title from its front matter, else its path: links say where they lead."""
    try:
        _, meta = get_data((Path(docs_dir) / chapter).read_text(encoding="utf-8-sig"))
    except OSError:
        return chapter
    return str(meta.get("title") or chapter)


def render_answers(parent: etree.Element, tasks: list[CheckTask], docs_dir: str, folder: str) -> None:
    """Every task for teachers: where it is used, the student part, the model answer and the sources."""
    for task in tasks:
        section = _add(parent, "section", **{"class": "check-task check-task--answers",
                                             "aria-labelledby": f"check-task-answers-{task.id}"})
        _add(section, "h3", task.title, id=f"check-task-answers-{task.id}")
        where = _add(section, "p", "In ", **{"class": "check-task__chapter"})
        link = _add(where, "a", chapter_title(docs_dir, task.chapter), href=posixpath.relpath(task.chapter, folder or "."))
        link.tail = AtomicString(f" · facts and links checked {task.checked_words}")
        _facts(section, task)
        _moves(section, task)
        _rubric(section, task)
        if task.case_mastery:
            _label(section, "What mastery looks like for this case")
            _add(section, "p", task.case_mastery, **{"class": "check-task__case-mastery"})
        _label(section, "Model answer")
        _add(section, "p", task.model_answer, **{"class": "check-task__model-answer"})
        _link_list(section, "Sources that settle it", task.sources, "check-task__sources")


# --- Checking the blocks while line numbers exist -------------------------------------
#
# Blocks ignores a block it cannot parse and leaves its text on the page, so a
# misspelt id would quietly drop a task from the chapter that needs it, and a
# task shown in another chapter than its data says would break the course's
# "one task, one chapter" promise to teachers. The shared header check
# (``course.blocks_common``) reads each header while the page's lines exist,
# in these blocks' words, and then asks ``check_values`` what only they know.


def heading_level(lines: list[str], number: int) -> int:
    """The level of the nearest Markdown heading above line ``number`` (0 if none), outside fenced code."""
    level, fenced = 0, ""
    for line in lines[: number - 1]:
        fence = RE_FENCE.match(line)
        if fence:
            fenced = "" if fenced == fence[1] else (fenced or fence[1])
        elif not fenced and (heading := RE_HEADING.match(line)):
            level = len(heading[1])
    return level


class _TaskBlock(CourseBlock):
    """What both blocks check: no content (the task is in the data file) and a level-2 heading above."""

    @classmethod
    def _placement(cls, header: Header) -> Iterator[tuple[int, str]]:
        """The first problem with where the block is and what it holds, if any."""
        data = header.config["extension"].getConfig("data")
        if header.text(header.line + 1) != "///":
            yield header.line + 1, (f"'/// {header.name}' takes no content: the task is written in {data}; "
                                    f"close the block with '///' on the next line")
            return
        level = heading_level(header.lines, header.line)
        if level != 2:
            where = f"the nearest heading above it is level {level}" if level else "there is no heading above it"
            yield header.line, (f"'/// {header.name}' gives each task a level-3 heading, so it belongs under a '## ' heading "
                                f"(e.g. '## Check it yourself'); {where}")


class CheckTaskBlock(_TaskBlock):
    """``/// check-task | <id>``: the student part of one task.

    Its checks stop at a block's first problem: a block with an unknown id is
    not also blamed for where it sits.
    """

    NAME = TASK
    ARGUMENT = True

    @classmethod
    def needs_argument(cls, header: Header) -> str:
        return f"'/// {TASK}' needs the task's id, e.g. '/// {TASK} | pope-puffer-2023'"

    @classmethod
    def check_values(cls, header: Header) -> Iterator[tuple[int, str] | tuple[int, str, tuple[int, ...]]]:
        extension: CheckTasksExtension = header.config["extension"]
        tasks, argument = extension.tasks(), header.argument
        if argument not in tasks:
            yield header.line, f"'/// {TASK}': no task '{argument}' in {extension.getConfig('data')}{did_you_mean(argument, tasks)}"
            return
        placement = list(cls._placement(header))
        if placement:
            yield from placement
            return
        first = next((earlier.line for earlier in header.earlier if earlier.argument == argument), 0)
        if first:
            yield header.line, f"'/// {TASK} | {argument}' is already on this page (line {{related}}); show a task once", (first,)
            return
        where = extension.page_path()
        task = tasks[argument]
        if where is not None and where != task.chapter:
            yield header.line, (f"'/// {TASK} | {task.id}' belongs in {task.chapter} (its 'chapter' in "
                                f"{extension.getConfig('data')}), not in {where}")

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": "check-tasks"})

    def on_end(self, block: etree.Element) -> None:
        extension: CheckTasksExtension = self.config["extension"]
        task = extension.tasks().get(self.argument.strip())
        if task is not None:  # else check_values refused the id, and the page stops with that problem
            render_task(block, task)


class CheckTaskAnswersBlock(_TaskBlock):
    """``/// check-task-answers``: every task with its model answer, for a teacher page."""

    NAME = ANSWERS
    ARGUMENT = False

    @classmethod
    def takes_no_argument(cls, header: Header) -> str:
        return f"'/// {ANSWERS}' takes no id: it shows every task in {header.config['extension'].getConfig('data')}"

    @classmethod
    def check_values(cls, header: Header) -> Iterator[tuple[int, str]]:
        yield from cls._placement(header)
        header.config["extension"].tasks()  # a data file that cannot be read stops the page here, with its own line

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": "check-tasks check-tasks--answers"})

    def on_end(self, block: etree.Element) -> None:
        extension: CheckTasksExtension = self.config["extension"]
        render_answers(block, list(extension.tasks().values()), extension.getConfig("docs_dir"), extension.folder())


class CheckTasksExtension(BlocksExtension):
    """Registers the two blocks, under the course's shared checks."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {
            "data": ["docs/check-tasks.yaml", "The YAML file with the check-it-yourself tasks."],
            "docs_dir": ["", "Folder of the Markdown sources: names pages in errors, checks chapters, starts links."],
        }
        self.md: Markdown | None = None
        #: The page whose file was looked up last, and that file (Markdown keeps no file name).
        self._source: tuple[str, SourceFile | None] | None = None
        super().__init__(*args, **kwargs)

    def tasks(self) -> dict[str, CheckTask]:
        return load_tasks(self.getConfig("data"), self.getConfig("docs_dir"))

    def source(self) -> SourceFile | None:
        """The file this page came from, looked up once per page and only on pages with a block."""
        log = log_of(self.md) if self.md is not None else None
        text = log.text if log is not None else ""
        if self._source is None or self._source[0] != text:
            self._source = (text, locate_source(text, self.getConfig("docs_dir")))
        return self._source[1]

    def page_path(self) -> str | None:
        """The page's path relative to the docs folder, or ``None`` for a page outside it (not checked then)."""
        source, docs = self.source(), self.getConfig("docs_dir")
        if source is None or not docs:
            return None
        page, root = Path(source.path).resolve(), Path(docs).resolve()
        return page.relative_to(root).as_posix() if root in page.parents else None

    def folder(self) -> str:
        """The page's folder relative to the docs folder, where its links start ("" when unknown)."""
        return posixpath.dirname(self.page_path() or "")

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        self.md = md
        blocks = (CheckTaskBlock, CheckTaskAnswersBlock)
        attach(md, self.getConfig("docs_dir"), blocks, {"extension": self})
        for block in blocks:
            block_mgr.register(block, {"extension": self})


def makeExtension(*args: Any, **kwargs: Any) -> CheckTasksExtension:
    """Entry point used by ``markdown_extensions: [course.check_tasks]``."""
    return CheckTasksExtension(*args, **kwargs)
