"""Attribution's indexes read on demand give what a whole read of the document gives: a surname's
fullest name looked up alone (``_fullest``), and the sentence subjects read only as far as a figure
asks (``subjects(through)``)."""

import pytest

from workbench.extract.attribution import DocumentContext

DOCS = [
    "Finance minister Marta Okonjo-Bello said costs rose 4%. Okonjo-Bello added that Mr. Bello "
    "disagreed. Later, Sen. Ruiz said 12 jobs went.",
    "The Post's Ed O'Malley reported 30 cases. O'Malley said the agency's Director Anne Keel Smith "
    "agreed. Smith's office said 5 more. Dr. Smith left.",
    "Norsk Vale A/S said output fell 3 pct. The company said prices rose. Vale said it expects 2 "
    "pct. Analysts at Brant Securities said 4 pct.",
    "Calls Trump's Plan A Failure. John Ames of Leeds said 7. Department of Health officials "
    "disagreed. Ames said 9. Of the 40 members, Ames and Lee Park said 20.",
    "OSLO, March 3 - Statoil said oil output rose 2 pct. The ministry said 5. They said 6.",
    "",
]


def _surnames(ctx: DocumentContext) -> set[str]:
    words = {w.strip(".,'’s") for w in ctx.text.split()}
    return words | set(ctx.people[0]) | {"Nobody", "Smith", "Bello", ""}


@pytest.mark.parametrize("text", DOCS)
def test_fullest_is_the_people_index(text: str) -> None:
    full = DocumentContext(text).people[0]
    for surname in _surnames(DocumentContext(text)):
        lazy = DocumentContext(text)  # nothing built: looked up from the runs alone
        assert lazy._fullest(surname) == full.get(surname), surname
        assert "people" not in lazy.__dict__


@pytest.mark.parametrize("text", DOCS)
def test_subjects_read_on_demand_are_a_whole_read(text: str) -> None:
    whole = DocumentContext(text).subjects(len(text))
    for pos in range(0, len(text) + 1, 7):
        lazy = DocumentContext(text)
        got = lazy.subjects(pos)
        assert got == whole[: len(got)]  # a prefix of the whole read
        assert [s for s in whole if s[0] <= pos] == [s for s in got if s[0] <= pos]
        assert lazy.subjects(len(text)) == whole  # read on from there, in order


BODY_DOCS = [
    *DOCS,
    "Olin Corp said sales rose 5 pct. The company said the U.S. unit grew. UAL Inc (UAL) and "
    "Porsche AG <PSHG.F> gained. Trade body Euroship said 7. The national statistics office said 3.",
    "Raleigh, N.C. - the Bank of Spain's R.M. Nicel said 4. The bank and the agency said 6. NATO said 2.",
]


@pytest.mark.parametrize("text", BODY_DOCS)
def test_bodies_read_on_demand_are_a_whole_read(text: str) -> None:
    whole = list(DocumentContext(text).bodies(len(text) + 1))
    nominal = list(DocumentContext(text).nominal_bodies(len(text) + 1))
    for pos in range(0, len(text) + 1, 5):
        lazy = DocumentContext(text)
        assert [b for b in lazy.bodies(pos) if b[0] < pos] == [b for b in whole if b[0] < pos]
        assert [b for b in lazy.nominal_bodies(pos) if b[0] < pos] == [b for b in nominal if b[0] < pos]
        assert lazy.bodies(len(text) + 1) == whole  # read on from there, in order
    names = {name for _, name in whole}
    words = {w for name in names for w in name.split()}
    for asked in {*names, *words, *text.split(), "", "Nobody", "Corp", "Olin Corp said"}:
        lazy = DocumentContext(text)  # nothing read: looked up from the runs alone
        assert lazy._is_body_name(asked) == (asked in names), asked
        assert lazy._in_body_name(asked) == (asked in words), asked
