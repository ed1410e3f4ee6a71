"""How the build and the quiz script scale, for ``python -m benchmarks``.

A stress course is generated in a temporary folder: chapters of 20 questions
each, written in the course's quiz syntax (all four question types, about two
in three asking for confidence, every answer explained, some explanations in
two paragraphs, a drawing in each real-or-fake question and a ``/// results``
block closing each chapter). Its ``mkdocs.yml`` is the real one with only the
nav replaced, and the real ``docs/assets`` and ``overrides`` are copied next
to it, so the stress build pays for everything the real build does for a
quiz. The generated chapters are listed under a nav section of their own,
not the course's "Chapters", so the lints for written chapters (their
sections, companion pages and lesson length) leave them alone.

1. Build time per question. Courses of 100, 500 and 1,000 questions (5, 25
   and 50 chapters) and an empty one (the home page alone) are each built a
   few times, alternating; the time MkDocs logs is used (interpreter start-up
   excluded). The marginal time per question, (T(n) - T(0)) / n, stays flat if
   the build grows linearly; the report gives the ratio of the largest to the
   smallest.
2. The quiz script's start-up on one 100-question page in Chromium. The page
   is loaded with ``quiz.js`` held back, then the real script is run in the
   page and timed from its first statement to the end of its synchronous
   ``init`` (the page has loaded, so ``init`` runs at once): parsing, the
   enhancement of all 100 quizzes, the results panel. Once for a new reader
   and once for a returning one whose 100 answers are all saved (each quiz
   then reads storage and shows its saved answer). ``quiz.js`` itself is not
   changed for the measurement.
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .browser import BROWSER_ARGS, LOCAL_PREFIXES, chrome_path
from .common import ASSETS, CONFIG, Progress, build, docs_dir_of, load_average, serve, top_level_entry

QUIZ_JS = ASSETS / "quiz.js"
PER_CHAPTER = 20
SIZES = (100, 500, 1000)
INIT_QUESTIONS = 100
TYPES = ("single", "multiple", "true-false", "real-or-fake")
FIGURE = "media/stress/post.svg"
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 120" role="img">'
    '<rect width="200" height="120" fill="#e8eaf6"/><rect x="12" y="12" width="176" height="70" fill="#9fa8da"/>'
    '<text x="12" y="104" font-size="12" fill="#1a237e">Storm Alerts 24/7: share now!</text></svg>\n'
)
# --- The generated course (pure) ---------------------------------------------------

#: (answer, why): the right answers of single and multiple-choice questions, then the wrong ones.
RIGHT = (
    ("Find out who posted it first, and when.", "the source and the date settle more than the pixels can"),
    ("Look for the same picture elsewhere with a reverse image search.", "an older copy shows where it really comes from"),
)
WRONG = (
    ("Zoom in on the eyes and count the blinks.", "visual tells go out of date, and good fakes pass them"),
    ("Trust it because thousands of people liked it.", "likes measure how far a post travelled, not whether it is true"),
    ("Share it first so friends can decide.", "sharing spreads it before anyone knows where it came from"),
)


def _answer(text: str, right: bool, why: str, number: int, extra: bool) -> list[str]:
    """One answer line and its explanation, with a second paragraph when ``extra``."""
    verdict = "Yes" if right else "No"
    lines = [f"- [{'x' if right else ' '}] {text}", f"    {verdict} — {why}; see *question {number}* on [the home page](../index.md)."]
    if extra:
        lines[1:1] = [""]
        lines += ["", "    A second paragraph: the **source** and the **context** matter more than how the picture looks.", ""]
    return lines


def question(number: int) -> str:
    """Question ``number`` of a stress chapter: the type cycles through all four, confidence is asked 2 times in 3."""
    kind = TYPES[(number - 1) % len(TYPES)]
    extra = number % 5 == 0
    lines = [f"/// quiz | Stress question {number}: a {kind} check", f"    id: q{number:04d}"]
    if kind != "single":
        lines.append(f"    type: {kind}")
    if number % 3:
        lines.append("    confidence: true")
    lines.append("")
    if kind == "real-or-fake":
        lines += [f"![A drawn post from an account called Storm Alerts 24/7, number {number}, with a flooded street.](../{FIGURE})", ""]
        lines += ["You have never heard of the account and have not checked anything yet. Is the picture real?", ""]
        right = (number // 4) % 3
        for index, label in enumerate(("Real", "Fake", "Can't tell")):
            why = "in this generated case, " + ("the source and the context point here" if index == right else "what the checks found points elsewhere")
            lines += _answer(label, index == right, why, number, extra and index == right)
    elif kind == "true-false":
        claim_is_true = number % 8 == 3
        claim = "Checking the source works better than staring at pixels." if claim_is_true else "A list of glitches catches every fake."
        lines += [f"True or false: {claim}", ""]
        lines += _answer("True", claim_is_true, "studies put people near chance at judging good fakes by eye", number, extra and claim_is_true)
        lines += _answer("False", not claim_is_true, "glitch lists go out of date as the tools improve", number, extra and not claim_is_true)
    else:
        rights = RIGHT[:1] if kind == "single" else RIGHT
        options = [(text, True, why) for text, why in rights] + [(text, False, why) for text, why in WRONG[: 4 - len(rights)]]
        shift = number % len(options)
        options = options[shift:] + options[:shift]
        verb = "Which step should come first?" if kind == "single" else "Select every step that helps."
        lines += [f"A clip of an invented speaker, number {number}, is shared in a group chat with the caption **Breaking**. {verb}", ""]
        for position, (text, right, why) in enumerate(options):
            lines += _answer(text, right, why, number, extra and position == 0)
    if number % 2 == 0:
        lines += [""] if lines[-1] else []
        lines += ["Sources: [Caulfield, SIFT 2019](https://hapgood.us/2019/06/19/sift-the-four-moves/)"]
    # An extra paragraph's blank line must not be left before the block's end.
    while lines[-1] == "":
        lines.pop()
    lines.append("///")
    return "\n".join(lines) + "\n"


def chapter_page(chapter: int, questions: int = PER_CHAPTER) -> str:
    """One generated chapter: front matter, a little text, ``questions`` questions and a results block."""
    front = [
        "---",
        f"title: Stress chapter {chapter}",
        f"description: Generated chapter {chapter} of the benchmark's stress course.",
        "minutes: 30",
        "objectives:",
        "  - Decide whether a post can be trusted from its source and context.",
        "questions:",
        "  - What settles whether a picture is real?",
        "---",
        "",
        "This chapter was generated by `python -m benchmarks` to measure how the build scales.",
        "",
        "## Quiz",
        "",
    ]
    body = "\n".join(question(number) for number in range(1, questions + 1))
    results = "\n/// results\nCompare loosely: these questions were generated, not written.\n///\n"
    return "\n".join(front) + "\n" + body + results


def chapter_path(chapter: int) -> str:
    """The generated chapter's path under ``docs``."""
    return f"chapters/stress-{chapter:03d}.md"


