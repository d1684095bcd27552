"""Rules of session 52, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from checks.numbers import numbers

from .helpers import verdicts, one_verdict as _one


def _number(fid: str, claim: str, about: str, value: str, unit: str, context: str = "") -> str:
    extra = f"    context: [{context}]\n" if context else ""
    return (f"  - id: {fid}\n    claim: {claim}\n    kind: number\n    about: [{about}]\n{extra}    value: {value}\n"
            f"    unit: [{unit}]\n    tolerance: 0\n")


def _date(fid: str, about: str, value: str) -> str:
    return f"  - id: {fid}\n    claim: x\n    kind: date\n    about: [{about}]\n    value: {value}\n"


# another_record, restated: a bracketed amount right after another ("US$23 billion ($36.2 billion)") restates it in
# other money, so it is the record's whose value the amount before it is.
DEAL = _number("deal", "Orsk agreed to buy Velmar for $32 billion.", "deal, bid, buy", "32", "billion, USD, dollars, $")
OFFER = _number("offer", "Velmar rejected an earlier $23 billion offer.", "reject, rejected, offer", "23",
                "billion, USD, dollars, $")
REJECTED = "Investors persuaded Velmar to reject Orsk's US$23 billion ($36.2 billion) bid."


def test_a_restated_amount_goes_with_the_record_of_the_amount_it_restates(tmp_path):
    got = verdicts(tmp_path, "facts:\n" + DEAL + OFFER, {"a.txt": REJECTED})
    assert got == {"deal": {"a.txt": "silent"}, "offer": {"a.txt": "agree"}}


def test_without_the_record_beside_the_restated_amount_still_differs(tmp_path):
    assert _one(tmp_path, DEAL, REJECTED) == "differ"


# topic noun, past its own time and place: "a briefing on Friday at the Orsk Airport on the crash" dates the briefing
# (and a place with its region, "the Orsk, Velmar, crash", is one name before the term).
CRASH = _date("crash", "crash", "2025-01-29")


def test_a_topic_noun_before_its_time_and_place_takes_the_date(tmp_path):
    text = "Officials held a briefing on Thursday (Jan 30) at the Orsk National Airport on the Velmar crash."
    assert _one(tmp_path, CRASH, text, "2025-01-31") == "silent"


def test_a_place_and_its_region_before_the_term_stay_in_its_noun_phrase(tmp_path):
    text = "Officials held a briefing on Thursday (Jan 30) on the Orsk, Velmar, crash."
    assert _one(tmp_path, CRASH, text, "2025-01-31") == "silent"


def test_the_term_with_its_own_date_still_agrees(tmp_path):
    text = "The plane went down on Wednesday (Jan 29) in the Orsk, Velmar, crash, officials said."
    assert _one(tmp_path, CRASH, text, "2025-01-31") == "agree"


# dateline with a region: "ORSK, Velmar, Aug. 22 (UPI) --" dates the filing, not the event.
TRAPPED = _date("trapped", "trapped, collapse", "2010-08-05")


def test_a_dateline_with_place_and_region_dates_no_event(tmp_path):
    text = "ORSK, Velmar, Aug. 22 (UPI) -- Miners trapped underground for 17 days sent a note to rescuers."
    assert _one(tmp_path, TRAPPED, text, "2010-08-22") == "silent"


def test_a_written_out_date_after_the_dateline_still_counts(tmp_path):
    text = "ORSK, Velmar, Aug. 22 (UPI) -- The miners were trapped on Aug. 6 when the tunnel caved in."
    assert _one(tmp_path, TRAPPED, text, "2010-08-22") == "differ"


# included parts at places: "69 deaths were reported across the region, including 52 in Ostia and 11 in Varnia":
# the parts leave out the noun of the count before "including", people or the harmed.
def test_parts_at_places_after_including_count_the_whole_noun():
    found = numbers("At least 69 deaths were reported across the region so far, including 52 in Ostia and 11 in Varnia.")
    assert [(m.value, m.unit) for m in found] == [(69, "deaths"), (52, "deaths"), (11, "deaths")]


def test_parts_of_things_after_including_stay_unnamed():
    found = numbers("The storm destroyed 350 homes, including 300 in Ostia and 20 in Varnia.")
    assert [m.unit for m in found] == ["homes", "in", "in"]


VARNIA = _number("varnia-dead", "The storm killed 11 people in Varnia.", "deaths, dead, killed", "11",
                 "deaths, dead, people", "Varnia")


def test_a_place_part_agrees_with_its_places_fact(tmp_path):
    text = "At least 69 deaths were reported across the region so far, including 52 in Ostia and 11 in Varnia."
    assert _one(tmp_path, VARNIA, text) == "agree"


# respective_value: values listed with ", respectively" pair in order with terms listed before them; a bare count so
# listed counts the term it pairs with.
INJURED = _number("injured", "x", "injured", "374", "people, injured")


def test_respectively_pairs_a_value_with_its_term(tmp_path):
    text = "The numbers of people listed as missing and injured were 18 and 374, respectively."
    assert _one(tmp_path, INJURED, text) == "agree"


def test_respectively_sets_aside_the_other_terms_value(tmp_path):
    text = "The numbers of people listed as injured and missing were 18 and 374, respectively."
    assert _one(tmp_path, INJURED, text) == "differ"  # 18 pairs with 'injured'


def test_respectively_with_no_terms_listed_leaves_the_values_to_their_clause(tmp_path):
    text = "Ostia and Varnia counted 374 and 18 injured, respectively."
    assert _one(tmp_path, INJURED, text) != "silent"


@settings(max_examples=25, deadline=None)
@given(st.permutations(["dead", "injured", "missing"]), st.lists(st.integers(10, 999), min_size=3, max_size=3,
                                                                 unique=True))
def test_respectively_pairs_by_place_whatever_the_order(tmp_path_factory, order, values):
    text = f"The {order[0]}, {order[1]} and {order[2]} numbered {values[0]}, {values[1]} and {values[2]}, respectively."
    own = values[order.index("injured")]
    tmp = tmp_path_factory.mktemp("r")
    assert _one(tmp, _number("injured", "x", "injured", str(own), "people, injured"), text) == "agree"


# year placement: a day written with no preposition after a word of its clause, as agencies write it ("disappeared from
# radar Dec. 28"), is a past verb's own day like "on Dec. 28": not one still to come (not after "by", "to" or "the").
VANISHED = _date("vanished", "disappeared", "2014-12-28")


def test_a_bare_day_after_a_past_verbs_words_is_not_to_come(tmp_path):
    assert _one(tmp_path, VANISHED, "The jet disappeared from radar screens Dec. 28.", "2015-12-01") == "agree"


def test_a_bare_day_after_a_word_pointing_ahead_is_not_moved(tmp_path):
    text = "Velmar was given a deadline Dec. 28 to respond."
    assert _one(tmp_path, _date("deadline", "deadline", "2015-12-28"), text, "2015-12-01") == "agree"


def test_a_bare_day_after_by_may_still_be_to_come():
    from checks.dates.placement import _BARE_AFTER_WORD
    from checks.lang.grammar import FUNCTION_WORDS
    m = _BARE_AFTER_WORD.search("officials decided the boy should go home by ")
    assert m and m.group(1) in FUNCTION_WORDS


# tense: an opening past participle of a done act and its date, set off by a comma, is past ("Announced in December,
# the deal ..."); a participle of a plan is not ("Scheduled for December, ...").
def test_an_opening_participle_of_a_done_act_is_past():
    from checks.dates.tense import leaning
    text = "Announced in December, the Orsk purchase was challenged by regulators in May."
    i = text.index("December")
    assert leaning(text, i, i + 8) == "past"


def test_an_opening_participle_of_a_plan_is_not_past():
    from checks.dates.tense import leaning
    text = "Scheduled in December, the launch is the first of its kind."
    i = text.index("December")
    assert leaning(text, i, i + 8) != "past"


ANNOUNCED = _date("announced", "announced, purchase", "2022-12-12")


def test_a_done_opening_places_its_month_before_publication(tmp_path):
    text = "Announced in December, the Orsk purchase was challenged by regulators in May."
    assert _one(tmp_path, ANNOUNCED, text, "2023-10-25") == "agree"


# state: a part set off by commas between a count and its verb ("146 people, including six children, were killed") does
# not hide the state the verb names; a count of people gathered took part, no count of the harmed.
HURT = _number("hurt", "551 people were injured.", "injured, wounded", "551", "people, injured")


def test_a_part_aside_does_not_hide_the_counts_state(tmp_path):
    text = "146 people, including six children, were killed, and more than 500 were injured."
    assert _one(tmp_path, HURT, text) == "silent"  # 146 are the dead; "more than 500" only bounds the injured


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["including", "among them", "mostly"]), st.integers(2, 9))
def test_any_part_aside_keeps_the_dead_apart(tmp_path_factory, lead, part):
    text = f"In the attack, 146 people, {lead} {part} children, were killed, and more than 500 were injured."
    assert _one(tmp_path_factory.mktemp("s"), HURT, text) == "silent"


def test_people_gathered_are_no_count_of_the_harmed(tmp_path):
    text = "Gunmen opened fire on the more than 5,000 people gathered to watch the band and shot the wounded."
    assert _one(tmp_path, HURT, text) == "silent"


# state: a count right after a verb of housing or "home to" counts who live there, no count of the harmed (for a fact
# whose claim counts the harmed); a count of the housed in a state ("300 injured people") or the population's own fact
# is still read.
DEAD = _number("dead", "Five people were killed in the cyclone.", "killed, dead, cyclone", "5", "people, refugees")


def test_a_count_a_place_is_home_to_is_no_count_of_the_harmed(tmp_path):
    assert _one(tmp_path, DEAD, "The cyclone killed people in Ostia, home to 600,000 people.") == "silent"


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["home to", "which houses", "housing", "sheltering"]))
def test_any_verb_of_housing_gives_those_who_live_there(tmp_path_factory, verb):
    text = f"The cyclone killed people in Ostia, {verb} 600,000 people."
    assert _one(tmp_path_factory.mktemp("h"), DEAD, text) == "silent"


def test_housed_people_in_a_state_are_still_counted(tmp_path):
    hurt = _number("hurt", "300 people were injured.", "injured, hospital", "300", "people, injured")
    assert _one(tmp_path, hurt, "Hospitals in Ostia were housing 300 injured people on Tuesday.") == "agree"


def test_a_fact_of_the_housed_reads_them(tmp_path):
    refugees = _number("refugees", "The camps house one million refugees.", "refugees, camps", "1000000",
                       "people, refugees")
    assert _one(tmp_path, refugees, "Cyclone Mora struck camps that house almost one million refugees.") == "agree"


# joint_subject, hyphen-joined names: "the Orsk-Velmar coalition won 215 seats" holds them together, not Orsk's own.
ORSK_SEATS = _number("orsk-seats", "The Orsk Party won 191 seats.", "Orsk Party, Orsk", "191", "seats")


def test_a_hyphen_joined_pair_holds_seats_together(tmp_path):
    assert _one(tmp_path, ORSK_SEATS, "The Orsk-Velmar coalition won 215 seats.") == "silent"


def test_a_fronted_combined_sets_aside_the_pairs_count(tmp_path):
    text = "Combined, the Orsk- Velmar ally won 215 seats, short of a majority."
    assert _one(tmp_path, ORSK_SEATS, text) == "silent"


def test_a_party_alone_keeps_its_own_seats(tmp_path):
    assert _one(tmp_path, ORSK_SEATS, "The Orsk Party won 215 seats in the Orsk-Velmar region.") == "differ"


# count_of_others, company: "seven people died alongside Lind" counts those besides the named, a part of the whole.
DIED = _number("died", "Eight people died.", "died, dead", "8", "people")


def test_a_count_died_alongside_a_named_person_is_a_part(tmp_path):
    assert _one(tmp_path, DIED, "Seven people died alongside Ana Lind in a helicopter crash on Sunday.") == "silent"


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["in the crash alongside the road.", "alongside Orsk Highway when the bus overturned.",
                        "alongside Lake Orsk on Sunday.", "alongside Orsk Airlines staff in the crash."]))
def test_alongside_a_thing_is_no_company(tmp_path_factory, rest):
    assert _one(tmp_path_factory.mktemp("a"), DIED, f"Seven people died {rest}") == "differ"


# dates: "the first half of 2025", "the second half of next year", "the first half of March": halves of a year or month
# are periods of their own (YEAR_PARTS, MONTH_PARTS), not the whole year with "half" a thing it dates.
CLOSED = _date("closed", "close, closed", "2025-12-11")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([("first half of 2025", "differ"), ("second half of 2025", "agree"),
                        ("first half of December 2025", "agree"), ("second half of December 2025", "differ")]))
def test_a_half_is_its_own_period(tmp_path_factory, case):
    words, verdict = case
    assert _one(tmp_path_factory.mktemp("h"), CLOSED, f"The deal closed in the {words}.", "2026-01-05") == verdict


def test_a_half_of_last_year_counts_from_publication(tmp_path):
    text = "The deal closed in the first half of last year."
    assert _one(tmp_path, _date("closed", "close, closed", "2025-03-01"), text, "2026-01-05") == "agree"


def test_a_half_of_this_year_states_no_day(tmp_path):
    # the publication's own year frames the story, and so does its half: no statement of the day
    text = "The merger is expected to close in the second half of this year."
    assert _one(tmp_path, CLOSED, text, "2025-03-01") == "silent"


def test_periods_reads_halves():
    from checks.dates.forms import dates
    found = dates("in the first half of 2025 and the second half of March 2024")
    assert [m.value.label for m in found] == ["2025 (first half)", "2024-03 (second half)"]


# absolute clauses: ", with Orsk and Velmar hoping to close in May" has its own subject and verb (two names joined by
# "and"), so its date is the hoped act's, not the main clause's.
VOTE = _date("vote", "approval, vote", "2019-01-16")


def test_an_absolute_clause_with_two_named_subjects_keeps_its_date(tmp_path):
    text = "The deal is subject to shareholder approval, with Orsk and Velmar hoping to complete it on 3 May."
    assert _one(tmp_path, VOTE, text, "2018-10-29") == "silent"


# age_now: "Roe, 23, and his lawyers ...", years after the story, gives Roe's age when the text was written; for a fact
# of his age when he acted ("was 19 years old when"), it is no statement of that age.
AGE = ("  - id: roe-age\n    claim: Ana Roe was 19 years old when she carried out the attack.\n    kind: number\n"
       "    about: [Ana Roe, Roe]\n    value: 19\n")
ATTACK = _date("attack", "attack", "2018-02-14")


def _age_verdict(tmp_path, text: str, published: str) -> str:
    got = verdicts(tmp_path, "facts:\n" + AGE + ATTACK,
                   {"a.txt": text, "sources.yaml": f"a.txt:\n  published: {published}\n"})
    return got["roe-age"]["a.txt"]


def test_an_apposed_age_years_later_is_the_age_then(tmp_path):
    assert _age_verdict(tmp_path, "Roe, 23, and her lawyers said she would plead guilty.", "2021-10-20") == "silent"


def test_an_apposed_age_in_the_story_year_still_differs(tmp_path):
    assert _age_verdict(tmp_path, "Roe, 23, and her lawyers said she would plead guilty.", "2018-02-20") == "differ"


def test_an_age_older_than_the_years_since_still_differs(tmp_path):
    assert _age_verdict(tmp_path, "Roe, 30, and her lawyers said she would plead guilty.", "2021-10-20") == "differ"


@settings(max_examples=15, deadline=None)
@given(st.integers(1, 6))
def test_an_apposed_age_within_the_years_since_is_set_aside(tmp_path_factory, gap):
    published = f"{2018 + gap}-10-20"
    text = f"Roe, {19 + gap}, and her lawyers said she would plead guilty."
    assert _age_verdict(tmp_path_factory.mktemp("a"), text, published) == "silent"


# review fixes: a part whose noun is left out ("including 11 in Varnia") is the fact's only at the fact's own place; a
# term after "respectively" is none of the list's.
def test_a_part_at_a_place_is_no_statement_of_a_whole_fact(tmp_path):
    whole = _number("whole", "The storm killed 11 people.", "deaths, dead, killed", "11", "deaths, dead, people")
    assert _one(tmp_path, whole, "Officials reported 69 deaths, including 52 in Ostia and 11 in Varnia.") == "differ"


def test_a_term_after_respectively_is_not_paired(tmp_path):
    text = "The dead and the missing numbered 12 and 40, respectively, and dozens were injured."
    assert _one(tmp_path, _number("hurt", "x", "injured, wounded", "40", "people, injured"), text) == "silent"
