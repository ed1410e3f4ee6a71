"""Authoring mistakes in any course block: every problem once, at its own block's line, in check and build alike.

Each test writes a small docs folder in a temporary directory, runs
``python -m course check`` on it (with the site's Markdown settings, as
``make check`` does) and, where it matters, a strict MkDocs build of it.
The last tests convert a made-up block directly, to pin down the shared
header check's hook for a block's own value checks (``check_values``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import markdown
import pytest
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import type_string

from course.blocks_common import CourseBlock, Header, attach
from course.quiz import QuizError

from conftest import ROOT

FRONT = "---\ntitle: {title}\nreviewed: 2026-12\n---\n\n"

QUIZ = """/// quiz | {title}
    id: {ident}
{extra}
Which one?

- [{mark}] Right.
    Yes — it is.
- [ ] Wrong.
    No — it is not.
///
"""

WIDGET = """/// playback-speed
    image: ../media/spectrograms.png
    {alt_key}: Three spectrograms of one voice.
    data: ../media/original.mp3

{description}
///
"""


def run_check(folder: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "course", "check", "--today", "2026-12-07", str(folder)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def problems(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The ``file:line: problem`` lines of a check, without the total."""
    return [line for line in result.stderr.strip().splitlines() if not line.endswith(("file.", "files."))]


