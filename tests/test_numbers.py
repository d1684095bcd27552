"""Numbers in the forms news uses, with units and hedges."""

import pytest

from checks.dates.forms import dates
from checks.numbers import numbers, words_to_number


@pytest.mark.parametrize("text, value, unit, approx", [
    ("over 6,500 lives lost", 6500, "lives", "over"),
    ("a force of 2,000 peacekeepers", 2000, "peacekeepers", ""),
    ("86.6 thousand square kilometers", 86600, "square", ""),
    ("six weeks of clashes", 6, "weeks", ""),
    ("three decades", 3, "decades", ""),
    ("the 44-day conflict", 44, "day", ""),
    ("about 1 hour and 45 minutes into", 105, "minutes", "about"),
    ("an hour, 45 minutes into", 105, "minutes", ""),
    ("forty-four days", 44, "days", ""),
    ("nearly 3.5 million people", 3_500_000, "people", "nearly"),
    ("some 300 villages", 300, "villages", "some"),
])
def test_number_forms(text, value, unit, approx):
    (m,) = numbers(text)
    assert (m.value, m.unit, m.approx) == (value, unit, approx)


def test_numbers_skip_dates_and_times():
    text = "On 9 November 2020 at 10 a.m. 12 soldiers"
    taken = [(d.start, d.end) for d in dates(text)]
    assert [(m.value, m.unit) for m in numbers(text, taken)] == [(12, "soldiers")]


@pytest.mark.parametrize("phrase, value", [
    ("forty-four", 44), ("three hundred and fifty", 350), ("a dozen", 12), ("two thousand", 2000),
    ("one million", 1_000_000),
])
def test_words_to_number(phrase, value):
    assert words_to_number(phrase) == value
