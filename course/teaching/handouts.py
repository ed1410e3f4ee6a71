"""Printable classroom handouts: the SIFT card, card sorts and vocabulary lists.

``/// handout | NAME`` shows one handout described in
``instructors/handouts/cards.yaml`` (under the docs folder), of one of three kinds:

* ``moves``: a one-page card of steps (the SIFT card): each move, what it
  means, and one question to ask. A test checks each move and question
  against the chapter it comes from, so the card cannot drift from it.
* ``cards``: cards to cut out and sort (the face-swap steps), with extra
  cards that do not belong. The lesson notes give the order and the reasons.
* ``timeline``: event cards read from a chapter itself: every section whose
  heading matches ``sections`` (a regular expression) is an era card, and the
  bold lead of each of its list items (``- **2014, GANs.** ...``) an event card.

Cards are printed in a fixed mixed order (by a hash of their text), so a
printed sheet never shows the answer, and the same sheet comes out each time.

``/// vocabulary | chapters/03-x.md`` lists the glossary's terms whose
definition names that chapter (``*Chapter 3.*``, ``*Chapters 2, 7 and 13.*``),
from ``glossary.md`` in the docs folder.
"""

from __future__ import annotations

import difflib
import hashlib
import posixpath
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path

from ..yamltext import safe_load
from .fragments import rebase

#: The handouts' data, relative to the docs folder.
DATA = "instructors/handouts/cards.yaml"
GLOSSARY = "glossary.md"
KINDS = {
    "moves": ("title", "chapter", "intro", "moves", "note"),
    "cards": ("title", "chapter", "instructions", "cards"),
    "timeline": ("title", "chapter", "instructions", "sections"),
}
MOVE_FIELDS = ("move", "means", "ask")

RE_HEADING = re.compile(r"^(#{2,3})\s+(.+?)\s*$")
RE_LEAD = re.compile(r"^[-*+]\s+\*\*(.+?)\*\*")
RE_TERM_TAG = re.compile(r"\*Chapters? ([^*]*)\*\s*$")
RE_DEFINITION = re.compile(r"^:\s{1,4}(.*)$")
RE_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]")


class HandoutError(ValueError):
    """A bad handout entry or block; the block names the page and line."""


@dataclass(frozen=True)
class Term:
    name: str
    definition: str
    chapters: tuple[int, ...]


def load(docs_dir: Path) -> dict[str, dict]:
    """The handouts of ``cards.yaml``, checked: each has a known kind and its fields."""
    path = docs_dir / DATA
    if not path.is_file():
        raise HandoutError(f"no handouts file {path}")
    data = safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise HandoutError(f"{path}: expected handout names, each with its fields")
    for name, entry in data.items():
        if not isinstance(entry, dict) or entry.get("kind") not in KINDS:
            raise HandoutError(f"{path}: handout '{name}' needs 'kind:' {', '.join(KINDS)}")
        missing = [field for field in KINDS[entry["kind"]] if not entry.get(field)]
        if missing:
            raise HandoutError(f"{path}: handout '{name}' lacks {', '.join(missing)}")
        if not (docs_dir / entry["chapter"]).is_file():
            raise HandoutError(f"{path}: handout '{name}': no chapter '{entry['chapter']}'")
        for move in entry.get("moves", []) if entry["kind"] == "moves" else []:
            if not isinstance(move, dict) or any(not move.get(field) for field in MOVE_FIELDS):
                raise HandoutError(f"{path}: handout '{name}': each move needs {', '.join(MOVE_FIELDS)}")
    return data


