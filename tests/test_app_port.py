"""`workbench app --port` out of range is one line before anything starts.

Before: `workbench app --port 99999` printed an OverflowError traceback from Streamlit's socket.
"""

import re

import pytest
from typer.testing import CliRunner

from workbench.cli import app

# (case, the --port given, or None with the value in STREAMLIT_SERVER_PORT)
PORTS = [
    ("above 16 bits", ["--port", "99999"], {}),
    ("zero", ["--port", "0"], {}),
    ("negative", ["--port", "-80"], {}),
    ("from the environment", [], {"STREAMLIT_SERVER_PORT": "70000"}),
]


@pytest.mark.parametrize(("case", "argv", "env"), PORTS, ids=[p[0] for p in PORTS])
def test_a_port_out_of_range_is_refused(tmp_path, case: str, argv: list[str], env: dict[str, str]) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    run = CliRunner().invoke(app, ["app", "--headless", "--db", db, *argv], env=env)
    words = " ".join(re.sub(r"[│╭╮╰╯─]", " ", run.output).split())
    assert run.exit_code == 2, words
    assert "Invalid value for '--port'" in words and "give a port from 1 to 65535" in words, words
    assert "Traceback" not in words and not (tmp_path / "s.db").exists()  # refused before any work
