"""The playback-speed toy in Chromium: keyboard use, the media element follows, no-JS players, axe, file://.

Headless Chromium may not play sound, but the media element's properties
(``playbackRate``, ``preservesPitch``) and its ``readyState`` after ``load()``
show whether the toy and the clips work.
"""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from test_accessibility import axe_violations

pytestmark = pytest.mark.browser

CHAPTER = "chapters/08-shallowfakes-and-cheap-fakes.html"
WIDGET = '[data-widget="playback-speed"]'
CLIPS = ("original.mp3", "slowed-pitch-corrected.mp3", "slowed-plain.mp3")


def player_state(page) -> dict:
    return page.evaluate(
        """() => {
            const audio = document.querySelector('[data-widget="playback-speed"] .playback__player');
            return {rate: audio.playbackRate, keep: audio.preservesPitch, src: audio.src};
        }"""
    )


def wait_for_metadata(page, selector: str) -> float:
    """Load the clip and return its duration once Chromium has decoded its header."""
    page.evaluate(f"() => document.querySelector('{selector}').load()")
    page.wait_for_function(f"() => document.querySelector('{selector}').readyState >= 1", timeout=10000)
    return page.evaluate(f"() => document.querySelector('{selector}').duration")


def test_keyboard_changes_the_speed_and_the_pitch_setting(new_page, base_url):
    page = new_page()
    page.goto(base_url + CHAPTER)
    widget = page.locator(WIDGET)
    slider = widget.locator(".playback__rate input")
    checkbox = widget.locator(".playback__pitch input")
    assert widget.locator(".widget__live").is_visible()
    assert player_state(page) == {"rate": 1, "keep": True, "src": base_url + "media/audio/original.mp3"}

    slider.focus()
    for _ in range(5):
        page.keyboard.press("ArrowLeft")
    assert player_state(page)["rate"] == pytest.approx(0.75)
    assert widget.get_attribute("data-rate") == "0.75"
    assert slider.get_attribute("aria-valuetext") == "75% speed"
    assert widget.locator(".playback__rate-value").inner_text() == "75%"
    status = widget.locator(".playback__status")
    page.wait_for_function("() => document.querySelector('.playback__status').textContent.includes('75%')")
    assert status.inner_text() == "75% speed, pitch kept: longer, in the same voice."

    page.keyboard.press("Tab")
    assert checkbox.evaluate("element => element === document.activeElement")
    page.keyboard.press("Space")
    assert not checkbox.is_checked()
    assert player_state(page) == {"rate": pytest.approx(0.75), "keep": False, "src": base_url + "media/audio/original.mp3"}
    page.wait_for_function("() => document.querySelector('.playback__status').textContent.includes('not kept')")
    assert status.inner_text() == "75% speed, pitch not kept: longer and deeper."

    # The choice survives reloading the clip, as the browser resets the rate on a new load.
    assert wait_for_metadata(page, ".playback__player") == pytest.approx(5.4, abs=0.3)
    assert player_state(page)["rate"] == pytest.approx(0.75)

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("End")
    assert player_state(page)["rate"] == pytest.approx(1.5)


def test_no_axe_violations_after_using_the_toy(new_page, base_url):
    page = new_page(color_scheme="light")
    page.goto(base_url + CHAPTER)
    page.locator(WIDGET).locator(".playback__rate input").focus()
    page.keyboard.press("ArrowRight")
    page.locator(WIDGET).locator(".playback__pitch input").press("Space")
    assert axe_violations(page) == []


def test_the_toy_and_the_clips_work_from_disk(new_page, site):
    page = new_page()
    page.goto((site / CHAPTER).as_uri())
    assert player_state(page)["src"] == (site / "media/audio/original.mp3").as_uri()
    assert wait_for_metadata(page, ".playback__player") == pytest.approx(5.4, abs=0.3)
    for number in range(len(CLIPS)):
        selector = f".playback__clips li:nth-child({number + 1}) audio"
        assert wait_for_metadata(page, selector) > 5


def test_without_javascript_every_clip_has_a_working_player_and_link(new_page, base_url):
    page = new_page(java_script_enabled=False)
    page.goto(base_url + CHAPTER)
    widget = page.locator(WIDGET)
    assert not widget.locator(".widget__live").is_visible()
    assert widget.locator(".widget__fallback img").is_visible()
    assert "Transcript" in widget.locator("figcaption").inner_text()
    players = widget.locator(".playback__clips audio")
    links = widget.locator(".playback__clips a")
    assert players.count() == links.count() == len(CLIPS)
    for number, clip in enumerate(CLIPS):
        player = players.nth(number)
        assert player.is_visible() and player.get_attribute("controls") is not None
        assert player.get_attribute("preload") == "none", "pages stay light: clips load only when played"
        for url in (player.get_attribute("src"), links.nth(number).get_attribute("href")):
            absolute = urljoin(page.url, url)
            assert absolute == base_url + "media/audio/" + clip
            response = page.request.get(absolute)
            assert response.ok and response.headers["content-type"] == "audio/mpeg"
            # An ID3 tag or an MPEG audio frame header (11 sync bits set).
            body = response.body()
            assert body.startswith(b"ID3") or (body[0] == 0xFF and body[1] & 0xE0 == 0xE0), f"{clip} is not an MP3"
