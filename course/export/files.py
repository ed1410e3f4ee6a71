"""Which export files exist, what they are called, and the download table that lists them.

There are no MkDocs plugins or hooks in this project, so the exports are
ordinary files under ``docs/instructors/exports/``, which MkDocs copies into
the site. ``python -m course export`` regenerates them and the table on the
teacher page; ``python -m course check`` (``make check``) reports committed
files that no longer match the chapters (``stale_exports``), and so does a test.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..problems import Problem
from ..quiz.collect import chapter_paths, collect_course, collect_course_cached, collect_page_cached
from ..quiz.skillcheck import SIDES, check_pages
from . import gift, moodle, qti
from .content import COURSE_NAME, Chapter, _front_matter_lines, chapters

#: The base name of the whole-course files.
COURSE_SLUG = "deepfake-literacy"

#: Where the files go by default, relative to the docs folder, and the page that links them.
EXPORTS_FOLDER = "instructors/exports"
TEACHER_PAGE = "instructors/lms-export.md"


@dataclass(frozen=True)
class Format:
    """One export format: its name on the command line, its file suffix, its label and its writer."""

    name: str
    suffix: str
    label: str
    render: Callable[[list[Chapter], Path, str, str], bytes]
    """(chapters, docs folder, identifier, title) → file bytes."""


FORMATS: tuple[Format, ...] = (
    Format("gift", ".gift", "GIFT", lambda chs, docs, _id, _title: gift.document(chs, docs).encode("utf-8")),
    Format("moodle", ".moodle.xml", "Moodle XML", lambda chs, docs, _id, _title: moodle.document(chs, docs).encode("utf-8")),
    Format("qti", ".qti.zip", "QTI 2.1 package", qti.package),
)
FORMAT_NAMES = tuple(fmt.name for fmt in FORMATS)


def course_chapters(docs_dir: Path) -> list[Chapter]:
    """The course's chapters with their questions; raises ``QuizError`` (file:line) for a malformed quiz."""
    return chapters(collect_course(docs_dir), docs_dir)


def course_chapters_cached(docs_dir: Path) -> list[Chapter]:
    """``course_chapters`` through the build's chapter cache, for ``course check``, which has just collected them."""
    return chapters(collect_course_cached(docs_dir), docs_dir)


def check_chapters(docs_dir: Path) -> list[Chapter]:
    """The before and after checks (``/// skill-check | before`` / ``| after``), each exported as a quiz of its own.

    They are numbered around the chapters (before: 0, after: one past the last
    chapter) so their categories sort before and after the course in an LMS.
    """
    pages = check_pages(docs_dir)
    numbers = list(range(1, len(chapter_paths(docs_dir)) + 1))
    result = []
    for side in SIDES:
        for page in pages:
            if page.side != side:
                continue
            collected = collect_page_cached(page.path, docs_dir)  # ``course check`` has collected it already
            slug = page.path.stem
            number = 0 if side == "before" else max(numbers, default=0) + 1
            result.append(Chapter(number=number, slug=slug, page=collected, line_offset=_front_matter_lines(page.path.read_text(encoding="utf-8-sig"))))
            break
    return result


def render_exports(
    chapter_list: list[Chapter],
    docs_dir: Path,
    formats: tuple[Format, ...] = FORMATS,
    checks: list[Chapter] | None = None,
) -> dict[str, bytes]:
    """Every export file, by file name: each chapter alone, the whole course, and each of the before and after checks.

    The checks are not part of the whole-course file: they are taken at other times.
    Callers that also write the download table pass ``checks`` (``check_chapters``)
    so those pages are collected once.
    """
    files: dict[str, bytes] = {}
    checks = check_chapters(docs_dir) if checks is None else checks
    for fmt in formats:
        files[COURSE_SLUG + fmt.suffix] = fmt.render(chapter_list, docs_dir, COURSE_SLUG, COURSE_NAME)
        for chapter in [*chapter_list, *checks]:
            title = f"{COURSE_NAME}: {chapter.category}"
            files[chapter.slug + fmt.suffix] = fmt.render([chapter], docs_dir, f"{COURSE_SLUG}-{chapter.slug}", title)
    return files


