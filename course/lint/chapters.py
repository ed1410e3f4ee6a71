"""A chapter is complete: in the nav, long enough, illustrated, with its objectives and its pages for teachers.

The nav's "Chapters" section is the course's one chapter list
(``course.chapters``). For a site whose ``mkdocs.yml`` describes the docs
folder, ``python -m course check`` and the site build hold every chapter to
these rules (AUTHORING.md, "Add a chapter"):

* **In the nav**: every ``chapters/*.md`` file is listed in the nav's
  "Chapters" section, every entry there is a file, and a file's number
  (``04-gans.md``) is its place in the nav (glossary tags and printed pages
  number chapters by file name; the exports and classroom tools by place).
* **At least 8 questions**, warm-up included.
* **At least one figure** (an image in the page as readers see it).
* **3 to 5 objectives** in the front matter.
* **Lesson notes**: ``instructors/notes/<the chapter's file name>``, whose
  front matter's ``chapter:`` names the chapter, listed under "Lesson notes"
  in the nav, in the chapters' order.
* **Answer key, worksheet and vocabulary list**: one small page each, made
  from one template (``course.chapters.COMPANIONS``); the problem gives the
  page's text, and ``python -m course companions`` writes the missing ones.
* **The course map** on ``instructors/index.md`` has a row for every chapter,
  in the nav's order (its "What students do" column is written by hand).

Sections and their order are the lesson rules' (``lesson.py``), not these.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import yaml
from mkdocs.utils.yaml import get_yaml_loader

from ..chapters import COMPANIONS, NOTES, NavChapters, nav_for
from ..problems import Problem
from ..quiz.collect import CollectedPage
from ..quiz.scan import track_fence
from .lesson import front_matter, sections_of

MIN_QUESTIONS = 8
OBJECTIVES = (3, 5)
#: The teacher page with the course map, and the heading of its section.
GUIDE = "instructors/index.md"
COURSE_MAP = "Course map"
RE_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)\s]*)?\)")
RE_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def chapter_problems(docs_dir: Path, pages: dict[str, CollectedPage]) -> list[Problem]:
    """Every rule above, for the site whose nav describes ``docs_dir`` (none for a folder without one).

    ``pages`` are the chapters that could be read, by path under the docs folder.
    """
    nav = nav_for(docs_dir)
    if nav is None:
        return []
    config = _shown(nav.config)
    problems = _nav_problems(docs_dir, nav, config)
    for number, entry in enumerate(nav.paths, start=1):
        path = docs_dir / entry
        if not path.is_file():
            continue
        file = str(path)
        page = pages.get(entry)
        if page is not None:  # a chapter that cannot be read is reported as such
            problems += _content_problems(page, path, file)
        problems += _teacher_pages(docs_dir, entry, number, file)
    problems += _notes_in_nav(nav, config)
    problems += _course_map(docs_dir, nav)
    return problems


def _shown(path: Path) -> str:
    """``path`` as written from the folder the check runs in, when it is under it (``mkdocs.yml``)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _nav_problems(docs_dir: Path, nav: NavChapters, config: str) -> list[Problem]:
    problems = []
    for place, (entry, line) in enumerate(zip(nav.paths, nav.lines), start=1):
        if not (docs_dir / entry).is_file():
            problems.append(Problem(config, line, f"the nav's chapter '{entry}' is not a file in {docs_dir}: add it, or remove the entry"))
        number = re.match(r"(\d+)-", posixpath.basename(entry))
        if number and int(number.group(1)) != place:
            problems.append(
                Problem(
                    config, line,
                    f"'{entry}' is chapter {place} in the nav, but its file name says {int(number.group(1))}: "
                    f"start its name (and its notes', printable pages' and glossary tags' numbers) with {place:02d}, or move the entry",
                )
            )
    listed = set(nav.paths)
    for path in sorted((docs_dir / "chapters").glob("*.md")):
        entry = path.relative_to(docs_dir).as_posix()
        if entry not in listed:
            problems.append(
                Problem(
                    str(path), 1,
                    f"this chapter is not in the nav: add '- {entry}' to the 'Chapters' section of {config} "
                    f"(line {nav.section_line}), where it belongs in the course",
                )
            )
    return problems


def _content_problems(page: CollectedPage, path: Path, file: str) -> list[Problem]:
    text = path.read_text(encoding="utf-8-sig")
    problems = []
    if len(page.questions) < MIN_QUESTIONS:
        sections, _ = sections_of(text)
        quiz = next((section.line for section in sections if section.title.lower() == "quiz"), 1)
        count = len(page.questions)
        problems.append(
            Problem(file, quiz, f"the chapter has {count} question{'s' if count != 1 else ''}: it needs at least {MIN_QUESTIONS}, warm-up included")
        )
    if "<img" not in page.html:
        problems.append(
            Problem(file, 1, "the chapter has no figure: add at least one (a diagram or cartoon drawn by a script in demos/, see AUTHORING.md)")
        )
    meta, _ = front_matter(text)
    objectives = meta.get("objectives")
    count = len(objectives) if isinstance(objectives, list) else 0
    low, high = OBJECTIVES
    if not low <= count <= high:
        line = next((number for number, row in enumerate(text.split("\n"), start=1) if re.match(r"^objectives\s*:", row)), 1)
        what = "no 'objectives:' list" if not isinstance(objectives, list) else f"{count} objective{'s' if count != 1 else ''}"
        problems.append(Problem(file, line, f"the front matter has {what}: a chapter has {low} to {high} learning objectives"))
    return problems