def strict_build(project: Path, extensions: str) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project/docs`` with the given course extensions (YAML list items)."""
    (project / "mkdocs.yml").write_text(
        "site_name: Errors test\ndocs_dir: docs\ntheme:\n  name: mkdocs\nmarkdown_extensions:\n" + extensions,
        encoding="utf-8",
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "COURSE_TODAY": "2026-12-07"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(project / "site")]
    return subprocess.run(command, capture_output=True, text=True, cwd=project, env=env)


def chapter_with(folder: Path, name: str, body: str) -> Path:
    path = folder / "chapters" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(FRONT.format(title=name) + body, encoding="utf-8")
    return path


def test_two_mistakes_in_one_chapter_are_each_listed_once_and_the_build_blames_the_chapter(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    chapter = chapter_with(
        docs,
        "01-two-mistakes.md",
        "Text.\n\n"
        + QUIZ.format(title="First", ident="first", extra="    confidance: true\n", mark="x")  # line 10: the misspelt option
        + "\nMore text.\n\n"
        + QUIZ.format(title="Second", ident="second", extra="", mark=" "),  # line 22: no right answer
    )
    # A page that shows every chapter (as My progress, the answer keys and the whole course do),
    # named so that MkDocs reads it before the chapter.
    (docs / "index.md").write_text("# Progress\n\n/// progress\n- [Two mistakes](chapters/01-two-mistakes.md)\n///\n", encoding="utf-8")
    result = run_check(docs)
    assert result.returncode == 1
    assert problems(result) == [
        f"{chapter}:10: unknown quiz option 'confidance' (did you mean 'confidence'?)",
        f"{chapter}:22: quiz 'second' has no correct answer: mark one option with '[x]'",
    ], result.stderr
    assert result.stderr.strip().splitlines()[-1] == "2 problems in 1 file."

    build = strict_build(tmp_path, f"  - course.quiz:\n      docs_dir: {docs}\n")
    assert build.returncode != 0
    assert "Traceback" not in build.stderr, build.stderr
    assert "Error reading page 'chapters/01-two-mistakes.md'" in build.stderr
    assert "index.md" not in build.stderr, build.stderr
    assert f"{chapter}:10: unknown quiz option 'confidance' (did you mean 'confidence'?)\n" in build.stderr
    assert f"{chapter}:22: quiz 'second' has no correct answer" in build.stderr


def test_a_misspelt_widget_option_fails_check_and_strict_build_with_did_you_mean(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    chapter = chapter_with(docs, "08-widget.md", "Text.\n\n" + WIDGET.format(alt_key="atl", description="What it shows."))
    expected = f"{chapter}:10: unknown option 'atl' in '/// playback-speed' (did you mean 'alt'?)"
    result = run_check(docs)
    assert result.returncode == 1
    assert problems(result) == [expected], result.stderr

    build = strict_build(tmp_path, f"  - course.widgets:\n      docs_dir: {docs}\n")
    assert build.returncode != 0
    assert "Traceback" not in build.stderr, build.stderr
    assert expected in build.stderr
    assert not (tmp_path / "site" / "chapters" / "08-widget" / "index.html").exists()


def test_a_problem_in_the_second_widget_of_a_type_names_its_own_line(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    chapter = chapter_with(
        docs,
        "08-two-widgets.md",
        "Text.\n\n"
        + WIDGET.format(alt_key="alt", description="What the first one shows.")  # line 8
        + "\nBetween.\n\n"
        + WIDGET.format(alt_key="alt", description=""),  # line 18, without a description
    )
    result = run_check(docs)
    assert result.returncode == 1
    assert problems(result) == [
        f"{chapter}:18: '/// playback-speed' needs a text description of what the widget shows, as its content"
    ], result.stderr


def test_a_quiz_inside_a_go_deeper_block_is_refused_with_a_message(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    quiz = QUIZ.format(title="Folded", ident="folded", extra="", mark="x")
    folded = "".join(f"    {line}\n" if line else "\n" for line in quiz.splitlines())
    chapter = chapter_with(
        docs, "03-folded.md", 'Text.\n\n??? deeper "Go deeper: More"\n\n    Some depth.\n\n' + folded
    )
    result = run_check(docs)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "KeyError" not in result.stderr, result.stderr
    assert problems(result) == [
        f"{chapter}:12: '/// quiz' cannot go inside a '??? deeper' block (the authoring rules put no quiz "
        "in a Go deeper block): move it out, after the block"
    ], result.stderr


# --- Blocks with data of their own: value checks through the shared header check -----------------

DATA_BLOCKS = (
    "## Check it yourself\n\n"
    "/// check-task | pope-puffer-2032\n"  # line 8: no such task (a misspelt id)
    "///\n\n"
    "## Where to find help\n\n"
    "/// help-services\n"
    "    for: under-16\n"  # line 14: not an age group
    "///\n"
)


def test_a_value_problem_in_each_data_block_is_reported_once_at_its_line(tmp_path: Path) -> None:
    """The help services' filters and the tasks' ids are checked by the shared layer's hook, in check and build alike."""
    docs = tmp_path / "docs"
    chapter = chapter_with(docs, "09-data-blocks.md", DATA_BLOCKS)

    def expected(tasks: str) -> list[str]:
        return [
            f"{chapter}:8: '/// check-task': no task 'pope-puffer-2032' in {tasks} (did you mean 'pope-puffer-2023'?)",
            f"{chapter}:14: '/// help-services': for must be one of under-18, 18-and-over, any, not 'under-16' "
            "(did you mean 'under-18'?)",
        ]

    result = run_check(docs)
    assert result.returncode == 1
    assert problems(result) == expected("docs/check-tasks.yaml"), result.stderr
    assert result.stderr.strip().splitlines()[-1] == "2 problems in 1 file."

    tasks = ROOT / "docs" / "check-tasks.yaml"
    build = strict_build(
        tmp_path,
        f"  - course.help_services:\n      data: {ROOT / 'docs' / 'help-services.yaml'}\n      docs_dir: {docs}\n"
        # No docs_dir for the tasks: the course's tasks name chapters of the course, which this folder lacks.
        f"  - course.check_tasks:\n      data: {tasks}\n",
    )
    assert build.returncode != 0
    assert "Traceback" not in build.stderr, build.stderr
    for message in expected(str(tasks)):
        assert build.stderr.count(message) == 1, build.stderr
    assert not (tmp_path / "site" / "chapters" / "09-data-blocks" / "index.html").exists()


def test_a_block_shown_twice_names_the_first_one_s_line(tmp_path: Path) -> None:
    """The shared scan keeps each block's argument, so "already on this page" needs no scan of its own."""
    docs = tmp_path / "docs"
    block = "/// check-task | pope-puffer-2023\n///\n"
    chapter = chapter_with(docs, "03-twice.md", "## Check it yourself\n\n" + block + "\n" + block)
    result = run_check(docs)
    assert problems(result) == [
        f"{chapter}:11: '/// check-task | pope-puffer-2023' is already on this page (line 8); show a task once"
    ], result.stderr


# --- The hook itself, on a made-up block ------------------------------------------------------


