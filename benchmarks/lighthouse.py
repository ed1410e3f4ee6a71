"""Lighthouse scores of seven pages of the real course, for ``python -m benchmarks``.

The course is built (strictly) with ``SITE_URL`` set to a local server's
address, as ``tests/conftest.py`` does, and served on 127.0.0.1 with gzip, as
any static host would send it. Lighthouse (``node_modules/.bin/lighthouse``)
then audits each page with its default mobile preset: a Moto G Power-sized
screen, simulated slow 4G and a 4x CPU slowdown. Each page is audited a few
times and the run with the median performance score is kept, because
performance scores move between runs; the other three categories rarely do.

Nothing leaves the machine: Lighthouse is asked for the four categories only
(its new "agentic browsing" category would fetch ``/llms.txt`` and an AI
catalogue), error reporting is off, Chromium runs with background networking
and component updates disabled and cannot look up any host name other than
127.0.0.1, and every request a page made is checked afterwards. No audit of
the four categories needs the internet: ``robots.txt`` and source maps are
fetched from the page's own origin.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .browser import BROWSER_ARGS, LOCAL_PREFIXES, chrome_path
from .common import CONFIG, ROOT, Progress, build, command_version, load_average, serve

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"

#: (label, page, note): one page of each type, plus the chapters that cost a phone the most:
#: the longest chapter page and a chapter with an interactive widget.
PAGES = (
    ("Home", "index.html", ""),
    ("Chapter", "chapters/01-what-is-a-deepfake.html", ""),
    ("Long chapter", "chapters/08-shallowfakes-and-cheap-fakes.html", "among the longest pages; playback widget"),
    ("Widget chapter", "chapters/05-first-order-motion.html", "keypoint motion widget"),
    ("Glossary", "glossary.html", ""),
    ("Progress", "progress.html", ""),
    ("Teacher", "instructors/index.html", ""),
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CATEGORY_NAMES = {"performance": "Performance", "accessibility": "Accessibility", "best-practices": "Best practices", "seo": "SEO"}
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = (
    "--headless=new",
    *BROWSER_ARGS,
    # A guard: any host name other than 127.0.0.1 fails to resolve, so nothing can leave the machine.
    '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"',
)
#: Flags that come from the local server rather than from the site.
SERVER_ARTIFACTS = {"cache-insight": "the local server sends no Cache-Control header; real hosts set one"}


@dataclass(frozen=True)
class Miss:
    """One audit that cost points in a category that missed its target."""

    id: str
    title: str
    score: float | None
    display: str
    weight: float
    note: str = ""


@dataclass(frozen=True)
class PageResult:
    """The kept (median) Lighthouse run of one page, and what the other runs scored."""

    label: str
    path: str
    note: str
    scores: dict[str, int | None]
    performance_runs: list[int | None]
    run_indexes: list[float | None]
    misses: dict[str, list[Miss]]
    flagged: list[Miss]
    long_tasks: list[tuple[str, float, int]]
    errors: list[str]
    warnings: list[str]
    outside: list[str]
    benchmark_index: float | None


@dataclass(frozen=True)
class LighthouseReport:
    """Every page's result, and the versions they were measured with."""

    pages: list[PageResult]
    runs: int
    lighthouse: str
    chrome: str
    node: str
    load: str = "unknown"


# --- Reading Lighthouse's JSON (pure) -------------------------------------------


def category_scores(lhr: dict[str, Any]) -> dict[str, int | None]:
    """The four category scores out of 100 as Lighthouse shows them; None if it could not score."""
    scores: dict[str, int | None] = {}
    for name in CATEGORIES:
        score = (lhr.get("categories", {}).get(name) or {}).get("score")
        scores[name] = None if score is None else round(score * 100)
    return scores


def meets_target(category: str, score: int | None) -> bool:
    return score is not None and score >= TARGETS[category]


def _display(audit: dict[str, Any]) -> str:
    return str(audit.get("displayValue") or "").replace("\u00a0", " ")


def category_misses(lhr: dict[str, Any], category: str) -> list[Miss]:
    """The scored audits that lost points in ``category``, the costliest first."""
    audits = lhr.get("audits", {})
    misses = []
    for ref in (lhr.get("categories", {}).get(category) or {}).get("auditRefs", []):
        audit = audits.get(ref["id"], {})
        score = audit.get("score")
        if ref.get("weight", 0) > 0 and score is not None and score < 1:
            misses.append(Miss(ref["id"], audit.get("title", ""), score, _display(audit), ref["weight"]))
    return sorted(misses, key=lambda miss: (-(miss.weight * (1 - (miss.score or 0))), miss.id))


