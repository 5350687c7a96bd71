"""Bidirectional controls never reach what the dashboard shows: they are stripped.

Before: U+202E (RIGHT-TO-LEFT OVERRIDE) in an article reached the article reader's HTML as is,
so "said 12 died" could show as "deid 21 dias". Stripped rather than isolated: inside an isolate
an override still reverses the figure.
"""

import pandas as pd
import pytest

from workbench.app.state import plain
from workbench.highlight import BIDI_CONTROLS, highlight_html, text_html

RLO, LRE, PDF, RLI, PDI, RLM = "\u202e", "\u202a", "\u202c", "\u2067", "\u2069", "\u200f"

# (case, text shown, what the reader must show)
TEXTS = [
    ("override before a figure", f"Police said {RLO}12 died", "Police said 12 died"),
    ("embedding closed", f"{LRE}abc{PDF} 40", "abc 40"),
    ("isolate", f"{RLI}x{PDI} 7", "x 7"),
    ("a mark", f"a{RLM}b", "ab"),
    ("Arabic letter mark", "a\u061cb", "ab"),
    ("plain text untouched", "Police said 12 died", "Police said 12 died"),
    ("Hebrew letters kept", "\u05e9\u05dc\u05d5\u05dd 12", "\u05e9\u05dc\u05d5\u05dd 12"),
]


@pytest.mark.parametrize(("case", "text", "shown"), TEXTS, ids=[t[0] for t in TEXTS])
def test_bidi_controls_are_stripped_from_the_reader(case: str, text: str, shown: str) -> None:
    out = text_html(text)
    assert not any(c in out for c in BIDI_CONTROLS), repr(out)
    assert out == text_html(shown)
    assert not any(c in plain(text) for c in BIDI_CONTROLS)


def test_highlighted_figure_and_its_label_have_none() -> None:
    text = f"Police said {RLO}12 died"
    start = text.index("12")
    claims = pd.DataFrame(
        {"start": [start], "end": [start + 2], "source": [f"po{RLO}lice"], "metric": ["died"]}
    )
    out = highlight_html(text, claims)
    assert not any(c in out for c in BIDI_CONTROLS), repr(out)
    assert ">12</mark>" in out and 'title="died — police"' in out  # offsets held: the figure is marked


# (case, a table shown by the dashboard, its text cells as shown)
TABLES = [
    ("override in a source", {"source": [f"po{RLO}lice", "x"], "n": [1, 2]}, ["police", "x"]),
    ("none: the same frame", {"source": ["police", "x"], "n": [1, 2]}, ["police", "x"]),
    ("missing cells kept", {"source": [None, f"a{RLI}b"], "n": [1, 2]}, [None, "ab"]),
]


@pytest.mark.parametrize(("case", "data", "shown"), TABLES, ids=[t[0] for t in TABLES])
def test_tables_and_charts_show_no_bidi_controls(case: str, data: dict, shown: list) -> None:
    from workbench.charts import literal
    from workbench.highlight import table_without_bidi

    frame = pd.DataFrame(data)
    out = table_without_bidi(frame)
    assert [None if pd.isna(v) else v for v in out["source"]] == shown and out["n"].tolist() == [1, 2]
    assert frame["source"].str.len().sum() == pd.Series(data["source"]).str.len().sum()  # data untouched
    assert literal(f"po{RLO}lice") == "police"
