"""Every dashboard page through Streamlit's AppTest, widgets found by key, against a real store."""

import io
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import _calculate_file_id
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from workbench import ClaimStore
from workbench.documents import generated_id
from workbench.export import claim_reviews, csv_bytes, json_bytes
from workbench.workspace import Workspace

APP = str(ROOT / "workbench" / "app" / "main.py")
EVIL = "<script>alert(1)</script> **bold** [x](javascript:alert(1)) Police said 12 people were killed."


@pytest.fixture
def setup(monkeypatch, tmp_path: Path) -> tuple[AppTest, str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_text(
        (ROOT / "seeds" / "000_550375792c07ea32.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (corpus / "evil.txt").write_text(EVIL, encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x00")
    url = f"sqlite:///{tmp_path / 'review.db'}"
    monkeypatch.setenv("WORKBENCH_PATHS", str(corpus))
    monkeypatch.setenv("WORKBENCH_DB", url)
    at = AppTest.from_file(APP, default_timeout=90).run()
    at.text_input(key="reviewer").input("ana").run()
    return at, url


def goto(at: AppTest, page: str) -> AppTest:
    at.sidebar.radio(key="page").set_value(page).run()
    assert not at.exception, at.exception
    return at


def test_documents_page_lists_corpus_and_reports_bad_file(setup) -> None:
    at, _ = setup
    goto(at, "Documents")
    docs = at.dataframe[0].value
    assert set(docs["doc_id"]) == {"seed", "evil"}
    assert docs.set_index("doc_id").loc["seed", "claims"] == 4
    assert any("broken.txt" in w.value.replace("\\", "") for w in at.sidebar.warning)


def test_pasted_article_is_extracted_and_stored(setup) -> None:
    at, url = setup
    goto(at, "Documents")
    at.text_input(key="paste_title").input("Storm")
    at.text_area(key="paste_text").input("The mayor said 4,500 homes were without power.")
    at.button(key="paste_add").click().run()
    (doc_id,) = (d for d in set(ClaimStore(url).claims()["doc_id"]) if d.startswith("Storm"))
    assert doc_id == generated_id("Storm", "The mayor said 4,500 homes were without power.")


def test_claims_page_lists_seed_claims_and_escapes_html(setup) -> None:
    at, _ = setup
    goto(at, "Claims")
    at.multiselect(key="f_doc_id").set_value(["seed"]).run()
    table = at.dataframe[0].value
    assert sorted(table["Figure"]) == sorted(["approximately 400,000", "400,000", "43,000", "around 370,000"])
    assert "Donald Trump" in set(table["Source"])
    at.multiselect(key="f_doc_id").set_value([]).run()
    at.selectbox(key="doc").set_value("evil").run()
    html = "".join(h.proto.body for h in at.get("html"))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&#42;&#42;bold&#42;&#42;" in html


def test_correction_is_saved_to_the_store(setup) -> None:
    at, url = setup
    goto(at, "Claims")
    at.selectbox(key="doc").set_value("evil").run()
    at.selectbox(key="fix_field").set_value("metric")
    at.text_input(key="fix_value").input("deaths")
    at.button(key="fix_save").click().run()
    assert "deaths" in set(ClaimStore(url).claims()["metric"])


def test_verdict_recorded_and_found_in_store(setup) -> None:
    at, url = setup
    goto(at, "Reconcile")
    queue = at.dataframe(key="queue").value
    assert "conflict" not in set(queue["Engine"]) or queue["Engine"].iat[0] == "conflict"
    gid = at.selectbox(key="group").value
    at.button(key="verdict_consistent").click().run()
    at.text_input(key="accepted").input("413,000")
    at.text_area(key="note").input("agree as casualties")
    at.button(key="save_verdict").click().run()
    assert any("Saved" in s.value for s in at.success)
    row = ClaimStore(url).verdicts().set_index("group_id").loc[gid]
    assert (row["verdict"], row["accepted_value"], row["reviewer"]) == ("consistent", 413000.0, "ana")


def test_stale_verdict_is_rejected_with_a_message(setup) -> None:
    at, url = setup
    goto(at, "Reconcile")
    gid = at.selectbox(key="group").value
    ClaimStore(url).save_verdict(gid, "conflict", "bo", expected_version=0)  # someone else, meanwhile
    at.button(key="verdict_consistent").click().run()
    at.button(key="save_verdict").click().run()
    assert any("bo saved 'conflict'" in e.value.replace("\\", "") for e in at.error)
    assert ClaimStore(url).verdicts().set_index("group_id").loc[gid, "verdict"] == "conflict"


def test_undo_and_audit_trail(setup) -> None:
    at, url = setup
    goto(at, "Reconcile")
    at.button(key="verdict_consistent").click().run()
    at.button(key="save_verdict").click().run()
    at.button(key="undo").click().run()
    assert ClaimStore(url).verdicts().empty
    assert list(ClaimStore(url).audit_log()["action"]) == ["verdict", "undo"]


def test_charts_page_draws_the_group(setup) -> None:
    at, _ = setup
    goto(at, "Charts")
    assert len(at.get("plotly_chart")) >= 1


def test_export_equals_library_export(setup) -> None:
    at, url = setup
    goto(at, "Reconcile")
    at.button(key="verdict_consistent").click().run()
    at.button(key="save_verdict").click().run()  # a reviewed group, so ClaimReview is not empty
    goto(at, "Export")
    buttons = {b.proto.label: b.proto.url for b in at.get("download_button")}
    ws = Workspace(url)
    table = ws.reconciled()
    expected = {
        "Reconciled CSV": _calculate_file_id(csv_bytes(table), "text/csv", "reconciled.csv"),
        "ClaimReview JSON-LD": _calculate_file_id(
            json_bytes(claim_reviews(table, ws.reconciliation().groups)),
            "application/ld+json",
            "claimreview.jsonld",
        ),
    }
    for label, file_id in expected.items():  # the media URL is named by a hash of the bytes served
        assert Path(buttons[label]).stem == file_id, label
    assert len(pd.read_csv(io.BytesIO(csv_bytes(table)))) == len(table) == 5


def test_a_deleted_article_stays_deleted_after_a_restart(monkeypatch, tmp_path: Path) -> None:
    """The dashboard reads its folders at every start; an article an editor deleted stays gone,
    an edited one is a new article, and an upload is a new choice that brings it back."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Police said 40 people died.", encoding="utf-8")
    (corpus / "b.txt").write_text("The mayor said 45 people died.", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'restart.db'}"
    Workspace(url).ingest_paths([corpus])
    ClaimStore(url).delete_document("a", "ana")
    monkeypatch.setenv("WORKBENCH_PATHS", str(corpus))
    monkeypatch.setenv("WORKBENCH_DB", url)
    at = AppTest.from_file(APP, default_timeout=90).run()  # a restart: the folders are read again
    assert not at.exception, at.exception
    assert set(Workspace(url).documents()["doc_id"]) == {"b"}
    report = Workspace(url).ingest_paths([corpus], keep_deleted=True)
    assert report.deleted_before == ["a"] and not report.added
    (corpus / "a.txt").write_text("Police said 41 people died.", encoding="utf-8")
    assert Workspace(url).ingest_paths([corpus], keep_deleted=True).added == ["a"]
    ClaimStore(url).delete_document("a", "ana")
    assert Workspace(url).ingest_paths([corpus]).added == ["a"]  # an explicit upload adds it again
