"""Rules of session 25, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest

from .helpers import one, record

TRIAL = record("date", "trial", "2021-09-08")
RESUMED = record("date", "resumed", "2023-01-23")
RECOVERY = record("date", "recovery", "2021-07-07")
DEPOSITS = record("number", "deposits, withdrew, withdrawing", "42000000000", "USD, dollars, $")
FIRE = record("number", "fire", "3", "people")

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

    # a year after describing words and a determiner or possessive ("Velmar's deadly 2020 port blast") modifies the
    # noun after it, as a month does ("a deadly January storm")
    (RESUMED, "The judge investigating Velmar's deadly 2020 port blast resumed his work on 23 January 2023.", "agree"),
    (RESUMED, "The judge investigating Velmar's deadly 2020 port blast resumed his work.", "silent"),
    (RESUMED, "The judge investigating the deadly 2021 port blast resumed his work.", "silent"),
    (record("date", "blast", "2020-08-04"), "The judge investigating the deadly 2021 port blast resumed work.", "differ"),
    (RESUMED, "The judge resumed in 2022 his probe.", "differ"),

    # a date read with its own determiner ("the 4 July") before a noun modifies that noun, after "since" too
    (RECOVERY, "The recovery has quickened since the 4 July demolition of the rest of the tower.", "silent"),
    (record("date", "demolition", "2021-07-04"),
     "The recovery has quickened since the 4 July demolition of the rest of the tower.", "agree"),
    # (after "of" it is the of-phrase's date: "the ceasefire of the 1990s")
    (record("date", "ceasefire", "2001-05-01"), "The ceasefire of the 1990s still held.", "differ"),

    # an amount after a plural noun and "of" ("losses of $1.8 billion") measures that noun, with no determiner too
    (DEPOSITS, "The bank failed after it reported losses of $1.8 billion and customers began withdrawing deposits.",
     "silent"),
    (DEPOSITS, "Customers withdrew deposits of $40 billion.", "differ"),
    (DEPOSITS, "Customers withdrew deposits of $42 billion.", "agree"),

    # a lower-case term spelling capitalised words of a name after "the", with the name going on in capitals, modifies
    # the name's head: "the Deposit Insurance Fund" is no deposits, "the Fire Department" no fire
    (DEPOSITS, "The failure cost the Deposit Insurance Fund about $20 billion.", "silent"),
    (DEPOSITS, "The failure cost the Federal Deposit Insurance Corp. about $20 billion.", "silent"),
    (FIRE, "Officials at the Fire Department said 4 people were hurt.", "silent"),
    (FIRE, "The fire at the Velmar Fire Station killed 4 people.", "differ"),
    (FIRE, "Officials said the Palisades Fire killed 4 people.", "differ"),
    (FIRE, "Palisades Fire Kills 4 People In Velmar Hills", "differ"),  # (title case: capitals say nothing)
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_25_rule_cases(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict
