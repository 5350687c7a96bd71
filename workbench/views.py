"""The data behind each dashboard page, built from DataFrames (no Streamlit here): what each table
holds and how its cells read (figures as people write them, never "None", "nan" or raw floats),
the review queue with its filters, progress and order, and what an export will write."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

import pandas as pd

from workbench.figures import format_figure, format_interval, format_number
from workbench.naming import doc_title
from workbench.schema import STATUS_ORDER, VERDICTS

UNDECIDED = "undecided"  # a group without a verdict, as the queue's filter calls it
VERDICT_CHOICES = (UNDECIDED, *VERDICTS)
OWN_VOICE = "the article"  # how a figure the article states in its own voice is attributed
EXPORTS = {"all": "All claims", "reviewed": "Reviewed groups only", "conflicts": "Conflicts only"}


OVERVIEW_FIELDS = ("doc_id", "title", "publication", "published", "url")  # a document's, in the overview


def documents_overview(documents: pd.DataFrame, reconciled: pd.DataFrame) -> pd.DataFrame:
    """One row per document: its metadata and how many claims, sources and conflicts it holds."""
    docs = documents[list(OVERVIEW_FIELDS)].copy()
    if reconciled.empty:
        return docs.assign(claims=0, sources=0, conflicts=0)
    by_doc = reconciled.groupby("doc_id")
    per = pd.DataFrame(
        {
            "claims": by_doc.size(),
            "sources": reconciled[reconciled["source"] != ""].groupby("doc_id")["source"].nunique(),
            "conflicts": (reconciled["status"] == "conflict").groupby(reconciled["doc_id"]).sum(),
        }
    )
    out = docs.merge(per, left_on="doc_id", right_index=True, how="left")
    return out.fillna({"claims": 0, "sources": 0, "conflicts": 0}).astype(
        {"claims": int, "sources": int, "conflicts": int}
    )


@dataclass
class ClaimFilter:
    """The reviewer's filters on the Claims page; an empty list means no filter."""

    documents: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    qualifiers: list[str] = field(default_factory=list)


def filter_claims(reconciled: pd.DataFrame, f: ClaimFilter) -> pd.DataFrame:
    """The claims that pass every non-empty filter."""
    mask = pd.Series(True, index=reconciled.index)
    for column, wanted in (
        ("doc_id", f.documents),
        ("source", f.sources),
        ("metric", f.metrics),
        ("status", f.statuses),
        ("qualifier", f.qualifiers),
    ):
        if wanted:
            mask &= reconciled[column].isin(wanted)
    return reconciled[mask]


def standing_verdicts(log: pd.DataFrame) -> pd.DataFrame:
    """Each group's audit entry of the verdict it stands under: its last verdict entry not undone.
    Undoing a verdict restores the one before it as it was given (on the members it saw then), so
    the entry that gave it, not the undo, says when and on what the group was decided.

    >>> log = pd.DataFrame({"id": [1, 2, 3], "action": ["verdict", "verdict", "undo"],
    ...     "entity": ["group"] * 3, "entity_id": ["g1"] * 3, "undoes": [None, None, 2]})
    >>> standing_verdicts(log)["id"].tolist()  # the second verdict was undone: the first stands
    [1]
    """
    if log.empty:
        return log
    undone = set(pd.to_numeric(log["undoes"]).dropna().astype(int)) if "undoes" in log else set()
    given = log[(log["entity"] == "group") & (log["action"] == "verdict") & ~log["id"].isin(undone)]
    return given.drop_duplicates("entity_id", keep="last")  # the log is in id order


