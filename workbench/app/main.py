"""Streamlit entry point: who is reviewing (a name locally; a sign-in in team mode), a sidebar to
pick the page; pages are in pages.py.

Team mode (``workbench app --team``, or an [auth] section in .streamlit/secrets.toml): nothing of
the store is read or shown until the visitor has signed in through the OpenID Connect provider
and their email is on the roles file's list.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from workbench.app import pages
from workbench.app.state import keep, plain, seed
from workbench.files import Unsupported
from workbench.roles import Reviewer, Roles, RolesError, signed_in
from workbench.store import StoreConfigError
from workbench.workspace import Workspace

st.set_page_config(page_title="workbench: conflicting figures", layout="wide")
MAX_NAMED = 10  # files of other types named at start-up; the rest counted


@st.cache_resource(show_spinner=False)
def workspace(url: str) -> Workspace:
    return Workspace(url)


@st.cache_resource(show_spinner="Reading and extracting the articles...")
def startup(url: str, paths: tuple[str, ...]) -> list[str]:
    """Load the corpus given on the command line once per server, not on every rerun; an article
    an editor deleted stays deleted. Returns what to say: each file that failed, each repeat of a
    stored text, and the files of other types on one line."""
    report = workspace(url).ingest_paths(paths, keep_deleted=True)
    said = [f"Could not read {e}" for e in report.errors if not isinstance(e, Unsupported)]
    said += [
        f"Not added: {doc} has the same text as {held}."
        for doc, held in report.same_as.items()
        if doc != held  # the same file read again at start-up is no news
    ]
    others = [e.path for e in report.errors if isinstance(e, Unsupported)]
    if others:  # one line for them all: a store's own file beside the articles is no warning each
        more = f" and {len(others) - MAX_NAMED} more" if len(others) > MAX_NAMED else ""
        said.append(f"Not articles, not read: {', '.join(others[:MAX_NAMED])}{more}.")
    return said


def _auth_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def team_mode() -> bool:
    return os.environ.get("WORKBENCH_TEAM") == "1" or _auth_configured()


def signed_in_reviewer() -> Reviewer:
    """The signed-in reviewer on the allow-list; anyone else gets a sign-in page and nothing more."""
    if not _auth_configured():
        st.error(
            "Team mode needs an [auth] section in .streamlit/secrets.toml (see the README, 'For a team')."
        )
        st.stop()
    if not st.user.is_logged_in:
        st.title("workbench")
        st.write("Sign in with your newsroom account to review.")
        st.button("Sign in", key="sign_in", on_click=st.login, type="primary")
        st.stop()
    try:  # read on every run: a reviewer taken off the list loses access at once
        roles = Roles.load(Path(os.environ.get("WORKBENCH_ROLES", "roles.toml")))
    except RolesError as exc:
        st.error(f"No one can be let in: {exc}")
        st.stop()
    who = signed_in(st.user.to_dict(), roles)
    if isinstance(who, str):
        st.error(f"Not allowed: {plain(who)}.")
        st.button("Sign out", key="sign_out", on_click=st.logout)
        st.stop()
    return who


def main() -> None:
    team = team_mode()
    who = signed_in_reviewer() if team else None  # before anything of the store is touched
    url = os.environ.get("WORKBENCH_DB", "sqlite:///data/workbench.db")
    paths = tuple(p for p in os.environ.get("WORKBENCH_PATHS", "").split(os.pathsep) if p)
    try:
        ws = workspace(url)
    except StoreConfigError as exc:  # one line, never a traceback with the server's paths
        st.error(f"The review store cannot be opened: {exc}")
        st.stop()
    errors = startup(url, paths) if paths else []
    with st.sidebar:
        st.title("workbench")
        seed("page", list(pages.PAGES))
        page = st.radio("Page", list(pages.PAGES), key="page", on_change=keep, args=("page",))
        keep("page")
        if who is not None:
            st.caption(plain(f"Signed in as {who.label}, {who.role}."))
            st.button("Sign out", key="sign_out", on_click=st.logout)
        else:
            name = st.text_input("Your name (recorded with each decision)", key="reviewer")
            who = Reviewer(name.strip()[:100])
        for err in errors:
            st.warning(plain(err))
    try:
        pages.PAGES[page](ws, who)
    except Exception as exc:  # a page must never show a traceback to a reviewer
        st.error(plain(f"This page could not be shown: {type(exc).__name__}: {exc}"))


main()
