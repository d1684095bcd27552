"""Rules of session 25, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest

from .helpers import one, record

TRIAL = record("date", "trial", "2021-09-08")

CASES = [
    # "accused" is a legal act like "charged": its ground ("of"/"in"/"over" and a dated event) is another event, whose
    # year dates that event, not the trial
    (TRIAL, "Trial opens for 20 accused in 2015 attacks", "silent"),
    (TRIAL, "Trial of 20 accused in 2015 Velmar attacks opens", "silent"),
    # a past participle right after a noun, with a preposition after it and no verb before it, describes that noun
    # ("the men accused of the attacks"): the sentence's verb comes after its phrase and its date is the subject's
    (TRIAL, "The trial of 20 men accused over the 2015 attacks opened on 8 September 2021.", "agree"),
    (TRIAL, "The trial of 20 men accused over the 2015 attacks opened on 9 September 2021.", "differ"),
    (TRIAL, "The trial of the men accused of the 2015 attacks opened on 8 September 2021.", "agree"),
    (TRIAL, "The trial of a man charged in the 2019 killing began on 9 September 2021.", "differ"),
    # (the ground's own date is the ground's, whoever stands in the subject)
    (record("date", "attacks", "2015-11-13"),
     "The trial of 20 men accused over the 13 November 2015 attacks opened on 8 September 2021.", "agree"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_25_rule_cases(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict
