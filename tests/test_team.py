"""Signed-in reviewers: the roles file, what each role may do, the dashboard in team mode (through
Streamlit's AppTest, with the sign-in's claims given as ``st.user``), and how `workbench app`
starts: loopback only without sign-in, sign-in required with an [auth] section or --team.
The real sign-in, through an OpenID Connect provider and a browser, is in test_team_browser.py.
"""

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from tests.conftest import ROOT, SEED, point_app_at
from workbench import ClaimStore, Workspace
from workbench.cli import app
from workbench.documents import Document
from workbench.roles import PERMISSIONS, Reviewer, Roles, RolesError, signed_in

APP = str(ROOT / "workbench" / "app" / "main.py")
ROLES = """
[roles]
"Ed@Desk.example" = "editor"
"rita@desk.example" = "reviewer"
"@bureau.example" = "reviewer"
"""
AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a long random secret for tests only",
    "client_id": "workbench",
    "client_secret": "secret",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}
EDITOR = {"is_logged_in": True, "email": "ed@desk.example", "name": "Ed Editor", "email_verified": True}
REVIEWER = {"is_logged_in": True, "email": "rita@desk.example", "name": "Rita Reviewer"}


# --- the roles file and what each role may do ----------------------------------------------------
# (role, action, allowed)
MAY = [
    (role, action, role in allowed)
    for action, allowed in PERMISSIONS.items()
    for role in ("reviewer", "editor")
]


@pytest.mark.parametrize(("role", "action", "allowed"), MAY, ids=[f"{r}-{a}" for r, a, _ in MAY])
def test_what_each_role_may_do(role: str, action: str, allowed: bool) -> None:
    assert Reviewer("x", "x@desk.example", role).may(action) is allowed
    assert Reviewer("x").may(action)  # locally, one person at their own machine may do everything


def test_the_roles_the_issue_names() -> None:
    reviewer, editor = Reviewer("r", "r@d.example", "reviewer"), Reviewer("e", "e@d.example", "editor")
    assert [reviewer.may(a) for a in ("decide", "undo_own", "undo_any", "export", "delete")] == [
        True,
        True,
        False,
        False,
        False,
    ]
    assert all(editor.may(a) for a in ("decide", "undo_own", "undo_any", "export", "delete"))


# (case, the sign-in's claims, the reviewer made, or words of the refusal)
SIGN_INS = [
    (
        "an editor, address in another case",
        {"email": "ed@DESK.example", "name": "Ed"},
        ("Ed", "ed@desk.example", "editor"),
    ),
    (
        "a reviewer without a name",
        {"email": "rita@desk.example"},
        ("rita@desk.example", "rita@desk.example", "reviewer"),
    ),
    (
        "anyone at a listed domain",
        {"email": "sam@bureau.example", "name": "Sam"},
        ("Sam", "sam@bureau.example", "reviewer"),
    ),
    ("an address off the list", {"email": "eve@elsewhere.example"}, "is not on this desk's list"),
    ("a lookalike domain", {"email": "eve@evilbureau.example"}, "is not on this desk's list"),
    ("a subdomain is not the domain", {"email": "eve@x.bureau.example"}, "is not on this desk's list"),
    (
        "an address the provider did not verify",
        {"email": "ed@desk.example", "email_verified": False},
        "not verified",
    ),
    ("no email in the sign-in", {"name": "Ed"}, "no email address"),
]


@pytest.mark.parametrize(("case", "claims", "expected"), SIGN_INS, ids=[s[0] for s in SIGN_INS])
def test_a_sign_in_makes_a_reviewer_or_is_refused(case: str, claims: dict, expected) -> None:
    who = signed_in(claims, Roles.parse(ROLES))
    if isinstance(expected, tuple):
        assert (who.name, who.email, who.role) == expected
    else:
        assert isinstance(who, str) and expected in who


# (case, roles file text, words of the one-line error)
BAD_ROLES = [
    ("no roles table", "[people]\n'a@b.example' = 'editor'\n", "no [roles] table"),
    ("an unknown role", "[roles]\n'a@b.example' = 'admin'\n", "roles are reviewer, editor"),
    ("not an address", "[roles]\n'ana' = 'editor'\n", "neither an email nor a domain"),
    ("not TOML", "[roles\n", "not TOML"),
    ("empty", "", "no [roles] table"),
]


@pytest.mark.parametrize(("case", "text", "words"), BAD_ROLES, ids=[b[0] for b in BAD_ROLES])
def test_a_bad_roles_file_is_one_line(tmp_path: Path, case: str, text: str, words: str) -> None:
    path = tmp_path / "roles.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RolesError, match=None) as err:
        Roles.load(path)
    assert words in str(err.value) and str(path) in str(err.value) and "\n" not in str(err.value)


