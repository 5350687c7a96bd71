"""The names of countries and regions the attribution reader tells a place from a name by
(lexicon/places.py, from ISO 3166 through pycountry)."""

from __future__ import annotations

import pytest

from workbench.lexicon.places import region_names


@pytest.mark.parametrize(
    ("name", "is_region"),
    [
        ("Texas", True),  # ISO 3166-2 US
        ("Ontario", True),  # ISO 3166-2 CA
        ("Guernsey", True),  # ISO 3166-1
        ("New Zealand", True),
        ("Calif", True),  # a wire dateline's abbreviation, its full stop split off
        ("West Germany", True),  # 1980s wire copy
        ("John", False),
        ("Lorente", False),
        ("Canada's", False),
        ("RBI", False),
    ],
)
def test_region_names(name: str, is_region: bool) -> None:
    assert (name in region_names()) is is_region
