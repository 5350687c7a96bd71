"""Steps shared by the headless-Chromium tests."""

from __future__ import annotations


def choose_verdict(page, verdict: str) -> None:
    """Click a verdict button until it shows as chosen: a click that lands while the form from the
    run before is being replaced is lost (a reviewer would click again), so up to three clicks."""
    from playwright.sync_api import expect

    button = page.get_by_role("button", name=verdict)
    expect(button).to_be_visible(timeout=60_000)
    for attempt in range(3):
        button.click()
        try:
            expect(button).to_have_attribute("kind", "primary", timeout=15_000)
            return
        except AssertionError:
            if attempt == 2:
                raise
