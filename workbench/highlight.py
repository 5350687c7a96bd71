"""Article text as HTML with every claim highlighted. The text is shown as text: HTML is escaped and
so is every character Markdown reads as markup, and lines break as <br>, so neither a browser nor a
Markdown renderer can turn ``**bold**``, ``# heading`` or a link in an article into anything.

>>> import pandas as pd
>>> claims = pd.DataFrame({"start": [4], "end": [6], "source": ["<b>x</b>"], "metric": ["killed"]})
>>> highlight_html("<i> 12 died", claims, {"<b>x</b>": "#4e79a7"})  # doctest: +NORMALIZE_WHITESPACE
'&lt;i&gt; <mark title="killed — &lt;b&gt;x&lt;/b&gt;"
 style="background:rgba(78, 121, 167, 0.35);border-bottom:2px solid #4e79a7">12</mark> died'
>>> text_html("**bold** [x](y)\\n# h")
'&#42;&#42;bold&#42;&#42; &#91;x&#93;&#40;y&#41;<br>&#35; h'

Bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and the other embeddings, overrides,
isolates and marks) are stripped from what is shown, not isolated: inside an isolate an override
still turns "12" into "21" on screen, and a reviewer must see a figure's characters in their
order. Stripping a control removes no letter or digit, and offsets are taken before it.

>>> text_html("Police said \\N{RIGHT-TO-LEFT OVERRIDE}12 died")
'Police said 12 died'
"""

from __future__ import annotations

import html

import pandas as pd

from workbench.colours import OWN_VOICE, source_colours, tint

# NOTE: keep in sync with README, "The dashboard". Unicode's bidirectional formatting characters
# (UAX #9): the Arabic letter mark, LRM and RLM, the embeddings and overrides, the isolates.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
NO_BIDI = str.maketrans(dict.fromkeys(BIDI_CONTROLS))  # each removed
# HTML's special characters, and those Markdown may read as markup, as character references (which
# both leave as text), in one table so that no reference is escaped twice; bidi controls dropped.
AS_TEXT = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
    | {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-.!|~:$"}
    | dict.fromkeys(BIDI_CONTROLS)
)


def without_bidi(text: str) -> str:
    """``text`` without bidirectional controls (see the module's docstring)."""
    return text.translate(NO_BIDI)


def table_without_bidi(frame: pd.DataFrame) -> pd.DataFrame:
    """A table to show, its text cells without bidirectional controls. A column is looked at in
    one joined string and rewritten only when it holds one, so a page of 50,000 claims with none
    pays two C-level scans per column, not a Python call per cell.

    >>> table_without_bidi(pd.DataFrame({"s": ["a\\u202eb", "c"], "n": [1, 2]}))["s"].tolist()
    ['ab', 'c']
    """
    out = frame
    for col in frame.columns:
        values = frame[col]
        if values.dtype != object and not pd.api.types.is_string_dtype(values):
            continue
        joined = "\x1f".join(v for v in values if isinstance(v, str))
        if any(c in joined for c in BIDI_CONTROLS):
            out = out.copy() if out is frame else out
            cells = [v.translate(NO_BIDI) if isinstance(v, str) else v for v in values]
            out[col] = pd.Series(cells, index=values.index, dtype=values.dtype)  # None stays None
    return out


def text_html(text: str) -> str:
    """``text`` as HTML that reads as the text itself, line breaks kept."""
    return text.replace("\r\n", "\n").translate(AS_TEXT).replace("\n", "<br>")


def highlight_html(text: str, claims: pd.DataFrame, colours: dict[str, str] | None = None) -> str:
    """``text`` as HTML (see :func:`text_html`) with a <mark> around each claim span, coloured by
    source (``colours``: the store-wide colours of ``workbench.colours``)."""
    colours = colours or (source_colours(claims["source"]) if len(claims) else {})
    parts: list[str] = []
    pos = 0
    for row in claims.sort_values("start").itertuples(index=False):
        start, end = int(row.start), int(row.end)
        if start < pos or end > len(text) or not _spans(text, row):
            continue
        parts.append(text_html(text[pos:start]))
        label = html.escape(without_bidi(f"{row.metric} — {row.source or 'the article'}"), quote=True)
        colour = colours.get(str(row.source or ""), OWN_VOICE)
        parts.append(
            f'<mark title="{label}" style="background:{tint(colour)};border-bottom:2px solid {colour}">'
            f"{text_html(text[start:end])}</mark>"
        )
        pos = end
    parts.append(text_html(text[pos:]))
    return "".join(parts)


def _spans(text: str, row: object) -> bool:
    """Whether a claim's offsets hold its figure in ``text`` (a row without ``number_text`` is
    trusted). A claims table read from another version of the article (``reconcile --db`` on an
    edited file keeps the stored text) would otherwise mark "ll" of "killed" as the figure 45."""
    figure = getattr(row, "number_text", None)
    return not isinstance(figure, str) or text[int(row.start) : int(row.end)] == figure


def misplaced(text: str, claims: pd.DataFrame) -> int:
    """How many claims' offsets do not hold their figure in ``text`` (not marked by
    :func:`highlight_html`): the claims were read from another version of the article.

    >>> misplaced("Police said 40 died.", pd.DataFrame({"start": [12, 12], "end": [14, 14],
    ...     "number_text": ["40", "45"]}))
    1
    """
    return sum(not _spans(text, r) or int(r.end) > len(text) for r in claims.itertuples(index=False))
