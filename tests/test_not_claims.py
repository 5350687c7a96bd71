"""Numbers that are not claims give no row; vague amounts never crash."""

import pytest

from workbench import extract_claims

NOT_CLAIMS = [
    ("year", "The war began in 2022 and the talks resumed in 2024."),
    ("date", "The ceasefire was signed on March 14, 2024."),
    ("date day-month", "The budget takes effect on 1 April."),
    ("date numeric", "The report is dated 14/03/2024."),
    ("date month-year", "Results were published in June 2025."),
    ("a day range before 'among'", "The survey was conducted between April 10 and 12 among adults."),
    ("clock time", "Talks are scheduled for 10 a.m. on Wednesday."),
    ("clock time with minutes", "Crews were searching at 7:30 a.m. on Tuesday."),
    ("clock time in lower-case gmt", "The strike starts at 1000 hrs EDT (1400 gmt) on Thursday."),
    ("clock time with a leading zero", "The market opens at 0930 on Monday."),
    ("clock time in a lower-case us zone", "The exchange will close at 1300 pdt, not 1330 pdt."),
    ("labels after a plural label noun", "Pupils at Key Stages 1, 2 and 3 sat the tests."),
    ("labels after a plural section noun", "The rules breach sections 4, 7 and 12 of the code."),
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
    ("tennis sets with a tie-break", "Moreau beat the third seed 6-7 (4-7) 7-6 (8-6) 7-5 on Friday."),
    ("tennis sets", "The Swede reached the final by winning 6-3 4-6 6-1."),
    ("list number", "Here is the news.\n\n2. STORMS HIT THE COAST\n\nRain fell on Monday."),
    ("list number bracket", "What to watch:\n\n1) The art of winning.\n\n2) The art of losing."),
    ("number sign", "The single reached #2 in the chart."),
    ("quoted title", "He acted in the film “Sharknado 3: Oh Hell No!” last year."),
    ("quoted title with a count", 'The movie, "13 Hours: The Secret Soldiers of Benghazi," opens today.'),
    ("route", "Route 12 will open later."),
    ("highway exits", "Highway 26 remains closed between exits 14 and 19."),
    ("article number", "Under Article 5 of the treaty, members must respond."),
    ("gate", "He was speaking outside Gate 4."),
    ("ward", "Ward 9 will reopen in the autumn."),
    ("volume", "It was published in volume 48 of the journal."),
    ("shirt number", "He wears the number 9 shirt."),
    ("age range", "The effect was strongest among those aged 25 to 34."),
    ("compound adjective", "A 40-storey tower was evacuated."),
    ("ages as a group", "The vote was extended to 16-year-olds."),
    ("spelled compound", "A five-storey block collapsed."),
    ("determiner small word", "The two leaders shook hands."),
    ("spelled duration", "The team followed them for three years."),
    ("spelled duration with a fraction", "She stayed there for two and a half years."),
    ("the only one", "He was the only one left."),
    ("the spelled models", "The two 737s were parked."),
    ("a verb of going", "The rival went one better."),
    ("a part after a verb", "The airline cut one of its routes."),
    ("one of", "One of the officials resigned."),
    ("code with digits", "The COVID-19 rules and the G7 summit were discussed."),
    ("section", "See section 3 for details."),
    ("model number", "The Boeing 737 Max was grounded again."),
    ("time frame", "Inflation was the highest in 40 years."),
    ("time frame past", "It rained on most days over the past 30 days."),
    ("time frame with decimals", "The plant will close in 2.5 years."),
    ("time frame in decimal minutes", "Trading resumed in 2.5 minutes."),
    ("decade", "Prices doubled in the 1990s."),
    ("senate tally", "The bill passed 52-48 in the Senate."),
    ("market indexes", "Shares on the S&P 500 and the FTSE 100 fell, and the Nikkei 225 closed higher."),
    ("aircraft model", "She flew on a Boeing 787 from Doha."),
    ("phone model", "He bought a Galaxy S24 and an iPhone 15 last week."),
    ("summit and disease", "Covid-19 and the G20 summit dominated the COP 28 talks."),
    ("ballot measure", "Voters backed Proposition 47 again."),
    ("financial year", "The 2024–25 budget was published in full."),
    ("financial year hyphen", "In FY2019-20 the port was rebuilt."),
    ("uk times", "The meeting starts at 10.15am and ends at 3.45pm."),
    ("military time", "Trading halts at 1530 EST and resumes at 0930 GMT."),
    ("phone groups", "Call 0345 678 9012 for help."),
    ("zip code", "Send it to Springfield, IL 62701."),
    ("zip cue", "The clinic serves zip code 10027."),
    ("post id", "The post 1234567890123456789 was shared widely."),
    ("timestamp", "The feed logged it at 1700000000 exactly."),
    ("years in between", "Between 1995 and 2005 the town grew."),
    ("years span", "It ran from 1981-1989 under one owner."),
    ("year as a period", "The 1986 year includes a one-off gain."),
    ("age group", "Pay for 18 to 24 year olds will rise."),
    ("sequence", "He described a 3-2-1 plan for the season."),
    ("grade label", "The number of GPA 4.0 scorers is published."),
    ("fraction of a period", "Growth was weak in the first half of 2023."),
    ("index names", "The S and P 500 and the Standard and Poor's 100 both rose."),
    ("index name ampersand", "Standard & Poor's 500 futures were quiet."),
    ("index with a singular verb", "The BBC Global 30 has gained this year."),
    ("index noun after a name", "The Dow Jones 20 average slipped."),
    ("phone models in a list", "The service runs on the Nokia 6600 and 7610 only."),
    ("aircraft series", "The 200 series will be retired soon."),
    ("fleet of a model", "Delta's 767 fleet is ageing."),
    ("group of countries", "The Group of 20 met in Rome."),
    ("spelled name", "He presents a show on Radio Five Live."),
    ("spelled name in a phrase", "The Big Four auditors declined to comment."),
    ("spelled motor sport", "He left Formula One last year."),
    ("grade of a product", "Buyers sought 65 pct meal and 1 pct sulphur fuel oil."),
    ("models by number alone", "The phones ship first - the 6230 and 8810 - and more follow."),
    ("line-up substitutes", "Rovers: Hale, Quinn (Dorsey 58), Pratt, Lomax (Ruddock 81), Yates."),
    ("scorers and minutes", "Goals: Pell 7, Okafor 44, Pell 90.\nAttendance was low."),
    ("one booking", "Ferris 72."),
    ("scorers after a line break", "Hale, Quinn.\nOkafor 12, Yates 66."),
    ("day range after a month", "The fair runs from June 3 to 9."),
    ("days joined by and", "Bids came in between Oct 2 and 16 at lower prices."),
    ("days through a year", "Talks ran Sept. 10 through 14, 2025, in Oslo."),
    ("day span with a dash", "The festival is on Aug 28-31 in Leeds."),
    ("year cut to two digits", "She joined with the intake of '97 - a good year."),
    ("cut year with a curly apostrophe", "They met in ’04 and married in ’06."),
    ("cut year after a cue word", "Back in '79 he ran the mill."),
    ("cut year in an event name", "Italia ’90 was his first tournament."),
    ("maker and model before a label noun", "The printers build on the Epson 820 model."),
    ("chip maker and number", "Laptops run on the AMD 6300 processor."),
    ("maker without a determiner", "Shops stock Canon 450 model cameras."),
    # a race's distance names its event; a place in a ranking is no count; a film title in a list
    ("race distance and an event word", "She won Olympic 200m silver and the 60m hurdles title."),
    ("race distance after the", "He was fourth in the 800m and fifth over 1,500m."),
    ("road race in kilometres", "The world cross country 4km champion returned."),
    (
        "race distance in words, then its people",
        "He is one of the 800 metres favourites, and a fine 400m runner.",
    ),
    ("race distance of a finalist", "She raced the Olympic 5,000m finalist."),
    ("second race distance of a pair", "He ran well in the 800m and 1000m in Erfurt."),
    ("road race after men's or women's", "Hickey goes in the junior men's 8km on the same day."),
    ("midnight in military time", "The offer expires at 2400 EDT on Friday."),
    ("rank in a chart", "The novel makes it into this year's top 10, with two in the top-five."),
    ("title in a list", "The Aviator, Million Dollar Baby and Sideways all gained."),
    ("wire dateline in capitals", "WASHINGTON, MARCH 31 - Growers met officials."),
    # a capitalised name and a bare number inside a sentence, then what ends or links a title
    ("a sequel beaten", "The Pixar film beat Kung Fu Tiger 3 to the top prize."),
    ("a sequel's takings", "Critics preferred it despite Space Jam 2's takings."),
    ("a game then a relative", "Fans queued for Gears 5, which went on sale at dawn."),
    ("a station", "He told Fox 12 in Portland that he would run."),
    ("a television show", "She spoke on Anderson Cooper 360 on Monday."),
    ("a chart", "The song topped the Billboard Hot 100."),
    ("a union local", "The head of Teamsters Local 294 in Albany spoke."),
    ("a model in exponent form", "The airline chose the 7E7 and the RB211-535E4 engine."),
    ("a title's possessive opening a sentence", "Live Aid 20's remake is out now."),
    ("odds and a title with a slash", "Bookmakers offer 4/9 on Sunrise, and Fahrenheit 9/11 is at 8/13."),
    ("round the clock", "The unit now works 24/7."),
    ("a film named by a unit", "Lost Roads and 21 Grams are both in the running."),
    ("a programme named by a unit", "He told the network's 60 Minutes show about it."),
    ("a title with a singular unit", "The film 24 Hour Party People is out."),
    ("a stage name with a unit word", "The label signed 50 Cent, who later left."),
    ("a maker inside a title-case headline", "Voters Are Stunned By These 3 Words On The Ballot"),
    ("a title after a sentence's article", "The 27 Stairs was a hit in 1935."),
    ("a title after a sentence's preposition", "On 7 Music, he played it twice."),
    ("a code with a leading zero", "He said that 050505 was going to be the day."),
    ("a coupon naming a bond", "The key 7-1/2 pct Treasury bond opened lower."),
    ("a coupon and a term naming notes", "The 6-3/8 pct two-year notes fell."),
    ("a coupon and a maturity naming a tap", "It sold the treasury's 8.50 pct June 1997 tap."),
    ("a coupon naming a bond by its term", "Later the 7-1/4 pct 10-years dropped."),
]

