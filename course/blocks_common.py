"""What every course block shares when an author gets it wrong: one error layer.

Python-Markdown keeps no line numbers and pymdown's Blocks API silently leaves
a block it cannot read (an unknown or misspelt option, options that are not
YAML, an argument where none belongs) as plain text on the page. So every
course extension attaches its blocks here (``attach``), and one preprocessor,
run while the page's own lines still exist, does for all of them what the
quiz's scan does for quizzes:

* it finds every course block's start line, in page order, outside fenced
  code, and notes whether it sits inside a folded block (``??? deeper``,
  ``!!! note``);
* it checks each header against the block's own ``ARGUMENT`` and ``OPTIONS``,
  with "did you mean" for a misspelt option, unless the block's extension
  checks its headers itself (``OWN_HEADER_CHECK``);
* when those checks pass, it asks the block to check the values it was given
  (``CourseBlock.check_values``: a task id that must exist in a data file, a
  filter that must be one of a list, where the block may sit on the page), so
  a block with data of its own needs no preprocessor of its own, and its
  problems are found, located and reported once like every other;
* it refuses a block that may not sit in a folded block (``FOLDABLE``).

A block may word the shared problems its own way (``needs_argument``,
``takes_no_argument``, ``unknown_option``), so that a message can say what
the argument is for (a task's id, say) rather than "an argument".

A block (``CourseBlock``) knows it is the Nth block of its name on the page,
so a problem found later names that block's own line, not the first block of
the same name. Problems are recorded, and the page stops at its end with all
of them (``PageLog.finish``); code that cannot go on raises at once, with the
problems recorded so far (``PageLog.stop``). Each one reads
``file:line: problem``, the file being the Markdown source under ``docs_dir``.

Pages that show chapters (answer keys, the whole course, progress, the
classroom tools) read them with ``readable_chapters``, which leaves out a
chapter that cannot be read: that chapter's own page reports its problems, so
they are reported once, against the chapter's file.
"""

from __future__ import annotations

import difflib
import re
import textwrap
import xml.etree.ElementTree as etree
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn

import yaml
from markdown import Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from pymdownx.blocks.block import Block

from .problems import Problem
from .yamltext import safe_load

if TYPE_CHECKING:  # the quiz package imports this module, so its names are imported where used
    from .quiz.collect import CollectedPage
    from .quiz.errors import QuizError, SourceFile

#: A Blocks start line, at any indent (blocks also work inside folded blocks and lists).
RE_START = re.compile(r"^([ \t]*)(/{3,})[ ]*([\w-]+)[ ]*(?:(\|)[ ]*(.*?)[ ]*)?$")
#: The opening line of an admonition (``!!! note``) or a folded block (``??? deeper``, ``???+ example``).
RE_FOLD = re.compile(r"^([ \t]*)(\?{3}\+?|!{3})[ ]*([\w-]+)")
RE_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")

#: Where the page's lines are read: after whitespace normalisation (30), before the quiz scan
#: and the other course preprocessors (29), which may add lines.
SCAN_PRIORITY = 29.5
SCAN_NAME = "course_blocks_scan"
FINISH_NAME = "course_blocks_finish"


@dataclass(frozen=True)
class BlockStart:
    """One course block's start line (1-based, in the text Markdown was given) and the folded block around it."""

    name: str
    line: int
    fold: str = ""
    """The folded block it sits in, as written (e.g. ``??? deeper``), or empty."""
    argument: str = ""
    """What follows the bar (``/// name | argument``), stripped: a block shown once per page compares these."""