# --- the dashboard in team mode -----------------------------------------------------------------
@pytest.fixture
def team(monkeypatch, tmp_path: Path):
    """A team dashboard over a store holding the seed article; returns (start an AppTest, url)."""
    url = f"sqlite:///{tmp_path / 'review.db'}"
    Workspace(url).ingest([Document("seed", SEED.read_text(encoding="utf-8"), "Seed")])
    (tmp_path / "roles.toml").write_text(ROLES, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_DB", url)
    monkeypatch.setenv("WORKBENCH_PATHS", "")
    monkeypatch.setenv("WORKBENCH_TEAM", "1")
    monkeypatch.setenv("WORKBENCH_ROLES", str(tmp_path / "roles.toml"))

    def start(user: dict, auth: dict | None = AUTH) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=90)
        if auth:
            at.secrets["auth"] = auth
        at.user = user
        at.run()
        assert not at.exception, at.exception
        return at

    return start, url


def shown(at: AppTest) -> str:
    """Everything the page sends to the browser, as text."""

    def walk(node):
        yield node
        for child in getattr(node, "children", {}).values():
            yield from walk(child)

    return "\n".join(str(getattr(n, "proto", "")) for n in walk(at._tree))


def no_data(at: AppTest) -> bool:
    page = shown(at)
    return not any(w in page for w in ("Zelensky", "43,000", "casualties", "seed")) and not at.dataframe


def test_not_signed_in_sees_the_sign_in_button_only(team) -> None:
    start, _ = team
    at = start({"is_logged_in": False})
    assert [b.label for b in at.button] == ["Sign in"] and no_data(at)
    assert not at.sidebar.radio and not at.text_input


@pytest.mark.parametrize(
    "user",
    [
        {"is_logged_in": True, "email": "eve@elsewhere.example", "name": "Eve"},
        {"is_logged_in": True, "email": "ed@desk.example", "email_verified": False},
    ],
    ids=["off the list", "not verified"],
)
def test_signed_in_but_not_allowed_sees_no_data(team, user: dict) -> None:
    start, _ = team
    at = start(user)
    assert at.error[0].value.startswith("Not allowed: ") and no_data(at)
    assert [b.label for b in at.button] == ["Sign out"]


def test_team_mode_without_sign_in_settings_shows_nothing(team) -> None:
    start, _ = team
    at = start(EDITOR, auth=None)
    assert "needs an [auth] section" in at.error[0].value and no_data(at)


def test_without_a_roles_file_no_one_is_let_in(team, monkeypatch, tmp_path: Path) -> None:
    start, _ = team
    monkeypatch.setenv("WORKBENCH_ROLES", str(tmp_path / "missing.toml"))
    at = start(EDITOR)
    assert at.error[0].value.startswith("No one can be let in: cannot read the roles file") and no_data(at)


def goto(at: AppTest, page: str) -> AppTest:
    at.sidebar.radio(key="page").set_value(page).run()
    assert not at.exception, at.exception
    return at


def test_a_reviewer_decides_as_their_sign_in_and_cannot_export_or_delete(team) -> None:
    start, url = team
    at = start(REVIEWER)
    (caption,) = (c.value.replace("\\", "") for c in at.sidebar.caption)  # shown as written, not Markdown
    assert caption == "Signed in as Rita Reviewer <rita@desk.example>, reviewer."
    with pytest.raises(KeyError):
        at.text_input(key="reviewer")  # no name box: the name comes from the sign-in
    goto(at, "Reconcile")
    at.button(key="verdict_consistent").click().run()  # no verdict is chosen for a reviewer
    at.button(key="save_verdict").click().run()
    entry = ClaimStore(url).audit_log().iloc[-1]
    assert (entry["action"], entry["reviewer"], entry["email"]) == (
        "verdict",
        "Rita Reviewer",
        "rita@desk.example",
    )
    with pytest.raises(KeyError):
        at.button(key="undo_any")  # others' decisions are an editor's to undo
    goto(at, "Export")
    assert not at.get("download_button") and "Exports are for editors" in at.info[0].value
    goto(at, "Documents")
    with pytest.raises(KeyError):
        at.button(key="delete")


def test_an_editor_undoes_a_reviewers_verdict_exports_and_deletes(team) -> None:
    start, url = team
    store = ClaimStore(url)
    at = start(EDITOR)
    goto(at, "Reconcile")
    gid = at.selectbox(key="group").value
    store.save_verdict(gid, "conflict", "Rita Reviewer", email="rita@desk.example")
    at.run()
    at.button(key="undo_any").click().run()
    assert store.verdicts().empty
    undo = store.audit_log().iloc[-1]
    assert (undo["action"], undo["email"]) == ("undo", "ed@desk.example")
    goto(at, "Export")
    assert len(at.get("download_button")) == 2
    goto(at, "Documents")
    at.selectbox(key="delete_doc").set_value("seed")
    at.checkbox(key="delete_confirm").check()
    at.button(key="delete").click().run()
    assert store.count("documents") == 0 and store.audit_log().iloc[-1]["action"] == "delete"


