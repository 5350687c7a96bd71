"""Metric, subject, source, channel and quote: sentence in, fields out."""

import pytest

from workbench import extract_claims

# (text, figure, metric, source, channel, quote)
CASES = [
    (
        "Mr. Zelensky reported that 43,000 soldiers have been killed.",
        "43,000",
        "killed",
        "Zelensky",
        "",
        False,
    ),
    (
        "Officials said 400,000 military casualties were recorded.",
        "400,000",
        "military casualties",
        "officials",
        "",
        False,
    ),
    ("The line would cost $4.2bn, the minister said.", "$4.2bn", "cost", "minister", "", False),
    (
        "Unemployment fell to 6.1 per cent, the statistics office said.",
        "6.1 per cent",
        "unemployment",
        "statistics office",
        "",
        False,
    ),
    (
        "Waits are down 9 per cent, said Hana Okoro, the health secretary.",
        "9 per cent",
        "",
        "Hana Okoro",
        "",
        False,
    ),
    (
        "According to the Red Crescent, 80,000 people lack water.",
        "80,000",
        "people",
        "Red Crescent",
        "",
        False,
    ),
    ("The police said six people were arrested.", "six", "arrested", "police", "", False),
    (
        "Governor Ana Ruiz wrote on Telegram that 31 people were wounded.",
        "31",
        "wounded",
        "Ana Ruiz",
        "Telegram",
        False,
    ),
    ("“We have lost 42 homes,” said Darnell Brooks.", "42", "lost", "Darnell Brooks", "", True),
    ("Darnell Brooks said: “We have lost 42 homes.”", "42", "lost", "Darnell Brooks", "", True),
    (
        "Ines Vidal spoke first. She said 1,200 jobs would be created.",
        "1,200",
        "jobs",
        "Ines Vidal",
        "",
        False,
    ),
    (
        "The defence ministry gave a toll. It said 17 people were dead.",
        "17",
        "dead",
        "defence ministry",
        "",
        False,
    ),
    ("Mr. Trump’s estimate of 400,000 soldiers lost is high.", "400,000", "lost", "Trump", "", False),
    (
        "Peter Vance claimed on X that 60,000 patients waited.",
        "60,000",
        "patients",
        "Peter Vance",
        "X",
        False,
    ),
    ("Ms. Okoro told the BBC that 2,600 nurses were hired.", "2,600", "nurses", "Okoro", "BBC", False),
    ("The bridge carries 38,000 cars a day.", "38,000", "cars", "", "", False),
    ("Shares rose 5.2% by midday.", "5.2%", "shares", "", "", False),
    ("Turnout was 38 per cent.", "38 per cent", "turnout", "", "", False),
    ("The club said ticket sales raised £1.9m.", "£1.9m", "raised", "club", "", False),
    ("Critics insisted that the scheme cost £31m.", "£31m", "cost", "critics", "", False),
    ("At 3pm on Tuesday, 500 protesters gathered.", "500", "protesters", "", "", False),
    ("Some 1.5m people fled, the UN said.", "1.5m", "fled", "UN", "", False),
    (
        "Israeli Prime Minister Benjamin Netanyahu said 1,200 people were killed.",
        "1,200",
        "killed",
        "Benjamin Netanyahu",
        "",
        False,
    ),
    ("The health ministry said 724 of the dead were children.", "724", "dead", "health ministry", "", False),
    ("Officials in Tampa reported 4 deaths.", "4", "deaths", "Officials in Tampa", "", False),
    (
        "Mr. Joe Biden spoke with Prime Minister Denys Shmyhal. He said 12 systems would be sent.",
        "12",
        "systems",
        "Joe Biden",
        "",
        False,
    ),
    (
        "Secretary of State Antony Blinken spoke. He added that Congress had approved $61 billion in April.",
        "$61 billion",
        "approved",
        "Antony Blinken",
        "",
        False,
    ),
    (
        "Russian officials have put their losses at under 6,000 dead.",
        "6,000",
        "dead",
        "Russian officials",
        "",
        False,
    ),
    (
        "The Pentagon estimates that Russia has suffered 315,000 casualties.",
        "315,000",
        "casualties",
        "Pentagon",
        "",
        False,
    ),
    (
        "The UN said another 3.7 million are internally displaced.",
        "3.7 million",
        "displaced",
        "UN",
        "",
        False,
    ),
    (
        "Nearly 7 in 10 voters disapprove, a Gallup poll released Tuesday found.",
        "7 in 10",
        "disapproval",
        "Gallup poll",
        "",
        False,
    ),
    # A pronoun with nobody to point to stays as written: someone said it, not the article.
    ("He added that the damage could exceed $50 billion.", "$50 billion", "damage", "He", "", False),
    ("Ms. Harris said the plan would cost families $4,000 a year.", "$4,000", "cost", "Harris", "", False),
    ("An airstrike killed 12 people, officials said.", "12", "killed", "officials", "", False),
    ("Output rose 2 percentage points to 54%, the survey showed.", "54%", "output", "survey", "", False),
    ('"We lost 300 soldiers," the general told the BBC on Friday.', "300", "lost", "general", "BBC", True),
    (
        "The government said 1,200 homes had been destroyed, while the UN put the number at nearly 3,000.",
        "nearly 3,000",
        "destroyed",
        "UN",
        "",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "metric", "source", "channel", "quote"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_context(text, figure, metric, source, channel, quote) -> None:
    claims = extract_claims(text, doc_id="t")
    row = claims[claims["number_text"].str.contains(figure, regex=False)]
    assert len(row) == 1, f"{figure!r} not found in {claims['number_text'].tolist()}"
    got = row.iloc[0]
    if metric:
        assert metric in got["metric"], f"{text!r}: metric {got['metric']!r}"
    assert (source.lower() in got["source"].lower()) if source else got["source"] == "", (
        f"{text!r}: source {got['source']!r}"
    )
    assert got["channel"] == channel, f"{text!r}: channel {got['channel']!r}"
    assert bool(got["quote"]) is quote, text


def test_pronoun_prefers_matching_honorific() -> None:
    text = "Ms. Hana Okoro met Mr. Peter Vance. Mr. Vance left early. She said 12 clinics would open."
    claims = extract_claims(text, doc_id="t")
    assert claims.iloc[0]["source"] == "Hana Okoro"


def test_short_name_resolves_to_fullest() -> None:
    text = "US President-elect Donald Trump spoke. Mr. Trump said 400,000 soldiers were lost."
    assert extract_claims(text, doc_id="t").iloc[0]["source"] == "Donald Trump"
