"""Periods: the grain each date names, and placing a yearless one in a year."""

import pytest

from checks.dates.forms import dates
from checks.dates.periods import with_year


def test_with_year_places_a_yearless_date():
    (m,) = dates("November 10")
    placed = with_year(m.value, 2020)
    assert placed.label == "2020-11-10" and not placed.yearless


@pytest.mark.parametrize("text, grain", [
    ("the treaty of 4 May 1999", "day"),
    ("the fair opened in June 2008", "month"),
    ("early June 2008", "part of month"),
    ("profits in the first quarter of 2010", "quarter"),
    ("the winter of 2003", "season"),
    ("it was built in 1887", "year"),
    ("by late 1887", "part of year"),
    ("music of the 1960s", "decade"),
    ("the 12th century", "century"),
])
def test_each_date_says_what_it_spans(text, grain):
    assert [m.value.grain for m in dates(text)] == [grain]


def test_placing_a_yearless_date_keeps_its_grain():
    (m,) = dates("the third quarter")
    assert m.value.yearless and m.value.grain == "quarter"
    assert with_year(m.value, 2011).grain == "quarter"
