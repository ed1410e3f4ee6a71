"""The instructor guide stays in step with the chapters it describes.

Teachers plan lessons from these pages, so they must not drift from the
chapters: every chapter has a notes page, its objectives are the chapter's own
(copied, and checked here, because the chapter is where they are maintained),
every lesson plan fits a 45-50 minute lesson, and the safeguarding notes are
reachable and offer only the help services chapter 9 cites. Everything is read
from the Markdown; no site build is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHAPTERS = sorted((DOCS / "chapters").glob("[0-9][0-9]-*.md"))
NOTES = DOCS / "instructors" / "notes"
GUIDE = DOCS / "instructors" / "index.md"
SAFEGUARDING = DOCS / "instructors" / "safeguarding.md"
LESSON_MINUTES = range(45, 51)
LINK = re.compile(r"\]\(([^)\s]+)\)")


def front_matter(page: Path) -> dict:
    return yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])


def section(page: Path, heading: str) -> list[tuple[int, str]]:
    """The numbered lines under ``## heading``, up to the next ``## `` heading."""
    lines = page.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"## {heading}")
    found = []
    for number, line in enumerate(lines[start + 1 :], start + 2):
        if line.startswith("## "):
            break
        found.append((number, line))
    return found


def links(page: Path, lines: list[tuple[int, str]] | None = None) -> set[str]:
    """Link targets in the page (or in some of its lines), relative ones resolved to docs/ paths."""
    text = "\n".join(line for _, line in lines) if lines is not None else page.read_text(encoding="utf-8")
    found = set()
    for target in LINK.findall(text):
        if "://" in target:
            found.add(target)
        else:
            path = target.split("#")[0]
            found.add((page.parent / path).resolve().relative_to(DOCS.resolve()).as_posix() if path else target)
    return found


@dataclass(frozen=True)
class LessonPlan:
    """One timing table: its rows' minutes and the total it states."""

    line: int
    minutes: list[int]
    stated_total: int | None


def lesson_plans(page: Path) -> list[LessonPlan]:
    """Every table under *Timing* whose first column is Minutes; the bold last row is its total."""
    plans: list[LessonPlan] = []
    rows: list[tuple[int, list[str]]] = []
    for number, line in section(page, "Timing") + [(0, "")]:
        if line.startswith("|"):
            rows.append((number, [cell.strip() for cell in line.strip("|").split("|")]))
            continue
        if rows and rows[0][1][0] == "Minutes":
            body = [cells for _, cells in rows[2:]]
            total = body[-1][0] if body and body[-1][1] == "**Total**" else None
            plans.append(
                LessonPlan(
                    line=rows[0][0],
                    minutes=[int(cells[0]) for cells in (body[:-1] if total else body)],
                    stated_total=int(total.strip("*")) if total else None,
                )
            )
        rows = []
    return plans


def plan_problems(page: Path) -> list[str]:
    """What is wrong with a page's lesson plans, as ``file:line: problem``."""
    plans = lesson_plans(page)
    if not plans:
        return [f"{page.name}: no lesson-plan table (| Minutes | ... |) under ## Timing"]
    problems = []
    for plan in plans:
        where, added = f"{page.name}:{plan.line}", sum(plan.minutes)
        if plan.stated_total is None:
            problems.append(f"{where}: the table has no **Total** row")
        elif plan.stated_total != added:
            problems.append(f"{where}: the rows add up to {added}, but the total says {plan.stated_total}")
        if added not in LESSON_MINUTES:
            problems.append(f"{where}: the lesson takes {added} minutes, not 45-50")
    return problems


def test_there_are_fourteen_chapters() -> None:
    assert len(CHAPTERS) == 14


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda path: path.stem)
def test_every_chapter_has_a_notes_page_that_matches_it(chapter: Path) -> None:
    notes = NOTES / chapter.name
    assert notes.is_file(), f"no notes page for {chapter.name}"
    ours, theirs = front_matter(notes), front_matter(chapter)
    assert ours["objectives"] == theirs["objectives"], f"{notes.name}: objectives differ from the chapter's"
    assert ours["chapter"] == f"chapters/{chapter.name}"
    assert ours["title"] == f"Notes: {theirs['title']}"
    assert ours.get("description")
    targets = links(notes)
    for wanted in (f"chapters/{chapter.name}", f"instructors/answer-keys/{chapter.name}", f"instructors/worksheets/{chapter.name}"):
        assert wanted in targets, f"{notes.name} does not link to {wanted}"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda path: path.stem)
