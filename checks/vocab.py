"""Word tables, kept apart from the logic that uses them."""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Abbreviations that are also words ("may", "mar") only count as months next to a day or year.
AMBIGUOUS_MONTHS = {"may", "mar", "jun", "jul", "aug", "dec", "jan", "oct", "sep"}

# part of a month -> (first day, last day); 0 means the month's last day
MONTH_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
               "middle": (11, 20), "late": (21, 0), "end": (21, 0)}
# part of a year -> (first month, last month)
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "beginning": (1, 4), "end": (9, 12)}
# northern meteorological seasons -> (first month, last month); winter runs into the next year
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
SEASON_LABELS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
COUNT_WORDS = {"dozen": 12, "dozens": 12, "half": 0.5, "a couple of": 2}

# Words that hedge a number; shown in evidence, they do not widen the tolerance.
HEDGES = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "close to",
    "just over", "just under", "well over", "upwards of", "as many as", "nearly", "almost",
    "about", "around", "some", "over", "under", "roughly", "approximately", "approx",
    "an estimated", "estimated", "circa", "almost", "below", "above", "~",
)

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
    "centimetre": ("length", 0.01), "centimeter": ("length", 0.01), "cm": ("length", 0.01),
    "metre": ("length", 1), "meter": ("length", 1), "metres": ("length", 1), "meters": ("length", 1),
    "m": ("length", 1), "kilometre": ("length", 1000), "kilometer": ("length", 1000),
    "kilometres": ("length", 1000), "kilometers": ("length", 1000), "km": ("length", 1000),
    "kms": ("length", 1000), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "ft": ("length", 0.3048), "inch": ("length", 0.0254), "inches": ("length", 0.0254),
    "yard": ("length", 0.9144), "yards": ("length", 0.9144), "mile": ("length", 1609.344),
    "miles": ("length", 1609.344), "nautical mile": ("length", 1852), "nautical miles": ("length", 1852),
    "square kilometre": ("area", 1e6), "square kilometer": ("area", 1e6),
    "square kilometres": ("area", 1e6), "square kilometers": ("area", 1e6), "sq km": ("area", 1e6),
    "km2": ("area", 1e6), "square mile": ("area", 2.589988e6), "square miles": ("area", 2.589988e6),
    "hectare": ("area", 1e4), "hectares": ("area", 1e4),
    "kilogram": ("mass", 1), "kilograms": ("mass", 1), "kg": ("mass", 1), "tonne": ("mass", 1000),
    "tonnes": ("mass", 1000), "ton": ("mass", 1000), "tons": ("mass", 1000),
    "pound": ("mass", 0.45359237), "pounds": ("mass", 0.45359237), "lb": ("mass", 0.45359237),
    "lbs": ("mass", 0.45359237),
}

# Words that open a new clause: a value on one side of them does not describe a term on the other.
CLAUSE_OPENERS = {
    "before", "after", "until", "till", "when", "whenever", "while", "whereas", "although", "though",
    "because", "since", "unless", "once", "but", "which", "who", "whom", "whose", "that", "where",
    "however", "yet", "whilst", "as well as", "meanwhile", "then", "why", "how", "whether", "despite",
}
# Verbs that report speech: the date of saying is not the date of what was said.
REPORTING_VERBS = {
    "said", "says", "say", "told", "announced", "announces", "stated", "states", "reported",
    "reports", "added", "noted", "wrote", "tweeted", "explained", "insisted", "claimed", "argued",
    "recalled", "underlined", "stressed",
}

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cpt",
    "sgt", "adm", "cmdr", "maj", "rev", "jr", "sr", "no", "nos", "vs", "v", "etc", "inc", "ltd",
    "co", "corp", "dept", "est", "fig", "approx", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    "pres", "gen", "sec", "atty", "supt", "hon",
}

# Lower-case words that may stand inside a proper name ("Bashar al-Assad", "Charles de Gaulle").
NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "du",
                  "of", "and"}

WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}

# Words right after a measurement that say what it measures ("1,600 feet away", "3,810 metres
# underwater"): such a number belongs to the fact only if an about-term follows in that phrase.
MEASURE_QUALIFIERS = {"away", "from", "off", "long", "deep", "high", "tall", "wide", "underwater",
                      "below", "beneath", "above", "across", "apart", "offshore", "inland", "down",
                      "up", "south", "north", "east", "west", "southeast", "southwest", "northeast",
                      "northwest"}

# Nouns whose "on X" / "about X" names a topic: in "talks on the ceasefire on 9 November"
# the date is the talks', not the ceasefire's.
TOPIC_NOUNS = {"update", "updates", "report", "reports", "news", "talks", "talk", "statement", "statements",
               "comments", "comment", "remarks", "debate", "discussion", "discussions", "briefing",
               "question", "questions", "story", "stories", "article", "articles", "coverage", "hearing",
               "conference", "meeting", "negotiations", "consultations", "vote", "resolution", "book",
               "documentary", "series", "podcast", "blog", "thread", "poll", "survey", "study", "inquiry"}
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding", "concerning"}

