"""How the benchmarks and the browser tests start Chromium, in one place.

Both drive the system Chromium (a browser download cannot work offline)
with background traffic switched off, so that every request a page makes
is one the page itself asked for.
"""

from __future__ import annotations

import os
import shutil

#: Flags for every Chromium the benchmarks and the tests start (Playwright adds --headless itself).
BROWSER_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
#: Addresses a page served on 127.0.0.1 may request; anything else would leave the machine.
LOCAL_PREFIXES = ("http://127.0.0.1:", "data:", "blob:", "about:", "chrome:", "chrome-extension:")


def chrome_path() -> str:
    """The Chromium to drive: ``CHROME_PATH`` if set, else the system Chromium."""
    path = os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise SystemExit("Chromium is missing: install it (make chromium) or run with --skip-lighthouse --skip-scale")
    return path
