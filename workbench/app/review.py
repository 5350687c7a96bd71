"""The Reconcile page: the queue, one group's figures and explanation, the decision, its history.

Every write happens in a button's callback, before the page is drawn, so the queue, the form and
the history always show the state after it; the form holds the saved decision of the group on
screen, and the version it was loaded at, until the reviewer's own write reloads it.
"""

from __future__ import annotations

from collections.abc import Collection

import streamlit as st

from workbench.app.state import go_to, keep, may, plain, say, seed, show_messages
from workbench.figures import FigureError, accepted_value, format_number
from workbench.highlight import table_without_bidi
from workbench.naming import group_names
from workbench.roles import Reviewer
from workbench.schema import STATUSES, VERDICTS
from workbench.store import StaleWriteError
from workbench.timeline import Names, decision, describe, history, names_for, when, who
from workbench.views import (
    VERDICT_CHOICES,
    QueueFilter,
    decision_form,
    filter_queue,
    group_detail,
    members_view,
    next_undecided,
    progress,
    queue_view,
    review_queue,
    step,
    undecided_consistent,
)
from workbench.workspace import Workspace

SHORTCUTS = {v: str(i) for i, v in enumerate(VERDICTS, start=1)}
KEYS_HELP = (
    "Keys: 1–4 choose a verdict, S saves, N saves and opens the next undecided group, J and K the "
    "next and previous group, U undoes."
)
QUEUE_COLUMNS = {
    "Group": st.column_config.TextColumn("Group", width="large"),
    "Engine": st.column_config.TextColumn(
        "Engine", help="What the figures say: conflict, consistent, single"
    ),
    "Claims": st.column_config.NumberColumn("Claims", format="%d"),
    "Sources": st.column_config.NumberColumn("Sources", format="%d"),
    "Gap": st.column_config.TextColumn("Gap", help="Largest figure ÷ smallest, as compared"),
    "Verdict": st.column_config.TextColumn("Verdict"),
    "Reviewer": st.column_config.TextColumn("Reviewer"),
    "Decided": st.column_config.TextColumn("Decided"),
}


def _slug(verdict: str) -> str:
    return verdict.replace(" ", "_")


def _load_form(gid: str, saved: dict | None, who_: Reviewer) -> None:
    """The form shows the group's saved verdict (or nothing chosen), the accepted value and note
    of the reviewer's own decision only, and remembers the version it was loaded at."""
    st.session_state.update(
        form_for=gid,
        form_by=who_.label,
        **decision_form(saved, who_.name, who_.email),
        loaded_version=int(saved["version"]) if saved else 0,
    )
    for stale in ("won", "accepted_error"):
        st.session_state.pop(stale, None)


def _choose(verdict: str) -> None:
    st.session_state["choice"] = verdict


def _winner(current: dict | None) -> str:
    if not current:
        return "the verdict was taken back; the group has none now"
    parts = [f"{who(current['reviewer'], current.get('email'))} saved '{current['verdict']}'"]
    if current.get("accepted_value") is not None:
        parts.append(f"accepted value {format_number(current['accepted_value'])}")
    if str(current.get("note") or "").strip():
        parts.append(f"note “{current['note'].strip()}”")
    return ", ".join(parts) + f" ({when(current.get('reviewed_at'))})"


def _save(
    ws: Workspace,
    who_: Reviewer,
    gid: str,
    name: str,
    then: str | None,
    advance: bool,
    seen: list[str],
    unit: str = "",
) -> None:
    """Save the form's decision; on success reload the form (and, with ``advance``, open ``then``).
    ``seen``: the group's claims as the page showed them (``_members``, taken when it was drawn): a
    verdict is given on what the reviewer saw, so a change made meanwhile marks it to review again."""
    state = st.session_state
    choice = state.get("choice")
    if choice is None:
        say("error", "Not saved: choose a verdict first (keys 1–4).")
        return
    accepted = None
    entry = str(state.get("accepted") or "").strip()
    if entry:
        try:
            accepted = accepted_value(entry, unit)  # in the group's unit: "£1.2bn" is refused for $
        except FigureError as exc:
            state["accepted_error"] = f"Not saved: {exc}."
            return
    state.pop("accepted_error", None)
    try:
        ws.store.save_verdict(
            gid,
            choice,
            who_.name,
            accepted,
            str(state.get("note") or ""),
            expected_version=int(state.get("loaded_version", 0)),
            email=who_.email,
            members=seen,
        )
    except StaleWriteError as exc:
        state["won"] = exc.current
        state["loaded_version"] = int(exc.current["version"]) if exc.current else 0
        say(
            "error",
            f"Not saved: someone decided '{name}' after you opened it: {_winner(exc.current)}. "
            "Your entry is still in the form: save again to put it in their place, or change it.",
        )
        return
    except ValueError as exc:
        say("error", f"Not saved: {exc}.")
        return
    say("success", f"Saved '{choice}' on '{name}'.")
    state["form_for"] = None  # reload from the store
    if advance:
        if then:
            go_to("group", then)
        else:
            say("info", "Every group in this queue is decided.")


