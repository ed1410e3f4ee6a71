"""What every benchmark shares: where the course is, one timed strict build, a local server, versions and load.

Builds run as ``sys.executable -m mkdocs`` in a child process (through
``course.package.strict_build``, the one wrapper the project has), so the
timings include everything ``make build`` pays for: interpreter start-up,
imports, theme and plugins. Every build writes into a folder the caller
chooses; ``docs/`` and ``site/`` are never touched.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import importlib.metadata
import io
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from course.package import strict_build

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
ASSETS = ROOT / "course" / "assets"

RE_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:")
#: MkDocs' own log line; its time leaves out interpreter start-up and imports.
RE_BUILT_IN = re.compile(r"Documentation built in ([0-9.]+) seconds")
#: Served compressed, like any static host; everything else is sent as it is.
COMPRESSED = frozenset({".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map"})

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Build:
    """One build: wall time of the whole command, and the time MkDocs itself logged."""

    wall: float
    reported: float | None


def build(config: Path, site_dir: Path, site_url: str | None = None) -> Build:
    """Run one strict build of ``config`` into ``site_dir`` and time it; a failed build stops the benchmark.

    ``site_url`` sets ``SITE_URL`` for the build, for sites that are then served locally.
    """
    started = time.perf_counter()
    result = strict_build(site_dir, config, site_url)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"strict build of {config} failed:\n{result.stderr}")
    logged = RE_BUILT_IN.search(result.stderr)
    return Build(wall=elapsed, reported=float(logged.group(1)) if logged else None)


# --- The course's mkdocs.yml, read as text ----------------------------------------


def top_level_entry(config_text: str, key: str) -> str | None:
    """The text of one top-level key of a YAML file, its indented lines included.

    Reading ``mkdocs.yml`` as text keeps the benchmarks free of PyYAML and copies
    the ``nav`` exactly as written, comments and all.
    """
    lines = config_text.splitlines()
    for index, line in enumerate(lines):
        match = RE_TOP_LEVEL_KEY.match(line)
        if match and match.group(1) == key:
            end = index + 1
            while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t#-"):
                end += 1
            while end > index + 1 and not lines[end - 1].strip():
                end -= 1
            return "\n".join(lines[index:end])
    return None


def docs_dir_of(config_text: str, folder: Path = CONFIG.parent) -> Path:
    """The ``docs_dir`` of a ``mkdocs.yml`` in ``folder`` (MkDocs' default: ``docs``)."""
    entry = top_level_entry(config_text, "docs_dir")
    value = entry.split(":", 1)[1].strip().strip("'\"") if entry else ""
    return folder / (value or "docs")


# --- The machine ----------------------------------------------------------------------


def load_average() -> str:
    """The 1, 5 and 15-minute load averages: other work on the machine makes timings noisy."""
    try:
        return ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


def package_version(package: str) -> str:
    """The installed version of a Python package."""
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def command_version(command: list[str]) -> str:
    """The last line a ``--version`` command prints (Chromium, Node)."""
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except OSError:
        return "unknown"
    return (result.stdout.strip() or "unknown").splitlines()[-1]


# --- Serving a built site ---------------------------------------------------------------


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files over HTTP/1.1, text compressed with gzip when the client accepts it."""

    protocol_version = "HTTP/1.1"
    cache: dict[Path, bytes] = {}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature from the base class
        pass

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in COMPRESSED or not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        if path not in self.cache:
            self.cache[path] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        body = self.cache[path]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port), gzip-compressed as any static host would, and yield its address.

    The port is chosen before anything is built, so the site can be built with
    this address as its ``site_url``; the folder only has to exist by the
    first request.
    """
    handler = functools.partial(type("Handler", (_GzipHandler,), {"cache": {}}), directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def escape_cell(text: str) -> str:
    """A Markdown table cell's text with its pipes escaped, so a value cannot split the row."""
    return text.replace("|", "\\|")


def check(config: Path) -> float:
    """Wall time of one ``python -m course check`` of the course's docs (``make check``), in the config's folder.

    Problems the check finds (exit 1) do not stop the benchmark: the time is the same.
    """
    docs = docs_dir_of(config.read_text(encoding="utf-8"), config.parent)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "course", "check", str(docs)],
        cwd=config.parent,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"python -m course check failed:\n{result.stderr}")
    return elapsed