def nav_entry(chapters: int) -> str:
    """A ``nav:`` for the home page, the course glossary and ``chapters`` generated chapters."""
    lines = ["nav:", "  - Home: index.md", "  - Glossary: glossary.md"]
    if chapters:
        # Not the nav's "Chapters" section: the chapter lints (anatomy, companion pages, lesson fit)
        # are for written chapters; every quiz is still converted and checked as in the real build.
        lines.append("  - Stress chapters:")
        lines += [f"      - {chapter_path(chapter)}" for chapter in range(1, chapters + 1)]
    return "\n".join(lines)


def stress_config(config_text: str, chapters: int) -> str:
    """The real ``mkdocs.yml`` with its nav replaced by the generated chapters."""
    nav = top_level_entry(config_text, "nav")
    if nav is None:
        raise SystemExit("mkdocs.yml has no nav")
    header = "# Generated by python -m benchmarks: the real configuration with a generated nav.\n"
    return header + config_text.replace(nav, nav_entry(chapters), 1)


def write_course(destination: Path, chapters: int, questions: int = PER_CHAPTER, config_text: str | None = None) -> Path:
    """Write a stress course of ``chapters`` chapters into ``destination``; returns its ``mkdocs.yml``.

    The real ``docs/assets`` (symbolic links followed) and ``overrides`` are copied,
    so the theme, styles and scripts are the course's own.
    """
    config_text = config_text if config_text is not None else CONFIG.read_text(encoding="utf-8")
    docs = destination / "docs"
    shutil.copytree(docs_dir_of(config_text) / "assets", docs / "assets", symlinks=False)
    if (CONFIG.parent / "overrides").is_dir():
        shutil.copytree(CONFIG.parent / "overrides", destination / "overrides")
    # The glossary extension reads the real glossary, so chapter text gets its definitions as in the course.
    shutil.copy2(docs_dir_of(config_text) / "glossary.md", docs / "glossary.md")
    (docs / FIGURE).parent.mkdir(parents=True)
    (docs / FIGURE).write_text(SVG, encoding="utf-8")
    (docs / "index.md").write_text(
        "# Stress course\n\nGenerated by `python -m benchmarks` to measure how the build scales.\n", encoding="utf-8"
    )
    (docs / "chapters").mkdir()
    for chapter in range(1, chapters + 1):
        (docs / chapter_path(chapter)).write_text(chapter_page(chapter, questions), encoding="utf-8")
    config = destination / "mkdocs.yml"
    config.write_text(stress_config(config_text, chapters), encoding="utf-8")
    return config


