"""Rules of session 51, on invented sentences: each group pins one rule (the comment above it)."""

import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from .helpers import project, verdicts


def _number(fid: str, claim: str, about: str, value: str, unit: str = "seconds, second") -> str:
    return (f"  - id: {fid}\n    claim: {claim}\n    kind: number\n    about: [{about}]\n    value: {value}\n"
            f"    unit: [{unit}]\n    tolerance: 0\n")


def _date(fid: str, claim: str, about: str, value: str) -> str:
    return f"  - id: {fid}\n    claim: {claim}\n    kind: date\n    about: [{about}]\n    value: {value}\n"


# another_record: a conflicting value that the grammar gives as well to a term only another record of the same file and
# kind holds, and that is that record's value, is that record's ("Lund ran the 100 metres in 9.58 seconds" for Roe's
# time, filed beside Lund's 100-metre time of 9.58).
ROE = _number("roe-time", "Ana Roe ran 9.71 seconds.", "Ana Roe, Roe, silver", "9.71")
LUND = _number("lund-time", "Bea Lund won the 100 metres in 9.58 seconds.", "Bea Lund, Lund, 100 metres", "9.58")
RACE = "Ana Roe took silver as Bea Lund won the 100 metres in 9.58 seconds."


def test_a_value_of_a_record_filed_beside_is_that_records(tmp_path):
    got = verdicts(tmp_path, "facts:\n" + ROE + LUND, {"a.txt": RACE})
    assert got == {"roe-time": {"a.txt": "silent"}, "lund-time": {"a.txt": "agree"}}


def test_without_the_record_beside_the_value_still_differs(tmp_path):
    assert verdicts(tmp_path, "facts:\n" + ROE, {"a.txt": RACE})["roe-time"]["a.txt"] == "differ"


def test_a_record_in_another_file_is_not_beside(tmp_path):
    facts_dir, seeds_dir = project(tmp_path, "facts:\n" + ROE, {"a.txt": RACE})
    (facts_dir / "other.yaml").write_text("facts:\n" + LUND, encoding="utf-8")
    from checks.pipeline import check
    report = check(facts_dir, seeds_dir)
    assert {fr.fact.id: fr.results[0].verdict for fr in report.facts}["roe-time"] == "differ"


def test_the_sentence_must_name_the_other_records_own_term(tmp_path):
    # 9.58 is Lund's value, but nothing here names Lund or the 100 metres: a plain conflict for Roe
    got = verdicts(tmp_path, "facts:\n" + ROE + LUND, {"a.txt": "Ana Roe took silver in 9.58 seconds."})
    assert got["roe-time"]["a.txt"] == "differ"


SIGNED = _date("signed", "The truce was signed on 9 November 2020.", "signed", "2020-11-09")
EFFECT = _date("effect", "The truce took effect on 10 November 2020.", "took effect", "2020-11-10")


def test_coordinated_predicates_keep_their_own_dates_against_a_record_beside(tmp_path):
    # "signed on 10 November" is the signing's date, though the record beside (took effect) holds 10 November
    text = "The truce was signed on 10 November 2020 and took effect at midnight."
    assert verdicts(tmp_path, "facts:\n" + SIGNED + EFFECT, {"a.txt": text})["signed"]["a.txt"] == "differ"


def test_a_date_the_grammar_gives_to_the_record_besides_term_is_its(tmp_path):
    text = "The truce, signed and in force since it took effect on 10 November 2020, holds."
    got = verdicts(tmp_path, "facts:\n" + SIGNED + EFFECT, {"a.txt": text})
    assert got["effect"]["a.txt"] == "agree" and got["signed"]["a.txt"] != "differ"


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=900, max_value=1100).filter(lambda n: n not in (958, 971)))
def test_only_the_record_besides_exact_value_is_set_aside(hundredths):
    # any other time Lund is said to run is a conflict for Roe as before: the rule reads the record's value only
    value = f"{hundredths / 100:.2f}"
    with tempfile.TemporaryDirectory() as d:
        got = verdicts(Path(d), "facts:\n" + ROE + LUND,
                       {"a.txt": f"Ana Roe took silver as Bea Lund won the 100 metres in {value} seconds."})
    assert got["roe-time"]["a.txt"] == "differ", value


