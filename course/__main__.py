"""Command line: ``python -m course check [--today YYYY-MM-DD] [DOCS_DIR]``, ``export`` and ``companions``.

``check`` converts every page under the docs folder with the site's Markdown
settings, runs the authoring lints (``course.lint``: answer cues over all
quizzes, review dates, dates now past spoken of as the future, chapters named
by position, chapters that do not fit one lesson, chapters missing from the nav or lacking
questions, a figure, objectives or their pages for teachers, LMS export files that no longer
match the quizzes), prints the cue statistics, and prints each distinct problem once
as ``file:line: problem``, so authors can find mistakes without a full site
build. It exits 1 if anything is wrong. "Today" is the real date unless
``--today`` or ``COURSE_TODAY`` says otherwise.

``export --format gift|moodle|qti|all [--out DIR] [DOCS_DIR]`` writes every
chapter's quiz and the whole course for learning management systems (see
``course.export``). By default the files go to ``DOCS_DIR/instructors/exports``,
so the site build copies them, and the download table on the teacher page is
rewritten to match. It exits 1, naming file and line, if a quiz is malformed.

``companions [DOCS_DIR]`` writes the answer key, worksheet and vocabulary
list of every chapter in the nav that lacks them (``course.chapters``).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from .blocks_common import recorded_problems
from .chapters import write_companions
from .export import ExportError
from .export import files as exports
from .lint import CourseLint, lint_course, quiz_paths, resolve_today
from .lint.dates import long_date
from .pages import convert_page, make_markdown
from .problems import Problem, distinct, total
from .quiz import QuizError
from .quiz.collect import collect_page_cached


def check(docs_dir: Path, today: datetime.date | None = None) -> tuple[list[Problem], CourseLint]:
    """Every distinct problem in the Markdown pages under ``docs_dir``, sorted, and the lints' report."""
    md = make_markdown(str(docs_dir))
    problems = []

    def convert(path: Path, collect: bool) -> None:
        try:
            if collect:
                collect_page_cached(path, docs_dir, lambda: md)
            else:
                convert_page(path.read_text(encoding="utf-8-sig"), md)
        except QuizError as error:  # every problem the page found, not only the first
            problems.extend(error.as_problems())
            problems.extend(recorded_problems(md))  # when another mistake stopped the page first

    # Pages with quizzes the lints read (chapters, before and after checks) first, through the
    # build's cache: the lints and the pages that show chapters (answer keys, the whole course)
    # then reuse them instead of converting them again.
    collected = quiz_paths(docs_dir)
    for path in collected:
        convert(path, collect=True)
    # The lints before the other pages, as in the site build: they parse each chapter's body
    # once (to count its words), and the printable course's page copies that parse.
    report = lint_course(docs_dir, today, markdown=lambda: md)
    for path in sorted(set(docs_dir.rglob("*.md")) - set(collected)):
        convert(path, collect=False)
    if not problems and not report.errors:  # exports are only written from a course that converts cleanly
        try:
            problems.extend(exports.stale_exports(exports.course_chapters_cached(docs_dir), docs_dir))
        except ExportError as error:  # a question no export can carry: its message names file and line
            problems.append(Problem.parse(str(error)))
    return distinct([*problems, *report.errors, *report.problems]), report


def export(docs_dir: Path, format_name: str, out_dir: Path | None) -> int:
    """Write the export files; rewrite the teacher page's table when writing to the default folder."""
    formats = tuple(fmt for fmt in exports.FORMATS if format_name in ("all", fmt.name))
    default_dir = docs_dir / exports.EXPORTS_FOLDER
    try:
        chapter_list = exports.course_chapters(docs_dir)
        checks = exports.check_chapters(docs_dir)
        written = exports.write_exports(exports.render_exports(chapter_list, docs_dir, formats, checks), out_dir or default_dir, formats)
    except (QuizError, ExportError) as error:
        print(error, file=sys.stderr)
        return 1
    page = docs_dir / exports.TEACHER_PAGE
    if out_dir in (None, default_dir) and page.exists():
        text = page.read_text(encoding="utf-8")
        updated = exports.with_table(text, exports.download_table(chapter_list, checks))
        if updated != text:
            page.write_text(updated, encoding="utf-8")
    questions = sum(len(chapter.page.questions) for chapter in chapter_list)
    print(f"Exported {questions} questions from {len(chapter_list)} chapters: {len(written)} files in {out_dir or default_dir}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    checker = commands.add_parser("check", help="check every quiz in the course's Markdown pages")
    checker.add_argument(
        "--today", metavar="YYYY-MM-DD", help="judge dates as on this day (default: $COURSE_TODAY, else the real date)"
    )
    checker.add_argument("docs_dir", nargs="?", default="docs", type=Path)
    exporter = commands.add_parser("export", help="write the quizzes as GIFT, Moodle XML and IMS QTI files for an LMS")
    exporter.add_argument("--format", choices=(*exports.FORMAT_NAMES, "all"), default="all", help="default: all")
    exporter.add_argument("--out", type=Path, help="output folder (default: DOCS_DIR/instructors/exports)")
    exporter.add_argument("docs_dir", nargs="?", default="docs", type=Path)
    companions = commands.add_parser("companions", help="write the answer keys, worksheets and vocabulary lists that chapters lack")
    companions.add_argument("docs_dir", nargs="?", default="docs", type=Path)
    args = parser.parse_args(argv)
    if args.command == "companions":
        written = write_companions(args.docs_dir)
        for path in written:
            print(f"Wrote {path}")
        if not written:
            print(f"Every chapter of the nav has its answer key, worksheet and vocabulary list in {args.docs_dir}.")
        return 0
    if args.command == "export":
        return export(args.docs_dir, args.format, args.out)
    try:
        today = resolve_today(args.today)
    except ValueError as error:
        parser.error(str(error))
    problems, report = check(args.docs_dir, today)
    print(f"Dates judged as on {long_date(today)}.")
    print("Answer cues over the chapters' quizzes:")
    for line in report.cues.summary() or ["no questions found"]:
        print(f"  {line}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(total(problems), file=sys.stderr)
        return 1
    print(f"All quizzes in {args.docs_dir} are well formed; no problems found.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