@dataclass(frozen=True)
class Header:
    """One block's header as the shared check read it: what a block's own value checks look at.

    The checks run while the page's own lines exist, so a problem can name
    the line of the option or of the content it is about, not only the
    block's first line.
    """

    name: str
    line: int
    """The block's start line (1-based, in the text Markdown was given)."""
    argument: str
    options: dict[str, Any]
    """The options as written (only known, well-typed ones reach ``check_values``); empty when there are none."""
    option_lines: dict[str, int]
    """The line each option is written on."""
    after: int
    """The first line after the header and its options: the block's content, or its closing ``///``."""
    lines: list[str]
    """The page's lines, for checks that look around the block (its content, the headings above it)."""
    config: dict[str, Any]
    """What the extension attached the block with (``attach(..., config=...)``), e.g. the extension itself."""
    earlier: tuple[BlockStart, ...] = ()
    """The blocks of the same name above this one on the page."""

    def text(self, line: int) -> str | None:
        """Line ``line`` of the page, stripped; ``None`` past the page's end."""
        return self.lines[line - 1].strip() if 0 < line <= len(self.lines) else None


@dataclass
class PageLog:
    """The page being converted: its text, its course blocks' lines, and the problems found so far."""

    docs_dirs: list[str] = field(default_factory=list)
    """The course extensions' ``docs_dir`` options (usually one folder), searched in turn for the page's file."""
    blocks: dict[str, type[Block]] = field(default_factory=dict)
    configs: dict[str, dict[str, Any]] = field(default_factory=dict)
    """What each block's extension attached it with, handed to its value checks (``Header.config``)."""
    text: str = ""
    starts: dict[str, list[BlockStart]] = field(default_factory=dict)
    created: dict[str, int] = field(default_factory=dict)
    problems: list[QuizError] = field(default_factory=list)
    _source: SourceFile | None | bool = False

    def reset(self, lines: list[str]) -> None:
        self.text = "\n".join(lines)
        self.starts, self.created, self.problems, self._source = {}, {}, [], False

    def source(self) -> SourceFile | None:
        """The Markdown file under ``docs_dir`` this page came from, looked up once, on the error path only."""
        if self._source is False:
            from .quiz.errors import locate_source

            self._source = next(
                (found for folder in self.docs_dirs if (found := locate_source(self.text, folder)) is not None), None
            )
        return self._source  # type: ignore[return-value]

    def next_ordinal(self, name: str) -> int:
        """Count one more block of ``name`` (Blocks creates them in page order) and return its index."""
        ordinal = self.created.get(name, 0)
        self.created[name] = ordinal + 1
        return ordinal

    def start(self, name: str, ordinal: int) -> BlockStart | None:
        starts = self.starts.get(name, [])
        return starts[ordinal] if 0 <= ordinal < len(starts) else None

    def line_of(self, name: str, ordinal: int) -> int:
        """The line of the ``ordinal``-th block of ``name``; failing that, the first line starting it."""
        found = self.start(name, ordinal)
        if found is not None:
            return found.line
        starts = self.starts.get(name)
        return starts[0].line if starts else 0

    def error(self, problem: str, line: int, kind: type[QuizError] | None = None, related: tuple[int, ...] = ()) -> QuizError:
        from .quiz.errors import QuizError

        return (kind or QuizError)(problem, line, self.source(), related)

    def record(self, problem: str, line: int, related: tuple[int, ...] = ()) -> None:
        """Note a problem and go on: the page stops at its end with every problem found.

        ``problem`` may say ``{related}``: other lines of the page, numbered in its file like ``line``.
        """
        self.record_error(self.error(problem, line, related=related))

    def record_error(self, error: QuizError) -> None:
        self.problems.append(error.located(self.source()) if error.source is None else error)

    def has_problem_at(self, line: int) -> bool:
        return any(error.line == line for error in self.problems)

    def stop(self, problem: str, line: int, kind: type[QuizError] | None = None) -> NoReturn:
        """Stop now, with this problem and any recorded before it."""
        raise self.combined(self.error(problem, line, kind))

    def combined(self, error: QuizError) -> QuizError:
        """``error`` together with the problems recorded so far (itself alone if there are none)."""
        from .quiz.errors import QuizErrors

        if error.source is None:
            error = error.located(self.source())
        return QuizErrors([*self.problems, error]) if self.problems else error

    def finish(self) -> None:
        """Stop with every recorded problem, if any."""
        from .quiz.errors import QuizErrors

        if self.problems:
            problems, self.problems = self.problems, []
            raise QuizErrors(problems) if len(problems) > 1 else problems[0]


def log_of(md: Markdown) -> PageLog | None:
    """The page log of this Markdown instance, if a course extension attached one."""
    return getattr(md, "course_page_log", None)


def attach(md: Markdown, docs_dir: str, blocks: Iterable[type[Block]], config: dict[str, Any] | None = None) -> PageLog:
    """Put ``blocks`` under the shared checks for this Markdown instance (once per instance for the processors).

    ``config`` (usually what the blocks are registered with, e.g. ``{"extension": self}``)
    reaches the blocks' value checks, which may need the extension's data.
    """
    log = log_of(md)
    if log is None:
        log = PageLog()
        md.course_page_log = log  # type: ignore[attr-defined]
        md.preprocessors.register(_Scan(md, log), SCAN_NAME, SCAN_PRIORITY)
        md.treeprocessors.register(_Finish(md, log), FINISH_NAME, -1000)
    if docs_dir and str(docs_dir) not in log.docs_dirs:
        log.docs_dirs.append(str(docs_dir))
    for block in blocks:
        log.blocks[block.NAME] = block
        log.configs[block.NAME] = dict(config or {})
    return log


class _Scan(Preprocessor):
    def __init__(self, md: Markdown, log: PageLog) -> None:
        super().__init__(md)
        self.log = log

    def run(self, lines: list[str]) -> list[str]:
        self.log.reset(lines)
        scan_blocks(lines, self.log)
        return lines


class _Finish(Treeprocessor):
    def __init__(self, md: Markdown, log: PageLog) -> None:
        super().__init__(md)
        self.log = log

    def run(self, root: etree.Element) -> None:
        self.log.finish()


def scan_blocks(lines: list[str], log: PageLog) -> None:
    """Record every course block's start and check the headers Blocks would silently drop."""
    fence: str | None = None
    folds: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        match = RE_FENCE.match(line)
        if fence is not None:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence) and not line.strip()[len(match.group(1)) :].strip():
                fence = None
            continue
        if match:
            fence = match.group(1)
            continue
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        while folds and indent <= folds[-1][0]:
            folds.pop()
        fold = RE_FOLD.match(line)
        if fold:
            folds.append((indent, f"{fold.group(2)} {fold.group(3)}"))
            continue
        start = RE_START.match(line)
        if start is None or start.group(3).lower() not in log.blocks:
            continue
        name = start.group(3).lower()
        found = BlockStart(name, index + 1, folds[-1][1] if folds else "", (start.group(5) or "").strip())
        log.starts.setdefault(name, []).append(found)
        block = log.blocks[name]
        if found.fold and not getattr(block, "FOLDABLE", True):
            log.record(
                f"'/// {name}' cannot go inside a '{found.fold}' block"
                + (" (the authoring rules put no quiz in a Go deeper block)" if "deeper" in found.fold else "")
                + ": move it out, after the block",
                found.line,
            )
            continue
        if not getattr(block, "OWN_HEADER_CHECK", False):
            _check_header(lines, index, start, block, log)


def _check_header(lines: list[str], index: int, start: re.Match[str], block: type[Block], log: PageLog) -> None:
    """The argument and options of one header, checked as Blocks will read them, with file and line.

    Then, only if nothing was wrong with them, the block's own value checks
    (``check_values``): they can trust the header's shape, and a header is
    never blamed twice for one mistake.
    """
    name, number = start.group(3).lower(), index + 1
    words = block if issubclass(block, CourseBlock) else CourseBlock  # a plain Block gets the course's wording
    before = len(log.problems)
    header = Header(
        name, number, (start.group(5) or "").strip(), {}, {}, number + 1, lines, log.configs.get(name, {}),
        tuple(found for found in log.starts.get(name, []) if found.line < number),
    )
    wants = getattr(block, "ARGUMENT", False)
    if wants is True and not header.argument:
        log.record(words.needs_argument(header), number)
    elif wants is False and (start.group(4) or header.argument):
        log.record(words.takes_no_argument(header), number)
    options, option_lines, rows = _read_options(lines, index, len(start.group(1)), block, words, header, log)
    if len(log.problems) > before or not issubclass(block, CourseBlock):
        return
    header = replace(header, options=options, option_lines=option_lines, after=number + 1 + rows)
    from .quiz.errors import QuizError

    try:
        for found in block.check_values(header):
            log.record(found[1], found[0], found[2] if len(found) > 2 else ())
    except QuizError as error:  # e.g. the block's data file is wrong: stop now, with the page's problems so far
        raise log.combined(error) from None


def _read_options(
    lines: list[str], index: int, base: int, block: type[Block], words: type[CourseBlock], header: Header, log: PageLog
) -> tuple[dict[str, Any], dict[str, int], int]:
    """The header's options as Blocks will read them (YAML indented below it), checked: with each one's line, and how many lines they take.

    Indented lines that are not options (code, say) are the block's content: no options then.
    """
    name, number = header.name, header.line
    option_lines: list[int] = []
    for row in range(index + 1, len(lines)):
        text = lines[row]
        if not text.strip() or len(text) - len(text.lstrip()) < base + 4:
            break
        option_lines.append(row)
    if not option_lines:
        return {}, {}, 0
    try:
        data = safe_load(textwrap.dedent("\n".join(lines[row] for row in option_lines)))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = number + 1 + mark.line if mark is not None else number + 1
        log.record(f"the options of '/// {name}' are not valid YAML ({getattr(error, 'problem', None) or 'cannot be read'})", where)
        return {}, {}, 0
    if not isinstance(data, dict):
        # Not options: Blocks reads the indented lines as the block's content (e.g. code).
        return {}, {}, 0
    spec: dict[str, tuple[Any, Any]] = dict(getattr(block, "OPTIONS", {}) or {})
    known = [key for key in spec if not key.startswith("_")]
    written: dict[str, int] = {}
    for key, value in data.items():
        where = next((row + 1 for row in option_lines if lines[row].strip().startswith(f"{key}:")), number + 1)
        written[str(key)] = where
        if key not in spec:
            log.record(words.unknown_option(header, str(key), known), where)
            continue
        try:
            spec[key][1](value)
        except Exception as error:  # noqa: BLE001 - Blocks would drop the block for any failure here
            log.record(f"option '{key}' of '/// {name}': {error}", where)
    return data, written, len(option_lines)


