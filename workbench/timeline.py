"""The audit log in words: who did what, when, to which figure of which article, in which group.
Messages and the decision history name figures and articles, never ids or JSON.

>>> names = Names(figures={"c1": ("about £1.25bn", "Bridge audit")}, groups={"g1": "Calder bridge"})
>>> entry = {"action": "correct", "entity_id": "c1", "field": "metric", "old": '"cost"', "new": '"budget"'}
>>> describe(entry, names)
"corrected the metric of 'about £1.25bn' in 'Bridge audit' from 'cost' to 'budget'"
>>> "Undid " + decision(entry, names)
"Undid the correction of the metric of 'about £1.25bn' in 'Bridge audit'"
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd

from workbench.figures import format_figure, format_number
from workbench.naming import doc_title, figure_ref


@dataclass
class Names:
    """What ids stand for: claim_id -> (figure as written, article title), group_id -> group name."""

    figures: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    groups: Mapping[str, str] = field(default_factory=dict)
    units: Mapping[str, str] = field(default_factory=dict)  # claim_id -> unit, to show a figure's value

    def figure(self, claim_id: str) -> str:
        if claim_id in self.figures:
            return figure_ref(*self.figures[claim_id])
        return "a figure no longer in the store"

    def group(self, group_id: object) -> str:
        gid = str(group_id or "")
        if gid in self.groups:
            return f"'{self.groups[gid]}'"
        return "a group of its own" if gid.startswith("manual-") else "a group no longer found"


def names_for(claims: pd.DataFrame, group_names: Mapping[str, str]) -> Names:
    """Names from a table of stored claims (claim_id, doc_id, number_text, title, unit)."""
    if claims.empty:
        return Names(groups=group_names)
    titles = [doc_title(d, t) for d, t in zip(claims["doc_id"], claims["title"], strict=True)]
    figures = dict(zip(claims["claim_id"], zip(claims["number_text"], titles, strict=True), strict=True))
    return Names(figures, group_names, dict(zip(claims["claim_id"], claims["unit"], strict=True)))


def _load(text: object) -> object:
    if not isinstance(text, str):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _group_id(text: object) -> str | None:
    """A move's group id as the log holds it: plain text (never read as JSON: "123e4" is an id)."""
    if not isinstance(text, str) or not text:
        return None
    loaded = _load(text) if text.startswith('"') else text
    return str(loaded)


def _value(field_name: str, value: object, unit: str = "") -> str:
    """A stored field value as a reader writes it."""
    if value is None:
        return "nothing"
    if field_name in ("value", "low", "high") and isinstance(value, int | float):
        return format_figure(float(value), unit)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return format_number(value)
    return f"'{value}'" if str(value) else "nothing"


def _verdict_words(v: Mapping | None) -> str:
    """'conflict' (accepted 400,000; note: “...”)"""
    if not isinstance(v, Mapping):
        return "no verdict"
    extra = []
    if isinstance(v.get("accepted_value"), int | float):
        extra.append(f"accepted {format_number(float(v['accepted_value']))}")
    if str(v.get("note") or "").strip():
        extra.append(f"note: “{str(v['note']).strip()}”")
    return f"'{v.get('verdict')}'" + (f" ({'; '.join(extra)})" if extra else "")


def _figure_change(new: Mapping) -> str:
    """A figure correction's new figure in words: "about 45,000", "45,000 (more than 40,000)"."""
    text = str(new.get("text") or "")
    if text:
        return f"'{text}'"
    return format_figure(new.get("value"), str(new.get("unit") or ""))


