"""Benchmark: ``python -m benchmarks [--repeat N] [--markdown PATH] [--skip-lighthouse] [--skip-scale]`` (``make bench``).

The course aims to stay light: quizzes should not make the build much slower
than plain Material, the quiz code should stay small enough to ship on every
page, pages should stay cheap to download on a poor connection, and authors
should be able to check their quizzes faster than by building. One run
measures the numbers below and prints them; ``--markdown PATH``
also writes them as Markdown, so ``BENCHMARKS.md`` can be refreshed with
``python -m benchmarks --markdown BENCHMARKS.md``.

1. Build time of the real course (``mkdocs build --strict``) divided by the
   build time of the same pages with every ``/// quiz``, ``/// progress`` and
   ``/// results`` block removed, built with plain Material defaults; and the
   time of ``python -m course check docs`` (``make check``) against the build.
2. gzip (level 9) bytes of ``quiz.js`` and ``quiz.css`` against an 8 KB target.
3. Median gzip bytes of the built HTML pages (404.html excluded), and the largest.
4. Total size and file count of the real build's output folder.
5. Lighthouse scores (mobile) of seven pages (every page type, the longest
   chapter and a widget chapter), served on 127.0.0.1: see
   ``benchmarks/lighthouse.py``. ``--skip-lighthouse`` leaves them out.
6. How the build time grows with 100, 500 and 1,000 generated questions, and
   how long ``quiz.js`` takes to start on a 100-question page in Chromium:
   see ``benchmarks/scale.py``. ``--skip-scale`` leaves them out.

Builds run as ``benchmarks/common.py`` describes: MkDocs in a child process,
timed whole, each into a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import os
import platform
import shutil
import statistics
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from course.quiz.scan import RE_END, RE_START, track_fence

from . import lighthouse as bench_lighthouse
from . import scale as bench_scale
from .common import (
    ASSETS,
    CONFIG,
    Build,
    Progress,
    build,
    check,
    docs_dir_of,
    escape_cell,
    load_average,
    package_version,
    top_level_entry,
)

QUIZ_FILES = ("quiz.js", "quiz.css")
TARGET_BYTES = 8 * 1024
PACKAGES = ("mkdocs", "mkdocs-material", "pymdown-extensions")
#: Blocks the baseline leaves out: they only exist because of ``course.quiz``.
STRIPPED_BLOCKS = frozenset({"quiz", "progress", "results"})


@dataclass(frozen=True)
class BuildTimes:
    """The repeated builds of both sites, and the checks of the course, in the order they ran."""

    course: list[Build]
    baseline: list[Build]
    check: list[float] = field(default_factory=list)
    """Wall times of ``python -m course check docs``: the authors' quick check, meant to beat a build."""

    @property
    def check_ratio(self) -> float | None:
        """Median check time over median course build time (wall): below 1 when checking is the quicker way."""
        if not self.check:
            return None
        return statistics.median(self.check) / statistics.median(b.wall for b in self.course)

    @property
    def ratio(self) -> float:
        """Median course wall time over median baseline wall time: the headline number."""
        return statistics.median(b.wall for b in self.course) / statistics.median(b.wall for b in self.baseline)

    @property
    def reported_ratio(self) -> float | None:
        """The same ratio from MkDocs' own timings, which leave out start-up and imports.

        With a small site, start-up is most of the wall time and dilutes the
        headline ratio; this one shows the cost inside the build itself.
        """
        course = [b.reported for b in self.course if b.reported is not None]
        baseline = [b.reported for b in self.baseline if b.reported is not None]
        if len(course) != len(self.course) or len(baseline) != len(self.baseline) or not statistics.median(baseline):
            return None
        return statistics.median(course) / statistics.median(baseline)


@dataclass(frozen=True)
class Sizes:
    """Byte counts measured on the quiz assets and the real course build."""

    quiz_gzip: dict[str, int]
    quiz_raw: dict[str, int]
    page_gzip: dict[str, int]
    page_raw: dict[str, int]
    site_bytes: int
    site_files: int

    @property
    def quiz_total(self) -> int:
        """Both quiz files, gzipped separately as a server would send them."""
        return sum(self.quiz_gzip.values())

    @property
    def largest_page(self) -> str:
        """The page (relative path) with the most gzip bytes."""
        return max(self.page_gzip, key=lambda name: (self.page_gzip[name], name))


