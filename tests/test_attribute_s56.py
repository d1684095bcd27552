"""Rules of session 56, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from .helpers import one_fresh, record, one_verdict as _one


# ``title_before_apposition``: a capitalised office after a determiner, its of-phrase and a name in apposition after
# it are one person, as a lower-case title is ("the president of Ruritania, Anna Novak,").
PREMIER = record("party", "Ana Roe, Roe", "Prime Minister", rivals="President")


@given(office=st.sampled_from(["Prime Minister", "prime minister"]),
       opening=st.sampled_from(["The", "On Monday the", "Later that day, the"]))
@settings(max_examples=10, deadline=None)
def test_a_capitalised_office_in_apposition_is_the_name_s(office, opening):
    text = f"{opening} {office} of Orsk, Ana Roe, declared a state of emergency."
    assert one_fresh(PREMIER, text)[0] == "agree"


def test_a_rival_office_in_apposition_differs(tmp_path):
    assert _one(tmp_path, PREMIER, "The President of Orsk, Ana Roe, declared a state of emergency.") == "differ"


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


def test_a_distance_up_a_slope_is_still_a_position(tmp_path):
    rec = record("number", "summit, mountain", "300", unit="metres, m")
    assert _one(tmp_path, rec, "The hut stands 200 metres up the slope from the road to the summit.") == "silent"


# ``context``: for a number fact, a paragraph naming no context term is read when the text's opening names a context
# term that is no name; its values are attached loosely (a conflicting one is only a possible conflict).
RUNOFF_VOTES = ('\n- id: f\n  claim: Roe won the runoff with 16.4 million votes.\n  kind: number\n  about: [Roe]\n'
                '  context: [runoff, won]\n  value: 16.4\n  unit: [million votes]\n  tolerance: 0\n')


def test_the_opening_names_the_context_for_a_later_paragraph(tmp_path):
    text = "Ana Roe has won the presidential runoff.\n\nWith all ballots counted, Roe secured 16.4 million votes."
    assert _one(tmp_path, RUNOFF_VOTES, text) == "agree"


def test_a_paragraph_read_by_the_opening_only_possibly_conflicts(tmp_path):
    text = "Ana Roe has won the presidential runoff.\n\nIn June, Roe secured 12.1 million votes."
    assert _one(tmp_path, RUNOFF_VOTES, text) == "silent"


def test_an_opening_naming_no_context_term_reads_nothing(tmp_path):
    text = "Ana Roe addressed supporters in Orsk.\n\nWith all ballots counted, Roe secured 16.4 million votes."
    assert _one(tmp_path, RUNOFF_VOTES, text) == "silent"


def test_a_place_in_the_opening_names_no_context_for_later_paragraphs(tmp_path):
    rec = RUNOFF_VOTES.replace("context: [runoff, won]", "context: [Orsk]")
    text = "Voters in Orsk went to the polls.\n\nWith all ballots counted, Roe secured 16.4 million votes."
    assert _one(tmp_path, rec, text) == "silent"
