"""The entry points that pause the cycle collector restore it as they found it, also on error."""

from __future__ import annotations

import gc

import pytest

from workbench import extract_claims, reconcile
from workbench.extract.pipeline import claim_rows
from workbench.gcpause import cycle_collector_paused

TEXT = "Police said 12 people were hurt."
CALLS = [
    ("claim_rows", lambda: claim_rows(TEXT, "d"), lambda: claim_rows(None, "d")),
    ("extract_claims", lambda: extract_claims(TEXT, "d"), lambda: extract_claims(b"x")),
    ("reconcile", lambda: reconcile(extract_claims(TEXT, "d")), lambda: reconcile(None)),
]


@pytest.mark.parametrize("enabled", [True, False], ids=["collector-on", "collector-off"])
@pytest.mark.parametrize(("name", "call", "failing"), CALLS, ids=[c[0] for c in CALLS])
def test_the_collector_comes_back_as_it_was(name, call, failing, enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        call()
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):
            failing()
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_paused_inside_and_restored_after() -> None:
    with cycle_collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