@dataclass(frozen=True)
class Environment:
    """Where and with what the numbers were measured, so readers can compare runs."""

    date: str
    cores: int
    python: str
    system: str
    load: str
    packages: dict[str, str]


@dataclass(frozen=True)
class Report:
    """Everything one run measured."""

    times: BuildTimes
    sizes: Sizes
    environment: Environment
    repeat: int
    lighthouse: bench_lighthouse.LighthouseReport | None = None
    scale: bench_scale.ScaleReport | None = None


# --- The baseline: same pages, no quizzes, plain Material ---------------------


def strip_quiz_blocks(text: str, where: str = "<page>") -> str:
    """The page without its ``/// quiz`` and ``/// progress`` blocks.

    Blocks nest: a quiz may hold ``/// name`` ... ``///`` blocks of its own, so
    the first bare ``///`` after a quiz header does not always end the quiz.
    Like Blocks, an end line closes the innermost open block whose fence has
    the same number of slashes (and any blocks opened inside it). Lines inside
    fenced code never open or close a block.
    """
    kept: list[str] = []
    open_blocks: list[tuple[str, int]] = []  # (name, fence length), outermost first
    strip_depth: int | None = None  # len(open_blocks) when the stripped block opened
    strip_line = 0
    fence: str | None = None
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        bare = line.rstrip("\r\n")
        fence, in_code = track_fence(fence, bare)
        start = None if in_code else RE_START.match(bare)
        end = None if in_code or start else RE_END.match(bare)
        if start:
            name = start.group(3).lower()
            if strip_depth is None and name in STRIPPED_BLOCKS:
                strip_depth, strip_line = len(open_blocks), number
            open_blocks.append((name, len(start.group(2))))
        elif end:
            length = len(end.group(1))
            match = next((i for i in range(len(open_blocks) - 1, -1, -1) if open_blocks[i][1] == length), None)
            if match is not None:
                del open_blocks[match:]
                if strip_depth is not None and len(open_blocks) <= strip_depth:
                    strip_depth = None
                    continue  # the stripped block's own end line goes too
        if strip_depth is None:
            kept.append(line)
    if strip_depth is not None:
        raise ValueError(f"{where}:{strip_line}: a /// block opened here is never closed")
    return "".join(kept)


def make_baseline(destination: Path, config_text: str) -> Path:
    """Write the baseline project into ``destination`` and return its ``mkdocs.yml``.

    The docs are copied with symbolic links followed (``assets/course`` links
    into ``course/``), every Markdown page loses its quiz and progress blocks,
    and the generated configuration keeps only the site name and the nav: no
    custom_dir, extra CSS or JavaScript, Markdown extensions or plugins beyond
    MkDocs' default (search). Everything that differs from the real build is
    then what the course adds on top of Material.
    """
    docs = destination / "docs"
    shutil.copytree(docs_dir_of(config_text), docs, symlinks=False)
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8-sig")
        try:
            stripped = strip_quiz_blocks(text, str(page.relative_to(destination)))
        except ValueError as error:
            raise SystemExit(f"cannot make the baseline: {error}") from None
        page.write_text(stripped, encoding="utf-8")
    parts = [
        "# Generated by python -m benchmarks: the course's pages without quizzes, plain Material.",
        top_level_entry(config_text, "site_name") or "site_name: Baseline",
        "docs_dir: docs",
        "theme:\n  name: material\n  font: false",
        top_level_entry(config_text, "nav") or "",
    ]
    config = destination / "mkdocs.yml"
    config.write_text("\n".join(part for part in parts if part) + "\n", encoding="utf-8")
    return config


# --- Builds and timings --------------------------------------------------------


