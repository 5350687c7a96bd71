"""The dashboard's pages: widgets in, library calls, results out. No logic here.

Writes happen in callbacks, before the page is drawn, so every page shows the state after them;
article text, titles, file names and names are shown as text, never as Markdown or HTML.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from workbench.app.review import reconcile_page
from workbench.app.state import go_to, keep, may, plain, say, seed, show_messages
from workbench.charts import group_figure, timeline_figure
from workbench.colours import OWN_VOICE, source_colours, tint
from workbench.documents import (
    ARTICLE_SUFFIXES,
    LARGER_FILES,
    UPLOAD_MAX_BYTES,
    Document,
    ReadError,
    generated_id,
    id_label,
    read_upload,
)
from workbench.export import claim_reviews, csv_bytes, json_bytes
from workbench.figures import FigureError, format_figure, parse_figure
from workbench.files import too_large
from workbench.highlight import highlight_html, misplaced, table_without_bidi, text_html
from workbench.naming import doc_title, figure_ref, group_names
from workbench.roles import Reviewer
from workbench.schema import QUALIFIERS
from workbench.store import document_names
from workbench.views import (
    EXPORTS,
    OVERVIEW_FIELDS,
    ClaimFilter,
    claim_card,
    claims_view,
    date_text,
    documents_overview,
    export_rows,
    filter_claims,
    linked_documents,
    reader_documents,
    web_link,
)
from workbench.workspace import IngestReport, Workspace

__all__ = ["PAGES", "plain"]

ADD_NEW = "(add as a new article)"
COUNT = st.column_config.NumberColumn(format="%d")


def _report(report: IngestReport) -> None:
    """What an ingestion did, one line per kind, every failed file named."""
    for err in report.errors:
        say("error", f"Could not read {err}")
    if report.added:
        say("success", f"Added {len(report.added)} article(s): {', '.join(report.added)}.")
    if report.replaced:
        say("success", f"Replaced {', '.join(report.replaced)} (decisions on unchanged figures kept).")
    for asked, given in report.renamed.items():
        say("info", f"'{asked}' is taken by another article: added as '{given}'.")
    if report.unchanged:  # each named: which one was not added again, and which holds its text
        same = [
            f"'{doc}'"
            + (f" (the same text as '{held}')" if (held := report.same_as.get(doc, doc)) != doc else "")
            for doc in report.unchanged
        ]
        say("info", f"Already loaded with the same text, not added again: {', '.join(same)}.")
    if report.refused_figures:
        say(
            "warning", f"{report.refused_figures} figure(s) too large or not finite were not taken as claims."
        )


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
                plain(f"'{doc.title or id_label(doc.doc_id)}' is named like a stored article"),
                [ADD_NEW, *same],
                key=f"{key}_replace_{i}",
                format_func=lambda d: d if d == ADD_NEW else f"replace {d}",
            )
            if pick != ADD_NEW:
                choices[doc.doc_id] = pick
    if choices:
        confirm = st.checkbox(
            plain(
                f"Yes, replace {', '.join(choices.values())}: the stored text and claims are overwritten "
                "(decisions on unchanged figures are kept)"
            ),
            key=f"{key}_confirm",
        )
        return choices if confirm else None
    return choices


def _ingest_uploads(ws: Workspace, docs: list, replace: dict | None) -> None:
    if replace is None:
        say("warning", "Confirm the replacement above, or choose to add as a new article.")
    else:
        _report(ws.ingest(docs, replace=replace))
        st.session_state["upload_confirm"] = False  # a confirmed replacement is done: another needs its own


def _paste(ws: Workspace, stored: list[str]) -> None:
    """Add the pasted article (a callback: the page drawn next lists it)."""
    ss = st.session_state
    text, title = str(ss.get("paste_text") or ""), str(ss.get("paste_title") or "").strip()
    if not text.strip():
        say("warning", "Nothing added: paste the article's text first.")
        return
    if len(text.encode("utf-8", "replace")) > UPLOAD_MAX_BYTES:
        size = too_large(len(text.encode("utf-8", "replace")), UPLOAD_MAX_BYTES)
        say("warning", f"Nothing added: the pasted text is {size}; {LARGER_FILES}.")
        return
    url = str(ss.get("paste_url") or "").strip()
    if url and not web_link(url):
        say("warning", "Nothing added: the URL must be a web address (http:// or https://), or left empty.")
        return
    day = ss.get("paste_date")
    published = day.isoformat() if isinstance(day, date) else ""
    doc = Document(
        generated_id(title, text),
        text,
        title,
        str(ss.get("paste_publication") or ""),
        published,
        url,
    )
    target = ss.get("paste_replace", ADD_NEW)
    if target != ADD_NEW and not ss.get("paste_confirm"):
        say("warning", f"Not added: tick the box to confirm replacing '{target}'.")
        return
    same = [] if target != ADD_NEW else ws.namesakes(doc)
    _report(ws.ingest([doc], replace={doc.doc_id: target} if target != ADD_NEW else None))
    ss["paste_confirm"] = False  # a confirmed replacement is done: another needs its own
    if same:
        say(
            "info",
            f"Stored articles with the same title: {', '.join(same)}. "
            "To replace one, choose it under 'Replaces'.",
        )


def _delete(ws: Workspace, who: Reviewer) -> None:
    doc_id = st.session_state.get("delete_doc")
    if not st.session_state.get("delete_confirm"):
        say("warning", "Not deleted: tick the box to confirm.")
        return
    n = ws.store.delete_document(doc_id, who.name, who.email)
    st.session_state["delete_confirm"] = False  # a confirmation is for one article: the next needs its own
    say("success", f"Deleted '{doc_id}' and its {n} claim(s).")


def documents_page(ws: Workspace, who: Reviewer) -> None:
    st.header("Documents")
    show_messages()
    overview = documents_overview(ws.documents(OVERVIEW_FIELDS), ws.reconciled())
    if overview.empty:
        st.info("No articles yet: upload some below or start with `workbench app PATH`.")
    else:
        links = overview["url"].map(web_link)  # a javascript: URL is never a link to click
        shown = overview.assign(published=overview["published"].map(date_text), url=links)
        st.dataframe(
            table_without_bidi(shown),
            hide_index=True,
            width="stretch",
            key="documents",
            column_config={
                "doc_id": "File",
                "title": st.column_config.TextColumn("Title", width="large"),
                "publication": "Publication",
                "published": "Published",
                "url": st.column_config.LinkColumn("URL"),
                "claims": st.column_config.NumberColumn("Claims", format="%d"),
                "sources": st.column_config.NumberColumn("Sources", format="%d"),
                "conflicts": st.column_config.NumberColumn("In conflict", format="%d"),
            },
        )
    if not who.may("add"):  # locally anyone may add articles; a name is asked only for decisions
        return
    types = [s for s in ARTICLE_SUFFIXES]
    uploads = st.file_uploader(
        "Add articles (.txt, .md, .html)",
        accept_multiple_files=True,
        key="upload",
        type=types,
        help=f"Each file at most {UPLOAD_MAX_BYTES / 1e6:g} MB; {LARGER_FILES}.",
    )
    if uploads:
        read = st.session_state.setdefault("upload_read", {})  # each upload is decoded once
        for f in uploads:  # setdefault alone would decode every upload on every rerun
            if f.file_id not in read:
                read[f.file_id] = read_upload(f.name, f.getvalue())
        docs = [read[f.file_id] for f in uploads]
        replace = _replace_choices(ws, docs, "upload", who)
        st.button(
            "Extract uploaded files", key="ingest_uploads", on_click=_ingest_uploads, args=(ws, docs, replace)
        )
    stored = sorted(overview["doc_id"]) if who.may("replace") else []
    with st.container(border=True):
        st.subheader("Paste an article")
        st.text_input("Title", key="paste_title")
        c1, c2 = st.columns(2)
        c1.text_input("Publication", key="paste_publication")
        c2.date_input(
            "Date published",
            key="paste_date",
            value=None,
            min_value=date(1900, 1, 1),
            max_value=date.today(),
            format="YYYY-MM-DD",
        )
        st.text_input("URL", key="paste_url")
        st.text_area("Text", key="paste_text", height=200)
        st.selectbox("Replaces (optional)", [ADD_NEW, *stored], key="paste_replace")
        st.checkbox("Yes, replace the article chosen above", key="paste_confirm")
        st.button("Add article", key="paste_add", on_click=_paste, args=(ws, stored))
    if not overview.empty and may(who, "delete", quiet=True):
        st.subheader("Delete an article")
        st.selectbox("Article", sorted(overview["doc_id"]), key="delete_doc")
        st.checkbox(
            "Yes, delete it with its claims and the decisions on them (not undoable)", key="delete_confirm"
        )
        st.button("Delete article", key="delete", on_click=_delete, args=(ws, who))


FILTERS = {
    "doc_id": "Document",
    "source": "Source",
    "metric": "Metric",
    "status": "Status",
    "qualifier": "Qualifier",
}
FIX_FIELDS = ("value", "metric", "source", "qualifier", "unit", "subject", "channel")


# A figure stated in the article's own voice has no source; a field may be emptied by these words.
NONE_ALLOWED = ("source", "subject", "channel")
NONE_WORDS = ("the article", "none")
NONE_HINT = {f: ", or 'the article' for none" if f == "source" else ", or 'none'" for f in NONE_ALLOWED}


def _correct(ws: Workspace, who: Reviewer, claim: dict) -> None:
    """Save a correction; a figure is read by the number grammar, a bad entry is named on the field."""
    ss = st.session_state
    field, entry = ss.get("fix_field"), str(ss.get("fix_value") or "").strip()
    ref = figure_ref(claim["number_text"], doc_title(claim["doc_id"], claim["title"]))
    ss.pop("fix_error", None)
    try:
        if field == "value":
            figure = parse_figure(entry)
            ws.store.correct_figure(claim["claim_id"], vars(figure), who.name, who.email)
            said = format_figure(figure.value, figure.unit or claim["unit"])
            say("success", f"Corrected {ref} to '{figure.text}' ({said}, {figure.qualifier}).")
            return
        if field in NONE_ALLOWED and entry.casefold() in NONE_WORDS:
            entry = ""  # the article's own voice; no channel, no subject
        elif not entry:
            raise ValueError(f"enter the corrected {field}" + NONE_HINT.get(field, ""))
        if field == "qualifier" and entry not in QUALIFIERS:
            raise ValueError(f"a qualifier is one of {', '.join(QUALIFIERS)}")
        ws.store.correct_claim(claim["claim_id"], field, entry, who.name, who.email)
        shown = entry or ("the article (its own voice)" if field == "source" else "none")
        say("success", f"Corrected the {field} of {ref} to '{shown}'.")
    except (FigureError, ValueError) as exc:
        ss["fix_error"] = f"Not saved: {exc}."


def _not_a_claim(ws: Workspace, who: Reviewer, claim: dict) -> None:
    ref = figure_ref(claim["number_text"], doc_title(claim["doc_id"], claim["title"]))
    if not st.session_state.get("not_claim_confirm"):
        say("warning", f"{ref} is still a claim: tick the box to confirm.")
        return
    ws.store.correct_claim(claim["claim_id"], "not_a_claim", True, who.name, who.email)
    st.session_state["not_claim_confirm"] = False
    say("success", f"Marked {ref} as not a claim (Undo on the Reconcile page takes it back).")


def _open_link(docs: set[str]) -> None:
    """The page as a link opens it with the link's Document filter, once a session. The filter
    stays wanted until a run starts from a URL that holds it: a run the browser interrupts (a name
    typed while the first run draws) restarts from the link's URL, which the first run's change to
    the URL never reached."""
    if "claims_link" not in st.session_state:
        st.session_state["claims_link"] = linked_documents(
            st.query_params.get_all("f_doc_id"), st.query_params.get("doc"), docs
        )
    wanted = st.session_state["claims_link"]
    if not wanted:
        return
    if st.query_params.get_all("f_doc_id") == wanted:
        st.session_state["claims_link"] = []
    else:
        st.query_params["f_doc_id"] = wanted


def _filter_changed(key: str) -> None:
    """A filter the reviewer changes is theirs: the link's Document filter is no longer wanted."""
    st.session_state["claims_link"] = []
    keep(key)


