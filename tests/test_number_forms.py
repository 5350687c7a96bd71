"""Number forms met in real news, as a table: sentence -> every figure the grammar reads in it.

Each row is a sentence written for this table (none is copied from a corpus), grouped by kind:
vague amounts, ranges and alternatives sharing a scale or unit, changes ("from A to B"), lists,
fractions and shares, spelled decimals and big numbers, separators and signs, Indian grouping,
bounds set by verbs, physical units and currency forms.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from workbench.extract.numbers import find_numbers


class Fig(NamedTuple):
    text: str
    value: float
    unit: str = ""
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None


def fig(text: str, value: float, unit: str = "", qualifier: str = "exact", low=..., high=...) -> Fig:
    """A figure; the interval defaults to what the qualifier asserts (10% either side when approximate)."""
    default = {
        "exact": (value, value),
        "lower_bound": (value, None),
        "upper_bound": (None, value),
        "approximate": (value * 0.9, value * 1.1),
    }.get(qualifier, (None, None))
    return Fig(
        text,
        value,
        unit,
        qualifier,
        default[0] if low is ... else low,
        default[1] if high is ... else high,
    )


def rng(text: str, low: float, high: float, unit: str = "") -> Fig:
    return Fig(text, (low + high) / 2, unit, "range", low, high)


def vague(text: str, low: float, high: float, unit: str = "") -> Fig:
    return Fig(text, (low + high) / 2, unit, "approximate", low, high)


class Row(NamedTuple):
    sentence: str
    figures: tuple[Fig, ...]


def row(sentence: str, *figures: Fig) -> Row:
    return Row(sentence, figures)


VAGUE = [
    row("Several thousand fans queued overnight.", vague("Several thousand", 3_000, 9_000)),
    row("A couple hundred volunteers turned up.", vague("A couple hundred", 200, 300)),
    row("A few dozen shops stayed shut.", vague("A few dozen", 24, 60)),
    row("Several hundred thousand homes lost power.", vague("Several hundred thousand", 3e5, 9e5)),
    row(
        "Tens of millions of dollars in aid were pledged.",
        vague("Tens of millions of dollars", 1e7, 9.99e7, "USD"),
    ),
    row("Smoke drifted hundreds of miles south.", vague("hundreds of miles", 100, 999, "mile")),
    row("Dozens were treated for smoke inhalation.", vague("Dozens", 24, 99)),
    row("Tens of thousands marched through the capital.", vague("Tens of thousands", 10_000, 99_999)),
    row(
        "Hundreds of thousands of pounds were raised.",
        vague("Hundreds of thousands of pounds", 1e5, 999_999, "GBP"),
    ),
    row("Thousands more are expected tomorrow.", vague("Thousands", 1_000, 9_999)),
    row("Storm leaves thousands without power"),  # a headline's bare plural is no figure
    # the "in the ... of" frames approximate a figure as "in the region of" does
    row(
        "Rates are expected to be in the range of 150 barrels a day.",
        fig("in the range of 150 barrels a day", 150, "bpd", "approximate"),
    ),
    row("Savings will be in the area of £325m.", fig("in the area of £325m", 325e6, "GBP", "approximate")),
    row(
        "PDVSA will pay on the order of 30 mln dlrs.",
        fig("on the order of 30 mln dlrs", 30e6, "USD", "approximate"),
    ),
    row(
        "Profit was in the neighbourhood of 700 mln pesos.",
        fig("in the neighbourhood of 700 mln pesos", 7e8, "MXN", "approximate"),
    ),
]

RANGES = [
    # a wire range that writes only the top's last digits; a whole top stays whole
    row("Bills should average 5.63-65 pct.", rng("5.63-65 pct", 5.63, 5.65, "percent")),
    row("The plan costs 1.5-2 million dlrs.", rng("1.5-2 million dlrs", 1.5e6, 2e6, "USD")),
    row("Yields ranged 2.5-30 pct.", rng("2.5-30 pct", 2.5, 30, "percent")),
    row(
        "Between six and seven thousand runners took part.",
        rng("Between six and seven thousand", 6_000, 7_000),
    ),
    row(
        "Organisers expect forty to fifty thousand visitors.", rng("forty to fifty thousand", 40_000, 50_000)
    ),
    row("Two or three hundred homes were flooded.", rng("Two or three hundred", 200, 300)),
    row("The repairs will cost $2 billion to $4 billion.", rng("$2 billion to $4 billion", 2e9, 4e9, "USD")),
    row("The fund needs $3 to 5 billion.", rng("$3 to 5 billion", 3e9, 5e9, "USD")),
    row("The deal is worth €1.5bn-€2bn.", rng("€1.5bn-€2bn", 1.5e9, 2e9, "EUR")),
    row("The chip runs between 2GHz and 3GHz.", rng("between 2GHz and 3GHz", 2, 3, "gigahertz")),
    row("Prices should rise 3 to 4 per cent.", rng("3 to 4 per cent", 3, 4, "percent")),
    row("A payout of 10 or 12 million euros was agreed.", rng("10 or 12 million euros", 10e6, 12e6, "EUR")),
    row("Bids ranged from £900,000 to £1.2m.", rng("£900,000 to £1.2m", 9e5, 1.2e6, "GBP")),
    row("Wait times of 40 - 55 minutes were reported.", rng("40 - 55 minutes", 40, 55, "minute")),
    row("Forecasts put the crowd at around 8 or 9 thousand.", rng("around 8 or 9 thousand", 8_000, 9_000)),
    row("The party hopes to gain by 25 to 30 seats.", rng("25 to 30", 25, 30)),
    row(
        "Homes there cost from $800,000 to $1.3 million.", rng("$800,000 to $1.3 million", 8e5, 1.3e6, "USD")
    ),
    row("The plant will employ from 10 to 15 thousand people.", rng("10 to 15 thousand", 10_000, 15_000)),
]

CHANGES = [
    row(
        "Inflation eased from 5.1 to 4.9 percent.",
        fig("5.1", 5.1, "percent"),
        fig("4.9 percent", 4.9, "percent"),
    ),
    row("Claims rose from 12 to 15 thousand.", fig("12", 12_000), fig("15 thousand", 15_000)),
    row(
        "The bank raised its forecast from 2.1 to 2.4 percent.",
        fig("2.1", 2.1, "percent"),
        fig("2.4 percent", 2.4, "percent"),
    ),
    row("Job gains were revised down, from 81,000 to 74,000.", fig("81,000", 81_000), fig("74,000", 74_000)),
    row(
        "Output rose by 120 to 4,500 tonnes.",
        fig("120", 120, "tonne"),
        fig("4,500 tonnes", 4_500, "tonne"),
    ),
    row("Shares slid 45p to 1,210p.", fig("45p", 0.45, "GBP"), fig("1,210p", 12.1, "GBP")),
    row(
        "The index climbed 0.7 per cent to 7,420.",
        fig("0.7 per cent", 0.7, "percent"),
        fig("7,420", 7_420),
    ),
    row("Visitor numbers climbed from 2019 to 2.4 million.", fig("2.4 million", 2.4e6)),
    row("The rig count rose 14 to 130.", fig("14", 14), fig("130", 130)),
    row("Jobs grew by 2,150 to 96,400.", fig("2,150", 2_150), fig("96,400", 96_400)),
    row(
        "Profit fell 12 cents to $3.40 a share.",
        fig("12 cents", 0.12, "USD"),
        fig("$3.40", 3.4, "USD"),
    ),
    # Wire stock prices in fractions: "off" is a move, and the price it moves to is a level.
    row("Delta was off 5/8 to 42-1/4.", fig("5/8", 0.625), fig("42-1/4", 42.25)),
    row("Its stock was off 1/2 to 17 in thin trade.", fig("1/2", 0.5), fig("17", 17)),
    row("Gains were off 2 to 3 percent.", rng("2 to 3 percent", 2, 3, "percent")),
    # a change verb and its object before "A to B", both with their unit; a headline's present tense
    row(
        "Mobil raised propane prices 4.50 dlrs to 118 dlrs.",
        fig("4.50 dlrs", 4.5, "USD"),
        fig("118 dlrs", 118, "USD"),
    ),
    row("ASARCO CUTS ZINC PRICE 0.50 CT TO 38 CTS", fig("0.50 CT", 0.005, "USD"), fig("38 CTS", 0.38, "USD")),
    row(
        "Reserves would rise from around 4.2 billion dlrs to 9.1 billion dlrs.",
        fig("around 4.2 billion dlrs", 4.2e9, "USD", "approximate"),
        fig("9.1 billion dlrs", 9.1e9, "USD"),
    ),
    # ... but a preposition there frames a range, and a bare first end is a range's
    row(
        "They want a sales increase of between 2.5 pct to three pct.",
        rng("between 2.5 pct to three pct", 2.5, 3, "percent"),
    ),
    row(
        "M-1 may rise by a staggering 15 to 20 billion dlrs.", rng("15 to 20 billion dlrs", 15e9, 20e9, "USD")
    ),
]

LISTS = [
    # a member with its own scale word takes no percentage from the last: millions of viewers
    row(
        "The show peaked at 11.9m and 49.2% of the audience.",
        fig("11.9m", 11.9e6),
        fig("49.2%", 49.2, "percent"),
    ),
    row(
        "Quarterly growth was 1.8, 2.2 and 2.6 per cent.",
        fig("1.8", 1.8, "percent"),
        fig("2.2", 2.2, "percent"),
        fig("2.6 per cent", 2.6, "percent"),
    ),
    row(
        "Prizes of £5, £10 and £20 million were offered.",
        fig("£5", 5e6, "GBP"),
        fig("£10", 10e6, "GBP"),
        fig("£20 million", 20e6, "GBP"),
    ),
    row(
        "The towers are 120, 140 and 165 metres tall.",
        fig("120", 120, "m"),
        fig("140", 140, "m"),
        fig("165 metres", 165, "m"),
    ),
    row(
        "Fines of 2, 3 or 5 thousand dollars apply.",
        fig("2", 2_000, "USD"),
        fig("3", 3_000, "USD"),
        fig("5 thousand dollars", 5_000, "USD"),
    ),
    row(
        "Tax receipts of 25 and 30 billion euros",
        fig("25", 25e9, "EUR"),
        fig("30 billion euros", 30e9, "EUR"),
    ),
    row("Of the 300, 40 percent were children.", fig("300", 300), fig("40 percent", 40, "percent")),
]

FRACTIONS = [
    row("The trail runs two and a half miles.", fig("two and a half miles", 2.5, "mile")),
    row("Snow lay five and a half inches deep.", fig("five and a half inches", 5.5, "inch")),
    # a fraction's denominator is one we read; "5/2" or "4/9" is odds, not five halves or four
    row(
        "He is a 5/2 favourite at odds of 4/9.",
    ),
    row("Two and a half thousand jobs are at risk.", fig("Two and a half thousand", 2_500)),
    row("A third of the budget went on salaries.", fig("A third", 100 / 3, "percent")),
    row("Three-quarters of members voted yes.", fig("Three-quarters", 75, "percent")),
    row("More than half of the votes were postal.", fig("More than half", 50, "percent", "lower_bound")),
    row("One in five children lives in poverty.", fig("One in five", 20, "percent", "approximate")),
    row("Half of the village's 600 residents were moved.", fig("Half of the village's 600", 300)),
    row(
        "Nearly two-thirds of the 900 staff joined the strike.",
        fig("Nearly two-thirds of the 900", 600, "", "upper_bound"),
    ),
    row("The bolt is 3/8 inch thick.", fig("3/8 inch", 0.375, "inch")),
    row("The pipe is 1½ inches wide.", fig("1½ inches", 1.5, "inch")),
    row("Bonds trade at 6-1/4 pct.", fig("6-1/4 pct", 6.25, "percent")),
    row("Only a quarter of a million tickets were sold.", fig("Only a quarter of a million", 250_000)),
    row("Half a mile of track was washed away.", fig("Half a mile", 0.5, "mile")),
    row("Growth was weak in the first half of the year."),
    row("It was a decade and a half of decline."),
    # bond prices in 32nds of a point, with one separator of each kind (not a date)
    row("The notes fell 1/16 to 99-20/32.", fig("1/16", 0.0625), fig("99-20/32", 99.625)),
    row("The long bond opened 5/32 lower at 101-7/32.", fig("5/32", 0.15625), fig("101-7/32", 101.21875)),
    row("The ruling is dated 14/03/2024 and 2024-03-14."),
    # a bid and its offer: the bid is the figure, the offer's last digits ride with it
    row("Call money was quoted at 3.85/95 pct.", fig("3.85/95 pct", 3.85, "percent")),
    row("Gold opened at 409.00/50 and closed at 410.00/50.", fig("409.00/50", 409), fig("410.00/50", 410)),
    row("The rate was set at 773.05/776.92.", fig("773.05", 773.05)),  # an offer in full: the bid
    # a singular time unit after a count of tens or more, before "ago", is when, not the unit
    row("Kill was 300,000 head versus 295,000 week ago.", fig("300,000", 300_000), fig("295,000", 295_000)),
    row("The drought began 12 years ago.", fig("12 years", 12, "year")),
]

SPELLED = [
    row("Turnout was sixty-one point five percent.", fig("sixty-one point five percent", 61.5, "percent")),
    row("Growth slowed to one point eight per cent.", fig("one point eight per cent", 1.8, "percent")),
    row("The network has 3 hundred million users.", fig("3 hundred million", 3e8)),
    row("The platform reaches 2 B people.", fig("2 B", 2e9)),
    row("The app has 40 M users.", fig("40 M", 4e7)),
    row(
        "The stadium held forty-one thousand two hundred and six fans.",
        fig("forty-one thousand two hundred and six", 41_206),
    ),
    row("A hundred and twenty firms signed.", fig("A hundred and twenty", 120)),
    row("At one point three climbers were stranded.", fig("one", 1), fig("three", 3)),
]

SEPARATORS_AND_SIGNS = [
    row("The harvest reached 1 250 000 tonnes.", fig("1 250 000 tonnes", 1.25e6, "tonne")),
    row("About 48 300 people applied.", fig("About 48 300", 48_300, "", "approximate")),
    row("The economy contracted by -0.8% in the quarter.", fig("-0.8%", -0.8, "percent")),
    row("The team lost minus 7 yards on the play.", fig("minus 7 yards", -7, "yard")),
    row("Nitrogen boils at minus 196 Celsius.", fig("minus 196 Celsius", -196, "degree Celsius")),
    row("The net rating was a negative 9 points.", fig("negative 9 points", -9, "point")),
    row(
        "The margin of error is plus or minus 3 percentage points.",
        fig("plus or minus 3 percentage points", 3, "percentage point"),
    ),
    row("The count reached 3.2e5 copies.", fig("3.2e5", 3.2e5)),
    row("A proton weighs 1.67×10−27 kilograms.", fig("1.67×10−27 kilograms", 1.67e-27, "kg")),
    row("A mole holds 6.02×10²³ atoms.", fig("6.02×10²³", 6.02e23)),
    # a spaced "m" is millions after a currency sign, metres otherwise
    row(
        "The film took an estimated $458 m worldwide.",
        fig("an estimated $458 m", 458e6, "USD", "approximate"),
    ),
    row("The pipe was 400 m long.", fig("400 m", 400, "m")),
    # "by" and a qualifier before "X to Y": a change and the level it reached, not a range
    row(
        "Its share rose by more than one pct to 18.2 pct.",
        fig("more than one pct", 1, "percent", "lower_bound", 1, None),
        fig("18.2 pct", 18.2, "percent"),
    ),
    row(
        "Stocks will fall by about one to four mln barrels.",
        fig("about one to four mln barrels", 2.5e6, "barrel", "range", 1e6, 4e6),
    ),
    # four decimals opening with a zero are a fraction, not a clock time ("0350" after "1.")
    row("Heating oil ended at 1.0350 dlrs a gallon.", fig("1.0350 dlrs", 1.035, "USD")),
    row("The dollar was quoted at 2.0045 guilders.", fig("2.0045 guilders", 2.0045, "NLG")),
    row("Holders get 0.0333 shares for each share held.", fig("0.0333", 0.0333)),
    # a plural scale some writers use
    row("They found £22 billions worth of savings.", fig("£22 billions", 22e9, "GBP")),
    row("It cost $5 millions in all.", fig("$5 millions", 5e6, "USD")),
]

INDIAN = [
    row(
        "As many as 12,45,300 candidates sat the exam.",
        fig("As many as 12,45,300", 1_245_300, "", "upper_bound"),
    ),
    row("The scheme covers 4.5 lakh farmers.", fig("4.5 lakh", 450_000)),
    row("The project costs 2 crore rupees.", fig("2 crore rupees", 2e7, "INR")),
    row("The plan is worth Rs 1.2 lakh crore.", fig("Rs 1.2 lakh crore", 1.2e12, "INR")),
    row("Some 3,17,000 students passed.", fig("Some 3,17,000", 317_000, "", "approximate")),
]

BOUND_VERBS = [
    # "up" of a verb of movement is its particle: "traded up to" is where it traded
    row("Crude traded up to 19.60 dlrs a barrel.", fig("19.60 dlrs", 19.6, "USD")),
    row("The hall can hold up to 40 people.", fig("up to 40", 40, "", "upper_bound")),
    row("The group would cut up to 600 jobs.", fig("up to 600", 600, "", "upper_bound")),
    # a bound or an approximation before an article still qualifies the figure; a preposition does not
    row("Galveston may earn up to a 50 pct interest.", fig("up to a 50 pct", 50, "percent", "upper_bound")),
    row("Shares saw nearly a 40% fall.", fig("nearly a 40%", 40, "percent", "upper_bound")),
    row(
        "The index was about -3.5 percent.",
        fig("about -3.5 percent", -3.5, "percent", "approximate", -3.85, -3.15),
    ),
    row("Prices rose by more than a 10% margin.", fig("more than a 10%", 10, "percent", "lower_bound")),
    row("Investors worried about a 5% fall.", fig("5%", 5, "percent")),
    row("The team ran around a 400 metre loop.", fig("400 metre", 400, "m")),
    # after "the"/"a", a noun other than a mark is the verb's object, which the figure describes
    row("Growth topped the 3.5% rate economists had forecast.", fig("3.5%", 3.5, "percent")),
    row("Turnout topped the 60% mark on Sunday.", fig("60%", 60, "percent", "lower_bound")),
    row("Claims topped 40,000 last week.", fig("40,000", 40_000, "", "lower_bound")),
    # wire copy's "a minimum"/"a maximum" without "of"
    row("Traders must post a minimum 2,000 dlrs.", fig("a minimum 2,000 dlrs", 2_000, "USD", "lower_bound")),
    row("It carries a maximum 25,000 dlr fine.", fig("a maximum 25,000 dlr", 25_000, "USD", "upper_bound")),
    row("Sales could surpass $8 billion.", fig("$8 billion", 8e9, "USD", "lower_bound")),
    row("The deficit exceeded 3% of output.", fig("3%", 3, "percent", "lower_bound")),
    row("Attendance passed the 90,000 mark.", fig("90,000", 90_000, "", "lower_bound")),
    row("The death toll climbed past 200.", fig("200", 200, "", "lower_bound")),
    row("Prices will top $100 a barrel.", fig("$100", 100, "USD", "lower_bound")),
    row("Unemployment fell below 4 percent.", fig("below 4 percent", 4, "percent", "upper_bound")),
    row("Rainfall dipped under 20 mm.", fig("under 20 mm", 20, "mm", "upper_bound")),
    row(
        "The pass rate has not been less than 88%.",
        fig("not been less than 88%", 88, "percent", "lower_bound"),
    ),
    row("Costs were not more than £4m.", fig("not more than £4m", 4e6, "GBP", "upper_bound")),
    row("Both films stayed in 10 cinemas.", fig("10", 10)),
]

UNITS = [
    # a field event's mark with "m" attached is in metres, a sum or a count elsewhere in millions
    row("Okafor cleared 2.31m in the high jump.", fig("2.31m", 2.31, "m")),
    row("Pell won with a throw of 18.04m.", fig("18.04m", 18.04, "m")),
    row("She set a best of 6.92m in the long jump.", fig("6.92m", 6.92, "m")),
    row("Profits jumped to 2.25m last year.", fig("2.25m", 2.25e6)),
    row("The deal, cleared by regulators, adds 1.25m customers.", fig("1.25m", 1.25e6)),
    row("It is a hammer blow to a town where 1.15m people live.", fig("1.15m", 1.15e6)),
    row("She threw 65.3m in the javelin.", fig("65.3m", 65.3, "m")),
    # a bare time to the hundredth after a timing word is a race time in seconds
    row("Okafor finished fourth in 7.41.", fig("7.41", 7.41, "second")),
    row("Pell set a season's best of 20.93 in the heats.", fig("20.93", 20.93, "second")),
    row("Sales won in 7.35 rounds.", fig("7.35", 7.35)),
    row("The turbine produces 15 MW.", fig("15 MW", 15, "MW")),
    row("The solar park adds 1.2 GW.", fig("1.2 GW", 1.2, "GW")),
    row(
        "The car has a 60 kWh battery and a 150 kW motor.",
        fig("60 kWh", 60, "kilowatt hour"),
        fig("150 kW", 150, "kilowatt"),
    ),
    row("The phone has 256 GB of storage.", fig("256 GB", 256, "gigabyte")),
    row("Broadband speeds reach 900 Mbps.", fig("900 Mbps", 900, "Mbps")),
    # data rates and amounts as BBC technology copy writes them (glued, spelled, "a second")
    row("Most homes get 512kbps broadband.", fig("512kbps", 512, "kbps")),
    row("Its link runs at 384 kilobits per second.", fig("384 kilobits per second", 384, "kbps")),
    row("Mobile data reaches 0.5 megabits a second.", fig("0.5 megabits a second", 0.5, "Mbps")),
    row("A firm launched an eight megabit service.", fig("eight megabit", 8, "megabit")),
    row("Families share a 512 kilobit line.", fig("512 kilobit", 512, "kilobit")),
    row("Gusts of 120 mph and a limit of 50 km/h.", fig("120 mph", 120, "mph"), fig("50 km/h", 50, "kph")),
    row(
        "The engine makes 420 hp, the race car 510 bhp.",
        fig("420 hp", 420, "horsepower"),
        fig("510 bhp", 510, "horsepower"),
    ),
    row(
        "A 95 sq m flat and a 1,400 sq ft house.",
        fig("95 sq m", 95, "square meter"),
        fig("1,400 sq ft", 1_400, "square foot"),
    ),
    row(
        "A 250 mL bottle holds a 500 mg dose.",
        fig("250 mL", 250, "milliliter"),
        fig("500 mg", 500, "milligram"),
    ),
    row("The baby weighed 9 lb.", fig("9 lb", 9, "pound")),
    row("Rain of 35 mm fell on a 6 inch drain.", fig("35 mm", 35, "mm"), fig("6 inch", 6, "inch")),
    row(
        "It hit 41°C in Seville and 104°F in Phoenix.",
        fig("41°C", 41, "degree Celsius"),
        fig("104°F", 104, "degree Fahrenheit"),
    ),
    row(
        "A reading of 40.3 C and lows of 3 degrees.",
        fig("40.3 C", 40.3, "degree Celsius"),
        fig("3 degrees", 3, "degree"),
    ),
    row("Highs of 35 degrees Celsius are forecast.", fig("35 degrees Celsius", 35, "degree Celsius")),
    row(
        "A 15 hectare site and 300 tonnes of grain.",
        fig("15 hectare", 15, "hectare"),
        fig("300 tonnes", 300, "tonne"),
    ),
    row(
        "The convoy drove 12 kilometres, then 5 miles.",
        fig("12 kilometres", 12, "km"),
        fig("5 miles", 5, "mile"),
    ),
    row("The 2,750 square metre site was sold.", fig("2,750 square metre", 2_750, "square meter")),
    row("A contract for 18 F-16 jets was signed.", fig("18", 18)),
    row("The new jet has a range of 13,100 kms.", fig("13,100 kms", 13_100, "km")),
    row(
        "It has a 9,800-km range and a 10-year-old fleet.",
        fig("10-year-old", 10, "year"),
    ),
    row("Farmers sold 31.5 mln bushels.", fig("31.5 mln bushels", 31.5e6, "bushel")),
    row("Output reached 420,000 bpd.", fig("420,000 bpd", 420_000, "bpd")),
    row("It pumps 90,000 barrels per day.", fig("90,000 barrels per day", 90_000, "bpd")),
    row("Reserves are 2.1 trillion cubic feet.", fig("2.1 trillion cubic feet", 2.1e12, "cubic foot")),
    row("The mine yields 80,000 troy ounces.", fig("80,000 troy ounces", 80_000, "troy ounce")),
    row("The mill shipped 12,000 short tons.", fig("12,000 short tons", 12_000, "short ton")),
    # a report that names its ton once means it by a bare "tons"; elsewhere "tons" are tonnes
    row(
        "Mill stocks fell to 8,100 short tons. Depot stocks rose to 4,000 tons.",
        fig("8,100 short tons", 8_100, "short ton"),
        fig("4,000 tons", 4_000, "short ton"),
    ),
    row("Depot stocks rose to 4,000 tons.", fig("4,000 tons", 4_000, "tonne")),
    row(
        "The ship carried 2,500 long tons. It unloaded 900 tons and 20 metric tons.",
        fig("2,500 long tons", 2_500, "long ton"),
        fig("900 tons", 900, "long ton"),
        fig("20 metric tons", 20, "tonne"),
    ),
]

CURRENCIES = [
    row("Shares closed at 245p.", fig("245p", 2.45, "GBP")),
    row("The dividend is 48 cents a share.", fig("48 cents", 0.48, "USD")),
    row("A stamp costs 12 pence.", fig("12 pence", 0.12, "GBP")),
    row("Profit rose 6.5pc.", fig("6.5pc", 6.5, "percent")),
    row(
        "It raised $US4.5 million and US$300.", fig("$US4.5 million", 4.5e6, "USD"), fig("US$300", 300, "USD")
    ),
    row(
        "The bid was A$2.1bn, then NZ$45 million.",
        fig("A$2.1bn", 2.1e9, "AUD"),
        fig("NZ$45 million", 45e6, "NZD"),
    ),
    row(
        "HK$15 billion and S$400 million were lent.",
        fig("HK$15 billion", 15e9, "HKD"),
        fig("S$400 million", 4e8, "SGD"),
    ),
    row("Malaysia set aside RM1.2 billion.", fig("RM1.2 billion", 1.2e9, "MYR")),
    row(
        "Exports earned Y=250 billion, or ¥1.8 trillion in all.",
        fig("Y=250 billion", 2.5e11, "JPY"),
        fig("¥1.8 trillion", 1.8e12, "JPY"),
    ),
    row(
        "Revenue was AUD3.2m and INR5 trillion.",
        fig("AUD3.2m", 3.2e6, "AUD"),
        fig("INR5 trillion", 5e12, "INR"),
    ),
    row("The budget is Rs 500 crore.", fig("Rs 500 crore", 5e9, "INR")),
    row("The order was worth 1.2 billion Swiss francs.", fig("1.2 billion Swiss francs", 1.2e9, "CHF")),
]

# Money as wire reports write it: scale and currency abbreviations ("mln dlrs", "cts", "stg"), a country
# before the currency's name, currencies written as words, and a bare name read by the dateline.
WIRE_MONEY = [
    row("Net profit rose to 48.2 mln dlrs.", fig("48.2 mln dlrs", 48.2e6, "USD")),
    row("The loan totals 1.5 billion dlrs.", fig("1.5 billion dlrs", 1.5e9, "USD")),
    row("The group earned 310 bln dlrs.", fig("310 bln dlrs", 310e9, "USD")),
    row("THE FIRM WILL PAY NINE MLN DLRS.", fig("NINE MLN DLRS", 9e6, "USD")),
    row("It signed a 75 mln dlr credit.", fig("75 mln dlr", 75e6, "USD")),
    row("The dividend is 12 cts a share.", fig("12 cts", 0.12, "USD")),
    row("The stock gained 7 U.S. cts.", fig("7 U.S. cts", 0.07, "USD")),
    row("The bid values it at 12.50 Canadian dlrs a share.", fig("12.50 Canadian dlrs", 12.5, "CAD")),
    row("It paid 420 mln Australian dlrs in cash.", fig("420 mln Australian dlrs", 420e6, "AUD")),
    row("It raised 80 mln N.Z. dlrs.", fig("80 mln N.Z. dlrs", 80e6, "NZD")),
    row("The unit was sold for 3.1 billion Hong Kong dlrs.", fig("3.1 billion Hong Kong dlrs", 3.1e9, "HKD")),
    row("Turnover was 900 mln U.S. dlrs.", fig("900 mln U.S. dlrs", 900e6, "USD")),
    row("Profit fell to 12 mln stg.", fig("12 mln stg", 12e6, "GBP")),
    row("M3 grew to 212.4 billion guilders.", fig("212.4 billion guilders", 212.4e9, "NLG")),
    row("The warrants are exercisable at 50 Finnish markka.", fig("50 Finnish markka", 50, "FIM")),
    row("The rate was fixed at 4.4450 markka.", fig("4.4450 markka", 4.445, "FIM")),
    row("Its debt is 610.57 billion peseta.", fig("610.57 billion peseta", 610.57e9, "ESP")),
    row("The offer was 590 marks a tonne.", fig("590 marks", 590, "DEM")),
    row("It cost 45 mln D-marks.", fig("45 mln D-marks", 45e6, "DEM")),
    row("The bank lent 2.5 billion French francs.", fig("2.5 billion French francs", 2.5e9, "FRF")),
    row("It earned 800 mln Belgian francs.", fig("800 mln Belgian francs", 800e6, "BEF")),
    row("It lost 1.4 billion Swedish crowns.", fig("1.4 billion Swedish crowns", 1.4e9, "SEK")),
    # the singular before its noun
    row("It issued a 300 mln Danish crown bond.", fig("300 mln Danish crown", 300e6, "DKK")),
    row("It wrote off a 200 mln crown loan.", fig("200 mln crown", 200e6, "SEK")),
    row("Sales hit 9.2 billion Norwegian crowns.", fig("9.2 billion Norwegian crowns", 9.2e9, "NOK")),
    row("The deficit was 3,100 billion lire.", fig("3,100 billion lire", 3.1e12, "ITL")),
    row("Exports earned 2.2 billion pesos.", fig("2.2 billion pesos", 2.2e9, "MXN")),
    row("The plant cost 150 mln Philippine pesos.", fig("150 mln Philippine pesos", 150e6, "PHP")),
    row("Gold sales brought 600 mln rand.", fig("600 mln rand", 600e6, "ZAR")),
    # every currency in use, by its CLDR name (currency_names.csv): a unique noun, or the full name
    row("Reserves fell to 310.2 mln kyats.", fig("310.2 mln kyats", 310.2e6, "MMK")),
    row("Its profit was three mln Kuwaiti dinars.", fig("three mln Kuwaiti dinars", 3e6, "KWD")),
    row("The budget is 80 million Ghanaian cedis.", fig("80 million Ghanaian cedis", 80e6, "GHS")),
    row("The fine came to 4,500 Kazakhstani tenge.", fig("4,500 Kazakhstani tenge", 4500, "KZT")),
    # ... and every currency in use since 1970, for news archives: a full name, or a last word no
    # currency in use today writes
    row("Petrol rose to 110 sucres a gallon.", fig("110 sucres", 110, "ECS")),
    row("Vienna raised 1.5 billion schillings.", fig("1.5 billion schillings", 1.5e9, "ATS")),
    row("The loan was 40 mln Irish pounds.", fig("40 mln Irish pounds", 40e6, "IEP")),
    row("The fine was 500,000 tolars.", fig("500,000 tolars", 500000, "SIT")),
    row("Rent is 2,000 Estonian kroons.", fig("2,000 Estonian kroons", 2000, "EEK")),
    row("Nairobi spent 90 mln shillings.", fig("90 mln shillings", 90e6, "KES")),
    row("It cost 3,000 roubles.", fig("3,000 roubles", 3000, "RUB")),
    # a bare "dinars" is money whose code only a dateline gives
    row("KUWAIT, Oct 19 - Profit was two mln dinars.", fig("two mln dinars", 2e6, "KWD")),
    row("Profit was two mln dinars.", fig("two mln dinars", 2e6, "")),
    row("It paid 40 mln Jordanian dinars.", fig("40 mln Jordanian dinars", 40e6, "JOD")),
    # ... but not a word news writes after a number for something else
    row("The team won 5 gold at the games.", fig("5", 5, "")),
    row("The budget sets aside 4.1 trillion yen.", fig("4.1 trillion yen", 4.1e12, "JPY")),
    row("The fund holds 700 mln Ecus.", fig("700 mln Ecus", 700e6, "XEU")),
    row("The wage rises to 1,500 intis a month.", fig("1,500 intis", 1500, "PEI")),
    # the IMF's Special Drawing Right, as wire copy writes it
    row("The fund approved 85.6 mln sdr's for Chile.", fig("85.6 mln sdr's", 85.6e6, "XDR")),
    row("It may draw 300 mln SDRs this year.", fig("300 mln SDRs", 300e6, "XDR")),
    row("Its quota is 412 mln Special Drawing Rights.", fig("412 mln Special Drawing Rights", 412e6, "XDR")),
    # the singular, before its noun
    row(
        "It faces a two billion European Currency Unit shortfall.",
        fig("two billion European Currency Unit", 2e9, "XEU"),
    ),
    row("Seoul lent 450 billion won.", fig("450 billion won", 450e9, "KRW")),
    row(
        "The team that in 1997 won the cup.",
    ),
    row("He scored 88 marks out of 100.", fig("88", 88), fig("100", 100)),
    row("Prices ranged from 20 to 35 cts.", rng("20 to 35 cts", 0.20, 0.35, "USD")),
    row(
        "The price rose more than 20 cts to 18.40 dlrs.",
        fig("more than 20 cts", 0.20, "USD", "lower_bound"),
        fig("18.40 dlrs", 18.4, "USD"),
    ),
    row(
        "SYDNEY, June 4 - The airline will pay 640 mln dlrs, or 30 cts a share.",
        fig("640 mln dlrs", 640e6, "AUD"),
        fig("30 cts", 0.30, "AUD"),
    ),
    row("TORONTO, May 9 - Net was 5.6 mln dlrs.", fig("5.6 mln dlrs", 5.6e6, "CAD")),
    # a dateline as keyed: the month in capitals, two spaces
    row("COPENHAGEN, APRIL  14 - Its assets were 420 mln crowns.", fig("420 mln crowns", 420e6, "DKK")),
    row("OSLO, May 3  - Profit was 9 mln crowns.", fig("9 mln crowns", 9e6, "NOK")),
    # ... two spaces after a month outside a dateline's capitals mask nothing
    row("Sales fell in May.  12 stores were closed.", fig("12", 12)),
    row("Montreal, June 2 - Net was 4.1 mln dlrs.", fig("4.1 mln dlrs", 4.1e6, "CAD")),
    row("ZURICH, APril 7 - Profit was 9 mln francs.", fig("9 mln francs", 9e6, "CHF")),
    row("PARIS, April 2 - Profit was 420 mln francs.", fig("420 mln francs", 420e6, "FRF")),
    row("ZURICH (Reuters) - Profit was 420 mln francs.", fig("420 mln francs", 420e6, "CHF")),
    row("OSLO, Feb 3 - Offers were 310 crowns a tonne.", fig("310 crowns", 310, "NOK")),
    row("TAIPEI, March 5 - Reserves reached 51 billion dlrs.", fig("51 billion dlrs", 51e9, "USD")),
    # a bare name of a family is the currency of the one country of the family the report names
    # (its name, adjective or city), where no dateline settles it; several named leave the default
    row("The water firm in Buenos Aires agreed to invest 242m pesos.", fig("242m pesos", 242e6, "ARS")),
    row("A Norwegian court ruled he must pay 100,000 kroner.", fig("100,000 kroner", 1e5, "NOK")),
    row(
        "LONDON, March 26 - The French government set a price of 500 mln francs.",
        fig("500 mln francs", 500e6, "FRF"),
    ),
    row(
        "NICE, France, March 15 - Citroen lost close to two billion francs in 1984.",
        fig("close to two billion francs", 2e9, "FRF", "approximate"),
    ),
    row("Sri Lanka's budget is 70 billion rupees.", fig("70 billion rupees", 70e9, "LKR")),
    row("Swiss and French banks lent 90 mln francs.", fig("90 mln francs", 90e6, "CHF")),
    row("PARIS, May 2 - The Swiss firm paid 90 mln francs.", fig("90 mln francs", 90e6, "FRF")),
    row("Bonds of 10,000 francs will be listed in Luxembourg.", fig("10,000 francs", 1e4, "CHF")),
    row("Michael Jordan's firm paid 40 mln dinars.", fig("40 mln dinars", 40e6, "")),
    # currencies' plurals CLDR does not give as news writes them, with the code of the corpora's years
    row("Varig's debt is 6.5 billion reais.", fig("6.5 billion reais", 6.5e9, "BRL")),
    row("The debt rose to 4.67 billion bolivars.", fig("4.67 billion bolivars", 4.67e9, "VEB")),
    row("The rate was fixed at nine kwacha per dollar.", fig("nine kwacha", 9, "ZMK")),
    row("BLANTYRE, March 3 - The company lost 303 mln kwacha.", fig("303 mln kwacha", 303e6, "MWK")),
    row("Malawi's tobacco board paid 303 mln kwacha.", fig("303 mln kwacha", 303e6, "MWK")),
    # a unit a wire report declares for the bare figures of its sentence ("Shipments in tonnes ...
    # included:"), or, after a lead-in ("were -", "as follows in mln tonnes --"), of the list or table
    # below it, with the declaration's scale, up to a block with its own measure
    row(
        "BUENOS AIRES, March 11 - Shipments in tonnes, 1986 in brackets, included: beef 26,945 (20,096).",
        fig("26,945", 26945, "tonne"),
        fig("20,096", 20096, "tonne"),
    ),
    row(
        "BUENOS AIRES, March 11 - Main destinations were as follows, in tonnes -\n\nEC 5,500, Brazil 5,200.",
        fig("5,500", 5500, "tonne"),
        fig("5,200", 5200, "tonne"),
    ),
    row(
        "WASHINGTON, April 9 - Supply follows in mln tonnes --\n\nUSSR CORN\n\nProduction   12.50   14.40",
        fig("12.50", 12.5e6, "tonne"),
        fig("14.40", 14.4e6, "tonne"),
    ),
    row(
        "WASHINGTON, April 9 - Data follow, in mln bushels --\n\nAcreage (mln acres) --\n\nPlanted   76.7",
        fig("76.7", 76.7),
    ),
    row(
        "WASHINGTON, April 9 - Stocks, in mln bushels, except oats, which is in mln tonnes --\n\nWHEAT  225",
        fig("225", 225e6, "bushel"),
    ),
    row(
        "CHICAGO, April 7 - Stocks of oats in 000's bushels -\n\nRED OATS      1639    1635",
        fig("1639", 1.639e6, "bushel"),
        fig("1635", 1.635e6, "bushel"),
    ),
    row("WASHINGTON, April 9 - Loadings (in 000s tonnes) -\n\nWHEAT   25", fig("25", 25e3, "tonne")),
    row(
        "TOLEDO, April 7 - Stocks of corn (in 000's bu).\n\nYELLOW CORN      955", fig("955", 955e3, "bushel")
    ),
    row(
        "DULUTH, April 7 - Stocks of wheat (in 000s of bushels).\n\nDeliverable   2187",
        fig("2187", 2.187e6, "bushel"),
    ),
    row("LONDON, May 2 - Sales in tonnes rose. Profit was 15 in 1986.", fig("15", 15)),
    # ... for a list's figures and their comparisons, not for a count of the noun after a figure, nor
    # for a row whose label names a rate ("Yield (bu)", "Avg Price")
    row(
        "WASHINGTON, April 9 - Stocks follow, in mln bushels --\n\nCorn -- at 5,240, vs 5,595 last month.",
        fig("5,240", 5.24e9, "bushel"),
        fig("5,595", 5.595e9, "bushel"),
    ),
    row(
        "WASHINGTON, April 9 - Stocks, in mln bushels --\n\nThe survey asked 1,200 farmers in 14 states.",
        fig("1,200", 1200),
        fig("14", 14),
    ),
    row("WASHINGTON, April 9 - Data, in mln bushels --\n\nYield (bu)  56.0", fig("56.0", 56)),
    row(
        "LONDON, May 2 - Loadings in tonnes were 20,000, by 15 vessels.",
        fig("20,000", 20000, "tonne"),
        fig("15", 15),
    ),
    # wire copy's weights: "mt", "cwt(s)", "grammes"
    row("Output will reach 500,000 mt a year.", fig("500,000 mt", 5e5, "tonne")),
    row(
        "Stocks were 2,764,000 cwts, vs 67 mln cwt.",
        fig("2,764,000 cwts", 2.764e6, "cwt"),
        fig("67 mln cwt", 67e6, "cwt"),
    ),
    row("Each warrant buys 100 grammes of gold.", fig("100 grammes", 100, "gram")),
    row(
        "MANILA, Jan 8 - The bank lent 90 mln pesos and 3 mln U.S. dlrs.",
        fig("90 mln pesos", 90e6, "PHP"),
        fig("3 mln U.S. dlrs", 3e6, "USD"),
    ),
]

# A bare figure compared with the one before it takes its unit: wire reports write the currency once.
CARRIED = [
    # a bare figure in the same scale whose clause goes on with a verb takes the unit before it
    row(
        "The bank lent 12.5 billion dlrs, and only 3.1 billion had been repaid.",
        fig("12.5 billion dlrs", 12.5e9, "USD"),
        fig("only 3.1 billion", 3.1e9, "USD"),
    ),
    row(
        "Losses were 300 mln marks, above the 240 mln announced on Monday.",
        fig("300 mln marks", 300e6, "DEM"),
        fig("240 mln", 240e6, "DEM"),
    ),
    # a small bare figure compared with a range takes its unit, as with a plain figure before
    row(
        "Output will be 425 to 450 mln tonnes, up from 405 last year.",
        fig("425 to 450 mln tonnes", 437.5e6, "tonne", "range", 425e6, 450e6),
        fig("405", 405, "tonne"),
    ),
    # a range's scale is its top's: the bare figure compared with it is in the range's unit
    row(
        "Output will be 520 to 530 mln tonnes against 534 mln a year ago.",
        fig("520 to 530 mln tonnes", 525e6, "tonne", "range", 520e6, 530e6),
        fig("534 mln", 534e6, "tonne"),
    ),
    # "to A from B unit": the unit written once, after the old level, is the new level's too
    row(
        "Imports rose to 760,000 from 709,200 tonnes.",
        fig("760,000", 760_000, "tonne"),
        fig("709,200 tonnes", 709_200, "tonne"),
    ),
    row(
        "Sales rose to 5 mln from 4 bln dlrs.",
        fig("5 mln", 5e6),
        fig("4 bln dlrs", 4e9, "USD"),
    ),
    # a premium over a price in a list is no member of the list's unit
    row("Soft red wheat, 58 lb spot, 30 over May, unchanged.", fig("58 lb", 58, "pound"), fig("30", 30)),
    # a quote's side or its day after the old level leaves it without a noun of its own
    row(
        "July cocoa was at 1,610 stg from 1,598 bid yesterday.",
        fig("1,610 stg", 1_610, "GBP"),
        fig("1,598", 1_598, "GBP"),
    ),
    # a period's count between two scaled amounts does not stop the unit's carry
    row(
        "The deficit was 4.2 billion marks in the first nine months against 3.9 billion a year ago.",
        fig("4.2 billion marks", 4.2e9, "DEM"),
        fig("nine months", 9, "month"),
        fig("3.9 billion", 3.9e9, "DEM"),
    ),
    # a list of plain figures written alike shares the unit its first member gives
    row(
        "Copper exports fell to 61,250 tonnes in May from 64,410 in April and 58,975 a year earlier.",
        fig("61,250 tonnes", 61_250, "tonne"),
        fig("64,410", 64_410, "tonne"),
        fig("58,975", 58_975, "tonne"),
    ),
    row(
        "Wool exports were 3,412 tonnes to Japan, 2,870 to Italy and 1,905 to Taiwan.",
        fig("3,412 tonnes", 3_412, "tonne"),
        fig("2,870", 2_870, "tonne"),
        fig("1,905", 1_905, "tonne"),
    ),
    # ... not a figure written otherwise, nor one with a noun of its own
    row(
        "Exports rose to 61,250 tonnes in May and 12 in June.",
        fig("61,250 tonnes", 61_250, "tonne"),
        fig("12", 12),
    ),
    row(
        "Exports rose to 61,250 tonnes in May, and 4,100 ships sailed.",
        fig("61,250 tonnes", 61_250, "tonne"),
        fig("4,100", 4_100),
    ),
    # a plain figure takes the unit across a comparing cue only when the cue stands close before it
    row(
        "Regulators proposed a 225,000 dlr fine against the utility based on three earlier incidents.",
        fig("225,000 dlr", 225_000, "USD"),
        fig("three", 3),
    ),
    row(
        "Shares eased to 14.20 dlrs from an opening 14.60.",
        fig("14.20 dlrs", 14.2, "USD"),
        fig("14.60", 14.6, "USD"),
    ),
    # a scaled amount takes the unit of the last scaled amount past a percentage between them
    row(
        "Shipments were 677.8 mln dlrs, up 4.9 pct from the 645.9 mln shipped in January.",
        fig("677.8 mln dlrs", 677.8e6, "USD"),
        fig("4.9 pct", 4.9, "percent"),
        fig("645.9 mln", 645.9e6, "USD"),
    ),
    row(
        "The index stood at 166, up four pct from the 159 recorded a year ago.",
        fig("166", 166),
        fig("four pct", 4, "percent"),
        fig("159", 159),
    ),
    row(
        "Sales were 5 mln dlrs, up 4 pct from 4.8 mln units.",
        fig("5 mln dlrs", 5e6, "USD"),
        fig("4 pct", 4, "percent"),
        fig("4.8 mln", 4.8e6),
    ),
    row(
        "The deficit widened to 240 mln dlrs in March from 180 mln in February.",
        fig("240 mln dlrs", 240e6, "USD"),
        fig("180 mln", 180e6, "USD"),
    ),
    row(
        "Sales rose to 4.1 billion marks from 3.8 billion, and profit to 210 mln from 190 mln.",
        fig("4.1 billion marks", 4.1e9, "DEM"),
        fig("3.8 billion", 3.8e9, "DEM"),
        fig("210 mln", 210e6, "DEM"),  # a scaled figure in the same list of results: marks too
        fig("190 mln", 190e6, "DEM"),
    ),
    # "to A from B": wire copy leaves the old level's scale out, and B takes A's scale and unit
    row(
        "It raised its capital to 405 mln ringgit from 105.",
        fig("405 mln ringgit", 405e6, "MYR"),
        fig("105", 105e6, "MYR"),
    ),
    row(
        "Borrowing rose to 3.92 billion dlrs from 1.79 in the September quarter.",
        fig("3.92 billion dlrs", 3.92e9, "USD"),
        fig("1.79", 1.79e9, "USD"),
    ),
    row(  # ... not when the figure counts something of its own, nor without a scale to leave out
        "It rose to 5 mln dlrs from 105 shares.", fig("5 mln dlrs", 5e6, "USD"), fig("105", 105, "")
    ),
    row("The index rose to 1,234.5 from 1,200.", fig("1,234.5", 1234.5, ""), fig("1,200", 1200, "")),
    row(
        "Net free reserves were 644 mln dlrs a day, down from 1.34 billion two weeks earlier.",
        fig("644 mln dlrs", 644e6, "USD"),
        fig("1.34 billion", 1.34e9, "USD"),
        fig("two weeks", 2, "week"),
    ),
    row(
        "It forecast a net loss of 15 billion yen against a 3.98 billion loss a year earlier.",
        fig("15 billion yen", 15e9, "JPY"),
        fig("3.98 billion", 3.98e9, "JPY"),
    ),
    row(  # not the currency of a bracketed conversion
        "Net income was 4.3bn rupees ($98m; £52m), against 2.7bn a year earlier.",
        fig("4.3bn rupees", 4.3e9, "INR"),
        fig("$98m", 98e6, "USD"),
        fig("£52m", 52e6, "GBP"),
        fig("2.7bn", 2.7e9),
    ),
    row(
        "Reserves fell 900 mln stg to 21.3 billion. Gold holdings were 1.2 billion.",
        fig("900 mln stg", 900e6, "GBP"),
        fig("21.3 billion", 21.3e9),
        fig("1.2 billion", 1.2e9),
    ),
    row(
        "Deposits grew by 3.2 billion guilders in the quarter to reach 88.5 billion.",
        fig("3.2 billion guilders", 3.2e9, "NLG"),
        fig("88.5 billion", 88.5e9, "NLG"),
    ),
    row(
        "Imports were 6.1 billion dlrs. Exports were 5.2 billion against 4.9 billion.",
        fig("6.1 billion dlrs", 6.1e9, "USD"),
        fig("5.2 billion", 5.2e9, "USD"),
        fig("4.9 billion", 4.9e9, "USD"),
    ),
    row(
        "Offers stood at 410 crowns against 395 a week ago.",
        fig("410 crowns", 410, "SEK"),
        fig("395", 395, "SEK"),
    ),
    row(
        "Inflation eased to 2.4 pct in June from 2.7.",
        fig("2.4 pct", 2.4, "percent"),
        fig("2.7", 2.7, "percent"),
    ),
    row("It paid 8 mln dlrs for 2 mln shares.", fig("8 mln dlrs", 8e6, "USD"), fig("2 mln", 2e6)),
    row(
        "The index lost 1.5 pct to 1,208 from 1,226.",
        fig("1.5 pct", 1.5, "percent"),
        fig("1,208", 1_208),
        fig("1,226", 1_226),
    ),
    row("Each share costs 30 dlrs and 120 staff remain.", fig("30 dlrs", 30, "USD"), fig("120", 120)),
    # "from A to B" after a verb of change a few words back is a change, two figures
    row(
        "It would raise the pension age for council workers from 60 to 65.",
        fig("60", 60),
        fig("65", 65),
    ),
    # a from-to pair is in one unit, a duration's too
    row("She backs a limit from 24 weeks to 20.", fig("24 weeks", 24, "week"), fig("20", 20, "week")),
    row("Fares went from 3 dlrs to 5.", fig("3 dlrs", 3, "USD"), fig("5", 5, "USD")),
    row("He served 24 weeks to 2019.", fig("24 weeks", 24, "week")),  # not a pair: no "from"
    row("It rose 2 pct to 1,208.", fig("2 pct", 2, "percent"), fig("1,208", 1_208)),
    # a wire earnings table: its money rows are in the per-share row's currency
    row(
        "OSLO CORP <OSL> 4TH QTR NET\n\nMIAMI, March 3 - Shr 12 cts vs 10 cts\n\nNet 337,000 vs 235,000\n\n"
        "Revs 12.1 mln vs 7,709,000\n\nAvg shrs 2,935,734 vs 2,000,000\n\nNet loss 12,000 vs profit 3,000",
        fig("12 cts", 0.12, "USD"),
        fig("10 cts", 0.10, "USD"),
        fig("337,000", 337_000, "USD"),
        fig("235,000", 235_000, "USD"),
        fig("12.1 mln", 12.1e6, "USD"),
        fig("7,709,000", 7_709_000, "USD"),
        fig("2,935,734", 2_935_734),
        fig("2,000,000", 2_000_000),
        fig("12,000", 12_000, "USD"),
        fig("3,000", 3_000, "USD"),
    ),
    row(
        "TORONTO, March 3 - Shr 12 cts vs 10 cts\n\nNet 337,000 vs 235,000",
        fig("12 cts", 0.12, "CAD"),
        fig("10 cts", 0.10, "CAD"),
        fig("337,000", 337_000, "CAD"),
        fig("235,000", 235_000, "CAD"),
    ),
    row("Net 337,000 vs 235,000 were reported.", fig("337,000", 337_000), fig("235,000", 235_000)),
    # tables in yen and pence: the share row's currency, a yen table with no "mln" or "dlrs" too; a row's
    # last figure ends its line and takes the unit of the figure before it
    row(
        "OSAKA, June 1 - Year to March 31\n\nGroup shr 12.50 yen vs 10.20\n\n"
        "Net 21.16 billion vs 19.96 billion\n\nCurrent 45.2 billion vs 32.9 billion",
        fig("12.50 yen", 12.5, "JPY"),
        fig("10.20", 10.2, "JPY"),
        fig("21.16 billion", 21.16e9, "JPY"),
        fig("19.96 billion", 19.96e9, "JPY"),
        fig("45.2 billion", 45.2e9, "JPY"),
        fig("32.9 billion", 32.9e9, "JPY"),
    ),
    # a Johannesburg table's "cts" are rand cents: its money rows are in rand (the share row's own
    # "cts" still read as US cents, as any "cts" in a story: a known gap, not the wanted reading)
    row(
        "JOHANNESBURG, March 5 - Year to Feb 28\n\nShr 1,700.3 cts vs 1,533.0\n\nNet 373.3 mln vs 336.5 mln",
        fig("1,700.3 cts", 17.003, "USD"),
        fig("1,533.0", 1533.0, "USD"),
        fig("373.3 mln", 373.3e6, "ZAR"),
        fig("336.5 mln", 336.5e6, "ZAR"),
    ),
    row(
        "LONDON, March 1 - Year to Dec 31\n\nShr fully diluted 37.2p vs 34.3p\n\nTax 27.25 mln vs 27.42 mln"
        "\n\nMinority interest 986,000 debit vs 124,000 credit",
        fig("37.2p", 0.372, "GBP"),
        fig("34.3p", 0.343, "GBP"),
        fig("27.25 mln", 27.25e6, "GBP"),
        fig("27.42 mln", 27.42e6, "GBP"),
        fig("986,000", 986_000, "GBP"),
        fig("124,000", 124_000, "GBP"),
    ),
    # a share price in wire copy is in dollars and eighths; a bond's eighths are a percentage of par
    row(
        "NEW YORK, April 1 - The deal is worth 40 mln dlrs.\n\nAcme's stock climbed 5-3/8 to 40-1/8.",
        fig("40 mln dlrs", 40e6, "USD"),
        fig("5-3/8", 5.375, "USD"),
        fig("40-1/8", 40.125, "USD"),
    ),
    row(
        "NEW YORK, April 1 - The deal is worth 40 mln dlrs.\n\nThe bonds were priced at 101-1/4.",
        fig("40 mln dlrs", 40e6, "USD"),
        fig("101-1/4", 101.25),
    ),
    # ... a move right after a company's name (and its ticker) prices its stock, with no word for it
    row(
        "NEW YORK, April 1 - The deal is worth 40 mln dlrs.\n\nHalvor Corp <HLV> gained 1-5/8 to 37-1/8 "
        "and Norvex Inc slid 3/8.",
        fig("40 mln dlrs", 40e6, "USD"),
        fig("1-5/8", 1.625, "USD"),
        fig("37-1/8", 37.125, "USD"),
        fig("3/8", 0.375, "USD"),
    ),
    row(
        "TORONTO, April 1 - The deal is worth 40 mln dlrs.\n\nTalmar closed 1-3/8 lower at 19-3/8.",
        fig("40 mln dlrs", 40e6, "CAD"),
        fig("1-3/8", 1.375, "CAD"),
        fig("19-3/8", 19.375, "CAD"),
    ),
    # ... in U.S. dollars on a U.S. market, whatever the dateline; "firmed" and "won" move a share too
    row(
        "TORONTO, April 1 - Halvor rose 1/4 to 1-1/8 on the American Stock Exchange.\n\n"
        "Norvex firmed 3/8 to 20-1/4. The deal is worth 40 mln dlrs.",
        fig("1/4", 0.25, "USD"),
        fig("1-1/8", 1.125, "USD"),
        fig("3/8", 0.375, "CAD"),
        fig("20-1/4", 20.25, "CAD"),
        fig("40 mln dlrs", 40e6, "CAD"),
    ),
    row(
        "NEW YORK, April 1 - The deal is worth 40 mln dlrs.\n\nThe 7-1/4 pct notes fell 1/16 to 99-20/32.",
        fig("40 mln dlrs", 40e6, "USD"),
        fig("1/16", 0.0625),
        fig("99-20/32", 99.625),
    ),
]

# Counts beside names with numbers: the name is no figure, the count still is.
COUNTS_BESIDE_NAMES = [
    row("Airlines ordered 40 jets and the 3 models sold out.", fig("40", 40), fig("3", 3)),
    row(
        "The 1500 metres of track were relaid; a 1000 mph car.",  # "the 1500 metres record" names an event
        fig("1500 metres", 1500, "m"),
        fig("1000 mph", 1000, "mph"),
    ),
    row("The S&P 500 rose 12 points and the FTSE 100 and 250 fell.", fig("12 points", 12, "point")),
    row("HEADLINE SHOOTING Three people were held.", fig("Three", 3)),
    row("Five unions will meet on BBC Two.", fig("Five", 5)),
    row("Only 6 of the 747 fleet flew.", fig("Only 6", 6)),
]

# Points of an index or a rate: "the Dow fell 34 points", "a 2,333-point index", "50 basis points".
POINTS = [
    # points beside a percentage they move are percentage points; an index's points are not
    row(
        "The load factor rose two points to 51.9 pct.",
        fig("two points", 2, "percentage point"),
        fig("51.9 pct", 51.9, "percent"),
    ),
    row(
        "The index rose 34 points, or 1.5 pct, to 2,100.",
        fig("34 points", 34, "point"),
        fig("1.5 pct", 1.5, "percent"),
        fig("2,100", 2_100),
    ),
    row(
        "The Nikkei ended up 0.7% at 11,740.60 points.",
        fig("0.7%", 0.7, "percent"),
        fig("11,740.60 points", 11_740.60, "point"),
    ),
    row("The Dow fell 41.5 points.", fig("41.5 points", 41.5, "point")),
    row("The index closed up 1 point.", fig("1 point", 1, "point")),
    row(
        "It is a modest move for a 2,333-point index.",
    ),
    row("The central bank cut rates by 75 basis points.", fig("75 basis points", 75, "basis point")),
    row(
        "The index rose 1.2 points to 240.6.",
        fig("1.2 points", 1.2, "point"),
        fig("240.6", 240.6),
    ),
    row("At one point the talks stalled.", fig("one", 1)),
    row("Its lead grew 2 percentage points.", fig("2 percentage points", 2, "percentage point")),
]

# A bare "pounds" weighs something after a weight word, before "of" and a material, and in a report
# that writes sterling "stg"; elsewhere it is sterling.
POUNDS = [
    row("The satellite weighs 1,200 pounds.", fig("1,200 pounds", 1_200, "pound")),
    row("Agents seized 800 pounds of cocaine.", fig("800 pounds", 800, "pound")),
    row("The plant makes 60 mln pounds of resin a year.", fig("60 mln pounds", 60e6, "pound")),
    row(
        "The mill buys 3 mln pounds, pays 2 mln stg.",
        fig("3 mln pounds", 3e6, "pound"),
        fig("2 mln stg", 2e6, "GBP"),
    ),
    row("The fine was 500 pounds.", fig("500 pounds", 500, "GBP")),
    row(
        "The parcel weighed 4 pounds; postage cost 9 pounds.",
        fig("4 pounds", 4, "pound"),
        fig("9 pounds", 9, "GBP"),
    ),
    row("It cost millions of pounds of public money.", vague("millions of pounds", 1e6, 9.99e6, "GBP")),
    row("DUBLIN, May 3 - The state raised 300 mln pounds.", fig("300 mln pounds", 300e6, "IEP")),
    row("Calves gained 14 lbs and 6 lb.", fig("14 lbs", 14, "pound"), fig("6 lb", 6, "pound")),
]

# One person's age is a claim, in years; a bracket of ages names a group and is none.
AGES = [
    row("The 19-year-old striker signed on Friday.", fig("19-year-old", 19, "year")),
    row("A nine-year-old girl was rescued.", fig("nine-year-old", 9, "year")),
    row("The driver is 58 years old.", fig("58 years old", 58, "year")),
    row("Maria Lund, 44, a nurse, was hurt.", fig("44", 44, "year")),
    row("Singer Tom Hale,27, left early.", fig("27", 27, "year")),
    row("A woman aged 81 died.", fig("81", 81, "year")),
    row("Voters aged 18 to 24 stayed home."),
    row("Pell scored 12 points at the age of 30.", fig("12 points", 12, "point"), fig("30", 30, "year")),
]

# A hyphenated compound is a modifier ("a 10-storey block"), unless its noun counts: "strong", "count".
COUNT_COMPOUNDS = [
    row("He faces a 17-count indictment.", fig("17", 17)),
    row("Prosecutors filed a three-count complaint.", fig("three", 3)),
    row("A 5,000-strong crowd gathered.", fig("5,000", 5_000)),
    row("They live in a 12-storey block."),
    row("It was a 30-page report."),
    # ... or it gives a sentence's, a ban's or a contract's length or a majority's size (a claim)
    row("He was given a 10-month jail term.", fig("10-month", 10, "month")),
    row("She is serving a nine-year sentence.", fig("nine-year", 9, "year")),
    row("The club signed a 15-year contract.", fig("15-year", 15, "year")),
    row("Labour defends a 10,000-vote majority.", fig("10,000", 10_000)),
    row("A two-year study of 30 firms ended.", fig("30", 30)),
    row("Four or five-year-old computers are slow.", rng("Four or five", 4, 5)),
]

TABLES = {
    "vague": VAGUE,
    "range": RANGES,
    "change": CHANGES,
    "list": LISTS,
    "fraction": FRACTIONS,
    "spelled": SPELLED,
    "separator": SEPARATORS_AND_SIGNS,
    "indian": INDIAN,
    "bound verb": BOUND_VERBS,
    "unit": UNITS,
    "currency": CURRENCIES,
    "wire money": WIRE_MONEY,
    "carried unit": CARRIED,
    "points": POINTS,
    "counts beside names": COUNTS_BESIDE_NAMES,
    "pounds": POUNDS,
    "age": AGES,
    "count compound": COUNT_COMPOUNDS,
}
ROWS = [(kind, r) for kind, rows in TABLES.items() for r in rows]


def _close(got: float | None, want: float | None) -> bool:
    if want is None or got is None:
        return got is want
    return got == pytest.approx(want, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize(("kind", "case"), ROWS, ids=[f"{k}: {r.sentence}" for k, r in ROWS])
def test_number_form(kind: str, case: Row) -> None:
    got = find_numbers(case.sentence)
    read = [(m.text, m.value, m.unit, m.qualifier, m.low, m.high) for m in got]
    assert len(got) == len(case.figures), f"{kind}: {case.sentence!r} gave {read}"
    for m, want in zip(got, case.figures, strict=True):
        assert m.text == want.text, f"{case.sentence!r}: {read}"
        assert _close(m.value, want.value), f"{case.sentence!r}: value {m.value} != {want.value}"
        assert (m.unit, m.qualifier) == (want.unit, want.qualifier), f"{case.sentence!r}: {read}"
        assert _close(m.low, want.low) and _close(m.high, want.high), f"{case.sentence!r}: {read}"


@pytest.mark.parametrize(("kind", "case"), ROWS, ids=[f"{k}: {r.sentence}" for k, r in ROWS])
def test_spans_index_the_sentence(kind: str, case: Row) -> None:
    for m in find_numbers(case.sentence):
        assert case.sentence[m.start : m.end] == m.text
        assert m.start <= m.core_start < m.core_end <= m.end


def test_every_dateline_currency_has_a_family() -> None:
    """A dateline's currency stands in for a bare name only within its family ("dlrs" in Sydney)."""
    from workbench.lexicon.currencies import DATELINE_CURRENCIES, FAMILIES, FAMILY_OF

    for city, code in DATELINE_CURRENCIES.items():
        assert FAMILY_OF.get(code) in FAMILIES, f"{city}: {code} has no family"
