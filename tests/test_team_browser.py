"""Signing in for real: an OpenID Connect provider on loopback (oidc-provider-mock), the dashboard
in team mode against it and a PostgreSQL store, and headless Chromium (Debian's) going through the
provider's sign-in form. The verdict it records carries the signed-in email; a browser that has
not signed in sees the sign-in button and nothing else; an address off the allow-list is refused.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser_steps import choose_verdict
from tests.conftest import SEED, pg_database
from tests.test_browser import CHROMIUM, FLAGS, _free_port, _wait_healthy
from workbench import ClaimStore

pytestmark = pytest.mark.browser

EDITOR = {"sub": "ed@desk.example", "email": "ed@desk.example", "name": "Ed Editor", "email_verified": True}
OUTSIDER = {"sub": "eve@elsewhere.example", "email": "eve@elsewhere.example", "name": "Eve"}
ROLES = '[roles]\n"ed@desk.example" = "editor"\n"rita@desk.example" = "reviewer"\n'
ARTICLE_WORDS = ("Zelensky", "43,000", "casualties", "Trump")  # in the seed article, never before sign-in


def _wait_http(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[:3]} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer")


@pytest.fixture(scope="module")
def team_app(tmp_path_factory, pg_admin_url: str) -> Iterator[tuple[str, str]]:
    """The provider and the team dashboard, running; yields (the dashboard's URL, the store's URL)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium (see .ci/run)")
        pytest.skip("chromium is not installed here")
    home = tmp_path_factory.mktemp("team")
    idp_port, app_port = _free_port(), _free_port()
    idp = f"http://127.0.0.1:{idp_port}"
    url = f"http://127.0.0.1:{app_port}"
    (home / ".streamlit").mkdir()
    (home / ".streamlit" / "secrets.toml").write_text(
        "[auth]\n"
        f'redirect_uri = "{url}/oauth2callback"\n'
        'cookie_secret = "a-long-random-cookie-secret-for-this-test-only"\n'
        'client_id = "workbench"\n'
        'client_secret = "workbench-secret"\n'
        f'server_metadata_url = "{idp}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    (home / "roles.toml").write_text(ROLES, encoding="utf-8")
    env = {**os.environ, "HOME": str(home)}
    env.pop("DISPLAY", None)
    procs: list[subprocess.Popen] = []
    logs = [(home / "idp.log").open("w"), (home / "app.log").open("w")]
    with pg_database(pg_admin_url) as db:
        try:
            users = ["--user-claims", json.dumps(EDITOR), "--user-claims", json.dumps(OUTSIDER)]
            provider = [
                sys.executable,
                "-m",
                "oidc_provider_mock",
                "--host",
                "127.0.0.1",
                "--port",
                str(idp_port),
            ]
            procs.append(
                subprocess.Popen([*provider, *users], stdout=logs[0], stderr=subprocess.STDOUT, env=env)
            )
            _wait_http(f"{idp}/.well-known/openid-configuration", procs[0])
            dashboard = [sys.executable, "-m", "workbench.cli", "app", "--db", db, "--port", str(app_port)]
            dashboard += ["--address", "127.0.0.1", "--headless", str(SEED)]
            procs.append(
                subprocess.Popen(dashboard, stdout=logs[1], stderr=subprocess.STDOUT, cwd=home, env=env)
            )
            _wait_healthy(url, procs[1])
            yield url, db
        finally:
            for proc in reversed(procs):
                proc.terminate()
                proc.wait(30)
            for log in logs:
                log.close()


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def _sign_in(chromium, url: str, sub: str):
    """A fresh browser (no cookies) signs in through the provider's form as ``sub``."""
    from playwright.sync_api import expect

    page = chromium.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/oauth2/authorize**", timeout=60_000)
    page.get_by_placeholder("sub").fill(sub)
    page.get_by_role("button", name="Authorize", exact=True).click()
    page.wait_for_url(f"{url}/**", timeout=60_000)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible(timeout=60_000)
    return page


@pytest.mark.timeout(300)
def test_a_signed_in_editors_verdict_carries_their_email(team_app, chromium, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    url, db = team_app
    page = _sign_in(chromium, url, EDITOR["sub"])
    expect(page.get_by_text("Signed in as Ed Editor <ed@desk.example>, editor.")).to_be_visible(
        timeout=60_000
    )
    expect(page.get_by_label("Your name (recorded with each decision)")).to_have_count(0)
    page.get_by_text("Reconcile", exact=True).click()
    choose_verdict(page, "Consistent")  # nothing is chosen beforehand
    page.locator(".st-key-save_verdict button").click()  # Save (its name has the S shortcut)
    expect(page.get_by_text("Saved 'consistent' on")).to_be_visible(timeout=60_000)
    page.screenshot(path=str(tmp_path / "signed-in.png"), full_page=True)
    entry = ClaimStore(db).audit_log().iloc[-1]
    assert (entry["action"], entry["reviewer"], entry["email"]) == ("verdict", "Ed Editor", "ed@desk.example")
    page.context.close()


@pytest.mark.timeout(300)
def test_a_browser_not_signed_in_sees_the_sign_in_page_only(team_app, chromium) -> None:
    from playwright.sync_api import expect

    url, _ = team_app
    page = chromium.new_context().new_page()
    page.goto(url, wait_until="domcontentloaded")
    expect(page.get_by_role("button", name="Sign in")).to_be_visible(timeout=60_000)
    page.wait_for_timeout(2_000)  # anything else the app would send has arrived by now
    body = page.inner_text("body")
    assert "Sign in with your newsroom account" in body
    assert not any(w in body for w in ARTICLE_WORDS), body
    assert page.get_by_role("main").get_by_role("button").all_inner_texts() == ["Sign in"]
    expect(page.get_by_text("Reconcile", exact=True)).to_have_count(0)
    page.context.close()


@pytest.mark.timeout(300)
def test_a_signed_in_address_off_the_list_is_refused(team_app, chromium) -> None:
    from playwright.sync_api import expect

    url, db = team_app
    page = _sign_in(chromium, url, OUTSIDER["sub"])
    expect(page.get_by_text("Not allowed: eve@elsewhere.example is not on this desk's list")).to_be_visible(
        timeout=60_000
    )
    page.wait_for_timeout(1_000)
    body = page.inner_text("body")
    assert not any(w in body for w in ARTICLE_WORDS), body
    expect(page.get_by_text("Reconcile", exact=True)).to_have_count(0)
    assert "eve@elsewhere.example" not in set(ClaimStore(db).audit_log()["email"].dropna())
    page.context.close()
