"""Number words, hedges and units."""

from __future__ import annotations

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
        "fourty": 40}  # (a common misspelling: "One hundred and fourty-four passengers")
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
          "mln": 1_000_000, "bln": 1_000_000_000,  # news agencies' abbreviations: "12.4 mln voters", "$2 bln"
          # Indian English scales after digits: "1.75 lakh pilgrims" is 175,000, "3 crore voters" 30 million
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
# Count words multiply the number before them: "a dozen" is 12, "two dozen" 24, "2 dozen" 24.
COUNT_WORDS = {"dozen": 12}
# Fractions of the count word or scale after them: "half a dozen" is 6, "half a million" 500,000, "a quarter of a
# million" 250,000, "three quarters of a million" 750,000, "two thirds of a million".
FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}
# Words that count the fraction after them: "a quarter of", "three quarters of", "two thirds of".
FRACTION_COUNTS = ("a", "one", "two", "three")
# The part after a whole number in a mixed number: "22 and a half", "22-and-a-half", "2½", "22 1/2".
PART_WORDS = {"half": 0.5, "quarter": 0.25}
PART_SIGNS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
# Words before a count word that leave no exact number: "a few dozen", "several dozen", "a couple of
# dozen". A plural count word is vague too ("dozens of", "scores of"), so it is not in COUNT_WORDS, and
# neither is "score": in news "a score of" is far more often a game's result than twenty.
VAGUE_QUANTIFIERS = ("few", "several", "many", "couple")

# Words that hedge a number; shown in evidence, they do not widen the tolerance.
HEDGES = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "close to",
    "just over", "just under", "well over", "upwards of", "as many as", "nearly", "almost",
    "about", "around", "some", "over", "under", "roughly", "approximately", "approx",
    "an estimated", "estimated", "circa", "almost", "below", "above", "~", "≥", "≤", ">", "<",
    # a negated comparative turns the bound round: "no more than 60" is at most 60, "no less than 30" at least 30
    "no more than", "not more than", "no less than", "not less than", "no fewer than", "not fewer than",
)
HEDGE_WORDS = frozenset(w for h in HEDGES for w in h.split())  # each word of a hedge: "more", "than", "at", "least"

# Hedges that put the true number short of the one written ("nearly 25 years" is not 25 years): a value so
# hedged agrees within the fact's tolerance, but it is no exact statement of it (checks/verdict.py, decide).
SHORT_OF = ("nearly", "almost", "just under", "close to", "less than", "fewer than", "under", "below")

# Hedges that put the true number a little short of the one written, and how far short: "nearly 3,000" ("close to
# 3,000") states 2,900 (within NEAR_AGREES below it: agrees, loosely) but not 2,700 ("nearly 200" is no 171, "nearly $6 billion" no
# $5.5 billion: those differ); one coarse unit is rougher ("almost a week" holds six days, within NEAR_HOLDS_ONE: no
# conflict, no statement). Anything at or above the number differs.
NEAR_BELOW = ("nearly", "almost", "just under", "not quite", "close to")
NEAR_AGREES = 0.05
NEAR_HOLDS_ONE = 0.2