def test_explain_names_another_record(tmp_path, capsys):
    from checks.cli import main
    facts_dir, seeds_dir = project(tmp_path, "facts:\n" + ROE + LUND, {"a.txt": RACE})
    main(["explain", "roe-time", "--source", "a.txt", "--facts", str(facts_dir), "--seeds", str(seeds_dir)])
    out = capsys.readouterr().out
    assert "another_record" in out and "lund-time" in out, out


# another_record, stages: a conflicting value in a clause naming a context term only another record of its kind holds
# (its stage: "in the first round"), and none of the fact's own, is that record's.
RUNOFF = ("  - id: runoff-share\n    claim: Anna Roe won 61.2% of the votes in the runoff.\n    kind: number\n    about: [Anna Roe, Roe]\n"
          "    context: [runoff, second round]\n    value: 61.2\n    unit: ['%']\n    tolerance: 0\n")
FIRST = ("  - id: first-share\n    claim: Anna Roe won 24.5% of the votes in the first round.\n    kind: number\n    about: [Anna Roe, Roe]\n"
         "    context: [first round]\n    value: 24.5\n    unit: ['%']\n    tolerance: 0\n")
STAGED = "Roe faces the runoff next month. Roe received 23.9% of the votes in the first round."


def test_a_value_in_another_records_stage_is_that_records(tmp_path):
    got = verdicts(tmp_path, "facts:\n" + RUNOFF + FIRST, {"a.txt": STAGED})
    assert got == {"runoff-share": {"a.txt": "silent"}, "first-share": {"a.txt": "differ"}}


def test_a_value_in_both_stages_clause_is_still_the_facts(tmp_path):
    # the clause names the fact's own stage too: no reason to give the value away
    text = "Roe faces the runoff. Roe received 23.9% in the first round and in the runoff alike."
    assert verdicts(tmp_path, "facts:\n" + RUNOFF + FIRST, {"a.txt": text})["runoff-share"]["a.txt"] == "differ"


def test_without_the_other_stages_record_the_value_conflicts(tmp_path):
    assert verdicts(tmp_path, "facts:\n" + RUNOFF, {"a.txt": STAGED})["runoff-share"]["a.txt"] == "differ"


# A yearless date's event noun takes no year from the same sentence's other instance of that noun ("the election on
# April 23, the first time since the 1969 election"): the sentence tells of two instances (dates/placement._dated_apart).
def test_a_sentences_other_dated_instance_gives_no_year(tmp_path):
    from .helpers import one
    fact = "- id: f\n  claim: x\n  kind: date\n  about: [first round]\n  value: 2017-04-23\n"
    text = ("Turnout fell in the first round of the election on April 23, the first time since the 1969 election "
            "that it fell so low.")
    assert one(tmp_path, fact, text, published="2017-04-24")[0] == "agree"


def test_an_event_dated_in_another_sentence_still_gives_its_year():
    from checks.dates.placement import _dated_apart
    assert _dated_apart("election", "the first time since the 1969 election")
    assert not _dated_apart("election", "the first round of the election on April 23")


# News agencies' scale abbreviations: "12.4 mln voters", "2 bln euros".
@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from([("mln", 1e6), ("bln", 1e9), ("mn", 1e6), ("bn", 1e9)]))
def test_agency_scale_abbreviations_multiply(n, scale):
    from checks.numbers import numbers
    (m,) = numbers(f"{n} {scale[0]} voters took part.")
    assert (m.value, m.unit) == (n * scale[1], "voters")


