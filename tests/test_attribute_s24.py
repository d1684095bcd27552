"""Rules of session 24, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

COLLAPSED = record("date", "collapsed", "2021-06-24")
CHAIR = record("party", "Velmar Bank chair", "[Axel Roe, Roe]", rivals="Tom Lind")
ALTITUDE = record("number", "highest altitude", "10900", "feet")
KILLED = record("number", "killed", "5", "people")
RESCUED = record("number", "rescued", "172", "survivors")

CASES = [
    # an aside after the subject (", once located in the town,", ", which stood there,") ends at its comma when the
    # subject's verb follows, also after an adverb (", partially collapsed"): a date opening the sentence is that verb's
    (COLLAPSED, "On June 24, 2021, the tower, once located at 8 Bay Avenue in the town of Aske, partially collapsed.",
     "agree"),
    (COLLAPSED, "On June 25, 2021, the tower, once located at 8 Bay Avenue in the town of Aske, partially collapsed.",
     "differ"),
    (COLLAPSED, "On June 24, 2021, the tower, which stood by the sea, suddenly collapsed.", "agree"),
    (COLLAPSED, "On June 24, 2021, the tower, once owned by Anna Roe, later collapsed.", "agree"),
    # ("once" with a subject and verb stays a subordinator: its clause has its own time)
    (COLLAPSED, "Once the tower collapsed, rescuers arrived on June 25, 2021.", "silent"),

    # an unspaced en dash joins two numbers or words ("June 23–24", "Dallas–Fort Worth"): no clause break
    (record("date", "mutiny", "2023-06-23"), "On June 23–24, 2023, Ivan Orsk, 62, led a mutiny against the army.",
     "agree"),
    (record("date", "mutiny", "2023-06-20"), "On June 23–24, 2023, Ivan Orsk, 62, led a mutiny against the army.",
     "differ"),
    (record("date", "mutiny", "2023-06-23"), "On June 23 – a Friday – the army said a mutiny had been crushed.",
     "silent"),

    # a short label, a colon and a short value with no verb is a fact box's line: the value is the label's
    (ALTITUDE, "Highest altitude: 10,900 feet", "agree"),
    (ALTITUDE, "Highest altitude: 11,900 feet", "differ"),
    # (a headline's topic before a colon is no label: the clause after it has its own subject and verb)
    (KILLED, "Border clashes: officials say 4 people were killed near the highest altitude post", "differ"),
    (ALTITUDE, "Flight data: the plane climbed to a highest altitude of 10,900 feet before it fell", "agree"),

    # "five of those cars", "two of the injured workers": a count with no noun, "of" and a determined plural noun
    # counts that noun; "of them" names none
    (record("number", "vinyl chloride", "5", "cars"), "Vinyl chloride was released from five of those cars.",
     "agree"),
    (record("number", "vinyl chloride", "5", "cars"), "Vinyl chloride was released from four of the derailed cars.",
     "differ"),
    (record("number", "vinyl chloride", "5", "cars"), "Five of them carried vinyl chloride.", "silent"),

    # a count with no noun as the subject of the fact's own verb ("172 were rescued", "5 killed in collision") counts
    # what the fact counts; not a count before its own noun ("33 rescued miners"), nor a name's number ("Apollo 11")
    (RESCUED, "Of the 476 passengers on board, 172 were rescued.", "agree"),
    (RESCUED, "Of the 476 passengers on board, 171 were later rescued.", "differ"),
    (RESCUED, "All 33 rescued miners were flown home.", "silent"),
    (record("number", "killed", "5", "crew members"), "5 killed in runway collision, officials say.", "agree"),
    (record("number", "killed", "5", "crew members"), "4 killed in runway collision, officials say.", "differ"),
    (record("number", "landed", "4", "countries"), "India became the fourth nation; Chandrayaan-3 has landed.",
     "silent"),

    # a title in apposition after a name keeps the name even when a relative clause ("whose ...") runs on past the
    # usual reach of an apposition
    (CHAIR, "Axel Roe, the Velmar Bank chair whose stiff manner seemed to convey his discomfort throughout the long "
     "meeting, instinctively pulled back.", "agree"),
    (CHAIR, "Tom Lind, the Velmar Bank chair whose stiff manner seemed to convey his discomfort throughout the long "
     "meeting, instinctively pulled back.", "differ"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_24_rule_cases(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@settings(max_examples=25, deadline=None)
@given(first=st.integers(1, 27), span=st.integers(1, 3), fact=st.integers(1, 30))
def test_a_day_range_joined_by_an_en_dash_agrees_when_it_holds_the_fact_s_day(tmp_path_factory, first, span, fact):
    """'On June D1–D2, 2023, ... led a mutiny': the range agrees with a fact day inside it and differs otherwise."""
    last = first + span
    spec = record("date", "mutiny", f"2023-06-{fact:02d}")
    text = f"On June {first}–{last}, 2023, Ivan Orsk led a mutiny against the army."
    verdict = one(tmp_path_factory.mktemp("r"), spec, text)[0]
    assert verdict == ("agree" if first <= fact <= last else "differ")
