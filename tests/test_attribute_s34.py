"""Rules of session 34, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest

from .helpers import one, record

CRASH_DAY = record("date", "crash", "2012-06-03")
CRASHED_DAY = record("date", "crashed", "2009-02-25")

CASES = [
    # a value right after the term's own of-phrase is the term's, not the topic noun's before it
    (CRASH_DAY, "The bureau has released its final report into the crash of Dana aircraft 992 on June 3rd, 2012.",
     "agree"),
    (CRASH_DAY, "A probe into the crash of Flight 992 in Lagos on 3 June 2012 is under way.", "agree"),
    (CRASH_DAY, "A probe into the crash of Flight 992 in Lagos on 4 June 2012 is under way.", "differ"),
    (CRASH_DAY, "The inquiry into the crash of the plane opened on 3 June 2012.", "silent"),  # the opening's day
    (CRASH_DAY, "The inquiry into the crash of the plane and the rescue that followed on 4 June 2012 ended.", "silent"),
    # a participle after a determiner in a before-phrase is an adjective: the phrase is verbless, its date loose
    (CRASHED_DAY, "The jet crashed shortly before the intended landing at Aske on 25 February 2009.", "agree"),
    (CRASHED_DAY, "The jet crashed after the landing gear failed on 25 February 2009.", "silent"),
    (CRASHED_DAY, "The jet crashed a week after the scheduled landing on 25 February 2009.", "silent"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_34(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@pytest.mark.parametrize("named", ["of Dana aircraft 992", "of the plane", "of Flight 992", ""])
def test_a_perfect_takes_no_past_day_past_the_event_nouns_of_phrase(tmp_path, named):
    text = f"Investigators have filed their report on the crash {named} on June 3, 2012.".replace("  ", " ")
    assert one(tmp_path, CRASH_DAY, text)[0] == "agree"
    assert one(tmp_path, CRASH_DAY, text.replace("June 3", "June 4"))[0] == "differ"
