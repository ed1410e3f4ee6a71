"""Command line: ``python -m course check [DOCS_DIR]`` and ``python -m course export``.

``check`` converts every page under the docs folder with the site's Markdown
settings and prints each quiz problem as ``file:line: problem``, so authors can
find mistakes without a full site build. It exits 1 if anything is wrong.

``export --format gift|moodle|qti|all [--out DIR] [DOCS_DIR]`` writes every
chapter's quiz and the whole course for learning management systems (see
``course.export``). By default the files go to ``DOCS_DIR/instructors/exports``,
so the site build copies them, and the download table on the teacher page is
rewritten to match. It exits 1, naming file and line, if a quiz is malformed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .export import ExportError
from .export import files as exports
from .pages import convert_page, make_markdown
from .quiz import QuizError


def check(docs_dir: Path) -> list[str]:
    """Problems found in the Markdown pages under ``docs_dir``, one message each."""
    md = make_markdown(str(docs_dir))
    problems = []
    for path in sorted(docs_dir.rglob("*.md")):
        try:
            convert_page(path.read_text(encoding="utf-8-sig"), md)
        except QuizError as error:
            problems.append(str(error))
    return problems


def export(docs_dir: Path, format_name: str, out_dir: Path | None) -> int:
    """Write the export files; rewrite the teacher page's table when writing to the default folder."""
    formats = tuple(fmt for fmt in exports.FORMATS if format_name in ("all", fmt.name))
    default_dir = docs_dir / exports.EXPORTS_FOLDER
    try:
        chapter_list = exports.course_chapters(docs_dir)
        written = exports.write_exports(exports.render_exports(chapter_list, docs_dir, formats), out_dir or default_dir, formats)
    except (QuizError, ExportError) as error:
        print(error, file=sys.stderr)
        return 1
    page = docs_dir / exports.TEACHER_PAGE
    if out_dir in (None, default_dir) and page.exists():
        text = page.read_text(encoding="utf-8")
        updated = exports.with_table(text, exports.download_table(chapter_list))
        if updated != text:
            page.write_text(updated, encoding="utf-8")
    questions = sum(len(chapter.page.questions) for chapter in chapter_list)
    print(f"Exported {questions} questions from {len(chapter_list)} chapters: {len(written)} files in {out_dir or default_dir}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    checker = commands.add_parser("check", help="check every quiz in the course's Markdown pages")
    checker.add_argument("docs_dir", nargs="?", default="docs", type=Path)
    exporter = commands.add_parser("export", help="write the quizzes as GIFT, Moodle XML and IMS QTI files for an LMS")
    exporter.add_argument("--format", choices=(*exports.FORMAT_NAMES, "all"), default="all", help="default: all")
    exporter.add_argument("--out", type=Path, help="output folder (default: DOCS_DIR/instructors/exports)")
    exporter.add_argument("docs_dir", nargs="?", default="docs", type=Path)
    args = parser.parse_args(argv)
    if args.command == "export":
        return export(args.docs_dir, args.format, args.out)
    problems = check(args.docs_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"All quizzes in {args.docs_dir} are well formed.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
