"""The library behind the reviewer's pages, as tables: figures written and read as people do, names
for stories, groups and figures, the decision history in words, the queue's order, filters and
progress, what an export writes, and charts that never put incomparable quantities on one axis."""

import math
import warnings

import pandas as pd
import pytest

from tests.conftest import ROOT, SEED
from workbench import Workspace
from workbench.charts import group_figure, timeline_figure
from workbench.colours import OWN_VOICE, source_colours
from workbench.figures import FigureError, format_figure, format_interval, parse_figure
from workbench.highlight import highlight_html, text_html
from workbench.naming import group_name, story_name
from workbench.timeline import Names, describe, history, when
from workbench.views import (
    QueueFilter,
    decision_form,
    export_rows,
    filter_queue,
    next_undecided,
    progress,
    queue_view,
    regrouped_since_decided,
    review_queue,
    undecided_consistent,
)

# --- figures as people write them -----------------------------------------------------------------
# (value, unit, as written)
FORMATS = [
    (400_000.0, "", "400,000"),
    (1.2e9, "USD", "$1.2bn"),
    (1.25e9, "GBP", "£1.25bn"),
    (6.1, "percent", "6.1%"),
    (5.5e6, "EUR", "€5.5m"),
    (35.0, "minute", "35 minutes"),
    (3.1, "m", "3.1 m"),
    (210.0, "USD", "$210"),
    (2400.0, "CHF", "CHF 2,400"),
    (0.25, "", "0.25"),
    (math.nan, "", ""),
    (None, "GBP", ""),
]


@pytest.mark.parametrize(("value", "unit", "written"), FORMATS, ids=[f[2] or "missing" for f in FORMATS])
def test_figures_are_formatted_for_people(value, unit: str, written: str) -> None:
    assert format_figure(value, unit) == written


# (entry, value, low, high, qualifier, unit)
READ = [
    ("about 400k", 400_000.0, 360_000.0, 440_000.0, "approximate", ""),
    ("400,000", 400_000.0, 400_000.0, 400_000.0, "exact", ""),
    ("£1.2bn", 1.2e9, 1.2e9, 1.2e9, "exact", "GBP"),
    ("more than 1,000", 1000.0, 1000.0, None, "lower_bound", ""),
    ("nearly 7%", 7.0, None, 7.0, "upper_bound", "percent"),
    ("between 900 and 1,100", 1000.0, 900.0, 1100.0, "range", ""),
    ("2024", 2024.0, 2024.0, 2024.0, "exact", ""),  # a year in an article, a count here
    ("forty-three thousand", 43_000.0, 43_000.0, 43_000.0, "exact", ""),
]


@pytest.mark.parametrize(
    ("entry", "value", "low", "high", "qualifier", "unit"), READ, ids=[r[0] for r in READ]
)
def test_an_entry_is_read_by_the_number_grammar(entry, value, low, high, qualifier, unit) -> None:
    f = parse_figure(entry)
    assert (f.value, f.low, f.high, f.qualifier, f.unit) == (value, low, high, qualifier, unit)


# (entry, words of the message)
REFUSED = [
    ("", "enter a figure"),
    ("lots", "is not a figure"),
    ("no one", "is not a figure"),
    ("12 or 13 people and 40 cars", "figures"),
    ("400,000 people", "words besides the figure"),
    ("1e400", "too large"),
]


@pytest.mark.parametrize(("entry", "words"), REFUSED, ids=[r[0] or "empty" for r in REFUSED])
def test_an_entry_that_is_not_one_figure_says_what_to_write(entry: str, words: str) -> None:
    with pytest.raises(FigureError, match=words):
        parse_figure(entry)


def test_intervals_read_as_words() -> None:
    assert [format_interval(*a) for a in ((1.0, 1.0), (None, None), (9e5, 1.1e6, "GBP"))] == [
        "",
        "",
        "£900,000–£1.1m",
    ]