def regrouped_since_decided(log: pd.DataFrame) -> set[str]:
    """The groups whose members changed after their verdict: a claim moved into or out of them
    (or such a move undone) after the verdict entry they stand under (``standing_verdicts``: an
    undone verdict's restored predecessor is as old as it was). Their verdict is to review again.

    >>> log = pd.DataFrame({
    ...     "id": [1, 2, 3, 4],
    ...     "action": ["verdict", "verdict", "move", "verdict"],
    ...     "entity": ["group", "group", "claim", "group"],
    ...     "entity_id": ["g1", "g2", "c1", "g3"],
    ...     "field": ["verdict", "verdict", "group_id", "verdict"],
    ...     "old": [None, None, "g1", None],
    ...     "new": ["{}", "{}", "g3", "{}"],
    ... })
    >>> sorted(regrouped_since_decided(log))  # g3 was decided after the claim came in
    ['g1']
    """
    if log.empty:
        return set()
    decided = standing_verdicts(log).set_index("entity_id")["id"]
    moves = log[log["field"].eq("group_id") & log["action"].isin(["move", "undo"])]
    changed = pd.concat(
        [
            moves[["id", "old"]].set_axis(["id", "g"], axis=1),
            moves[["id", "new"]].set_axis(["id", "g"], axis=1),
        ]
    )
    changed = changed[changed["g"].isin(decided.index)]
    return {g for g, at in zip(changed["g"], changed["id"], strict=True) if at > decided[g]}


# What a verdict is given on, besides which claims: each member's figure and what it says it counts,
# from whom. A correction or a re-read article that changes one of these (the claim id stays when the
# words around the figure do) makes the verdict one to give again (NOTE: keep in step with the README,
# "The dashboard", Export).
MEMBER_FIELDS = ("value", "low", "high", "qualifier", "unit", "metric", "source")
MEMBER_SEP = "\x1e"  # between a claim id and its content in a member token


def _field_text(value: object) -> str:
    """A member's field as one stable string: numbers to twelve digits, empty for NaN, None and pd.NA."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{float(value):.12g}"  # twelve digits: a CSV round trip never changes a figure
    return str(value)


def member_tokens(claims: pd.DataFrame) -> list[str]:
    """Each claim as its id and the content a verdict is given on (``MEMBER_FIELDS``).

    >>> (token,) = member_tokens(pd.DataFrame({"claim_id": ["c1"], "value": [40], "source": ["police"]}))
    >>> token.split(MEMBER_SEP)[0], token.split(MEMBER_SEP)[1].split(chr(31))
    ('c1', ['40', '', '', '', '', '', 'police'])
    """
    if claims.empty:
        return []
    cols = [claims[c].tolist() if c in claims.columns else [None] * len(claims) for c in MEMBER_FIELDS]
    return [
        f"{cid}{MEMBER_SEP}" + "\x1f".join(_field_text(v) for v in values)
        for cid, *values in zip(claims["claim_id"].astype(str), *cols, strict=True)
    ]


def members_key(members: Collection[str]) -> str:
    """A group's members in a few characters, saved with its verdict: "3:5f1c0e9a2b7d:0a1b2c3d4e5f"
    (how many claims, a hash of their sorted ids and, given ``member_tokens``, a hash of what they
    say), so that a claim joining or leaving the group later, however it came (a new article, a
    story that grew, a move), or a member's figure, source or metric changing (a correction, an
    edited article), is seen. Plain ids give the first two parts only.

    >>> members_key(["c2", "c1"]) == members_key(["c1", "c2"]) != members_key(["c1"])
    True
    >>> members_key(["c1" + MEMBER_SEP + "40"]).startswith(members_key(["c1"]) + ":")
    True
    """
    ids = sorted({str(c).split(MEMBER_SEP, 1)[0] for c in members})
    key = f"{len(ids)}:{_digest(ids)}"
    tokens = sorted({str(c) for c in members if MEMBER_SEP in str(c)})
    return f"{key}:{_digest(tokens)}" if tokens else key


def _digest(items: list[str]) -> str:
    return hashlib.sha1(chr(31).join(items).encode()).hexdigest()[:12]


def same_members(saved: str, now: str) -> bool:
    """Whether a verdict's saved ``members_key`` still holds: a key saved with the claims' content
    is compared whole; one saved with ids only (before content was kept) by its ids.

    >>> same_members("2:abc", "2:abc:def"), same_members("2:abc:def", "2:abc:fed")
    (True, False)
    """
    if saved.count(":") == 1:
        return saved == ":".join(now.split(":")[:2])
    return saved == now


def group_tokens(reconciled: pd.DataFrame) -> dict[str, list[str]]:
    """group_id -> its claims' ``member_tokens``, in table order: what a verdict is given on. One
    pass over the table (a workspace keeps the result with its reconciliation)."""
    if reconciled.empty:
        return {}
    tokens = pd.Series(member_tokens(reconciled), index=reconciled.index, dtype=object)
    return {str(g): list(t) for g, t in tokens.groupby(reconciled["group_id"], sort=False)}


def group_members(reconciled: pd.DataFrame, tokens: Mapping[str, list[str]] | None = None) -> dict[str, str]:
    """group_id -> its ``members_key`` (ids and content) in a reconciled table (``tokens``: its
    ``group_tokens``, when the caller holds them)."""
    tokens = group_tokens(reconciled) if tokens is None else tokens
    return {g: members_key(t) for g, t in tokens.items()}


def changed_since_decided(
    log: pd.DataFrame, reconciled: pd.DataFrame, now: Mapping[str, str] | None = None
) -> set[str]:
    """The groups whose members now differ from those its standing verdict was given on (the
    ``members`` saved by the entry it stands under, ``standing_verdicts``; a verdict saved without
    them is taken as current). ``now``: ``group_members(reconciled)``, when the caller holds it.

    >>> log = pd.DataFrame({"id": [1], "action": ["verdict"], "entity": ["group"], "entity_id": ["g1"],
    ...     "field": ["verdict"], "old": [None], "new": ['{"verdict": "consistent", "members": "1:x"}']})
    >>> changed_since_decided(log, pd.DataFrame({"group_id": ["g1", "g1"], "claim_id": ["c1", "c2"]}))
    {'g1'}
    """
    if log.empty or reconciled.empty:
        return set()
    standing = standing_verdicts(log)
    now = group_members(reconciled) if now is None else now
    stale = set()
    for gid, new in zip(standing["entity_id"], standing["new"], strict=True):
        if gid not in now:
            continue
        try:
            saved = json.loads(new or "{}").get("members")
        except (ValueError, AttributeError):
            saved = None
        if saved and not same_members(str(saved), now[gid]):
            stale.add(gid)
    return stale


def review_again(
    log: pd.DataFrame, reconciled: pd.DataFrame, now: Mapping[str, str] | None = None
) -> set[str]:
    """The groups whose verdict is to be given again: claims moved in or out by a reviewer
    (``regrouped_since_decided``), or the group's members changed since its verdict
    (``changed_since_decided``: a new article joined it, a story grew or split). ``now``: the
    groups' ``group_members``, when the caller holds them (a workspace keeps them per reconciliation)."""
    return regrouped_since_decided(log) | changed_since_decided(log, reconciled, now)


