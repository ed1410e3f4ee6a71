"""Small helpers for writing SVG figures by hand, shared by every figure script.

Why hand-written SVG: it needs nothing beyond the standard library, stays tiny,
scales to any screen, and carries its own accessible name (``role="img"`` with
a ``<title>`` and ``<desc>``). There is no randomness and no timestamp, so
every run on every machine writes the same bytes, which the tests check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

#: Dark text colour shared by all figures.
INK = "#1f2933"


def number(value: object) -> str:
    """Format attribute values the same way on every run (at most two decimals)."""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def _attributes(attrs: dict[str, object]) -> str:
    """Attribute text in the order given. ``stroke_width=2`` becomes ``stroke-width="2"``."""
    return "".join(f" {key.replace('_', '-')}={quoteattr(number(value))}" for key, value in attrs.items())


def el(name: str, *children: str, **attrs: object) -> str:
    """One SVG element as text, self-closing when it has no children."""
    written = _attributes(attrs)
    if not children:
        return f"<{name}{written}/>"
    return f"<{name}{written}>{''.join(children)}</{name}>"


def text(
    x: float, y: float, words: str, size: int = 14, weight: str = "normal", *, anchor: str = "start", fill: str = INK
) -> str:
    """Text in a generic system font (no web fonts, no external requests), left-aligned by default."""
    return el(
        "text",
        escape(words),
        x=x,
        y=y,
        font_family="sans-serif",
        font_size=size,
        font_weight=weight,
        text_anchor=anchor,
        fill=fill,
    )


def label(x: float, y: float, words: str, size: int = 14, weight: str = "normal") -> str:
    """Centred text in the figures' ink colour."""
    return text(x, y, words, size, weight, anchor="middle")


@dataclass(frozen=True)
class Scene:
    """One figure: its file name, size, accessible name and description, and its shapes."""

    filename: str
    width: int
    height: int
    title: str
    desc: str
    shapes: tuple[str, ...]

    def to_svg(self) -> str:
        """The whole SVG document, one top-level shape per line so diffs stay readable."""
        root = _attributes(
            {
                "xmlns": "http://www.w3.org/2000/svg",
                "width": self.width,
                "height": self.height,
                "viewBox": f"0 0 {self.width} {self.height}",
                "role": "img",
                "aria-labelledby": "title desc",
            }
        )
        lines = [
            f"<svg{root}>",
            "  " + el("title", escape(self.title), id="title"),
            "  " + el("desc", escape(self.desc), id="desc"),
            *("  " + shape for shape in self.shapes),
            "</svg>",
            "",
        ]
        return "\n".join(lines)


def write_scenes(scenes: Iterable[Callable[[], Scene]], out_dir: Path) -> list[Path]:
    """Write each scene into ``out_dir`` (created if needed) and return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for make in scenes:
        scene = make()
        path = out_dir / scene.filename
        path.write_bytes(scene.to_svg().encode("utf-8"))
        written.append(path)
    return written


def main(write_all: Callable[[Path], list[Path]], default_out_dir: Path, argv: list[str] | None = None) -> int:
    """Regenerate a script's committed figures, or write them to the directory given as the only argument."""
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else default_out_dir
    for path in write_all(out_dir):
        print(path)
    return 0