# measure: an amount said to include what a figure may take in, past its owner and a describing word ("valued at $108.7
# billion including Velmar's net debt"), or in an opening phrase ("Including debt, Orsk is paying $64.5 billion"),
# measures another quantity than a price that names none.
PRICE = ("- id: f\n  claim: Orsk agreed to buy Velmar for $85.4 billion.\n  kind: number\n  about: [deal, valued]\n"
         "  value: 85.4\n  unit: [billion dollars]\n  tolerance: 0\n")


def test_an_amount_including_an_owners_debt_is_another_measure(tmp_path):
    from .helpers import one
    for text in ("The deal is valued at $108.7 billion including Velmar's net debt.",
                 "Including debt, the deal is valued at $108.7 billion."):
        assert one(tmp_path, PRICE, text)[0] == "silent", text
    assert one(tmp_path, PRICE, "The deal is valued at $108.7 billion, Orsk said.")[0] == "differ"


# predecessor: the name after "over" right after a noun of a win ("a resounding victory over far-right leader Orsk") is
# the one beaten; a title right before the name it belongs to stays that name's ("his win over US Open champion Orsk").
WINNER = "- id: f\n  claim: x\n  kind: party\n  about: [won, victory]\n  value: [Anna Roe]\n  rivals: [Lena Orsk]\n"
TITLE = ("- id: f\n  claim: x\n  kind: party\n  about: [Lena Orsk, Orsk]\n  value: [US Open champion]\n"
         "  rivals: [Olympic champion]\n")


def test_the_name_after_a_victory_over_is_the_one_beaten(tmp_path):
    from .helpers import one
    text = "Anna Roe won a resounding victory over far-right leader Lena Orsk in the election."
    assert one(tmp_path, WINNER, text)[0] == "agree"
    assert one(tmp_path, WINNER, "Lena Orsk won a resounding victory in the election.")[0] == "differ"


def test_a_title_before_the_beaten_name_is_still_that_names(tmp_path):
    from .helpers import one
    assert one(tmp_path, TITLE, "Roe sealed a dramatic win over US Open champion Orsk.")[0] == "agree"
    assert one(tmp_path, TITLE, "Roe sealed a dramatic win over Olympic champion Orsk.")[0] == "differ"


# other_deal: a describing word hyphen-joined to an acronym ("satellite-TV provider Velmar") is one describing word
# before the name bought.
def test_a_hyphen_joined_acronym_describes_the_name_bought(tmp_path):
    from .helpers import one
    text = "A year ago Orsk completed its $48.5 billion purchase of satellite-TV provider Lumo."
    assert one(tmp_path, PRICE.replace("[deal, valued]", "[deal, valued, purchase]"), text)[0] == "silent"
    assert one(tmp_path, PRICE.replace("[deal, valued]", "[deal, valued, purchase]"),
               "A year ago Orsk completed its $48.5 billion purchase of Velmar.")[0] == "differ"


# another_instance: an indefinite noun phrase opening a sentence that ends with "as well"/"too", through its
# with-phrase to the verb, tells of one more instance ("A magnitude 5.0 foreshock with its epicentre near Orsk has
# caused damage as well").
EPICENTRE = "- id: f\n  claim: x\n  kind: place\n  about: [epicentre]\n  value: [Orsk]\n  rivals: [Velmar]\n"


def test_an_indefinite_subject_with_as_well_is_another_instance(tmp_path):
    from .helpers import one
    for text in ("A magnitude 5.0 foreshock with the epicentre near Orsk on Monday has caused damage as well.",
                 "A smaller tremor with its epicentre near Orsk was felt too."):
        assert one(tmp_path, EPICENTRE, text)[0] == "silent", text
    assert one(tmp_path, EPICENTRE, "The quake with the epicentre near Orsk caused damage as well.")[0] == "agree"