def _teacher_pages(docs_dir: Path, entry: str, number: int, file: str) -> list[Problem]:
    name = posixpath.basename(entry)
    problems = []
    notes = docs_dir / NOTES / name
    if not notes.is_file():
        problems.append(
            Problem(
                file, 1,
                f"the chapter has no lesson notes: add {notes} (see AUTHORING.md, 'Lesson notes for teachers'; "
                f"another chapter's notes show the sections) and '- {NOTES}/{name}' under 'Lesson notes' in the nav",
            )
        )
    else:
        meta, _ = front_matter(notes.read_text(encoding="utf-8-sig"))
        if meta.get("chapter") != entry:
            rows = notes.read_text(encoding="utf-8-sig").split("\n")
            line = next((i for i, row in enumerate(rows, start=1) if row.startswith("chapter:")), 1)
            problems.append(Problem(str(notes), line, f"these lesson notes are for '{entry}': their front matter needs 'chapter: {entry}'"))
    for companion in COMPANIONS:
        page = docs_dir / companion.folder / name
        if not page.is_file():
            block = f"/// {companion.block} | {entry}"
            problems.append(
                Problem(
                    file, 1,
                    f"the chapter has no {companion.title.lower()} page: add {page} holding the front matter of the others and "
                    f"'{block}' then '///' ('python -m course companions {docs_dir}' writes it)",
                )
            )
        elif f"/// {companion.block} | {entry}" not in page.read_text(encoding="utf-8-sig"):
            problems.append(Problem(str(page), 1, f"this page is for '{entry}': it should hold '/// {companion.block} | {entry}'"))
    return problems


def _notes_in_nav(nav: NavChapters, config: str) -> list[Problem]:
    """The nav's "Lesson notes" section lists each chapter's notes, in the chapters' order."""
    config_text = Path(config).read_text(encoding="utf-8")
    data = yaml.load(config_text, Loader=get_yaml_loader()) or {}  # noqa: S506 - MkDocs' safe loader with !ENV
    section = _find_section(data.get("nav") or [], "Lesson notes")
    if section is None:
        return []
    listed = [item if isinstance(item, str) else next(iter(item.values())) for item in section if isinstance(item, (str, dict))]
    wanted = [f"{NOTES}/{posixpath.basename(entry)}" for entry in nav.paths]
    line = next((i for i, row in enumerate(config_text.split("\n"), start=1) if row.strip().startswith("- Lesson notes:")), 1)
    return [
        Problem(config, line, f"the nav's 'Lesson notes' lacks '- {notes}'")
        for notes in wanted
        if notes not in listed
    ] or (
        [Problem(config, line, "the nav's 'Lesson notes' are not in the chapters' order")]
        if [notes for notes in listed if notes in wanted] != wanted
        else []
    )


def _find_section(entries: list, title: str) -> list | None:
    for entry in entries:
        if isinstance(entry, dict):
            for key, value in entry.items():
                if isinstance(value, list):
                    if key == title:
                        return value
                    found = _find_section(value, title)
                    if found is not None:
                        return found
    return None


def _course_map(docs_dir: Path, nav: NavChapters) -> list[Problem]:
    """The course map links every chapter once, in the nav's order."""
    guide = docs_dir / GUIDE
    if not guide.is_file():
        return []
    lines = guide.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")
    start, level, links = 0, 0, []
    fence: str | None = None
    for number, line in enumerate(lines, start=1):
        fence, in_code = track_fence(fence, line)
        heading = None if in_code else RE_HEADING.match(line)
        if heading and start and len(heading.group(1)) <= level:
            break
        if heading and heading.group(2) == COURSE_MAP:
            start, level = number, len(heading.group(1))
            continue
        if start and line.lstrip().startswith("|"):
            first = RE_LINK.search(line)
            if first:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(GUIDE), first.group(1)))
                links.append((number, target))
    if not start:
        return [Problem(str(guide), 1, f"no '{COURSE_MAP}' section: the teacher guide maps every chapter in a table")]
    given = [target for _, target in links]
    wanted = list(nav.paths)
    problems = []
    for index, entry in enumerate(wanted):
        if entry not in given:
            after = next((line for line, target in links if index and target == wanted[index - 1]), links[-1][0] if links else start)
            problems.append(
                Problem(
                    str(guide), after,
                    f"the course map has no row for {entry}: add '| [{index + 1}. Title](../{entry}) | Lessons | Minutes | "
                    f"What students do |' {'after this row' if links else 'to its table'}",
                )
            )
    for line, target in links:
        if target not in wanted:
            problems.append(Problem(str(guide), line, f"the course map links {target}, which is not a chapter in the nav"))
    present = [target for target in given if target in wanted]
    expected = [entry for entry in wanted if entry in given]
    if not problems and present != expected:
        line = next(line for (line, target), want in zip([link for link in links if link[1] in wanted], expected) if target != want)
        problems.append(Problem(str(guide), line, "the course map's rows are not in the nav's chapter order: move this row"))
    return problems
