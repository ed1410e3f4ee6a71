"""``/// latent-explorer``: move through the course autoencoder's code space and watch the decoded face.

The widget runs the trained cartoon face-swap decoders (``demos/autoencoder.py``)
in the browser. The ``data`` option points to the ``decoder.js`` that script
writes (both decoders' int8 weights and the codes' main directions); the
widget's script loads it with a ``<script>`` element, which works from
``file://`` where ``fetch`` does not. Choosing the other character's decoder
for the same code is the face swap.

The controls are static markup here, so their labels are in the page's HTML;
``course/assets/widgets/latent.js`` adds the sliders' behaviour and the canvas.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from .base import WidgetBlock

#: The decoders the widget offers, as (value in decoder.js, label).
DECODERS = (("ada", "Ada's decoder"), ("bo", "Bo's decoder"))
#: One slider per main direction of the codes, from -2 to 2 standard deviations.
DIRECTIONS = 3


class LatentExplorerBlock(WidgetBlock):
    NAME = "latent-explorer"
    ASSETS = "latent"
    TITLE = "Try it: move through the code space"

    def on_end(self, block: etree.Element) -> None:
        if not self.options["data"].strip():
            self._fail(f"'/// {self.NAME}' needs a 'data' option: the decoder.js written by demos/autoencoder.py")
        super().on_end(block)

    def build_live(self, live: etree.Element) -> None:
        layout = etree.SubElement(live, "div", {"class": "latent-explorer__layout"})
        etree.SubElement(layout, "div", {"class": "latent-explorer__picture"})
        controls = etree.SubElement(layout, "div", {"class": "latent-explorer__controls"})
        choice = etree.SubElement(controls, "fieldset", {"class": "latent-explorer__decoders"})
        legend = etree.SubElement(choice, "legend")
        legend.text = "Draw the code with"
        for index, (value, text) in enumerate(DECODERS):
            label = etree.SubElement(choice, "label")
            attrs = {"type": "radio", "name": "latent-explorer-decoder", "value": value}
            if index == 0:
                attrs["checked"] = "checked"
            etree.SubElement(label, "input", attrs)
            label[-1].tail = " " + text
        for index in range(1, DIRECTIONS + 1):
            row = etree.SubElement(controls, "div", {"class": "latent-explorer__slider"})
            label = etree.SubElement(row, "label")
            label.text = f"Direction {index} "
            etree.SubElement(
                label, "input", {"type": "range", "min": "-2", "max": "2", "step": "0.1", "value": "0", "data-direction": str(index - 1)}
            )
            # The slider's aria-valuetext says the same to screen readers.
            etree.SubElement(row, "span", {"class": "latent-explorer__value", "aria-hidden": "true"}).text = "0.0"
        reset = etree.SubElement(controls, "button", {"type": "button", "class": "latent-explorer__reset"})
        reset.text = "Back to the average code"
        etree.SubElement(live, "p", {"class": "latent-explorer__status", "aria-live": "polite"})


BLOCK = LatentExplorerBlock