# --- Measuring -----------------------------------------------------------------------


@dataclass(frozen=True)
class ScalePoint:
    """The timed builds of one course size (``reported`` is MkDocs' own time, in seconds)."""

    questions: int
    chapters: int
    wall: list[float]
    reported: list[float]

    @property
    def build_time(self) -> float:
        """Median MkDocs-logged time, or the wall time when MkDocs logged none."""
        return statistics.median(self.reported) if len(self.reported) == len(self.wall) else statistics.median(self.wall)


@dataclass(frozen=True)
class ScaleReport:
    """Build times by course size, and the quiz script's start-up times in milliseconds."""

    points: list[ScalePoint]
    repeat: int
    init_new: list[float]
    init_returning: list[float]
    init_questions: int
    load: str = "unknown"

    @property
    def empty(self) -> ScalePoint:
        return next(point for point in self.points if point.questions == 0)

    def marginal(self, point: ScalePoint) -> float:
        """Seconds per question above the empty course."""
        return (point.build_time - self.empty.build_time) / point.questions

    @property
    def ratio(self) -> float:
        """Largest over smallest marginal time per question: 1.0 is perfectly linear."""
        values = [self.marginal(point) for point in self.points if point.questions]
        return max(values) / min(values) if values and min(values) > 0 else float("nan")


