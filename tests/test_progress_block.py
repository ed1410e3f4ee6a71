"""The progress block's static markup for first tries and practice, and the options' stable keys (no browser)."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as etree
from pathlib import Path

from course.pages import convert_page, make_markdown
from course.quiz.render import option_key

GOLDEN = Path(__file__).resolve().parent / "golden" / "quiz"

CHAPTER = """---
title: One
---

# One

{quiz}
"""


def rendered(tmp_path: Path) -> etree.Element:
    (tmp_path / "chapters").mkdir()
    quiz = (GOLDEN / "single.md").read_text(encoding="utf-8")
    (tmp_path / "chapters" / "01-one.md").write_text(CHAPTER.format(quiz=quiz), encoding="utf-8")
    page = "/// progress\n- [One](chapters/01-one.md)\n- [Elsewhere](chapters/02-missing.md)\n///\n"
    (tmp_path / "progress.md").write_text(page, encoding="utf-8")
    html, _ = convert_page(page, make_markdown(str(tmp_path)))
    return etree.fromstring(f"<body>{html}</body>".replace("&para;", "\u00b6"))


def test_rows_name_their_current_questions_and_the_practice_list_links_each_question(tmp_path):
    body = rendered(tmp_path)
    rows = body.findall(".//table[@class='course-progress__chapters']/tbody/tr")
    assert rows[0].get("data-questions") == "slowed-speech"
    assert rows[1].get("data-questions") is None, "a chapter that is not found has no question list"
    missed = body.find(".//div[@data-course-missed]")
    assert missed.find("h2").text.startswith("Practise what you missed")
    note = missed.find("p[@class='course-progress__missed-note']")
    assert note.get("role") == "status" and note.text.startswith("With JavaScript on, this lists the questions you got wrong")
    (group,) = missed.findall("div[@class='course-progress__missed-chapter']")
    assert group.get("hidden") == "hidden" and group.find("p/a").text == "One"
    assert group.find("p/a").get("href") == "chapters/01-one.md"
    (item,) = group.findall("ul/li")
    assert item.get("data-question") == "slowed-speech" and item.get("hidden") == "hidden"
    link = item.find("a")
    assert link.get("href") == "chapters/01-one.md#quiz-slowed-speech"
    assert link.text == "Question 1: Who made the slowed-down video?"
    assert item.find("span[@class='course-progress__practised']") is not None


def test_option_keys_are_short_hashes_of_the_label_text():
    label = "The clip was slowed down and its pitch adjusted."
    assert option_key(label) == hashlib.sha256(label.encode()).hexdigest()[:8]
    assert option_key("  The clip was slowed\n down and its pitch adjusted. ") == option_key(label), "spacing does not count"
    html = (GOLDEN / "single.html").read_text(encoding="utf-8")
    assert f'data-key="{option_key(label)}"' in html
