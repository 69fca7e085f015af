"""Screenshots of a report for the README: python scripts/screenshot.py [REPORT] [OUT]

REPORT defaults to out/demo/report.html (`make demo`), OUT to docs/screenshot-report.png; the
other shots go beside OUT: the map, the timeline and the outlet view. Uses Debian's Chromium
through Playwright (no browser download); network blocked.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# (section, file, whether to open its first card)
SECTIONS = (
    ("#map-section", "screenshot-map.png", False),
    ("#timeline", "screenshot-timeline.png", False),
    ("#outlets", "screenshot-outlets.png", True),
)


def main() -> None:
    report = Path(sys.argv[1] if len(sys.argv) > 1 else "out/demo/report.html").resolve()
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshot-report.png")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 1500})
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort()
        )
        page.goto(report.as_uri())
        page.wait_for_selector("path.sitrep-marker", state="attached")
        page.wait_for_timeout(300)
        page.screenshot(path=str(out))
        for section, name, open_first in SECTIONS:
            if page.locator(section).count() == 0:
                continue
            if open_first:
                page.locator(f"{section} details").first.evaluate("d => d.open = true")
            page.locator(section).evaluate("el => el.scrollIntoView({block: 'start'})")
            page.wait_for_timeout(200)
            page.screenshot(path=str(out.parent / name))
        browser.close()
    print(out)


if __name__ == "__main__":
    main()
