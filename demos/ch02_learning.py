"""Draw the diagrams that chapter 2 ("How machines learn from examples") shows.

Why a script and not image files: see ``demos/scenes.py``. These figures are
boxes, circles, arrows and one small chart. The chart is not sketched by hand:
``egg_rounds`` runs the chapter's one-weight training example, so the numbers
in the picture are the numbers in the text. Rebuild with
``python -m demos.ch02_learning`` from the repository root.
"""

from __future__ import annotations

import math
from functools import partial
from pathlib import Path

from .charts import dot_line_chart
from .kit import arrow, labelled_box, page
from .svg import INK, Scene, el, label, main, write_scenes

#: Where the committed figures live: ``docs/media/ch02`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch02"

#: One palette for the chapter, so the four figures look like one set.
WHITE = "#ffffff"
INPUT_FILL = "#cfe3d8"
NEURON_FILL = "#f2cf5b"
NEURON_EDGE = "#b08d1a"
OUTPUT_FILL = "#d9c8f0"
POSITIVE = "#4c78a8"
NEGATIVE = "#c0392b"
WIRE = "#9aa5b1"
GRID = "#d5dde6"


#: The figures' shared shapes, in this chapter's style (see ``demos/kit.py``).
_background = partial(page, fill=WHITE, rx=12)
_arrow = partial(arrow, digits=2, wings_clockwise=False)
_box = partial(labelled_box, rx=10, gap=20)
DASHED = "8 5"

# --- One artificial neuron --------------------------------------------------

#: The park neuron from the chapter: (question, input, weight).
PARK_INPUTS = (("Sunny?", 1, 0.8), ("Raining?", 0, -0.5), ("Weekend?", 1, 0.4))
PARK_THRESHOLD = 1


def _signed(value: float) -> str:
    """A weight as the chapter prints it, with a real minus sign."""
    return f"{value:g}".replace("-", "\u2212")


def artificial_neuron() -> Scene:
    """Inputs times weights, added up, then an activation rule: the whole of one neuron."""
    total = sum(value * weight for _, value, weight in PARK_INPUTS)
    output = 1 if total > PARK_THRESHOLD else 0
    cx, cy, r = 400, 185, 64
    shapes = [_background(820, 360), label(410, 34, "One artificial neuron: shall we go to the park?", size=16, weight="bold")]
    for index, (question, value, weight) in enumerate(PARK_INPUTS):
        y = 110 + index * 75
        shapes.append(_box(24, y - 28, 160, 56, INPUT_FILL, (question, f"input = {value}")))
        end_x = cx - r * math.cos(math.atan2(cy - y, cx - 184))
        end_y = cy - r * math.sin(math.atan2(cy - y, cx - 184))
        shapes.append(_arrow(184, y, round(end_x, 2), round(end_y, 2), POSITIVE if weight > 0 else NEGATIVE, dash=DASHED if weight < 0 else ""))
        pill_y = (y + cy) / 2 + (y - cy) * 0.1
        shapes.append(el("rect", x=226, y=pill_y - 14, width=70, height=26, rx=13, fill=WHITE, stroke=INK, stroke_width=1.5))
        shapes.append(label(261, pill_y + 4, f"\u00d7 {_signed(weight)}", size=14, weight="bold"))
    shapes += [
        el("circle", cx=cx, cy=cy, r=r, fill=NEURON_FILL, stroke=NEURON_EDGE, stroke_width=3),
        label(cx, cy - 18, "Add up", size=15, weight="bold"),
        label(cx, cy + 4, " + ".join(f"{value * weight + 0.0:g}" for _, value, weight in PARK_INPUTS), size=13),
        label(cx, cy + 26, f"= {total:g}", size=15, weight="bold"),
        _arrow(cx + r, cy, 496, cy),
        _box(500, 140, 150, 90, WHITE, ("Activation", f"More than {PARK_THRESHOLD}?", "Yes \u2192 1, no \u2192 0")),
        _arrow(650, cy, 676, cy),
        _box(680, 150, 124, 70, OUTPUT_FILL, (f"Output: {output}", "\u201cLet\u2019s go!\u201d" if output else "\u201cStay in.\u201d")),
        label(410, 322, "Each input is multiplied by its weight. The negative weight (dashed) counts against going.", size=13),
        label(410, 342, "Training changes only the weights: the neuron itself stays this simple.", size=13),
    ]
    return Scene(
        filename="artificial-neuron.svg",
        width=820,
        height=360,
        title="One artificial neuron deciding whether to go to the park",
        desc=(
            "A diagram of one artificial neuron. Three inputs on the left answer yes (1) or no (0): Sunny? 1, "
            "Raining? 0, Weekend? 1. Each travels along an arrow into a yellow circle and is multiplied by a weight "
            "on the way: 0.8 for sunny, minus 0.5 for raining (a dashed red arrow, because it counts against going) "
            "and 0.4 for weekend. The circle adds them up: 0.8 plus 0 plus 0.4 equals 1.2. An activation box asks "
            "whether the total is more than 1. It is, so the output is 1, meaning let's go."
        ),
        shapes=tuple(shapes),
    )