# Words that put a clause in the future: a bare weekday or month there is the coming one
# ("the team will leave on Thursday", "a summit set for April").
FUTURE_CUES = ("will", "would", "'ll", "shall", "going to", "expect", "expects", "expected", "scheduled", "plans to",
               "plan to", "intends to", "intend to", "aims to", "hopes to", "hope to",
               "planned for", "slated for", "is due", "are due", "due to be", "due on", "set for", "set to", "is to",
               "are to", "upcoming", "coming", "as soon as", "as early as", "postponed until", "postponed to",
               "take effect", "takes effect", "take place", "takes place",
               # the present of a schedule: "the trial begins Monday", "ministers meet on Friday"
               "begins", "starts", "opens", "reopens", "closes", "ends", "resumes", "meet", "meets", "hosts",
               "host", "await", "awaits", "go to the polls", "kicks off", "is open", "are open")
# Words right before a date that make it a coming one ("payable Dec. 7", "the deadline is Friday").
FUTURE_BEFORE = ("payable", "effective", "starting", "beginning", "is", "are", "expected", "scheduled", "due",
                 "slated")
# Words right before a date that make it a coming one when no past verb is near ("open until Sunday").
DEADLINE_BEFORE = ("until", "till", "through", "by")
# Forms of "to be" that make the participle after them passive, not past ("elections are held").
PASSIVE_AUXILIARIES = ("is", "are", "be", "been", "being", "am", "'s", "'re")
# Words before an -ed word that make it an adjective ("the revised rules").
DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these", "those", "newly")
# Past forms without -ed, and words that only describe the past.
PAST_CUES = ("was", "were", "had", "did", "told", "said", "went", "came", "took", "gave", "made", "left", "met",
             "began", "fell", "rose", "won", "lost", "saw", "found", "got", "held", "led", "ran", "sent", "spent",
             "struck", "thought", "became", "ago", "last", "sold", "paid", "bought", "brought", "fought", "caught",
             "sought", "wrote", "spoke", "broke", "chose", "drove", "flew", "grew", "knew", "threw", "drew", "shot",
             "kept", "felt", "meant", "built", "stood", "withdrew", "stole", "froze", "sank", "hid", "fled", "dealt")
# Words in -ed that are no past tense.
NOT_PAST = ("need", "seed", "speed", "hundred", "proceed", "exceed", "succeed", "feed", "breed", "bleed", "indeed",
            "deed", "shed", "bed", "red", "wed", "embed", "sacred", "naked", "wicked", "kindred", "beloved")
# Words that end a clause for tense: "Since the decision was announced Wednesday, they will appeal".
TENSE_BREAKS = ("and", "but", "when", "while", "after", "before", "because", "which", "who", "that", "since",
                "saying", "although", "though", "whereas")
# Prepositions that make a date a target rather than the time of the verb ("was extended to Nov. 16").
TARGET_PREPOSITIONS = ("to", "until", "till", "through", "thru")

# Holidays news dates things by. A fixed day is (month, day); a movable one is (month, weekday,
# n) for the n-th such weekday of the month (n = -1: the last); "easter" is computed. Names that
# many countries give to different days (Independence Day, Memorial Day) are left out.
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "the fourth of july": (7, 4), "halloween": (10, 31),
    "veterans day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4), "labor day": (9, 0, 1),
    "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3),
    "election day": (11, 1, "election"),  # the Tuesday after the first Monday of November
    "easter sunday": "easter", "easter": "easter", "good friday": "good friday",
}

# Words of business and the economy: in a sentence with one of them, "a year ago" is the quarter
# in focus a year before.
RESULTS_WORDS = ("profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "earnings", "earned",
                 "income", "net", "results", "dividend", "margin", "margins", "eps", "turnover", "shipments",
                 "economy", "gdp", "growth", "grew", "fiscal", "quarterly", "output", "inflation", "company",
                 "companies", "firm", "bank", "shares", "deliveries", "orders", "production", "unemployment",
                 "spending", "deal", "report", "reported", "forecast", "expects", "charge", "charges", "expense",
                 "expenses", "interest", "million", "billion", "cents", "quarter")

# Words before "of the year" that make it an award's title ("player of the year").
AWARD_WORDS = ("player", "person", "man", "woman", "car", "book", "album", "song", "record", "team", "coach",
               "manager", "goal", "film", "artist", "entertainer", "athlete", "rookie", "word", "teacher")
# Words that make a weekday part of a name: "Black Monday", "Super Tuesday", "Palm Sunday".
NAMED_DAYS = ("black", "cyber", "super", "bloody", "ash", "palm", "holy", "maundy", "blue", "giving", "shrove",
              "whit", "fat", "easter", "good", "manic", "spy", "mail")
# Words of a game: "the fourth quarter" beside one of them is no date.
SPORTS_WORDS = ("points", "scored", "scoring", "touchdown", "touchdowns", "halftime", "overtime", "quarterback",
                "rebounds", "assists", "yards", "buzzer", "three-pointer", "field goal", "game", "games", "match",
                "playoff", "playoffs", "play-off", "lead", "rallied", "basket", "baskets", "goal", "goals")
