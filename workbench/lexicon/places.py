"""Names of countries and their regions, for telling a place set off by commas from a person's name.

A wire report writes where a speaker is from as "Town, Region,": "Insituform Group Ltd of Guernsey,
Channel Islands, said", "an investor from Birmingham, Alabama, said". After such a comma a
capitalised word may also be a name ("the chairman of Acme, John Smith, said"), so the attribution
reader asks whether the words on either side of it name a country or a region.

Source: ISO 3166-1 (countries: name, common and official names) and ISO 3166-2 (the regions of the
countries news names most: states, provinces, nations), as the pycountry package keeps them; with the
state abbreviations of US wire datelines and the older names 1980s wire copy uses.
"""

from __future__ import annotations

from functools import cache

# Countries whose first-level regions a report writes after a town ("Dallas, Texas", "Toronto,
# Ontario", "Perth, Western Australia", "Glasgow, Scotland").
REGION_COUNTRIES = ("US", "CA", "AU", "GB", "NZ", "IN", "IE", "ZA", "BR", "MX", "DE", "CH")

# US states as wire copy abbreviates them after a town ("Aspen, Colo.", "Raleigh, N.C."), without
# their full stop, as the tokenizer splits it off.
STATE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb
    Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo N.C N.J N.Y N.H N.M N.D S.C S.D R.I W.Va D.C""".split()
)

# Names ISO 3166 no longer holds or writes otherwise, which 1980s wire copy uses.
OLDER_NAMES = frozenset(
    ("Britain", "Great Britain", "West Germany", "East Germany", "Soviet Union", "Channel Islands", "Holland")
)


@cache
def region_names() -> frozenset[str]:
    """Every country's names and the regions of REGION_COUNTRIES, as written ("Texas", "New
    Zealand", "Guernsey"), with STATE_ABBREVIATIONS and OLDER_NAMES. Loaded on first use (pycountry
    reads its tables then, about 0.1 s), so a run that never asks pays nothing."""
    import pycountry

    names = set(STATE_ABBREVIATIONS) | set(OLDER_NAMES)
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            value = getattr(country, field, None)
            if value:
                names.add(value)
    for region in pycountry.subdivisions:
        if region.country_code in REGION_COUNTRIES:
            names.add(region.name)
    return frozenset(names)
