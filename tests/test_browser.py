"""A real browser: headless Chromium (Debian's) drives the running dashboard and records a verdict."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser_steps import choose_verdict
from tests.conftest import SEED
from workbench import ClaimStore

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError("the app did not become healthy")


@pytest.fixture
def running_app(tmp_path: Path):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium (see .ci/run)")
        pytest.skip("chromium is not installed here")
    port = _free_port()
    db = f"sqlite:///{tmp_path / 'review.db'}"
    log = (tmp_path / "app.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workbench.cli",
            "app",
            "--db",
            db,
            "--port",
            str(port),
            "--headless",
            str(SEED),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=tmp_path,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url, db
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()


@pytest.mark.timeout(120)
def test_app_starts_as_make_run_starts_it(tmp_path: Path) -> None:
    """No --headless, no terminal to answer a first-run prompt, no Streamlit credentials."""
    port = _free_port()
    env = {**os.environ, "HOME": str(tmp_path)}  # a fresh machine: no ~/.streamlit
    env.pop("DISPLAY", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workbench.cli",
            "app",
            "--db",
            f"sqlite:///{tmp_path / 'w.db'}",
            "--port",
            str(port),
            str(SEED),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
        env=env,
    )
    try:
        _wait_healthy(f"http://127.0.0.1:{port}", proc, timeout=90)
    finally:
        proc.terminate()
        proc.wait(30)


@pytest.mark.timeout(240)
def test_browser_records_a_verdict(running_app, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, db = running_app
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url, wait_until="domcontentloaded")
        name = page.get_by_label("Your name (recorded with each decision)")
        name.fill("ana")
        name.press("Enter")
        page.get_by_text("Reconcile", exact=True).click()
        choose_verdict(page, "Consistent")  # nothing is chosen beforehand
        page.locator(".st-key-save_verdict button").click()  # Save (its name has the S shortcut)
        expect(page.get_by_text("Saved 'consistent' on")).to_be_visible(timeout=60_000)
        page.screenshot(path=str(tmp_path / "reconcile.png"), full_page=True)
        browser.close()
    assert (tmp_path / "reconcile.png").stat().st_size > 10_000
    verdicts = ClaimStore(db).verdicts()
    assert verdicts["reviewer"].tolist() == ["ana"]