# --- names ---------------------------------------------------------------------------------------
# (titles of a story's articles, its name)
STORIES = [
    (["Calder bridge approved at £1.2bn", "Audit warns Calder bridge will cost more"], "Calder bridge"),
    (["Norland unemployment falls to 5.8%", "Unions put Norland jobless total at 250,000"], "Norland"),
    (
        ["Trump Advocates for Ukraine Ceasefire Following Meeting with Zelensky"],
        "Trump Advocates for Ukraine Ceasefire…",
    ),
    ([], ""),
]


@pytest.mark.parametrize(("titles", "name"), STORIES, ids=[s[1] or "none" for s in STORIES])
def test_a_story_is_named_by_what_its_headlines_share(titles: list[str], name: str) -> None:
    assert story_name(titles) == name


# (story, quantity, unit, the group's name)
GROUPS = [
    ("Calder bridge", "cost", "GBP", "Calder bridge — cost (£)"),
    ("Calder bridge", "unspecified", "minute", "Calder bridge — figures in minutes"),
    ("Calder bridge", "unspecified", "GBP", "Calder bridge — figures (£)"),
    ("Veradoc", "on_strike", "", "Veradoc — on strike"),
    ("Norland", "unemployment", "percent", "Norland — unemployment (%)"),
]


@pytest.mark.parametrize(("story", "quantity", "unit", "name"), GROUPS, ids=[g[3] for g in GROUPS])
def test_groups_are_named_for_people(story: str, quantity: str, unit: str, name: str) -> None:
    assert group_name(story, quantity, unit) == name


def test_every_group_of_the_bundled_corpus_has_a_name_without_ids_or_codes() -> None:
    ws = Workspace("sqlite://")
    ws.ingest_paths([SEED, ROOT / "data" / "corpus"])
    from workbench.naming import group_names

    rec = ws.reconciliation()
    names = group_names(rec.groups, rec.claims, rec.stories)
    assert len(set(names.values())) == len(names) == len(rec.groups)
    assert not [n for n in names.values() if "unspecified" in n or "(GBP)" in n or "(percent)" in n]
    assert {"Calder bridge — cost (£)", "Dalmora — casualties", "Veradoc — on strike"} <= set(names.values())


# --- the decision history in words ---------------------------------------------------------------
NAMES = Names(
    figures={"c1": ("about £1.25bn", "Bridge audit"), "c2": ("43,000", "Seed")},
    groups={"g1": "Calder bridge — cost (£)"},
    units={"c1": "GBP"},
)
V1 = '{"verdict": "conflict", "accepted_value": 400000.0, "note": "Trump counts the wounded"}'
# (audit entry, in words)
ENTRIES = [
    (
        {"action": "verdict", "entity_id": "g1", "field": "verdict", "old": None, "new": V1},
        "decided 'conflict' (accepted 400,000; note: “Trump counts the wounded”) "
        "on 'Calder bridge — cost (£)'",
    ),
    (
        {
            "action": "verdict",
            "entity_id": "g1",
            "field": "verdict",
            "old": V1,
            "new": '{"verdict": "consistent"}',
        },
        "changed the verdict on 'Calder bridge — cost (£)' from 'conflict' (accepted 400,000; note: "
        "“Trump counts the wounded”) to 'consistent'",
    ),
    (
        {
            "action": "correct",
            "entity_id": "c1",
            "field": "value",
            "old": "1250000000.0",
            "new": "1300000000.0",
        },
        "corrected the value of 'about £1.25bn' in 'Bridge audit' from £1.25bn to £1.3bn",
    ),
    (
        {
            "action": "correct",
            "entity_id": "c1",
            "field": "figure",
            "old": "{}",
            "new": '{"text": "about £1.3bn"}',
        },
        "corrected 'about £1.25bn' in 'Bridge audit' to 'about £1.3bn'",
    ),
    (
        {"action": "correct", "entity_id": "c2", "field": "not_a_claim", "old": None, "new": "true"},
        "marked '43,000' in 'Seed' as not a claim",
    ),
    (
        {"action": "move", "entity_id": "c2", "field": "group_id", "old": None, "new": '"manual-c2"'},
        "moved '43,000' in 'Seed' to a group of its own",
    ),
    (
        {
            "action": "delete",
            "entity_id": "seed",
            "field": "document",
            "old": '{"title": "Seed", "claims": 4}',
        },
        "deleted the article 'Seed' with its 4 claim(s)",
    ),
]


