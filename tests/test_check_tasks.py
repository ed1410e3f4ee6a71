""""Check it yourself" tasks: golden rendering and errors, the course's data, and where each task is used.

``tests/golden/check-tasks/render/NAME.md`` must render to ``NAME.html``
with the invented tasks in ``tasks.yaml``; each ``errors/NAME.md`` must fail
with the message in ``NAME.error``, using ``errors/NAME.yaml`` as the data
when it exists. The golden pages are converted with
``tests/golden/check-tasks`` as the docs folder, so a task's ``chapter``
there is a path such as ``render/task.md``. To accept intended changes, run
``UPDATE_GOLDEN=1 pytest tests/test_check_tasks.py`` and review the diff.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import markdown
import pytest

from course.check_tasks import RE_FENCE, load_tasks
from course.pages import convert_page, make_markdown, markdown_settings
from course.quiz import QuizError
from test_golden import compare

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DATA = "docs/check-tasks.yaml"
GOLDEN = Path(__file__).resolve().parent / "golden" / "check-tasks"
RENDER_CASES = sorted(path.stem for path in (GOLDEN / "render").glob("*.md"))
ERROR_CASES = sorted(path.stem for path in (GOLDEN / "errors").glob("*.md"))
#: The tasks the chapters link to by id: renaming one breaks a chapter.
TASK_IDS = {
    "pope-puffer-2023", "recycled-disaster-photo", "pelosi-slowed-2019", "zelensky-2022",
    "pentagon-explosion-2023", "ballot-stuffing-video", "final-performance",
}
TEACHER_PAGE = DOCS / "instructors" / "check-tasks.md"
RE_TASK_LINE = re.compile(r"^\s*/// check-task \| (\S+)\s*$")


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Error messages name files relative to the repository root, as in a real build."""
    monkeypatch.chdir(ROOT)


def converter(data: Path) -> markdown.Markdown:
    """The site's Markdown settings, with the tasks read from ``data`` and the golden folder as the docs."""
    names, settings = markdown_settings()
    folder = str(GOLDEN.relative_to(ROOT))
    settings["course.check_tasks"] = {"data": str(data.relative_to(ROOT)), "docs_dir": folder}
    settings["course.quiz"]["docs_dir"] = folder
    settings["course.quiz"]["lint"] = False
    return markdown.Markdown(extensions=names, extension_configs=settings)