def _undo(ws: Workspace, who_: Reviewer, names: Names) -> None:
    try:
        entry = ws.store.undo_last_decision(who_.name, who_.email)
    except StaleWriteError as exc:
        say("error", f"Not undone: {_named(str(exc), names)}.")
        return
    if entry is None:
        say("info", "Nothing of yours to undo.")
    else:
        say("success", f"Undid {decision(entry, names)}.")
    st.session_state["form_for"] = None


def _undo_entry(ws: Workspace, who_: Reviewer, names: Names) -> None:
    entry_id = st.session_state.get("undo_entry")
    try:
        entry = ws.store.undo_decision(int(entry_id), who_.name, who_.email)
    except (StaleWriteError, ValueError, TypeError) as exc:
        say("error", f"Not undone: {_named(str(exc), names)}.")
        return
    say("success", f"Undid {decision(entry, names)}.")
    st.session_state["form_for"] = None


def _move(ws: Workspace, who_: Reviewer, names: Names, current: str) -> None:
    claim, target = st.session_state.get("move_claim"), st.session_state.get("move_target")
    group = f"manual-{claim}" if target == NEW_GROUP else target
    ws.store.move_claim(claim, group, who_.name, who_.email, from_group=current)
    say("success", f"Moved {names.figure(claim)} to {names.group(group)}.")


def _bulk(ws: Workspace, who_: Reviewer, todo: dict[str, int], seen: dict[str, list[str]]) -> None:
    """Accept the groups listed (``seen``: their claims as listed, see ``_save``)."""
    if not st.session_state.get("bulk_confirm"):
        say("warning", "Nothing accepted: tick the box to confirm.")
        st.session_state["bulk_open"] = True  # the panel stays open to tick it
        return
    saved, skipped = ws.store.accept_groups(
        todo, who_.name, str(st.session_state.get("bulk_note") or ""), who_.email, members=seen
    )
    st.session_state["bulk_confirm"] = False
    say("success", f"Accepted {len(saved)} consistent group(s).")
    if skipped:
        say(
            "warning", f"{len(skipped)} group(s) were decided by someone meanwhile and were left as they are."
        )
    st.session_state["form_for"] = None


def _members(ws: Workspace, group_ids: Collection[str]) -> dict[str, list[str]]:
    """group_id -> the claims the reviewer sees in it, with what each says (``Workspace.members``,
    computed once per reconciliation), saved with the verdict: a later correction or re-read that
    changes one makes it stale."""
    found = ws.members()
    return {g: found.get(g, []) for g in group_ids}


def _named(message: str, names: Names) -> str:
    """A store message with its ids replaced by the names a reviewer knows."""
    for gid, name in names.groups.items():
        message = message.replace(f"group {gid}", f"'{name}'")
    for cid in names.figures:
        message = message.replace(f"claim {cid}", names.figure(cid))
    return message


NEW_GROUP = "(a new group of its own)"


def _pick_from_queue(ids: list[str]) -> None:
    """A click on a queue row opens its group (the table's selection is set to the open group on
    every drawing, so a selection that differs from it is the reviewer's click)."""
    event = st.session_state.get("queue")
    rows = list(event["selection"]["rows"]) if event else []
    shown = st.session_state.get("queue_rows")
    before = st.session_state.get("queue_ids") or ids
    if rows and rows != shown and rows[0] < len(before):
        go_to("group", before[rows[0]])