@pytest.mark.parametrize(
    ("entry", "words"), ENTRIES, ids=[e[0]["action"] + " " + e[0]["field"] for e in ENTRIES]
)
def test_audit_entries_read_as_words(entry: dict, words: str) -> None:
    assert describe(entry, NAMES) == words


def test_an_undo_names_the_decision_it_took_back() -> None:
    fix = {"id": 1, "at": "2025-06-02T14:03:09+00:00", "reviewer": "ana", "email": None, "undoes": None}
    fix |= {"action": "correct", "entity_id": "c1", "field": "metric", "old": '"cost"', "new": '"budget"'}
    undo = fix | {"id": 2, "action": "undo", "old": '"budget"', "new": '"cost"', "undoes": 1}
    undo["reviewer"], undo["email"] = "Ed", "ed@desk.example"
    log = pd.DataFrame([fix, undo])
    log["undoes"] = log["undoes"].astype("Int64")
    rows = history(log, NAMES).to_dict("records")
    assert rows[0] == {
        "when": "2 Jun 2025, 14:03 UTC",
        "who": "Ed <ed@desk.example>",
        "what": "undid the correction of the metric of 'about £1.25bn' in 'Bridge audit'",
    }
    assert (
        rows[1]["what"] == "corrected the metric of 'about £1.25bn' in 'Bridge audit' from 'cost' to 'budget'"
    )
    assert when("not a time") == "not a time"


# --- the queue ------------------------------------------------------------------------------------
GROUPS_TABLE = pd.DataFrame(
    {
        "group_id": ["a", "b", "c", "d"],
        "group_label": ["x"] * 4,
        "metric": ["killed"] * 4,
        "n_claims": [3, 2, 2, 1],
        "n_sources": [2, 2, 2, 1],
        "low": [1.0] * 4,
        "high": [2.0] * 4,
        "status": ["conflict", "consistent", "consistent", "single"],
        "explanation": ["e"] * 4,
        "compared_in": [""] * 4,
        "ratio": [1.8, 1.03, 1.01, math.nan],
    }
)
VERDICTS = pd.DataFrame(
    {
        "group_id": ["b"],
        "verdict": ["consistent"],
        "accepted_value": [None],
        "note": [""],
        "reviewer": ["bo"],
        "reviewed_at": ["2025-06-02T14:03:09+00:00"],
        "version": [1],
        "email": [None],
    }
)
QUEUE = review_queue(GROUPS_TABLE, VERDICTS, {"a": "Story — killed"})

# (filter, the groups shown)
FILTERS = [
    (QueueFilter(), ["a", "b", "c", "d"]),
    (QueueFilter(verdicts=["undecided"]), ["a", "c", "d"]),
    (QueueFilter(verdicts=["consistent"]), ["b"]),
    (QueueFilter(reviewers=["bo"]), ["b"]),
    (QueueFilter(statuses=["consistent"], verdicts=["undecided"]), ["c"]),
]


@pytest.mark.parametrize(("f", "shown"), FILTERS, ids=[str(f[0]) for f in FILTERS])
def test_the_queue_filters(f: QueueFilter, shown: list[str]) -> None:
    assert filter_queue(QUEUE, f)["group_id"].tolist() == shown


# (the group on screen, the next undecided one)
NEXT = [("a", "c"), ("c", "d"), ("d", "a"), (None, "a")]


