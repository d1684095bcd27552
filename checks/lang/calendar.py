"""Calendar words: months, weekdays, seasons, parts of a month or year, holidays.

Tables only; the date rules in checks/dates read them."""

from __future__ import annotations

from .grammar import DETERMINERS as NOUN_DETERMINERS

# Full month names, in calendar order.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
# Abbreviations of month names, each a prefix of its full name ("sept" too).
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9,
                       "oct": 10, "nov": 11, "dec": 12}
# Every way of writing a month -> its number.
MONTHS = {**{name: number for number, name in enumerate(MONTH_NAMES, 1)}, **MONTH_ABBREVIATIONS}
# Abbreviations that are also words ("may", "mar") only count as months next to a day or year.
AMBIGUOUS_MONTHS = {"may", "mar", "jun", "jul", "aug", "dec", "jan", "oct", "sep"}
# Full month names that are also common words: alone, they are months only after a preposition ("in May").
MONTH_WORDS = {"may", "march"}
# Month names that alone, capitalised, are months ("a June agreement").
PLAIN_MONTHS = {name.capitalize() for name in MONTH_NAMES if name not in MONTH_WORDS}

# Full weekday names, Monday first (date.weekday() order).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
# Every way of writing a weekday -> its number (Monday 0).
WEEKDAYS = {**{name: number for number, name in enumerate(WEEKDAY_NAMES)}, **WEEKDAY_ABBREVIATIONS}

# Words that name a month or a weekday.
CALENDAR_WORDS = set(MONTHS) | set(WEEKDAYS)

# part of a month -> (first day, last day); 0 means the month's last day
MONTH_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
               "middle": (11, 20), "late": (21, 0), "end": (21, 0), "first half": (1, 15), "second half": (16, 0)}
# part of a year -> (first month, last month)
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "beginning": (1, 4), "end": (9, 12),
              "first half": (1, 6), "second half": (7, 12)}
# northern meteorological seasons -> (first month, last month); winter runs into the next year
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
SEASON_LABELS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

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

# Words that make a weekday part of a name: "Black Monday", "Super Tuesday", "Palm Sunday".
NAMED_DAYS = ("black", "cyber", "super", "bloody", "ash", "palm", "holy", "maundy", "blue", "giving", "shrove",
              "whit", "fat", "easter", "good", "manic", "spy", "mail")
# Nouns that only say when ("on the night of November 10"): look through them.
# Words naming a day by its distance from today: "yesterday (6 November)" restates it.
DAY_WORDS = {"yesterday", "today", "tonight", "tomorrow"}
# Parts of a day that may follow a weekday ("Friday evening last week").
DAY_PARTS = ("morning", "afternoon", "evening", "night")
# Words that narrow a part of a day ("in the early morning of 6 July", "in the late evening").
DAY_PART_NARROWERS = ("early", "late", "small", "wee")
TIME_NOUNS = {"night", "morning", "evening", "afternoon", "day", "week", "weekend", "end", "beginning",
              "start", "middle", "eve", "dawn", "hours", "days", "month", "year", "date", "morning's"}
# Words before "of" + a date that make no noun phrase naming a thing: "as of 1 June 2020", "ahead of
# 3 May 2021"; with TIME_NOUNS and the seasons, "the night of 3 May 2021" says when, like "on 3 May 2021".
OF_NOT_A_THING = {"as", "because", "instead", "ahead", "out", "inside", "outside", "regardless", "part", "half",
                  "quarter", "rest", "course", "time", "period", "season", "months", "weeks", "years"}
# Determiners and possessives: one right before a date makes the date a modifier of the noun after it
# ("its 12 June 2019 ruling", "the May 2019 report").
DETERMINERS = tuple(sorted(NOUN_DETERMINERS | {"your", "my", "whose"}))
# The definite ones, and a possessive ("the storm's"): a date between one and a noun names a known,
# particular event ("the Aug. 8 fire", "their June 3 crash"), not any one.
DEFINITE_DETERMINERS = tuple(word for word in DETERMINERS if word not in ("a", "an"))
# Time zones' codes after a clock time ("1:40 p.m. Friday ET", "1520 GMT Friday"): a bracket holding one restates a
# moment in another zone.
TIME_ZONES = ("ET", "EST", "EDT", "GMT", "UTC", "PT", "PST", "PDT", "CT", "CST", "BST", "CET", "CEST", "IST", "JST")
# News agencies whose name in brackets follows a dateline's date ("Sept. 14 (UPI) --"), lower-cased.
NEWS_AGENCIES = frozenset({"ap", "afp", "reuters", "upi", "pti", "ians", "ani", "xinhua", "kyodo", "jiji", "jiji press",
                           "yonhap", "bernama", "anadolu", "tass", "ria novosti", "interfax", "dpa", "efe", "ansa", "bss",
                           "app", "bloomberg", "aap", "cp", "kuna", "wam", "spa", "mena", "irna", "antara", "pna", "cna",
                           "bss/afp", "afp/bss", "ap/reuters", "reuters/ap", "uni", "nna", "qna", "dpa-afx", "belga"})
