"""``/// playback-speed``: play a voice faster or slower, with and without pitch correction.

Authors write::

    /// playback-speed
        image: ../media/audio/spectrograms.png
        alt: What the picture shows
        data: ../media/audio/original.mp3
        slowed: ../media/audio/slowed-pitch-corrected.mp3
        plain: ../media/audio/slowed-plain.mp3

    Transcript and text description.
    ///

``data`` is the clip the toy plays; ``slowed`` and ``plain`` are the ready-made
75% versions. All three are always shown as native ``<audio controls>``
players with download links, so the figure works without JavaScript. The
script (``course/assets/widgets/playback.js``) adds a player of ``data`` with a
speed slider and a "keep the pitch" checkbox, which set the browser's own
``playbackRate`` and ``preservesPitch``.

Why the fallback players' ``src`` can be written as the author wrote it:
MkDocs rewrites only ``<a href>`` and ``<img src>``, but this course builds
with the ``offline`` plugin, which turns off directory URLs, so a page
``chapters/x.md`` becomes ``chapters/x.html`` and a path relative to the
Markdown file is also relative to the built page. The download links are
``<a>`` elements, which MkDocs rewrites anyway, and the script takes its URL
from the ``data`` link's resolved ``href``.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any, ClassVar

from pymdownx.blocks.block import type_string

from .base import WidgetBlock

#: The ready-made clips, in the order shown: option name, the player's name, the download link's words.
CLIPS = (
    ("data", "The original, at normal speed", "Download the original (MP3)"),
    ("slowed", "Slowed to 75%, pitch corrected", "Download the slowed clip with pitch correction (MP3)"),
    ("plain", "Slowed to 75%, nothing else done", "Download the plainly slowed clip (MP3)"),
)


class PlaybackSpeedBlock(WidgetBlock):
    NAME = "playback-speed"
    ASSETS = "playback"
    TITLE = "Try it: change the speed"
    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {
        **WidgetBlock.OPTIONS,
        "slowed": ("", type_string),
        "plain": ("", type_string),
    }

    def on_end(self, block: etree.Element) -> None:
        if not self.options["data"].strip():
            self._fail(f"'/// {self.NAME}' needs a 'data' option: the audio clip the toy plays")
        super().on_end(block)
        fallback = block.find("div[@class='widget__fallback']")
        assert fallback is not None  # written by WidgetBlock.on_end
        clips = etree.SubElement(fallback, "ul", {"class": "playback__clips"})
        for option, name, download in CLIPS:
            path = self.options[option].strip()
            if not path:
                continue
            item = etree.SubElement(clips, "li")
            heading = etree.SubElement(item, "span", {"class": "playback__clip-name"})
            heading.text = name
            etree.SubElement(
                item, "audio", {"controls": "controls", "preload": "none", "src": path, "aria-label": name}
            )
            link = etree.SubElement(item, "a", {"href": path, "download": ""})
            link.text = download

    def build_live(self, live: etree.Element) -> None:
        help_text = etree.SubElement(live, "p", {"class": "playback__help"})
        help_text.text = (
            "Play the clip, then change its speed. Listen to the voice: with the pitch kept, a slower voice "
            "still sounds like the same speaker, only slow and slurred; without it, the voice also drops and "
            "sounds deeper."
        )
        etree.SubElement(
            live,
            "audio",
            {"class": "playback__player", "controls": "controls", "preload": "metadata", "aria-label": "The original clip, at the speed you choose"},
        )
        controls = etree.SubElement(live, "div", {"class": "playback__controls"})
        rate = etree.SubElement(controls, "label", {"class": "playback__rate"})
        rate.text = "Playback speed "
        etree.SubElement(
            rate,
            "input",
            {"type": "range", "min": "0.5", "max": "1.5", "step": "0.05", "value": "1", "aria-valuetext": "100% speed"},
        )
        # The slider's aria-valuetext says the same to screen readers.
        value = etree.SubElement(controls, "span", {"class": "playback__rate-value", "aria-hidden": "true"})
        value.text = "100%"
        pitch = etree.SubElement(controls, "label", {"class": "playback__pitch"})
        etree.SubElement(pitch, "input", {"type": "checkbox", "checked": "checked"})
        pitch_text = etree.SubElement(pitch, "span")
        pitch_text.text = "Keep the pitch (pitch correction)"
        etree.SubElement(live, "p", {"class": "playback__status", "aria-live": "polite"})


BLOCK = PlaybackSpeedBlock
