"""The dashboard through Streamlit's AppTest: widgets found by key, article text escaped."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "workbench" / "app" / "main.py")


@pytest.fixture
def at(monkeypatch, tmp_path: Path) -> AppTest:
    (tmp_path / "seed.txt").write_text(
        (ROOT / "seeds" / "000_550375792c07ea32.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "evil.txt").write_text(
        "<script>alert(1)</script> Police said 12 people were hurt.", encoding="utf-8"
    )
    monkeypatch.setenv("WORKBENCH_PATHS", str(tmp_path))
    return AppTest.from_file(APP, default_timeout=60).run()


def test_seed_claims_listed(at: AppTest) -> None:
    assert not at.exception
    at.selectbox(key="doc").select("seed").run()
    table = at.dataframe[0].value  # dataframes are not widgets: no key to find them by
    assert "approximately 400,000" in table["number_text"].tolist()
    assert "Donald Trump" in table["source"].tolist()


def test_article_html_is_escaped(at: AppTest) -> None:
    at.selectbox(key="doc").select("evil").run()
    html = "".join(m.value for m in at.markdown)
    assert "<script>" not in html and "&lt;script&gt;" in html
