"""Relative dates resolve against the source's publication date, and only then."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from checks.dates.forms import dates

from tests.helpers import one, write

THURSDAY = date(2023, 6, 22)


def _placed(text, published=THURSDAY):
    from checks.index import index_source
    from checks.sources import make_source
    source = make_source("a.txt", text)
    source = source.__class__(name="a.txt", text=text, sentences=source.sentences, published=published)
    return [m.value.label for item in index_source(source).sentences for m in item.dates]


@pytest.mark.parametrize("text, label", [
    ("The vessel disappeared on Sunday.", "2023-06-18"),
    ("on Thursday", "2023-06-22"),
    ("Monday", "2023-06-19"),
    ("last Friday", "2023-06-16"),
    ("last Thursday", "2023-06-15"),
    ("yesterday", "2023-06-21"),
    ("tomorrow", "2023-06-23"),
    ("last year", "2022"),
    # "the past year" is the stretch up to publication, not the last calendar year
    ("Over the past year, prices rose.", "2022-06-22–2023-06-22"),
    ("In the past week, 20 died.", "2023-06-15–22"),
    ("this week", "2023-W25"),
    ("earlier this month", "2023-06"),
    ("two days ago", "2023-06-20"),
    ("3 weeks ago", "2023-W22"),  # a count of weeks names a week, not a day
    ("January this year", "2023-01"),
    ("June last year", "2022-06"),
    ("the current fiscal year", "2023"),
    ("He said over the weekend.", "2023-06-17/weekend"),
    ("Traders squared positions ahead of the weekend.", "2023-06-24/weekend"),
    ("In the quarter, sales rose.", "2023-Q1"),  # the last quarter ended by publication
    ("the current quarter", "2023-Q2"),
    ("Sales rose from the year-ago quarter.", "2022-Q1"),
    ("Year-earlier profit was higher.", "2022-Q1"),
    ("Demand is strong well into the summer.", "2023-SU"),  # the latest summer begun by 22 June
    ("The summer was the hottest on record.", "2022-SU"),  # under way: a past verb speaks of the last one
    ("The winter was mild.", "2022-WI"),  # December 2022 to February 2023
    ("a high for the year of $42", "2023"),
    ("next Monday", "2023-06-26"),
    # a weekday with the week it falls in: that weekday of the previous or next calendar week
    ("The ferry sank late on Thursday evening last week.", "2023-06-15"),
    ("It sank on Friday last week.", "2023-06-16"),
    ("Talks open on Monday of next week.", "2023-06-26"),
    ("Talks close on Sunday next week.", "2023-07-02"),
    # a hedged count of days names the days about it (a fifth of the count either side)
    ("The ferry sank some ten days ago.", "2023-06-10–14"),
    ("The ferry sank ten days ago.", "2023-06-12"),
    ("The ferry sank about two days ago.", "2023-06-20"),  # too few days to spread
    # a day of the month alone: the latest such day up to publication
    ("The ferry sank on the 18th when the storm hit.", "2023-06-18"),
    ("The ferry sank on the 28th.", "2023-05-28"),  # still to come this month: last month's
])
def test_relative_forms(text, label):
    assert [m.value.label for m in dates(text, THURSDAY)] == [label]


@pytest.mark.parametrize("text", ["the period of calm", "the French quarter", "a quarter of the vote",
                                  "in the quarter-final", "The Sept report"])
def test_words_that_only_look_like_reporting_periods(text):
    assert dates(text, THURSDAY) == []


@pytest.mark.parametrize("text", ["It burned on the 18th floor.", "He spoke on the 18th anniversary."])
def test_an_ordinal_before_a_noun_is_no_day_of_the_month(text):
    assert dates(text, THURSDAY) == []


def test_a_day_of_the_month_still_to_come_is_last_months():
    assert [m.value.label for m in dates("It sank on the 31st.", THURSDAY)] == ["2023-05-31"]
    assert dates("It sank on the 31st.", date(2023, 3, 2)) == []  # February has no 31st: nothing is guessed



def test_a_year_ago_in_company_results_is_the_quarter_a_year_before():
    text = ("Net income rose in the third quarter.\n\nRevenue was $5 million, up from $4 million a year earlier.\n\n"
            "A year ago, the firm had no debt.")
    assert _placed(text, date(1989, 11, 2)) == ["1989-Q3", "1988-Q3", "1988-Q3"]
    assert _placed("A year ago, the firm had no debt.", date(1989, 11, 2)) == ["1988"]


def test_without_a_reference_relative_dates_are_not_dates():
    assert dates("The vessel disappeared on Sunday, two days ago.") == []


def test_a_weekday_decorating_a_full_date_is_not_a_second_date():
    assert [m.value.label for m in dates("on Tuesday, February 14, 2023", THURSDAY)] == ["2023-02-14"]


FACT = """
- id: sub-lost
  claim: The sub went missing on 18 June 2023.
  kind: date
  about: [went missing, disappeared]
  value: 2023-06-18
