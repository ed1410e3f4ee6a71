"""The instructor guide stays in step with the chapters it describes.

Teachers plan lessons from these pages, so they must not drift from the
chapters: every chapter has a notes page, its objectives are the chapter's own
(copied, and checked here, because the chapter is where they are maintained),
every lesson plan fits a 45-50 minute lesson, and the safeguarding notes are
reachable and offer only the help services chapter 9 cites. Everything is read
from the Markdown; no site build is needed.

Each notes page also states, in its front matter, the chapter's minutes and
its questions (AUTHORING.md, "A chapter fits one lesson"):

    minutes: 45
    questions:
      warm-up: 2
      check: 3
      quiz: 9

and these must be the chapter's: ``minutes`` its front matter's, ``warm-up``
the questions under ``## Warm-up``, ``quiz`` those under ``## Quiz``, and
``check`` all the others. Numbers the *Timing* section says in words ("14
questions (2 warm-up, 3 while reading, 9 in the end quiz)", "states 45
minutes") must agree too. Sections the lesson plan cites in its Activity
column (in *italics*) must be the chapter's headings (or their beginnings),
Go deeper blocks the notes cite must exist, and so must check questions cited
by title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from course.chapters import chapter_paths
from course.lint.lesson import sections_of

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHAPTERS = chapter_paths(DOCS)  # the nav's "Chapters" section, in order
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


def test_the_chapters_are_the_navs_and_every_chapter_file_is_one() -> None:
    assert CHAPTERS, "the nav has no 'Chapters' section"
    assert sorted(CHAPTERS) == sorted((DOCS / "chapters").glob("*.md")), "a chapter file is not in the nav, or a nav entry is not a file"


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
    from course.pages import convert_page, make_markdown

    html, _ = convert_page(GUIDE.read_text(encoding="utf-8"), make_markdown(str(DOCS)))  # '/// chapter-pages | notes'
    block = html[html.index('class="teaching chapter-pages"') :]
    listed = re.findall(r'<li><a href="notes/([^"]+)"', block[: block.index("</ol>")])
    assert listed == [chapter.name for chapter in CHAPTERS], "the lesson notes list is not the nav's chapters"
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


# --- Notes match their chapter: minutes, questions, sections, Go deeper blocks ------------------

NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split()
)}
_N = r"(\d+|" + "|".join(NUMBER_WORDS) + r")"
#: What the Timing section may say in words, and which count each phrase states.
STATED = (
    ("total", re.compile(rf"\b{_N} questions \(", re.IGNORECASE)),
    ("warm-up", re.compile(rf"\b{_N} warm-up\b", re.IGNORECASE)),
    ("check", re.compile(rf"\b{_N} (?:check questions|(?:questions )?while reading)\b", re.IGNORECASE)),
    ("quiz", re.compile(rf"\b{_N}(?: in the end quiz| at the end\b|-question end quiz| end-of-chapter questions| questions in the end quiz)", re.IGNORECASE)),
    ("minutes", re.compile(rf"\b(?:states|takes students about|takes about) {_N} minutes", re.IGNORECASE)),
)
RE_ITALIC = re.compile(r"(?<![*\w])\*([^*]+)\*(?!\*)")
RE_HEADING = re.compile(r"^#{2,3}\s+(.+?)\s*$")
RE_DEEPER = re.compile(r'^\s*\?\?\?\+?\s+deeper\s+"(?:Go deeper:\s*)?(.*)"\s*$')
RE_QUIZ_TITLE = re.compile(r"^ {0,3}/{3,}\s*quiz\s*\|\s*(.+?)\s*$")


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


@dataclass(frozen=True)
class ChapterFacts:
    minutes: int
    counts: dict[str, int]
    headings: tuple[str, ...]
    deeper: tuple[str, ...]
    questions: tuple[str, ...]


def chapter_facts(chapter: Path) -> ChapterFacts:
    text = chapter.read_text(encoding="utf-8")
    sections, quizzes = sections_of(text)
    by_title = {section.title: section.questions for section in sections}
    warm, quiz = by_title.get("Warm-up", 0), by_title.get("Quiz", 0)
    lines = text.splitlines()
    return ChapterFacts(
        minutes=front_matter(chapter)["minutes"],
        counts={"warm-up": warm, "check": len(quizzes) - warm - quiz, "quiz": quiz, "total": len(quizzes)},
        headings=tuple(match.group(1) for line in lines if (match := RE_HEADING.match(line))),
        deeper=tuple(match.group(1) for line in lines if (match := RE_DEEPER.match(line))),
        questions=tuple(match.group(1) for line in lines if (match := RE_QUIZ_TITLE.match(line))),
    )


def cites(cited: str, titles: tuple[str, ...]) -> bool:
    """Whether ``cited`` is one of ``titles`` or the beginning of one (ending at a word's end)."""
    cited = cited.strip()
    return any(title == cited or (title.startswith(cited) and not title[len(cited)].isalnum()) for title in titles)


def notes_problems(notes: Path, chapter: Path) -> list[str]:
    """Where a notes page disagrees with its chapter, as ``file:line: problem``."""
    facts, ours = chapter_facts(chapter), front_matter(notes)
    problems = []
    if ours.get("minutes") != facts.minutes:
        problems.append(f"{notes.name}: front matter 'minutes: {ours.get('minutes')}', but the chapter states {facts.minutes}")
    stated = ours.get("questions") or {}
    wanted = {key: facts.counts[key] for key in ("warm-up", "check", "quiz")}
    if stated != wanted:
        problems.append(f"{notes.name}: front matter 'questions: {stated}', but the chapter has {wanted}")
    said = {**facts.counts, "minutes": facts.minutes}
    for line_number, line in section(notes, "Timing"):
        for key, pattern in STATED:
            for match in pattern.finditer(line):
                if number(match.group(1)) != said[key]:
                    problems.append(f"{notes.name}:{line_number}: says {match.group(0)!r}, but the chapter's {key} is {said[key]}")
    for line_number, line in section(notes, "Timing"):
        cells = [cell.strip() for cell in line.strip("|").split("|")] if line.startswith("|") else []
        if len(cells) < 2 or not cells[0].strip("*").isdigit():
            continue
        for match in RE_ITALIC.finditer(cells[1]):
            before = cells[1][: match.start()].rstrip()
            if before.endswith(("Go deeper:", "Go deeper block", "Go deeper blocks")):
                if not cites(match.group(1), facts.deeper):
                    problems.append(f"{notes.name}:{line_number}: the chapter has no Go deeper block '{match.group(1)}'")
            elif not cites(match.group(1), facts.headings):
                problems.append(f"{notes.name}:{line_number}: the chapter has no section '{match.group(1)}'")
    text = notes.read_text(encoding="utf-8").splitlines()
    for line_number, line in enumerate(text, 1):
        for match in re.finditer(r"Go deeper blocks? \*([^*]+)\*", line):
            if not cites(match.group(1), facts.deeper):
                problems.append(f"{notes.name}:{line_number}: the chapter has no Go deeper block '{match.group(1)}'")
        for match in re.finditer(r"check questions? \*([^*]+)\*", line):
            if match.group(1) not in facts.questions:
                problems.append(f"{notes.name}:{line_number}: the chapter has no question '{match.group(1)}'")
    listed = section(notes, "Timing")
    in_list = False
    for line_number, line in listed:
        if line.startswith("### "):
            in_list = line.strip() == "### Go deeper blocks"
        elif in_list and (match := re.match(r"^- \*([^*]+)\*", line)) and not cites(match.group(1), facts.deeper):
            problems.append(f"{notes.name}:{line_number}: the chapter has no Go deeper block '{match.group(1)}'")
    return problems


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda path: path.stem)
def test_notes_state_the_chapters_minutes_questions_sections_and_go_deeper_blocks(chapter: Path) -> None:
    assert notes_problems(NOTES / chapter.name, chapter) == []