def find(docs_dir: Path, name: str) -> dict:
    handouts = load(docs_dir)
    if name not in handouts:
        close = difflib.get_close_matches(name, list(handouts), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise HandoutError(f"no handout '{name}' in {docs_dir / DATA}{hint}")
    return handouts[name]


def mixed(texts: list[str]) -> list[str]:
    """``texts`` in a fixed order that is not the given one: sorted by a hash of each text."""
    return sorted(texts, key=lambda text: hashlib.sha256(text.encode("utf-8")).hexdigest())


def timeline(chapter_text: str, sections: str) -> list[tuple[str, list[str]]]:
    """Each section whose ``##`` heading matches ``sections``, with the bold leads of its top-level list items."""
    pattern = re.compile(sections)
    eras: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in chapter_text.splitlines():
        heading = RE_HEADING.match(line)
        if heading and len(heading.group(1)) == 2:
            current = None
            if pattern.search(heading.group(2)):
                current = []
                eras.append((heading.group(2), current))
            continue
        lead = RE_LEAD.match(line)
        if current is not None and lead:
            current.append(RE_MARKUP.sub(lambda m: m.group(1) or "", lead.group(1)).strip().rstrip("."))
    return eras


def glossary_terms(text: str) -> list[Term]:
    """Every glossary entry with the chapters its ``*Chapter N.*`` tag names."""
    terms = []
    lines = text.splitlines()
    for index, line in enumerate(lines[:-1]):
        definition = RE_DEFINITION.match(lines[index + 1])
        if not definition or not line.strip() or line.startswith((" ", ":", "#", "---")):
            continue
        tag = RE_TERM_TAG.search(definition.group(1))
        numbers = tuple(int(n) for n in re.findall(r"\d+", tag.group(1))) if tag else ()
        plain = RE_MARKUP.sub(lambda m: m.group(1) or "", RE_TERM_TAG.sub("", definition.group(1))).strip()
        terms.append(Term(line.strip(), plain, numbers))
    return terms


def chapter_number(path: str) -> int:
    match = re.match(r"(\d+)-", posixpath.basename(path))
    return int(match.group(1)) if match else 0


def chapter_title(path: Path) -> str:
    text = path.read_text(encoding="utf-8-sig")
    if text.startswith("---"):
        meta = safe_load(text.split("---", 2)[1]) or {}
        if isinstance(meta, dict) and meta.get("title"):
            return str(meta["title"])
    return path.stem


# --- Elements -------------------------------------------------------------------------


def _sub(parent: etree.Element, tag: str, css: str, text: str | None = None) -> etree.Element:
    element = etree.SubElement(parent, tag, {"class": css} if css else {})
    element.text = text
    return element


def _source_line(docs_dir: Path, chapter: str, folder: str, lead: str, tail: str = ".") -> etree.Element:
    """"<lead> <linked chapter title><tail>": where the handout comes from."""
    paragraph = etree.Element("p", {"class": "teaching__chapter"})
    paragraph.text = f"{lead} "
    link = etree.SubElement(paragraph, "a", {"href": rebase(posixpath.basename(chapter), chapter, folder)})
    link.text = f"Chapter {chapter_number(chapter)}: {chapter_title(docs_dir / chapter)}"
    link.tail = tail
    return paragraph


def _name_line() -> etree.Element:
    paragraph = etree.Element("p", {"class": "worksheet__name"})
    paragraph.text = "Name: "
    _sub(paragraph, "span", "worksheet__blank").tail = " Date: "
    _sub(paragraph, "span", "worksheet__blank")
    return paragraph


def handout(docs_dir: Path, name: str, folder: str) -> list[etree.Element]:
    """The elements of handout ``name``, with links that work from the page's ``folder``."""
    entry = find(docs_dir, name)
    kind = entry["kind"]
    root = etree.Element("div", {"class": f"handout handout--{kind}"})
    if kind == "moves":
        _sub(root, "p", "handout__title", entry["title"])
        _sub(root, "p", "handout__intro", entry["intro"])
        moves = _sub(root, "ol", "handout__moves")
        for move in entry["moves"]:
            item = _sub(moves, "li", "handout__move")
            head = _sub(item, "p", "handout__move-name")
            _sub(head, "span", "handout__letter", move["move"][0]).tail = " "
            _sub(head, "strong", "", move["move"])
            means = _sub(item, "p", "handout__means")
            _sub(means, "strong", "", "What it means:").tail = f" {move['means']}"
            ask = _sub(item, "p", "handout__ask")
            _sub(ask, "strong", "", "Ask:").tail = f" {move['ask']}"
        _sub(root, "p", "handout__note", entry["note"])
        root.append(_source_line(docs_dir, entry["chapter"], folder, "From"))
        return [root]
    root.append(_source_line(docs_dir, entry["chapter"], folder, "For"))
    root.append(_name_line())
    _sub(root, "p", "handout__instructions", entry["instructions"])
    if kind == "cards":
        texts = [str(card) for card in entry["cards"]] + [str(card["text"]) for card in entry.get("extra", [])]
        _cards(root, mixed(texts), "handout__card")
        return [root]
    eras = timeline((docs_dir / entry["chapter"]).read_text(encoding="utf-8-sig"), entry["sections"])
    if not eras or not all(events for _, events in eras):
        raise HandoutError(f"handout '{name}': no sections of {entry['chapter']} match '{entry['sections']}' with bold list leads")
    _sub(root, "p", "handout__group", "Era cards")
    _cards(root, mixed([era for era, _ in eras]), "handout__card handout__card--era")
    _sub(root, "p", "handout__group", "Event cards")
    _cards(root, mixed([event for _, events in eras for event in events]), "handout__card")
    return [root]


def _cards(parent: etree.Element, texts: list[str], css: str) -> None:
    cards = _sub(parent, "ul", "handout__cards")
    for text in texts:
        _sub(cards, "li", css, text)


def vocabulary(docs_dir: Path, chapter: str, folder: str) -> list[etree.Element]:
    """The glossary's terms for ``chapter``, alphabetical, with their definitions as plain text."""
    number = chapter_number(chapter)
    glossary = docs_dir / GLOSSARY
    if not glossary.is_file():
        raise HandoutError(f"no glossary {glossary}")
    terms = sorted((term for term in glossary_terms(glossary.read_text(encoding="utf-8")) if number in term.chapters), key=lambda t: t.name.lower())
    if not terms:
        raise HandoutError(f"the glossary has no term marked '*Chapter {number}.*'")
    root = etree.Element("div", {"class": "handout handout--vocabulary"})
    root.append(_source_line(docs_dir, chapter, folder, "Words from", f" ({len(terms)} term{'s' if len(terms) != 1 else ''})."))
    root.append(_name_line())
    listing = _sub(root, "dl", "handout__vocabulary")
    for term in terms:
        _sub(listing, "dt", "", term.name)
        _sub(listing, "dd", "", term.definition)
    return [root]
