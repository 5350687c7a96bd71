"""The dashboard's pages: widgets in, one library call each, results out. No logic here."""

from __future__ import annotations

import re

import streamlit as st

from workbench.charts import group_figure, timeline_figure
from workbench.documents import Document, ReadError, generated_id, id_label, read_upload
from workbench.export import claim_reviews, csv_bytes, json_bytes
from workbench.highlight import highlight_html
from workbench.roles import Reviewer
from workbench.schema import VERDICTS
from workbench.store import StaleWriteError
from workbench.views import ClaimFilter, documents_overview, filter_claims, group_detail, review_queue
from workbench.workspace import IngestReport, Workspace


def plain(text: str) -> str:
    """Text from a sign-in (a name, an email) shown as itself, never read as Markdown or HTML."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!<>|~$:@])", r"\\\1", text)


def _may(who: Reviewer, action: str, quiet: bool = False) -> bool:
    """Whether ``who`` may do ``action`` here; says why not (a name to enter, a role that lacks it)."""
    if not who.name:
        if not quiet:
            st.info("Enter your name in the sidebar to record decisions.")
        return False
    if not who.may(action):
        if not quiet:
            st.caption(f"Your role ({who.role}) does not include this.")
        return False
    return True


ADD_NEW = "(add as a new article)"


def _report(report: IngestReport) -> None:
    """What an ingestion did, one line per kind, every failed file named."""
    for err in report.errors:
        st.error(f"Could not read {err}")
    if report.added:
        st.success(f"Added {len(report.added)} article(s): {', '.join(report.added)}.")
    if report.replaced:
        st.success(f"Replaced {', '.join(report.replaced)} (decisions on unchanged figures kept).")
    for asked, given in report.renamed.items():
        st.info(f"{asked!r} is taken by another article: added as {given!r}.")
    if report.unchanged:
        st.info(f"{len(report.unchanged)} article(s) already loaded with the same text.")
    if report.refused_figures:
        st.warning(f"{report.refused_figures} figure(s) too large or not finite were not taken as claims.")


def _replace_choices(ws: Workspace, docs: list, key: str, who: Reviewer) -> dict[str, str] | None:
    """For each new article named like a stored one: add as new (the default) or replace it (an
    editor's choice). None while a replacement is chosen but not confirmed: never silent."""
    choices = {}
    for i, doc in enumerate(docs):
        if isinstance(doc, ReadError) or not who.may("replace"):
            continue
        same = ws.namesakes(doc)
        if same:
            pick = st.selectbox(
                f"{doc.title or id_label(doc.doc_id)!r} is named like a stored article",
                [ADD_NEW, *same],
                key=f"{key}_replace_{i}",
                format_func=lambda d: d if d == ADD_NEW else f"replace {d}",
            )
            if pick != ADD_NEW:
                choices[doc.doc_id] = pick
    if choices:
        confirm = st.checkbox(
            f"Yes, replace {', '.join(choices.values())}: the stored text and claims are overwritten "
            "(decisions on unchanged figures are kept)",
            key=f"{key}_confirm",
        )
        return choices if confirm else None
    return choices


def documents_page(ws: Workspace, who: Reviewer) -> None:
    st.header("Documents")
    overview = documents_overview(ws.documents(), ws.reconciled())
    if overview.empty:
        st.info("No articles yet: upload some below or start with `workbench app PATH`.")
    else:
        st.dataframe(overview, hide_index=True, width="stretch")
    if not who.may("add"):  # locally anyone may add articles; a name is asked only for decisions
        return
    uploads = st.file_uploader("Add articles (.txt, .md, .html)", accept_multiple_files=True, key="upload")
    if uploads:
        read = st.session_state.setdefault("upload_read", {})  # each upload is decoded once
        docs = [read.setdefault(f.file_id, read_upload(f.name, f.getvalue())) for f in uploads]
        replace = _replace_choices(ws, docs, "upload", who)
        if st.button("Extract uploaded files", key="ingest_uploads"):
            if replace is None:
                st.warning("Confirm the replacement above, or choose to add as a new article.")
            else:
                with st.spinner("Extracting..."):
                    _report(ws.ingest(docs, replace=replace))
    with st.form("paste", clear_on_submit=False):
        st.subheader("Paste an article")
        title = st.text_input("Title", key="paste_title")
        publication = st.text_input("Publication", key="paste_publication")
        date = st.text_input("Date (YYYY-MM-DD)", key="paste_date")
        url = st.text_input("URL", key="paste_url")
        text = st.text_area("Text", key="paste_text", height=200)
        stored = sorted(overview["doc_id"]) if who.may("replace") else []
        target = st.selectbox("Replaces (optional)", [ADD_NEW, *stored], key="paste_replace")
        confirm = st.checkbox("Yes, replace the article chosen above", key="paste_confirm")
        if st.form_submit_button("Add article", key="paste_add") and text.strip():
            doc = Document(generated_id(title, text), text, title.strip(), publication, date, url)
            if target != ADD_NEW and not confirm:
                st.warning(f"Not added: tick the box to confirm replacing {target!r}.")
            else:
                same = [] if target != ADD_NEW else ws.namesakes(doc)
                _report(ws.ingest([doc], replace={doc.doc_id: target} if target != ADD_NEW else None))
                if same:
                    st.info(
                        f"Stored articles with the same title: {', '.join(same)}. To replace one, "
                        "choose it under 'Replaces'."
                    )
    if not overview.empty and _may(who, "delete", quiet=True):
        st.subheader("Delete an article")
        doc_id = st.selectbox("Article", sorted(overview["doc_id"]), key="delete_doc")
        sure = st.checkbox(
            "Yes, delete it with its claims and the decisions on them (not undoable)", key="delete_confirm"
        )
        if st.button("Delete article", key="delete"):
            if not sure:
                st.warning("Not deleted: tick the box to confirm.")
            else:
                n = ws.store.delete_document(doc_id, who.name, who.email)
                st.success(f"Deleted {doc_id} and its {n} claim(s).")


def claims_page(ws: Workspace, who: Reviewer) -> None:
    st.header("Claims")
    table = ws.reconciled()
    if table.empty:
        st.info("No claims yet.")
        return
    cols = st.columns(5)
    choices = {
        "doc_id": "Document",
        "source": "Source",
        "metric": "Metric",
        "status": "Status",
        "qualifier": "Qualifier",
    }
    picked = {
        c: cols[i].multiselect(label, sorted(table[c].unique()), key=f"f_{c}")
        for i, (c, label) in enumerate(choices.items())
    }
    shown = filter_claims(
        table,
        ClaimFilter(
            picked["doc_id"], picked["source"], picked["metric"], picked["status"], picked["qualifier"]
        ),
    )
    st.caption(f"{len(shown)} of {len(table)} claims")
    first = [
        "number_text",
        "metric",
        "source",
        "status",
        "qualifier",
        "value",
        "low",
        "high",
        "unit",
        "group_label",
        "doc_id",
        "published",
        "channel",
        "quote",
        "subject",
    ]
    rest = [c for c in shown.columns if c not in first and c != "sentence"]
    st.dataframe(shown[first + rest], hide_index=True, width="stretch")  # what a reviewer reads first
    texts = ws.texts()
    doc = st.selectbox("Read an article", sorted(texts), key="doc")
    mine = table[table["doc_id"] == doc]
    st.markdown(
        '<div style="white-space:pre-wrap;line-height:1.7">' + highlight_html(texts[doc], mine) + "</div>",
        unsafe_allow_html=True,
    )
    if mine.empty:
        return
    labels = {
        r.claim_id: f"{r.number_text} — {r.metric} — {r.source or 'own voice'}" for r in mine.itertuples()
    }
    claim_id = st.selectbox("Claim", list(labels), format_func=labels.get, key="claim")
    row = mine.set_index("claim_id").loc[claim_id]
    st.table(
        row[
            [
                "number_text",
                "value",
                "low",
                "high",
                "qualifier",
                "unit",
                "metric",
                "subject",
                "source",
                "channel",
                "quote",
                "group_label",
                "status",
            ]
        ]
        .astype(str)
        .to_frame("value")
    )
    if not _may(who, "decide"):
        return
    c1, c2, c3 = st.columns([1, 2, 1])
    field = c1.selectbox(
        "Field", ["metric", "source", "value", "qualifier", "unit", "subject", "channel"], key="fix_field"
    )
    value = c2.text_input("Corrected value", key="fix_value")
    if c3.button("Save correction", key="fix_save") and value:
        try:
            figure = float(value) if field == "value" else value
            ws.store.correct_claim(claim_id, field, figure, who.name, who.email)
            st.success("Correction saved.")
        except ValueError as exc:
            st.error(f"Not saved: {exc}")
    if c3.button("Not a claim", key="not_claim"):
        ws.store.correct_claim(claim_id, "not_a_claim", True, who.name, who.email)
        st.success("Marked as not a claim.")


def reconcile_page(ws: Workspace, who: Reviewer) -> None:
    st.header("Reconcile")
    rec = ws.reconciliation()
    queue = review_queue(rec.groups, ws.store.verdicts())
    if queue.empty:
        st.info("No groups yet: load some articles first.")
        return
    st.dataframe(
        queue[["group_label", "status", "n_claims", "n_sources", "gap", "verdict"]],
        hide_index=True,
        width="stretch",
    )
    labels = {
        r.group_id: f"[{r.status}] {r.group_label} — {r.n_claims} claims, {r.n_sources} sources"
        for r in queue.itertuples()
    }
    gid = st.selectbox("Group", list(labels), format_func=labels.get, key="group")
    group = queue.set_index("group_id").loc[gid]
    st.text(group["explanation"])
    reconciled = ws.reconciled()
    st.dataframe(group_detail(reconciled, gid), hide_index=True, width="stretch")
    loaded = st.session_state.setdefault(f"loaded_version:{gid}", int(group["version"]))
    if _may(who, "decide"):
        with st.form("verdict_form", clear_on_submit=False):
            verdict = st.selectbox("Verdict", list(VERDICTS), key="verdict")
            accepted = st.number_input("Accepted value", value=None, key="accepted", format="%.2f")
            note = st.text_area("Note: why", key="note")
            if st.form_submit_button("Save verdict", key="save_verdict"):
                try:
                    version = ws.store.save_verdict(
                        gid, verdict, who.name, accepted, note, expected_version=loaded, email=who.email
                    )
                    st.session_state[f"loaded_version:{gid}"] = version
                    st.success(f"Verdict saved (version {version}).")
                except StaleWriteError as exc:
                    st.session_state[f"loaded_version:{gid}"] = ws.store.verdict_version(gid)
                    st.error(f"Not saved: {exc}. The group now shows the latest decision; decide again.")
                except ValueError as exc:
                    st.error(f"Not saved: {exc}")
        c1, c2, c3 = st.columns([2, 2, 1])
        members = group_detail(reconciled, gid)
        claim = c1.selectbox(
            "Move claim",
            members["claim_id"],
            key="move_claim",
            format_func=lambda c: members.set_index("claim_id").loc[c, "number_text"],
        )
        targets = ["(a new group)", *[g for g in queue["group_id"] if g != gid]]
        target = c2.selectbox("to group", targets, key="move_target", format_func=lambda g: labels.get(g, g))
        if c3.button("Move", key="move"):
            group = f"manual-{claim}" if target == "(a new group)" else target
            ws.store.move_claim(claim, group, who.name, who.email)
            st.success("Moved.")
        if st.button("Undo my last decision", key="undo"):
            try:
                st.info(ws.store.undo_last(who.name, who.email) or "Nothing to undo.")
            except StaleWriteError as exc:
                st.error(f"Not undone: {exc}.")
    ids = {gid, *group_detail(reconciled, gid)["claim_id"]}
    if _may(who, "undo_any", quiet=True):
        _undo_any(ws, who, ids)
    log = ws.store.audit_log()
    st.subheader("Audit trail")
    st.dataframe(log[log["entity_id"].isin(ids)], hide_index=True, width="stretch")


def _undo_any(ws: Workspace, who: Reviewer, ids: set[str]) -> None:
    """An editor undoes any reviewer's decision on this group, with the same staleness checks."""
    open_ = ws.store.undoable()
    open_ = open_[open_["entity_id"].isin(ids)]
    if open_.empty:
        return
    labels = {
        int(e.id): f"#{e.id} {e.action} {e.field} by {e.reviewer}"
        + (f" <{e.email}>" if isinstance(e.email, str) else "")
        for e in open_.itertuples()
    }
    c1, c2 = st.columns([4, 1])
    entry = c1.selectbox(
        "Undo a decision (any reviewer)", list(labels), format_func=labels.get, key="undo_entry"
    )
    if c2.button("Undo it", key="undo_any"):
        try:
            st.info(ws.store.undo_entry(entry, who.name, who.email))
        except (StaleWriteError, ValueError) as exc:
            st.error(f"Not undone: {exc}.")


def charts_page(ws: Workspace, who: Reviewer) -> None:
    st.header("Charts")
    rec = ws.reconciliation()
    if rec.groups.empty:
        st.info("No groups to chart yet.")
        return
    reconciled = ws.reconciled()
    labels = dict(
        zip(rec.groups["group_id"], rec.groups["group_label"] + " — " + rec.groups["status"], strict=True)
    )
    gid = st.selectbox("Group", list(labels), format_func=labels.get, key="chart_group")
    members = reconciled[reconciled["group_id"] == gid]
    accepted = members["accepted_value"].dropna()
    derived = [d for d in rec.derived if d["group_id"] == gid]
    st.plotly_chart(
        group_figure(members, derived, accepted.iat[0] if len(accepted) else None, labels[gid]),
        key="group_chart",
    )
    if members["published"].astype(str).str.len().gt(0).any():
        st.plotly_chart(timeline_figure(members, "Over time"), key="timeline_chart")


def export_page(ws: Workspace, who: Reviewer) -> None:
    st.header("Export")
    if not who.may("export"):
        st.info(f"Exports are for editors; your role is {who.role}.")
        return
    table = ws.reconciled()
    st.download_button("Reconciled CSV", csv_bytes(table), "reconciled.csv", "text/csv", key="dl_csv")
    reviews = claim_reviews(table, ws.reconciliation().groups)
    st.download_button(
        "ClaimReview JSON-LD",
        json_bytes(reviews),
        "claimreview.jsonld",
        "application/ld+json",
        key="dl_jsonld",
    )
    st.caption(f"{len(table)} claims; {len(reviews)} reviewed groups in the ClaimReview file.")


PAGES = {
    "Documents": documents_page,
    "Claims": claims_page,
    "Reconcile": reconcile_page,
    "Charts": charts_page,
    "Export": export_page,
}