class _Shade(CourseBlock):
    """``/// shade | <colour>``: a made-up block whose colour must be one its extension allows."""

    NAME = "shade"
    ARGUMENT = True
    OPTIONS = {"size": ("", type_string)}
    checked: ClassVar[list[str]] = []

    @classmethod
    def check_values(cls, header: Header) -> Iterator[tuple[int, str]]:
        cls.checked.append(header.argument)
        allowed = header.config["colours"]
        if header.argument not in allowed:
            yield header.line, f"'/// shade': no colour '{header.argument}' (the colours are {', '.join(allowed)})"
        if header.options.get("size", "small") not in ("small", "large"):
            yield header.option_lines["size"], "'/// shade': size must be small or large"
        if header.text(header.after) != "///":
            yield header.after, "'/// shade' takes no content"

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": f"shade shade--{self.argument}"})


class _ShadeExtension(BlocksExtension):
    def extendMarkdownBlocks(self, md: markdown.Markdown, block_mgr: BlocksProcessor) -> None:
        attach(md, "", (_Shade,), {"colours": ("red", "blue")})
        block_mgr.register(_Shade, {})


def convert_shades(text: str) -> tuple[str, list[str]]:
    """The HTML, or the problems as ``line N: problem``, and the arguments the hook was asked about."""
    _Shade.checked = []
    md = markdown.Markdown(extensions=[_ShadeExtension()])
    try:
        return md.convert(text), _Shade.checked
    except QuizError as error:
        return "\n".join(str(problem) for problem in error.as_problems()), _Shade.checked


def test_the_value_hook_gets_the_extension_s_config_and_its_problems_are_recorded_once_at_their_lines() -> None:
    text = "Text.\n\n/// shade | green\n    size: huge\n\nContent.\n///\n\n/// shade | red\n///\n"
    assert convert_shades(text) == (
        "line 3: '/// shade': no colour 'green' (the colours are red, blue)\n"
        "line 4: '/// shade': size must be small or large\n"
        "line 5: '/// shade' takes no content",
        ["green", "red"],
    )
    html, checked = convert_shades("/// shade | blue\n    size: large\n///\n")
    assert '<div class="shade shade--blue">' in html and checked == ["blue"]


def test_the_value_hook_is_not_asked_about_a_header_the_shared_check_refused() -> None:
    """A misspelt option or a missing argument is one problem, not also a wrong value."""
    assert convert_shades("/// shade | green\n    sise: huge\n///\n") == (
        "line 2: unknown option 'sise' in '/// shade' (did you mean 'size'?)", []
    )
    assert convert_shades("/// shade\n///\n") == ("line 1: '/// shade' needs an argument after a bar, e.g. '/// shade | ...'", [])


def test_yaml_is_read_fast_but_its_errors_are_worded_as_the_usual_loader_words_them() -> None:
    """course.yamltext uses libyaml when it can; an author still sees PyYAML's own message and line."""
    import yaml

    from course.yamltext import safe_load

    text = "type: multiple\noptions: [a, b\nshuffle: true\n"
    with pytest.raises(yaml.YAMLError) as fast:
        safe_load(text)
    with pytest.raises(yaml.YAMLError) as usual:
        yaml.safe_load(text)
    assert str(fast.value) == str(usual.value)
    good = "type: multiple\noptions: [a, b]\nwhen: 2026-12\nscore: 1.5\n"
    assert safe_load(good) == yaml.safe_load(good)


def test_a_page_is_found_in_its_changed_file(tmp_path: Path) -> None:
    """Pages are looked up in the docs folder's texts, kept for a build and read again after a change (``mkdocs serve``)."""
    from course.quiz.errors import SourceFile, locate_source

    page = tmp_path / "chapters" / "01-x.md"
    page.parent.mkdir()
    page.write_text("---\ntitle: X\n---\n\nFirst text.\n", encoding="utf-8")
    assert locate_source("First text.\n", str(tmp_path)) == SourceFile(str(page), 4)
    page.write_text("---\ntitle: X\nreviewed: 2026-12\n---\n\nSecond text.\n", encoding="utf-8")
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    assert locate_source("Second text.\n", str(tmp_path)) == SourceFile(str(page), 5)
    assert locate_source("First text.\n", str(tmp_path)) is None