# A relative clause right after a comparison's reference ending in a noun describes the compared thing ("surpassing
# the death toll of the Orsk nightclub massacre, which killed 49 people in 2016").
TOLL = "- id: f\n  claim: x\n  kind: number\n  about: [killed]\n  value: 58\n  unit: [people]\n  tolerance: 0\n"


def test_a_relative_clause_of_the_compared_noun_is_the_references(tmp_path):
    from .helpers import one
    text = ("At least 58 people were killed, surpassing the death toll of the Orsk nightclub massacre, which killed "
            "49 people in 2016.")
    assert one(tmp_path, TOLL, text)[0] == "agree"


# A count of one person joins a list of people ("All 71 people on board and one person on the ground died": 72).
@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2, max_value=400), st.sampled_from(["one person", "two people", "3 persons"]))
def test_people_and_a_person_add_up(n, second):
    from checks.numbers import numbers
    added = {"one person": 1, "two people": 2, "3 persons": 3}[second]
    found = numbers(f"All {n} people on board and {second} on the ground died.")
    assert any(m.value == n + added for m in found), [(m.value, m.text) for m in found]


# Modal verbs open a coordinated predicate as other auxiliaries do ("is subject to approval and should be completed in
# late 2019": the date is the completion's).
APPROVAL = "- id: f\n  claim: x\n  kind: date\n  about: [approval]\n  value: 2019-01-16\n"


def test_a_modal_opens_a_coordinated_predicate(tmp_path):
    from .helpers import one
    for modal in ("should", "must", "might"):
        text = f"The deal is subject to shareholder approval and {modal} be completed in late 2019."
        assert one(tmp_path, APPROVAL, text, published="2018-10-29")[0] == "silent", modal


# A count followed by "and", a verb of a state and its own count ("claimed the lives of 159 people and injured at least
# 196") is no count of that state: the verb has its own object.
DEATHS = "- id: f\n  claim: x\n  kind: number\n  about: [lives, killed]\n  value: 40\n  unit: [people]\n  tolerance: 0\n"


def test_a_coordinated_state_verb_with_its_own_count_leaves_the_first(tmp_path):
    from .helpers import one
    text = "The crush claimed the lives of 40 people and injured at least 90."
    assert one(tmp_path, DEATHS, text)[0] == "agree"


# each: a count "for each" is a total's part, unless the fact counts one for each itself.
EACH = ("- id: f\n  claim: Orsk would pay $150,000 to the family of each victim.\n  kind: number\n"
        "  about: [pay, each victim]\n  value: 150000\n  unit: [dollars]\n  tolerance: 0\n")


def test_a_fact_of_each_reads_an_amount_for_each(tmp_path):
    from .helpers import one
    assert one(tmp_path, EACH, "Orsk will pay $150,000 for each victim, state TV reported.")[0] == "agree"
    assert one(tmp_path, EACH, "Orsk will pay $120,000 for each victim, state TV reported.")[0] == "differ"


# Money: "U.S. dollars" after an amount; "in cash" (", without interest,") between an amount and its share.
@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=999_999))
def test_us_dollars_with_dots_name_the_dollar(n):
    from checks.numbers import numbers
    (m,) = numbers(f"Each family will receive {n:,} U.S. dollars as reparations.")
    assert (m.value, m.unit) == (n, "USD")


def test_how_a_price_is_paid_stands_before_its_share():
    from checks.numbers import numbers
    (m,) = numbers("Holders will receive $75 in cash, without interest, for each share they own.")
    assert (m.value, m.unit) == (75, "USD per share")
    (m,) = numbers("Workers will receive $5 in cash for the day.")
    assert m.unit == "USD"


# "ahead of" before a planned event ("ahead of the vote") is a time, no gap: what follows is no comparison's reference.
PER_SHARE = "- id: f\n  claim: x\n  kind: number\n  about: [shareholders]\n  value: 190\n  unit: [per share]\n  tolerance: 0\n"


