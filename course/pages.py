"""Markdown to HTML for course pages, configured exactly as the site is.

The extension list and options are read from the site's ``mkdocs.yml`` so
tests, the ``check`` command and the site build cannot drift apart.
Conversion is a pure function of the page text: no site build, no theme.

The configuration is found the way the extensions' own folder options
(``docs_dir``, ``items``) are: relative to the folder MkDocs runs in, never
from where this package is installed, so an installed (not editable) copy
of the package converts pages like the checkout's own.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import markdown
import yaml
from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import get_yaml_loader

CONFIG_NAME = "mkdocs.yml"

#: Parsed configurations by resolved path, with the (mtime, size) they were read at.
_SETTINGS: dict[Path, tuple[tuple[int, int], tuple[list[str], dict[str, dict[str, Any]]]]] = {}


def find_config(docs_dir: str | Path | None = None) -> Path:
    """The ``mkdocs.yml`` of the site whose pages under ``docs_dir`` are converted.

    MkDocs reads ``mkdocs.yml`` from the folder it runs in, and the course
    extensions' options (``docs_dir: docs``, ``items: demos/items.yaml``) are
    paths from that folder too; so that file comes first. Failing that (a
    script run from elsewhere), the nearest ``mkdocs.yml`` in or above
    ``docs_dir``'s parent.
    """
    here = Path(CONFIG_NAME)
    if here.is_file():
        return here.resolve()
    if docs_dir:
        for folder in Path(docs_dir).resolve().parents:
            if (folder / CONFIG_NAME).is_file():
                return folder / CONFIG_NAME
    raise FileNotFoundError(
        f"no {CONFIG_NAME} in {Path.cwd()}" + (f" or above {docs_dir}" if docs_dir else "")
        + ": run from the site's folder, as MkDocs is"
    )


def markdown_settings(config_file: Path | None = None) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The ``markdown_extensions`` of ``mkdocs.yml`` as Python-Markdown arguments (a fresh copy to change).

    The file is parsed again only when it changes, so a build that converts
    many pages reads it once.
    """
    path = (config_file or find_config()).resolve()
    status = path.stat()
    stamp = (status.st_mtime_ns, status.st_size)
    cached = _SETTINGS.get(path)
    if cached is None or cached[0] != stamp:
        cached = (stamp, _read_settings(path))
        _SETTINGS[path] = cached
    return copy.deepcopy(cached[1])


def _read_settings(config_file: Path) -> tuple[list[str], dict[str, dict[str, Any]]]:
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
    docs_dir: str | None = None, config_file: Path | None = None, items: str | None = None
) -> markdown.Markdown:
    """A Markdown converter with the site's extensions; ``docs_dir`` and ``items`` override the quiz's.

    ``config_file`` defaults to the site's ``mkdocs.yml`` (see ``find_config``).
    The course lints that the site build runs from the quiz extension stay off
    here: ``python -m course check`` runs them itself, and pages converted
    inside a build (answer keys, the whole course) must not start them again.
    """
    names, settings = markdown_settings(config_file or find_config(docs_dir))
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
