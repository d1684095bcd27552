"""Dates in the absolute forms news uses."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from checks.dates.forms import dates


@pytest.mark.parametrize("text, label", [
    ("signed on 9 November 2020.", "2020-11-09"),
    ("on November 9, 2020, Putin", "2020-11-09"),
    ("Nov. 9, 2020", "2020-11-09"),
    ("Nov 9 2020", "2020-11-09"),
    ("Sept. 27", "--09-27"),
    ("the 9th of November", "--11-09"),
    ("2020-11-09", "2020-11-09"),
    ("on the night of November 10 proved", "--11-10"),
    ("In late September 2020, hostilities", "2020-09 (late)"),
    ("in early March 2021", "2021-03 (early)"),
    ("the autumn of 2020", "2020-FA"),
    ("two wars in the 1990s", "1990s"),
    ("in 2020", "2020"),
    ("20th March, 2023", "2023-03-20"),
    ("Jan. 11, 2021", "2021-01-11"),
    ("since December 2022", "2022-12"),
    ("in April", "--04"),
    ("mid-2020", "2020 (mid)"),
    ("the third quarter of 2019", "2019-Q3"),
    ("fourth-quarter 2020 profit", "2020-Q4"),
    ("Q1 2013", "2013-Q1"),
    ("the 20th century", "19xx"),
    ("third-quarter profit", "--Q3"),
])
def test_date_forms(text, label):
    assert [m.value.label for m in dates(text)] == [label]


@pytest.mark.parametrize("text", [
    "you may 1 day", "1600 feet down", "some 2000 people", "at 10:30", "the 44-day war", "in may be",
    "the index closed at 2082.1",
])
def test_not_dates(text):
    assert dates(text) == []


def test_date_periods_cover_what_they_name():
    (late,) = dates("late September 2020")
    assert str(late.value.first) == "2020-09-21" and str(late.value.last) == "2020-09-30"
    (autumn,) = dates("the autumn of 2020")
    assert str(autumn.value.first) == "2020-09-01" and str(autumn.value.last) == "2020-11-30"
    (winter,) = dates("winter 2020")
    assert str(winter.value.last) == "2021-02-28"


@pytest.mark.parametrize("text, labels", [
    ("the trans-Antarctic expedition of 1957-58", ["1957", "1958"]),
    ("the 1999–2000 season", ["1999", "2000"]),
    ("the 2019/20 budget", ["2019", "2020"]),
    ("between 2019-18", ["2019"]),  # a second year before the first is not a range
    ("Executive Order 2020-59", ["2020"]),  # nor one forty years on
    ("on 2019-10-01", ["2019-10-01"]),
])
def test_a_year_range_names_both_years(text, labels):
    assert [m.value.label for m in dates(text)] == labels


@pytest.mark.parametrize("text, found", [
    ("a June agreement", [("June", "--06")]),
    ("December's figures were revised", [("December", "--12")]),  # the possessive is not in the span
    ("the late-November trip", [("late-November", "--11 (late)")]),
    ("the editorial of Monday, Oct. 26: The murder", [("Oct. 26", "--10-26")]),
    ("April Glaspie said", []),  # a name follows: April is a person
    ("the March accession", []),  # March and May are words too: only after a preposition
    ("they may march in May", [("May", "--05")]),
    ("After May resigned, Johnson took over.", []),  # the name, not the month
    ("Support for May collapsed.", []),
    # "between" one month "and" another: both are months, "May" and "March" too; not a name ("between May and Corbyn")
    ("The breach occurred between mid-May and July.", [("mid-May", "--05 (mid)"), ("July", "--07")]),
    ("It ran between March and May.", [("March", "--03"), ("May", "--05")]),
    ("Talks between May and Corbyn failed.", []),
    ("Talks between Corbyn and May failed.", []),
    ("the 5th century BC temple", []),
])
def test_a_month_name_alone(text, found):
    assert [(m.text, m.value.label) for m in dates(text)] == found


@pytest.mark.parametrize("text, found", [
    ("prices fell in nineteen ninety-six", [("nineteen ninety-six", "1996")]),
    ("January nineteen ninety-seven. Atlanta again.", [("January nineteen ninety-seven", "1997-01")]),
    ("the level we saw in the winter of nineteen ninety-four", [("the winter of nineteen ninety-four", "1994-WI")]),
    ("to halve unemployment by the year two thousand", [("the year two thousand", "2000")]),
    ("two thousand people marched", []),  # a count, not a year
    ("nineteen hundred troops", []),
    ("Orwell's Nineteen Eighty-Four", []),  # a title
    ("Police arrested nineteen twenty-year-olds.", []),
])
def test_years_said_in_words(text, found):
    assert [(m.text, m.value.label) for m in dates(text)] == found


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), short=st.booleans())
def test_a_day_month_and_year_joined_by_hyphens_is_that_day(day, short):
    month = MONTHS[day.month - 1][:3] if short else MONTHS[day.month - 1]
    found = dates(f"The deal was announced on {day.day}-{month}-{day.year}.")
    assert [(m.value.first, m.value.last) for m in found] == [(day, day)]


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), month_first=st.booleans())
def test_a_day_and_month_of_a_year_is_that_day(day, month_first):
    """"September 23 of 2022", "23 September of 2022": "of" joins the year as a comma or "in" does."""
    said = f"{MONTHS[day.month - 1]} {day.day}" if month_first else f"{day.day} {MONTHS[day.month - 1]}"
    found = dates(f"On {said} of {day.year}, he retired.")
    assert [(m.value.first, m.value.last) for m in found] == [(day, day)]


@pytest.mark.parametrize("text, labels", [
    # a hyphen-joined day, month and year needs the month's name in capitals, and no day of a range before it
    ("on 3-jan-2020", ["2020"]),
    ("between 2-3-May-2019", ["2019"]),
])
def test_a_hyphen_joined_date_is_no_range_and_no_lower_case_word(text, labels):
    assert [m.value.label for m in dates(text)] == labels


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


@given(first=st.integers(0, 11), last=st.integers(0, 11))
def test_between_two_months_names_both(first, last):
    text = f"The breach ran between {MONTH_NAMES[first]} and {MONTH_NAMES[last]}, the firm said."
    assert [m.value.label for m in dates(text)] == [f"--{first + 1:02d}", f"--{last + 1:02d}"]
