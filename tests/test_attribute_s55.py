"""Rules of session 55, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from .helpers import one_fresh, record, one_verdict as _one


# ``state``: a word of a state right before a count's plural noun ("10 missing climbers"), or in a relative clause
# after it ("a dozen hikers who went missing"), counts those in that state: a part of a fact counting a role.
CLIMBERS = record("number", "climbers, hikers, on the mountain, search", "75", unit="climbers, hikers, people")


@given(text=st.sampled_from([
    "A search for 10 missing climbers was under way on Mount Orsk.",
    "Rescuers found eleven deceased hikers on Mount Orsk.",
    "Rescuers raced to find a dozen hikers who went missing on Mount Orsk.",
    "One climber remained missing on Mount Orsk.",
]))
@settings(max_examples=8, deadline=None)
def test_a_count_in_a_state_is_a_part_of_the_climbers(text):
    assert one_fresh(CLIMBERS, text)[0] == "silent"


def test_a_count_of_the_role_itself_still_differs(tmp_path):
    assert _one(tmp_path, CLIMBERS, "Some 70 climbers were on Mount Orsk that day.") == "differ"


def test_a_count_who_acted_is_no_state(tmp_path):
    # "climbers who rescued others" did something: no state befell them
    assert _one(tmp_path, CLIMBERS, "Some 70 climbers who rescued others were on Mount Orsk.") == "differ"


# ``ordinal``: for a rank fact, the count after a rank and "of" is the size of the set the rank is taken from.
LEVEL = record("number", "alert level, alert levels", "2", unit="level, levels").replace(
    "claim: x", "claim: Orsk was at Level II, the second of the four alert levels")


@given(rank=st.sampled_from(["third highest", "second", "lowest", "third-highest"]))
@settings(max_examples=8, deadline=None)
def test_the_set_a_rank_is_taken_from_is_no_rank(rank):
    assert one_fresh(LEVEL, f"Mount Orsk has stayed at the {rank} of four alert levels since 2011.")[0] == "silent"


def test_a_count_fact_still_reads_the_set(tmp_path):
    rec = record("number", "alert levels", "4", unit="levels")
    assert _one(tmp_path, rec, "Mount Orsk has stayed at the third highest of four alert levels.") == "agree"


# A short abbreviation in a unit list beside a word that is no measure abbreviates that word: "M" beside "magnitude"
# is no metre, so a depth in kilometres is not converted into the fact's unit.
MAGNITUDE = record("number", "earthquake, quake", "8.8", unit="magnitude, M, Mw")


def test_a_depth_is_no_magnitude(tmp_path):
    text = "The quake struck at a shallow depth of 10 km (6.2 miles), officials said."
    assert _one(tmp_path, MAGNITUDE, text) == "silent"


def test_a_magnitude_still_reads(tmp_path):
    assert _one(tmp_path, MAGNITUDE, "A magnitude 8.7 quake struck off Orsk.") == "differ"


def test_metres_beside_their_abbreviation_still_convert(tmp_path):
    rec = record("number", "wave, waves", "1.3", unit="metres, m")
    assert _one(tmp_path, rec, "A wave of 130 centimetres reached Orsk.") == "agree"


# ``route_role``: a place after "from" whose "to" leads to a term is where a movement to the term's thing starts.
VILLAGE = record("place", "village, landslide", "[Yambali]", rivals="Wabag")


def test_the_origin_of_a_movement_to_the_term_is_not_its_place(tmp_path):
    text = "Staff were deployed from Wabag to the affected village on Friday."
    assert _one(tmp_path, VILLAGE, text) == "silent"


def test_a_place_the_term_is_in_still_differs(tmp_path):
    assert _one(tmp_path, VILLAGE, "The landslide struck a village in Wabag on Friday.") == "differ"


# ``place_in_name``: names joined by hyphens before a place noun name one place, another than either.
def test_a_hyphened_division_is_another_place(tmp_path):
    rec = record("place", "villages, landslide", "[Yambali]", rivals="Porgera")
    text = "Six villages in Enga province's Porgera-Paiela district were buried by the landslide."
    assert _one(tmp_path, rec, text) == "silent"


def test_a_hyphened_value_still_agrees(tmp_path):
    rec = record("place", "villages, landslide", "[Maip-Mulitaka]", rivals="Porgera")
    assert _one(tmp_path, rec, "The landslide buried villages in the Maip-Mulitaka area.") == "agree"


def test_a_name_alone_before_the_place_noun_still_differs(tmp_path):
    rec = record("place", "villages, landslide", "[Yambali]", rivals="Porgera")
    assert _one(tmp_path, rec, "The landslide buried six villages in Porgera district.") == "differ"


# ``earlier_figure``: a saying in the past perfect ("Officials had said that 17 people had been killed") is an
# earlier report, since revised: a conflicting figure there is only a possible conflict.
DEAD = record("number", "killed, dead, died, toll", "16", unit="people, dead")


@given(verb=st.sampled_from(["said", "reported", "announced", "stated"]))
@settings(max_examples=8, deadline=None)
def test_a_past_perfect_saying_is_an_earlier_report(verb):
    text = f"Officials had {verb} that 17 people had been killed, but they later corrected the toll."
    assert one_fresh(DEAD, text)[0] == "silent"


def test_a_simple_past_saying_still_differs(tmp_path):
    assert _one(tmp_path, DEAD, "Officials said that 17 people had been killed in the crash.") == "differ"


def test_had_before_an_adjective_is_no_saying(tmp_path):
    rec = record("number", "landfall", "115", unit="mph")
    assert _one(tmp_path, rec, "The storm had estimated winds of 120 mph at landfall.") == "differ"


# ``added_amount``: a count after "and" whose own predicate says its state came later ("one person died later") adds
# to an earlier count of the same state: the earlier count is only a part, the later one an addition.
@given(later=st.sampled_from(["one person died later in hospital", "one person later died in hospital"]))
@settings(max_examples=4, deadline=None)
def test_a_count_that_died_later_adds_to_the_first(later):
    text = f"Fifteen people - eight men and seven women - were killed instantly and {later}."
    assert one_fresh(DEAD, text.replace(" - ", " — "))[0] == "silent"


def test_a_count_of_another_state_adds_nothing(tmp_path):
    # the injured and the one who died later are no parts of one count
    rec = record("number", "injured", "3", unit="people")
    text = "Initially 14 people were killed and three injured and one later died in a hospital."
    assert _one(tmp_path, rec, text) == "agree"


def test_a_later_count_after_another_state_is_the_total(tmp_path):
    assert _one(tmp_path, DEAD, "Police said 3 were hurt and 16 people later died.") == "agree"


# An age fact counted in months ([month-old]) reads ages in months, and an age in years is no age of it.
INFANT = record("number", "youngest, children, girl, boy", "22", unit="months, month-old")


@given(text=st.sampled_from(["The children hurt include one who is 22 months old.", "A 22-month-old girl was hurt."]))
@settings(max_examples=4, deadline=None)
def test_an_age_in_months_reads_for_an_infants_age(text):
    assert one_fresh(INFANT, text)[0] == "agree"


def test_an_age_in_years_is_no_age_in_months(tmp_path):
    assert _one(tmp_path, INFANT, "One of the adult victims hurt with the children is a 78-year-old man.") == "silent"


def test_an_age_in_years_still_reads_for_an_age_fact(tmp_path):
    rec = record("number", "Anna Roe, woman", "54", unit="years old, year-old")
    assert _one(tmp_path, rec, "A 54-year-old woman, Anna Roe, was hurt.") == "agree"


# ``temporal_relation``: "following this week's mass shooting" names another event (a time owning the event's noun
# is no time phrase), and a term right before a noun of people it names ("shooting suspect") names them, not the
# clause's event.
SHOOTING = record("date", "shooting, mass shooting", "2024-09-04")


def test_a_date_before_a_relation_phrase_is_not_its_events(tmp_path):
    text = "Orsk High School shooting suspect Ivan Roe appeared in court on Friday following this week's mass shooting."
    assert _one(tmp_path, SHOOTING, text, "2024-09-06") == "agree"


def test_the_date_of_the_clause_still_dates_its_own_act(tmp_path):
    rec = record("date", "appeared, court", "2024-09-06")
    text = "Ivan Roe appeared in court on Friday following this week's mass shooting."
    assert _one(tmp_path, rec, text, "2024-09-06") == "agree"


# ``change_and_level``: a change before "to" and an infinitive of winning with the level ("picked up nine seats to
# win a 222-213 majority") is no level.
SEATS = record("number", "Republicans, House", "222", unit="seats")


@given(verb=st.sampled_from(["picked up", "gained", "added"]))
@settings(max_examples=6, deadline=None)
def test_a_gain_before_to_win_is_a_change(verb):
    assert one_fresh(SEATS, f"Republicans {verb} nine seats to win a 222-213 majority.")[0] == "silent"


def test_a_gain_alone_is_still_read(tmp_path):
    assert _one(tmp_path, SEATS, "Republicans won nine seats.") == "differ"


# ``running_tally``: a count told as a tally still running ("so far", "to date", "As of 13:30") may be short of the
# final one: only a possible conflict.
@given(text=st.sampled_from([
    "The Republicans have secured 49 seats so far.",
    "The Republicans have won 49 seats to date, officials said.",
    "As of 13:30 (ET) 203 seats had been called for the Republicans.",
]))
@settings(max_examples=6, deadline=None)
def test_a_running_tally_is_only_a_possible_conflict(text):
    assert one_fresh(SEATS, text)[0] == "silent"


def test_a_running_tally_that_matches_agrees(tmp_path):
    assert _one(tmp_path, SEATS, "The Republicans have secured 222 seats so far.") == "agree"


def test_a_tally_word_in_another_clause_does_not_loosen(tmp_path):
    assert _one(tmp_path, SEATS, "The Republicans won 49 seats, but so far nobody has conceded.") == "differ"


# ``attributive_place``: a place before a kind of company and its one-word name ("Orsk medical device firm Abiomed",
# ``COMPANY_KIND_NOUNS``) describes that company, not the clause's subject.
HQ = record("place", "Velmar", "[Lund]", rivals="Orsk")


@given(kind=st.sampled_from(["medical device firm", "shipping giant", "firm", "chipmaker"]))
@settings(max_examples=8, deadline=None)
def test_a_place_before_a_kind_of_company_describes_it(kind):
    assert one_fresh(HQ, f"Velmar buys Orsk {kind} Tindra for $16.6 billion.")[0] == "silent"


def test_a_place_of_the_subject_still_differs(tmp_path):
    assert _one(tmp_path, HQ, "Velmar, based in Orsk, buys the firm Tindra.") == "differ"


# A plural span made an adjective ("a years-long war") is no count of one year.
def test_a_years_long_war_counts_no_year(tmp_path):
    rec = record("number", "war, civil war", "13", unit="years")
    text = "The advance reignited a years-long war that had begun in 2011."
    assert _one(tmp_path, rec, text) == "silent"


def test_a_year_long_war_still_counts_one(tmp_path):
    rec = record("number", "war, civil war", "13", unit="years")
    assert _one(tmp_path, rec, "The advance reignited a year-long war.") == "differ"


# "one" and a singular noun before a verb of saying names a speaker, no count of a group.
CROWD = record("number", "crowd, attended, people, student, resident", "3000", unit="people, students, residents")


@given(text=st.sampled_from([
    "Witnesses remain shaken, with one student telling reporters that the crowd fled.",
    "When one resident shouted at the president, the crowd cheered.",
    "One resident said the crowd had gathered early.",
]))
@settings(max_examples=6, deadline=None)
def test_one_speaker_is_no_count(text):
    assert one_fresh(CROWD, text)[0] == "silent"


def test_a_count_a_speaker_gives_still_reads(tmp_path):
    assert _one(tmp_path, CROWD, "One person said 2,000 people attended.") == "differ"


# ``hyphenated_modifier``: a noun phrase after "be" in what someone said ("Police said in a statement that the suspect
# was a 26-year-old man") says what the subject is: "that" after a verb of saying opens no relative clause.
SUSPECT_AGE = record("number", "suspect, gunman", "26", unit="years old, year-old")


@given(lead=st.sampled_from(["Police said that", "Police said in a statement that", "Prosecutors confirmed that"]))
@settings(max_examples=6, deadline=None)
def test_an_age_after_be_in_what_was_said_is_the_subjects(lead):
    assert one_fresh(SUSPECT_AGE, f"{lead} the suspect was a 26-year-old man from Orsk.")[0] == "agree"


def test_an_age_in_a_relative_clause_is_still_no_subjects(tmp_path):
    assert _one(tmp_path, SUSPECT_AGE, "The car that hit the suspect was a 21-year-old sedan.") == "silent"


# ``restated_amount``: a bracketed date after a weekday and a part of the day ("on Sunday morning (26 February)")
# restates that day.
SANK = record("date", "sank", "2023-02-26")


def test_a_bracketed_date_after_a_weekday_morning_restates_it(tmp_path):
    text = "The intercepted ship sank on Sunday morning (26 February) in Calabria, near the city of Orsk."
    assert _one(tmp_path, SANK, text) == "agree"


def test_a_bracketed_date_after_another_noun_is_its_own(tmp_path):
    text = "The intercepted ship sank near the harbour (which opened on 27 February) in Calabria."
    assert _one(tmp_path, SANK, text) == "silent"


# ``value_clause``: a past verb right before "and" and another past verb shares that verb's object and what follows
# it ("the man who shot and injured Robert Fico in May 2024").
SHOT = record("date", "shot, shooting", "2024-05-15")


@given(second=st.sampled_from(["injured", "wounded", "killed"]))
@settings(max_examples=6, deadline=None)
def test_coordinated_verbs_share_their_date(second):
    text = f"A court sentenced the man who shot and {second} Ana Roe in May 2024 to 21 years."
    assert one_fresh(SHOT, text, published="2025-10-21")[0] == "agree"


def test_a_verb_with_its_own_object_keeps_its_clause(tmp_path):
    text = "The gunman shot two guards and injured Ana Roe in June 2024."
    assert _one(tmp_path, SHOT, text, "2025-10-21") == "silent"


# Near misses the session's review found, each now pinned.
def test_a_relative_clause_participle_may_be_the_whole_group(tmp_path):
    rec = record("number", "bus", "30", unit="pilgrims")
    assert _one(tmp_path, rec, "The bus carried 30 pilgrims who were injured when it overturned near Orsk.") == "agree"


def test_missing_with_an_object_is_no_state(tmp_path):
    rec = record("number", "trek", "30", unit="hikers")
    assert _one(tmp_path, rec, "The Velmar trek drew 60 hikers that were missing a guide on the final day.") == "differ"


def test_a_lower_case_abbreviation_beside_a_word_is_still_a_unit(tmp_path):
    rec = record("number", "rainfall, rain", "120", unit="mm, rainfall")
    assert _one(tmp_path, rec, "Rainfall reached 12 cm in Orsk on Sunday.") == "agree"


def test_capital_abbreviations_alone_are_no_metres(tmp_path):
    rec = record("number", "earthquake, quake", "7.1", unit="Mw, M")
    assert _one(tmp_path, rec, "The earthquake struck off Orsk at a depth of 10 km, the agency said.") == "silent"


@given(text=st.sampled_from(["The blaze spread from Orsk to the fire station on Tuesday.",
                             "The eruption sent a plume from Orsk to the ash-covered villages."]))
@settings(max_examples=4, deadline=None)
def test_the_movers_own_origin_is_its_place(text):
    assert one_fresh(record("place", "fire, blaze, eruption, ash", "[Orsk]", rivals="Velmar"), text)[0] == "agree"


@given(name=st.sampled_from(["Orsk-North", "Old-Orsk", "Orsk-Central"]))
@settings(max_examples=6, deadline=None)
def test_a_qualified_place_name_is_still_the_place(name):
    rec = record("place", "stabbing", "[Orsk]", rivals="Velmar")
    assert one_fresh(rec, f"The stabbing took place in the {name} district on Friday night.")[0] == "agree"


@given(text=st.sampled_from([
    "The ministry said on Monday that hospitals had reported 35 deaths from the Orsk outbreak.",
    "Engineers had said the Orsk bridge was safe, yet 35 people died when it collapsed on Friday.",
]))
@settings(max_examples=4, deadline=None)
def test_a_past_perfect_after_a_saying_or_past_a_comma_is_no_earlier_report(text):
    assert one_fresh(record("number", "deaths, died, outbreak", "40", unit="people, deaths"), text)[0] == "differ"


def test_an_act_in_the_past_perfect_is_no_report(tmp_path):
    rec = record("number", "jobs", "250", unit="jobs")
    assert _one(tmp_path, rec, "By June, Velmar Motors had added 300 jobs at its Orsk plant.") == "differ"


def test_bodies_recovered_later_are_no_addition(tmp_path):
    text = "Fifteen people were killed in the Orsk blast, and all 15 bodies were later recovered from the rubble."
    assert _one(tmp_path, DEAD, text) == "differ"


@given(text=st.sampled_from(["The girl spent 22 months in a Velmar hospital after the blast.",
                             "The girl has been in a coma for 20 months."]))
@settings(max_examples=4, deadline=None)
def test_a_span_of_months_is_no_infants_age(text):
    assert one_fresh(INFANT, text)[0] == "silent"


@given(text=st.sampled_from(["The children are between 22 months and three years old.",
                             "The children were aged between 22 months and three years."]))
@settings(max_examples=4, deadline=None)
def test_a_range_of_ages_in_months_reads(text):
    assert one_fresh(INFANT, text)[0] == "agree"


def test_a_gain_the_fact_is_about_is_read(tmp_path):
    rec = record("number", "Republicans, gained, gain", "9", unit="seats")
    assert _one(tmp_path, rec, "Republicans gained seven seats to win a 220-215 majority.") == "differ"


@given(text=st.sampled_from([
    "Republicans won 220 seats in their largest win to date.",
    "Republicans won 220 seats and so far nobody has challenged the result.",
]))
@settings(max_examples=4, deadline=None)
def test_a_tally_word_of_another_phrase_does_not_loosen(text):
    assert one_fresh(SEATS, text)[0] == "differ"


def test_an_as_of_tally_with_the_term_as_subject_is_loose(tmp_path):
    assert _one(tmp_path, SEATS, "As of 13:30 (ET), the Republicans had won 203 seats.") == "silent"


@given(text=st.sampled_from(["Only one province reported new cases on Monday.",
                             "One province announced new cases on Monday."]))
@settings(max_examples=4, deadline=None)
def test_one_that_reports_is_a_count(text):
    rec = record("number", "cases, case", "1", unit="province, provinces")
    assert one_fresh(rec, text)[0] == "agree"


# A term right before a noun of people an event names ("Shooting suspect Ivan Roe", "the crash victims") describes
# them: a date of their clause is not the event's.
@given(text=st.sampled_from(["Shooting suspect Ivan Roe appeared in court on 6 September.",
                             "The crash victims were buried on Monday, 9 September."]))
@settings(max_examples=4, deadline=None)
def test_a_term_describing_people_is_no_dated_event(text):
    assert one_fresh(record("date", "shooting, crash", "2024-09-04"), text, published="2024-09-10")[0] == "silent"


def test_the_event_itself_is_still_dated(tmp_path):
    rec = record("date", "shooting, crash", "2024-09-04")
    assert _one(tmp_path, rec, "The shooting killed four people on 6 September.", "2024-09-10") == "differ"


# "An M 6.4 earthquake": "an" before a unit's sign that a figure follows is no count of one.
def test_an_before_a_magnitude_sign_is_no_count(tmp_path):
    rec = record("number", "earthquake, quake", "6.4", unit="magnitude, M, Mw")
    _, found = one_fresh(rec, "An M 6.4 earthquake struck off Orsk on Sunday.")
    assert found == ["6.4 magnitude"]


def test_an_hour_is_still_one(tmp_path):
    rec = record("number", "delay, delayed", "1", unit="hour, hours")
    assert _one(tmp_path, rec, "The flight was delayed by an hour on Sunday.") == "agree"


# ``running_tally``: a tally word opening the sentence, or between a perfect's auxiliary and its verb, before the count.
@given(text=st.sampled_from(["So far, 49 seats have been called for the Republicans.",
                             "Republicans have so far won 49 seats.",
                             "To date, the Republicans have won 49 seats."]))
@settings(max_examples=6, deadline=None)
def test_a_tally_word_before_the_count_is_loose(text):
    assert one_fresh(SEATS, text)[0] == "silent"
