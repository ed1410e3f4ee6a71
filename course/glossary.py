"""Glossary terms explain themselves where they appear: ``markdown_extensions: [course.glossary]``.

Readers meet a term like "latent space" in chapter 3 and should not have to
leave the page to recall what it means. This extension reads the course
glossary (a definition list in ``docs/glossary.md``) and, on every other page,
turns the first mention of each term into a small button that shows the
definition on hover, on keyboard focus and on tap.

Why a button, and why only the first mention on a page:

- A button is focusable and announced by screen readers, and its
  ``aria-describedby`` makes them read the definition; a tap on a phone
  focuses it, so touch readers get the definition too. ``<abbr title>`` does
  none of this reliably.
- Every mention would put a hundred extra stops in the keyboard tab order of
  a long chapter (we counted). The first mention is where a reader meets the
  term; the glossary page has every definition for later.

Quizzes are left alone: a question must be answerable as written, and its
text is exported to learning-management systems, where the buttons would not
work. Headings, links, code and buttons are left alone too.

The tooltip follows WCAG 1.4.13: it stays while the pointer is over it, and
``course/assets/glossary.js`` hides it on Escape. Without JavaScript it still
shows on hover and focus (CSS only).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

#: Elements whose text is never turned into glossary buttons.
SKIP_TAGS = frozenset({"a", "abbr", "button", "code", "pre", "kbd", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "dt", "label", "legend", "summary"})
#: Class names of containers that are skipped with everything inside them.
SKIP_CLASSES = frozenset({"quiz", "gloss", "headerlink", "widget__live", "md-button"})
RE_TERM_LINE = re.compile(r"^(?! )(?!:)(\S.*)$")
RE_DEFINITION = re.compile(r"^:\s{1,4}(.*)$")
RE_CHAPTER_TAG = re.compile(r"\s*\*Chapters? [^*]*\*\s*$")
RE_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]")


@dataclass(frozen=True)
class Term:
    """One glossary entry: the names it is recognised by and its definition as plain text."""

    name: str
    definition: str

    @property
    def forms(self) -> tuple[str, ...]:
        """"Artificial intelligence (AI)" is recognised as "artificial intelligence" and as "AI"."""
        match = re.fullmatch(r"(.*?)\s*\(([^)]*)\)", self.name)
        return (match.group(1), match.group(2)) if match else (self.name,)


def read_glossary(text: str) -> list[Term]:
    """Terms of a Markdown definition list: a term line, then ``:   definition`` lines."""
    terms: list[Term] = []
    lines = text.splitlines()
    for index, line in enumerate(lines[:-1]):
        definition = RE_DEFINITION.match(lines[index + 1])
        if definition and RE_TERM_LINE.match(line) and not line.startswith(("#", "---")):
            plain = RE_MARKUP.sub(lambda m: m.group(1) or "", RE_CHAPTER_TAG.sub("", definition.group(1)))
            terms.append(Term(line.strip(), plain.strip()))
    return terms


def _pattern(terms: list[Term]) -> re.Pattern[str]:
    """One regex for every form, longest first so "latent space" wins over "latent".

    All-capital forms ("AI", "GAN") match only in capitals; other forms match
    in any case, and with a plural "s" or "es".

    Python's ``re`` tries every alternative at every word start, and with some
    170 forms that made the glossary a large share of each page's conversion.
    So the forms are grouped by their first character, each group behind a
    look-ahead for it (``(?=l)(?:latent space|latent)``): at a word start only
    the one group that can match is tried, in the forms' own order, and the
    pattern finds exactly what the plain alternation finds (three times
    faster on the course's pages). That holds when every form starts with an
    ASCII letter or digit (no character then matches two groups' look-aheads);
    otherwise the plain alternation is used.
    """
    forms = sorted({form for term in terms for form in term.forms if form}, key=len, reverse=True)
    parts = []
    for form in forms:
        escaped = re.escape(form).replace(r"\ ", r"\s+")
        if form.isupper() or any(c.isupper() for c in form[1:]):
            parts.append(f"(?-i:{escaped})(?:s)?")
        else:
            parts.append(f"{escaped}(?:e?s)?")
    if all(form[0].isascii() and form[0].isalnum() for form in forms):
        groups: dict[str, list[str]] = {}
        for form, part in zip(forms, parts):
            groups.setdefault(form[0].lower(), []).append(part)
        parts = [f"(?={first})(?:{'|'.join(members)})" for first, members in groups.items()]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


class GlossaryTreeprocessor(Treeprocessor):
    """Wraps the first mention of each glossary term on the page."""

    def __init__(self, md: Markdown, extension: GlossaryExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        glossary = self.extension.glossary()
        if not glossary or self.extension.page_text.strip() == self.extension.glossary_body.strip():
            return
        self.lookup = {form.lower(): term for term in glossary for form in term.forms}
        self.pattern = self.extension.pattern
        self.seen: set[str] = set()
        self.count = 0
        for child in list(root):
            self._walk(child)

    def _term_for(self, text: str) -> Term | None:
        key = re.sub(r"\s+", " ", text).lower()
        for candidate in (key, key[:-1], key[:-2]):
            if candidate in self.lookup:
                return self.lookup[candidate]
        return None

    def _skipped(self, element: etree.Element) -> bool:
        classes = set((element.get("class") or "").split())
        return element.tag in SKIP_TAGS or bool(classes & SKIP_CLASSES)

    def _walk(self, element: etree.Element) -> None:
        if self._skipped(element):
            return
        if element.text:
            pieces = self._split(element.text)
            if pieces:
                element.text = pieces[0]
                for index, made in enumerate(pieces[1:]):
                    element.insert(index, made)  # type: ignore[arg-type]
        for child in list(element):
            self._walk(child)
            if child.tail:
                pieces = self._split(child.tail)
                if pieces:
                    child.tail = pieces[0]
                    position = list(element).index(child) + 1
                    for offset, made in enumerate(pieces[1:]):
                        element.insert(position + offset, made)  # type: ignore[arg-type]

    def _split(self, text: str) -> list[Any]:
        """``[leading text, element, element, ...]`` with tails set, or ``[]`` if nothing matched."""
        made: list[etree.Element] = []
        leading = text
        position = 0
        for match in self.pattern.finditer(text):
            term = self._term_for(match.group(0))
            if term is None or term.name in self.seen:
                continue
            self.seen.add(term.name)
            self.count += 1
            wrapper = self._button(match.group(0), term)
            before = text[position : match.start()]
            if made:
                made[-1].tail = before
            else:
                leading = before
            made.append(wrapper)
            position = match.end()
        if not made:
            return []
        made[-1].tail = text[position:]
        return [leading, *made]

    def _button(self, shown: str, term: Term) -> etree.Element:
        tip_id = f"gloss-{self.count}"
        wrapper = etree.Element("span", {"class": "gloss"})
        button = etree.SubElement(
            wrapper, "button", {"type": "button", "class": "gloss__term", "aria-describedby": tip_id}
        )
        button.text = shown
        tip = etree.SubElement(
            wrapper, "span", {"class": "gloss__tip", "role": "tooltip", "id": tip_id, "data-search-exclude": ""}
        )
        name = etree.SubElement(tip, "strong")
        name.text = term.name
        name.tail = ": " + term.definition
        return wrapper


class _PageText(Preprocessor):
    """Remembers the page's text, to recognise the glossary page itself."""

    def __init__(self, md: Markdown, extension: GlossaryExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        self.extension.page_text = "\n".join(lines)
        return lines


class GlossaryExtension(Extension):
    """``course.glossary: {glossary: docs/glossary.md}`` (path relative to where the build runs)."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {"glossary": ["docs/glossary.md", "The glossary page: a Markdown definition list."]}
        super().__init__(**kwargs)
        self.page_text = ""
        self.glossary_body = ""
        self._terms: list[Term] | None = None
        self.pattern: re.Pattern[str] = re.compile(r"(?!)")

    def glossary(self) -> list[Term]:
        """The terms, read once per page (see ``_read`` for why that costs only a ``stat``)."""
        if self._terms is None:
            path = Path(self.getConfig("glossary"))
            if not path.is_file():
                raise FileNotFoundError(f"course.glossary: glossary file {path} not found (set the 'glossary' option)")
            self._terms, self.glossary_body, self.pattern = _read(path)
        return self._terms

    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        md.preprocessors.register(_PageText(md, self), "course_glossary_text", 31)
        # After inline processing (20) so terms inside emphasis are found too, before prettify (10).
        md.treeprocessors.register(GlossaryTreeprocessor(md, self), "course_glossary", 15)

    def reset(self) -> None:
        self.page_text = ""


#: Glossaries already read, by resolved path, with the (modification time, size) they were read at.
_READ: dict[Path, tuple[tuple[int, int], tuple[list[Term], str, re.Pattern[str]]]] = {}


def _read(path: Path) -> tuple[list[Term], str, re.Pattern[str]]:
    """The glossary's terms, its body without front matter, and the terms' pattern.

    MkDocs makes new extensions for every page, so an extension's own memory
    lasts one page; kept here, the glossary is read and its pattern built
    once per build, and again only when the file changes (``mkdocs serve``),
    as ``course.pages`` keeps the site settings.
    """
    key = path.resolve()
    status = key.stat()
    stamp = (status.st_mtime_ns, status.st_size)
    cached = _READ.get(key)
    if cached is None or cached[0] != stamp:
        text = path.read_text(encoding="utf-8")
        terms = read_glossary(text)
        body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
        cached = (stamp, (terms, body, _pattern(terms)))
        _READ[key] = cached
    return cached[1]


def makeExtension(**kwargs: Any) -> GlossaryExtension:
    return GlossaryExtension(**kwargs)