def claims_page(ws: Workspace, who: Reviewer) -> None:
    st.header("Claims")
    show_messages()
    table = ws.reconciled()
    if table.empty:
        st.info("No claims yet.")
        return
    rec = ws.reconciliation()
    titles = {d: doc_title(d, t) for d, t in zip(table["doc_id"], table["title"], strict=True)}
    _open_link(set(table["doc_id"].astype(str)))
    cols = st.columns(len(FILTERS))
    picked = {}
    for col, (c, label) in zip(cols, FILTERS.items(), strict=True):
        options = sorted(table[c].astype(str).unique())
        key = f"f_{c}"
        seed(key, options, multi=True)
        fmt = titles.get if c == "doc_id" else (lambda v: v or "the article") if c == "source" else str
        picked[c] = col.multiselect(
            label,
            options,
            key=key,
            on_change=_filter_changed,
            args=(key,),
            format_func=fmt,
            placeholder="all",
        )
    f = ClaimFilter(
        picked["doc_id"], picked["source"], picked["metric"], picked["status"], picked["qualifier"]
    )
    shown = filter_claims(table, f)
    st.caption(f"{len(shown)} of {len(table)} claims")
    names = group_names(rec.groups, rec.claims, rec.stories)
    st.dataframe(
        table_without_bidi(claims_view(shown, names)), hide_index=True, width="stretch", key="claims"
    )
    docs = reader_documents(sorted(document_names(ws.store)["doc_id"]), picked["doc_id"])
    st.subheader("Read an article")
    seed("doc", docs)
    doc = st.selectbox(
        "Article", docs, key="doc", format_func=lambda d: titles.get(d, d), on_change=keep, args=("doc",)
    )
    keep("doc")
    texts = ws.texts([doc]) if doc is not None else {}  # the one article shown, not every text
    mine = table[table["doc_id"] == doc]
    colours = source_colours(table.sort_values(["doc_id", "start"])["source"])
    legend = " ".join(
        f'<span style="background:{tint(colours.get(s, OWN_VOICE))};padding:0 .4em;border-radius:3px">'
        f"{text_html(s or 'the article')}</span>"
        for s in dict.fromkeys(mine.sort_values("start")["source"])
    )
    if (text := texts.get(doc, "")) and (off := misplaced(text, mine)):
        st.warning(
            f"{off} of this article's {len(mine)} claims were read from another version of its text "
            "(a claims table loaded later): they are not marked below; the table above has them."
        )
    st.html(
        '<div style="line-height:1.7;font-size:1rem;max-width:60rem">'
        + (f'<p style="font-size:.85rem">Sources: {legend}</p>' if legend else "")
        + highlight_html(texts.get(doc, ""), mine, colours)
        + "</div>"
    )
    if mine.empty:
        return
    mine = mine.sort_values("start")
    labels = {
        r.claim_id: f"{r.number_text} — {r.metric or 'no metric'} — {r.source or 'the article'}"
        for r in mine.itertuples()
    }
    claim_id = st.selectbox("Claim", list(labels), format_func=labels.get, key="claim")
    row = mine.set_index("claim_id").loc[claim_id]
    claim = {"claim_id": claim_id, **row.to_dict()}
    st.dataframe(table_without_bidi(claim_card(claim)), hide_index=True, width="stretch", key="claim_card")
    if not may(who, "decide"):
        return
    c1, c2, c3 = st.columns([1, 2, 1], vertical_alignment="bottom")
    c1.selectbox("Field", FIX_FIELDS, key="fix_field")
    c2.text_input(
        "Corrected value", key="fix_value", placeholder="a value as an article writes it: about 400k"
    )
    c3.button("Save correction", key="fix_save", on_click=_correct, args=(ws, who, claim))
    if st.session_state.get("fix_error"):
        c2.error(plain(st.session_state["fix_error"]))
    ref = figure_ref(claim["number_text"], titles.get(doc, doc))
    st.checkbox(plain(f"Yes, {ref} is not a claim"), key="not_claim_confirm")
    st.button(
        plain(f"Mark '{claim['number_text']}' as not a claim"),
        key="not_claim",
        on_click=_not_a_claim,
        args=(ws, who, claim),
    )


