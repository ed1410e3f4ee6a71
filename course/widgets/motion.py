"""``/// keypoint-motion``: drag a cartoon's keypoints and watch the picture warp around them.

The toy runs the same local-warp idea as ``demos/motion.py`` in the
browser: each keypoint's local transform is estimated from how its
neighbours moved, and the transforms are blended into a motion field. The
``data`` option points to the ``toy.js`` that script writes (the picture,
its keypoints and the driving motion); the widget's own script loads it with
a ``<script>`` element, which works from ``file://`` where ``fetch`` does not.

The controls are static markup here, so their labels exist in the page's
HTML; ``course/assets/widgets/motion.js`` adds the canvas and the handles.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from .base import WidgetBlock


def _button(parent: etree.Element, css: str, text: str) -> etree.Element:
    button = etree.SubElement(parent, "button", {"type": "button", "class": f"motion-toy__button {css}"})
    button.text = text
    return button


class KeypointMotionBlock(WidgetBlock):
    NAME = "keypoint-motion"
    ASSETS = "motion"
    TITLE = "Try it: move the keypoints"

    def on_end(self, block: etree.Element) -> None:
        if not self.options["data"].strip():
            self._fail(f"'/// {self.NAME}' needs a 'data' option: the toy.js written by demos/motion.py")
        super().on_end(block)

    def build_live(self, live: etree.Element) -> None:
        help_text = etree.SubElement(live, "p", {"class": "motion-toy__help"})
        help_text.text = (
            "Drag a yellow handle, or move to it with Tab and use the arrow keys (hold Shift for bigger steps). "
            "The grey dots are keypoints you cannot drag."
        )
        etree.SubElement(live, "div", {"class": "motion-toy__pictures"})
        controls = etree.SubElement(live, "div", {"class": "motion-toy__controls"})
        label = etree.SubElement(controls, "label", {"class": "motion-toy__frame"})
        label.text = "Driving frame "
        etree.SubElement(label, "input", {"type": "range", "min": "1", "max": "1", "step": "1", "value": "1"})
        # The slider's aria-valuetext says the same to screen readers.
        etree.SubElement(controls, "span", {"class": "motion-toy__frame-value", "aria-hidden": "true"})
        _button(controls, "motion-toy__play", "Play the driving motion")
        _button(controls, "motion-toy__reset", "Reset")
        etree.SubElement(live, "p", {"class": "motion-toy__status", "aria-live": "polite"})


BLOCK = KeypointMotionBlock
