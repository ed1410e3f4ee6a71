"""The benchmark's baseline must really be the course without its quizzes."""

from __future__ import annotations

import pytest

from conftest import ROOT
from course.bench import strip_quiz_blocks


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
    from course.bench_scale import PER_CHAPTER, chapter_path, write_course
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
    from course.bench_scale import chapter_page
    from course.pages import convert_page, make_markdown

    html, _ = convert_page(chapter_page(1, 100), make_markdown(""))  # no docs folder: drawings unchecked
    assert html.count('class="quiz quiz--') == 100
    assert html.count("data-quiz-results") == 1


def test_stress_config_keeps_the_real_markdown_settings_and_replaces_the_nav(tmp_path) -> None:
    from course.bench_scale import chapter_path, write_course
    from course.pages import markdown_settings

    config = write_course(tmp_path, 3)
    assert markdown_settings(config) == markdown_settings(ROOT / "mkdocs.yml")
    text = config.read_text(encoding="utf-8")
    assert "chapters/01-what-is-a-deepfake.md" not in text
    assert all(chapter_path(chapter) in text for chapter in (1, 2, 3))


def test_scale_ratio_compares_per_question_times_above_the_empty_course() -> None:
    from course.bench_scale import ScalePoint, ScaleReport

    points = [ScalePoint(0, 0, [1.0], [0.5]), ScalePoint(100, 5, [2.0], [1.5]), ScalePoint(1000, 50, [12.0], [10.5])]
    report = ScaleReport(points=points, repeat=1, init_new=[1.0], init_returning=[2.0], init_questions=100)
    assert report.marginal(points[1]) == pytest.approx(0.01)
    assert report.ratio == pytest.approx(1.0)


# --- Lighthouse: reading its JSON ---------------------------------------------------


def _lhr(performance: float) -> dict:
    return {
        "categories": {
            "performance": {"score": performance, "auditRefs": [{"id": "total-blocking-time", "weight": 30}, {"id": "cumulative-layout-shift", "weight": 25}, {"id": "render-blocking-insight", "weight": 0}]},
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
            "long-tasks": {"details": {"items": [{"url": "http://127.0.0.1:8000/assets/b.js", "duration": 120}, {"url": "http://127.0.0.1:8000/assets/b.js", "duration": 80}, {"url": "Unattributable", "duration": 60}]}},
        },
    }


def test_lighthouse_scores_and_misses_from_a_small_report() -> None:
    from course.bench_lighthouse import category_misses, category_scores, errored_audits, long_tasks_by_script, outside_requests

    lhr = _lhr(0.874)
    assert category_scores(lhr) == {"performance": 87, "accessibility": 96, "best-practices": 100, "seo": None}
    assert [miss.id for miss in category_misses(lhr, "accessibility")] == ["color-contrast"]
    (tbt,) = category_misses(lhr, "performance")
    assert (tbt.id, tbt.display, tbt.weight) == ("total-blocking-time", "600 ms", 30)
    assert outside_requests(lhr) == ["https://example.org/font.woff2"]
    assert errored_audits(lhr) == ["legacy-javascript-insight (weight 0): boom"]
    assert long_tasks_by_script(lhr) == [("assets/b.js", 200.0, 2), ("Unattributable", 60.0, 1)]


def test_lighthouse_keeps_the_median_run_and_marks_misses() -> None:
    from course.bench_lighthouse import page_result

    result = page_result("Home", "index.html", "", [_lhr(0.99), _lhr(0.80), _lhr(0.90)])
    assert result.scores["performance"] == 90
    assert result.performance_runs == [99, 80, 90]
    assert set(result.misses) == {"performance", "accessibility", "seo"}
    assert [miss.id for miss in result.flagged] == ["render-blocking-insight"]
    assert result.outside == ["https://example.org/font.woff2"]


def test_stress_course_builds_strictly(tmp_path) -> None:
    """The stress course must build with the real configuration (every extension's files included)."""
    from conftest import build_site
    from course.bench_scale import write_course

    config = write_course(tmp_path / "course", 2, questions=3)
    result = build_site(tmp_path / "site", config=config)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "chapters").is_dir()
