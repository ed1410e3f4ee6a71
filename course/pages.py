"""Markdown to HTML for course pages, configured exactly as the site is.

The extension list and options are read from ``mkdocs.yml`` so tests, the
``check`` command and the site build cannot drift apart. Conversion is a pure
function of the page text: no site build, no theme.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown
import yaml
from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import get_yaml_loader

ROOT = Path(__file__).resolve().parent.parent


def markdown_settings(config_file: Path = ROOT / "mkdocs.yml") -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The ``markdown_extensions`` of ``mkdocs.yml`` as Python-Markdown arguments."""
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=get_yaml_loader())  # noqa: S506 - MkDocs' safe loader with !ENV
    names: list[str] = []
    settings: dict[str, dict[str, Any]] = {}
    for entry in config.get("markdown_extensions", []):
        if isinstance(entry, dict):
            (name, options), = entry.items()
            names.append(name)
            settings[name] = dict(options or {})
        else:
            names.append(entry)
    return names, settings


def make_markdown(
    docs_dir: str | None = None, config_file: Path = ROOT / "mkdocs.yml", items: str | None = None
) -> markdown.Markdown:
    """A Markdown converter with the site's extensions; ``docs_dir`` and ``items`` override the quiz's.

    The course lints that the site build runs from the quiz extension stay off
    here: ``python -m course check`` runs them itself, and pages converted
    inside a build (answer keys, the whole course) must not start them again.
    """
    names, settings = markdown_settings(config_file)
    if "course.quiz" in settings:
        settings["course.quiz"]["lint"] = False
    if docs_dir is not None:
        settings.setdefault("course.quiz", {})["docs_dir"] = docs_dir
    if items is not None:
        settings.setdefault("course.quiz", {})["items"] = items
    return markdown.Markdown(extensions=names, extension_configs=settings)


def convert_page(source: str, md: markdown.Markdown) -> tuple[str, dict[str, Any]]:
    """Strip front matter as MkDocs does, convert the body, return HTML and metadata."""
    body, meta = get_data(source)
    md.reset()
    return md.convert(body), meta
