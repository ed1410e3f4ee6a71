"""Authoring mistakes in any course block: every problem once, at its own block's line, in check and build alike.

Each test writes a small docs folder in a temporary directory, runs
``python -m course check`` on it (with the site's Markdown settings, as
``make check`` does) and, where it matters, a strict MkDocs build of it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
