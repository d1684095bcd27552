"""Rules of session 54, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from checks.dates.tense import leaning
from checks.numbers import numbers

from .helpers import one_fresh, record, one_verdict as _one


# A noun's own year after it ("a settlement over a train crash in Orsk in 2015", ``_relative_after``): the clause's
# other date is its verb's.
CRASH = record("date", "crash", "2015-05-12")


def test_a_year_right_after_the_term_is_the_nouns_own(tmp_path):
    text = "A judge on 27 October 2016 signed off on a $265 million settlement over a train crash in Orsk in 2015."
    assert _one(tmp_path, CRASH, text, "2016-10-27") == "agree"


def test_without_its_own_year_the_clause_date_still_counts(tmp_path):
    text = "A judge on 27 October 2016 signed off on a $265 million settlement over the train crash in Orsk."
    assert _one(tmp_path, CRASH, text, "2016-10-27") == "differ"


# ``series_since``: "since" and a date in a clause whose terms name events in the plural starts their series:
# loosely attached. The span of such a series (``span_to_now``) dates no one of them.
QUAKE = record("date", "quake, quakes, earthquakes, hit", "2018-08-05")


@given(start=st.sampled_from(["late July", "July 29", "mid-July"]))
@settings(max_examples=10, deadline=None)
def test_since_before_a_series_of_events_is_only_a_possible_conflict(start):
    text = f"Orsk, an island next to Velmar, has been hit by a series of powerful quakes since {start}."
    assert one_fresh(QUAKE, text, published="2018-08-22")[0] == "silent"


def test_since_before_a_single_event_still_dates_it(tmp_path):
    text = "Orsk has been hit by the quake since July 29."
    assert _one(tmp_path, QUAKE, text, "2018-08-22") == "differ"


def test_a_singular_state_since_a_date_still_agrees(tmp_path):
    rec = record("date", "closed", "2021-01-05")
    assert _one(tmp_path, rec, "The road has been closed since around 09:00 on 5 January.", "2021-02-22") == "agree"


def test_the_span_of_a_series_dates_no_one_of_them(tmp_path):
    text = "Officials say earthquakes that killed 500 people on Orsk in the past month are no national emergency."
    assert _one(tmp_path, QUAKE, text, "2018-08-22") == "silent"


# ``intended_act``: a passive infinitive ("allowing the ship to be released") names an act to come; the date of an
# opening phrase ("On Tuesday, a court issued an order ...") is the order's.
RELEASE = record("date", "released, release", "2021-07-07")


@given(verb=st.sampled_from(["allowing", "ordering"]))
@settings(max_examples=5, deadline=None)
def test_a_passive_infinitive_is_an_intended_act(verb):
    text = f"On Tuesday, an Orsk court issued an order {verb} the Velmar to be released. On Wednesday, Orsk released it."
    assert one_fresh(RELEASE, text, published="2021-07-07")[0] == "agree"


def test_a_passive_after_its_own_date_still_agrees(tmp_path):
    assert _one(tmp_path, RELEASE, "The Velmar was released on July 7.", "2021-07-08") == "agree"


# ``dated_relative``: after a verb of saying, "that" opens what was said, no relative clause of the telling's noun.
ARREST = record("date", "arrest, seized", "2021-04-13")


@given(verb=st.sampled_from(["said", "clarified", "told reporters"]))
@settings(max_examples=6, deadline=None)
def test_that_after_a_saying_and_its_dated_noun_opens_what_was_said(verb):
    text = f"The lawyer {verb} in a press conference on May 30 that there are two cases over the arrest of the ship."
    assert one_fresh(ARREST, text, published="2021-07-04")[0] == "silent"


def test_a_dated_noun_with_its_own_relative_clause_still_dates_it(tmp_path):
    rec = record("date", "landed, landing", "2009-01-15")
    assert _one(tmp_path, rec, "The pilot flew the flight on 15 January 2009 that landed in the river.") == "agree"


# ``acted_on``: "to protest the declaration early Wednesday" dates the protest (loosely).
DECLARED = record("date", "declared, declaration", "2024-12-03")


def test_a_protest_dates_itself_not_what_it_protests(tmp_path):
    text = "Hundreds moved to the rear gate at about 12:40 a.m. to protest the declaration early Wednesday."
    assert _one(tmp_path, DECLARED, text + " Martial law was declared on Tuesday night.", "2024-12-04") == "agree"


# ``added_amount``: a count to which a later predicate adds "N more"/"N others" with the same verb is a first part.
KILLED = record("number", "killed", "18", "people, victims")


@given(added=st.sampled_from(["10 more", "ten more", "ten others"]))
@settings(max_examples=6, deadline=None)
def test_a_count_added_to_later_is_no_total(added):
    text = f"A gunman walked into a bowling alley and killed eight people and then drove across town and killed {added}."
    assert one_fresh(KILLED, text)[0] == "silent"


def test_a_count_with_another_verb_after_it_is_still_a_total(tmp_path):
    rec = record("number", "killed", "8", "people, victims")
    assert _one(tmp_path, rec, "A gunman killed eight people and injured 10 more.") == "agree"


# ``bound_on``: a term right before a noun of a bound ("speed limit") only describes that bound.
SPEED = record("number", "speed, sped", "106", "mph")


@given(bound=st.sampled_from(["limit", "cap", "maximum"]))
@settings(max_examples=6, deadline=None)
def test_a_bound_on_the_measure_is_no_measure(bound):
    assert one_fresh(SPEED, f"The train was on a stretch where the speed {bound} was 110 mph.")[0] == "silent"


def test_the_measure_itself_still_differs(tmp_path):
    assert _one(tmp_path, SPEED, "The train entered the curve at a speed of 110 mph.") == "differ"


def test_a_fact_about_the_bound_still_reads_it(tmp_path):
    rec = record("number", "speed limit", "50", "mph")
    assert _one(tmp_path, rec, "The train entered a curve where the speed limit was 50 mph.") == "agree"


# Tense: "before midnight on Friday" is a preposition's time, no clause of its own: the past verb before it counts.
@given(lead=st.sampled_from(["just before midnight", "before dawn", "after 9 p.m.", "until noon"]))
@settings(max_examples=8, deadline=None)
def test_a_subordinator_before_a_time_of_day_is_no_break(lead):
    text = f"A powerful earthquake struck western Orsk {lead} on Friday, leaving 12 dead."
    at = text.index("Friday")
    assert leaning(text, at, at + 6) == "past"


def test_a_weekday_after_a_time_of_day_is_the_past_one(tmp_path):
    rec = record("date", "struck, earthquake", "2023-11-03")
    text = "A powerful earthquake struck western Orsk just before midnight on Friday, leaving 128 people dead."
    assert _one(tmp_path, rec, text, "2023-11-04") == "agree"


def test_a_subordinate_clause_still_breaks(tmp_path):
    text = "The polls will close before officials count the votes on Friday."
    at = text.index("Friday")
    assert leaning(text, at, at + 6) != "past"


# A time of day with a dot between hours and minutes, or "p.m" without its last dot, is no amount.
@given(time=st.sampled_from(["05.30 p.m", "5.30 pm", "9.15am", "7 p.m", "7 p.m."]))
@settings(max_examples=10, deadline=None)
def test_a_time_of_day_is_no_number(time):
    assert [m.value for m in numbers(f"As of Monday at {time}, 22 people died.")] == [22.0]


def test_a_decimal_amount_is_still_a_number():
    assert [m.value for m in numbers("It costs 5.30 euros.")] == [5.3]


# ``reference_point``: "west of the capital Kathmandu" places from the named capital (far away: set aside).
def test_a_described_place_after_a_compass_word_is_a_point_of_reference(tmp_path):
    rec = record("place", "epicentre", "[Orsk]", rivals="Velmar")
    text = "Officials could not reach the area near the epicentre, some 500 km (300 miles) west of the capital Velmar."
    assert _one(tmp_path, rec, text) == "silent"


# ``place_in_name``: a regent's or a prefect's "of" names the office's domain (``DOMAIN_OFFICES``).
@given(office=st.sampled_from(["Regent", "Prefect", "Mayor"]))
@settings(max_examples=6, deadline=None)
def test_an_offices_domain_is_no_place_of_the_event(office):
    rec = record("place", "fire, blaze", "[Velmar]", rivals="Orsk")
    assert one_fresh(rec, f"The {office} of Orsk declared an emergency over the fire.")[0] == "silent"


# ``part_of_whole``: an -ing participle before a preposition of place after the whole's noun describes it ("eight of
# 110 people working at the factory died": 110 is what "working" counts).
def test_an_ing_participle_after_the_whole_qualifies_it(tmp_path):
    rec = record("number", "working, workers", "110", "workers, people")
    text = "The company said eight of 110 people working at the factory Friday night died."
    assert _one(tmp_path, rec, text) == "agree"


# ``target_date``: a date after "from" and a verb of moving a plan ("pushed back from mid-September") is the time the
# plan had, no time the event happened.
REPORT = record("date", "report", "2011-12-28")


@given(verb=st.sampled_from(["pushed back", "postponed", "delayed", "moved up"]))
@settings(max_examples=8, deadline=None)
def test_the_time_a_plan_was_moved_from_is_no_time_of_it(verb):
    text = f"Lind vowed a thorough inquiry, though the report was {verb} from mid-September for technical reasons."
    assert one_fresh(REPORT, text, published="2011-12-28")[0] == "silent"


def test_the_time_a_plan_was_moved_to_still_counts(tmp_path):
    rec = record("date", "vote", "2024-05-09")
    assert _one(tmp_path, rec, "The vote was postponed from 3 May to 9 May.", "2024-06-01") == "agree"


# ``between_ends``: a place in apposition after an end of a stretch is part of that end.
def test_an_ends_apposition_is_no_place_of_the_event(tmp_path):
    rec = record("place", "collided, accident", "[Velmar]", rivals="Tindra")
    text = "The train, travelling between Orsk and Lund, Tindra province, collided with another on the outskirts of Velmar."
    assert _one(tmp_path, rec, text) == "agree"


# The state of a count after a modal and "be" ("65,000 people could be saved"): saved people are no dead.
def test_a_count_in_a_modal_state_is_that_state(tmp_path):
    rec = record("number", "killed, lives, deaths", "483", "people, lives, dead")
    assert _one(tmp_path, rec, "Because of their efforts the lives of more than 65,000 people could be saved.") \
        == "silent"
    assert _one(tmp_path, record("number", "killed, dead", "40", "people, dead"),
                "Officials fear 40 people could be dead.") == "agree"


# A count of the dead with its noun left out ("six were killed") counts all the dead, no part a claim says is
# "among" them ("Three children were among the six killed").
@given(among=st.sampled_from(["the six killed", "the dead", "the victims", "the six people who died"]))
@settings(max_examples=8, deadline=None)
def test_a_bare_count_of_the_dead_counts_no_part_among_them(among):
    rec = record("number", "killed, dead", "3", "children, pupils").replace("claim: x", f"claim: Three pupils were "
                                                                              f"among {among}.")
    assert one_fresh(rec, "Crowds demanded action after six were killed at the Orsk School.")[0] == "silent"


def test_a_bare_count_of_the_dead_still_counts_a_group_alone(tmp_path):
    rec = record("number", "killed, dead", "3", "children, pupils")
    assert _one(tmp_path, rec, "Crowds demanded action after six were killed at the Orsk School.") == "differ"


# ``part_of_whole``: a share of the vote after a verb of winning is its subject's (``_share_taker``).
SHARE = record("number", "Ana Lind, Lind", "50.89", '"%", percent')


@given(text=st.sampled_from([
    "Ana Lind garnered 50.89 percent of the vote.",
    "Ana Lind, backed by the Velmar Party, won the runoff on Sunday, having garnered 50.89 percent of the vote.",
    "Ana Lind won the runoff on Sunday with 50.89 percent of the vote.",
    "Lind had won the first round of the presidential election on May 18 with 50.89 percent of the vote."]))
@settings(max_examples=8, deadline=None)
def test_a_share_of_the_vote_after_a_winning_verb_is_its_subjects(text):
    assert one_fresh(SHARE, text)[0] == "agree"


def test_a_share_won_by_another_subject_is_not_the_terms(tmp_path):
    assert _one(tmp_path, SHARE, "Lind said Tomas Roe garnered 49.11 percent of the vote.") == "silent"


# Gapping: later items of a list that leave out the verb and the noun take the first item's noun.
def test_a_gapped_list_shares_its_first_items_noun():
    text = "The Liberals bagged 157 seats, the opposition Conservatives 121, Bloc Quebecois 32, NDP 24."
    assert [(m.value, m.unit) for m in numbers(text)] == [(157, "seats"), (121, "seats"), (32, "seats"), (24, "seats")]


def test_a_clause_after_the_comma_is_no_gapped_item():
    assert [(m.value, m.unit) for m in numbers("It killed 40 people, Roe said 12 were hurt.")][1] == (12, "were")


# ``_context_elsewhere``: a conflicting value in a sentence naming no context term, where another sentence of the
# paragraph names the context and states the fact's value, is a possible conflict.
def test_a_paragraphs_context_belongs_to_its_own_sentence(tmp_path):
    rec = SHARE.replace("  unit:", "  context: [first round]\n  unit:")
    text = "Ana Lind secured 49.11 percent of the vote. Lind had won the first round with 50.89 percent of the vote."
    assert _one(tmp_path, rec, text) == "agree"
    # (a share won, with no whole the claim names, is only loosely the fact's: it may be another round's)
    assert _one(tmp_path, rec, "Ana Lind secured 49.11 percent of the vote in the first round.") == "silent"


# ``other_holder``: a figure after a verb of holding is its subject's; a subject the claim does not name is another
# holder.
STAKE = ("\n- id: f\n  claim: Velmar owned 34% of Orsk before the merger.\n  kind: number\n  about: [owns, stake]\n"
         "  value: 34\n  unit: ['%', percent]\n  tolerance: 0\n")


def test_another_holders_figure_is_set_aside(tmp_path):
    assert _one(tmp_path, STAKE, "Tindra owns 12 percent of Orsk.") == "silent"


def test_the_claims_holder_still_differs(tmp_path):
    assert _one(tmp_path, STAKE, "Velmar, which owns 30 percent of Orsk, said the deal was off.") == "differ"


# ``other_deal``: a deal noun in a clause opened by another name than the claim's buyer (who may own the deal's noun
# in the claim: "Velmar's acquisition of Orsk") is another bidder's.
DEAL = ("\n- id: f\n  claim: Velmar's all-cash acquisition of Orsk was valued at $6.9 billion.\n  kind: number\n"
        "  about: [acquisition, offer]\n  value: 6900000000\n  unit: [USD, dollars, $]\n  tolerance: 0\n")


def test_another_bidders_offer_is_set_aside(tmp_path):
    assert _one(tmp_path, DEAL, "In February, Data Economy said Tindra had floated an acquisition offer of $6 billion.") \
        == "silent"


def test_the_buyers_own_offer_still_differs(tmp_path):
    assert _one(tmp_path, DEAL, "Velmar Corp made an acquisition offer of $6 billion.") == "differ"


# ``place_of_head``: a place after "in" right after a noun a name term owns with 's locates that noun.
HQ = record("place", "Velmar Group, Velmar", "[Orsk]", rivals="Tindra")


@given(noun=st.sampled_from(["meeting", "annual meeting", "annual general meeting"]))
@settings(max_examples=6, deadline=None)
def test_a_place_of_an_owned_noun_is_not_the_owners(noun):
    assert one_fresh(HQ, f"Speaking at Velmar's {noun} in Orsk, the boss said more was needed.")[0] == "silent"


def test_an_owned_seat_still_places_the_owner(tmp_path):
    assert _one(tmp_path, HQ, "Velmar's headquarters in Orsk were sold.") == "agree"


# ``place_in_name``: an office's domain places no term standing away from the office; a term in apposition to the
# office or to its domain still takes it.
@given(office=st.sampled_from(["Regent", "Governor", "Mayor"]))
@settings(max_examples=6, deadline=None)
def test_an_offices_domain_places_no_thing_named_away_from_it(office):
    rec = record("place", "eruption, Mount Velmar", "[Tindra]", rivals="Orsk")
    text = (f"Previously, the {office} of Orsk, Ana Roe, had declared an emergency over the impact of Mount Velmar "
            "avalanches for 30 days.")
    assert one_fresh(rec, text)[0] == "silent"


def test_an_offices_domain_still_places_its_apposition(tmp_path):
    rec = record("place", "Ana Roe, Roe", "[Orsk]", rivals="Tindra")
    assert _one(tmp_path, rec, "Ana Roe, the governor of Orsk, said the fire was out.") == "agree"
    epicentre = record("place", "epicenter, epicentre", "[Orsk]", rivals="Tindra")
    assert _one(tmp_path, epicentre, "\"We try,\" said Ana Roe, mayor of Orsk, a town of 40,000 near the quake's "
                                     "epicenter.") == "agree"


# Year placement: a yearless day before a predicate joined by "and" with a dated day of its own takes that year.
@given(verb=st.sampled_from(["had entered the moon's orbit", "entered orbit", "reached the moon"]))
@settings(max_examples=6, deadline=None)
def test_a_yearless_day_takes_the_year_of_a_later_predicates_date(verb):
    rec = record("date", "launched", "2019-07-22")
    text = f"The probe was launched on July 22 from Orsk and {verb} on August 20, 2019."
    assert one_fresh(rec, text, published="2020-08-21")[0] == "agree"


def test_a_later_month_falls_in_the_year_before(tmp_path):
    rec = record("date", "sank", "2020-12-30")
    assert _one(tmp_path, rec, "The ship sank on December 30 and was raised on January 5, 2021.", "2021-06-01") == "agree"


# A slash joins two days of a range ("the night of September 6/7").
def test_a_slash_between_two_days_is_a_range(tmp_path):
    rec = record("date", "landing", "2019-09-07")
    assert _one(tmp_path, rec, "The lander will attempt a soft landing on September 6/7.", "2019-07-22") == "agree"


# A past participle right after a plural noun in a clause a preposition opens ("– on top of the 7,500 redundancies
# announced last July") is said of that noun (a reduced relative clause): its date only loosely the fact's.
ANNOUNCED = record("date", "announced, agreed", "2015-04-08")


@given(noun=st.sampled_from(["redundancies", "job cuts", "measures"]))
@settings(max_examples=6, deadline=None)
def test_a_participle_of_a_plural_noun_in_a_phrase_dates_it_loosely(noun):
    text = f"The deal was agreed last April. Velmar will cut 2,800 jobs – on top of the 7,500 {noun} announced last July."
    assert one_fresh(ANNOUNCED, text)[0] == "agree"  # (no publication date: each month read as written)


def test_a_singular_subject_after_a_preposition_still_acts(tmp_path):
    rec = record("date", "launched", "2021-11-24")
    text = "From the time the ship launched on Nov. 13, 2021, to its impact, 317 days elapsed."
    assert _one(tmp_path, rec, text, "2022-09-27") == "differ"


# ``claims_whole``: a share of the claim's whole in a forecast ("an exit poll projected that Lind would win 51.7
# percent of the vote") is a forecast, no result.
def test_a_forecast_share_of_the_claims_whole_is_no_result(tmp_path):
    rec = record("number", "Lind", "49.42", '"%", percent').replace("claim: x", "claim: Lind won 49.42% of the vote.")
    text = "An exit poll projected after polling closed that Lind would win 51.7 percent of the vote."
    assert _one(tmp_path, rec, text) == "silent"
    assert _one(tmp_path, rec, "Lind won 51.7 percent of the vote.") == "differ"


# ``attributive_place``: a place whose own name holds a term names the term's thing ("an Orsk District Court judge").
def test_a_place_name_holding_a_term_names_its_thing(tmp_path):
    rec = record("place", "District Court, court", "[Orsk, Orsk District Court]", rivals="Tindra")
    assert _one(tmp_path, rec, "After a long trial, an Orsk District Court judge on Tuesday ruled against the company.") \
        == "agree"


# Review of session 54: near misses the rules above must leave alone.
def test_a_claim_counting_the_whole_among_reads_the_bare_count(tmp_path):
    rec = record("number", "killed", "6", "people").replace("claim: x", "claim: Three children were among the six killed.")
    assert _one(tmp_path, rec, "Six were killed when the roof collapsed in Orsk.") == "agree"


def test_a_speakers_name_is_no_bidder(tmp_path):
    assert _one(tmp_path, DEAL, "Anna Roe, an analyst, said the acquisition values Orsk at $6.5 billion.") == "differ"


def test_a_place_of_an_owned_noun_where_a_term_happens_still_counts(tmp_path):
    rec = record("place", "Velmar, blast", "[Lund]", rivals="Orsk")
    assert _one(tmp_path, rec, "The blast at Velmar's chemical plant in Orsk killed four.") == "differ"


@given(tail=st.sampled_from(["its builder was founded on August 20, 1999", "matched a record set on August 20, 1969"]))
@settings(max_examples=4, deadline=None)
def test_a_later_date_of_another_subject_gives_no_year(tail):
    rec = record("date", "launched", "2019-07-22")
    assert one_fresh(rec, f"The probe launched on July 22 and {tail}.", published="2019-09-01")[0] == "agree"


def test_an_ends_apposition_may_place_the_whole_stretch(tmp_path):
    rec = record("place", "crashed", "[Tindra]", rivals="Velmar")
    assert _one(tmp_path, rec, "The bus crashed on the road between Aske and Lund, Tindra province.") == "agree"


def test_a_share_won_in_another_round_is_only_a_possible_conflict(tmp_path):
    rec = SHARE.replace("claim: x", "claim: Ana Lind won the runoff with 50.89 percent of the vote.")
    assert _one(tmp_path, rec, "Lind, who beat Tom Roe, won 52 percent of the vote in the first round.") == "silent"


def test_a_rank_before_a_passive_infinitive_says_it_happened(tmp_path):
    rec = record("date", "sworn in", "2021-04-05")
    assert _one(tmp_path, rec, "On 30 March, Anna Roe was the first mayor to be sworn in at Orsk.", "2021-04-01") \
        == "differ"


def test_a_total_before_its_parts_is_still_a_total(tmp_path):
    rec = record("number", "killed", "20", "people")
    text = "The gunman killed 18 people in all: he killed eight at a bar and then killed ten more at a bowling alley."
    assert _one(tmp_path, rec, text) == "differ"


@given(text=st.sampled_from(["Anna Roe, the prefect of Orsk, where the quake struck, said 300 homes were lost.",
                             "The prefect of Orsk, home to most of the quake victims, said 300 homes were lost."]))
@settings(max_examples=4, deadline=None)
def test_a_domains_own_clause_still_places_the_event(text):
    rec = record("place", "quake, quake victims", "[Lund]", rivals="Orsk")
    assert one_fresh(rec, text)[0] == "differ"