# --- A small layered network -----------------------------------------------

LAYERS = (("Input layer", 4, INPUT_FILL), ("Hidden layer 1", 5, NEURON_FILL), ("Hidden layer 2", 5, NEURON_FILL), ("Output layer", 2, OUTPUT_FILL))
LAYER_X = (190, 350, 510, 650)


def _layer_ys(count: int) -> list[float]:
    spacing = 80 if count == 2 else 52
    first = 185 - (count - 1) * spacing / 2
    return [first + index * spacing for index in range(count)]


def _pixel_picture() -> str:
    """A tiny 2 by 2 picture: four grey squares, one number each for the input layer."""
    shades = ("#3e4c59", "#e4e9ef", "#9aa5b1", "#1f2933")
    squares = [
        el("rect", x=40 + (index % 2) * 40, y=145 + (index // 2) * 40, width=40, height=40, fill=shade, stroke=INK, stroke_width=1.5)
        for index, shade in enumerate(shades)
    ]
    return el("g", *squares)


def layered_network() -> Scene:
    """Neurons in columns, every one wired to every neuron in the next column."""
    wires = []
    for (_, count, _), (_, next_count, _), x, next_x in zip(LAYERS, LAYERS[1:], LAYER_X, LAYER_X[1:]):
        for y in _layer_ys(count):
            for next_y in _layer_ys(next_count):
                wires.append(el("line", x1=x, y1=y, x2=next_x, y2=next_y))
    nodes = []
    for (name, count, fill), x in zip(LAYERS, LAYER_X):
        nodes += [el("circle", cx=x, cy=y, r=17, fill=fill, stroke=INK, stroke_width=2) for y in _layer_ys(count)]
        nodes.append(label(x, 338, name, size=14, weight="bold"))
    out_top, out_bottom = _layer_ys(2)
    return Scene(
        filename="layered-network.svg",
        width=780,
        height=400,
        title="A small neural network with an input layer, two hidden layers and an output layer",
        desc=(
            "A diagram of a small neural network drawn as circles in four columns, with grey lines joining every "
            "circle to every circle in the next column. On the far left is a tiny picture of four grey squares; its "
            "four brightness numbers go into the input layer of four circles. Next come two hidden layers of five "
            "circles each, bracketed together with the note that the more hidden layers there are, the deeper the "
            "network. On the right is an output layer of two circles labelled face and not a face."
        ),
        shapes=(
            _background(780, 400),
            _pixel_picture(),
            label(80, 252, "A 4-pixel", size=13),
            label(80, 270, "picture", size=13),
            _arrow(124, 185, 160, 185),
            el("g", *wires, stroke=WIRE, stroke_width=1.2),
            *nodes,
            el("path", d="M330 62 L330 48 L530 48 L530 62", fill="none", stroke=INK, stroke_width=2),
            label(430, 36, "Hidden layers: the more of them, the \u201cdeeper\u201d the network", size=14),
            label(718, out_top + 5, "Face", size=14),
            label(718, out_bottom + 5, "Not a face", size=14),
            label(390, 372, "Signals flow from left to right. Every line has its own weight, which training adjusts.", size=13),
        ),
    )


# --- The training loop --------------------------------------------------------


def training_loop() -> Scene:
    """Guess, compare, adjust, repeat: training as a loop, not a formula."""
    return Scene(
        filename="training-loop.svg",
        width=760,
        height=400,
        title="The training loop: guess, compare, adjust, repeat",
        desc=(
            "A diagram of three boxes joined by arrows in a loop. Box 1, Guess: the network answers one example with "
            "its current weights. An arrow leads to box 2, Compare: how far off was the guess from the right answer? "
            "That gap is the error. An arrow leads to box 3, Adjust: nudge every weight a little in the direction "
            "that shrinks the error. An arrow leads back to box 1. In the middle: repeat for many examples, many "
            "times. A note says that backpropagation is the part of step 3 that works out how much each weight was "
            "to blame."
        ),
        shapes=(
            _background(760, 400),
            _box(30, 50, 290, 100, INPUT_FILL, ("1. Guess", "The network answers one example", "with its current weights.")),
            _box(440, 50, 290, 100, NEURON_FILL, ("2. Compare", "How far off from the right answer?", "That gap is the error.")),
            _box(235, 245, 290, 100, OUTPUT_FILL, ("3. Adjust", "Nudge every weight a little in the", "direction that shrinks the error.")),
            _arrow(320, 100, 436, 100),
            _arrow(585, 150, 480, 243),
            _arrow(280, 243, 175, 152),
            label(380, 180, "Repeat", size=15, weight="bold"),
            label(380, 200, "for many examples,", size=14),
            label(380, 220, "many times", size=14),
            label(380, 378, "Backpropagation is the part of step 3 that works out how much each weight was to blame.", size=13),
        ),
    )


# --- The error going down ---------------------------------------------------

#: The one-weight example: each cake needs 3 eggs; the network sees 2 cakes and must learn the 3.
CAKES, RIGHT_ANSWER, FIRST_WEIGHT, STEP = 2, 6, 1.0, 0.25
ROUNDS = 8


def egg_rounds(rounds: int = ROUNDS) -> list[tuple[float, float, float]]:
    """(weight, guess, error) for each round: guess, compare, then add a quarter of the error to the weight.

    This is gradient descent on one weight: with the squared error, a step size of
    1/8 and an input of 2, the downhill step is exactly a quarter of the error.
    """
    weight, history = FIRST_WEIGHT, []
    for _ in range(rounds):
        guess = weight * CAKES
        error = RIGHT_ANSWER - guess
        history.append((weight, guess, error))
        weight += STEP * error
    return history


def error_curve() -> Scene:
    """The error of the egg example, round by round, on simple axes."""
    return dot_line_chart(
        "error-curve.svg",
        "The error shrinking over eight rounds of training",
        (
            "A line chart drawn from the egg example. The horizontal axis shows training rounds 1 to 8. The vertical "
            "axis shows the error in eggs, from 0 to 4. The error is 4 in round 1, then 2, 1, 0.5 and 0.25, and "
            "keeps halving, so the line drops steeply at first and then flattens out just above zero without ever "
            "quite reaching it."
        ),
        "How far off the guess was, round by round",
        tuple(error for _, _, error in egg_rounds()),
        x_label="Training round",
        y_label="Error (eggs)",
        note="Each round, the weight moves by a quarter of the error, so the error halves.",
        y_max=4,
        labelled=5,
        colour=POSITIVE,
        grid=GRID,
        background=WHITE,
    )


SCENES = (artificial_neuron, layered_network, training_loop, error_curve)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
