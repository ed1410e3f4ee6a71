"""The classroom blocks as Markdown in, HTML out, their author errors, and the vendored QR library."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from course.classroom.index import course_index
from course.pages import convert_page, make_markdown
from course.quiz.errors import QuizError

from conftest import ROOT

DOCS = ROOT / "docs"


def render(text: str, docs_dir: Path = DOCS) -> etree.Element:
    md = markdown.Markdown(extensions=["course.classroom"], extension_configs={"course.classroom": {"docs_dir": str(docs_dir)}})
    html, _ = convert_page(text, md)
    return etree.fromstring(f"<body>{html}</body>")


@pytest.mark.parametrize("name", ["assignment-builder", "hand-in", "progress-transfer", "class-overview"])
def test_each_block_renders_its_tool_hidden_behind_a_no_javascript_message(name):
    (block,) = render(f"/// {name}\n///\n")
    assert block.get("class") == f"classroom classroom--{name}" and block.get(f"data-classroom-{name}") == ""
    note, live = block
    assert "needs JavaScript" in note.text and "Nothing on this page is ever sent anywhere" in note.text
    assert live.get("hidden") == "hidden"
    labelled = {label.get("for") for label in block.iter("label")}
    fields = [field for field in block.iter() if field.tag in ("input", "textarea")]
    assert fields and all(field.get("id") in labelled for field in fields), "every field has a label"


def test_the_embedded_index_matches_the_quizzes(course_pages):
    (block,) = render("/// class-overview\n///\n")
    index = json.loads(block.get("data-classroom-index"))
    pages = course_pages
    assert [c["key"] for c in index["chapters"]] == [page.path.removesuffix(".md") for page in pages]
    assert [c["n"] for c in index["chapters"]] == list(range(1, len(pages) + 1))
    assert index["chapters"][0]["questions"][0] == [pages[0].questions[0].id, pages[0].questions[0].title]
    assert sum(len(c["questions"]) for c in index["chapters"]) == sum(len(p.questions) for p in pages)


def test_the_builder_offers_every_chapter_in_a_fieldset():
    (block,) = render("/// assignment-builder\n///\n")
    fieldset = block.find(".//fieldset")
    assert fieldset.find("legend").text == "Chapters to assign"
    boxes = fieldset.findall(".//input[@type='checkbox']")
    assert [box.get("value") for box in boxes] == [str(c.number) for c in course_index(str(DOCS))]


def test_the_index_is_rebuilt_when_a_chapter_changes(tmp_path):
    chapters = tmp_path / "chapters"
    chapters.mkdir()
    page = chapters / "01-only.md"
    quiz = "---\ntitle: Only\n---\n\n/// quiz | Q{n}\n    id: q-{n}\n\nWhy?\n\n- [x] Yes.\n    Because.\n- [ ] No.\n    Not so.\n///\n"
    page.write_text(quiz.format(n=1), encoding="utf-8")
    assert course_index(str(tmp_path))[0].questions[0].id == "q-1"
    page.write_text(quiz.format(n=2), encoding="utf-8")
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    assert course_index(str(tmp_path))[0].questions[0].id == "q-2"


@pytest.mark.parametrize(
    "body",
    ["/// hand-in | week 3\n///\n", "/// hand-in\n    title: x\n///\n", "/// hand-in\nSome words.\n///\n", "/// hand-in\n"],
)
def test_a_block_with_anything_extra_fails_naming_file_and_line(tmp_path, body):
    page = tmp_path / "progress.md"
    text = "---\ntitle: P\n---\n\nIntro.\n\n" + body
    page.write_text(text, encoding="utf-8")
    md = markdown.Markdown(extensions=["course.classroom"], extension_configs={"course.classroom": {"docs_dir": str(tmp_path)}})
    with pytest.raises(QuizError) as caught:
        convert_page(text, md)
    assert str(caught.value).startswith(f"{page}:7: write '/// hand-in' alone on its line")


def test_the_site_configuration_renders_the_progress_page():
    html, _ = convert_page((DOCS / "progress.md").read_text(encoding="utf-8"), make_markdown(str(DOCS)))
    assert "data-classroom-hand-in" in html and "data-classroom-progress-transfer" in html


def test_vendored_qr_library_matches_the_pinned_package():
    vendored = DOCS / "assets" / "vendor" / "qrcode-generator" / "qrcode.js"
    pinned = ROOT / "node_modules" / "qrcode-generator" / "dist" / "qrcode.js"
    assert pinned.is_file(), "run 'make test' (npm ci) to install the pinned qrcode-generator"
    assert vendored.read_bytes() == pinned.read_bytes()
    version = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["devDependencies"]["qrcode-generator"]
    assert version == json.loads((pinned.parent.parent / "package.json").read_text(encoding="utf-8"))["version"]
    licence = (vendored.parent / "LICENSE.txt").read_text(encoding="utf-8")
    assert f"qrcode-generator {version}" in licence and "Copyright (c) 2009 Kazuhiko Arase" in licence


CLASSROOM_SCRIPTS = sorted(f"classroom/{path.name}" for path in (ROOT / "course" / "assets" / "classroom").glob("*.js"))


@pytest.mark.parametrize("name", ["classroom.js", "course.css", *CLASSROOM_SCRIPTS])
def test_classroom_assets_name_no_other_host(name):
    text = (ROOT / "course" / "assets" / name).read_text(encoding="utf-8")
    assert not re.search(r"https?://|//[a-z0-9-]+\.[a-z]", text), name
    assert "fetch(" not in text and "XMLHttpRequest" not in text, "file:// forbids fetching local files"
