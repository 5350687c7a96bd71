"""Streamlit entry point: the corpus, its claims, and each article with its figures highlighted."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from workbench.corpus import load_corpus

st.set_page_config(page_title="workbench: conflicting figures", layout="wide")


@st.cache_data(show_spinner="Extracting claims...")
def _load(paths: tuple[str, ...]) -> tuple[pd.DataFrame, dict[str, str], list[str]]:
    corpus = load_corpus(paths)
    return corpus.claims, corpus.texts, [str(e) for e in corpus.errors]


def main() -> None:
    raw = os.environ.get("WORKBENCH_PATHS", "")
    paths = tuple(p for p in raw.split(os.pathsep) if p) or ("seeds",)
    claims, texts, errors = _load(tuple(str(Path(p)) for p in paths))
    st.title("Conflicting figures")
    for err in errors:
        st.warning(f"Could not read {err}")
    if claims.empty:
        st.info("No claims yet: start the app with a folder of articles, e.g. `workbench app seeds`.")
        return
    docs = sorted(texts)
    st.caption(f"{len(claims)} claims in {len(docs)} documents")
    doc = st.selectbox("Document", docs, key="doc")
    mine = claims[claims["doc_id"] == doc]
    from workbench.highlight import highlight_html

    st.markdown(
        '<div style="white-space:pre-wrap;line-height:1.6">' + highlight_html(texts[doc], mine) + "</div>",
        unsafe_allow_html=True,
    )
    columns = ["number_text", "value", "qualifier", "unit", "metric", "subject", "source", "channel", "quote"]
    st.dataframe(mine[columns], key="claims_table", hide_index=True)


main()