def page_text(page: str) -> str:
    """The words a reader sees, without the glossary's tooltips (which split sentences in the HTML)."""
    page = re.sub(r'<span class="gloss__tip"[^>]*>.*?</span>', " ", page, flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def block_lines(path: Path) -> list[tuple[int, str]]:
    """The ``/// check-task...`` lines of a page, with their numbers, outside fenced code."""
    found, fenced = [], ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        fence = RE_FENCE.match(line)
        if fence:
            fenced = "" if fenced == fence[1] else (fenced or fence[1])
        elif not fenced and line.lstrip().startswith("/// check-task"):
            found.append((number, line.strip()))
    return found


# --- Golden rendering and errors ------------------------------------------------------


@pytest.mark.parametrize("name", RENDER_CASES)
def test_renders_as_golden(name: str) -> None:
    html_out, _ = convert_page((GOLDEN / "render" / f"{name}.md").read_text(encoding="utf-8"), converter(GOLDEN / "tasks.yaml"))
    compare(GOLDEN / "render" / f"{name}.html", html_out + "\n")


@pytest.mark.parametrize("name", ERROR_CASES)
def test_bad_input_fails_with_golden_message(name: str) -> None:
    folder = GOLDEN / "errors"
    data = folder / f"{name}.yaml"
    md = converter(data if data.is_file() else GOLDEN / "tasks.yaml")
    with pytest.raises(QuizError) as caught:
        convert_page((folder / f"{name}.md").read_text(encoding="utf-8"), md)
    message = str(caught.value)
    named = data if data.is_file() else folder / f"{name}.md"
    assert re.match(rf"{re.escape(str(named.relative_to(ROOT)))}:\d+: ", message), "the message must name the file and line to fix"
    compare(folder / f"{name}.error", message + "\n")


def test_student_part_hides_the_answer_and_embeds_nothing() -> None:
    md = converter(GOLDEN / "tasks.yaml")
    for page in ("task", "final"):
        html_out, _ = convert_page((GOLDEN / "render" / f"{page}.md").read_text(encoding="utf-8"), md)
        assert "<section" in html_out and "<h3" in html_out and '<th scope="col">' in html_out and '<th scope="row">' in html_out
        assert "first published two years earlier" not in html_out and "architect's drawing" not in html_out
        assert "museum.example.org" not in html_out and "council.example.org" not in html_out
        for embed in ("<img", "<iframe", "<script", "<object", "<embed", "<video", "<audio"):
            assert embed not in html_out, "a case is described in words, never embedded"
        assert 'href="http:' not in html_out
    final, _ = convert_page((GOLDEN / "render" / "final.md").read_text(encoding="utf-8"), md)
    assert 'class="performance-task__done"' in final and 'data-task="final-performance"' in final
    task, _ = convert_page((GOLDEN / "render" / "task.md").read_text(encoding="utf-8"), md)
    assert "performance-task__done" not in task


def test_a_wrong_https_check_would_be_caught(tmp_path: Path) -> None:
    """The https rule covers starting links and sources alike."""
    text = (GOLDEN / "tasks.yaml").read_text(encoding="utf-8").replace("https://council.example.org/bridge", "ftp://council.example.org/bridge")
    bad = tmp_path / "tasks.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(QuizError, match=r"tasks\.yaml:\d+: task 'final-performance': sources must be full https:// addresses"):
        load_tasks(str(bad), str(GOLDEN))


# --- The course's own tasks -----------------------------------------------------------


def test_course_data_is_valid_and_links_are_https() -> None:
    tasks = load_tasks(DATA, "docs")
    assert set(tasks) == TASK_IDS
    for task in tasks.values():
        assert task.chapter.startswith("chapters/"), f"{task.id}: tasks sit in chapters"
        assert task.sources, f"{task.id}: every task cites what settles it"
        for link in (*task.links, *task.sources):
            assert link.url.startswith("https://"), f"{task.id}: {link.url}"
        limit = (15, 20) if task.id == "final-performance" else (10, 15)
        assert limit[0] <= task.minutes <= limit[1], f"{task.id}: {task.minutes} minutes"


def test_every_task_is_used_exactly_once_in_its_own_chapter() -> None:
    """Chapters show tasks with '/// check-task | <id>'; each task once, in the chapter its data names."""
    tasks = load_tasks(DATA, "docs")
    uses: dict[str, list[str]] = {}
    for path in sorted(DOCS.rglob("*.md")):
        for number, line in block_lines(path):
            match = RE_TASK_LINE.match(line)
            if match:
                uses.setdefault(match[1], []).append(f"{path.relative_to(DOCS).as_posix()}:{number}")
    unknown = sorted(set(uses) - set(tasks))
    assert not unknown, f"pages use tasks the data does not have: {unknown}"
    problems = []
    for task in tasks.values():
        where = uses.get(task.id, [])
        if [place.rsplit(":", 1)[0] for place in where] != [task.chapter]:
            problems.append(f"{task.id}: expected once in {task.chapter}, found {where or 'nowhere'}")
    assert not problems, "\n".join(problems)


def test_answers_appear_only_on_teacher_pages() -> None:
    for path in sorted(DOCS.rglob("*.md")):
        for number, line in block_lines(path):
            if line.startswith("/// check-task-answers"):
                assert path.relative_to(DOCS).parts[0] == "instructors", f"{path}:{number}: model answers are for teachers only"
    assert "\n/// check-task-answers\n///\n" in TEACHER_PAGE.read_text(encoding="utf-8")


def test_model_answers_never_reach_a_chapter_page() -> None:
    """Convert every chapter as the site does: no model answer may appear in a student's page."""
    tasks = load_tasks(DATA, "docs")
    md = make_markdown("docs")
    for chapter in sorted((DOCS / "chapters").glob("*.md")):
        page, _ = convert_page(chapter.read_text(encoding="utf-8"), md)
        text = page_text(page)
        for task in tasks.values():
            answer = " ".join(task.model_answer.split())
            for start in range(0, len(answer) - 60, 60):
                assert answer[start:start + 60] not in text, f"{chapter.name} shows the model answer of {task.id}"


def test_teacher_page_shows_every_answer_and_links_each_chapter() -> None:
    tasks = load_tasks(DATA, "docs")
    page, _ = convert_page(TEACHER_PAGE.read_text(encoding="utf-8"), make_markdown("docs"))
    text = page_text(page)
    for task in tasks.values():
        assert f'id="check-task-answers-{task.id}"' in page
        assert " ".join(task.model_answer.split()) in text
        assert f'href="../{task.chapter}"' in page
        for source in task.sources:
            assert f'href="{html.escape(source.url)}"' in page


def test_teacher_page_is_in_the_menu_and_the_guide() -> None:
    assert "      - instructors/check-tasks.md\n" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "(check-tasks.md)" in (DOCS / "instructors" / "index.md").read_text(encoding="utf-8")
