"""The latent-space explorer in Chromium: keyboard use, the decoder switch (the swap), NumPy parity, axe, file://."""

from __future__ import annotations

import numpy as np
import pytest

from demos import autoencoder

from test_accessibility import axe_violations

pytestmark = pytest.mark.browser

CHAPTER = "chapters/03-autoencoders-and-face-swaps.html"
WIDGET = '[data-widget="latent-explorer"]'


def open_widget(page, url: str):
    page.goto(url)
    page.wait_for_selector(f'{WIDGET}[data-ready="true"]', timeout=5000)
    return page.locator(WIDGET)


def canvas_pixels(page) -> np.ndarray:
    values = page.evaluate(
        """selector => {
            const canvas = document.querySelector(selector);
            return Array.from(canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data);
        }""",
        f"{WIDGET} canvas",
    )
    size = autoencoder.IMAGE
    return np.array(values, dtype=np.uint8).reshape(size, size, 4)[..., :3]


def focused(page) -> dict[str, str]:
    return page.evaluate("() => ({type: document.activeElement.type || '', value: document.activeElement.value || ''})")


def test_sliders_and_decoder_choice_work_by_keyboard(new_page, base_url):
    page = new_page()
    widget = open_widget(page, base_url + CHAPTER)
    assert widget.locator(".widget__live").is_visible()
    assert widget.locator(".widget__fallback").is_hidden()
    start = canvas_pixels(page)
    # Keyboard only: from the widget's title, Tab reaches the decoder choice, then the first slider.
    widget.locator(".widget__title").click()
    page.keyboard.press("Tab")
    assert focused(page) == {"type": "radio", "value": "ada"}
    page.keyboard.press("ArrowRight")
    assert focused(page) == {"type": "radio", "value": "bo"}
    swapped = canvas_pixels(page)
    assert np.abs(swapped.astype(int) - start.astype(int)).mean() > 10, "bo's decoder should draw another face"
    assert widget.get_attribute("data-latent-state") == "bo 0 0 0"
    page.keyboard.press("Tab")
    assert focused(page)["type"] == "range"
    for _ in range(10):
        page.keyboard.press("ArrowRight")
    assert widget.get_attribute("data-latent-state") == "bo 1 0 0"
    assert widget.locator('input[type="range"]').first.get_attribute("aria-valuetext") == "+1.0"
    moved = canvas_pixels(page)
    assert np.abs(moved.astype(int) - swapped.astype(int)).max() > 40, "moving along direction 1 should change the face"
    status = widget.locator(".latent-explorer__status")
    page.wait_for_function("el => el.textContent.includes('+1.0')", arg=status.element_handle(), timeout=3000)
    assert status.text_content() == "Showing Bo's decoder, direction 1 +1.0, direction 2 0.0, direction 3 0.0."
    assert "Bo's decoder" in widget.locator("canvas").get_attribute("aria-label")
    # Tab past the other sliders to the reset button.
    for _ in range(4):
        page.keyboard.press("Tab")
        if focused(page)["type"] == "button":
            break
    page.keyboard.press("Enter")
    assert widget.get_attribute("data-latent-state") == "bo 0 0 0"
    assert np.array_equal(canvas_pixels(page), swapped)
    assert axe_violations(page) == []


def test_the_browser_decoder_matches_numpy(new_page, base_url):
    page = new_page()
    open_widget(page, base_url + CHAPTER)
    data = autoencoder.read_js_file((autoencoder.DEFAULT_OUT_DIR / "decoder.js").read_text(encoding="utf-8"))
    rng = np.random.default_rng(0)
    for name in autoencoder.NAMES:
        for amounts in ([0.0, 0.0, 0.0], [1.5, -1.0, 0.5], list(rng.uniform(-2, 2, 3))):
            in_browser = page.evaluate(
                """([name, amounts]) => {
                    const data = window.courseLatentDecoder, explorer = window.courseLatentExplorer;
                    return Array.from(explorer.decode(data, name, explorer.codeFor(data, amounts)));
                }""",
                [name, amounts],
            )
            code = np.array(data["mean"]) + np.array(amounts) @ np.array(data["directions"])
            expected = autoencoder.decode_exported(data, name, code)
            assert np.abs(np.array(in_browser).reshape(expected.shape) - expected).max() <= 2 / 255
    # What the canvas shows is the same picture, rounded to 0..255.
    shown = canvas_pixels(page).astype(int)
    expected = autoencoder.to_uint8(autoencoder.decode_exported(data, "ada", np.array(data["mean"]))).astype(int)
    assert np.abs(shown - expected).max() <= 2


def test_works_from_disk(new_page, site):
    page = new_page()
    widget = open_widget(page, (site / CHAPTER).as_uri())
    before = canvas_pixels(page)
    widget.locator('input[type="range"]').nth(1).focus()
    page.keyboard.press("End")
    assert widget.get_attribute("data-latent-state") == "ada 0 2 0"
    assert np.abs(canvas_pixels(page).astype(int) - before.astype(int)).max() > 40


def test_without_javascript_the_fallback_and_description_remain(new_page, base_url):
    page = new_page(java_script_enabled=False)
    page.goto(base_url + CHAPTER)
    widget = page.locator(WIDGET)
    assert widget.locator(".widget__fallback img").get_attribute("alt")
    assert widget.locator(".widget__live").is_hidden()
    assert "decoder" in widget.locator("figcaption").inner_text()
