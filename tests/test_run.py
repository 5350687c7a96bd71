"""`make run` takes PORT= and DB= and honours Streamlit's STREAMLIT_SERVER_PORT; so does
`workbench app`. Before: make run always served on 8501 and --port overrode the environment."""

import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from workbench.cli import app

# (case, make arguments, STREAMLIT_SERVER_PORT, the port and store `make run` starts with)
RUNS = [
    ("defaults", [], None, "8501", "sqlite:///data/workbench.db"),
    ("PORT and DB", ["PORT=9123", "DB=sqlite:///review.db"], None, "9123", "sqlite:///review.db"),
    ("Streamlit's variable", [], "9200", "9200", "sqlite:///data/workbench.db"),
    ("PORT wins over the variable", ["PORT=9124"], "9200", "9124", "sqlite:///data/workbench.db"),
]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize(("case", "args", "env_port", "port", "db"), RUNS, ids=[r[0] for r in RUNS])
def test_make_run_takes_port_and_db(
    case: str, args: list[str], env_port: str | None, port: str, db: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("STREAMLIT_SERVER_PORT", "PORT", "DB")}
    if env_port:
        env["STREAMLIT_SERVER_PORT"] = env_port
    dry = subprocess.run(["make", "-n", "run", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    (line,) = [x for x in dry.stdout.splitlines() if "workbench app" in x]
    assert f"--port {port} " in line and f"--db {db} " in line, line


def test_workbench_app_honours_streamlit_server_port(monkeypatch, tmp_path) -> None:
    import streamlit.web.cli as stcli

    seen: dict = {}
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("STREAMLIT_SERVER_PORT", "9300")
    for name in ("WORKBENCH_TEAM", "WORKBENCH_DB", "WORKBENCH_PATHS"):
        monkeypatch.setenv(name, "")  # so that what the command sets is undone after the test
    monkeypatch.setattr(stcli, "main", lambda: seen.setdefault("argv", list(sys.argv)) and 0)
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    result = CliRunner().invoke(app, ["app", "--db", f"sqlite:///{tmp_path / 'w.db'}", "--headless"])
    assert result.exit_code == 0, result.output
    argv = seen["argv"]
    assert argv[argv.index("--server.port") + 1] == "9300"


def test_the_uploader_is_bounded_by_the_dashboards_limit(monkeypatch, tmp_path) -> None:
    """Streamlit's own cap (200 MB, shown under the uploader as "200MB per file") let a file of 199 MB
    reach the server's memory before our 2 MB check refused it: the server's cap is ours, rounded up
    to whole MiB (its unit), so the uploader says "2MB per file" and refuses bigger files itself."""
    import math

    import streamlit.web.cli as stcli

    from workbench.documents import UPLOAD_MAX_BYTES

    seen: dict = {}
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("WORKBENCH_TEAM", "WORKBENCH_DB", "WORKBENCH_PATHS"):
        monkeypatch.setenv(name, "")
    monkeypatch.setattr(stcli, "main", lambda: seen.setdefault("argv", list(sys.argv)) and 0)
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    result = CliRunner().invoke(app, ["app", "--db", f"sqlite:///{tmp_path / 'w.db'}", "--headless"])
    assert result.exit_code == 0, result.output
    argv = seen["argv"]
    cap = int(argv[argv.index("--server.maxUploadSize") + 1])
    assert cap == math.ceil(UPLOAD_MAX_BYTES / 2**20) == 2
    assert UPLOAD_MAX_BYTES <= cap * 2**20 < UPLOAD_MAX_BYTES + 2**20