def reconcile_page(ws: Workspace, who_: Reviewer) -> None:
    st.header("Reconcile")
    show_messages()
    rec = ws.reconciliation()
    names = group_names(rec.groups, rec.claims, rec.stories)
    log = ws.store.audit_log()
    queue = review_queue(rec.groups, ws.store.verdicts(), names, ws.review_again(log))
    if queue.empty:
        st.info("No groups yet: load some articles first.")
        return
    c1, c2, c3 = st.columns(3)
    reviewers = sorted(r for r in set(queue["reviewer"]) if r)
    for col, key, label, options in (
        (c1, "q_verdict", "Verdict", list(VERDICT_CHOICES)),
        (c2, "q_status", "Engine says", list(STATUSES)),
        (c3, "q_reviewer", "Reviewer", reviewers),
    ):
        seed(key, options, multi=True)
        col.multiselect(label, options, key=key, on_change=keep, args=(key,), placeholder="all")
    ss = st.session_state
    shown = filter_queue(queue, QueueFilter(ss["q_status"], ss["q_verdict"], ss["q_reviewer"]))
    filtered = len(shown) != len(queue)
    st.caption(plain(progress(queue) + (f"; {len(shown)} shown" if filtered else "")))
    ids = shown["group_id"].tolist()
    _pick_from_queue(ids)
    current = st.query_params.get("group")
    if current not in set(queue["group_id"]):
        current = ids[0] if ids else queue["group_id"].iat[0]
    go_to("group", current)
    rows = [ids.index(current)] if current in ids else []
    ss["queue_ids"], ss["queue_rows"] = ids, rows
    ss["queue"] = {"selection": {"rows": rows, "columns": [], "cells": []}}
    if shown.empty:
        st.info("No group matches these filters.")
    st.dataframe(
        table_without_bidi(queue_view(shown)),
        key="queue",
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        height=min(38 + 35 * len(shown), 320),
        column_config=QUEUE_COLUMNS,
    )
    options = ids if current in ids else [current, *ids]
    seed("group", options)
    label = dict(zip(queue["group_id"], queue["name"], strict=True))
    n1, n2, n3 = st.columns([6, 1, 1], vertical_alignment="bottom")
    n1.selectbox("Group", options, key="group", format_func=label.get, on_change=keep, args=("group",))
    before, after = step(ids, current, -1), step(ids, current, 1)
    n2.button(
        "Previous",
        key="previous_group",
        shortcut="k",
        on_click=go_to,
        args=("group", before or current),
        disabled=before is None,
        width="stretch",
    )
    n3.button(
        "Next",
        key="next_group",
        shortcut="j",
        on_click=go_to,
        args=("group", after or current),
        disabled=after is None,
        width="stretch",
    )
    group = queue.set_index("group_id").loc[current]
    st.subheader(plain(label[current]))
    st.text(group["explanation"])
    reconciled = ws.reconciled()
    detail = group_detail(reconciled, current)
    titles = dict(zip(reconciled["doc_id"], reconciled["title"], strict=True))
    st.dataframe(
        table_without_bidi(members_view(detail, {d: t or d for d, t in titles.items()})),
        key="members",
        hide_index=True,
        width="stretch",
        column_config={"Sentence": st.column_config.TextColumn("Sentence", width="large")},
    )
    claim_names = names_for(ws.store.claim_names(), names)
    if may(who_, "decide"):
        again = bool(group["review_again"])
        then = next_undecided(shown if ids else queue, current)
        _decision(ws, who_, current, label[current], then, again, str(group["compared_in"] or ""))
        _move_form(ws, who_, detail, queue, current, label, claim_names)
    if may(who_, "undo_own", quiet=True):
        st.button(
            "Undo my last decision", key="undo", shortcut="u", on_click=_undo, args=(ws, who_, claim_names)
        )
    if may(who_, "decide", quiet=True):
        _bulk_form(ws, who_, queue, label)
    ids_here = {current, *detail["claim_id"]}
    if may(who_, "undo_any", quiet=True):
        _undo_any(ws, who_, ids_here, claim_names)
    st.subheader("Decision history")
    log = history(log, claim_names, ids_here)
    if log.empty:
        st.caption("No decisions on this group yet.")
    for entry in log.itertuples(index=False):
        st.markdown(f"**{plain(entry.when)}** · {plain(entry.who)} — {plain(entry.what)}")


