"""The ``sentence`` a claim carries: its sentence, or a bounded window of it around the figure.

Every claim used to carry a full copy of its sentence, so a text without sentence ends (a dump
of figures, a page of numbers joined by "and") cost memory and output quadratic in its length:
100 KB of input gave a 435 MB CSV. A sentence of up to :data:`SENTENCE_BUDGET` characters
around its figure is kept whole, which is every sentence of real news we have measured; a
longer one is cut to that many characters around the figure, at word boundaries, and an
ellipsis marks each cut end. The work is bounded per figure: only the window is ever copied.

>>> sentence_window("Police said 12 died.", 0, 20, 12, 14)
'Police said 12 died.'
>>> text = "a " * 300 + "then 12 died " + "b " * 300
>>> cut = sentence_window(text, 0, len(text), text.index("12"), text.index("12") + 2)
>>> cut.startswith("…") and cut.endswith("…") and "then 12 died" in cut, len(cut) <= SENTENCE_BUDGET + 4
(True, True)
"""

from __future__ import annotations

# NOTE: keep in sync with CONTRACT.md and README ("sentence" column; Limits).
SENTENCE_BUDGET = 400  # characters of a sentence around its figure (the figure's own text aside)
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
WORD_REACH = 40  # characters looked at to end a cut at a space rather than inside a word


def sentence_window(text: str, s: int, e: int, start: int, end: int, budget: int = SENTENCE_BUDGET) -> str:
    """The sentence ``text[s:e]`` around the figure ``text[start:end]``, stripped: whole when the
    rest of it fits in ``budget`` characters, else cut to ``budget`` characters around the figure
    (the side with less text gives its share to the other), at a space when one is near, with
    ``…`` at each cut end."""
    s, e = min(s, start), max(e, end)
    before, after = start - s, e - end
    if before + after <= budget:
        return text[s:e].strip()
    left = min(before, max(budget // 2, budget - after))
    right = min(after, budget - left)
    lo, hi = start - left, end + right
    if lo > s:  # cut inside the sentence: begin after a space, not inside a word
        space = text.find(" ", lo, min(start, lo + WORD_REACH))
        lo = space + 1 if space >= 0 else lo
    if hi < e:
        space = text.rfind(" ", max(end, hi - WORD_REACH), hi)
        hi = space if space >= 0 else hi
    window = text[lo:hi].strip()
    return f"{ELLIPSIS if lo > s else ''}{window}{ELLIPSIS if hi < e else ''}"