@pytest.mark.parametrize(("current", "expected"), NEXT, ids=[str(n[0]) for n in NEXT])
def test_save_and_next_opens_the_next_undecided_group(current, expected) -> None:
    assert next_undecided(QUEUE, current) == expected


# A decided group whose claims moved since its verdict is open again: "undecided" shows it, and
# save-and-next goes to it.
AGAIN = review_queue(GROUPS_TABLE, VERDICTS, {"a": "Story — killed"}, regrouped={"b"})


def test_a_group_to_review_again_counts_as_undecided() -> None:
    undecided = filter_queue(AGAIN, QueueFilter(verdicts=["undecided"]))
    assert undecided["group_id"].tolist() == ["a", "b", "c", "d"]
    assert filter_queue(AGAIN, QueueFilter(verdicts=["consistent"]))["group_id"].tolist() == ["b"]
    assert next_undecided(AGAIN, "a") == "b"


def test_a_queue_without_names_keeps_the_labels() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pandas: filling float NaNs with strings will raise
        q = review_queue(GROUPS_TABLE)
    assert q["name"].tolist() == q["group_label"].tolist()


def test_progress_bulk_candidates_and_readable_cells() -> None:
    assert progress(QUEUE) == "1 of 4 groups decided"
    assert undecided_consistent(QUEUE) == {"c": 0}
    view = queue_view(QUEUE)
    assert (
        view.loc[0, "Group"] == "Story — killed"
        and view.loc[3, "Gap"] == ""
        and view.loc[0, "Gap"] == "×1.80"
    )
    assert list(view["Verdict"]) == ["undecided", "consistent", "undecided", "undecided"]
    assert view.loc[1, "Decided"] == "2 Jun 2025"


# --- exports -------------------------------------------------------------------------------------
TABLE = pd.DataFrame(
    {"status": ["conflict", "consistent", "single"], "verdict": ["", "conflict", "consistent"]}
)


@pytest.mark.parametrize(("which", "rows"), [("all", [0, 1, 2]), ("reviewed", [1, 2]), ("conflicts", [0, 1])])
def test_what_an_export_writes(which: str, rows: list[int]) -> None:
    assert export_rows(TABLE, which).index.tolist() == rows


# --- colours, charts and the reader --------------------------------------------------------------
@pytest.fixture(scope="module")
def earthquake():
    ws = Workspace("sqlite://")
    ws.ingest_paths([ROOT / "data" / "corpus", SEED])
    return ws.reconciliation(), ws.reconciled()


def test_incomparable_quantities_never_share_an_axis(earthquake) -> None:
    from workbench.charts import quantities

    rec, table = earthquake
    gid = max(rec.groups["group_id"], key=lambda g: quantities(table[table["group_id"] == g]).nunique())
    members = table[table["group_id"] == gid]
    qs = quantities(members)
    assert {"killed", "wounded"} <= set(qs)  # the Dalmora toll: killed, injured, treated, casualties
    derived = [d for d in rec.derived if d["group_id"] == gid]
    colours = source_colours(table["source"])
    for fig in (group_figure(members, derived, colours=colours), timeline_figure(members, colours=colours)):
        titles = [a.text for a in fig.layout.annotations][: len({t.xaxis for t in fig.data})]
        assert len(titles) == len(set(titles)), titles  # one panel per quantity
        for trace in (t for t in fig.data if t.type == "scatter"):
            panel = titles[int((trace.xaxis or "x")[1:] or 1) - 1]
            allowed = set(members.loc[qs == panel, "converted_value"])
            assert set(trace.y) <= allowed, (panel, trace.name, trace.y)
        assert fig.layout.showlegend and fig.layout.legend.title.text == "source"
    assert any("Whiskers" in a.text for a in group_figure(members, derived).layout.annotations)
    assert all(t.mode == "lines+markers" for t in timeline_figure(members).data)