def decision(entry: Mapping, names: Names) -> str:
    """A decision as a noun phrase: "the verdict 'conflict' on 'Dalmora — casualties'"."""
    action, fld, eid = entry.get("action"), entry.get("field"), str(entry.get("entity_id"))
    new = _load(entry.get("new"))
    if action == "verdict":
        return f"the verdict {_verdict_words(new)} on {names.group(eid)}"  # type: ignore[arg-type]
    if action == "correct" and fld == "not_a_claim":
        return f"marking {names.figure(eid)} as not a claim"
    if action == "correct" and fld in ("figure", "value"):
        return f"the correction of {names.figure(eid)}"
    if action == "correct":
        return f"the correction of the {fld} of {names.figure(eid)}"
    if action == "move":
        return f"the move of {names.figure(eid)} to {names.group(_group_id(entry.get('new')))}"
    return f"the {action} of {eid}"


def describe(entry: Mapping, names: Names, undone: Mapping | None = None) -> str:
    """One audit entry in words (``undone``: the entry an undo reverses, when the log has it)."""
    action, fld, eid = entry.get("action"), entry.get("field"), str(entry.get("entity_id"))
    old, new = _load(entry.get("old")), _load(entry.get("new"))
    unit = names.units.get(eid, "")
    if action == "verdict":
        group = names.group(eid)
        if isinstance(old, Mapping):
            return f"changed the verdict on {group} from {_verdict_words(old)} to {_verdict_words(new)}"  # type: ignore[arg-type]
        return f"decided {_verdict_words(new)} on {group}"  # type: ignore[arg-type]
    if action == "correct":
        if fld == "not_a_claim":
            return f"marked {names.figure(eid)} as not a claim"
        if fld == "figure" and isinstance(new, Mapping):
            return f"corrected {names.figure(eid)} to {_figure_change(new)}"
        change = f"from {_value(fld, old, unit)} to {_value(fld, new, unit)}"
        return f"corrected the {fld} of {names.figure(eid)} {change}"
    if action == "move":
        old, new = _group_id(entry.get("old")), _group_id(entry.get("new"))
        left = f" from {names.group(old)}" if old else ""
        return f"moved {names.figure(eid)}{left} to {names.group(new)}"
    if action == "undo":
        return "undid " + (decision(undone, names) if undone else f"a decision on {eid}")
    if action == "carry":
        return f"re-read the article: the decisions on {names.figure(eid)} carried over to it"
    if action == "detach":
        return f"re-read the article: {names.figure(eid)} is gone, its decisions set aside"
    if action == "delete":
        meta = old if isinstance(old, Mapping) else {}
        title = doc_title(eid, meta.get("title", ""))
        return f"deleted the article '{title}' with its {meta.get('claims', 0)} claim(s)"
    return f"{action} {fld} of {eid}"


def when(at: object) -> str:
    """An audit time for people: "30 Nov 2025, 14:03 UTC" (never cut off)."""
    try:
        moment = datetime.fromisoformat(str(at))
    except ValueError:
        return str(at or "")
    zone = " UTC" if moment.utcoffset() is not None and not moment.utcoffset() else ""
    return f"{moment.day} {moment:%b %Y, %H:%M}{zone}"


def who(reviewer: object, email: object = None) -> str:
    name = str(reviewer or "someone")
    return f"{name} <{email}>" if isinstance(email, str) and email and email != name else name


def history(log: pd.DataFrame, names: Names, entity_ids: set[str] | None = None) -> pd.DataFrame:
    """The decision history, newest first: when, who, what (the entries on ``entity_ids``, or all;
    a claim moved out of a group stays in that group's history)."""
    if entity_ids is None:
        rows = log
    else:
        moves = log["field"].eq("group_id") & log["action"].isin(["move", "undo"])
        regrouped = moves & (log["old"].isin(entity_ids) | log["new"].isin(entity_ids))
        rows = log[log["entity_id"].isin(entity_ids) | regrouped]
    by_id = {int(e["id"]): e for e in log.to_dict("records")}
    out = [
        {
            "when": when(e["at"]),
            "who": who(e["reviewer"], e.get("email")),
            "what": describe(e, names, by_id.get(int(e["undoes"])) if pd.notna(e.get("undoes")) else None),
        }
        for e in rows.sort_values("id", ascending=False).to_dict("records")
    ]
    return pd.DataFrame(out, columns=["when", "who", "what"])