def time_builds(course: Path, baseline: Path, work: Path, repeat: int, progress: Progress) -> tuple[BuildTimes, Path]:
    """Time ``repeat`` builds of each site and checks of the course, alternating, after one untimed warm-up of each.

    The warm-up fills the file-system cache and Python's bytecode cache, which
    would otherwise count against whichever is run first. Alternating the
    order each round (course, baseline, check; then backwards) spreads any
    slow drift of the machine over all three.
    Returns the times and the warm-up build of the course, kept for sizes.
    """
    course_site = work / "site-course"
    build(course, course_site)
    build(baseline, work / "site-baseline")
    check(course)
    course_times: list[Build] = []
    baseline_times: list[Build] = []
    check_times: list[float] = []
    for round_ in range(repeat):
        order = ["course", "baseline", "check"]
        for name in order if round_ % 2 == 0 else order[::-1]:
            if name == "check":
                check_times.append(check(course))
                continue
            site = work / f"timed-{name}-{round_}"
            (course_times if name == "course" else baseline_times).append(build(course if name == "course" else baseline, site))
            shutil.rmtree(site)
        progress(
            f"round {round_ + 1}/{repeat}: course {course_times[-1].wall:.2f} s, baseline {baseline_times[-1].wall:.2f} s, "
            f"check {check_times[-1]:.2f} s"
        )
    return BuildTimes(course_times, baseline_times, check_times), course_site


# --- Sizes -----------------------------------------------------------------------