def time_builds(repeat: int, progress: Progress) -> list[ScalePoint]:
    """Build the empty course and each size ``repeat`` times, alternating, after one warm-up."""
    sizes = (0, *SIZES)
    with tempfile.TemporaryDirectory(prefix="course-scale-") as folder:
        work = Path(folder)
        configs = {size: write_course(work / f"course-{size}", size // PER_CHAPTER) for size in sizes}
        build(configs[sizes[1]], work / "warm-up")
        times: dict[int, list[tuple[float, float | None]]] = {size: [] for size in sizes}
        for round_ in range(repeat):
            for size in sizes if round_ % 2 == 0 else sizes[::-1]:
                site = work / f"site-{size}-{round_}"
                result = build(configs[size], site)
                times[size].append((result.wall, result.reported))
                shutil.rmtree(site)
            progress(f"scale round {round_ + 1}/{repeat}: " + ", ".join(f"{size} q {times[size][-1][0]:.1f} s" for size in sizes))
    return [
        ScalePoint(
            questions=size,
            chapters=size // PER_CHAPTER,
            wall=[wall for wall, _ in times[size]],
            reported=[reported for _, reported in times[size] if reported is not None],
        )
        for size in sizes
    ]


def saved_answers(page_key: str, first_options: list[tuple[str, str]]) -> str:
    """A progress store as ``quiz.js`` saves it (version 2): for each (quiz id, its first option's
    ``data-key``), a first try choosing that option, wrong, at middle confidence, and no retry."""
    answers = {
        quiz_id: {"first": {"chosen": [key], "correct": False, "confidence": 2}, "retry": None, "practised": False}
        for quiz_id, key in first_options
    }
    return json.dumps({"version": 2, "pages": {page_key: {"total": len(answers), "answers": answers}}})


#: Run in the page: make ``document.currentScript`` point at quiz.js's address, run the script, time it.
TIME_SCRIPT = """([source, src]) => {
  const script = document.createElement("script");
  script.src = src;
  Object.defineProperty(document, "currentScript", {configurable: true, get: () => script});
  const start = performance.now();
  (0, eval)(source);
  const ms = performance.now() - start;
  delete document.currentScript;
  return {ms, enhanced: document.querySelectorAll(".quiz--enhanced").length,
          checked: document.querySelectorAll(".quiz--checked").length};
}"""


def time_init(runs: int, progress: Progress) -> tuple[list[float], list[float]]:
    """Milliseconds quiz.js takes to start on a 100-question page: new readers, then returning ones."""
    from playwright.sync_api import sync_playwright

    source = QUIZ_JS.read_text(encoding="utf-8")
    page_path = chapter_path(1).removesuffix(".md")
    new: list[float] = []
    returning: list[float] = []
    outside: list[str] = []
    with tempfile.TemporaryDirectory(prefix="course-init-") as folder:
        work = Path(folder)
        config = write_course(work / "course", 1, INIT_QUESTIONS)
        site = work / "site"
        with serve(site) as url, sync_playwright() as playwright:
            build(config, site, site_url=url)
            browser = playwright.chromium.launch(executable_path=chrome_path(), args=list(BROWSER_ARGS))

            def route(route: object) -> None:
                request_url = route.request.url  # type: ignore[attr-defined]
                if request_url.endswith("/assets/course/quiz.js"):
                    route.fulfill(status=200, content_type="text/javascript", body="")  # type: ignore[attr-defined]
                elif request_url.startswith(LOCAL_PREFIXES):
                    route.continue_()  # type: ignore[attr-defined]
                else:
                    outside.append(request_url)
                    route.abort()  # type: ignore[attr-defined]

            try:
                for number in range(runs):
                    for saved, times in ((False, new), (True, returning)):
                        context = browser.new_context()
                        context.route("**/*", route)
                        page = context.new_page()
                        page.goto(url + page_path + ".html", wait_until="load")
                        if saved:
                            first = page.eval_on_selector_all(
                                "[data-quiz]", "nodes => nodes.map(n => [n.dataset.quiz, n.querySelector('.quiz__option').dataset.key])"
                            )
                            store = saved_answers(page_path, [(quiz_id, key) for quiz_id, key in first])
                            page.evaluate("([key, value]) => localStorage.setItem(key, value)", ["deepfake-course:progress", store])
                            page.reload(wait_until="load")
                        result = page.evaluate(TIME_SCRIPT, [source, url + "assets/course/quiz.js"])
                        context.close()
                        expected_checked = INIT_QUESTIONS if saved else 0
                        if result["enhanced"] != INIT_QUESTIONS or result["checked"] != expected_checked:
                            raise SystemExit(f"quiz.js start-up check failed: {result} (expected {INIT_QUESTIONS} enhanced, {expected_checked} checked)")
                        times.append(result["ms"])
                    progress(f"quiz.js start-up run {number + 1}/{runs}: new reader {new[-1]:.1f} ms, returning {returning[-1]:.1f} ms")
            finally:
                browser.close()
    if outside:
        raise SystemExit(f"the stress page tried to reach other hosts: {sorted(set(outside))}")
    return new, returning


def measure(repeat: int, init_runs: int, progress: Progress) -> ScaleReport:
    points = time_builds(repeat, progress)
    new, returning = time_init(init_runs, progress)
    return ScaleReport(
        points=points, repeat=repeat, init_new=new, init_returning=returning, init_questions=INIT_QUESTIONS, load=load_average()
    )


# --- Output ----------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def table_rows(report: ScaleReport) -> list[list[str]]:
    """Header row, then one row per course size."""
    rows = [["Questions", "Chapters", "Build, wall", "Build, MkDocs log", "Per question", "Per question above empty"]]
    for point in report.points:
        rows.append([
            f"{point.questions:,}",
            str(point.chapters) if point.questions else "0 (home page only)",
            f"{statistics.median(point.wall):.2f} s",
            f"{point.build_time:.2f} s",
            _ms(point.build_time / point.questions) if point.questions else "-",
            _ms(report.marginal(point)) if point.questions else "-",
        ])
    return rows


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ms (min {min(values):.1f}, max {max(values):.1f})"


def summary_lines(report: ScaleReport) -> list[str]:
    sizes = [point for point in report.points if point.questions]
    smallest, largest = sizes[0], sizes[-1]
    return [
        f"Ratio of per-question build time above empty, {largest.questions:,} over {smallest.questions:,} questions: "
        f"{report.marginal(largest) / report.marginal(smallest):.2f}x; largest over smallest of all sizes: {report.ratio:.2f}x "
        "(1.00 = linear growth).",
        f"quiz.js start-up on a {report.init_questions}-question page in Chromium, median of {len(report.init_new)} runs: "
        f"new reader {_spread(report.init_new)}; returning reader with all {report.init_questions} answers saved "
        f"{_spread(report.init_returning)}.",
    ]


def intro_line(report: ScaleReport) -> str:
    return (
        f"Generated course, {PER_CHAPTER} questions a chapter; median of {report.repeat} strict builds of each size, "
        "alternating, after one warm-up. Per-question times use the time MkDocs logs; \"above empty\" first "
        f"subtracts the build of the home page alone. Load average as the measurements ended: {report.load}."
    )


def format_text(report: ScaleReport) -> str:
    table = table_rows(report)
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    rows = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in table]
    return "\n".join(["Scale", "", intro_line(report), "", *rows, "", *summary_lines(report)]) + "\n"


def format_markdown(report: ScaleReport, escape: Callable[[str], str]) -> str:
    table = table_rows(report)
    lines = [f"| {' | '.join(escape(cell) for cell in row)} |" for row in table]
    lines.insert(1, "|" + " --- |" * len(table[0]))
    return "\n".join(["## Scale", "", intro_line(report), "", *lines, "", *(f"- {line}" for line in summary_lines(report))]) + "\n"
