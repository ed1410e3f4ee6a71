"""``python -m course.package``: the offline package, a zip of the built course.

Schools without reliable internet (or with filters that block a new site)
can copy one file onto laptops or a shared drive, unzip it and open
``index.html`` from disk: navigation, search, quizzes and progress all work
from ``file://`` (MkDocs Material's offline plugin and the course's own
scripts make sure of that; ``tests/test_package.py`` checks it).

The zip is reproducible: entries are sorted and carry a fixed date and
permissions, so the same sources always give the same bytes and a teacher
can compare a copy with a published checksum.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

from .pages import find_config

NAME = "deepfake-literacy-course"
#: Zip entries get this date; zip cannot store anything before 1980.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)

READ_ME = """\
Deepfake literacy: an open course (version {version})

Open index.html in this folder with any web browser. Everything works
without an internet connection: chapters, search, quizzes and the
"My progress" page. Progress is kept only in this browser on this device.

Course text and figures: CC BY-SA 4.0. Code: MIT. See LICENSE in the
course's source repository for details.
"""


def version(config_file: Path | None = None) -> str:
    """The course version, from the ``pyproject.toml`` next to ``mkdocs.yml`` (also shown in the site footer).

    An installed copy of the package run outside a checkout falls back on its own installed version.
    """
    project = (config_file or find_config()).parent / "pyproject.toml"
    if project.is_file():
        with project.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    return importlib.metadata.version(NAME)


def strict_build(destination: Path, config_file: Path | None = None, site_url: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` of ``config_file`` (default: ``mkdocs.yml`` here) into ``destination``.

    MkDocs runs in a child process from the configuration's folder, as
    ``make build`` runs it, so relative paths in ``mkdocs.yml`` mean the same.
    ``site_url`` sets ``SITE_URL`` for a site served from another address.
    The result is returned, failed or not; ``build_site`` stops on a failure.
    """
    config = (config_file or find_config()).resolve()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config), "--site-dir", str(destination)],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
    )


def build_site(destination: Path) -> None:
    """A strict MkDocs build of the course into ``destination``; build errors stop the packaging."""
    result = strict_build(destination)
    if result.returncode != 0:
        raise SystemExit(f"the site did not build, so no package was made:\n{result.stderr}")


def write_zip(site: Path, target: Path, folder: str) -> Path:
    """Zip ``site`` into ``target`` under one top-level ``folder``, byte-for-byte reproducibly."""
    target.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(path for path in site.rglob("*") if path.is_file())
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        entries = [(f"{folder}/README.txt", READ_ME.format(version=version()).encode("utf-8"))]
        entries += [(f"{folder}/{path.relative_to(site).as_posix()}", path.read_bytes()) for path in files]
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)
    return target


def package(out_dir: Path, site: Path | None = None) -> Path:
    """Build the course (unless ``site`` is an existing build) and zip it into ``out_dir``."""
    folder = f"{NAME}-{version()}"
    target = out_dir / f"{folder}.zip"
    if site is not None:
        return write_zip(site, target, folder)
    with tempfile.TemporaryDirectory() as temporary:
        build_site(Path(temporary))
        return write_zip(Path(temporary), target, folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course.package", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("dist"), help="folder for the zip (default: dist/)")
    parser.add_argument("--site", type=Path, help="zip this existing build instead of building the site")
    args = parser.parse_args(argv)
    target = package(args.out, args.site)
    print(f"{target} ({target.stat().st_size / 1_000_000:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