def _decision(
    ws: Workspace, who_: Reviewer, gid: str, name: str, then: str | None, again: bool = False, unit: str = ""
) -> None:
    ss = st.session_state
    saved = ws.store.verdict(gid)
    seen = _members(ws, [gid])[gid]  # what this drawing shows: the verdict is given on it
    if ss.get("form_for") != gid or ss.get("form_by") != who_.label or "note" not in ss:
        _load_form(gid, saved, who_)
    with st.container(border=True):
        if saved:
            st.caption(plain(f"Saved decision: {_winner(saved)}."))
        if saved and again:
            st.warning(
                "Review again: this group's claims changed after this decision (a claim moved in or "
                "out, an article joined, or a figure, source or metric was corrected or read again)."
            )
        else:  # a saved decision is said above: "No decision yet" only where there is none
            st.caption(("" if saved else "No decision yet. ") + KEYS_HELP)
        if "won" in ss:
            st.warning(plain(f"The decision that won: {_winner(ss.get('won'))}."))
        cols = st.columns(len(VERDICTS))
        for col, verdict in zip(cols, VERDICTS, strict=True):
            col.button(
                verdict.capitalize(),
                key=f"verdict_{_slug(verdict)}",
                shortcut=SHORTCUTS[verdict],
                type="primary" if ss.get("choice") == verdict else "secondary",
                on_click=_choose,
                args=(verdict,),
                width="stretch",
            )
        st.text_input(
            "Accepted value (optional)",
            key="accepted",
            placeholder="as an article would write it: 413,000, about 400k",
        )
        if ss.get("accepted_error"):
            st.error(plain(ss["accepted_error"]))
        st.text_area("Note: why", key="note", height=80)
        s1, s2, _ = st.columns([1, 2, 3])
        s1.button(
            "Save",
            key="save_verdict",
            shortcut="s",
            type="primary",
            on_click=_save,
            args=(ws, who_, gid, name, then, False, seen, unit),
            width="stretch",
        )
        s2.button(
            "Save and next undecided",
            key="save_next",
            shortcut="n",
            on_click=_save,
            args=(ws, who_, gid, name, then, True, seen, unit),
            width="stretch",
        )


def _move_form(ws, who_, detail, queue, current, label, names: Names) -> None:
    if detail.empty:
        return
    with st.expander("Move a claim to another group"):
        c1, c2, c3 = st.columns([2, 3, 1], vertical_alignment="bottom")
        figures = dict(zip(detail["claim_id"], detail["number_text"], strict=True))
        c1.selectbox("Claim", list(figures), key="move_claim", format_func=figures.get)
        targets = [NEW_GROUP, *[g for g in queue["group_id"] if g != current]]
        c2.selectbox("to group", targets, key="move_target", format_func=lambda g: label.get(g, g))
        c3.button("Move", key="move", on_click=_move, args=(ws, who_, names, current))


def _bulk_form(ws: Workspace, who_: Reviewer, queue, label) -> None:
    todo = undecided_consistent(queue)
    # A key keeps the panel open across runs: without one it was a new panel, closed, whenever a
    # message above it moved it down the page.
    with st.expander(
        f"Accept every consistent group the engine found ({len(todo)} undecided)",
        key="bulk_open",
        on_change="rerun",
    ):
        if not todo:
            st.caption("No undecided consistent groups.")
        else:
            st.text("\n".join(f"• {label[g]}" for g in todo))
        st.text_input("One note for all of them", key="bulk_note")
        st.checkbox(f"Yes, accept these {len(todo)} groups as consistent", key="bulk_confirm")
        seen = _members(ws, todo) if todo else {}  # the groups as listed: accepted as they were seen
        st.button(
            "Accept them", key="bulk_accept", on_click=_bulk, args=(ws, who_, todo, seen), disabled=not todo
        )


def _undo_any(ws: Workspace, who_: Reviewer, ids: set[str], names: Names) -> None:
    """An editor undoes any reviewer's decision on this group, with the same staleness checks."""
    open_ = ws.store.undoable()
    open_ = open_[open_["entity_id"].isin(ids)]
    if open_.empty:
        return
    labels = {
        int(e["id"]): f"{describe(e, names)} — {who(e['reviewer'], e.get('email'))}, {when(e['at'])}"
        for e in open_.to_dict("records")
    }
    c1, c2 = st.columns([4, 1], vertical_alignment="bottom")
    c1.selectbox("Undo a decision (any reviewer)", list(labels), format_func=labels.get, key="undo_entry")
    c2.button("Undo it", key="undo_any", on_click=_undo_entry, args=(ws, who_, names))
