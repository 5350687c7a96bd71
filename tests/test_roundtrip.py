"""Property tests: figures written out in any supported form parse back to themselves."""

from hypothesis import given
from hypothesis import strategies as st

from workbench.extract.numbers import find_numbers

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """An independent English spelling of 1..999,999 (British 'and')."""

    def below_thousand(k: int) -> str:
        hundreds, rest = divmod(k, 100)
        parts = [f"{ONES[hundreds]} hundred"] if hundreds else []
        if rest:
            tail = (
                ONES[rest] if rest < 20 else TENS[rest // 10] + (f"-{ONES[rest % 10]}" if rest % 10 else "")
            )
            parts.append(("and " if hundreds else "") + tail)
        return " ".join(parts)

    thousands, rest = divmod(n, 1000)
    head = f"{below_thousand(thousands)} thousand" if thousands else ""
    return " ".join(p for p in (head, below_thousand(rest)) if p)


def only(text: str):
    found = find_numbers(text)
    assert len(found) == 1, (text, [m.text for m in found])
    return found[0]


@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_separators_round_trip(n: int) -> None:
    assert only(f"Officials counted {n:,} votes.").value == n


@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_round_trip(n: int) -> None:
    phrase = words(n)
    m = only(f"Officials counted {phrase} votes.")
    assert m.value == n, phrase


@given(
    st.decimals(min_value="0.1", max_value="999.9", places=1),
    st.sampled_from([("million", 1e6), ("billion", 1e9), ("bn", 1e9), ("m", 1e6), ("k", 1e3)]),
    st.sampled_from([("$", "USD"), ("£", "GBP"), ("€", "EUR")]),
)
def test_money_with_scales_round_trip(amount, scale, currency) -> None:
    word, factor = scale
    symbol, code = currency
    sep = " " if len(word) > 2 else ""
    m = only(f"The plan costs {symbol}{amount}{sep}{word} in total.")
    assert abs(m.value - float(amount) * factor) <= 1e-6 * float(amount) * factor
    assert m.unit == code


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_ranges_round_trip(a: int, b: int) -> None:
    low, high = sorted((a, b))
    if low == high:
        return
    m = only(f"Between {low:,} and {high:,} people were counted.")
    assert (m.low, m.high, m.qualifier) == (low, high, "range")