"""


def test_published_resolves_relative_dates_and_year_less_dates(tmp_path):
    write(tmp_path / "seeds" / "sources.yaml", "a.txt:\n  published: 2023-06-22  # the dateline\n  outlet: example.org\n")
    assert one(tmp_path, FACT, "The vessel disappeared on Sunday.") == ("agree", ["2023-06-18"])
    # another day counted from publication, and no date of the fact's: a possible conflict only (counted_only)
    assert one(tmp_path, FACT, "The vessel disappeared on Saturday.") == ("silent", [])
    # beside the fact's date written out, it is shown as such, read as the Saturday before publication
    assert one(tmp_path, FACT, "The vessel disappeared on Saturday. It went missing on June 18.") == (
        "agree", ["2023-06-18", "2023-06-17"])
    assert one(tmp_path, FACT, "The vessel went missing on June 18.") == ("agree", ["2023-06-18"])


def test_without_published_a_relative_date_stays_silent(tmp_path):
    assert one(tmp_path, FACT, "The vessel disappeared on Saturday.") == ("silent", [])
    assert one(tmp_path, FACT, "The vessel went missing on June 17.") == ("differ", ["--06-17"])


def test_year_comes_from_the_paragraphs_last_full_date_before_published(tmp_path):
    write(tmp_path / "seeds" / "sources.yaml", "a.txt:\n  published: 2024-01-05\n")
    text = ("In June 2023 a dive began. The vessel went missing on June 18.\n"
            "Later the vessel went missing on January 2.\nOr the vessel went missing on June 18.")
    from checks.pipeline import check
    from tests.helpers import project
    import textwrap
    report = check(*project(tmp_path, "facts:\n" + textwrap.indent(textwrap.dedent(FACT), "  "), {"a.txt": text}))
    found = [(e.line, e.found) for e in report.facts[0].results[0].evidence]
    # line 1: from the paragraph; line 2: the year that puts the date nearest the publication
    # day (2024-01-05); line 3: nearest would be June 18, 2024 (165 days on, not 201 back), but
    # that is more than a quarter away and "went missing" is past: June 18, 2023
    assert sorted(found) == [(1, "2023-06-18"), (2, "2024-01-02"), (3, "2023-06-18")]


@pytest.mark.parametrize("meta, expected", [
    ("a.txt:\n  published: 2023-02-30\n", "sources.yaml:2: '2023-02-30' is not a day"),
    ("a.txt:\n  publisher: x\n", "sources.yaml:2: unknown field 'publisher'"),
    ("a.txt: 2023\n", "sources.yaml:1: the entry for 'a.txt' must be a mapping"),
    ("a.txt:\n  published: 0001-01-01\n", "sources.yaml:2: '0001-01-01' is out of range"),
])
def test_bad_source_metadata_is_located(tmp_path, meta, expected):
    from checks.errors import SourceError
    from checks.sources import read_sources
    write(tmp_path / "sources.yaml", meta)
    with pytest.raises(SourceError) as err:
        read_sources(tmp_path)
    assert any(str(p).endswith(expected) or expected in str(p) for p in err.value.problems), err.value


@pytest.mark.parametrize("text, label", [
    ("last July", "2012-07"), ("last March", "2012-03"), ("last February", "2013-02"), ("next July", "2013-07"),
    ("this July", "2013-07"), ("last summer", "2012-SU"), ("next spring", "2014-SP"),
])
def test_named_months_and_seasons_relative_to_publication(text, label):
    assert [m.value.label for m in dates(text, date(2013, 3, 22))] == [label]


def test_vague_references_have_no_calendar_value():
    from checks.dates.relative import vague_references
    assert dates("He has admitted it now, and recently too.", THURSDAY) == []
    assert [v for _, _, v in vague_references("He has admitted it now, and recently too.")] == [
        "PRESENT_REF", "PAST_REF"]


def test_spans_leave_out_the_preposition_and_a_full_stop():
    (m,) = dates("He was fired from his job in July.", THURSDAY)
    assert m.text == "July"


def test_an_interval_before_another_event_is_not_a_date():
    assert dates("The season started a month earlier than usual.", THURSDAY) == []
    # "a month later" counts from an event the text told of before, not from publication: no calendar value
    assert dates("It ended a month later.", THURSDAY) == []


@pytest.mark.parametrize("text", [
    "He was reinstated four days later with a new board.",
    "Ten days earlier, the board had met in secret.",
    "Two weeks later the ferry sailed again.",
    # an indefinite or every such weekday is no one day
    "He was fired on a Friday the week before a holiday weekend.",
    "The market closes early every Friday.",
])
def test_a_time_counted_from_another_event_or_any_such_day_has_no_calendar_value(text):
    assert dates(text, THURSDAY) == []


def test_a_time_counted_from_publication_still_has_one():
    assert [m.value.label for m in dates("Two days ago the board met; it meets again on Friday.", THURSDAY)] != []


def test_spans_and_conjunctions_are_not_vague_references():
    from checks.dates.relative import vague_references
    assert vague_references("over the past two years, as soon as they boarded") == []
    assert [v for _, _, v in vague_references("In the past, he would come soon.")] == ["PAST_REF", "FUTURE_REF"]


@pytest.mark.parametrize("text, label", [
    ("The team will leave on Saturday.", "2023-06-24"),
    ("The team left on Saturday.", "2023-06-17"),
    ("The team will leave on Thursday.", "2023-06-22"),  # the publication day itself
    ("The group could come as soon as Tuesday.", "2023-06-27"),
    ("On Tuesday, the league plans to hold a news conference.", "2023-06-27"),
    ("Since the ruling was announced Wednesday, they will appeal.", "2023-06-21"),
    ("They will look for ways around Wednesday's ruling.", "2023-06-21"),
    ("Shares fell 4% from the previous Friday.", "2023-06-16"),
    ("The talks resume the following Monday.", "2023-06-26"),
    # with no past verb, the event something is "ahead of" is still to come
    ("Fans camp outside the arena ahead of the final on Saturday.", "2023-06-24"),
    ("Crews rehearse in the hall in advance of the gala on Monday.", "2023-06-26"),
    ("Fans camped outside the arena ahead of the final on Saturday.", "2023-06-17"),
    # a time clause (as, when, once, until) after a main clause that says "will": its present is future
    ("The city will host the teams and fans, as they arrive in Aske for the final on Saturday.", "2023-06-24"),
    ("The city hosted the teams, as they arrived in Aske for the final on Saturday.", "2023-06-17"),
    ("The city hosts the teams; they arrive in Aske for the final on Saturday.", "2023-06-17"),
    # the clause is read from a whole word: a long clause cut inside "expected" has no past form "ected"
    ("Up to 9,000 visitors are expected to walk the long new path along the quiet river to see the lanterns that hang "
     "over the old stone bridges of the town as the lights stay on in the square ahead of the parade on Monday.",
     "2023-06-26"),
])
def test_a_weekday_is_placed_by_the_tense_of_its_clause(text, label):
    assert [m.value.label for m in dates(text, THURSDAY)] == [label]


@pytest.mark.parametrize("text, label", [
    ("State police arrested both men in early August.", "2012-08 (early)"),
    ("She told CNN in August that he had planned it.", "2012-08"),
    ("A book of memoirs is due to be published in May.", "2013-05"),  # near: the nearest year
    ("Collins will be named commander for a mission in December.", "2013-12"),
    ("In December the index rose.", "2012-12"),  # nearest, and past anyway
    ("The program will run through June.", "2013-06"),
    ("The offer was extended to August 16.", "2013-08-16"),  # a target date: tense not asked
])
def test_a_month_without_a_year_far_from_publication_follows_the_tense(text, label):
    assert _placed(text, date(2013, 3, 22)) == [label]


def test_the_end_of_the_year_in_a_past_clause_is_last_year():
    march = date(2013, 3, 22)
    assert [m.value.label for m in dates("The flu peaked by the end of the year.", march)] == ["2012 (end)"]
    assert [m.value.label for m in dates("The flu will peak by the end of the year.", march)] == ["2013 (end)"]


def test_the_end_of_the_month_in_a_past_clause_before_it_has_come_names_no_month():
    # said on 9 March, a past clause cannot tell of the end of March: "the month" is one the story told of
    ninth, late = date(2024, 3, 9), date(2024, 3, 25)
    assert [m.value.label for m in dates("Before the end of the month, the bank had agreed to the sale.", ninth)] == []
    assert [m.value.label for m in dates("The bank will agree to the sale by the end of the month.", ninth)] \
        == ["2024-03"]
    assert [m.value.label for m in dates("By the end of the month, the bank had agreed to the sale.", late)] \
        == ["2024-03"]
    assert [m.value.label for m in dates("The bank agreed to the sale by the end of this month.", ninth)] == ["2024-03"]


@pytest.mark.parametrize("name, year, day", [
    ("easter", 2024, "2024-03-31"), ("easter", 2000, "2000-04-23"), ("good friday", 2024, "2024-03-29"),
    ("thanksgiving", 1999, "1999-11-25"), ("election day", 1998, "1998-11-03"), ("election day", 2020, "2020-11-03"),
    ("labor day", 2023, "2023-09-04"), ("christmas day", 2023, "2023-12-25"),
])
def test_holiday_dates(name, year, day):
    from checks.dates.holidays import holiday_date
    assert holiday_date(name, year).isoformat() == day


@pytest.mark.parametrize("text, label", [
    ("He has been here since last Thanksgiving.", "2022-11-24"),
    ("They will meet on Christmas Day.", "2023-12-25"),
    ("They met on Christmas Day.", "2022-12-25"),
    ("Christmas 2019 was quiet.", "2019-12-25"),
    ("at the Fourth of July parade", "2023-07-04"),  # nearest to 22 June 2023
])
def test_holidays_relative_to_publication(text, label):
    assert [m.value.label for m in dates(text, THURSDAY)] == [label]


def test_christmas_in_lower_case_or_in_a_name_is_not_a_day():
    assert dates("the christmas spirit", THURSDAY) == []
    assert dates("flights to Christmas Island", THURSDAY) == []
    assert dates("the Easter Rising", THURSDAY) == []


@pytest.mark.parametrize("text, labels", [
    ("The company said Monday it will cut 1,000 jobs.", ["2023-06-19"]),  # the verb before the day decides
    ("Will Smith slapped Chris Rock on Sunday.", ["2023-06-18"]),  # a name, not the future
    ("The vote was postponed on Tuesday.", ["2023-06-20"]),
    ("Delays on Monday were due in part to the storm.", ["2023-06-19"]),
    ("Saturday's match will be shown live.", ["2023-06-24"]),
    ("Leaders will meet over the weekend.", ["2023-06-24/weekend"]),
    ("Sales will rise this quarter.", ["2023-Q2"]),
    ("Revenue rose 5% from the same quarter last year.", ["2022-Q1"]),
    ("In the quarter century since the war", []),
    ("in the quarter of an hour left", []),
    ("The plant opened one year earlier than planned.", []),
    ("She was named Person of the Year.", []),
    ("Revenue for the year ended December 31, 2022 rose 4%.", ["2022-12-31"]),
    ("Inflation may this year reach 10%.", []),
    ("The Good Friday Agreement ended the Troubles.", []),
    ("The Winter Olympics were held in Beijing.", []),
    ("He was born in the summer of nineteen sixty-nine.", ["1969-SU"]),
    ("the summer of love", []),
    ("Easter 1500", []),  # before the Gregorian calendar
    ("The results, expected Monday, will show a loss.", ["2023-06-26"]),
    ("The vote, scheduled Tuesday, will decide the matter.", ["2023-06-27"]),
    ("Officials would not say on Sunday how many people were killed.", ["2023-06-18"]),
    ("The talks ran from Monday to Wednesday.", ["2023-06-19", "2023-06-21"]),
    ("The trial begins Monday.", ["2023-06-26"]),
    ("The book fair closes Sunday, organisers said.", ["2023-06-25"]),
    ("The exhibition is open until Sunday.", ["2023-06-25"]),
    ("Until Thursday, they had not called him a suspect.", ["2023-06-22"]),
    ("Traders still recall the Black Monday crash.", []),
    ("He told the Sunday Times he would not run.", []),
    ("Iran Saturday condemned the bombing.", ["2023-06-17"]),  # wire style: a weekday after a name
    ("She told broadcaster Velmar Today she would appeal.", []),  # a capitalised Today after a name: a name
    ("Velmar today condemned the bombing.", ["2023-06-22"]),  # wire style: lower case
    ("Water flowed from the spring.", []),
    ("Mexico held its parade on Independence Day.", []),  # many countries' Independence Days differ
])
def test_reviewed_cases(text, labels):
    assert [m.value.label for m in dates(text, THURSDAY)] == labels


def test_a_sports_quarter_puts_no_quarter_in_focus():
    assert _placed("He scored 20 points in the fourth quarter.\n\nA year ago, he was injured.")[-1] == "2022"


@pytest.mark.parametrize("text, published, labels", [
    # a date counted from publication sets no paragraph year
    ("The minister said on Monday that the border treaty was signed in December.", THURSDAY,
     ["2023-06-19", "2022-12"]),
    ("Acme will report earnings next week. It last cut its forecast in December.", THURSDAY, ["2023-W26", "2022-12"]),
    # a year that sets the scene does; one in passing does not
    ("Orbix was founded in 2019. The founders met in August at a conference.", THURSDAY, ["2019", "2019-08"]),
    ("Kopp had been arrested since 1990 for protesting. His car was found in December.", THURSDAY, ["1990", "2022-12"]),
    # a winter's January is in the year the winter ends
    ("Last winter was the driest in decades. In January, the dam reopened.", THURSDAY, ["2022-WI", "2023-01"]),
    # a clear future or past puts a month on its side of publication
    ("Officials said the Fed will deliver another rate hike in December.", date(2023, 1, 10), ["2023-12"]),
    ("The referendum was held in January, and turnout was low.", date(2023, 11, 10), ["2023-01"]),
    ("The Lima summit is set for April.", THURSDAY, ["2024-04"]),
    ("He will step down at the end of May.", THURSDAY, ["2024-05"]),
    # a clock time's colon cuts no clause: "is set to" still leans the weekday ahead
    ("The rocket is set to launch at 10:20 p.m. Pacific Time on Tuesday.", THURSDAY, ["2023-06-27"]),
    # the end of the month under way is still ahead: this month's end, not next year's
    ("The firm expects to have stock by the end of June.", THURSDAY, ["2023-06"]),
    ("The firm had stock by the end of June.", THURSDAY, ["2022-06"]),
    ("Brent crude fell 3% on Monday, its biggest drop since March.", THURSDAY, ["2023-06-19", "2023-03"]),
    ("The board approved the merger in February.", THURSDAY, ["2023-02"]),  # February gets its year
    ("They said they expect the deal to be completed by Dec. 15.", date(1989, 10, 31), ["1989-12-15"]),
    # a game's quarter is no date
    ("The Lakers rallied in the fourth quarter on Tuesday to beat the Celtics.", THURSDAY, ["2023-06-20"]),
])
def test_year_placement_after_review(text, published, labels):
    assert _placed(text, published) == labels


@pytest.mark.parametrize("text, labels", [
    ("He announced less than two weeks ago that he would not run.", []),  # a bound names no week
    ("The ferry sank more than a month ago.", []),
    ("He announced two weeks ago that he would not run.", ["2023-W23"]),
])
def test_a_bounded_span_ago_is_no_date(text, labels):
    assert [m.value.label for m in dates(text, THURSDAY)] == labels


@pytest.mark.parametrize("text, label", [
    ("The ministry announced the plan in January.", "2021-01"),  # a past verb's own month: not next month
    ("In January, the ministry closed the port.", "2021-01"),  # the month opening a past sentence too
    ("In January, the port will open.", "2022-01"),
    ("The port will open in January.", "2022-01"),
    ("The vote was postponed to January.", "2022-01"),  # a target
    ("Buyers placed orders for January deliveries.", "2022-01"),  # not the verb's own date
])
def test_a_past_verb_with_in_month_never_names_next_month(text, label):
    assert _placed(text, date(2021, 12, 10)) == [label]


@pytest.mark.parametrize("text, label", [
    ("The mill closed on March 3 last year.", "2022-03-03"),
    ("She moved to Orsk on 14 January this year.", "2023-01-14"),
    ("The bridge opens on July 4th next year.", "2024-07-04"),
    ("The mill closed on Dec. 3 last year.", "2022-12-03"),  # an abbreviated month too
    ("She moved to Orsk on 14 Sept this year.", "2023-09-14"),
])
def test_a_day_of_the_month_before_last_this_or_next_year_is_in_that_year(text, label):
    assert [m.value.label for m in dates(text, THURSDAY)] == [label]


@pytest.mark.parametrize("text, labels", [
    ("It rained on 3 May, last year it snowed.", ["--05-03", "2022"]),  # a comma: two dates
    ("The inquiry may 3 last year have ended.", ["2022"]),  # "may" in lower case is no month
])
def test_a_day_of_the_month_apart_from_last_year_is_no_day_of_that_year(text, labels):
    assert [m.value.label for m in dates(text, THURSDAY)] == labels


@pytest.mark.parametrize("text, labels", [
    # a day word inside a direct quotation is the speaker's day, said at a time the text does not give
    ("“The mill was shut today,” the mayor said on Monday.", ["2023-06-19"]),
    ("The mayor said: “We tried hard. Today’s ruling proves we were right.”", []),
    ('He said "the mill opens tomorrow" and left.', []),
    # outside the quotation, or after it closes, it counts from publication
    ("“We tried hard,” the mayor said. The mill was shut today.", ["2023-06-22"]),
    ("The mill was shut today, the mayor said.", ["2023-06-22"]),
])
def test_a_day_word_inside_a_quotation_is_no_date(text, labels):
    assert _placed(text) == labels


def test_a_title_case_headline_keeps_its_today():
    from checks.dates.relative import relative_dates
    assert [m.value.label for m in relative_dates("Polls Close Today In Velmar Election", THURSDAY)] == ["2023-06-22"]


@pytest.mark.parametrize("text, label", [
    # a short bracketed aside before a weekday does not cut the clause whose "will" looks ahead
    ("His funeral will take place at 10:00 am (0800 GMT) on Saturday in the square.", "2025-04-26"),
    ("His funeral took place at 10:00 am (0800 GMT) on Saturday in the square.", "2025-04-19"),
])
def test_a_weekday_after_a_bracketed_aside_leans_with_its_clause(text, label):
    from checks.dates.forms import dates
    assert [m.value.label for m in dates(text, date(2025, 4, 22))] == [label]


@pytest.mark.parametrize("text, published, label", [
    # years counted back from a day named right after them: that day of the year, so many years back (the
    # anniversary's day is near publication, whatever the tense of the event told)
    ("Ten years ago Sunday, a mine collapsed in Velmar.", date(2017, 8, 6), "2007-08-06"),
    ("Ten years ago this Saturday, the miners went to work.", date(2015, 12, 31), "2006-01-02"),
    ("It was five years ago today.", date(2020, 3, 1), "2015-03-01"),
])
def test_years_ago_and_a_named_day_are_one_day_of_that_year(text, published, label):
    assert _placed(text, published) == [label]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 40),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
def test_years_ago_before_a_weekday_is_that_weekdays_day_so_many_years_back(published, years, weekday):
    from checks.dates.relative import relative_dates
    (found,) = relative_dates(f"It fell {years} years ago {weekday}.", published)
    assert found.text == f"{years} years ago {weekday}"
    day = found.value.first
    if found.value.last != day:  # 29 February of a year with none: the days around it
        assert (day.month, day.day, (found.value.last - day).days) == (2, 28, 1)
        return
    anniversary = day.replace(year=day.year + years)
    assert anniversary.strftime("%A") == weekday and abs((anniversary - published).days) <= 3


@pytest.mark.parametrize("text, published, labels", [
    # a day after "next"/"last" and a month, at its clause's end, is that day of the month named
    ("The runoff is set for next June 19.", date(2022, 5, 30), ["2022-06-19"]),
    ("It happened last May 30, officials said.", date(2022, 5, 31), ["2021-05-30"]),
    ("Last May 30 people died.", date(2022, 5, 31), ["2021-05"]),  # a count, not a day
])
def test_a_day_after_next_or_last_and_a_month_is_that_day(text, published, labels):
    assert _placed(text, published) == labels


@pytest.mark.parametrize("text, published, labels", [
    # "early", "mid" or "late" before "next year", "this month", "last June": that part of the span
    ("A final report is due early next year.", date(2003, 11, 5), ["2004 (early)"]),
    ("The plant closed in late last year.", date(2003, 11, 5), ["2002 (late)"]),
    ("Talks resume mid-next month.", date(2003, 11, 5), ["2003-12 (mid)"]),
    ("Talks resume next month.", date(2003, 11, 5), ["2003-12"]),
])
def test_a_part_before_next_this_or_last_is_that_part_of_the_span(text, published, labels):
    assert _placed(text, published) == labels


@pytest.mark.parametrize("text, published, labels", [
    # "on this day/date in <year>": a "today in history" column's day of the year, in that year (one date, no year
    # alone); a year not before publication is no such day
    ("Today in history: On this date in 1977, two jets collided.", date(2017, 3, 28), ["2017-03-28", "1977-03-28"]),
    ("On this day in 1912, the liner sank.", date(2012, 4, 15), ["1912-04-15"]),
    ("This day in 2001, the tower fell.", date(2021, 9, 11), ["2001-09-11"]),
    ("Plans for this day in 2030 are set.", date(2021, 9, 11), ["2030"]),
])
def test_this_day_in_a_year_is_that_day_of_that_year(text, published, labels):
    assert _placed(text, published) == labels


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 60),
       st.sampled_from(["day", "date", "very day"]))
def test_this_day_in_an_earlier_year_keeps_the_day_of_the_year(published, back, noun):
    from checks.dates.relative import relative_dates
    (found,) = relative_dates(f"On this {noun} in {published.year - back}, it happened.", published)
    day = found.value.first
    assert day.year == published.year - back
    if found.value.last != day:  # 29 February of a year with none: the days around it
        assert (published.month, published.day, day.month, day.day) == (2, 29, 2, 28)
        return
    assert (day.month, day.day) == (published.month, published.day)