# Parts of ten, a hundred, a thousand, counted ("eleven-hundredths of a second", "3 tenths of a point"): the divisor
DECIMAL_PARTS = {"tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000}
# Words naming a part of a whole before "of": "more than half of the $4.4 million ransom" (the amount is the whole).
FRACTION_WORDS = ("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "fraction",
                  "portion")  # not "majority": "a majority of 174" is the majority's size
# Words of a vague part, before "of" and a whole written as a number ("hundreds of its 750 employees", "most of the 40
# seats"): that number is the whole.
VAGUE_PARTS = ("hundreds", "thousands", "dozens", "scores", "millions", "most", "many", "several", "some", "all",
               "none", "few")
# Words by which a term's own clause counts for itself ("the blast injured many"): a figure standing apart from that
# clause is no count of the term's (judge.only_value).
OWN_COUNT_WORDS = frozenset(VAGUE_PARTS) | {"more", "fewer", "numerous", "countless", "dozen", "everyone", "everybody",
                                               "nobody", "anyone"}

# Words naming a scale whose rank is written after them ("a Category 4 hurricane", "Level 3 alert", "Phase 2"): the
# number is a rank on that scale, not part of a name and no count of the noun after it.
SCALE_WORDS = {"category", "level", "phase", "stage", "grade", "force", "tier", "class"}

# Hedges that make a number one end of an open range: "more than $300 million" holds $325 million, "up to 40" holds 12.
# A fact's value inside such a bound is no conflict, and no statement of it either (checks/verdict.py,
# compare_number); outside it, a difference.
# Verbs whose object is a length of time: "over" after them is "more than" ("waited over an hour"), not "during"
DURATION_VERBS = ("waited", "wait", "waits", "waiting", "lasted", "last", "lasts", "lasting", "took", "take", "takes",
                  "taking", "spent", "spend", "spends", "spending")
LOWER_BOUNDS = ("more than", "at least", "over", "well over", "just over", "upwards of", "above", "no less than",
                "not less than", "no fewer than", "not fewer than", "≥", ">")
UPPER_BOUNDS = ("less than", "fewer than", "at most", "up to", "under", "just under", "below", "no more than",
                "not more than", "≤", "<")

# Services numbered by a name's number: four digits right after one are no year ("Gol flight 1907", "Train 2012").
SERVICE_NOUNS = ("flight", "train", "bus", "route")

# Words after a count that make it a rate ("1,000 units daily", "5,000 barrels a day"): no total.
RATE_WORDS = ("daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "a day", "per day", "each day",
              "every day", "a night", "per night", "a week", "per week", "each week", "every week", "a month",
              "per month", "each month", "every month", "a year", "per year", "each year", "every year", "an hour",
              "per hour", "every hour", "a minute", "per minute", "a second", "per second", "per capita",
              "per person", "a head", "per head", "a decade", "per decade", "each decade", "every decade")
# Words between a definite determiner and a count that pick the rest of a group: "the remaining 12 boys" are some
# of the boys. Not "first"/"last": "the first five images" may be the very batch a fact counts.
SUBSET_WORDS = ("other", "remaining", "rest of the")
# Words hyphen-joined after a number that make it rough, no unit ("40-odd passengers", "1,000-plus deaths").
APPROXIMATE_SUFFIXES = {"odd", "plus", "something", "ish"}
# Nouns of a title won after a multiplier ("a 20-time Grand Slam champion", "a three-time Olympic medallist"): the
# count is how many times it was won; no office ("a two-time prime minister" held it twice, no rank or count of it)
WON_TITLES = frozenset({"champion", "champions", "winner", "winners", "medallist", "medallists", "medalist",
                        "medalists", "titleholder", "laureate"})
# Units that count titles ("titles", "crowns"): a fact listing one counts what "N-time ... champion" counts
TITLE_UNITS = WON_TITLES | {"title", "titles", "crown", "crowns", "championship", "championships"}
# Words right after a count that make it a count of some beside others already counted: "two other men", "three more
# bodies", "two additional suspects", "four further arrests".
MORE_WORDS = ("other", "more", "additional", "further", "extra")  # not "new": "built 300 new homes" is a total
# Words right after a count that narrow it to the foremost of a group ("the three main contenders among 38
# candidates"): a part of it, not the whole.
NARROWING_WORDS = ("main", "leading", "major", "principal", "frontrunning")

# Words right before a number that make it an age in years: "died aged 96", "at age 40", "at the age of 7".
AGE_OPENERS = ("aged", "at age", "age of", "aged between", "aged from")  # (a range of ages: "aged between 22 months and three years")
# Verbs of dying before "at" and a bare number: the number is the age at death ("Gorbachev died at 91.").
DIED_AT_VERBS = ("died", "dies", "die", "dying", "passed away", "passes away", "pass away")
# How an age is written after its number ("a 25-year-old coach", "38 years old", "11 years of age").
AGE_SUFFIXES = ("-year-old", " years old", "-years-old", " years-old", " year old", "-year old", "-month-old",
                " months old", " years of age")

# Units that convert: word -> (dimension, size in the dimension's base unit).
UNITS = {
    "second": ("time", 1 / 86_400), "seconds": ("time", 1 / 86_400), "sec": ("time", 1 / 86_400),
    "minute": ("time", 1 / 1_440), "minutes": ("time", 1 / 1_440), "min": ("time", 1 / 1_440),
    "mins": ("time", 1 / 1_440),
    "hour": ("time", 1 / 24), "hours": ("time", 1 / 24), "hr": ("time", 1 / 24), "hrs": ("time", 1 / 24),
    "day": ("time", 1), "days": ("time", 1), "week": ("time", 7), "weeks": ("time", 7),
    "fortnight": ("time", 14), "month": ("time", 30.4375), "months": ("time", 30.4375),
    "year": ("time", 365.25), "years": ("time", 365.25), "decade": ("time", 3652.5),
    "decades": ("time", 3652.5), "century": ("time", 36525), "centuries": ("time", 36525),
    "millimetre": ("length", 0.001), "millimeter": ("length", 0.001), "mm": ("length", 0.001),
    "millimetres": ("length", 0.001), "millimeters": ("length", 0.001),
    "centimetre": ("length", 0.01), "centimeter": ("length", 0.01), "cm": ("length", 0.01),
    "centimetres": ("length", 0.01), "centimeters": ("length", 0.01),
    "metre": ("length", 1), "meter": ("length", 1), "metres": ("length", 1), "meters": ("length", 1),
    "m": ("length", 1), "kilometre": ("length", 1000), "kilometer": ("length", 1000),
    "kilometres": ("length", 1000), "kilometers": ("length", 1000), "km": ("length", 1000),
    "kms": ("length", 1000), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "ft": ("length", 0.3048), "inch": ("length", 0.0254), "inches": ("length", 0.0254),
    "yard": ("length", 0.9144), "yards": ("length", 0.9144), "mile": ("length", 1609.344),
    "miles": ("length", 1609.344), "nautical mile": ("length", 1852), "nautical miles": ("length", 1852),
    # a light-year is a length, no span of time ("out to 10 billion light-years")
    "light year": ("length", 9.4607e15), "light years": ("length", 9.4607e15),
    "square kilometre": ("area", 1e6), "square kilometer": ("area", 1e6),
    "square kilometres": ("area", 1e6), "square kilometers": ("area", 1e6), "sq km": ("area", 1e6),
    "km2": ("area", 1e6), "square mile": ("area", 2.589988e6), "square miles": ("area", 2.589988e6),
    "hectare": ("area", 1e4), "hectares": ("area", 1e4), "ha": ("area", 1e4),
    "square metre": ("area", 1), "square meter": ("area", 1), "square metres": ("area", 1),
    "square meters": ("area", 1), "square foot": ("area", 0.09290304), "square feet": ("area", 0.09290304),
    "sq m": ("area", 1), "sq ft": ("area", 0.09290304), "sq feet": ("area", 0.09290304),
    "sq mi": ("area", 2.589988e6), "sq miles": ("area", 2.589988e6), "sq metres": ("area", 1), "sq meters": ("area", 1),
    "m2": ("area", 1), "acre": ("area", 4046.8564224), "acres": ("area", 4046.8564224),
    "cubic metre": ("volume", 1), "cubic meter": ("volume", 1), "cubic metres": ("volume", 1),
    "cubic meters": ("volume", 1), "m3": ("volume", 1), "cubic feet": ("volume", 0.028316846592),
    "cubic foot": ("volume", 0.028316846592), "cubic kilometre": ("volume", 1e9), "cubic kilometres": ("volume", 1e9),
    "cubic kilometer": ("volume", 1e9), "cubic kilometers": ("volume", 1e9),
    "litre": ("volume", 0.001), "litres": ("volume", 0.001), "liter": ("volume", 0.001), "liters": ("volume", 0.001),
    "milligram": ("mass", 1e-6), "milligrams": ("mass", 1e-6), "mg": ("mass", 1e-6),
    "gram": ("mass", 0.001), "grams": ("mass", 0.001), "gramme": ("mass", 0.001), "grammes": ("mass", 0.001),
    "kilogramme": ("mass", 1), "kilogrammes": ("mass", 1),  # (no bare "g": "a 5G phone")
    "kilogram": ("mass", 1), "kilograms": ("mass", 1), "kg": ("mass", 1), "tonne": ("mass", 1000),
    "tonnes": ("mass", 1000), "ton": ("mass", 1000), "tons": ("mass", 1000),
    "pound": ("mass", 0.45359237), "pounds": ("mass", 0.45359237), "lb": ("mass", 0.45359237),
    "lbs": ("mass", 0.45359237),
    # speeds, in kilometres per hour ("km/h" is read as the words "km h"): a speed is no rate ("per hour")
    "km h": ("speed", 1), "kmh": ("speed", 1), "kph": ("speed", 1), "kmph": ("speed", 1), "km hr": ("speed", 1),
    "kilometres per hour": ("speed", 1), "kilometers per hour": ("speed", 1), "kilometre per hour": ("speed", 1),
    "kilometer per hour": ("speed", 1), "mph": ("speed", 1.609344), "miles per hour": ("speed", 1.609344),
    "mile per hour": ("speed", 1.609344), "knots": ("speed", 1.852), "knot": ("speed", 1.852),
    "metres per second": ("speed", 3.6), "meters per second": ("speed", 3.6), "m s": ("speed", 3.6),
}

# "Ton" beside pounds may be the short ton (2,000 pounds, American usage) or the tonne (about 2,204.6): a fact in
# pounds reads the one nearest its value ("the 12-ton telescope" is 24,000 lb for a fact of 24,500); beside metric units
# it is read as the tonne (``UNITS``) (no long ton: 2,240 pounds would stretch "12 tons" to 28,000 lb)
TON_WORDS = frozenset({"ton", "tons"})
POUND_WORDS = frozenset({"pound", "pounds", "lb", "lbs"})
TON_IN_POUNDS = (2000, 1000 / 0.45359237)

# A count right before one of these counts the people on board ("all 67 aboard"), as "67 people aboard" would: read
# by a fact whose unit is one of PEOPLE_UNITS.
ABOARD_WORDS = {"aboard", "onboard", "on board"}
# Phrases of being in hospital, a state of the injured like "hospitalised" ("12 students were in the hospital").
IN_HOSPITAL = {"in hospital", "in the hospital", "in hospitals"}
PEOPLE_UNITS = {"people", "persons", "person", "souls", "individuals"}
# Plural nouns of a group of people a share or a rate is taken of ("6% of Remain voters", "one in three adults"): the
# share is of that group, not of a whole the fact counts.
SHARE_GROUPS = PEOPLE_UNITS | {"adults", "children", "men", "women", "voters", "supporters", "members", "residents",
                              "respondents", "workers", "employees", "patients", "students", "americans", "britons"}
# Plural nouns of people by their role or place: a count that leaves its noun out after one of these ("502 citizens
# died, 937 were injured") counts people too
# Plural nouns for people in general, no group of them: "all 189 souls on board" counts everyone on board.
EVERYONE_NOUNS = frozenset({"people", "persons", "souls", "individuals", "occupants"})
PEOPLE_NOUNS = frozenset({"citizens", "residents", "employees", "workers", "staff", "civilians", "villagers",
                          "passengers", "students", "pupils", "soldiers", "tourists", "shoppers", "customers", "miners",
                          "pilgrims", "fans", "spectators", "visitors", "guests", "patients", "inmates", "prisoners",
                          "hostages", "migrants", "refugees", "victims", "men", "women", "children", "adults",
                          "officers", "firefighters", "rescuers", "climbers", "hikers", "worshippers", "protesters"})
# Verbs of harm whose bare object counts people ("the attack killed 18", "killing at least 18 and wounding 13")
KILL_VERBS = frozenset({"killed", "kills", "kill", "killing", "murdered", "murdering", "gunned down", "gunning down",
                        "shot dead", "shooting dead"})
HARM_VERBS = KILL_VERBS | {"wounded", "wounds", "wounding", "injured", "injures", "injuring", "hurt", "hurting",
                           "stabbed", "stabbing"}
# Hedges that may stand between a verb of harm and its count ("killed at least 18")
HARM_HEDGES = ("at least", "more than", "over", "about", "some", "nearly", "almost", "around", "up to", "an estimated",
               # words of addition: "killing 49 people and wounding another 53", as "another 53 people" counts
               "another", "a further", "an additional")
# Units that count people, harmed or not: what such a bare object counts
HARMED_UNITS = frozenset({"victims", "dead", "deaths", "injured", "wounded", "casualties", "others", "fatalities",
                          "lives"})

# Capitalised words that may open a sentence right before a count and are no name: "Another 11 were taken to
# hospital", "Only 12 were" (not "Apollo 11 landed", a name's number).
COUNT_OPENERS = frozenset({"another", "some", "all", "only", "just", "nearly", "almost", "about", "around", "over",
                           "the", "those", "these", "and", "but"})
# Nouns a number counts: "1500 troops" is no year.
COUNTED_NOUNS = {"people", "persons", "troops", "soldiers", "men", "women", "children", "dead", "killed",
                 "injured", "casualties", "deaths", "victims", "homes", "buildings", "cases"}
# Ordinal words, derived from the cardinal ones: most add -th ("fourth"), a ten turns -y into -ieth
# ("twentieth"), these few change their stem. A compound puts the ones' ordinal after the ten ("twenty-first").
IRREGULAR_ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                      "nine": "ninth", "twelve": "twelfth"}
ORDINAL_WORDS = {IRREGULAR_ORDINALS.get(word) or (word[:-1] + "ieth" if word.endswith("y") else word + "th"): n
                 for word, n in {**ONES, **TENS}.items() if n}
