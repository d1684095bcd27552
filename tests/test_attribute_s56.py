"""Rules of session 56, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from .helpers import one_fresh, record, one_verdict as _one


# ``title_before_apposition``: a capitalised office after a determiner, its of-phrase and a name in apposition after
# it are one person, as a lower-case title is ("the president of Ruritania, Anna Novak,").
PREMIER = record("party", "Ana Roe, Roe", "Prime Minister", rivals="President")


@given(office=st.sampled_from(["Prime Minister", "prime minister"]),
       verb=st.sampled_from(["declared a state of emergency", "said on Monday that aid was coming"]))
@settings(max_examples=8, deadline=None)
def test_a_capitalised_office_in_apposition_is_the_name_s(office, verb):
    text = f"The {office} of Orsk, Ana Roe, {verb}."
    assert one_fresh(PREMIER, text)[0] == "agree"


def test_a_rival_office_in_apposition_differs(tmp_path):
    assert _one(tmp_path, PREMIER, "The President of Orsk, Ana Roe, declared a state of emergency.") == "differ"


@given(text=st.sampled_from([
    "After meeting the President of Orsk, Ana Roe declared a state of emergency.",
    "The wife of the President of Orsk, Ana Roe, opened the hospital.",
    "Speaking for the President of Orsk, Ana Roe, a close aide, read the statement.",
]))
@settings(max_examples=6, deadline=None)
def test_an_office_inside_another_phrase_is_not_the_name_s(text):
    assert one_fresh(PREMIER, text)[0] == "silent"


def test_a_capitalised_body_is_no_office_of_the_name_after_it(tmp_path):
    rec = record("party", "Velmar Foods, deal", "[Justice Department, Department of Justice]", rivals="Commission")
    text = "In an agreement with the US Department of Justice, Velmar Foods said it would sell 22 plants."
    assert _one(tmp_path, rec, text) == "agree"


# A tally's phrase runs past a name set off by commas, an apposition ("the toll from the floods in the capital,
# Orsk, has risen to 33"), when the tally's verb follows it.
TOLL = record("number", "death toll, deaths, died", "33", unit="deaths, people")


@given(name=st.sampled_from(["Orsk", "Velmar City", "Port Orsk East"]))
@settings(max_examples=6, deadline=None)
def test_a_toll_reaches_past_a_name_in_apposition(name):
    text = (f"A death toll from massive floods caused by heavy rains in the capital, {name}, has risen to 33, "
            "while 18 others are still missing.")
    assert one_fresh(TOLL, text)[0] == "agree"


def test_a_number_right_after_a_name_in_commas_is_no_tally(tmp_path):
    # "Lind, 55 has a lead": no verb after the second comma, no apposition inside the tally's phrase
    rec = record("number", "Lind, votes", "40", unit="votes")
    assert _one(tmp_path, rec, "According to the first count, Lind, 55 has a lead with nearly 40 percent.") == "silent"


# A count with its noun left out, past words that may stand before a state ("still", "were": ``STATE_FILLERS``),
# and a state word with no noun after it counts people in that state: "and 18 still missing after the rains".
MISSING = record("number", "missing", "18", unit="people, persons")


@given(text=st.sampled_from([
    "Thirty-three people were confirmed dead and 18 still missing after the rains.",
    "33 dead, 18 still missing after record Orsk rains",
    "Thirty-three people were confirmed dead and 18 were still missing.",
]))
@settings(max_examples=6, deadline=None)
def test_a_count_still_in_a_state_counts_people(text):
    assert one_fresh(MISSING, text)[0] == "agree"


@given(text=st.sampled_from([
    "Most of the stolen paintings were recovered, but 18 are still missing.",
    "Rescuers saved forty dogs, and 18 are still missing.",
    "Twelve fishing boats returned to port, but 18 are still missing.",
]))
@settings(max_examples=6, deadline=None)
def test_a_count_left_out_after_things_is_no_count_of_people(text):
    assert one_fresh(MISSING, text)[0] == "silent"


def test_a_state_with_a_noun_after_it_is_no_count_of_people(tmp_path):
    assert _one(tmp_path, MISSING, "Some 18 were still missing cattle after the rains.") == "silent"


def test_a_count_in_a_state_before_a_place_may_be_a_part(tmp_path):
    assert _one(tmp_path, MISSING, "The storm killed 40 and 17 still missing in Orsk alone.") == "silent"


# ``subset``: a nation's people as a count's noun ("the 45 dead Indians"), or a nationality before "deaths" ahead of a
# count ("the number of Indian deaths to 46"), counts that nation's part of the dead, not the whole.
DEAD = record("number", "dead, deaths, died", "50", unit="people, persons, dead, deaths")


@given(text=st.sampled_from([
    "The 45 dead Indians belonged to 12 states.",
    "The injured man who died was an Indian, taking the number of Indian deaths to 46.",
]))
@settings(max_examples=4, deadline=None)
def test_a_nation_s_dead_are_a_part(text):
    assert one_fresh(DEAD, text)[0] == "silent"


def test_a_nation_s_deaths_before_a_total_leave_the_total(tmp_path):
    assert _one(tmp_path, DEAD, "There were no Indian deaths but the fire killed 46 in the camp.") == "differ"


def test_the_dead_with_no_nation_still_differ(tmp_path):
    assert _one(tmp_path, DEAD, "The 45 dead people belonged to 12 states.") == "differ"


# ``declared_end``: a term that is the subject of a form of "be" and a complement of ending ("The fire was contained
# on Wednesday", past one adverb in -ly) dates the end, not the event; so does an opening phrase's date.
FIRE = record("date", "fire, blaze, broke out", "2023-09-12")


@given(text=st.sampled_from([
    "The fire was contained on 13 September.",
    "The fire was essentially extinguished on 13 September.",
    "By 00:15 on 13 September, the fire was extinguished and over 100 people were rescued.",
]))
@settings(max_examples=6, deadline=None)
def test_a_fire_contained_on_a_day_is_no_date_of_the_fire(text):
    assert one_fresh(FIRE, text, published="2023-09-14")[0] == "silent"


def test_a_fire_that_broke_out_on_a_day_still_differs(tmp_path):
    assert _one(tmp_path, FIRE, "The fire broke out on 13 September.", published="2023-09-14") == "differ"


@given(text=st.sampled_from([
    "The fire was contained within hours of breaking out on 13 September.",
    "On 13 September, a fire was contained within minutes at the Orsk depot.",
]))
@settings(max_examples=4, deadline=None)
def test_a_date_not_right_after_the_ending_is_still_the_fire_s(text):
    assert one_fresh(FIRE, text, published="2023-09-20")[0] == "differ"


def test_a_deal_closed_on_a_day_is_the_deal_s_completion(tmp_path):
    rec = record("date", "acquisition, deal, completed", "2024-03-03").replace(
        "claim: x", "claim: Velmar completed its acquisition of Orsk Foods on 3 March 2024.")
    assert _one(tmp_path, rec, "The acquisition was closed on 5 March 2024, Velmar said.", published="2024-03-10") == "differ"


def test_a_term_that_is_the_ending_word_keeps_its_date(tmp_path):
    rec = record("date", "contained, fire contained", "2023-09-12")
    assert _one(tmp_path, rec, "The fire was contained on 13 September.", published="2023-09-14") == "differ"


# ``measured_quality``: "up" or "down" before "from" is a change from an earlier level, no position qualifier.
TURNOUT = record("number", "turnout", "49.8", unit='"%", percent')


@given(word=st.sampled_from(["up", "down"]))
@settings(max_examples=4, deadline=None)
def test_a_level_up_from_another_is_the_level(word):
    text = f"Turnout in the runoff stood at 49.8 percent, {word} from about 40 percent in the first round."
    assert one_fresh(TURNOUT, text)[0] == "agree"


def test_a_depth_down_from_the_surface_is_a_position(tmp_path):
    rec = record("number", "wreck, depth", "40", unit="metres, m")
    assert _one(tmp_path, rec, "Divers found the wreck 55 metres down from the surface.") == "differ"


def test_a_distance_up_a_slope_is_still_a_position(tmp_path):
    rec = record("number", "summit, mountain", "300", unit="metres, m")
    assert _one(tmp_path, rec, "The hut stands 200 metres up the slope from the road to the summit.") == "silent"


# ``earlier_figure``: an adverb of earlier time before a verb of belief ("It was initially believed 77 people had
# died") gives an earlier figure, since revised: a conflicting one is only a possible conflict.
TOLL76 = record("number", "died, death toll, dead", "76", unit="people, deaths")


@given(verb=st.sampled_from(["believed", "thought", "feared"]))
@settings(max_examples=3, deadline=None)
def test_an_initial_belief_is_an_earlier_figure(verb):
    text = f"It was initially {verb} 77 people had died in the blaze but the death toll was later revised."
    assert one_fresh(TOLL76, text)[0] == "silent"


def test_a_belief_with_no_adverb_of_earlier_time_still_differs(tmp_path):
    assert _one(tmp_path, TOLL76, "Police believed 77 people had died in the blaze.") == "differ"


# ``difference``: a figure with a unit of two words ("per cent") before a comparative and "than" is a gap.
def test_a_gap_in_per_cent_is_no_level(tmp_path):
    rec = record("number", "turnout", "59.7", unit='"%", per cent')
    assert _one(tmp_path, rec, "That turnout was 2.3 per cent lower than in 2016.") == "silent"