# Variants that stay figures: a name before a count in a sentence, not a list of names.
STAY_CLAIMS = [
    ("all of a small spelled count", "All four finalists still remain in the contest.", [4.0]),
    ("all of a count of matches", "The twins have won all five of their matches.", [5.0]),
    ("a race time after 'in'", "Okafor won the final in 10.04 seconds.", [10.04]),
    ("a race time after 'in', abbreviated", "Pell finished third in 21.72 secs.", [21.72]),
    ("qualified spelled duration", "They have been held for almost three years.", [3]),
    ("short quotation", 'The strikers chanted "20 percent now" all day.', [20]),
    ("figure opening a line", "The toll rose.\n\n1.5 million people fled.", [1.5e6]),
    ("count after a list number", "Latest:\n\n3. 45 people died in the storm.", [45]),
    ("scored points", "Pell scored 12 points.", [12.0]),
    ("name then a count in prose", "Rovers signed Okafor for 3 million pounds.", [3e6]),
    ("a bracketed figure with a unit", "The club (Rovers) sold 40,000 tickets.", [40000.0]),
    ("list of places with counts", "Okafor, 12 others and Pell were hurt.", [12.0]),
    ("a range of percentages", "Support is seen at 21 to 24 percent.", [22.5]),
    ("a count after a date and", "On May 5 and 12 people died.", [12.0]),
    ("a level after a date", "Since March 2 the index rose to 4,500 points.", [4500.0]),
    ("not a day of the month", "From June 3 to 40,000 people signed.", [40000.0]),
    ("full year then a count", "In 1983 he won 63 seats.", [63.0]),
    ("cut year then a count", "In '83 he won 63 seats.", [63.0]),
    ("exponent form in lower case", "The culture held 1e6 cells.", [1e6]),
    ("a quotation opening on a count", "The banner read '14 dead in floods'.", [14.0]),
    ("a count before a label noun opening a sentence", "Nearly 40 model homes were built.", [40.0]),
    ("a count of model homes", "Builders sold 40 model homes.", [40.0]),
    ("period of a rate", "Its user base has tripled every three and a half months.", [3.5]),
    ("once every", "The census runs once every ten years.", [10.0]),
    ("spelled size of a move", "Acme fell one to 41-1/4.", [1.0, 41.25]),
    ("spelled move up", "The party gained two seats.", [2.0]),
    ("a qualified one", "Of 30 buses only one was repaired.", [30.0, 1.0]),
    ("at least one", "At least one guard was hurt.", [1.0]),
    ("spelled count of a model", "The carrier ordered six 777-300 jets.", [6.0]),
    ("spelled count of a lettered model", "The navy sent two F-18s.", [2.0]),
    # "m" is a million where no event follows, and "top" a verb after a modal
    ("millions with no event", "Revenue rose to 200m, and 100m people watched.", [2e8, 1e8]),
    ("top as a verb", "Orders should top 100 mln marks.", [1e8]),
    # a distance in spelled metres after "over"/"for" is a distance; "2400 hours" a duration
    ("metres after over", "The plane climbed to over 10,000 metres.", [10000.0]),
    ("metres after for", "The rescuers dug for 100 metres.", [100.0]),
    ("a pair of sums in m", "The firm raised 400m and 800m in bond sales.", [4e8, 8e8]),
    ("2400 hours", "The engine ran for 2400 hours.", [2400.0]),
    ("a capitalised count opening a clause", "Sales rose, Twelve analysts said.", [12.0]),
    # a name and a number that counts: a day before a noun, a list of tallies, a price move, a table
    ("a day and a count", "Earlier on Friday 15 protesters were held.", [15.0]),
    ("one range of ages", "Support stood at 18-24 among young voters.", [21.0]),
    ("a coupon the bond pays", "The bond carries a 4-3/8 pct coupon.", [4.375]),
    ("a determiner before a rise", "The 10 pct rise was the biggest.", [10.0]),
    (
        "a list of tallies",
        "The count is Mendes 384, Sen. Ortiz 300, Lowe 151, and Baird 37. Polls open soon.",
        [384, 300, 151, 37],
    ),
    ("a price move to a level", "Kowloon Electric 60 to 16.00 led the gains.", [60.0, 16.0]),
    # ... in eighths, after a change verb or in a list after a ticker, whatever the two sizes
    ("a share's move in eighths", "Halvor <HLV> fell 31 to 104-1/2 today.", [31.0, 104.5]),
    ("a share's move after 'was down'", "The stock was down 1-7/8 to 5-1/8 at noon.", [1.875, 5.125]),
    ("a range of moves before 'higher'", "Prices closed 1/4 to 1/2 higher today.", [0.375]),
    (
        "a gapped move after a ticker",
        "Halvor fell 1/2 to 36, Norvex Co <NVX> 2-1/8 to 51-1/2.",
        [0.5, 36.0, 2.125, 51.5],
    ),
    # a capitalised word that opens the sentence names no maker: "About 30 Japanese banks"
    ("a qualifier opening a count of a nationality", "About 40 Danish fishermen were rescued.", [40.0]),
    ("'some' opening a count of a party", "Some 25 Green delegates walked out.", [25.0]),
    ("an article opening a count of a name", "The 45 Woolco outlets will close.", [45.0]),
    ("a qualifier before a plural of people", "About 150 Republicans in the chamber walked out.", [150.0]),
    ("a preposition opening a count", "Of 60 Liberal members, 12 voted against.", [60.0, 12.0]),
    ("a month before prices", "Palm oil offers were April 331.50 June 329 July 327.", [331.5, 329.0, 327.0]),
    ("a country's figure and its year before", "Exports to Austria 32 (28) fell.", [32.0, 28.0]),
]