def review_queue(
    groups: pd.DataFrame,
    verdicts: pd.DataFrame | None = None,
    names: Mapping[str, str] | None = None,
    regrouped: set[str] | None = None,
) -> pd.DataFrame:
    """Groups to review: conflicts first, then by the size of the gap between their figures; each
    with its name for people (``names``), its verdict, who gave it and when, and whether its
    members changed since (``regrouped``: see ``regrouped_since_decided``)."""
    q = groups.copy()
    q["gap"] = q["ratio"].round(2)  # largest figure / smallest figure the group compares
    q["order"] = q["status"].map(STATUS_ORDER)
    cols = ["verdict", "version", "reviewer", "reviewed_at", "note", "accepted_value"]
    if verdicts is not None and len(verdicts):
        q = q.merge(verdicts[["group_id", *cols]], on="group_id", how="left")
    else:
        for c in cols:
            q[c] = None
    for c in ("verdict", "reviewer", "reviewed_at", "note"):
        q[c] = q[c].fillna("").astype(str)
    q["version"] = q["version"].fillna(0).astype(int)
    q["review_again"] = q["group_id"].isin(set(regrouped or ())) & (q["verdict"] != "")
    named = dict(names or {})  # a group without a name keeps its label (no float NaNs to fill)
    q["name"] = [named.get(g) or label for g, label in zip(q["group_id"], q["group_label"], strict=True)]
    q = q.sort_values(["order", "gap", "n_claims"], ascending=[True, False, False], na_position="last")
    return q.drop(columns=["order"]).reset_index(drop=True)