def flagged_performance_audits(lhr: dict[str, Any], limit: int = 6) -> list[Miss]:
    """Unscored performance insights and diagnostics Lighthouse flags: the reasons behind the metrics.

    The ones Lighthouse estimates would save the most metric time come first.
    """
    audits = lhr.get("audits", {})
    flagged = []
    for ref in (lhr.get("categories", {}).get("performance") or {}).get("auditRefs", []):
        audit = audits.get(ref["id"], {})
        score = audit.get("score")
        if ref.get("weight", 0) == 0 and score is not None and score < 0.9 and audit.get("scoreDisplayMode") != "informative":
            savings = {name: value for name, value in (audit.get("metricSavings") or {}).items() if isinstance(value, (int, float)) and value > 0}
            notes = [f"saves {', '.join(f'{name} {value:g} ms' for name, value in savings.items())}"] if savings else []
            if ref["id"] in SERVER_ARTIFACTS:
                notes.append(SERVER_ARTIFACTS[ref["id"]])
            miss = Miss(ref["id"], audit.get("title", ""), score, _display(audit), 0, "; ".join(notes))
            flagged.append((sum(savings.values()), miss))
    flagged.sort(key=lambda pair: (-pair[0], pair[1].score, pair[1].id))
    return [miss for _, miss in flagged[:limit]]


def long_tasks_by_script(lhr: dict[str, Any]) -> list[tuple[str, float, int]]:
    """The main-thread tasks of 50 ms or more, summed by script: (script, total ms, count), longest first."""
    details = lhr.get("audits", {}).get("long-tasks", {}).get("details") or {}
    totals: dict[str, list[float]] = {}
    for item in details.get("items", []):
        url = str(item.get("url", "Unattributable"))
        name = url.split("/", 3)[3] if url.startswith("http") and url.count("/") >= 3 else url
        totals.setdefault(name, []).append(float(item.get("duration", 0)))
    return sorted(((name, sum(times), len(times)) for name, times in totals.items()), key=lambda row: (-row[1], row[0]))


def errored_audits(lhr: dict[str, Any]) -> list[str]:
    """Audits Lighthouse could not run, as ``id (weight W): message``; weight 0 leaves the scores alone."""
    weights: dict[str, float] = {}
    for category in lhr.get("categories", {}).values():
        for ref in category.get("auditRefs", []):
            weights[ref["id"]] = max(weights.get(ref["id"], 0), ref.get("weight", 0))
    return sorted(
        f"{name} (weight {weights.get(name, 0):g}): {audit.get('errorMessage', 'error')}"
        for name, audit in lhr.get("audits", {}).items()
        if audit.get("scoreDisplayMode") == "error"
    )


