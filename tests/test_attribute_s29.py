"""Rules of session 29, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest

from .helpers import one, record

PRICE = record("number", "Norcap", "2620000000", "dollars, USD")
CHILDREN = record("number", "stranded, stuck, aboard", "6", "children, schoolchildren")
ABOARD = record("number", "on board, aboard", "67", "people, passengers and crew")

CASES = [
    # amount_modifier: an amount before a noun whose of-phrase names the term is said of the term's thing
    (PRICE, "It is the firm's second-largest deal, after its $2.62 billion acquisition of Norcap in 2016.", "agree"),
    (PRICE, "It is the firm's second-largest deal, after its $2.62 billion purchase of software maker Norcap.", "agree"),
    (PRICE, "Its $2.62 billion purchase of Norcap closed in 2016.", "agree"),
    (PRICE, "Its $3 billion purchase of Norcap closed in 2016.", "differ"),
    # not past a comma or another preposition, nor a noun of another thing
    (PRICE, "Its $2.62 billion purchase of the studio, Norcap said, was a mistake.", "silent"),
    (PRICE, "Its $9 billion purchase of Velmar came years after it bought Norcap.", "silent"),
    # counted_part: a part after a word of including, in the fact's own unit, is the count the fact wants
    (CHILDREN, "A cable car with eight passengers, including six children, was stuck above the valley.", "agree"),
    (CHILDREN, "A cable car with eight passengers, including five children, was stuck above the valley.", "differ"),
    # a part in a word for people in general stays a part
    (record("number", "stranded, stuck, aboard", "6", "people"),
     "A cable car with eight passengers, including six people from Aske, was stuck above the valley.", "silent"),
    # a whole qualified by a term past a two-word noun after "and": "passengers and crew members on board"
    (ABOARD, "The jet crashed, killing 38 of the 67 passengers and crew members on board.", "agree"),
    (ABOARD, "The jet crashed, killing 38 of the 69 passengers and crew members on board.", "differ"),
]


@pytest.mark.parametrize("rec, text, verdict", CASES)
def test_rules_of_session_29(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict
