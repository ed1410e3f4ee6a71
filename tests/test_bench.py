"""The benchmarks (``python -m benchmarks``): the baseline must really be the course without its quizzes,
the generated stress course must be valid, and the benchmarks stay out of the ``course`` package."""

from __future__ import annotations

import ast
import tomllib

import pytest

from benchmarks.run import strip_quiz_blocks

from conftest import ROOT


def test_strips_every_quiz_and_keeps_the_rest() -> None:
    chapter = (ROOT / "docs" / "chapters" / "01-what-is-a-deepfake.md").read_text(encoding="utf-8")
    stripped = strip_quiz_blocks(chapter)
    assert "/// quiz" not in stripped and "- [x]" not in stripped
    assert stripped.startswith(chapter[: chapter.index("/// quiz")].rstrip())


def test_keeps_nested_blocks_outside_quizzes_and_code_examples() -> None:
    text = "```\n/// quiz | Example\n///\n```\n\n/// quiz | Q\n/// details | Inner\nx\n///\n- [x] A\n///\n\n/// note\nkept\n///\n"
    assert strip_quiz_blocks(text) == "```\n/// quiz | Example\n///\n```\n\n\n/// note\nkept\n///\n"


def test_unclosed_block_is_an_error() -> None:
    with pytest.raises(ValueError, match="page.md:1"):
        strip_quiz_blocks("/// quiz | Q\n- [x] A\n", "page.md")


# --- Scale: the generated stress course --------------------------------------------


def test_stress_chapter_has_the_requested_number_of_valid_questions(tmp_path) -> None:
    from benchmarks.scale import PER_CHAPTER, chapter_path, write_course
    from course.pages import convert_page, make_markdown

    write_course(tmp_path, 2)
    md = make_markdown(str(tmp_path / "docs"))  # checks each quiz, and the drawings against this docs folder
    for chapter in (1, 2):
        html, meta = convert_page((tmp_path / "docs" / chapter_path(chapter)).read_text(encoding="utf-8"), md)
        assert html.count('class="quiz quiz--') == PER_CHAPTER
        assert meta["title"] == f"Stress chapter {chapter}"
        for kind in ("single", "multiple", "true-false", "real-or-fake"):
            assert f'class="quiz quiz--{kind}"' in html
        assert 0 < html.count('class="quiz__confidence') < PER_CHAPTER
        assert html.count('class="quiz__explanation"') == html.count('class="quiz__option"')


def test_stress_page_can_hold_a_hundred_questions() -> None:
    from benchmarks.scale import chapter_page
    from course.pages import convert_page, make_markdown

    html, _ = convert_page(chapter_page(1, 100), make_markdown(""))  # no docs folder: drawings unchecked
    assert html.count('class="quiz quiz--') == 100
    assert html.count("data-quiz-results") == 1


def test_stress_config_keeps_the_real_markdown_settings_and_replaces_the_nav(tmp_path) -> None:
    from benchmarks.scale import chapter_path, write_course
    from course.pages import markdown_settings

    config = write_course(tmp_path, 3)
    assert markdown_settings(config) == markdown_settings(ROOT / "mkdocs.yml")
    text = config.read_text(encoding="utf-8")
    assert "chapters/01-what-is-a-deepfake.md" not in text
    assert all(chapter_path(chapter) in text for chapter in (1, 2, 3))


def test_scale_ratio_compares_per_question_times_above_the_empty_course() -> None:
    from benchmarks.scale import ScalePoint, ScaleReport

    points = [ScalePoint(0, 0, [1.0], [0.5]), ScalePoint(100, 5, [2.0], [1.5]), ScalePoint(1000, 50, [12.0], [10.5])]
    report = ScaleReport(points=points, repeat=1, init_new=[1.0], init_returning=[2.0], init_questions=100)
    assert report.marginal(points[1]) == pytest.approx(0.01)
    assert report.ratio == pytest.approx(1.0)


# --- Lighthouse: reading its JSON ---------------------------------------------------