def gzip_size(data: bytes) -> int:
    """Bytes after gzip level 9, the best case a server or CDN would send."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def measure_sizes(site: Path) -> Sizes:
    """Quiz asset and page sizes, and the size of the whole built site."""
    quiz = {name: (ASSETS / name).read_bytes() for name in QUIZ_FILES}
    pages = {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*.html"))
        if path.name != "404.html"
    }
    if not pages:
        raise SystemExit(f"no HTML pages found in {site}")
    files = [path for path in site.rglob("*") if path.is_file()]
    return Sizes(
        quiz_gzip={name: gzip_size(data) for name, data in quiz.items()},
        quiz_raw={name: len(data) for name, data in quiz.items()},
        page_gzip={name: gzip_size(data) for name, data in pages.items()},
        page_raw={name: len(data) for name, data in pages.items()},
        site_bytes=sum(path.stat().st_size for path in files),
        site_files=len(files),
    )


def environment() -> Environment:
    """The date, machine and package versions, since build times only compare on one machine."""
    return Environment(
        date=datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z").strip(),
        cores=os.cpu_count() or 0,
        python=platform.python_version(),
        system=f"{platform.system()} {platform.machine()}".strip(),
        load=load_average(),
        packages={name: package_version(name) for name in PACKAGES},
    )


# --- Output ----------------------------------------------------------------------


def _bytes(count: int) -> str:
    return f"{count:,} B"


def _target_verdict(total: int) -> str:
    """How the quiz assets compare with the 8 KB budget, in words."""
    share = f"{total / TARGET_BYTES:.0%} of {_bytes(TARGET_BYTES)}"
    if total <= TARGET_BYTES:
        return f"within target ({share}, {_bytes(TARGET_BYTES - total)} to spare)"
    return f"OVER target ({share}, {_bytes(total - TARGET_BYTES)} too many)"


def _spread(times: Iterable[float | None]) -> str:
    values = [value for value in times if value is not None]
    if not values:
        return "not logged"
    return f"median {statistics.median(values):.3f} s (min {min(values):.3f}, max {max(values):.3f})"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def rows(report: Report) -> list[tuple[str, str]]:
    """The report as (label, value) pairs, shared by the text and Markdown outputs."""
    times, sizes = report.times, report.sizes
    largest = sizes.largest_page
    site_mb = sizes.site_bytes / 1_000_000
    reported = times.reported_ratio
    return [
        ("Course build, wall", _spread(b.wall for b in times.course)),
        ("Baseline build, wall", _spread(b.wall for b in times.baseline)),
        ("Build-time ratio", f"{times.ratio:.2f}x (course median / baseline median, wall time)"),
        ("Course build, MkDocs log", _spread(b.reported for b in times.course)),
        ("Baseline build, MkDocs log", _spread(b.reported for b in times.baseline)),
        ("Ratio without start-up", f"{reported:.2f}x (times MkDocs logged)" if reported else "not available"),
        ("Course check, wall", _spread(times.check)),
        ("Check / build", f"{times.check_ratio:.2f}x (check median / course build median, wall time)" if times.check_ratio else "not measured"),
        *(
            (f"{name} gzip -9", f"{_bytes(sizes.quiz_gzip[name])} ({_bytes(sizes.quiz_raw[name])} raw)")
            for name in QUIZ_FILES
        ),
        ("Quiz JS + CSS gzip -9", f"{_bytes(sizes.quiz_total)}: {_target_verdict(sizes.quiz_total)}"),
        ("Median page gzip -9", f"{_bytes(round(statistics.median(sizes.page_gzip.values())))} over {len(sizes.page_gzip)} pages (404.html excluded)"),
        ("Largest page gzip -9", f"{_bytes(sizes.page_gzip[largest])} ({_bytes(sizes.page_raw[largest])} raw): {largest}"),
        ("Total site size", f"{_bytes(sizes.site_bytes)} ({site_mb:.2f} MB) in {sizes.site_files} files"),
    ]


def format_text(report: Report) -> str:
    """A plain-text report with aligned labels, for the terminal."""
    env = report.environment
    header = [
        ("Date", env.date),
        ("Machine", f"{env.cores} cores, {env.system}, Python {env.python}"),
        ("Load average", f"{env.load} (1, 5, 15 min, when the builds ended)"),
        ("Packages", ", ".join(f"{name} {version}" for name, version in env.packages.items())),
        ("Builds", f"{_plural(report.repeat, 'timed build')} of each and as many checks, alternating, after 1 warm-up of each"),
    ]
    pairs = header + [("", "")] + rows(report)
    width = max(len(label) for label, _ in pairs)
    lines = [f"{label:<{width}}  {value}" if label else "" for label, value in pairs]
    sections = [
        bench_lighthouse.format_text(report.lighthouse) if report.lighthouse else "Lighthouse: skipped (--skip-lighthouse)\n",
        bench_scale.format_text(report.scale) if report.scale else "Scale: skipped (--skip-scale)\n",
    ]
    return "Course benchmark\n\n" + "\n".join(lines) + "\n\n" + "\n".join(sections)


def format_markdown(report: Report) -> str:
    """The same numbers as a Markdown page, for ``BENCHMARKS.md``."""
    env = report.environment
    table = "\n".join(f"| {label} | {escape_cell(value)} |" for label, value in rows(report))
    versions = ", ".join(f"{name} {version}" for name, version in env.packages.items())
    lighthouse = (bench_lighthouse.format_markdown(report.lighthouse, escape_cell) if report.lighthouse
                  else "## Lighthouse\n\nSkipped in this run (`--skip-lighthouse`).\n")
    scale = bench_scale.format_markdown(report.scale, escape_cell) if report.scale else "## Scale\n\nSkipped in this run (`--skip-scale`).\n"
    return f"""# Benchmarks

- Date: {env.date}
- Machine: {env.cores} cores (os.cpu_count), {env.system}, Python {env.python}
- Load average when the builds ended (1, 5, 15 min): {env.load}
- Packages: {versions}

| Measure | Result |
| --- | --- |
{table}

{lighthouse}
{scale}
## How each number is measured

- **Build-time ratio.** Wall time of `mkdocs build --strict` of the real course
  (including interpreter start-up), divided by that of a baseline: a temporary
  copy of the same docs with every `/// quiz`, `/// progress` and `/// results` block removed,
  built with a generated `mkdocs.yml` that keeps only the site name and nav and
  sets `theme: {{name: material, font: false}}` (no custom_dir, extra CSS or
  JavaScript, Markdown extensions, or plugins beyond the default search).
  {_plural(report.repeat, "timed build")} of each, alternating, after one untimed
  warm-up of each; the ratio compares the medians. The "without start-up"
  ratio uses the time MkDocs logs ("Documentation built in"), which leaves
  out interpreter start-up and imports. The baseline also has less text to
  convert: the quizzes' own questions and explanations are a large share of
  each chapter, so the ratio measures the quizzes' content as well as their code.
