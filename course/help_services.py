"""The ``/// help-services`` block: where to find help, kept in one data file.

Help services change (numbers, hours, who they serve) and differ from one
country to the next, so they live in one YAML file (``docs/help-services.yaml``)
instead of being copied into each page that lists them. Chapter 9 and the
safeguarding notes both show the same list, and a school or a course in
another country adds its own services to that file without touching a
chapter. Each entry records the page it was checked against and the month,
so a stale entry can be found and re-checked.

``markdown_extensions: [course.help_services: {data: docs/help-services.yaml, docs_dir: docs}]``.
Authors write::

    /// help-services
        for: under-18
        topic: sextortion
    ///

Both options are optional filters. The list renders as a table with column
and row headings, and with plain links to the services' own sites: the course
links to services but never embeds them, so a page makes no request to
anyone else. Every problem, in the data or in a block, names the file and
line (see ``course/quiz/errors.py``); Blocks would otherwise leave a block
with a misspelt option on the page as a stray paragraph.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.util import AtomicString
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import type_string

from .blocks_common import CourseBlock, Header, attach
from .datafile import did_you_mean, is_https, is_month, month_words, read_list, stamp

NAME = "help-services"

#: Who a service is for. ``any`` services appear under every ``for:`` filter.
AGES: dict[str, str] = {
    "under-18": "people under 18",
    "18-and-over": "people 18 and over",
    "any": "anyone",
}
#: The topics a service can be filed under, with the words a caption uses.
#: A fixed list, so that a typo in the data or in a block is caught.
TOPICS: dict[str, str] = {
    "takedown": "getting sexual images taken down",
    "sextortion": "threats to share sexual images (sextortion)",
    "reporting": "reporting abuse",
    "support": "someone to talk to",
    "scams": "scam calls",
    "emergency": "danger right now",
}
FIELDS = ("name", "who", "age", "country", "reach", "link", "topics", "source", "checked")
#: Fields an entry may leave out: a service such as "your local emergency number" has no one website.
OPTIONAL = ("link",)
BLOCK_OPTIONS = {"for": AGES, "topic": TOPICS}


@dataclass(frozen=True)
class HelpService:
    """One service as the data file describes it; ``line`` is where its entry starts."""

    name: str
    who: str
    age: str
    country: str
    reach: str
    link: str
    topics: tuple[str, ...]
    source: str
    checked: str
    line: int

    @property
    def checked_words(self) -> str:
        """``2026-12`` as "December 2026", as the course writes dates."""
        return month_words(self.checked)


def load_services(path: str) -> tuple[HelpService, ...]:
    """Read and check the data file; cached until the file changes (``mkdocs serve`` rebuilds often)."""
    return _load(str(Path(path)), stamp(path, "help-services", "course.help_services"))


@lru_cache(maxsize=4)
def _load(path: str, _stamp: int) -> tuple[HelpService, ...]:
    entries, fail = read_list(path, "services", "service")
    services: list[HelpService] = []
    for entry in entries:
        entry = dict(entry)
        line = entry.pop("__line__")
        label = f"service '{entry['name']}'" if entry.get("name") else "a service"
        unknown = [key for key in entry if key not in FIELDS]
        if unknown:
            raise fail(f"{label}: unknown field '{unknown[0]}'{did_you_mean(unknown[0], FIELDS)}", line)
        missing = [key for key in FIELDS if key not in OPTIONAL and not entry.get(key)]
        if missing:
            raise fail(f"{label} needs '{missing[0]}' (every service needs: {', '.join(k for k in FIELDS if k not in OPTIONAL)})", line)
        text = {key: str(entry.get(key) or "").strip() for key in FIELDS if key != "topics"}
        if text["age"] not in AGES:
            raise fail(f"{label}: age must be one of {', '.join(AGES)}, not '{text['age']}'{did_you_mean(text['age'], AGES)}", line)
        for key in ("link", "source"):
            if text[key] and not is_https(text[key]):
                raise fail(f"{label}: {key} must be a full https:// address, not '{text[key]}'", line)
        if not is_month(text["checked"]):
            raise fail(f"{label}: checked must be the year and month it was checked, as YYYY-MM (e.g. 2026-12), not '{text['checked']}'", line)
        topics = entry["topics"] if isinstance(entry["topics"], list) else [entry["topics"]]
        for topic in topics:
            if topic not in TOPICS:
                raise fail(f"{label}: unknown topic '{topic}'{did_you_mean(str(topic), TOPICS)}; topics are {', '.join(TOPICS)}", line)
        services.append(HelpService(topics=tuple(topics), line=line, **text))
    return tuple(services)


def select(services: tuple[HelpService, ...], age: str = "", topic: str = "") -> list[HelpService]:
    """The services a block shows: for that age group (services for anyone always count) and that topic."""
    return [
        service for service in services
        if (not age or service.age in (age, "any")) and (not topic or topic in service.topics)
    ]


def caption(age: str, topic: str) -> str:
    """Says what the list is filtered to, so a reader knows what is left out."""
    words = "Help services"
    if topic:
        words += f": {TOPICS[topic]}"
    if age:
        words += f", for {AGES[age]}"
    return words


def render(parent: etree.Element, services: list[HelpService], title: str) -> None:
    """A table with column and row headings: screen readers announce the service with each cell."""
    def add(node: etree.Element, tag: str, text: str = "", **attributes: str) -> etree.Element:
        child = etree.SubElement(node, tag, attributes)
        if text:
            child.text = AtomicString(text)
        return child

    table = add(parent, "table")
    add(table, "caption", title)
    head = add(add(table, "thead"), "tr")
    for heading in ("Service", "Who it is for", "Where", "How to reach it", "Checked"):
        add(head, "th", heading, scope="col")
    body = add(table, "tbody")
    for service in services:
        row = add(body, "tr")
        name = add(row, "th", scope="row")
        if service.link:
            add(name, "a", service.name, href=service.link)
        else:
            name.text = AtomicString(service.name)
        add(row, "td", service.who)
        add(row, "td", service.country)
        add(row, "td", service.reach)
        checked = add(row, "td", f"{service.checked_words} (")
        add(checked, "a", "source", href=service.source).tail = ")"


class HelpServicesBlock(CourseBlock):
    """Renders the services its filters select; the shared header check checks the filters first.

    Blocks ignores a block whose options it does not know and leaves its text
    on the page, so a misspelt option would quietly drop the list of help
    services from a page that needs it. The shared check (``course.blocks_common``)
    reports that with the file and line, in this block's words, and then
    ``check_values`` checks what only this block knows: the filter values,
    that the block has no content, and that some service matches.
    """

    NAME = NAME
    ARGUMENT = False
    OPTIONS = {"for": ("", type_string), "topic": ("", type_string)}

    @classmethod
    def takes_no_argument(cls, header: Header) -> str:
        return f"write '/// {NAME}' alone on its line; filters go on indented lines below it (for: ..., topic: ...)"

    @classmethod
    def unknown_option(cls, header: Header, key: str, known: list[str]) -> str:
        return f"'/// {NAME}': unknown option '{key}'{did_you_mean(key, BLOCK_OPTIONS)}; the options are for and topic"

    @classmethod
    def check_values(cls, header: Header) -> Iterator[tuple[int, str]]:
        extension: HelpServicesExtension = header.config["extension"]
        data = extension.getConfig("data")
        refused = False
        for key, value in header.options.items():
            if value not in BLOCK_OPTIONS[key]:
                refused = True
                yield header.option_lines[key], (f"'/// {NAME}': {key} must be one of {', '.join(BLOCK_OPTIONS[key])}, "
                                                 f"not '{value}'{did_you_mean(value, BLOCK_OPTIONS[key])}")
        if header.text(header.after) != "///":
            yield header.after, (f"'/// {NAME}' takes no content: put the services in {data} "
                                 f"and close the block with '///' on the line after its options")
        if not refused and not select(extension.services(), header.options.get("for", ""), header.options.get("topic", "")):
            yield header.line, f"'/// {NAME}': no service in {data} matches these filters"

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": "help-services"})

    def on_end(self, block: etree.Element) -> None:
        extension: HelpServicesExtension = self.config["extension"]
        age, topic = self.options["for"], self.options["topic"]
        if (age and age not in AGES) or (topic and topic not in TOPICS):
            return  # check_values refused the filter; the page stops with that problem
        render(block, select(extension.services(), age, topic), caption(age, topic))


class HelpServicesExtension(BlocksExtension):
    """Registers the block, under the course's shared checks."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {
            "data": ["docs/help-services.yaml", "The YAML file listing the help services."],
            "docs_dir": ["", "Folder of the Markdown sources, used to name the page in error messages."],
        }
        super().__init__(*args, **kwargs)

    def services(self) -> tuple[HelpService, ...]:
        return load_services(self.getConfig("data"))

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        attach(md, self.getConfig("docs_dir"), (HelpServicesBlock,), {"extension": self})
        block_mgr.register(HelpServicesBlock, {"extension": self})


def makeExtension(*args: Any, **kwargs: Any) -> HelpServicesExtension:
    """Entry point used by ``markdown_extensions: [course.help_services]``."""
    return HelpServicesExtension(*args, **kwargs)