def _lhr(performance: float) -> dict:
    return {
        "categories": {
            "performance": {"score": performance, "auditRefs": [
                {"id": "total-blocking-time", "weight": 30}, {"id": "cumulative-layout-shift", "weight": 25},
                {"id": "render-blocking-insight", "weight": 0}]},
            "accessibility": {"score": 0.96, "auditRefs": [{"id": "color-contrast", "weight": 7}, {"id": "image-alt", "weight": 10}]},
            "best-practices": {"score": 1, "auditRefs": []},
            "seo": {"score": None, "auditRefs": []},
        },
        "audits": {
            "total-blocking-time": {"score": 0.5, "displayValue": "600\u00a0ms", "title": "Total Blocking Time"},
            "cumulative-layout-shift": {"score": 1, "displayValue": "0"},
            "render-blocking-insight": {"score": 0, "displayValue": "Est savings of 450 ms", "metricSavings": {"FCP": 450, "LCP": 0}},
            "color-contrast": {"score": 0, "title": "Contrast"},
            "image-alt": {"score": 1},
            "network-requests": {"details": {"items": [{"url": "http://127.0.0.1:8000/index.html"}, {"url": "data:image/svg+xml,x"}, {"url": "https://example.org/font.woff2"}]}},
            "legacy-javascript-insight": {"scoreDisplayMode": "error", "errorMessage": "boom"},
            "long-tasks": {"details": {"items": [
                {"url": "http://127.0.0.1:8000/assets/b.js", "duration": 120}, {"url": "http://127.0.0.1:8000/assets/b.js", "duration": 80},
                {"url": "Unattributable", "duration": 60}]}},
        },
    }


def test_lighthouse_scores_and_misses_from_a_small_report() -> None:
    from benchmarks.lighthouse import category_misses, category_scores, errored_audits, long_tasks_by_script, outside_requests

    lhr = _lhr(0.874)
    assert category_scores(lhr) == {"performance": 87, "accessibility": 96, "best-practices": 100, "seo": None}
    assert [miss.id for miss in category_misses(lhr, "accessibility")] == ["color-contrast"]
    (tbt,) = category_misses(lhr, "performance")
    assert (tbt.id, tbt.display, tbt.weight) == ("total-blocking-time", "600 ms", 30)
    assert outside_requests(lhr) == ["https://example.org/font.woff2"]
    assert errored_audits(lhr) == ["legacy-javascript-insight (weight 0): boom"]
    assert long_tasks_by_script(lhr) == [("assets/b.js", 200.0, 2), ("Unattributable", 60.0, 1)]


def test_lighthouse_keeps_the_median_run_and_marks_misses() -> None:
    from benchmarks.lighthouse import page_result

    result = page_result("Home", "index.html", "", [_lhr(0.99), _lhr(0.80), _lhr(0.90)])
    assert result.scores["performance"] == 90
    assert result.performance_runs == [99, 80, 90]
    assert set(result.misses) == {"performance", "accessibility", "seo"}
    assert [miss.id for miss in result.flagged] == ["render-blocking-insight"]
    assert result.outside == ["https://example.org/font.woff2"]


def test_lighthouse_runs_are_shown_with_their_hosts_speed() -> None:
    """Lighthouse slows the CPU 4x whatever the host: runs on a slow moment of a shared machine are told apart."""
    from benchmarks.lighthouse import LighthouseReport, detail_lines, page_result

    def run(performance: float, index: float) -> dict:
        return {**_lhr(performance), "environment": {"benchmarkIndex": index}}

    pages = [
        page_result("Home", "index.html", "", [run(0.99, 1900), run(0.91, 1100), run(0.97, 1600)]),
        page_result("Glossary", "glossary.html", "", [run(0.94, 1550), run(0.88, 990), run(0.96, 2000)]),
    ]
    report = LighthouseReport(pages=pages, runs=3, lighthouse="13", chrome="c", node="n", load="0")
    lines = detail_lines(report)
    assert "Home 99 (1900), 91 (1100), 97 (1600); Glossary 94 (1550), 88 (990), 96 (2000)." in lines[0]
    assert lines[1] == (
        "Runs whose host had a CPU benchmark index of 1500 or more, the range Lighthouse's 4x slowdown is set for: "
        "3 of 4 at 95 or more, lowest 94; runs on a slower moment of this shared machine: 0 of 2 at 95 or more, lowest 88."
    )


def test_stress_course_builds_strictly(tmp_path) -> None:
    """The stress course must build with the real configuration (every extension's files included)."""
    from benchmarks.scale import write_course
    from course.package import strict_build

    config = write_course(tmp_path / "course", 2, questions=3)
    result = strict_build(tmp_path / "site", config)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "chapters").is_dir()


# --- Where the benchmarks live ------------------------------------------------------


