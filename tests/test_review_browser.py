"""The whole review of the seed story in a real browser (headless Chromium, Debian's): open the
queue, read the claims in context, save a verdict, undo it, decide again, save and go to the next
group, export. Screenshots of each step are kept in the test's folder (WORKBENCH_SHOTS names
another) to be looked at."""

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser_steps import choose_verdict, settled
from tests.conftest import ROOT, SEED
from tests.test_browser import CHROMIUM, FLAGS, _free_port, _wait_healthy
from workbench import ClaimStore, Workspace
from workbench.naming import group_names
from workbench.views import next_undecided, review_queue

pytestmark = pytest.mark.browser
MARKUP = (
    "**bold** and [a link](https://example.com)\n\n# Not a heading\n\nPolice said 12 people were killed.\n"
)
SEED_GROUP = "Trump Advocates for Ukraine Ceasefire… — casualties"


@pytest.fixture
def review_app(tmp_path: Path):
    """The dashboard on the seed story, the bridge story and an article full of Markdown."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium (see .ci/run)")
        pytest.skip("chromium is not installed here")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "seed.txt")
    shutil.copytree(ROOT / "data" / "corpus" / "bridge", corpus / "bridge")
    (corpus / "**markup**.txt").write_text(MARKUP, encoding="utf-8")
    port, db = _free_port(), f"sqlite:///{tmp_path / 'review.db'}"
    Workspace(db).ingest_paths([corpus])  # as the app does on its first page, here to know the groups
    log = (tmp_path / "app.log").open("w")
    command = [sys.executable, "-m", "workbench.cli", "app", "--db", db, "--port", str(port), "--headless"]
    proc = subprocess.Popen([*command, str(corpus)], stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        _wait_healthy(f"http://127.0.0.1:{port}", proc)
        yield f"http://127.0.0.1:{port}", db
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()


def _row(page, i: int) -> None:
    """Click the row marker of row ``i`` of the queue (the table is a canvas: rows are 35px under a
    35px header)."""
    box = page.get_by_test_id("stDataFrame").first.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 35 * (i + 1) + 17)


@pytest.mark.timeout(300)
def test_a_reviewer_walks_the_seed_story(review_app, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, db = review_app
    shots = Path(os.environ.get("WORKBENCH_SHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    rec = Workspace(db).reconciliation()
    names = group_names(rec.groups, rec.claims, rec.stories)
    ids = review_queue(rec.groups, None, names)["group_id"].tolist()
    seed_gid = next(g for g in rec.groups["group_id"] if names[g] == SEED_GROUP)  # the seed's group
    assert rec.groups.loc[rec.groups["group_id"] == seed_gid, "n_claims"].iat[0] == 4
    decided = f"0 of {len(rec.groups)} groups decided"
    other = next(g for g in ids if g != seed_gid)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.goto(f"{url}/?page=Claims&doc=seed", wait_until="domcontentloaded")
        name = page.get_by_label("Your name (recorded with each decision)")
        name.fill("ana")
        name.press("Enter")

        # Read the claims in context: every figure of the seed marked in the article, and the link's
        # article is the Document filter, so the table holds its claims only.
        expect(page.get_by_role("heading", name="Read an article")).to_be_visible(timeout=60_000)
        expect(page.locator("mark")).to_have_count(4, timeout=60_000)
        expect(page.locator("mark").first).to_have_text("approximately 400,000")
        expect(page.get_by_text(re.compile(r"^4 of \d+ claims$"))).to_be_visible()
        settled(page)
        page.screenshot(path=str(shots / "1-claims.png"), full_page=True)

        # Text is text: Markdown in an article and its file name is shown as written (a link to it).
        page.goto(f"{url}/?page=Claims&doc=%2A%2Amarkup%2A%2A", wait_until="domcontentloaded")
        name = page.get_by_label("Your name (recorded with each decision)")
        name.fill("ana")
        name.press("Enter")
        # In the reader, and as the article's title (its first line) in the filter, tables and menus:
        # as written everywhere, never rendered as Markdown.
        shown = page.get_by_text("**bold** and [a link](https://example.com)")
        expect(shown.first).to_be_visible(timeout=60_000)
        expect(page.locator("strong", has_text="bold")).to_have_count(0)
        expect(page.get_by_role("link", name="a link")).to_have_count(0)
        expect(page.get_by_text("# Not a heading")).to_be_visible()
        settled(page)
        page.screenshot(path=str(shots / "2-markup-as-text.png"), full_page=True)

        # Open the queue; a click on a row opens its group, and one on the seed's row opens the seed.
        page.get_by_text("Reconcile", exact=True).click()
        expect(page.get_by_text(decided)).to_be_visible(timeout=60_000)
        expect(page.get_by_role("heading", name=names[ids[0]])).to_be_visible(timeout=30_000)
        settled(page)
        _row(page, ids.index(other))
        expect(page.get_by_role("heading", name=names[other])).to_be_visible(timeout=30_000)
        expect(page).to_have_url(re.compile(f"group={other}"))
        settled(page)
        _row(page, ids.index(seed_gid))
        expect(page.get_by_role("heading", name=SEED_GROUP)).to_be_visible(timeout=30_000)
        expect(page).to_have_url(re.compile(f"group={seed_gid}"))
        settled(page)
        page.screenshot(path=str(shots / "3-queue.png"), full_page=True)

        # Save a verdict with the keyboard: 1 chooses consistent, S saves.
        page.get_by_role("heading", name=SEED_GROUP).click()  # the page, not a text field, has focus
        page.keyboard.press("1")
        expect(page.get_by_role("button", name="Consistent")).to_have_attribute(
            "kind", "primary", timeout=30_000
        )
        settled(page)
        page.keyboard.press("s")
        expect(page.get_by_text(f"Saved 'consistent' on '{SEED_GROUP}'.")).to_be_visible(timeout=30_000)
        expect(page.get_by_text(f"ana — decided 'consistent' on '{SEED_GROUP}'")).to_be_visible(
            timeout=30_000
        )
        settled(page)
        assert ClaimStore(db).verdict(seed_gid)["verdict"] == "consistent"
        page.screenshot(path=str(shots / "4-saved.png"), full_page=True)

        # Undo it: the message names the verdict and the group; the store has none.
        page.get_by_role("button", name="Undo my last decision").click()
        expect(page.get_by_text(f"Undid the verdict 'consistent' on '{SEED_GROUP}'.")).to_be_visible(
            timeout=30_000
        )
        expect(page.get_by_text(f"ana — undid the verdict 'consistent' on '{SEED_GROUP}'")).to_be_visible(
            timeout=30_000
        )
        settled(page)
        assert ClaimStore(db).verdict(seed_gid) is None
        expect(page.get_by_text("No decision yet.", exact=False)).to_be_visible()

        # Decide again (the reviewer's own undo does not make this save stale), with a value in the
        # number grammar, then save and go to the next undecided group in one action.
        choose_verdict(page, "Needs context")
        settled(page)
        page.get_by_label("Accepted value (optional)").fill("about 413k")
        page.get_by_label("Note: why").fill("Trump's 400,000 counts the wounded too")
        page.screenshot(path=str(shots / "5-decided-again.png"), full_page=True)
        page.get_by_role("button", name="Save and next undecided").click()
        expect(page.get_by_text(f"Saved 'needs context' on '{SEED_GROUP}'.")).to_be_visible(timeout=30_000)
        expect(page.get_by_role("heading", name=SEED_GROUP)).to_have_count(0, timeout=30_000)
        settled(page)
        saved = ClaimStore(db).verdict(seed_gid)
        assert (saved["verdict"], saved["accepted_value"], saved["note"], saved["reviewer"]) == (
            "needs context",
            413_000,
            "Trump's 400,000 counts the wounded too",
            "ana",
        )
        after = next_undecided(review_queue(rec.groups, ClaimStore(db).verdicts(), names), seed_gid)
        expect(page).to_have_url(re.compile(f"group={after}"))
        expect(page.get_by_role("heading", name=names[after])).to_be_visible()
        page.screenshot(path=str(shots / "6-next-group.png"), full_page=True)

        # Charts open on the group being reviewed, with a legend.
        page.get_by_text("Charts", exact=True).click()
        chart = page.locator(".js-plotly-plot").first
        expect(chart).to_be_visible(timeout=60_000)
        picked = page.get_by_role("combobox", name="Group")
        expect(picked).to_have_value(re.compile("^" + re.escape(names[after]) + " — "), timeout=30_000)
        expect(chart.locator(".legend")).to_have_count(1, timeout=30_000)
        settled(page)
        page.screenshot(path=str(shots / "7-charts.png"), full_page=True)

        # Export: the preview, then the reconciled CSV with the verdict and the derived total.
        page.get_by_text("Export", exact=True).click()
        expect(page.get_by_text("Reviewed groups only")).to_be_visible(timeout=60_000)
        page.get_by_text("Reviewed groups only").click()
        expect(page.get_by_text("4 claims of")).to_be_visible(timeout=30_000)
        settled(page)
        page.screenshot(path=str(shots / "8-export.png"), full_page=True)
        with page.expect_download() as download:
            page.get_by_role("button", name="Reconciled CSV").click()
        rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
        browser.close()
    assert {r["verdict"] for r in rows} == {"needs context"} and len(rows) == 4
    assert {r["derived_total"] for r in rows if r["source"] == "Volodymr Zelensky"} == {"413000.0"}
    assert all(r["explanation"] and r["status"] for r in rows)
    assert list(ClaimStore(db).audit_log()["action"]) == ["verdict", "undo", "verdict"]


@pytest.mark.timeout(180)
def test_a_refused_bulk_accept_keeps_its_panel_open(review_app) -> None:
    """ "Nothing accepted: tick the box" was shown above the page, which moved the panel down and
    drew it anew, closed: the box to tick was hidden."""
    from playwright.sync_api import expect, sync_playwright

    url, db = review_app
    decided = f"0 of {len(Workspace(db).reconciliation().groups)} groups decided"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{url}/?page=Reconcile", wait_until="domcontentloaded")
        name = page.get_by_label("Your name (recorded with each decision)")
        name.fill("ana")
        name.press("Enter")
        expect(page.get_by_text(decided)).to_be_visible(timeout=60_000)
        settled(page)
        page.get_by_text("Accept every consistent group the engine found").click()
        box = page.get_by_text("Yes, accept these")
        expect(box).to_be_visible(timeout=30_000)
        page.get_by_role("button", name="Accept them").click()
        expect(page.get_by_text("Nothing accepted: tick the box to confirm.")).to_be_visible(timeout=30_000)
        settled(page)
        expect(box).to_be_visible()
        box.click()
        settled(page)  # the tick redraws the page: the button of the run before may still stand
        page.get_by_role("button", name="Accept them").click()
        expect(page.get_by_text(re.compile(r"Accepted \d+ consistent group"))).to_be_visible(timeout=30_000)
        browser.close()
    assert not ClaimStore(db).verdicts().empty