- **Check.** Wall time of `python -m course check docs` (`make check`: every
  page converted and every lint run, no site written), timed in the same
  rounds as the builds, and divided by the course build's median wall time;
  below 1.00x, checking is quicker than building.
- **Quiz JS + CSS.** `course/assets/quiz.js` and `quiz.css`, each gzipped at
  level 9; the total is checked against the 8 KB (8,192 bytes) target.
- **Pages.** Every `*.html` page of the real build except `404.html`, gzipped
  at level 9.
- **Total site size.** Every file in the real build's output folder
  (1 MB = 1,000,000 bytes).
- **Lighthouse.** See the Lighthouse section: the real course built with
  `SITE_URL` set to a local server's address and served gzip-compressed on
  127.0.0.1; Lighthouse's default mobile preset; the four categories only,
  error reporting off, Chromium unable to look up any host name but 127.0.0.1,
  and every request each page made checked afterwards.
- **Scale.** A generated course (see the Scale section and
  `benchmarks/scale.py`): the real `mkdocs.yml`, assets and overrides with
  generated chapters of 20 questions each, listed in a nav section of their
  own so that the lints for written chapters leave them alone. The quiz script's start-up is timed
  inside Chromium by running the real `quiz.js` on a loaded 100-question page
  whose own copy was held back; `quiz.js` is not changed for it.

To reproduce, run `make bench` (or `python -m benchmarks --markdown BENCHMARKS.md`
to refresh this file); build times only compare between runs on the same machine.
`--skip-lighthouse` and `--skip-scale` leave out the two slow parts.
"""


def run(
    repeat: int,
    progress: Progress,
    *,
    lighthouse_runs: int | None = 5,
    scale_repeat: int | None = 3,
    init_runs: int = 7,
) -> Report:
    """Build both sites in a temporary folder, time them and measure the output.

    Then, unless ``lighthouse_runs`` or ``scale_repeat`` is None, the Lighthouse
    audits and the scale measurements, one after the other so they never share
    the machine with a build.
    """
    config_text = CONFIG.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="course-bench-") as folder:
        work = Path(folder)
        baseline = make_baseline(work / "baseline", config_text)
        progress(f"warming up, then {repeat} timed builds of each site")
        times, course_site = time_builds(CONFIG, baseline, work, repeat, progress)
        sizes = measure_sizes(course_site)
    env = environment()  # the load average as the builds ended, before the slower parts run
    lighthouse = bench_lighthouse.measure(lighthouse_runs, progress) if lighthouse_runs else None
    scale = bench_scale.measure(scale_repeat, init_runs, progress) if scale_repeat else None
    return Report(times=times, sizes=sizes, environment=env, repeat=repeat, lighthouse=lighthouse, scale=scale)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Time the course build against plain Material; measure the quiz assets, pages and site size; "
        "audit seven pages with Lighthouse; measure how the build and quiz.js scale.",
    )
    parser.add_argument("--repeat", type=_positive, default=5, metavar="N", help="timed builds of each site (default: 5)")
    parser.add_argument("--markdown", type=Path, metavar="PATH", help="also write the results as Markdown to PATH")
    parser.add_argument("--skip-lighthouse", action="store_true", help="leave out the Lighthouse audits (several minutes)")
    parser.add_argument("--lighthouse-runs", type=_positive, default=5, metavar="N", help="Lighthouse runs per page; the median is kept (default: 5)")
    parser.add_argument("--skip-scale", action="store_true", help="leave out the stress-course builds and the quiz.js start-up timing")
    parser.add_argument("--scale-repeat", type=_positive, default=3, metavar="N", help="timed builds of each stress-course size (default: 3)")
    args = parser.parse_args(argv)
    report = run(
        args.repeat,
        lambda message: print(message, file=sys.stderr, flush=True),
        lighthouse_runs=None if args.skip_lighthouse else args.lighthouse_runs,
        scale_repeat=None if args.skip_scale else args.scale_repeat,
    )
    print(format_text(report), end="")
    if args.markdown:
        args.markdown.write_text(format_markdown(report), encoding="utf-8")
        print(f"\nWrote {args.markdown}")
    return 0