def _imports(path) -> set[str]:
    """The modules a file imports, relative imports written as ``.name``."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            found.update(f"{base}.{alias.name}" if not node.module else base for alias in node.names)
    return found


def test_the_course_package_holds_no_benchmark_or_test_code() -> None:
    assert not list((ROOT / "course").rglob("bench*.py"))
    for path in (ROOT / "course").rglob("*.py"):
        imported = _imports(path)
        assert not any(name.split(".")[0] in ("benchmarks", "tests", "conftest") for name in imported), path
    with (ROOT / "pyproject.toml").open("rb") as handle:
        find = tomllib.load(handle)["tool"]["setuptools"]["packages"]["find"]
    assert "benchmarks*" in find["exclude"] and not any(name.startswith("bench") for name in find["include"])


def test_benchmark_modules_import_each_other_without_a_cycle() -> None:
    """``common`` and ``browser`` import no other benchmark; the measurements import only those two; ``run`` imports them all."""
    allowed = {
        "common": set(),
        "browser": set(),
        "lighthouse": {"common", "browser"},
        "scale": {"common", "browser"},
        "run": {"common", "browser", "lighthouse", "scale"},
        "__main__": {"run"},
    }
    folder = ROOT / "benchmarks"
    assert {path.stem for path in folder.glob("*.py")} - {"__init__"} == set(allowed)
    for name, may in allowed.items():
        imported = _imports(folder / f"{name}.py")
        local = {module.lstrip(".").split(".")[0] for module in imported if module.startswith(".") or module.startswith("benchmarks")}
        local.discard("benchmarks")
        assert local <= may, f"benchmarks/{name}.py imports {sorted(local - may)}"
        assert "course.package" in imported or name != "common", "one strict-build wrapper: course.package.strict_build"


def test_no_course_script_is_over_400_lines() -> None:
    """One file per tool or widget, each small enough to read whole; shared pieces go in their own module."""
    from benchmarks.common import ASSETS

    scripts = sorted(ASSETS.rglob("*.js"))
    assert len(scripts) >= 10
    long = {str(path.relative_to(ASSETS)): n for path in scripts if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long, f"split these scripts: {long}"


def test_quiz_assets_stay_within_their_gzip_budget() -> None:
    """quiz.js and quiz.css ship on every page: together at most 8 KB gzipped, as make bench reports."""
    from benchmarks.common import ASSETS
    from benchmarks.run import QUIZ_FILES, TARGET_BYTES, _target_verdict, gzip_size

    total = sum(gzip_size((ASSETS / name).read_bytes()) for name in QUIZ_FILES)
    assert _target_verdict(TARGET_BYTES).startswith("within target")
    assert _target_verdict(TARGET_BYTES + 1).startswith("OVER target")
    assert total <= TARGET_BYTES, f"quiz.js + quiz.css: {_target_verdict(total)}"


def test_the_configuration_is_found_from_the_site_folder_not_the_package(tmp_path, monkeypatch) -> None:
    """An installed (not editable) package must read the mkdocs.yml MkDocs runs with, not one beside itself."""
    from course.pages import find_config, markdown_settings

    site = tmp_path / "site"
    (site / "docs" / "chapters").mkdir(parents=True)
    (site / "mkdocs.yml").write_text("markdown_extensions:\n  - tables\n  - course.quiz:\n      docs_dir: docs\n", encoding="utf-8")
    monkeypatch.chdir(site)
    assert find_config("docs") == (site / "mkdocs.yml").resolve()
    assert markdown_settings() == (["tables", "course.quiz"], {"course.quiz": {"docs_dir": "docs"}})
    monkeypatch.chdir(tmp_path)  # no mkdocs.yml here: the one above the docs folder
    assert find_config(site / "docs" / "chapters") == site / "mkdocs.yml"


def test_saved_answers_are_a_version_2_store_of_first_tries() -> None:
    """The returning reader of the start-up timing needs answers quiz.js restores: version 2, option keys."""
    import json

    from benchmarks.scale import saved_answers

    store = json.loads(saved_answers("chapters/stress-001", [("q0001", "a1"), ("q0002", "b2")]))
    assert store["version"] == 2
    page = store["pages"]["chapters/stress-001"]
    assert page["total"] == 2
    assert page["answers"]["q0001"] == {"first": {"chosen": ["a1"], "correct": False, "confidence": 2}, "retry": None, "practised": False}
    assert "var VERSION = 2;" in (ROOT / "course" / "assets" / "quiz.js").read_text(encoding="utf-8"), "quiz.js stores another version now"
