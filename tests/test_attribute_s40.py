"""Session 40, on invented sentences: two rules drafted this session and dropped after review, and the sentences
their reviewers found them to get wrong.  The verdicts here are the session-start code's and what a careful reader
says; they pin that behaviour so that a later draft of the same rule meets these counter-examples first.

- ``title_of_name`` narrowed (three review rounds): an office in apposition right after a term ("Mara Lind,
  co-founder and CEO of Northwind, said") kept for the term, and a name that is no title keeping a short run after
  "of" ("Sen. Anna Roe of Velmar").  Each round found another class: lists, runs holding another's name, titles no
  word list holds (CFO, Dean, Captain), verbs of removing, prepositions before "the".
- ``guessed_year`` (two review rounds): a date written with no year whose year placement only guessed near
  publication, read in a year the text wrote before it ("the 2019 shooting ... attacked on Oct. 9", published in
  2020).  Its reviewers' sentences are ones where the year near publication is what a reader takes too."""

import pytest
from hypothesis import given, settings, strategies as st

from datetime import date

from checks.dates.placement import dated_sentences
from checks.sources import make_source

from .helpers import one, one_fresh, record

CEO = record("party", "Lind, Mara Lind", "[CEO, chief executive]", "", "chairman")
CFO = record("party", "Lind, Mara Lind", "CFO", "", "CEO")

DROPPED_TITLE_OF_NAME = [
    # an office that is not the apposition's head, nor right after the term, or a title before another's name
    (CEO, "Mara Lind, a friend of the CEO of Northwind, Jon Roe, spoke.", "silent"),
    (CEO, "Mara Lind, the wife of the CEO of Northwind, spoke.", "silent"),
    (CEO, "Mara Lind, and the CEO of Northwind, Jon Roe, spoke.", "silent"),
    (CEO, "Mara Lind met the CEO of Northwind, Jon Roe, on Monday.", "silent"),
    (CEO, "Mara Lind met CEO of Northwind Jon Roe on Monday.", "silent"),
    (CEO, "President of Azerbaijan Ilham Aliyev, Mara Lind and Jon Roe met.", "silent"),
    (CEO, "Like the CEO of Northwind, Lind declined to comment.", "silent"),
    (CEO, "The real buyer is the CEO of Northwind, Lind said.", "silent"),
    (CEO, "A close friend of the CEO of Northwind, Mara Lind, spoke to reporters.", "silent"),
    (CEO, "The CEO of Northwind, Mara Lind's husband Jon Roe, resigned.", "silent"),
    # a list's next member, a run holding another's name, a title held before or to come
    (CEO, "The meeting was attended by Lind, lawyers and the CEO of Northwind.", "silent"),
    (CEO, "After the board ousted Lind, President and CEO of Northwind Jon Roe, 61, took charge.", "silent"),
    (CEO, "Mara Lind, co-founder and former CEO of Northwind, spoke.", "silent"),
    (CEO, "Mara Lind, co-founder and incoming CEO of Northwind, spoke.", "silent"),
    # verbs of removing or replacing, and prepositions, before the office's phrase
    (CEO, "The board ousted Mara Lind, co-founder and CEO of Northwind, on Monday.", "silent"),
    (CEO, "Mara Lind, replacing the president and CEO of Northwind, spoke on Monday.", "silent"),
    (CEO, "Mara Lind, like the president and CEO of Northwind, declined to comment.", "silent"),
    # titles no word list holds, whose run after "of" is another's office
    (CFO, "The CFO of Orsk sued Mara Lind.", "silent"),
    (CFO, "Mara Lind, a friend of the CFO of Northwind, said the deal was done.", "silent"),
    (CFO, "Mara Lind, the CEO of Northwind, said the CFO of Orsk had resigned.", "differ"),
    (record("party", "Lind, Mara Lind", "Provost", "", "Dean"),
     "Provost Mara Lind met the Dean of Westminster on Monday.", "agree"),
    (record("party", "Lind, Mara Lind", "Archbishop", "", "Bishop"),
     "Bishop Mara Lind met Archbishop of York Stephen Cottrell on Monday.", "differ"),
    # what the first draft read right and the start reads so too
    (CEO, "Mara Lind, chief executive of Northwind, will stay.", "agree"),
]