def test_a_charts_note_is_read_whole(earthquake) -> None:
    """Plotly never wraps a note: one long line was cut off at the chart's edge, and under the
    panels it ran into their turned axis labels. Short lines, over the panels, under the title."""
    rec, table = earthquake
    gid = rec.groups.sort_values("n_claims")["group_id"].iat[-1]
    members = table[table["group_id"] == gid]
    derived = [d for d in rec.derived if d["group_id"] == gid]
    for fig in (
        group_figure(members, derived, title="A story — casualties"),
        timeline_figure(members, "Over time"),
    ):
        note = fig.layout.annotations[-1]
        assert max(len(line) for line in note.text.split("<br>")) <= 100, note.text
        assert (note.yref, note.y, note.yanchor) == ("paper", 1, "bottom") and note.yshift > 0
        assert fig.layout.margin.t >= 80 + 18 * (note.text.count("<br>") + 1)
        assert (fig.layout.title.yref, fig.layout.title.y, fig.layout.title.yanchor) == (
            "container",
            1,
            "top",
        )


def test_a_source_has_one_colour_on_every_chart(earthquake) -> None:
    rec, table = earthquake
    colours = source_colours(table.sort_values(["doc_id", "start"])["source"])
    seen: dict[str, set[str]] = {}
    for gid in rec.groups["group_id"]:
        members = table[table["group_id"] == gid]
        derived = [d for d in rec.derived if d["group_id"] == gid]
        for fig in (
            group_figure(members, derived, colours=colours),
            timeline_figure(members, colours=colours),
        ):
            for trace in fig.data:
                colour = (
                    trace.marker.color if trace.type == "bar" or trace.mode == "markers" else trace.line.color
                )
                seen.setdefault(trace.name, set()).add(colour)
    assert all(len(c) == 1 for c in seen.values()), seen
    assert seen["the article"] == {OWN_VOICE}


def test_the_reader_shows_markup_as_text() -> None:
    text = "**bold** # heading [link](https://x.example) <b>x</b>\n\n# Title"
    html = highlight_html(text, pd.DataFrame({"start": [], "end": [], "source": [], "metric": []}))
    assert html == text_html(text)
    for shape in ("<b>", "**", "# ", "[link]", "(https"):
        assert shape not in html


# --- a verdict whose group changed after it ------------------------------------------------------
def _log(*entries: tuple) -> pd.DataFrame:
    """Audit entries (action, entity_id, old, new), ids in order."""
    rows = [
        {
            "id": i,
            "action": action,
            "entity": "group" if action == "verdict" or eid.startswith("g") else "claim",
            "entity_id": eid,
            "field": "verdict" if action == "verdict" else "group_id",
            "old": old,
            "new": new,
        }
        for i, (action, eid, old, new) in enumerate(entries, start=1)
    ]
    return pd.DataFrame(rows)


REGROUPED = [
    (
        "a claim moved out after the verdict",
        [("verdict", "g1", None, "{}"), ("move", "c1", "g1", "g2")],
        {"g1"},
    ),
    (
        "a claim moved in after the verdict",
        [("verdict", "g2", None, "{}"), ("move", "c1", "g1", "g2")],
        {"g2"},
    ),
    ("decided again after the move", [("move", "c1", "g1", "g2"), ("verdict", "g1", None, "{}")], set()),
    (
        "a move undone after the verdict",
        [("move", "c1", "g1", "g2"), ("verdict", "g1", None, "{}"), ("undo", "c1", "g2", "g1")],
        {"g1"},
    ),
    ("no verdict", [("move", "c1", "g1", "g2")], set()),
]


@pytest.mark.parametrize(("entries", "changed"), [r[1:] for r in REGROUPED], ids=[r[0] for r in REGROUPED])
def test_a_verdict_whose_members_changed_is_to_review_again(entries, changed) -> None:
    assert regrouped_since_decided(_log(*entries)) == changed