def own_decision(saved: Mapping | None, reviewer: str, email: str | None = None) -> bool:
    """Whether a saved decision is this reviewer's: signed in, by email; locally, by name."""
    if not saved:
        return False
    if email:
        return str(saved.get("email") or "").casefold() == email.casefold()
    return not saved.get("email") and str(saved.get("reviewer") or "") == reviewer


def decision_form(saved: Mapping | None, reviewer: str, email: str | None = None) -> dict[str, object]:
    """What the decision form starts with: the verdict, the accepted value and the note of the
    reviewer's own decision only. Another reviewer's decision is shown beside the form, never put
    in it: a new decision carries only what its reviewer chose and typed, so a second reviewer
    cannot confirm a colleague's verdict by pressing save.

    >>> saved = {"verdict": "conflict", "accepted_value": 45.0, "note": "bo thinks so", "reviewer": "bo"}
    >>> decision_form(saved, "ana"), decision_form(saved, "bo")["note"]
    ({'choice': None, 'accepted': '', 'note': ''}, 'bo thinks so')
    """
    mine = own_decision(saved, reviewer, email)
    accepted = saved.get("accepted_value") if saved and mine else None
    return {
        "choice": saved["verdict"] if saved and mine else None,
        "accepted": format_number(accepted) if accepted is not None else "",
        "note": str(saved.get("note") or "") if saved and mine else "",
    }


@dataclass
class QueueFilter:
    """The reviewer's filters on the queue; an empty list means no filter."""

    statuses: list[str] = field(default_factory=list)
    verdicts: list[str] = field(default_factory=list)  # UNDECIDED or one of VERDICTS
    reviewers: list[str] = field(default_factory=list)


def filter_queue(queue: pd.DataFrame, f: QueueFilter) -> pd.DataFrame:
    """The groups that pass every non-empty filter, in queue order."""
    mask = pd.Series(True, index=queue.index)
    if f.statuses:
        mask &= queue["status"].isin(f.statuses)
    if f.verdicts:
        shown = queue["verdict"].replace("", UNDECIDED)
        again = queue.get("review_again", False)
        mask &= shown.isin(f.verdicts) | (again & (UNDECIDED in f.verdicts))  # to review again: open
    if f.reviewers:
        mask &= queue["reviewer"].isin(f.reviewers)
    return queue[mask].reset_index(drop=True)


def progress(queue: pd.DataFrame) -> str:
    """How far the review is: "12 of 40 groups decided"."""
    decided = int((queue["verdict"] != "").sum()) if len(queue) else 0
    said = f"{decided} of {len(queue)} group{'s' if len(queue) != 1 else ''} decided"
    again = int(queue["review_again"].sum()) if "review_again" in queue else 0
    return said + (f"; {again} to review again (claims moved since the verdict)" if again else "")


def step(ids: list[str], current: str | None, offset: int) -> str | None:
    """The group ``offset`` places from ``current`` in ``ids`` (None past either end).

    >>> step(["a", "b", "c"], "b", 1), step(["a", "b", "c"], "a", -1), step(["a", "b"], "x", 1)
    ('c', None, 'a')
    """
    if not ids:
        return None
    if current not in ids:
        return ids[0]
    at = ids.index(current) + offset
    return ids[at] if 0 <= at < len(ids) else None


def next_undecided(queue: pd.DataFrame, current: str | None) -> str | None:
    """The first undecided group after ``current`` in queue order, wrapping round; None when
    every other group is decided. A group to review again (claims moved since its verdict) counts
    as undecided."""
    ids = queue["group_id"].tolist()
    open_ = queue["verdict"] == ""
    if "review_again" in queue:
        open_ |= queue["review_again"]
    undecided = set(queue.loc[open_, "group_id"])
    start = ids.index(current) + 1 if current in ids else 0
    for gid in ids[start:] + ids[:start]:
        if gid in undecided and gid != current:
            return gid
    return None