def charts_page(ws: Workspace, who: Reviewer) -> None:
    st.header("Charts")
    rec = ws.reconciliation()
    if rec.groups.empty:
        st.info("No groups to chart yet.")
        return
    reconciled = ws.reconciled()
    names = group_names(rec.groups, rec.claims, rec.stories)
    ids = rec.groups["group_id"].tolist()
    status = dict(zip(rec.groups["group_id"], rec.groups["status"], strict=True))
    seed("chart_group", ids, param="group")
    gid = st.selectbox(
        "Group",
        ids,
        key="chart_group",
        format_func=lambda g: f"{names[g]} — {status[g]}",
        on_change=keep,
        args=("chart_group", "group"),
    )
    go_to("group", gid)
    explanation = rec.groups.set_index("group_id").loc[gid, "explanation"]
    st.text(explanation)
    members = reconciled[reconciled["group_id"] == gid]
    colours = source_colours(reconciled.sort_values(["doc_id", "start"])["source"])
    accepted = members["accepted_value"].dropna()
    derived = [d for d in rec.derived if d["group_id"] == gid]
    unit = str(rec.groups.set_index("group_id").loc[gid, "compared_in"] or "")
    first = accepted.iat[0] if len(accepted) else None
    st.plotly_chart(
        group_figure(members, derived, first, names[gid], colours=colours, unit=unit), key="group_chart"
    )
    if members["published"].astype(str).str.len().gt(0).any():
        timeline = timeline_figure(members, "Over time", colours=colours, unit=unit)
        st.plotly_chart(timeline, key="timeline_chart")


def export_page(ws: Workspace, who: Reviewer) -> None:
    st.header("Export")
    if not who.may("export"):
        st.info(f"Exports are for editors; your role is {who.role}.")
        return
    table = ws.reconciled()
    which = st.radio("Rows", list(EXPORTS), key="x_rows", format_func=EXPORTS.get, horizontal=True)
    rows = export_rows(table, which)
    reviews = claim_reviews(rows, ws.reconciliation().groups)
    st.caption(
        f"{len(rows)} claims of {len(table)}, {rows.shape[1]} columns; "
        f"{len(reviews)} reviewed group(s) in the ClaimReview file."
    )
    st.dataframe(table_without_bidi(rows), hide_index=True, width="stretch", key="export_preview", height=300)
    c1, c2 = st.columns(2)
    c1.download_button("Reconciled CSV", csv_bytes(rows), "reconciled.csv", "text/csv", key="dl_csv")
    c2.download_button(
        "ClaimReview JSON-LD",
        json_bytes(reviews),
        "claimreview.jsonld",
        "application/ld+json",
        key="dl_jsonld",
    )


PAGES = {
    "Documents": documents_page,
    "Claims": claims_page,
    "Reconcile": reconcile_page,
    "Charts": charts_page,
    "Export": export_page,
}