def test_the_queue_flags_a_verdict_to_review_again() -> None:
    groups = pd.DataFrame(
        {
            "group_id": ["g1", "g2"],
            "group_label": ["killed", "cost"],
            "status": ["single", "conflict"],
            "ratio": [1.0, 2.0],
            "n_claims": [1, 2],
            "n_sources": [1, 2],
        }
    )
    verdicts = pd.DataFrame(
        {
            "group_id": ["g1", "g2"],
            "verdict": ["conflict", "conflict"],
            "version": [1, 1],
            "reviewer": ["bo", "bo"],
            "reviewed_at": ["2025-06-02", "2025-06-02"],
            "note": ["", ""],
            "accepted_value": [45.0, None],
        }
    )
    queue = review_queue(groups, verdicts, regrouped={"g1"})
    view = queue_view(queue).set_index("Group")
    assert view.loc["killed", "Verdict"] == "conflict — review again: claims moved since"
    assert view.loc["cost", "Verdict"] == "conflict"
    assert progress(queue) == "2 of 2 groups decided; 1 to review again (claims moved since the verdict)"


def test_a_move_out_stays_in_the_groups_history() -> None:
    from workbench.timeline import Names, history

    log = _log(("verdict", "g1", None, '{"verdict": "conflict"}'), ("move", "c1", "g1", "manual-c1")).assign(
        at="2025-06-02T10:00:00+00:00", reviewer="ana", email=None, undoes=None
    )
    names = Names(figures={"c1": ("40", "Flood")}, groups={"g1": "Flood toll — casualties"})
    what = list(history(log, names, {"g1", "c2"})["what"])
    assert what[0] == "moved '40' in 'Flood' from 'Flood toll — casualties' to a group of its own"


# --- the decision form starts from the reviewer's own decision only, verdict included -----------------
BO = {
    "verdict": "conflict",
    "accepted_value": 45.0,
    "note": "bo thinks conflict",
    "reviewer": "bo",
    "email": None,
}
BO_SIGNED_IN = BO | {"email": "bo@desk.example"}
OWN = "conflict", "45", "bo thinks conflict"
OTHERS = None, "", ""  # another's verdict is shown beside the form, not chosen in it
# (saved decision, reviewer, email, (choice, accepted, note) the form starts with)
FORMS = [
    ("nothing saved", None, "ana", None, (None, "", "")),
    ("my own, locally", BO, "bo", None, OWN),
    ("another's, locally", BO, "ana", None, OTHERS),
    ("my own, signed in", BO_SIGNED_IN, "Bo Lind", "BO@desk.example", OWN),
    ("another's with my name, signed in", BO_SIGNED_IN, "bo", "bo2@desk.example", OTHERS),
    ("a signed-in decision, read locally under the same name", BO_SIGNED_IN, "bo", None, OTHERS),
]


@pytest.mark.parametrize(
    ("saved", "reviewer", "email", "form"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS]
)
def test_the_decision_form_carries_only_your_own_note(saved, reviewer, email, form) -> None:
    assert tuple(decision_form(saved, reviewer, email).values()) == form


def test_groups_with_no_metric_are_told_apart_by_their_figures() -> None:
    from workbench.naming import group_names

    groups = pd.DataFrame(
        {"group_id": ["g1", "g2", "g3"], "metric": ["unspecified", "unspecified", "cost"], "compared_in": ""}
    )
    claims = pd.DataFrame(
        {
            "group_id": ["g1", "g1", "g2", "g3"],
            "doc_id": ["a", "a", "a", "a"],
            "title": ["Dalmora floods"] * 4,
            "value": [15_000.0, 12_000.0, 40.0, 5.0],
            "number_text": ["about 15,000", "12,000", "40", "$5m"],
        }
    )
    names = group_names(groups, claims)
    assert names == {
        "g1": "Dalmora floods — figures: 12,000 to about 15,000",
        "g2": "Dalmora floods — figures: 40",
        "g3": "Dalmora floods — cost",
    }
