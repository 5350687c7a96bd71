"""What a reviewer has chosen lives in the URL (``st.query_params``): a reload, another page or a
shared link opens the same group, article and filters. Messages about a write wait in the session
until the page after it is drawn, so they sit above the true state."""

from __future__ import annotations

import re
from collections.abc import Sequence

import streamlit as st

from workbench.highlight import without_bidi
from workbench.roles import Reviewer

MARKDOWN_CHARS = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~$:@&=])")  # each escaped ("&": "&lt;" stays so)
LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")


def plain(text: str) -> str:
    r"""Text shown as itself, never read as Markdown or HTML (names, titles, file names, notes),
    and without bidirectional controls (stripped: see :mod:`workbench.highlight`). One line: a
    line break in a note would start a code block ("\n\n    x"), a heading ("\n===") or a list.

    >>> plain("**B** &lt;i&gt;\n===\n\n    x")
    '\\*\\*B\\*\\* \\&lt;i\\&gt; \\=\\=\\= x'
    """
    one_line = LINE_BREAKS.sub(" ", without_bidi(str(text))).strip()
    return MARKDOWN_CHARS.sub(r"\\\1", one_line)


def seed(key: str, options: Sequence, param: str | None = None, multi: bool = False) -> None:
    """Before the widget ``key`` is drawn: its value from the URL's ``param`` (default: ``key``)."""
    param = param or key
    if multi:
        wanted = [v for v in st.query_params.get_all(param) if v in options]
        st.session_state[key] = wanted
        return
    value = st.query_params.get(param)
    if value in options:
        st.session_state[key] = value
    elif st.session_state.get(key) not in options and options:
        st.session_state[key] = options[0]


def keep(key: str, param: str | None = None) -> None:
    """The widget ``key``'s value into the URL (an ``on_change`` callback, and after drawing)."""
    param = param or key
    value = st.session_state.get(key)
    if value in (None, [], ""):
        st.query_params.pop(param, None)
    elif st.query_params.get_all(param) != (value if isinstance(value, list) else [value]):
        st.query_params[param] = value


def go_to(param: str, value: str) -> None:
    """Open another group or article (a callback or a click): the URL says which."""
    st.query_params[param] = value


def say(kind: str, text: str) -> None:
    """Keep a message for the top of the next drawing of the page (``kind``: success, info...)."""
    st.session_state.setdefault("flash", []).append((kind, text))


def show_messages() -> None:
    """The messages the writes of this run left, as text."""
    for kind, text in st.session_state.pop("flash", []):
        getattr(st, kind)(plain(text))


def may(who: Reviewer, action: str, quiet: bool = False) -> bool:
    """Whether ``who`` may do ``action`` here; says why not (a name to enter, a role that lacks it)."""
    if not who.name:
        if not quiet:
            st.info("Enter your name in the sidebar to record decisions.")
        return False
    if not who.may(action):
        if not quiet:
            st.caption(f"Your role ({who.role}) does not include this.")
        return False
    return True
