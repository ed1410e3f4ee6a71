"""The before and after checks must match: one question on each side per pair, same type, same skill.

The pages are the ones that declare a side with ``/// skill-check | before`` or
``| after`` (see ``course.quiz.skillcheck``). Each problem is reported once, on
the line that needs changing: for a mismatch inside a pair, the after side's
option (the after question is the one written to match).
"""

from __future__ import annotations

from pathlib import Path

from ..problems import Problem
from ..quiz.scan import QuizSource
from ..quiz.skillcheck import SIDES, CheckPage, check_pages, declared_sides


def pairing_problems(docs_dir: Path) -> list[Problem]:
    """Everything wrong with how the two check pages pair up (nothing when the course has no check pages)."""
    problems: list[Problem] = []
    pages = check_pages(docs_dir)
    for path in sorted(docs_dir.rglob("*.md")):
        text = path.read_text(encoding="utf-8-sig")
        if "skill-check" in text:
            for line, side in declared_sides(text):
                if side not in (*SIDES, "progress"):
                    problems.append(Problem(str(path), line, f"'/// skill-check' needs 'before', 'after' or 'progress', not {side!r}"))
    sides: dict[str, CheckPage] = {}
    for page in pages:
        if page.side in sides:
            first = sides[page.side]
            problems.append(Problem(str(page.path), page.line, f"a second '{page.side}' check page (the first is {first.path}); the course has one of each"))
        else:
            sides[page.side] = page
    if len(sides) == 1:
        (page,) = sides.values()
        other = "after" if page.side == "before" else "before"
        problems.append(Problem(str(page.path), page.line, f"the '{page.side}' check has no partner: no page declares '/// skill-check | {other}'"))
    found: dict[str, dict[str, tuple[CheckPage, QuizSource]]] = {side: {} for side in SIDES}
    for side, page in sides.items():
        for quiz in page.quizzes or []:
            missing = [key for key in ("pair", "skill") if not getattr(quiz.options, key)]
            if missing:
                problems.append(Problem(str(page.path), quiz.line, f"quiz '{quiz.options.id}' is on the {side} check but has no "
                                        + " and no ".join(f"'{key}:'" for key in missing)
                                        + " (every question there names its pair and the skill it checks)"))
                continue
            pair = quiz.options.pair
            if pair in found[side]:
                _, first = found[side][pair]
                problems.append(Problem(str(page.path), page.option_line(quiz, "pair"),
                                        f"pair '{pair}' is used twice on the {side} check (first by quiz '{first.options.id}', line {first.line})"))
                continue
            found[side][pair] = (page, quiz)
    if len(sides) < 2 or any(page.quizzes is None for page in sides.values()):
        return problems
    before, after = found["before"], found["after"]
    mismatched_skills: set[str] = set()
    for pair in sorted(set(before) | set(after)):
        if pair not in after or pair not in before:
            side, other = ("before", "after") if pair in before else ("after", "before")
            page, quiz = found[side][pair]
            problems.append(Problem(str(page.path), page.option_line(quiz, "pair"),
                                    f"quiz '{quiz.options.id}': pair '{pair}' is on the {side} check only; add its partner "
                                    f"to {sides[other].path} with 'pair: {pair}'"))
            continue
        (_, one), (page, two) = before[pair], after[pair]
        if one.options.type != two.options.type:
            problems.append(Problem(str(page.path), page.option_line(two, "type"),
                                    f"pair '{pair}': quiz '{two.options.id}' is a {two.options.type.noun} question but its partner "
                                    f"'{one.options.id}' on the before check is a {one.options.type.noun} question; paired questions have one type"))
        if one.options.skill != two.options.skill:
            mismatched_skills |= {one.options.skill, two.options.skill}
            problems.append(Problem(str(page.path), page.option_line(two, "skill"),
                                    f"pair '{pair}': skill '{two.options.skill}' here but '{one.options.skill}' on the before check "
                                    f"(quiz '{one.options.id}'); paired questions check the same skill"))
    skills = {side: {q.options.skill: (page, q) for page, q in reversed(list(found[side].values()))} for side in SIDES}
    for side, other in (("before", "after"), ("after", "before")):
        for skill, (page, quiz) in sorted(skills[side].items()):
            if skill not in skills[other] and skill not in mismatched_skills:
                problems.append(Problem(str(page.path), page.option_line(quiz, "skill"),
                                        f"skill '{skill}' is on the {side} check only, so it cannot be compared; "
                                        f"use it on the {other} check too or rename it"))
    return problems
