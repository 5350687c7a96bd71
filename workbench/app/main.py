"""Streamlit entry point: a sidebar to pick the page and name the reviewer; pages are in pages.py."""

from __future__ import annotations

import os

import streamlit as st

from workbench.app import pages
from workbench.store import StoreConfigError
from workbench.workspace import Workspace

st.set_page_config(page_title="workbench: conflicting figures", layout="wide")


@st.cache_resource(show_spinner=False)
def workspace(url: str) -> Workspace:
    return Workspace(url)


@st.cache_resource(show_spinner="Reading and extracting the articles...")
def startup(url: str, paths: tuple[str, ...]) -> list[str]:
    """Load the corpus given on the command line once per server, not on every rerun."""
    report = workspace(url).ingest_paths(paths)
    return [str(e) for e in report.errors]


def main() -> None:
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
        page = st.radio("Page", list(pages.PAGES), key="page")
        reviewer = st.text_input("Your name (recorded with each decision)", key="reviewer")
        for err in errors:
            st.warning(f"Could not read {err}")
    try:
        pages.PAGES[page](ws, reviewer.strip())
    except Exception as exc:  # a page must never show a traceback to a reviewer
        st.error(f"This page could not be shown: {type(exc).__name__}: {exc}")


main()