@pytest.mark.parametrize("spec, text, verdict", DROPPED_TITLE_OF_NAME)
def test_an_office_followed_by_of_and_a_name(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


OTHER_ORGANISATIONS = st.lists(st.sampled_from(["Northwind", "Velmar", "Orsk", "Ocean", "Holdings"]),
                               min_size=1, max_size=2).map(" ".join)


@settings(max_examples=20, deadline=None)
@given(org=OTHER_ORGANISATIONS, office=st.sampled_from(["CEO", "chief executive", "CFO"]),
       lead=st.sampled_from(["a friend of the", "the wife of the", "a lawyer for the"]))
def test_an_office_inside_another_noun_s_phrase_is_not_the_term_s(tmp_path_factory, org, office, lead):
    text = f"Mara Lind, {lead} {office} of {org}, said the deal was done."
    assert one(tmp_path_factory.mktemp("office"), CEO, text)[0] == "silent"


# (since session 45's rule of the fact's own day, a day of the fact's month and day, more than a week from publication,
# in a text that gives it no year, agrees when the guessed year is two or more after the fact's, and is no statement
# (silent) when it is the next: a retelling or a slip of the fact's year; the placement still takes no earlier
# paragraph's year)
DROPPED_GUESSED_YEAR = [
    (record("date", "resigned", "1970-10-09"), "2020-12-22", "Smith, 50, was born in 1970.\n\nHe resigned on Oct. 9.",
     "agree"),
    (record("date", "merger, announced", "2019-10-09"), "2020-12-22",
     "In 2019, the group held a rally in the square.\n\nThe company announced the merger on Oct. 9.", "silent"),
    (record("date", "merger, announced", "2019-10-09"), "2020-12-22",
     "Profits fell last year. The company announced the merger on Oct. 9.", "silent"),
    (record("date", "storm", "2021-12-28"), "2021-01-05",
     "Officials said on Monday that 300 homes had no power.\n\nThe storm hit on Dec. 28.", "differ"),
    (record("date", "locked down, lockdown", "2019-01-23"), "2020-02-10",
     "The virus was first reported in Wuhan in December 2019.\n\nThe city was locked down on Jan. 23.", "silent"),
    (record("date", "final", "2020-07-11"), "2021-07-12",
     "Euro 2020 was held a year late.\n\nItaly won the final at Wembley on July 11.", "differ"),
    (record("date", "meeting", "2019-10-09"), "2020-06-15",
     "The 2019 meeting drew 400 members.\n\nThe next meeting will be held on Oct. 9.", "agree"),
    # (Oct. 9 is 2020's, still to come when written: set aside by still_to_come; "the 2019 meeting" states the year)
    (record("date", "quit, coach", "2019-10-09"), "2020-12-22", "Sales rose in 2019.\n\nThe coach quit on Friday, Oct. 9.",
     "differ"),
    (record("date", "attack, attacked", "2019-10-09"), "2020-12-22",
     "The 2019 shooting killed two people.\n\n\"On Oct. 9 we were attacked again,\" the rabbi said.", "differ"),
]


@pytest.mark.parametrize("spec, published, text, verdict", DROPPED_GUESSED_YEAR)
def test_a_year_written_before_a_yearless_date_is_not_its_year(spec, published, text, verdict):
    # the yearless day is placed near publication, never in the earlier paragraph's year
    fact_day = spec.split("value: ")[1].split()[0]
    last = [m for _, found in dated_sentences(make_source("a.txt", text, published=date.fromisoformat(published)))
            for m in found][-1]
    assert last.value.label != fact_day and last.value.first.year >= date.fromisoformat(published).year - 1
    assert one_fresh(spec, text, published=published)[0] == verdict
