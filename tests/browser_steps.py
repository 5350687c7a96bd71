"""Steps shared by the headless-Chromium tests."""

from __future__ import annotations


def settled(page) -> None:
    """Wait until no script run is drawing the page (Streamlit marks its root ``notRunning``): while
    one draws, the elements of the run before may still stand beside the new ones."""
    from playwright.sync_api import expect

    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=60_000)


def choose_verdict(page, verdict: str) -> None:
    """Click a verdict button until it shows as chosen. A click that lands while the form from the
    run before is being replaced is lost (a reviewer would click again), so up to three clicks, each
    on the page once no run is drawing it (mid-run, the old and the new button may both stand)."""
    from playwright.sync_api import expect

    button = page.get_by_role("button", name=verdict)
    chosen = page.locator('button[kind="primary"]').filter(has_text=verdict)
    expect(button.first).to_be_visible(timeout=60_000)
    for attempt in range(3):
        settled(page)
        if chosen.count():
            return
        button.last.click()
        try:
            expect(chosen.first).to_be_visible(timeout=15_000)
            return
        except AssertionError:
            if attempt == 2:
                raise
