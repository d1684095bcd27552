"""Rules of session 53, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from .helpers import one_verdict as _one


def _number(fid: str, about: str, value: str, unit: str, claim: str = "x") -> str:
    return (f"  - id: {fid}\n    claim: {claim}\n    kind: number\n    about: [{about}]\n    value: {value}\n"
            f"    unit: [{unit}]\n    tolerance: 0\n")


def _place(fid: str, about: str, value: str, rivals: str = "") -> str:
    extra = f"    rivals: [{rivals}]\n" if rivals else ""
    return f"  - id: {fid}\n    claim: x\n    kind: place\n    about: [{about}]\n    value: [{value}]\n{extra}"


# A unit before its number: past the number's hedge ("a magnitude of up to 7.0") and past a noun naming the unit's
# figure ("a magnitude rating of 7.0", READING_NOUNS); not across a mark before the hedge ("all crew, nearly 400").
MAGNITUDE = _number("mag", "quake", "7.0", "magnitude")
CREW = _number("crew", "escaped", "379", "passengers and crew, occupants")


@given(hedge=st.sampled_from(["up to ", "about ", "nearly ", "around ", ""]),
       reading=st.sampled_from(["", "rating ", "reading "]))
@settings(max_examples=30, deadline=None)
def test_a_unit_before_a_hedge_or_a_reading_noun_counts_the_number(tmp_path_factory, hedge, reading):
    tmp = tmp_path_factory.mktemp("unit")
    got = _one(tmp, MAGNITUDE, f"The quake struck with a magnitude {reading}of {hedge}6.1, the survey said.")
    assert got == "differ"


def test_a_unit_before_the_hedge_agrees_with_its_value(tmp_path):
    assert _one(tmp_path, MAGNITUDE, "The quake was given a preliminary magnitude rating of 7.0 by the survey.") \
        == "agree"


def test_a_comma_before_the_hedge_still_cuts_the_unit_off(tmp_path):
    text = "Remarkably, all passengers and crew, nearly 400 in total, escaped unharmed."
    assert _one(tmp_path, CREW, text) == "silent"


# A comparative and "than" before a definite count ("far more than the 1.94 inches that fell in August") names the
# amount compared with, no bound: the count is the reference's.
RAIN = _number("rain", "Orsk Park, an hour", "3.15", "inches")


def test_a_definite_count_after_than_is_the_reference(tmp_path):
    text = "That is far more than the 1.94 inches that drenched Orsk Park for an hour on the night of Aug. 21."
    assert _one(tmp_path, RAIN, text) == "silent"


def test_a_count_after_than_without_a_determiner_is_still_a_bound_or_a_value(tmp_path):
    assert _one(tmp_path, RAIN, "Orsk Park got more than 1.94 inches in an hour.") == "silent"
    assert _one(tmp_path, RAIN, "Orsk Park got 1.94 inches in an hour.") == "differ"


# counterfactual: a value in the rest of the clause of "would/could/might have" and a participle ("would have needed
# winds of 156 mph to be upgraded") is what did not happen: a matching one agrees, another is a possible conflict.
WINDS = _number("winds", "Orsk, winds", "150", "mph")


@given(modal=st.sampled_from(["would", "could", "might"]),
       verb=st.sampled_from(["needed", "required", "reached", "shown"]))
@settings(max_examples=20, deadline=None)
def test_a_value_after_a_modal_perfect_is_no_conflict(tmp_path_factory, modal, verb):
    tmp = tmp_path_factory.mktemp("unreal")
    text = f"Orsk {modal} have {verb} sustained winds of 156 mph to be upgraded."
    assert _one(tmp, WINDS, text) == "silent"


def test_the_same_value_without_the_modal_differs(tmp_path):
    assert _one(tmp_path, WINDS, "Orsk reached sustained winds of 156 mph before it was upgraded.") == "differ"


def test_a_value_after_the_modal_clause_ends_is_the_sentences_own(tmp_path):
    text = "Forecasters said Orsk would have weakened by then; its sustained winds of 156 mph were recorded at dawn."
    assert _one(tmp_path, WINDS, text) == "differ"


# named_holder: a name in another noun's of-phrase ("the party of Chancellor Ana Lind took 16.4%") is no subject
# holding the figure; the noun before "of" is.
SHARE = _number("share", "Social Democrats, SDP", "16.4", '"%"', claim="The Social Democrats took 16.4% of the vote.")


def test_a_name_in_an_of_phrase_does_not_hold_the_figure(tmp_path):
    text = "The Greens won 20.8% and the Social Democrats (SDP) of outgoing Chancellor Ana Lind took 16.4% of the vote."
    assert _one(tmp_path, SHARE, text) == "agree"


def test_a_name_that_is_the_subject_still_holds_its_figure(tmp_path):
    text = "The Social Democrats won 20.8% and Ana Lind took 16.4% of the vote."
    assert _one(tmp_path, SHARE, text) == "differ"


# own_name: a term that is a preposition and the place ("from Orsk", "in Velmar") is no name holding the place; the
# place in it is said where, as the editor wrote the term.
DEPARTURE = _place("dep", "departed, flight from, from Orsk, from Velmar", "Orsk", "Velmar")


@given(route=st.sampled_from(["bound for Tindra from Orsk", "from Orsk to Tindra", "en route to Tindra from Orsk"]))
@settings(max_examples=10, deadline=None)
def test_a_place_inside_a_prepositional_term_is_stated(tmp_path_factory, route):
    tmp = tmp_path_factory.mktemp("route")
    assert _one(tmp, DEPARTURE, f"All 66 people aboard the jet {route} were killed.") == "agree"


def test_the_rival_inside_a_prepositional_term_differs(tmp_path):
    assert _one(tmp_path, DEPARTURE, "All 66 people aboard the jet from Velmar to Tindra were killed.") == "differ"


def test_a_place_inside_a_name_term_is_still_the_name(tmp_path):
    record = _place("hq", "Orsk Airlines", "Velmar", "Orsk")
    assert _one(tmp_path, record, "Orsk Airlines said it would cut 40 jobs.") == "silent"


# amount_for: in a list of counts each followed by "for" and what it is for, a count goes with its own for-phrase;
# one whose phrase holds no term, when another's does, is that other thing's.
AID = _number("aid", "flattened, financial assistance", "50000000", "rupiah, Rp")
LISTED = ("Orsk has paid financial assistance to help villagers rebuild, amounting to Rp 50 million for a "
          "flattened home, Rp 25 million for a damaged home, and Rp 10 million for repairs.")


def test_each_count_goes_with_its_own_for_phrase(tmp_path):
    assert _one(tmp_path, AID, LISTED) == "agree"


def test_the_terms_own_count_still_differs(tmp_path):
    assert _one(tmp_path, AID, LISTED.replace("Rp 50 million", "Rp 45 million")) == "differ"


def test_a_single_count_for_something_else_is_left_to_the_clause(tmp_path):
    assert _one(tmp_path, AID, "Orsk paid financial assistance of Rp 25 million for repairs.") == "differ"


def _date(fid: str, about: str, value: str) -> str:
    return f"  - id: {fid}\n    claim: x\n    kind: date\n    about: [{about}]\n    value: {value}\n"


# timestamp, captions: a caption's date with its weekday after the comma (", Wednesday 1 March 2023 (ORSK/ANA ROE)")
# is the picture's; so, loosely, is a present caption's date closed by its place (", in Orsk, Velmar.").
CRASH = _date("crash", "accident, collision", "2023-02-28")


@given(weekday=st.sampled_from(["Wednesday ", "Wednesday, ", ""]))
@settings(max_examples=5, deadline=None)
def test_a_credited_caption_date_is_the_pictures(tmp_path_factory, weekday):
    tmp = tmp_path_factory.mktemp("caption")
    text = f"Drone images of the train accident at Orsk, collision of two trains, {weekday}1 March 2023 (ORSKTEAM/ANA ROE)"
    assert _one(tmp, CRASH, text, "2023-04-06") == "silent"


def test_a_dated_clause_without_a_credit_still_differs(tmp_path):
    assert _one(tmp_path, CRASH, "The collision of two trains at Orsk happened on 1 March 2023.", "2023-04-06") == "differ"


FLOOD = _date("flood", "flooding", "2025-07-04")


def test_a_present_caption_closed_by_its_place_dates_only_loosely(tmp_path):
    text = ("Gov. Ana Roe discuss the search efforts after recent flooding along the Orsk River during a press "
            "conference on Saturday, July 5, 2025, in Velmar, Texas.")
    assert _one(tmp_path, FLOOD, text, "2025-09-05") == "silent"


def test_a_past_sentence_closed_by_a_place_still_differs(tmp_path):
    text = "Deadly flooding struck towns on Saturday, July 5, 2025, in Velmar, Texas."
    assert _one(tmp_path, FLOOD, text, "2025-09-05") == "differ"


# still_to_come: a date after the text's own, in a clause of a time to come ("will be sworn in on Wednesday"), is of
# what was still to happen when it was written, maybe another instance: only a possible conflict.
SWORN = _date("sworn", "sworn in", "2022-05-23")


@given(cue=st.sampled_from(["will be", "is due to be", "is scheduled to be"]))
@settings(max_examples=5, deadline=None)
def test_a_coming_date_after_the_text_is_only_a_possible_conflict(tmp_path_factory, cue):
    tmp = tmp_path_factory.mktemp("coming")
    assert _one(tmp, SWORN, f"The cabinet {cue} sworn in at Orsk House on 1 June 2022.", "2022-05-30") == "silent"


def test_a_past_date_of_the_same_act_still_differs(tmp_path):
    assert _one(tmp_path, SWORN, "The cabinet was sworn in at Orsk House on 25 May 2022.", "2022-05-30") == "differ"


def test_a_coming_date_for_a_fact_after_the_text_still_differs(tmp_path):
    record = _date("sworn", "sworn in", "2022-06-08")
    assert _one(tmp_path, record, "The cabinet will be sworn in at Orsk House on 1 June 2022.", "2022-05-30") \
        == "differ"


# another_instance, "last": right before a past verb after a name or a comma ("Velmar, an island state, last held
# elections in November 2019") it tells of the latest earlier time, another instance: set aside.
ELECTION = _date("vote", "elections", "2024-09-21")


def test_the_last_time_before_is_only_a_possible_conflict(tmp_path):
    text = "Velmar, an island state of 22 million people, last held elections in November 2019."
    assert _one(tmp_path, ELECTION, text, "2024-09-21") == "silent"


def test_without_last_the_date_differs(tmp_path):
    assert _one(tmp_path, ELECTION, "Velmar held elections in November 2019.", "2024-09-21") == "differ"


# noun_modifier: a term that modifies the subject's head noun ("the local disaster agency put the toll at 174 on
# Sunday") only says which thing acts: the date is the verb's (not before a noun of an event or an agreement).
DISASTER = _date("disaster", "disaster, stampede", "2022-10-01")


@given(head=st.sampled_from(["agency", "official", "office", "committee"]),
       verb=st.sampled_from(["put the toll at 174", "was briefed", "had met", "said it"]))
@settings(max_examples=16, deadline=None)
def test_a_term_modifying_the_subjects_noun_is_no_event(tmp_path_factory, head, verb):
    tmp = tmp_path_factory.mktemp("modifier")
    assert _one(tmp, DISASTER, f"The local disaster {head} {verb} on 2 October 2022.", "2022-10-03") == "silent"


def test_a_term_heading_the_subject_still_differs(tmp_path):
    assert _one(tmp_path, DISASTER, "The disaster struck the stadium on 2 October 2022.", "2022-10-03") == "differ"


def test_a_term_before_a_noun_of_agreement_keeps_the_date(tmp_path):
    record = _date("truce", "ceasefire", "2022-10-01")
    assert _one(tmp_path, record, "The ceasefire agreement was signed in Orsk on 3 October 2022.", "2022-10-05") \
        == "differ"


# subset, the foremost of a group: a definite count narrowed by a word of rank before a larger group's count ("the
# three main contenders among 38 candidates", NARROWING_WORDS) counts a part, not the whole.
CANDIDATES = _number("cands", "candidates, contenders", "38", "candidates, contenders")


@given(word=st.sampled_from(["main", "leading", "major", "principal"]))
@settings(max_examples=4, deadline=None)
def test_a_narrowed_count_is_a_part(tmp_path_factory, word):
    tmp = tmp_path_factory.mktemp("narrow")
    assert _one(tmp, CANDIDATES, f"Roe is one of the three {word} contenders among 38 candidates.") == "silent"


def test_a_plain_count_of_the_same_noun_differs(tmp_path):
    assert _one(tmp_path, CANDIDATES, "Roe is one of three contenders in the race.") == "differ"


# clauses: "but" and a subject's opening word after a relative clause opens a clause of its own; a phrase opened by a
# preposition after a trailing reporting clause ("officials said on Sunday, in one of the worst disasters") is no
# part of the saying.
def test_but_after_a_relative_clause_opens_a_clause():
    from checks.attribution.clauses import analyse
    from checks.model import Sentence
    from checks.words import words
    text = "There was confusion on Sunday over the toll, which one official put at 174, but the disaster was grave."
    an = analyse(Sentence(text, 0, 1, 1), tuple(words(text)))
    ws = [w.norm for w in an.words]
    assert an.clause[ws.index("sunday")] != an.clause[ws.index("disaster")]


def test_a_phrase_after_a_trailing_report_is_its_own():
    from checks.attribution.clauses import analyse
    from checks.model import Sentence
    from checks.words import words
    text = "Up to 174 people were killed in a stampede, officials said on Sunday, in one of the worst disasters."
    an = analyse(Sentence(text, 0, 1, 1), tuple(words(text)))
    ws = [w.norm for w in an.words]
    assert an.clause[ws.index("sunday")] != an.clause[ws.index("disasters")]
    text = "Orsk said on Sunday, in a statement, that 40 died."
    an = analyse(Sentence(text, 0, 1, 1), tuple(words(text)))
    ws = [w.norm for w in an.words]
    assert an.clause[ws.index("sunday")] == an.clause[ws.index("statement")]


# Parts after a dash or a colon right after the whole's noun ("at least 29 lives—17 in the Orsk Fire and 12 in the
# Velmar Fire") take the whole's noun, as after "including"; "lives" counts the harmed (HARMED_UNITS).
FIRE_DEAD = _number("dead", "Velmar Fire, killed, lives", "12", "people, lives, deaths")


@given(mark=st.sampled_from(["—", " – ", ": ", " -- "]))
@settings(max_examples=4, deadline=None)
def test_parts_after_a_dash_count_the_wholes_noun(tmp_path_factory, mark):
    tmp = tmp_path_factory.mktemp("dash")
    text = f"The two fires have claimed at least 29 lives{mark}17 in the Orsk Fire and 12 in the Velmar Fire."
    assert _one(tmp, FIRE_DEAD, text) == "agree"


def test_the_terms_part_after_a_dash_still_differs(tmp_path):
    text = "The two fires have claimed at least 29 lives—17 in the Orsk Fire and 14 in the Velmar Fire."
    assert _one(tmp_path, FIRE_DEAD, text) == "differ"


# other_place: a claim's "in the Velmar fire" names an event, no place; a count in a place of it ("killing 12 people
# in the Orsk neighborhood") is not set aside as another place's.
def test_an_event_named_after_in_is_no_claims_place(tmp_path):
    record = _number("dead", "Velmar Fire, killing", "12", "people, deaths",
                     claim="Twelve people died in the Velmar fire, the examiner said.")
    text = "The Velmar Fire began on Jan. 7, destroying 8,000 homes and killing at least 12 people in the Orsk neighborhood."
    assert _one(tmp_path, record, text) == "agree"


# another_instance: the phrase runs through a participle hyphen-joined to the word before ("Another wind-whipped fire
# started the same day in Orsk, a town to the east, killing at least 17 people").
def test_another_instance_runs_through_a_hyphened_participle(tmp_path):
    text = "Another wind-whipped fire started the same day in suburban Orsk, a town to the east, killing at least 17 people."
    assert _one(tmp_path, FIRE_DEAD.replace("killed, lives", "killing"), text) == "silent"


def test_without_another_the_count_still_differs(tmp_path):
    text = "A wind-whipped fire started the same day in suburban Orsk, a town to the east, killing at least 17 people."
    assert _one(tmp_path, FIRE_DEAD.replace("killed, lives", "killing"), text) == "differ"


# acted_on, announcing: "announced his arrest ... during a news conference Wednesday" dates the announcing: loose.
ARREST = _date("arrest", "arrest, arrested", "2025-10-07")


@given(verb=st.sampled_from(["announced", "disclosed", "revealed"]))
@settings(max_examples=3, deadline=None)
def test_a_term_announced_takes_the_date_only_loosely(tmp_path_factory, verb):
    tmp = tmp_path_factory.mktemp("announced")
    text = f"Roe {verb} his arrest during a news conference on 8 October 2025."
    assert _one(tmp, ARREST, text, "2025-10-09") == "silent"


def test_the_term_itself_dated_still_differs(tmp_path):
    assert _one(tmp_path, ARREST, "Lind was arrested on 8 October 2025.", "2025-10-09") == "differ"


# tense: a participle of the future right after a noun, after a past verb before the date, describes the noun ("launched
# early Tuesday for a mission scheduled to include a spacewalk"): the weekday is the past one.
LAUNCH = _date("launch", "launched", "2024-09-10")


@given(cue=st.sampled_from(["scheduled", "expected", "planned"]))
@settings(max_examples=3, deadline=None)
def test_a_future_participle_after_a_noun_leaves_the_past_verbs_day(tmp_path_factory, cue):
    tmp = tmp_path_factory.mktemp("tense")
    text = f"Polaris launched from Orsk early Tuesday for a five-day mission {cue} to include a spacewalk."
    assert _one(tmp, LAUNCH, text, "2024-09-11") == "agree"


def test_a_future_verb_after_the_date_still_looks_ahead(tmp_path):
    text = "Polaris is to launch from Orsk early Tuesday, and it will include a spacewalk."
    assert _one(tmp_path, LAUNCH, text, "2024-09-11") != "agree"


# hyphenated_modifier: a measure of time before a noun in a during-phrase ("During a two-hour float") is that noun's,
# no time of the clause (only a date there tells the clause's time).
def test_a_duration_in_a_during_phrase_is_its_nouns(tmp_path):
    record = _number("len", "mission", "5", "days")
    assert _one(tmp_path, record, "During a two-hour float, Roe and Lind will take turns on the mission.") == "silent"
    assert _one(tmp_path, record, "The mission lasted two days.") == "differ"


# The review's counterexamples (a helper tried to break the rules above with invented sentences; each was wrong).
def _place_record(about: str, value: str, rivals: str) -> str:
    return _place("p", about, value, rivals)


def test_a_from_term_outside_a_route_names_no_departure(tmp_path):
    record = _place_record("departed, flight from, from Orsk", "Orsk", "Velmar")
    assert _one(tmp_path, record, "Ana Roe, a nurse from Orsk, was among the 66 killed.") == "silent"


def test_a_total_before_its_breakdown_keeps_its_own_reading(tmp_path):
    record = _number("aid", "quake, aid", "85000000", "dollars, $", claim="Quake aid totalled $85 million.")
    text = "Quake aid totalled $85 million, $50 million for housing and $35 million for quake clean-up."
    assert _one(tmp_path, record, text) == "agree"


@given(modal=st.sampled_from(["could", "might", "may"]))
@settings(max_examples=3, deadline=None)
def test_a_relative_clause_after_a_modal_perfect_tells_what_happened(tmp_path_factory, modal):
    tmp = tmp_path_factory.mktemp("relative")
    record = _number("dead", "fire", "12", "people")
    assert _one(tmp, record, f"A faulty heater {modal} have caused the fire that killed 10 people.") == "differ"


def test_a_name_in_an_of_phrase_gives_the_figure_to_its_head(tmp_path):
    record = _number("share", "Greens", "20.8", '"%"', claim="The Greens took 20.8% of the vote.")
    assert _one(tmp_path, record, "The Greens lost ground as the alliance of Ana Lind took 16.4%.") == "silent"


@given(head=st.sampled_from(["document", "text", "declaration"]))
@settings(max_examples=3, deadline=None)
def test_a_term_before_a_noun_of_the_event_itself_keeps_the_date(tmp_path_factory, head):
    tmp = tmp_path_factory.mktemp("head")
    record = _date("truce", "ceasefire", "2020-11-09")
    text = f"The ceasefire {head} was signed in Orsk on 10 November 2020."
    assert _one(tmp, record, text, "2020-11-12") == "differ"


@given(text=st.sampled_from(["The letter was signed by 35 leading scientists.",
                             "Only the five major parties won seats in parliament."]))
@settings(max_examples=2, deadline=None)
def test_a_word_of_rank_without_a_larger_group_does_not_narrow(tmp_path_factory, text):
    tmp = tmp_path_factory.mktemp("rank")
    record = _number("n", "letter, signed, parties, won seats", "40", "scientists, parties")
    assert _one(tmp, record, text) == "differ"


def test_the_last_contact_is_attached_loosely_so_its_own_day_agrees(tmp_path):
    record = _date("contact", "contact, disappeared", "2014-03-08")
    text = "Flight VL 12, carrying 239 people, last made contact with controllers on 8 March 2014."
    assert _one(tmp_path, record, text, "2014-03-20") == "agree"


def test_a_relative_clauses_past_verb_is_no_caption(tmp_path):
    text = "Rescuers search for survivors of the flooding that struck a camp on Friday, July 5, 2025, in Velmar, Texas."
    assert _one(tmp_path, FLOOD, text, "2025-09-05") == "differ"


def test_a_unit_before_a_hedge_needs_a_link(tmp_path):
    record = _number("crew", "fire", "400", "firefighters")
    assert _one(tmp_path, record, "Officials told firefighters about 30 were still missing in the fire zone.") \
        == "silent"
