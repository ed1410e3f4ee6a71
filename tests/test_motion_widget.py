"""The keypoint motion toy in Chromium: keyboard use, reset, playback, axe, file:// and no JavaScript."""

from __future__ import annotations

import numpy as np
import pytest

from demos import motion

from test_accessibility import axe_violations

pytestmark = pytest.mark.browser

CHAPTER = "chapters/05-first-order-motion.html"
TOY = '[data-widget="keypoint-motion"]'
CANVAS = f"{TOY} .motion-toy__canvas"


def open_toy(page, url: str):
    page.goto(url)
    page.wait_for_selector(f"{TOY}[data-motion-ready]", timeout=5000)
    return page.locator(TOY)


def canvas_pixels(page) -> np.ndarray:
    """The warped picture as an RGB array, read after the next animation frame has drawn it."""
    page.evaluate("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))")
    values = page.evaluate(
        """selector => {
            const canvas = document.querySelector(selector);
            return Array.from(canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data);
        }""",
        CANVAS,
    )
    size = motion.SIZE
    return np.array(values, dtype=np.uint8).reshape(size, size, 4)[..., :3]


def active_class(page) -> str:
    return page.evaluate("() => document.activeElement.className")


def test_keyboard_moves_a_handle_and_reset_restores_the_picture(new_page, base_url):
    page = new_page()
    toy = open_toy(page, base_url + CHAPTER)
    before = canvas_pixels(page)
    # Start keyboard navigation from the toy's instructions, then Tab to the first handle.
    toy.locator(".motion-toy__help").click()
    page.keyboard.press("Tab")
    assert "motion-toy__handle" in active_class(page)
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == "Eye on the left keypoint"
    for _ in range(3):
        page.keyboard.press("Shift+ArrowUp")
    moved = canvas_pixels(page)
    assert np.abs(moved.astype(int) - before.astype(int)).max() > 50, "moving a keypoint should warp the picture"
    status = toy.locator(".motion-toy__status")
    page.wait_for_function("el => el.textContent.length > 0", arg=status.element_handle(), timeout=3000)
    assert status.text_content() == "Eye on the left: 15 pixels up from where it started."
    # Tab past the other handles, the slider and Play to Reset.
    for _ in range(12):
        page.keyboard.press("Tab")
        if "motion-toy__reset" in active_class(page):
            break
    assert "motion-toy__reset" in active_class(page)
    page.keyboard.press("Enter")
    assert np.array_equal(canvas_pixels(page), before)
    assert status.text_content().startswith("Reset")


def test_the_frame_slider_follows_the_python_demo(new_page, base_url):
    """The browser's warp matches demos/motion.py: the same maths in two languages."""
    page = new_page()
    toy = open_toy(page, base_url + CHAPTER)
    slider = toy.locator(".motion-toy__frame input")
    slider.focus()
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    assert toy.get_attribute("data-frame") == "5"
    assert slider.get_attribute("aria-valuetext") == f"Frame 5 of {len(motion.DRIVING)}"
    expected = motion.animate().animated[4]
    difference = np.abs(canvas_pixels(page).astype(int) - expected.astype(int))
    assert difference.max() <= 2 and difference.mean() < 0.05


def test_play_steps_through_every_frame_and_pause_stops_it(new_page, base_url):
    page = new_page()
    toy = open_toy(page, base_url + CHAPTER)
    play = toy.locator(".motion-toy__play")
    play.focus()
    page.keyboard.press("Enter")
    assert play.text_content() == "Pause"
    page.wait_for_function("el => el.dataset.frame === '3'", arg=toy.element_handle(), timeout=3000)
    page.keyboard.press("Enter")
    paused_at = toy.get_attribute("data-frame")
    page.wait_for_timeout(2 * motion.FRAME_MS)
    assert toy.get_attribute("data-frame") == paused_at
    assert toy.locator(".motion-toy__status").text_content() == f"Paused at frame {paused_at} of {len(motion.DRIVING)}."
    page.keyboard.press("Enter")
    last = str(len(motion.DRIVING))
    page.wait_for_function(f"el => el.dataset.frame === '{last}'", arg=toy.element_handle(), timeout=5000)
    page.wait_for_function("el => el.textContent.startsWith('Play')", arg=play.element_handle(), timeout=2000)


def test_no_axe_violations_after_using_the_toy(new_page, base_url):
    page = new_page(color_scheme="light")
    toy = open_toy(page, base_url + CHAPTER)
    toy.locator(".motion-toy__handle").nth(3).focus()
    page.keyboard.press("ArrowDown")
    toy.locator(".motion-toy__frame input").focus()
    page.keyboard.press("ArrowRight")
    assert axe_violations(page) == []


def test_the_toy_works_from_disk(new_page, site):
    page = new_page()
    toy = open_toy(page, (site / CHAPTER).as_uri())
    before = canvas_pixels(page)
    toy.locator(".motion-toy__handle").last.focus()
    page.keyboard.press("Shift+ArrowDown")
    assert not np.array_equal(canvas_pixels(page), before)


def test_without_javascript_the_before_and_after_picture_and_description_remain(new_page, base_url):
    page = new_page(java_script_enabled=False)
    page.goto(base_url + CHAPTER)
    toy = page.locator(TOY)
    assert toy.locator(".widget__fallback img").is_visible()
    assert toy.locator(".widget__live").is_hidden()
    assert "handles on six keypoints" in toy.locator("figcaption").inner_text()
