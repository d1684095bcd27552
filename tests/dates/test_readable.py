"""Date labels in words: readable_date, and every human format using it (JSON keeping ISO)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.model import Fact, FactReport, Period, Report, Result
from checks.dates.readable import MONTHS, SHORT, readable_date
from checks.report.render import render

from tests.report.samples import ev

ISO_LIKE = re.compile(r"\d{4}-\d\d|--\d\d|\d{4}-(?:Q|W|SP|SU|FA|WI)")


@pytest.mark.parametrize("label, words", [
    ("2020-11-10", "10 Nov 2020"),
    ("--12-14", "14 Dec (no year)"),
    ("2023-04", "April 2023"),
    ("--04", "April (no year)"),
    ("2020", "2020"),
    ("2020-Q3", "Q3 2020 (Jul–Sep)"),
    ("--Q1", "Q1 (Jan–Mar, no year)"),
    ("2020-FA", "autumn 2020"),
    ("2019-WI", "winter 2019–20"),
    ("2020-SU (late)", "late summer 2020"),
    ("2023-04 (mid)", "mid-April 2023"),
    ("--11 (early)", "early November (no year)"),
    ("2020 (end)", "end of 2020"),
    ("1990s", "1990s"),
    ("1990s (early)", "early 1990s"),
    ("19xx", "the 1900s"),
    ("2020-W05", "week of 27 Jan 2020"),
    ("2020-11-07/weekend", "weekend of 7 Nov 2020"),
])
def test_labels_in_words(label, words):
    assert readable_date(label) == words


@pytest.mark.parametrize("text", ["42 days", "Prime Minister", "", "2020-13", "2021-02-30", "--13-01", "2020-W60",
                                  "(draft: no value)", "2020 (someday)", "12345"])
def test_what_is_no_date_label_comes_back_unchanged(text):
    assert readable_date(text) == text


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_a_day_reads_as_day_month_year(d):
    words = readable_date(d.isoformat())
    assert words == f"{d.day} {SHORT[d.month - 1]} {d.year}"
    assert not ISO_LIKE.search(words)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)))
def test_a_yearless_day_says_it_has_no_year(d):
    words = readable_date(f"--{d.month:02d}-{d.day:02d}")
    assert words == f"{d.day} {SHORT[d.month - 1]} (no year)"


@given(st.integers(1000, 9999), st.integers(1, 12))
def test_a_month_reads_as_its_name(year, month):
    assert readable_date(f"{year:04d}-{month:02d}") == f"{MONTHS[month - 1]} {year}"


LABELS = st.one_of(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)).map(date.isoformat),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)).map(lambda d: f"--{d.month:02d}-{d.day:02d}"),
    st.tuples(st.integers(1800, 2099), st.integers(1, 12)).map(lambda t: f"{t[0]:04d}-{t[1]:02d}"),
    st.integers(1, 12).map(lambda m: f"--{m:02d}"),
    st.tuples(st.integers(1800, 2099), st.integers(1, 4)).map(lambda t: f"{t[0]:04d}-Q{t[1]}"),
    st.integers(1, 4).map(lambda q: f"--Q{q}"),
    st.tuples(st.integers(1800, 2099), st.sampled_from(["SP", "SU", "FA", "WI"])).map(lambda t: f"{t[0]}-{t[1]}"),
    st.integers(1800, 2099).map(str),
)


@given(LABELS)
def test_no_label_is_shown_in_iso_form(label):
    words = readable_date(label)
    assert not ISO_LIKE.search(words), (label, words)
    assert ("no year" in words) == label.startswith("--")


@given(LABELS, LABELS)
def test_different_labels_read_differently(a, b):
    if a != b:
        assert readable_date(a) != readable_date(b)


@given(st.text())
def test_never_raises_and_keeps_unknown_text(text):
    words = readable_date(text)
    assert isinstance(words, str)
    if not any(c.isdigit() for c in text):
        assert words == text


# ------------------------------------------------------------------ in the formats

def _yearless() -> Report:
    value = Period(date(2000, 12, 14), date(2000, 12, 14), "--12-14", yearless=True)
    fact = Fact("day", "It began on 14 December.", "date", ("x",), value, "facts/f.yaml", 3)
    count = Fact("count", "There were 2020 of them.", "number", ("y",), 2020.0, "facts/f.yaml", 9)
    return Report(("a.txt",), (
        FactReport(fact, (Result("a.txt", "differ", (ev(2, "It began in April 2023.", "April 2023", "2023-04",
                                                         False),)),)),
        FactReport(count, (Result("a.txt", "agree", (ev(4, "All 2020 of them.", "2020", "2020", True),)),)),
    ))


@pytest.mark.parametrize("fmt", ["md", "html", "line", "github"])
def test_human_formats_show_dates_in_words(fmt):
    out = render(_yearless(), fmt)
    assert "April 2023" in out and "14 Dec (no year)" in out
    shown = re.sub(r'(title|data-q)="[^"]*"', "", out)  # the HTML keeps ISO in a tooltip and its search index
    assert "--12-14" not in shown and "2023-04" not in shown


def test_json_keeps_the_normalised_labels():
    data = json.loads(render(_yearless(), "json"))
    assert data["facts"][0]["expected"] == "--12-14"
    assert data["facts"][0]["results"][0]["evidence"][0]["found"] == "2023-04"
    assert data["facts"][1]["expected"] == "2020"


def test_numbers_and_names_are_left_as_they_are():
    assert "found 2020, expected 2020" in render(_yearless(), "line")