def undecided_consistent(queue: pd.DataFrame) -> dict[str, int]:
    """The groups the engine found consistent that no one has decided: group_id -> the version a
    bulk accept expects (so a decision made meanwhile is not overwritten)."""
    todo = queue[(queue["status"] == "consistent") & (queue["verdict"] == "")]
    return dict(zip(todo["group_id"], todo["version"].astype(int), strict=True))


def web_link(value: object) -> str:
    """An article's URL as a table may link it: a web address (http or https, with a host), else ""
    (a ``javascript:`` or ``data:`` URL from a corpus row or a paste is never made a link).

    >>> web_link("https://news.example/a?b=1"), web_link(" JavaScript:alert(1)"), web_link("data:text/html,x")
    ('https://news.example/a?b=1', '', '')
    >>> web_link("www.example.com"), web_link("http:///nohost"), web_link(None)
    ('', '', '')
    """
    text = str(value or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    return text if parts.scheme.lower() in ("http", "https") and parts.hostname else ""


def date_text(value: object) -> str:
    """A date for people ("4 Mar 2025"); "" when there is none.

    >>> date_text("2025-03-04"), date_text(""), date_text("2025-11-30T01:00:49+00:00")
    ('4 Mar 2025', '', '30 Nov 2025')
    """
    text = str(value or "")[:10]
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return str(value or "")
    return f"{day.day} {day:%b %Y}"


def _gap(ratio: object) -> str:
    if not isinstance(ratio, int | float) or not math.isfinite(ratio):
        return ""
    return f"×{ratio:,.2f}"


def queue_view(queue: pd.DataFrame) -> pd.DataFrame:
    """The queue as the reviewer reads it: every cell text or a count, nothing missing shown as None."""
    return pd.DataFrame(
        {
            "Group": queue["name"],
            "Engine": queue["status"],
            "Claims": queue["n_claims"].astype(int),
            "Sources": queue["n_sources"].astype(int),
            "Gap": queue["gap"].map(_gap),
            "Verdict": [
                f"{v} — review again: claims moved since" if again else v
                for v, again in zip(
                    queue["verdict"].replace("", UNDECIDED),
                    queue["review_again"] if "review_again" in queue else [False] * len(queue),
                    strict=True,
                )
            ],
            "Reviewer": queue["reviewer"],
            "Decided": queue["reviewed_at"].map(date_text),
        }
    )


def group_detail(reconciled: pd.DataFrame, group_id: str) -> pd.DataFrame:
    """The figures of one group side by side: what, who, where, when and in which sentence."""
    cols = [
        "number_text",
        "source",
        "metric",
        "qualifier",
        "value",
        "unit",
        "published",
        "channel",
        "quote",
        "sentence",
        "doc_id",
        "claim_id",
    ]  # what a reviewer compares first
    if "converted_value" in reconciled:  # the figure as compared, beside the figure as stated
        cols[cols.index("unit") + 1 : cols.index("unit") + 1] = ["converted_value", "compared_in"]
    g = reconciled[reconciled["group_id"] == group_id]
    return g[cols].sort_values(["source", "value"]).reset_index(drop=True)


def _source(source: object) -> str:
    return str(source) if isinstance(source, str) and source else OWN_VOICE


def members_view(detail: pd.DataFrame, titles: Mapping[str, str] | None = None) -> pd.DataFrame:
    """A group's figures as the reviewer compares them: as written, the value and interval in
    words, the converted value where the group compares in another unit, who, where, when."""
    titles = titles or {}
    unit = detail["unit"].fillna("").astype(str)
    compared = detail["compared_in"].fillna("").astype(str) if "compared_in" in detail else unit
    converted = detail["converted_value"] if "converted_value" in detail else detail["value"]
    out = pd.DataFrame(
        {
            "Figure": detail["number_text"],
            "Value": [format_figure(v, u) for v, u in zip(detail["value"], unit, strict=True)],
            "Compared as": [
                format_figure(c, cu) if cu != u else ""
                for c, cu, u in zip(converted, compared, unit, strict=True)
            ],
            "Source": detail["source"].map(_source),
            "Metric": detail["metric"],
            "Qualifier": detail["qualifier"],
            "Article": [titles.get(d, doc_title(d)) for d in detail["doc_id"]],
            "Published": detail["published"].map(date_text),
            "Channel": detail["channel"].fillna(""),
            "Quoted": detail["quote"].map(lambda q: "yes" if bool(q) else ""),
            "Sentence": detail["sentence"],
        }
    )
    if not out["Compared as"].astype(bool).any():
        out = out.drop(columns=["Compared as"])
    return out


def claims_view(claims: pd.DataFrame, group_names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The Claims page's table: what a reviewer reads first, every cell readable."""
    unit = claims["unit"].fillna("").astype(str)
    names = dict(group_names or {})
    return pd.DataFrame(
        {
            "Figure": claims["number_text"],
            "Value": [format_figure(v, u) for v, u in zip(claims["value"], unit, strict=True)],
            "Range allowed": [
                format_interval(lo, hi, u)
                for lo, hi, u in zip(_floats(claims["low"]), _floats(claims["high"]), unit, strict=True)
            ],
            "Metric": claims["metric"],
            "Source": claims["source"].map(_source),
            "Qualifier": claims["qualifier"],
            "Status": claims["status"],
            "Group": claims["group_id"].map(names).fillna(claims["group_label"]),
            "Article": [doc_title(d, t) for d, t in zip(claims["doc_id"], claims["title"], strict=True)],
            "Published": claims["published"].map(date_text),
            "Channel": claims["channel"].fillna(""),
            "Quoted": claims["quote"].map(lambda q: "yes" if bool(q) else ""),
            "Subject": claims["subject"].fillna(""),
            "Verdict": claims["verdict"].fillna("") if "verdict" in claims else "",
        }
    ).reset_index(drop=True)


def _floats(column: pd.Series) -> list[float | None]:
    return [None if pd.isna(v) else float(v) for v in column]


def claim_card(row: Mapping) -> pd.DataFrame:
    """One claim, field by field, in words (the Claims page's detail)."""
    unit = str(row.get("unit") or "")
    fields = {
        "Figure as written": row.get("number_text", ""),
        "Value": format_figure(row.get("value"), unit),
        "Range allowed": format_interval(_none(row.get("low")), _none(row.get("high")), unit),
        "Qualifier": row.get("qualifier", ""),
        "Unit": unit,
        "Metric": row.get("metric", ""),
        "Subject": row.get("subject", ""),
        "Source": _source(row.get("source")),
        "Channel": row.get("channel", ""),
        "Quoted": "yes" if bool(row.get("quote")) else "no",
        "Status": row.get("status", ""),
        "Sentence": row.get("sentence", ""),
    }
    return pd.DataFrame({"Field": list(fields), "Value": [str(v or "") for v in fields.values()]})


def _none(value: object) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def linked_documents(filtered: list[str], doc: str | None, docs: Collection[str]) -> list[str]:
    """The Document filter a link opens the Claims page with: its own, else the article it opens
    in the reader (``?doc=``), so the table shows that article's claims as the reader does.

    >>> linked_documents([], "a", ["a", "b"]), linked_documents(["b"], "a", ["a", "b"])
    (['a'], ['b'])
    >>> linked_documents([], "gone", ["a"]), linked_documents([], None, ["a"])
    ([], [])
    """
    if filtered:
        return list(filtered)
    return [doc] if doc in set(docs) else []


def reader_documents(all_docs: list[str], filtered: list[str]) -> list[str]:
    """The articles the reader offers: those the Document filter picks, else all."""
    return [d for d in all_docs if d in set(filtered)] if filtered else list(all_docs)


def export_rows(reconciled: pd.DataFrame, which: str) -> pd.DataFrame:
    """What an export writes: all claims, the reviewed groups' only, or the conflicts only (the
    engine's or a reviewer's)."""
    if which == "reviewed":
        return reconciled[reconciled["verdict"].fillna("") != ""]
    if which == "conflicts":
        return reconciled[(reconciled["status"] == "conflict") | (reconciled["verdict"] == "conflict")]
    return reconciled