@pytest.mark.parametrize(("kind", "text", "values"), STAY_CLAIMS, ids=[k for k, _, _ in STAY_CLAIMS])
def test_stays_a_claim(kind: str, text: str, values: list[float]) -> None:
    claims = extract_claims(text, doc_id="t")
    assert claims["value"].tolist() == values, f"{kind}: {text!r} gave {claims['number_text'].tolist()}"


# Denied counts: nothing is claimed of them (not "1 injured", not "40 hurt").
NEGATED = [
    "No one was hurt when the roof caved in, firefighters said.",
    "Not one soldier was wounded in the exchange.",
    "None of the 58 passengers was injured.",
    "None of the company's 3,000 workers lost their jobs.",
    "Not one of the 212 ballots was spoiled.",
    "Not a single one of the 40 homes was damaged.",
    "Neither of the two pilots was hurt.",
    "No one among the 120 guests fell ill.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_negated_counts_give_no_claim(text: str) -> None:
    claims = extract_claims(text, doc_id="t")
    assert claims.empty, f"{text!r} gave {claims[['number_text', 'value', 'metric']].values.tolist()}"


def test_a_contrast_is_still_a_figure() -> None:
    claims = extract_claims("The union counted 2,300 strikers, not 1,500.", doc_id="t")
    assert claims["value"].tolist() == [2300, 1500]


def test_index_level_never_joins_the_percentage() -> None:
    claims = extract_claims("The FTSE 100 rose 0.6 per cent to 7,512 points.", doc_id="t")
    assert claims[["value", "unit", "qualifier"]].values.tolist() == [
        [0.6, "percent", "exact"],
        [7512.0, "point", "exact"],
    ]


def test_share_of_a_group_is_never_the_group() -> None:
    """ "Half of the town's 8,000 residents fled": 4,000 fled, never 8,000."""
    claims = extract_claims("Half of the town's 8,000 residents fled.", doc_id="t")
    assert claims["value"].tolist() == [4000.0]


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


def test_a_spelled_delay_is_a_claim() -> None:
    """Spelled durations are no claims ("for three years"), but a delay is one."""
    claims = extract_claims("The new line is seven years behind schedule.", doc_id="t")
    assert claims[["value", "unit"]].values.tolist() == [[7.0, "year"]]
