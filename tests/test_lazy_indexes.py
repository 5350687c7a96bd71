"""Attribution's indexes read on demand give what a whole read of the document gives: a surname's
fullest name looked up alone (``_fullest``), the sentence subjects a figure walks back over
(``_last_body``), and the bodies read only as far as a figure asks (``bodies(before)``)."""

import pytest

from workbench.extract.attribution import RE_LIST_ITEM, DocumentContext

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


def _subjects_in_order(ctx: DocumentContext) -> list[tuple[int, str, str]]:
    """Every sentence's subject read in order with a running record of the last body a sentence
    opened with (what "the company" alone stands for): the whole read that figures walk back over."""
    found, named_body = [], ""
    for s, e in zip(*ctx.doc.sentences, strict=True):
        raw = ctx._sentence_subject(s, e)
        if raw is None:
            continue
        position, written, kind, generic = raw
        if generic and named_body:
            written, kind = named_body, "body"
        elif kind == "body":
            named_body = written
        found.append((position, written, kind))
    return found


def _last_body_from(subjects: list, bodies: list, pos: int, plural: bool, named_from: int | None) -> tuple:
    """``_last_body`` read from whole lists: the nearest of the 12 subjects before ``pos`` that fits."""
    before = [x for x in subjects if x[0] < pos][-12:]
    subject_pos, subject = -1, ""
    for position, name, kind in reversed(before):
        own = named_from is not None and position >= named_from and kind != "body"
        if not own and (kind in ("body", "described") or (plural and kind == "plural")):
            subject_pos, subject = position, name
            break
    earlier = [b for b in bodies if b[0] < pos]
    if earlier and earlier[-1][0] > subject_pos and not subject:
        return earlier[-1][1], earlier[-1][0]
    return subject, subject_pos


SUBJECT_DOCS = [
    *DOCS,
    "Olin Corp said sales rose 5 pct. The company said prices held. Analysts said 3. Officials said 2. "
    "The company expects 4. Vale Mining Co said 6. The firm said 7. They said 8. It said 9.",
    "The agency said 5. The ministry said 4. It added 3. The unions say 2. They said 1.",
]


@pytest.mark.parametrize("text", SUBJECT_DOCS)
def test_subjects_walked_back_are_a_whole_read(text: str) -> None:
    whole = _subjects_in_order(DocumentContext(text))
    assert DocumentContext(text).subjects() == whole
    bodies = DocumentContext(text).bodies(len(text) + 1)
    for pos in range(0, len(text) + 1, 3):
        for plural in (False, True):
            for named_from in (None, max(0, pos - 20)):
                lazy = DocumentContext(text)  # nothing read: each figure walks back from itself
                expected = _last_body_from(whole, bodies, pos, plural, named_from)
                assert lazy._last_body(pos, plural, named_from) == expected, (pos, plural, named_from)


LEAD_DOCS = [
    "Olin Corp published its report on Monday. The main figures:\n- Sales: 5\n- Profit: 3\n- Staff: 12",
    "Intro here.\n\nAnalysts gave their view. The figures:\n- Sales: 5\n- Profit: 3",
    "Intro here.\n\nThe agency said:\n- Sales: 5\n- Profit: 3\n\nVale Mining Co said:\n"
    "1. Costs: 4\n2. Jobs: 9",
]


@pytest.mark.parametrize("text", LEAD_DOCS)
def test_list_lead_in_subject_is_read_from_the_whole_list(text: str) -> None:
    whole = _subjects_in_order(DocumentContext(text))
    ctx = DocumentContext(text)
    starts = ctx.doc.sentences[0]
    for si in range(len(starts)):
        lazy = DocumentContext(text)
        i = si - 1
        while i >= 0 and RE_LIST_ITEM.match(text, starts[i]):
            i -= 1
        expected = ""
        if i >= 0 and text[starts[i] : ctx.doc.sentences[1][i]].rstrip().endswith(":"):
            ps, _ = ctx.doc.paragraph_at(starts[i])
            first = next((x for x in whole if x[0] >= ps), None)
            if first is not None and first[0] <= starts[i] and first[2] != "plural":
                expected = first[1]
        assert lazy._lead_in_subject(si) == expected, si


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