def test_ahead_of_a_planned_event_opens_no_comparison(tmp_path):
    from .helpers import one
    text = ("In a statement sent ahead of the vote, the chief said shareholders would receive $190 for each share "
            "they own.")
    assert one(tmp_path, PER_SHARE, text)[0] == "agree"
    # (a gap after a count still opens the reference: tests/test_attribute_s47.py, "45 seconds ahead of Anna Lind")


# A company's fiscal period is no calendar one: "the second quarter of its 2022 fiscal year", "fiscal 2022", "FY2022"
# give no date (dates/placement._fiscal).
CLOSE = "- id: f\n  claim: x\n  kind: date\n  about: [complete, close, closed]\n  value: 2021-07-21\n"


def test_a_fiscal_period_gives_no_date(tmp_path):
    from .helpers import one
    for text in ("The deal closed in the second quarter of its 2022 fiscal year, Orsk said.",
                 "The deal closed in the second quarter of Orsk's fiscal year 2022.",
                 "The deal closed in fiscal 2022.", "The deal closed in FY2022."):
        assert one(tmp_path, CLOSE, text, published="2022-08-01")[0] == "silent", text
    assert one(tmp_path, CLOSE, "The deal closed in the second quarter of 2022.", published="2022-08-01")[0] == "differ"


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2000, max_value=2040), st.sampled_from(["fiscal {y}", "fiscal year {y}", "its {y} fiscal year",
                                                                      "FY{y}", "FY {y}"]))
def test_no_fiscal_year_is_read_as_a_date(year, form):
    from checks.dates.placement import dated_sentences
    from checks.sources import make_source
    text = "Revenue rose in " + form.format(y=year) + ", the company said."
    found = [m for _, ms in dated_sentences(make_source("a.txt", text)) for m in ms]
    assert found == [], found


# The year a claim gives the level a change came from ("down from 67% in 2019") is no year of the fact's own; a second
# dated earlier level listed after it ("from 71 per cent in 2019 and 69.5 per cent in 2015") is an earlier level too.
TURNOUT = ("- id: f\n  claim: Voter turnout was about 62.6%, down from 67% in 2019.\n  kind: number\n  about: [turnout]\n"
           "  value: 62.6\n  unit: ['%', per cent]\n  tolerance: 1%\n")


def test_earlier_levels_of_a_change_are_set_aside(tmp_path):
    from .helpers import one
    text = "Turnout was 62 per cent, down from 71 per cent in 2019 and 69.5 per cent in 2015."
    assert one(tmp_path, TURNOUT, text)[0] == "agree"
    assert one(tmp_path, TURNOUT, "Turnout was down from 71 per cent in 2019 and 69.5 per cent in 2015.")[0] == "silent"


# change_noun: a figure after "a"/"an" right before a noun of change ("a 2 per cent rise to the VAT") is the size of a
# change, no level; not for a claim that writes its value so.
VAT = ("- id: f\n  claim: Orsk raised its VAT to 14 per cent.\n  kind: number\n  about: [VAT]\n  value: 14\n"
       "  unit: [per cent]\n  tolerance: 0\n")


def test_a_figure_before_a_noun_of_change_is_no_level(tmp_path):
    from .helpers import one
    for noun in ("rise", "increase", "hike"):
        assert one(tmp_path, VAT, f"The law brought a 2 per cent {noun} in VAT.")[0] == "silent", noun
    assert one(tmp_path, VAT, "The law brought a 12 per cent VAT.")[0] == "differ"
    rise = VAT.replace("raised its VAT to 14 per cent", "agreed a 14 per cent rise in VAT")
    assert one(tmp_path, rise, "The law brought a 2 per cent rise in VAT.")[0] == "differ"


# another_instance: a date completing a term's noun with "of" ("GENERAL ELECTION OF OCTOBER 21, 2019") names which
# instance is meant; far from the fact's, it names another (a full date is a misstatement only when month and day match).
POLL = "- id: f\n  claim: x\n  kind: date\n  about: [general election]\n  value: 2021-09-20\n"