class CourseBlock(Block):
    """A course block: it knows its own line on the page and reports problems through the page log."""

    #: The extension checks this block's argument and options itself, with file and line.
    OWN_HEADER_CHECK: ClassVar[bool] = False
    #: Whether the block may sit inside a folded block (``??? deeper``) or an admonition.
    FOLDABLE: ClassVar[bool] = True
    #: The error type raised for this block's problems (default ``QuizError``).
    ERROR: ClassVar[type[Exception] | None] = None

    # The shared header check's wording, and the block's own value checks. Class methods: headers are
    # checked before Blocks makes any block, while the page's own lines (and so line numbers) exist.

    @classmethod
    def needs_argument(cls, header: Header) -> str:
        """The problem when ``ARGUMENT`` is true and the header has none; a block may say what its argument is."""
        return f"'/// {header.name}' needs an argument after a bar, e.g. '/// {header.name} | ...'"

    @classmethod
    def takes_no_argument(cls, header: Header) -> str:
        """The problem when ``ARGUMENT`` is false and the header has one."""
        return f"'/// {header.name}' takes nothing after its name: write '/// {header.name}' alone on its line"

    @classmethod
    def unknown_option(cls, header: Header, key: str, known: list[str]) -> str:
        """The problem when option ``key`` is not one of ``known`` (``OPTIONS``), with "did you mean" for a misspelling."""
        close = difflib.get_close_matches(key, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else (
            f" (its options are: {', '.join(known)})" if known else f" ('/// {header.name}' takes no options)"
        )
        return f"unknown option '{key}' in '/// {header.name}'{hint}"

    @classmethod
    def check_values(cls, header: Header) -> Iterator[tuple[int, str] | tuple[int, str, tuple[int, ...]]]:
        """The block's own problems with what it was given, as ``(line, problem)``; none by default.

        A problem about other lines too (an earlier block, say) is
        ``(line, problem, related)``, its text saying ``{related}`` where
        those lines go: like ``line``, they are shifted to the file's numbering.

        Called by the shared header check only when the header's argument and
        options passed it, so a block checks its values (a task id that must
        exist in a data file, a filter from a fixed list, the heading above
        it) without a preprocessor of its own that reads the header again.
        Each problem is recorded with the page's file and line and reported
        once; the page stops at its end, so rendering must cope with a block
        whose values were refused (by rendering nothing). A ``QuizError``
        raised here (a data file that cannot be read) stops the page at once,
        with the problems found so far.
        """
        return iter(())

    def __init__(self, length: int, tracker: Any, block_mgr: Any, config: Any) -> None:
        super().__init__(length, tracker, block_mgr, config)
        self.page_log = log_of(self.md)
        self.ordinal = self.page_log.next_ordinal(self.NAME) if self.page_log is not None else 0

    def block_line(self) -> int:
        """This block's own start line (the Nth block of its name on the page is the Nth start line)."""
        return self.page_log.line_of(self.NAME, self.ordinal) if self.page_log is not None else 0

    def already_reported(self) -> bool:
        """Whether a problem is recorded at this block's line (its header was checked and found wrong)."""
        return self.page_log is not None and self.page_log.has_problem_at(self.block_line())

    def record_problem(self, problem: str, line: int | None = None) -> None:
        """Note a problem at ``line`` (default: the block's line) and go on."""
        if self.page_log is None:
            self.raise_problem(problem, line)
        self.page_log.record(problem, self.block_line() if line is None else line)

    def raise_problem(self, problem: str, line: int | None = None) -> NoReturn:
        """Stop now with this problem (and any recorded before it)."""
        from .quiz.errors import QuizError

        kind = self.ERROR or QuizError
        where = self.block_line() if line is None else line
        if self.page_log is None:
            raise kind(problem, where)
        self.page_log.stop(problem, where, kind)  # type: ignore[arg-type]


def recorded_problems(md: Markdown) -> list[Problem]:
    """The problems recorded on the page ``md`` converted last, for when something else stopped it first."""
    log = log_of(md)
    return [problem for error in (log.problems if log is not None else []) for problem in error.as_problems()]


def readable_chapters(docs_dir: str | Path, paths: Iterable[Path] | None = None) -> list[CollectedPage]:
    """The chapters (or ``paths``) that can be read, through the build's cache.

    A chapter that cannot be read is left out: its own page reports its
    problems, against its own file, so the pages that show it do not
    report them again (and a build does not blame them for it).
    """
    from .pages import make_markdown
    from .quiz.collect import chapter_paths, collect_course_cached, collect_page_cached
    from .quiz.errors import QuizError

    root = Path(docs_dir)
    if paths is None:
        try:  # the usual case: every chapter reads, and the cache's time stamp is checked once for all
            return collect_course_cached(root)
        except QuizError:
            pass
    made: list[Markdown] = []

    def markdown() -> Markdown:
        if not made:
            made.append(make_markdown(str(root)))
        return made[0]

    pages = []
    for path in chapter_paths(root) if paths is None else paths:
        try:
            pages.append(collect_page_cached(path, root, markdown))
        except QuizError:
            continue
    return pages