def test_locally_the_sidebar_name_is_recorded(monkeypatch, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    Workspace(url).ingest([Document("seed", SEED.read_text(encoding="utf-8"), "Seed")])
    point_app_at(monkeypatch, url)
    at = AppTest.from_file(APP, default_timeout=90).run()
    at.text_input(key="reviewer").input("ana").run()
    goto(at, "Reconcile")
    at.button(key="verdict_consistent").click().run()
    at.button(key="save_verdict").click().run()
    entry = ClaimStore(url).audit_log().iloc[-1]
    assert entry["reviewer"] == "ana" and entry["email"] is None


# --- how `workbench app` starts ------------------------------------------------------------------
@pytest.fixture
def serve(monkeypatch, tmp_path: Path):
    """Run `workbench app ...` in tmp_path up to the point where Streamlit would serve; returns
    (result, Streamlit's arguments, the environment the app gets)."""
    import streamlit.web.cli as stcli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("WORKBENCH_TEAM", "WORKBENCH_ROLES", "WORKBENCH_DB", "WORKBENCH_PATHS"):
        monkeypatch.setenv(name, "")  # so that what the command sets is undone after the test
        monkeypatch.delenv(name)
    seen: dict = {}

    def fake_main() -> int:
        import os

        seen["argv"] = list(sys.argv)
        seen["env"] = {k: os.environ.get(k) for k in ("WORKBENCH_TEAM", "WORKBENCH_ROLES")}
        return 0

    monkeypatch.setattr(stcli, "main", fake_main)
    monkeypatch.setattr(sys, "argv", list(sys.argv))

    def run(*args: str, secrets: str | None = None, roles: str | None = ROLES):
        if secrets is not None:
            (tmp_path / ".streamlit").mkdir(exist_ok=True)
            (tmp_path / ".streamlit" / "secrets.toml").write_text(secrets, encoding="utf-8")
        if roles is not None:
            (tmp_path / "roles.toml").write_text(roles, encoding="utf-8")
        result = CliRunner().invoke(
            app, ["app", "--db", f"sqlite:///{tmp_path / 'w.db'}", "--headless", *args]
        )
        argv = seen.get("argv", [])
        address = argv[argv.index("--server.address") + 1] if "--server.address" in argv else None
        return result, address, seen.get("env", {})

    return run


SECRETS = "[auth]\n" + "".join(f'{k} = "{v}"\n' for k, v in AUTH.items())


def test_locally_the_app_listens_on_loopback_only_and_says_so(serve) -> None:
    result, address, env = serve()
    assert result.exit_code == 0 and address == "127.0.0.1" and env["WORKBENCH_TEAM"] is None
    assert "local mode, no sign-in: http://127.0.0.1:8501 answers this machine only" in result.stderr


def test_without_sign_in_the_app_refuses_to_listen_beyond_this_machine(serve) -> None:
    result, address, _ = serve("--address", "0.0.0.0")
    assert result.exit_code == 2 and address is None and "serves this machine only" in result.stderr


def test_an_auth_section_turns_on_team_mode(serve, tmp_path: Path) -> None:
    result, address, env = serve(secrets=SECRETS)
    assert result.exit_code == 0 and address == "0.0.0.0", result.output
    assert env == {"WORKBENCH_TEAM": "1", "WORKBENCH_ROLES": str(tmp_path / "roles.toml")}
    assert "team mode, sign-in required; 3 entries in roles.toml" in result.stderr


# (case, arguments, secrets file, roles file, words of the one-line error)
TEAM_REFUSED = [
    ("--team without [auth]", ["--team"], None, ROLES, "needs an [auth] section"),
    ("no roles file", [], SECRETS, None, "cannot read the roles file roles.toml"),
    ("a roles file without roles", [], SECRETS, "# nobody\n", "no [roles] table"),
    ("secrets that are not TOML", [], "[auth\n", ROLES, "cannot read"),
]


@pytest.mark.parametrize(
    ("case", "args", "secrets", "roles", "words"), TEAM_REFUSED, ids=[t[0] for t in TEAM_REFUSED]
)
def test_team_mode_that_cannot_work_does_not_start(serve, case, args, secrets, roles, words) -> None:
    result, address, _ = serve(*args, secrets=secrets, roles=roles)
    assert result.exit_code == 2 and address is None
    assert words in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_an_allowed_reviewer_does_see_the_data(team) -> None:
    """The check that others see nothing can fail: the same check on a reviewer on the list."""
    start, _ = team
    at = goto(start(REVIEWER), "Claims")
    assert not no_data(at) and "Zelensky" in shown(at)


# (case, a name a provider could send)
NAMES = [
    ("a link", "[click](javascript:alert(1))"),
    ("HTML", "<img src=x onerror=alert(1)>"),
    ("emphasis and code", "**Ed** _the_ `editor`"),
    ("a heading and a list", "# Ed\n- one"),
]


@pytest.mark.parametrize(("case", "name"), NAMES, ids=[n[0] for n in NAMES])
def test_a_name_from_the_sign_in_is_shown_as_text(case: str, name: str) -> None:
    from markdown_it import MarkdownIt

    from workbench.app.pages import plain

    html = MarkdownIt("commonmark").render(plain(name))
    assert not any(tag in html for tag in ("<a ", "<img", "<strong", "<em>", "<code", "<h1", "<li")), html