def test_a_far_date_after_of_names_another_instance(tmp_path):
    from .helpers import one
    assert one(tmp_path, POLL, "Results of the general election of October 12, 2019 are below.")[0] == "silent"
    assert one(tmp_path, POLL, "Results of the general election of September 20, 2019 are below.")[0] == "differ"
    assert one(tmp_path, POLL, "Results of the general election of September 27, 2021 are below.")[0] == "differ"


# A news agency's file picture ("FILE - People look at flowers ... Monday July 18, 2016 in Velmar") is a caption: its date
# is the picture's moment, a possible conflict at most.
ATTACK = "- id: f\n  claim: x\n  kind: date\n  about: [truck attack]\n  value: 2016-07-14\n"


def test_an_agency_file_picture_dates_its_moment(tmp_path):
    from .helpers import one
    for opener in ("FILE - ", "FILE – ", "FILE PHOTO: "):
        text = opener + "People look at flowers at the scene of a truck attack Monday July 18, 2016 in Velmar."
        assert one(tmp_path, ATTACK, text)[0] == "silent", opener
    assert one(tmp_path, ATTACK, "People looked at flowers at the scene of the truck attack on July 18, 2016.")[0] == "differ"


# An absolute ", with" clause whose noun phrase is a name: the name is its -ing verb's subject, in the verb's clause
# ("Roe won with 40.1 per cent, with Lind garnering 33.5 per cent").
HOU = "- id: f\n  claim: x\n  kind: number\n  about: [Lind]\n  value: 33.5\n  unit: [per cent]\n  tolerance: 0\n"
LAI = "- id: f\n  claim: x\n  kind: number\n  about: [Roe]\n  value: 40.1\n  unit: [per cent]\n  tolerance: 0\n"


def test_a_named_absolute_subject_takes_its_verbs_value(tmp_path):
    from .helpers import one
    text = "Roe had won with 40.1 per cent of the vote, with Lind garnering 33.5 per cent."
    assert one(tmp_path, HOU, text)[0] == "agree"
    assert one(tmp_path, LAI, text)[0] == "agree"
    assert one(tmp_path, HOU, text.replace("33.5", "31.5"))[0] == "differ"


# year_named: a date that only shares a clause with the terms, when every term stands in a noun phrase a year of its own
# opens ("the 2011 earthquake and tsunami"), another year than the date's, is the clause's other act's.
QUAKE = "- id: f\n  claim: x\n  kind: date\n  about: [earthquake, tsunami]\n  value: 2011-03-11\n"


def test_a_year_naming_the_event_leaves_the_clauses_date_to_another_act(tmp_path):
    from .helpers import one
    for text in ("Police search for victims of the 2011 earthquake and tsunami on a beach in December 2018.",
                 "The nation on Monday marked the second anniversary of the 2011 earthquake and tsunami."):
        assert one(tmp_path, QUAKE, text, published="2013-03-12")[0] == "agree", text
    # the phrase's own year conflicts: still a differ
    assert one(tmp_path, QUAKE, "The 2012 earthquake struck the coast.")[0] == "differ"
    # a date of the phrase's year may be the event's own
    assert one(tmp_path, QUAKE, "The 2011 earthquake and tsunami struck on 12 March 2011.")[0] == "differ"


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2012, max_value=2030), st.sampled_from(["January", "June", "December"]))
def test_no_later_clause_date_contradicts_a_year_named_event(year, month):
    from .helpers import one_fresh
    text = f"Divers searched for victims of the 2011 earthquake and tsunami off Orsk in {month} {year}."
    assert one_fresh(QUAKE, text)[0] == "agree"