def test_notes_mention_the_toy_models_and_the_real_photo_round() -> None:
    """The activities teachers most need to plan for are named in the notes by their section titles."""
    for name, prefix in (("03-autoencoders-and-face-swaps.md", "The course's own tiny"), ("04-gans.md", "The course's own tiny")):
        toys = [title for title in chapter_facts(DOCS / "chapters" / name).headings if title.startswith(prefix)]
        assert toys, f"{name}: the chapter has no '### {prefix} ...' section"
        notes = (NOTES / name).read_text(encoding="utf-8")
        assert all(toy in notes for toy in toys), f"notes {name} do not mention {toys}"
    rounds = [title for title in chapter_facts(DOCS / "chapters" / "11-why-eyes-are-not-enough.md").headings if "real photos" in title]
    assert rounds, "chapter 11 has no round with real photos"
    assert all(f"*{title}*" in (NOTES / "11-why-eyes-are-not-enough.md").read_text(encoding="utf-8") for title in rounds)


def test_the_notes_check_can_fail(tmp_path: Path) -> None:
    chapter = tmp_path / "chapters" / "02-x.md"
    chapter.parent.mkdir()
    chapter.write_text(
        "---\ntitle: X\nminutes: 30\n---\n\n## Warm-up\n\n/// quiz | A\n///\n\n/// quiz | B\n///\n\n## Why it matters\n\n"
        '## Its section, long\n\n??? deeper "Go deeper: The detail"\n\n    Text.\n\n/// quiz | Mid\n///\n\n## Quiz\n\n/// quiz | End\n///\n',
        encoding="utf-8",
    )
    notes = tmp_path / "02-x.md"
    notes.write_text(
        "---\ntitle: Notes\nminutes: 35\nquestions:\n  warm-up: 2\n  check: 2\n  quiz: 1\n---\n\n## Timing\n\n"
        "The chapter states 30 minutes and 4 questions (two warm-up, 1 while reading, 3 in the end quiz).\n\n"
        "| Minutes | Activity | What students do |\n|---|---|---|\n"
        "| 20 | *Its section*, *A missing one* | Check question *Mid*; check question *Gone*. |\n"
        "| 25 | Go deeper: *The detail*, Go deeper: *Not there* | Read. |\n| **45** | **Total** | |\n",
        encoding="utf-8",
    )
    assert notes_problems(notes, chapter) == [
        "02-x.md: front matter 'minutes: 35', but the chapter states 30",
        "02-x.md: front matter 'questions: {'warm-up': 2, 'check': 2, 'quiz': 1}', but the chapter has {'warm-up': 2, 'check': 1, 'quiz': 1}",
        "02-x.md:12: says '3 in the end quiz', but the chapter's quiz is 1",
        "02-x.md:16: the chapter has no section 'A missing one'",
        "02-x.md:17: the chapter has no Go deeper block 'Not there'",
        "02-x.md:16: the chapter has no question 'Gone'",
    ]