def write_exports(files: dict[str, bytes], out_dir: Path, formats: tuple[Format, ...] = FORMATS) -> list[Path]:
    """Write ``files`` to ``out_dir`` and delete files of these formats that are no longer exported."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.iterdir():
        if stale.name not in files and any(stale.name.endswith(fmt.suffix) for fmt in formats):
            stale.unlink()
    written = []
    for name, data in sorted(files.items()):
        path = out_dir / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        written.append(path)
    return written


# --- The table on the teacher page ------------------------------------------

TABLE_START = "<!-- exports table: written by python -m course export -->"
TABLE_END = "<!-- end of exports table -->"


def download_table(chapter_list: list[Chapter], checks: list[Chapter] | None = None) -> str:
    """A Markdown table with a link to every file, from the teacher page's folder (the checks first and last)."""
    checks = checks or []
    before = [c for c in checks if c.number == 0]
    after = [c for c in checks if c.number != 0]
    rows = [("Whole course", COURSE_SLUG, sum(len(c.page.questions) for c in chapter_list))]
    rows += [(c.title, c.slug, len(c.page.questions)) for c in before]
    rows += [(f"{c.number}. {c.title}", c.slug, len(c.page.questions)) for c in chapter_list]
    rows += [(c.title, c.slug, len(c.page.questions)) for c in after]
    folder = Path(EXPORTS_FOLDER).relative_to(Path(TEACHER_PAGE).parent).as_posix()
    lines = ["| Chapter | Questions | " + " | ".join(fmt.label for fmt in FORMATS) + " |"]
    lines.append("|---|---|" + "---|" * len(FORMATS))
    for label, slug, count in rows:
        links = " | ".join(f"[{slug}{fmt.suffix}]({folder}/{slug}{fmt.suffix})" for fmt in FORMATS)
        lines.append(f"| {label} | {count} | {links} |")
    return "\n".join(lines)


def with_table(page_text: str, table: str) -> str:
    """The teacher page with the text between the table markers replaced by ``table``."""
    pattern = re.compile(re.escape(TABLE_START) + r".*?" + re.escape(TABLE_END), re.DOTALL)
    if not pattern.search(page_text):
        raise ValueError(f"the teacher page has no '{TABLE_START}' ... '{TABLE_END}' markers")
    return pattern.sub(lambda _: f"{TABLE_START}\n\n{table}\n\n{TABLE_END}", page_text)


# --- Committed files that no longer match the chapters -------------------------

#: What to do about a stale export, in every message.
REFRESH = "run 'make exports' (python -m course export) and commit the result"


def _members(data: bytes) -> list[tuple[str, bytes]]:
    """A zip file's names and contents: zlib builds may compress the same bytes differently."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [(name, archive.read(name)) for name in archive.namelist()]


def _same(name: str, committed: bytes, expected: bytes) -> bool:
    if not name.endswith(".zip"):
        return committed == expected
    try:
        return _members(committed) == _members(expected)
    except zipfile.BadZipFile:
        return False


def stale_exports(chapter_list: list[Chapter], docs_dir: Path) -> list[Problem]:
    """Export files and the teacher page's table that no longer match the chapters, one problem each.

    A course without the exports folder (a small test course, a fork that
    does not offer LMS files) has nothing to be stale. The files are compared
    with what ``python -m course export`` would write now, in memory.
    """
    folder = docs_dir / EXPORTS_FOLDER
    if not folder.is_dir():
        return []
    checks = check_chapters(docs_dir)
    expected = render_exports(chapter_list, docs_dir, checks=checks)
    problems = []
    for name, data in sorted(expected.items()):
        path = folder / name
        if not path.is_file():
            problems.append(Problem(path.as_posix(), 1, f"this export file is missing: {REFRESH}"))
        elif not _same(name, path.read_bytes(), data):
            problems.append(Problem(path.as_posix(), 1, f"this export no longer matches the chapters' quizzes: {REFRESH}"))
    for path in sorted(folder.iterdir()):
        if path.name not in expected and any(path.name.endswith(fmt.suffix) for fmt in FORMATS):
            problems.append(Problem(path.as_posix(), 1, f"no chapter has this export any more: {REFRESH}"))
    page = docs_dir / TEACHER_PAGE
    if page.is_file():
        text = page.read_text(encoding="utf-8")
        table = download_table(chapter_list, checks)
        if TABLE_START in text and TABLE_END in text and with_table(text, table) != text:
            line = text[: text.index(TABLE_START)].count("\n") + 1
            problems.append(Problem(page.as_posix(), line, f"the table of export files is out of date: {REFRESH}"))
    return problems