# "five years ago this week": the week counted back to dates nothing of its own (dates/placement._AGO_BEFORE).
FLYBY = "- id: f\n  claim: x\n  kind: date\n  about: [flew by]\n  value: 2015-07-14\n"


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["this week", "this month", "on Tuesday"]))
def test_a_time_right_after_ago_dates_nothing(tail):
    from .helpers import one_fresh
    text = f"When the probe flew by Pluto five years ago {tail}, it took pictures."
    assert one_fresh(FLYBY, text, published="2020-07-15")[0] == "agree"


def test_a_time_not_after_ago_still_dates_its_clause(tmp_path):
    from .helpers import one
    assert one(tmp_path, FLYBY, "The probe flew by Pluto on 14 July 2016, taking pictures.", published="2020-07-15")[0] == "differ"


# Review findings (a helper tried to break each rule with invented sentences, old code against new).
def test_review_a_value_the_sentence_gives_the_facts_own_name_too_stays_a_conflict(tmp_path):
    for text in ("Ana Roe ran the 100 metres in 9.58 seconds.", "Ana Roe and Bea Lund both ran 9.58 seconds."):
        assert verdicts(tmp_path, "facts:\n" + ROE + LUND, {"a.txt": text})["roe-time"]["a.txt"] == "differ", text


def test_review_coordinated_terms_share_their_date(tmp_path):
    text = "The truce was signed and took effect on 10 November 2020."
    assert verdicts(tmp_path, "facts:\n" + SIGNED + EFFECT, {"a.txt": text})["signed"]["a.txt"] == "differ"


def test_review_a_stage_told_as_a_time_or_a_comparison_is_not_the_clauses(tmp_path):
    for text in ("Roe won the runoff. Two weeks after the first round, Roe took 58.3% of the vote.",
                 "Roe won the runoff on Sunday. Roe took 58.3% of the vote, more than double her first-round score."):
        assert verdicts(tmp_path, "facts:\n" + RUNOFF + FIRST, {"a.txt": text})["runoff-share"]["a.txt"] == "differ", text


def test_review_the_same_event_named_again_with_its_year_gives_it(tmp_path):
    from .helpers import one
    fact = "- id: f\n  claim: x\n  kind: date\n  about: [disaster]\n  value: 2014-05-13\n"
    text = "The disaster on May 13 killed 301 miners, making the 2014 disaster the deadliest in Orsk's history."
    assert one(tmp_path, fact, text, published="2019-05-13")[0] == "agree"


def test_review_as_well_of_a_later_clause_leaves_the_subject_alone(tmp_path):
    from .helpers import one
    text = "A deadly earthquake with its epicentre near Orsk struck Monday, and it was felt in the capital too."
    assert one(tmp_path, EPICENTRE, text)[0] == "agree"


def test_review_a_total_claim_naming_each_still_sets_each_aside(tmp_path):
    from .helpers import one
    total = ("- id: f\n  claim: Orsk paid a total of $1.8 million, $150,000 to each of 12 families.\n  kind: number\n"
             "  about: [pay, families]\n  value: 1800000\n  unit: [dollars]\n  tolerance: 0\n")
    assert one(tmp_path, total, "Orsk will pay $150,000 for each family, state TV reported.")[0] == "silent"


def test_review_a_claim_of_a_change_by_its_verb_reads_changes(tmp_path):
    from .helpers import one
    prices = ("- id: f\n  claim: Consumer prices rose 5 per cent in March.\n  kind: number\n  about: [prices]\n"
              "  value: 5\n  unit: [per cent]\n  tolerance: 0\n")
    assert one(tmp_path, prices, "Data showed a 4 per cent rise in consumer prices in March.")[0] == "differ"


def test_review_a_file_pictures_clause_of_the_event_still_dates_it(tmp_path):
    from .helpers import one
    text = "FILE - People look at flowers in Nice, where the truck attack happened on July 15, 2016."
    assert one(tmp_path, ATTACK, text)[0] == "differ"
