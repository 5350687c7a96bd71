"""Shared fixtures: paths to the repo's own data. Tests of real news read ../shared beside the repo."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_550375792c07ea32.txt"
SEED_GOLD = ROOT / "tests" / "fixtures" / "000_550375792c07ea32.gold.json"
DEV = ROOT / "data" / "dev"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
