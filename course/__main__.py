"""Command line: ``python -m course check [DOCS_DIR]``.

``check`` converts every page under the docs folder with the site's Markdown
settings and prints each quiz problem as ``file:line: problem``, so authors can
find mistakes without a full site build. It exits 1 if anything is wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    checker = commands.add_parser("check", help="check every quiz in the course's Markdown pages")
    checker.add_argument("docs_dir", nargs="?", default="docs", type=Path)
    args = parser.parse_args(argv)
    problems = check(args.docs_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"All quizzes in {args.docs_dir} are well formed.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
