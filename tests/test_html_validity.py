"""HTML validity: the Nu Html Checker (vnu) finds no errors on any built page.

vnu runs once over every page of the strict build of the real course. The only
errors it may report are the few that Material for MkDocs writes itself and that
cannot be removed without forking a whole Material template; each is listed with
its reason and source in ``tests/vnu_allowlist.yaml``. Everything our templates
(``overrides/``), the quiz extension (``course/quiz/``) and the chapters produce
must be valid.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ALLOWLIST = Path(__file__).with_name("vnu_allowlist.yaml")

Message = dict[str, Any]


def java() -> str:
    """The system Java; its absence is a failure, not a skip."""
    path = shutil.which("java")
    if path is None:
        pytest.fail("Java is missing: run 'make test' as root or 'sudo apt-get install default-jre-headless'", pytrace=False)
    return path


def run_vnu(pages: list[Path]) -> list[Message]:
    """Check all ``pages`` in one vnu run and return its error messages."""
    assert pages, "no HTML pages to check"
    java_path = java()
    if not VNU.is_file():
        pytest.fail("vnu.jar is missing: run 'make test' (npm ci) to install the pinned vnu-jar", pytrace=False)
    result = subprocess.run(
        [java_path, "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html", *(str(page.resolve()) for page in pages)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )
    try:
        report = json.loads(result.stderr)  # vnu writes its JSON report to stderr
    except json.JSONDecodeError:
        pytest.fail(f"vnu gave no JSON report (exit code {result.returncode}):\n{result.stderr}\n{result.stdout}")
    # "non-document-error" means vnu could not read or parse a file at all.
    return [message for message in report["messages"] if message["type"] in ("error", "non-document-error")]


def markup(message: Message) -> str:
    """The exact markup vnu highlights for ``message``."""
    start, length = message.get("hiliteStart"), message.get("hiliteLength")
    extract = message.get("extract", "")
    return extract[start : start + length] if start is not None and length is not None else extract


def load_allowlist() -> list[dict[str, str]]:
    entries = yaml.safe_load(ALLOWLIST.read_text(encoding="utf-8")) or []
    for entry in entries:
        assert set(entry) == {"message", "markup", "source", "reason"}, f"{ALLOWLIST.name}: {entry}"
        assert all(isinstance(value, str) and value.strip() for value in entry.values()), f"{ALLOWLIST.name}: {entry}"
        re.compile(entry["markup"])
    return entries


def allowed_by(entry: dict[str, str], message: Message) -> bool:
    return message["message"] == entry["message"] and re.fullmatch(entry["markup"], markup(message)) is not None


def not_allowed(messages: list[Message], allowlist: list[dict[str, str]]) -> list[Message]:
    return [message for message in messages if not any(allowed_by(entry, message) for entry in allowlist)]


def page_path(message: Message) -> Path:
    """The file a vnu message is about (vnu reports it as a ``file:`` URL)."""
    return Path(unquote(message.get("url", "").removeprefix("file:")))


def describe(message: Message, root: Path) -> str:
    path, root = page_path(message), root.resolve()
    where = path.relative_to(root) if path.is_relative_to(root) else path
    line = message.get("lastLine", message.get("firstLine", "?"))
    return f"{where}:{line}: {message['message']}\n    {markup(message).strip()}"


#: The kinds of mistake a template or an extension can make: an unescaped quote in
#: an attribute, a stray end tag, an empty tabindex, autocomplete on a checkbox.
INVALID = """<!doctype html>
<html lang="en">
<head><title>Invalid</title><meta name="description" content="What "deepfake" means"></head>
<body>
<label for="x" tabindex="">A label</label>
<input type="checkbox" id="x" autocomplete="off">
<p>An unclosed span</span></p>
</body>
</html>
"""

#: Material's own markup, exactly as it appears on every page; the allow-list covers it.
MATERIAL = """<!doctype html>
<html lang="en">
<head><title>Material</title></head>
<body>
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
<nav><ul><li>
<input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_2" checked>
<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">Chapters</label>
</li></ul></nav>
</body>
</html>
"""


def under(messages: list[Message], folder: Path) -> list[Message]:
    folder = folder.resolve()
    return [message for message in messages if page_path(message).is_relative_to(folder)]


@pytest.fixture(scope="module")
def checked(site: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Message], Path]:
    """One vnu run over every page of the site, plus two known pages in a
    separate folder that show the same run can report errors."""
    known = tmp_path_factory.mktemp("vnu-known")
    (known / "invalid.html").write_text(INVALID, encoding="utf-8")
    (known / "material.html").write_text(MATERIAL, encoding="utf-8")
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10, pages
    messages = run_vnu([*pages, known / "invalid.html", known / "material.html"])
    stray = [message for message in messages if message not in under(messages, site) + under(messages, known)]
    assert not stray, f"vnu reported files that were not given to it: {stray}"
    return messages, known


def report(request: pytest.FixtureRequest) -> tuple[list[Message], Path]:
    """The ``checked`` run; without Java each test fails (not errors in setup) with the fix."""
    java()
    return request.getfixturevalue("checked")


def site_report(request: pytest.FixtureRequest, site: Path) -> list[Message]:
    return under(report(request)[0], site)


def test_every_page_is_valid_html(request: pytest.FixtureRequest, site: Path) -> None:
    site_messages = site_report(request, site)
    remaining = not_allowed(site_messages, load_allowlist())
    listing = "\n".join(describe(message, site) for message in remaining)
    assert not remaining, f"{len(remaining)} Nu Html Checker error(s) not in {ALLOWLIST.name}:\n{listing}"


def test_every_allowlist_entry_is_still_needed(request: pytest.FixtureRequest, site: Path) -> None:
    site_messages = site_report(request, site)
    unused = [entry["message"] for entry in load_allowlist() if not any(allowed_by(entry, m) for m in site_messages)]
    assert not unused, f"these {ALLOWLIST.name} entries match nothing on the site any more; remove them: {unused}"


def test_the_same_run_reports_invalid_html_even_if_it_looks_like_materials(request: pytest.FixtureRequest) -> None:
    messages, known = report(request)
    allowlist = load_allowlist()

    def from_page(name: str) -> list[Message]:
        return [message for message in messages if page_path(message) == (known / name).resolve()]

    invalid = from_page("invalid.html")
    texts = " | ".join(message["message"] for message in invalid)
    assert "Quote “\"” in attribute name" in texts, texts
    assert "Stray end tag “span”" in texts, texts
    # Errors of the allow-listed kinds outside Material's exact markup still fail.
    assert any("tabindex" in message["message"] for message in invalid), texts
    assert any("autocomplete" in message["message"] for message in invalid), texts
    assert not_allowed(invalid, allowlist) == invalid

    material = from_page("material.html")
    assert len(material) == 3, [describe(message, known) for message in material]
    assert not_allowed(material, allowlist) == []
