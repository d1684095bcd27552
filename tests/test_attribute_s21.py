"""Rules of session 21, on invented sentences."""

import pytest

from .helpers import one, record

STRIKERS = record("number", "union", "33000", "workers")


@pytest.mark.parametrize("text, verdict", [
    # a thousands separator or a decimal point is part of its number, no comma closing an aside
    ("The stoppage, involving about 33,000 workers represented by the union, ended on Monday.", "agree"),
    ("The stoppage, involving about 31,000 workers represented by the union, ended on Monday.", "differ"),
    # a real comma after the aside still closes it: the count after it is the main clause's
    ("The stoppage, involving the union, ended with 31,000 workers back at work.", "silent"),
])
def test_a_numbers_separator_is_no_clause_mark(tmp_path, text, verdict):
    assert one(tmp_path, STRIKERS, text)[0] == verdict