def outside_requests(lhr: dict[str, Any]) -> list[str]:
    """Every request the page made that was not to 127.0.0.1 (or data:, blob:)."""
    details = lhr.get("audits", {}).get("network-requests", {}).get("details") or {}
    return [item["url"] for item in details.get("items", []) if not str(item.get("url", "")).startswith(LOCAL_PREFIXES)]


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median performance score (the lower middle one for an even count)."""
    ordered = sorted(runs, key=lambda lhr: category_scores(lhr)["performance"] or -1)
    return ordered[(len(ordered) - 1) // 2]


def _benchmark_index(lhr: dict[str, Any]) -> float | None:
    return (lhr.get("environment") or {}).get("benchmarkIndex")


def page_result(label: str, path: str, note: str, runs: list[dict[str, Any]]) -> PageResult:
    """Summarise the Lighthouse runs of one page."""
    kept = median_run(runs)
    scores = category_scores(kept)
    warnings = list(kept.get("runWarnings", []))
    if kept.get("runtimeError"):
        warnings.insert(0, f"runtime error: {kept['runtimeError'].get('code')}: {kept['runtimeError'].get('message')}")
    return PageResult(
        label=label,
        path=path,
        note=note,
        scores=scores,
        performance_runs=[category_scores(lhr)["performance"] for lhr in runs],
        run_indexes=[_benchmark_index(lhr) for lhr in runs],
        misses={name: category_misses(kept, name) for name in CATEGORIES if not meets_target(name, scores[name])},
        flagged=[] if meets_target("performance", scores["performance"]) else flagged_performance_audits(kept),
        long_tasks=[] if meets_target("performance", scores["performance"]) else long_tasks_by_script(kept),
        errors=errored_audits(kept),
        warnings=[" ".join(str(warning).split()) for warning in warnings],
        outside=sorted({url for lhr in runs for url in outside_requests(lhr)}),
        benchmark_index=_benchmark_index(kept),
    )


# --- Running Lighthouse ------------------------------------------------------------


def _node_wanted() -> str:
    """The Node versions the installed Lighthouse declares it needs (``engines.node``)."""
    try:
        package = json.loads((ROOT / "node_modules" / "lighthouse" / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return str((package.get("engines") or {}).get("node", ""))


def run_lighthouse(url: str, output: Path) -> dict[str, Any]:
    """One Lighthouse run of ``url`` with the default (mobile) settings; returns its JSON result."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        "--quiet",
        "--no-enable-error-reporting",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    env = dict(os.environ, CHROME_PATH=chrome_path())
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    if result.returncode != 0 or not output.is_file():
        raise SystemExit(f"Lighthouse failed on {url} (exit {result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(output.read_text(encoding="utf-8"))


def measure(runs: int, progress: Progress) -> LighthouseReport:
    """Build the course for a local server, serve it and audit every page of ``PAGES``."""
    if not LIGHTHOUSE.is_file():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run 'npm ci' (make bench does) or use --skip-lighthouse")
    results = []
    lighthouse = "unknown"
    with tempfile.TemporaryDirectory(prefix="course-lighthouse-") as folder:
        work = Path(folder)
        site = work / "site"
        with serve(site) as url:
            progress(f"Lighthouse: building the course for {url}")
            build(CONFIG, site, site_url=url)
            for label, path, note in PAGES:
                page_runs = []
                for number in range(runs):
                    lhr = run_lighthouse(url + path, work / "report.json")
                    lighthouse = lhr.get("lighthouseVersion", lighthouse)
                    page_runs.append(lhr)
                    progress(f"Lighthouse {path} run {number + 1}/{runs}: {category_scores(lhr)}")
                results.append(page_result(label, path, note, page_runs))
    return LighthouseReport(
        pages=results,
        runs=runs,
        lighthouse=lighthouse,
        chrome=command_version([chrome_path(), "--version"]),
        node=command_version(["node", "--version"]),
        load=load_average(),
    )


# --- Output ------------------------------------------------------------------------


def _cell(category: str, score: int | None) -> str:
    if score is None:
        return "n/a MISS"
    return f"{score} {'pass' if meets_target(category, score) else 'MISS'}"


def _miss_text(miss: Miss) -> str:
    score = "n/a" if miss.score is None else f"{miss.score:.2f}"
    weight = f", weight {miss.weight:g}" if miss.weight else ""
    value = f" {miss.display}" if miss.display else ""
    note = f"; {miss.note}" if miss.note else ""
    return f"{miss.id}{value} (score {score}{weight}{note})"


def summary_lines(report: LighthouseReport) -> list[str]:
    """How the runs were made, in short sentences shared by both outputs."""
    indexes = [page.benchmark_index for page in report.pages if page.benchmark_index]
    index = "unknown" if not indexes else f"{min(indexes):.0f}" if round(min(indexes)) == round(max(indexes)) else f"{min(indexes):.0f}-{max(indexes):.0f}"
    return [
        f"Lighthouse {report.lighthouse} on {report.chrome}, Node {report.node}; mobile preset "
        "(412x823 screen, simulated slow 4G, 4x CPU slowdown).",
        f"{report.runs} run{'s' if report.runs != 1 else ''} per page; the run with the median performance score is shown. "
        f"Lighthouse's CPU benchmark index on this machine: {index}; load average as the runs ended: {report.load}.",
        "Served gzip-compressed from 127.0.0.1, built with SITE_URL set to the server's address. "
        "Targets: performance >= 95, accessibility, best practices and SEO 100.",
    ]


#: Lighthouse's 4x CPU slowdown is meant for a host with a benchmark index of about 1500 to 2000
#: (its docs/throttling.md: a high-end desktop, slowed to a mid-tier phone); below that it
#: emulates a slower phone than intended, so runs are also counted by their host's index.
CALIBRATED_INDEX = 1500


def _run_text(score: int | None, index: float | None) -> str:
    shown = "n/a" if score is None else str(score)
    return shown if index is None else f"{shown} ({index:.0f})"


def calibrated_runs_line(report: LighthouseReport) -> str:
    """How the runs made on a host as fast as Lighthouse's slowdown assumes scored, and how the others did."""
    runs = [(page.label, score, index) for page in report.pages for score, index in zip(page.performance_runs, page.run_indexes)]
    fast = [score for _, score, index in runs if index is not None and index >= CALIBRATED_INDEX]
    slow = [score for _, score, index in runs if index is None or index < CALIBRATED_INDEX]

    def summary(scores: list[int | None]) -> str:
        known = [score for score in scores if score is not None]
        passed = sum(1 for score in known if score >= TARGETS["performance"])
        lowest = f", lowest {min(known)}" if known else ""
        return f"{passed} of {len(scores)} at {TARGETS['performance']} or more{lowest}"

    return (
        f"Runs whose host had a CPU benchmark index of {CALIBRATED_INDEX} or more, the range Lighthouse's 4x slowdown "
        f"is set for: {summary(fast)}; runs on a slower moment of this shared machine: {summary(slow)}."
    )


def detail_lines(report: LighthouseReport) -> list[str]:
    """Notes, misses with their failing audits, unscored errors and any outside requests."""
    lines = [f"{page.label}: {page.note}." for page in report.pages if page.note]
    if report.runs > 1:
        runs = "; ".join(
            f"{page.label} " + ", ".join(_run_text(score, index) for score, index in zip(page.performance_runs, page.run_indexes))
            for page in report.pages
        )
        lines.append(f"Performance in each run (with Lighthouse's CPU benchmark index of that run): {runs}.")
        lines.append(calibrated_runs_line(report))
    for page in report.pages:
        for category, misses in page.misses.items():
            score = page.scores[category]
            head = f"MISS {page.label} ({page.path}), {CATEGORY_NAMES[category]} {score} < {TARGETS[category]}: "
            lines.append(head + ("; ".join(_miss_text(miss) for miss in misses) or "no single audit failed"))
            if category == "performance" and page.long_tasks:
                tasks = "; ".join(f"{name} {total:,.0f} ms in {count}" for name, total, count in page.long_tasks)
                lines.append(f"  {page.label}: long main-thread tasks (50 ms or more) by script: {tasks}")
            if category == "performance" and page.flagged:
                lines.append(f"  {page.label}: also flagged (not scored): " + "; ".join(_miss_text(miss) for miss in page.flagged))
    errors = sorted({error for page in report.pages for error in page.errors})
    if errors:
        wanted = _node_wanted()
        why = f" Lighthouse {report.lighthouse} asks for Node {wanted}; this machine runs {report.node}." if wanted else ""
        lines.append("Audits Lighthouse could not run: " + "; ".join(errors) + "." + why)
    warnings = sorted({warning for page in report.pages for warning in page.warnings})
    lines.extend(f"Lighthouse warning: {warning}" for warning in warnings)
    outside = sorted({url for page in report.pages for url in page.outside})
    lines.append(f"Requests outside 127.0.0.1: {', '.join(outside) if outside else 'none'}.")
    return lines


def table_rows(report: LighthouseReport) -> list[list[str]]:
    """Header row, then one row per page: label, path and the four scores with pass/MISS."""
    header = ["Page", "Path", *(CATEGORY_NAMES[name] for name in CATEGORIES)]
    return [header] + [
        [page.label, page.path, *(_cell(name, page.scores[name]) for name in CATEGORIES)] for page in report.pages
    ]


def format_text(report: LighthouseReport) -> str:
    table = table_rows(report)
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    rows = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in table]
    return "\n".join(["Lighthouse", "", *summary_lines(report), "", *rows, "", *detail_lines(report)]) + "\n"


def format_markdown(report: LighthouseReport, escape: Callable[[str], str]) -> str:
    table = table_rows(report)
    lines = [f"| {' | '.join(escape(cell) for cell in row)} |" for row in table]
    lines.insert(1, "|" + " --- |" * len(table[0]))
    details = [f"- {escape(line.strip())}" for line in detail_lines(report)]
    return "\n".join(["## Lighthouse", "", *summary_lines(report), "", *lines, "", *details]) + "\n"
