"""Numbers that are not claims give no row; vague amounts never crash."""

import pytest

from workbench import extract_claims

NOT_CLAIMS = [
    ("year", "The war began in 2022 and the talks resumed in 2024."),
    ("date", "The ceasefire was signed on March 14, 2024."),
    ("date day-month", "The budget takes effect on 1 April."),
    ("date numeric", "The report is dated 14/03/2024."),
    ("date month-year", "Results were published in June 2025."),
    ("clock time", "Talks are scheduled for 10 a.m. on Wednesday."),
    ("clock time with minutes", "Crews were searching at 7:30 a.m. on Tuesday."),
    ("24h time", "The train left at 14:45 sharp."),
    ("pm time", "Polls closed at 10pm."),
    ("ordinal digits", "Bianchi scored in the 78th and 84th minutes."),
    ("ordinal words", "It is the third strike since the first of the month."),
    ("phone spaced", "Residents can call 0800 555 0193 for help."),
    ("phone international", "Call the hotline on +44 20 7946 0321."),
    ("phone dashed", "Evacuees can call 555-0148 for shelter."),
    ("phone short", "Patients can check by calling 111."),
    ("score", "United beat City 3-2 at Riverside Park."),
    ("score phrase", "It was a 2-1 victory for the visitors."),
    ("route", "Route 12 will open later."),
    ("highway exits", "Highway 26 remains closed between exits 14 and 19."),
    ("article number", "Under Article 5 of the treaty, members must respond."),
    ("gate", "He was speaking outside Gate 4."),
    ("ward", "Ward 9 will reopen in the autumn."),
    ("volume", "It was published in volume 48 of the journal."),
    ("shirt number", "He wears the number 9 shirt."),
    ("age appositive", "Tom Reyes, 67, runs a bakery."),
    ("age range", "The effect was strongest among those aged 25 to 34."),
    ("compound adjective", "A 40-year-old man was questioned."),
    ("spelled compound", "A five-storey block collapsed."),
    ("determiner small word", "The two leaders shook hands."),
    ("spelled duration", "The team followed them for three years."),
    ("one of", "One of the officials resigned."),
    ("code with digits", "The COVID-19 rules and the G7 summit were discussed."),
    ("section", "See section 3 for details."),
    ("model number", "The Boeing 737 Max was grounded again."),
    ("time frame", "Inflation was the highest in 40 years."),
    ("time frame past", "It rained on most days over the past 30 days."),
    ("decade", "Prices doubled in the 1990s."),
    ("senate tally", "The bill passed 52-48 in the Senate."),
]


@pytest.mark.parametrize(("kind", "text"), NOT_CLAIMS, ids=[k for k, _ in NOT_CLAIMS])
def test_not_a_claim(kind: str, text: str) -> None:
    claims = extract_claims(text, doc_id="t")
    assert claims.empty, f"{kind}: {text!r} gave {claims['number_text'].tolist()}"


VAGUE = [
    "Tens of thousands of people marched.",
    "Hundreds of homes were damaged.",
    "Dozens of people were hurt.",
    "One in four young people is out of work.",
    "Thousands of residents fled.",
    "Millions of dollars were lost.",
]


@pytest.mark.parametrize("text", VAGUE)
def test_vague_amounts_are_approximate_or_absent(text: str) -> None:
    claims = extract_claims(text, doc_id="t")
    assert set(claims["qualifier"]) <= {"approximate"}, claims["qualifier"].tolist()
    for row in claims.itertuples():
        assert row.low <= row.value <= row.high


def test_code_like_call_arguments_are_not_claims() -> None:
    assert extract_claims("They typed alert(1) and items[2] into the box.", doc_id="t").empty
