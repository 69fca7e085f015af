"""Screenshot a report for the README: python scripts/screenshot.py out/demo/report.html

Uses Debian's Chromium through Playwright (no browser download); network blocked.
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
        for section, name in (
            ("#map-section", "screenshot-map.png"),
            ("#timeline", "screenshot-timeline.png"),
        ):
            page.locator(section).scroll_into_view_if_needed()
            page.wait_for_timeout(200)
            page.screenshot(path=str(out.parent / name))
        browser.close()
    print(out)


if __name__ == "__main__":
    main()
