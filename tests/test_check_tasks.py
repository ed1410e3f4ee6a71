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

import dataclasses
import html
import re
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from course.check_tasks import RE_FENCE, CheckTask, load_tasks, render_task, student_fields
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
    "pope-puffer-2023", "dorian-photo-2019", "pelosi-clip-2019", "zelensky-2022",
    "pentagon-explosion-2023", "ballot-stuffing-video", "final-performance",
}
TEACHER_PAGE = DOCS / "instructors" / "check-tasks.md"
RE_TASK_LINE = re.compile(r"^\s*/// check-task \| (\S+)\s*$")
RE_WORD = re.compile(r"[a-z0-9]+(?:['&][a-z0-9]+)*%?")
#: No run of this many words of a teacher-only text may appear in a task's student part.
RUN = 6


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


def student_text(task: CheckTask) -> str:
    """The words of a task's student part, as the chapter block renders it."""
    root = etree.Element("div")
    render_task(root, task)
    return page_text(etree.tostring(root, encoding="unicode"))


def shared_runs(student: str, teacher: str, size: int = RUN) -> list[str]:
    """Runs of ``size`` words that the teacher-only text and the student text share (case and punctuation aside)."""
    def runs(text: str) -> set[tuple[str, ...]]:
        words = RE_WORD.findall(text.lower().replace("\u2019", "'"))
        return {tuple(words[start:start + size]) for start in range(len(words) - size + 1)}
    return sorted(" ".join(run) for run in runs(teacher) & runs(student))


def verdict_words_in(student: str, task: CheckTask) -> list[str]:
    return [word for word in task.verdict_words if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", student, re.IGNORECASE)]


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


def test_student_part_never_echoes_the_model_answer() -> None:
    """Rubric, moves, what the student sees and the claim share no run of six words with the teacher-only text."""
    problems = []
    for task in load_tasks(DATA, "docs").values():
        student = student_text(task)
        for field, teacher in (("model_answer", task.model_answer), ("case_mastery", task.case_mastery)):
            problems += [f"{task.id}: the student part repeats its {field}: '{run}'" for run in shared_runs(student, teacher)]
    assert not problems, "\n".join(problems)


def test_student_part_never_names_the_verdict() -> None:
    """Every task lists the words that would give it away; none is in what a student reads."""
    problems = []
    for task in load_tasks(DATA, "docs").values():
        assert len(task.verdict_words) >= 3, f"{task.id}: list the words that would give the verdict away (verdict_words)"
        assert task.case_mastery, f"{task.id}: say what mastery looks like for this case (case_mastery)"
        found = verdict_words_in(f"{student_text(task)} {task.id.replace('-', ' ')}", task)  # the id is in the page's address
        problems += [f"{task.id}: the student part says '{word}'" for word in found]
    assert not problems, "\n".join(problems)


def test_the_give_away_checks_would_catch_a_leak() -> None:
    """A rubric that states the case's facts fails both checks, and the data file refuses it."""
    task = load_tasks(DATA, "docs")["zelensky-2022"]
    leaky = dataclasses.replace(task, rubric={**task.rubric, "mastery": task.model_answer.split(". ")[1]})
    assert shared_runs(student_text(leaky), leaky.model_answer)
    assert verdict_words_in(student_text(leaky), leaky)
    hinted = dataclasses.replace(task, moves=(*task.moves, "Search for the channel's name with the word hacked."))
    assert "hacked" in verdict_words_in(student_text(hinted), hinted)
    assert ("moves", "Search for the channel's name with the word hacked.") in student_fields(hinted)
    assert shared_runs("one two three four five and", "one two three four five or") == [], "five words are not a run"
    assert shared_runs("One, two three-four five six!", "one two three four five six") == ["one two three four five six"]


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