def test_every_notes_page_has_the_sections_and_a_lesson_that_fits(chapter: Path) -> None:
    notes = NOTES / chapter.name
    headings = [line for line in notes.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    for required in ("Timing", "Prerequisites", "Discussion prompts", "Common misconceptions", "Extension activities"):
        assert f"## {required}" in headings, f"{notes.name} lacks '## {required}'"
    assert plan_problems(notes) == []


def test_the_lesson_plan_check_can_fail(tmp_path: Path) -> None:
    page = tmp_path / "99-broken.md"
    page.write_text(
        "## Timing\n\n| Minutes | Activity | What students do |\n|---|---|---|\n"
        "| 20 | Starter | a |\n| 20 | Quiz | b |\n| **45** | **Total** | |\n\n## Prerequisites\n",
        encoding="utf-8",
    )
    assert plan_problems(page) == [
        "99-broken.md:3: the rows add up to 40, but the total says 45",
        "99-broken.md:3: the lesson takes 40 minutes, not 45-50",
    ]
    page.write_text("## Timing\n\nNo table.\n", encoding="utf-8")
    assert plan_problems(page) == ["99-broken.md: no lesson-plan table (| Minutes | ... |) under ## Timing"]


def test_a_split_chapter_checks_each_lesson() -> None:
    plans = lesson_plans(NOTES / "08-shallowfakes-and-cheap-fakes.md")
    assert len(plans) == 3, "one-lesson plan plus lesson 1 and lesson 2 of the split"


def test_every_notes_page_is_in_the_navigation() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for chapter in CHAPTERS:
        assert f"instructors/notes/{chapter.name}" in nav, chapter.name
    assert "instructors/safeguarding.md" in nav


def test_the_course_map_gives_each_chapters_own_minutes() -> None:
    rows = {}
    for _, line in section(GUIDE, "How the course fits your lessons"):
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if line.startswith("| [") and len(cells) == 4:
            (target,) = LINK.findall(cells[0])
            rows[Path(target).name] = int(cells[2])
    assert rows == {chapter.name: front_matter(chapter)["minutes"] for chapter in CHAPTERS}


def test_the_guide_links_every_notes_page_and_the_teacher_tools() -> None:
    targets = links(GUIDE)
    for chapter in CHAPTERS:
        assert f"instructors/notes/{chapter.name}" in targets, chapter.name
    for tool in ("keys-and-worksheets", "lms-export", "assign", "class-overview", "offline-and-publishing"):
        assert f"instructors/{tool}.md" in targets, tool


def test_safeguarding_is_linked_from_the_guide_and_the_harms_notes() -> None:
    assert "instructors/safeguarding.md" in links(GUIDE)
    assert "instructors/safeguarding.md" in links(NOTES / "09-harms.md")


def test_safeguarding_offers_only_the_help_chapter_9_cites() -> None:
    """Both pages show the one list in docs/help-services.yaml, so the lists cannot drift apart.

    Any service linked by hand beside that list must be one chapter 9 cites too.
    """
    chapter = DOCS / "chapters" / "09-harms.md"
    chapter_help = links(chapter, section(chapter, "If it happens to you or a friend"))
    ours = {target for target in links(SAFEGUARDING, section(SAFEGUARDING, "Where to find help")) if "://" in target}
    assert ours <= chapter_help, f"services not cited by chapter 9: {sorted(ours - chapter_help)}"
    for page in (SAFEGUARDING, chapter):
        assert "\n/// help-services\n///\n" in page.read_text(encoding="utf-8"), f"{page.name} must show the whole list"
    services = (DOCS / "help-services.yaml").read_text(encoding="utf-8")
    for number in ("0800 1111", "0345 6000 459"):
        assert number in services