# The days of a month as ordinal words ("the tenth of September", "the twenty-first of June"): a ten's cardinal then the
# ones' ordinal, hyphened or spaced, for 21 to 29 and 31.
DAY_ORDINALS = {**{word: n for word, n in ORDINAL_WORDS.items() if n <= 31},
                **{f"{ten}{sep}{word}": tens_n + n for ten, tens_n in (("twenty", 20), ("thirty", 30))
                   for word, n in ORDINAL_WORDS.items() if 1 <= n <= 9 and tens_n + n <= 31 for sep in ("-", " ")}}
# Endings of ordinal numerals: 1st, 2nd, 3rd, 4th (11th, 12th, 13th, 21st, 22nd ...).
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
# Ordinals that number the quarters of a year ("the third quarter", "3rd-quarter").
QUARTER_ORDINALS = {**{word: n for word, n in ORDINAL_WORDS.items() if n <= 4},
                    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# A fact's unit naming a percentage: "60%" (the sign is the unit) counts for it (written in lower case: "PC" is a
# computer).
PERCENT_UNITS = {"%", "percent", "per cent", "pc", "percentage"}
# The period a rate's word names: a claim's "a year" reads "per year" and "annually", never "a month".
RATE_PERIODS = {"year": "year", "years": "year", "annually": "year", "annual": "year", "yearly": "year",
                "month": "month", "months": "month", "monthly": "month", "week": "week", "weeks": "week",
                "weekly": "week", "day": "day", "days": "day", "daily": "day", "hour": "hour", "hourly": "hour"}
# Units of a temperature: a minus sign before a number in one of them makes it negative ("-190°C"); before other
# figures ("-3.2%") news means a fall
TEMPERATURE_UNITS = {"°c", "°f", "°", "c", "f", "degrees", "degree", "celsius", "fahrenheit"}
# Hedges that state a bound, not a value: "less than two weeks ago" names no week.
BOUNDS = ("more than", "less than", "fewer than", "at least", "at most", "up to", "over", "under", "within",
          "upwards of", "no more than", "no less than")

# Nouns that hold a count of what a fact counts: "the death toll rose to 2,900" counts the dead (a number with no
# unit of its own after such a noun is a count in the fact's unit).
TALLY_NOUNS = {"toll", "tally", "count", "total"}
# A toll counts the dead (or the harmed): read only by a fact whose words name them
TOLL_NOUNS = {"toll"}
DEATH_WORDS = {"died", "dead", "death", "deaths", "killed", "kill", "kills", "killing", "lives", "fatalities", "fatality",
               "victims", "bodies", "perished", "casualties", "toll", "injured", "injuries", "wounded"}
# Words of the harmed who live: a fact named only by them ("injured nearly 2,000 people") reads no "death toll"
INJURY_WORDS = {"injured", "injuries", "injury", "wounded", "hurt"}
# The noun before a toll that says whose it is: a "death toll" counts the dead only
DEATH_TOLL_WORDS = {"death", "deaths", "fatality", "fatalities"}

# A vote's tally, two counts joined by a dash or "to" ("passed 216-210", "a 216 to 210 vote"): after one of these
# verbs, or before one of these nouns, the first counts the votes for, the second the votes against.
VOTE_TALLY_VERBS = {"passed", "adopted", "approved", "rejected", "voted", "defeated", "carried", "failed", "confirmed",
                    "backed", "elected", "ratified", "overturned", "upheld"}
VOTE_TALLY_NOUNS = {"vote", "votes", "result", "decision", "margin", "majority", "split", "ruling", "verdict",
                    "tally", "count", "ballot"}
# ... but after these the tally's first count is the side against: no tally is read
VOTE_REJECTING = {"defeated", "rejected", "failed", "overturned", "voted down", "to reject", "to block", "against"}
# The units of a fact that counts votes
VOTE_UNITS = {"vote", "votes", "ballot", "ballots"}
# ... and the words of such a unit that make it count the votes against ("votes against", "opposing votes")
AGAINST_WORDS = {"against", "opposed", "opposing", "no", "nay", "nays"}
# The one who did it, named after "including" right after a count of the dead ("left seven people dead, including the
# attacker"): the count holds the perpetrator, so it states the victims one fewer too.
PERPETRATOR_NOUNS = {"gunman", "attacker", "shooter", "suspect", "bomber", "killer", "assailant", "perpetrator",
                     "hijacker"}
# Words a part's whole cannot run past before its owner's possessive: "108 of the lower house's 200 seats" counts seats,
# "30 of the fans outside the stadium's 4 gates" counts no gates.
PART_OWNER_STOPS = ("in", "on", "at", "of", "for", "from", "to", "with", "by", "and", "or", "near", "outside", "inside",
                    "during", "across", "into", "over", "under", "after", "before", "between", "among", "around", "through")
