"""Article text as HTML with every claim highlighted; all article text is escaped.

>>> import pandas as pd
>>> claims = pd.DataFrame({"start": [4], "end": [6], "source": ["<b>x</b>"], "metric": ["killed"]})
>>> highlight_html("<i> 12 died", claims)
'&lt;i&gt; <mark title="killed — &lt;b&gt;x&lt;/b&gt;" style="background:#fde68a">12</mark> died'
"""

from __future__ import annotations

import html

import pandas as pd

PALETTE = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fbcfe8", "#fed7aa", "#a5f3fc")


def source_colours(sources: list[str]) -> dict[str, str]:
    """A stable colour per source, in order of first appearance."""
    order = list(dict.fromkeys(sources))
    return {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(order)}


def highlight_html(text: str, claims: pd.DataFrame) -> str:
    """Escaped ``text`` with a <mark> around each claim span, coloured by source."""
    colours = source_colours([str(s) for s in claims["source"]]) if len(claims) else {}
    parts: list[str] = []
    pos = 0
    for row in claims.sort_values("start").itertuples(index=False):
        start, end = int(row.start), int(row.end)
        if start < pos or end > len(text):
            continue
        parts.append(html.escape(text[pos:start]))
        label = html.escape(f"{row.metric} — {row.source or 'own voice'}", quote=True)
        parts.append(
            f'<mark title="{label}" style="background:{colours.get(str(row.source), PALETTE[0])}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        pos = end
    parts.append(html.escape(text[pos:]))
    return "".join(parts)
