"""Rules of session 57, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from .helpers import one_fresh, record, one_verdict as _one


# ``date_of``: "in the early morning of July 6" is an adverbial of time, like "in the morning of July 6": the date
# dates its clause, not a noun before "of" (a part of the day narrowed by "early", "late", "small" or "hours").
BLAST = record("date", "explosion", "2013-07-06")


@given(part=st.sampled_from(["early morning", "late evening", "early morning hours", "small hours", "morning"]))
@settings(max_examples=10, deadline=None)
def test_a_narrowed_part_of_the_day_dates_its_clause(part):
    text = f"The death toll from the explosion that tore through Orsk in the {part} of July 6 stands at 15."
    assert one_fresh(BLAST, text, published="2013-07-10") == ("agree", ["2013-07-06"])


def test_a_narrowed_part_of_the_day_with_another_date_differs(tmp_path):
    text = "The explosion tore through Orsk in the early morning of July 5."
    assert _one(tmp_path, BLAST, text, "2013-07-10") == "differ"


def test_the_morning_of_another_noun_still_dates_that_noun(tmp_path):
    # "the report of July 6" dates the report, whatever narrows a day elsewhere
    text = "The explosion was described in the report of July 6 that the council released."
    assert _one(tmp_path, BLAST, text, "2013-07-10") == "silent"


# ``negated``: "not" between a noun and an -ing participle ("culpable homicide not amounting to murder") denies only
# the participle's phrase, not the clause's verb.
ARRESTS = record("number", "arrested", "3", unit="officials")


@given(phrase=st.sampled_from(["culpable homicide not amounting to murder", "negligence not involving intent"]))
@settings(max_examples=4, deadline=None)
def test_a_denied_participle_leaves_its_clause_standing(phrase):
    text = f"Police on Saturday charged three arrested officials in the crash case with {phrase}."
    assert one_fresh(ARRESTS, text)[0] == "agree"


@given(text=st.sampled_from([
    "Police have not arrested three officials in the crash case.",
    "The officials not having been arrested on 3 May, three were arrested later.",
]))
@settings(max_examples=4, deadline=None)
def test_a_denied_verb_still_denies(text):
    verdict = one_fresh(ARRESTS, text)[0]
    assert verdict != "differ" and (verdict == "silent" or "later" in text)


# A timeline entry (``value_clause``): a date opening its line, set off by a colon, heads an entry of any length with
# no day of its own; it dates the clause after it.
LANDFALL = record("date", "makes landfall, landfall", "2024-07-01")


@given(bullet=st.sampled_from(["", "• ", "- ", "On "]), mark=st.sampled_from([": ", " - ", " – "]))
@settings(max_examples=12, deadline=None)
def test_a_timeline_entry_is_dated_by_its_heading(bullet, mark):
    text = f"{bullet}July 1{mark}Orsk makes landfall in Velmar as a Category 4 hurricane."
    assert one_fresh(LANDFALL, text, published="2024-07-10") == ("agree", ["2024-07-01"])


@given(indent=st.sampled_from(["", "  ", "\t"]))
@settings(max_examples=3, deadline=None)
def test_another_heading_date_differs(indent):
    text = (f"The timeline:\n\n{indent}• June 29: Orsk strengthens.\n"
            f"{indent}• July 2: Orsk makes landfall in Velmar as a powerful Category 4 hurricane.")
    assert one_fresh(LANDFALL, text, published="2024-07-10")[0] == "differ"


@given(text=st.sampled_from([
    ("NOVEMBER 11, 2014 — Lind Roe, 68, the captain of the Orsk ferry, was yesterday sentenced to 36 years in "
     "prison for abandoning ship in the April 16 sinking off Velmar."),
    "November 11: Orsk makes landfall in Velmar as a powerful Category 4 hurricane on Monday.",
    "Published: 11 November 2014: Orsk makes landfall.",
]))
@settings(max_examples=6, deadline=None)
def test_a_dateline_or_an_entry_with_its_own_day_is_no_heading(text):
    # a dateline in capitals, an entry dated by a day of its own, a page's stamp: the heading date is not the event's
    rec = record("date", "makes landfall, sentenced", "2014-11-11")
    assert one_fresh(rec, text, published="2014-11-12" if "Monday" in text else "2014-11-11")[0] != "agree"


def test_a_score_before_a_colon_is_no_heading(tmp_path):
    rec = record("number", "Lind", "25")
    text = "6-5: 15-15 Lind wins the rally with a thunderous blow down the line after a long exchange."
    assert _one(tmp_path, rec, text) == "silent"


# Tense (``checks/dates/tense.py``): an irregular simple past ("swept", "tore", "befell") tells of the past, so a
# yearless date in its clause, said in late October, is last January's, not next January's.
FIRE = record("date", "swept through, tore through, befell, fire", "2025-01-21")


@given(verb=st.sampled_from(["swept through", "tore through", "befell"]))
@settings(max_examples=3, deadline=None)
def test_an_irregular_past_places_a_yearless_date_before_publication(verb):
    text = f"Fire {verb} the Orsk Hotel in the mountain resort of Velmar on January 21."
    assert one_fresh(FIRE, text, published="2025-10-31") == ("agree", ["2025-01-21"])


# Tense: an adverb between an auxiliary and its participle ("will be fully lifted on Tuesday") leaves the clause's
# tense to the auxiliary: a weekday after "will be ... lifted" is the next one.
LIFTED = record("date", "lifted", "2023-03-14")


@given(adverb=st.sampled_from(["fully", "finally", "formally"]))
@settings(max_examples=3, deadline=None)
def test_an_adverb_before_a_participle_keeps_the_future(adverb):
    text = f"The state of emergency in Orsk will be {adverb} lifted on Tuesday."
    assert one_fresh(LIFTED, text, published="2023-03-13") == ("agree", ["2023-03-14"])


def test_a_past_passive_with_an_adverb_is_still_past(tmp_path):
    assert _one(tmp_path, LIFTED, "The state of emergency in Orsk was finally lifted on Tuesday.", "2023-03-15") \
        == "agree"


# ``timestamp``: a dateline may put a full stop before its dash, EFE's style ("Orsk, Velmar, Mar 13 (EFE).-").
def test_a_dateline_with_a_full_stop_before_its_dash_is_no_event_date(tmp_path):
    text = "Orsk, Velmar, Mar 13 (EFE).- The state of emergency was lifted after the floods."
    assert _one(tmp_path, LIFTED, text, "2023-03-13") == "silent"


# ``earlier_figure``: a figure a later one replaced, named right after it ("448 fatalities which has now been
# revised down to 435"), is an earlier figure: a conflicting one is only a possible conflict.
TOLL = record("number", "fatalities, died, death toll", "435", unit="people, fatalities, deaths")


@given(revised=st.sampled_from(["has now been revised down to", "was later corrected to", "was lowered to",
                                "has been revised downwards to"]))
@settings(max_examples=4, deadline=None)
def test_a_figure_revised_to_another_is_an_earlier_figure(revised):
    text = f"There was a figure of 448 fatalities which {revised} 435, the minister of Orsk said."
    assert one_fresh(TOLL, text)[0] != "differ"


def test_a_figure_with_no_later_one_still_differs(tmp_path):
    assert _one(tmp_path, TOLL, "There was a figure of 448 fatalities, which the minister of Orsk revised.") == "differ"


# Numbers in words: "and" joins a number's words only after a scale ("three hundred and fifty"); "between six and
# eight people" is a range, not 14.
@given(low=st.sampled_from([("two", 2), ("six", 6)]), high=st.sampled_from([("eight", 8), ("twelve", 12), ("twenty", 20)]))
@settings(max_examples=6, deadline=None)
def test_between_two_counts_in_words_is_a_range_not_a_sum(low, high):
    (low, a), (high, b) = low, high
    rec = record("number", "injured", str(a + b), unit="people")  # the sum lies outside the range
    text = f"Several media reports say between {low} and {high} people were injured in Orsk."
    assert one_fresh(rec, text)[0] != "agree"


def test_and_after_a_scale_still_joins_one_number(tmp_path):
    rec = record("number", "injured", "350", unit="people")
    assert _one(tmp_path, rec, "Three hundred and fifty people were injured in Orsk.") == "agree"


# A line that links to another article ("Read more: ...", "RELATED: ...", "See also ..."): a value that only shares
# a clause with a term there is attached loosely: the headline may be of another event.
KILLED = record("number", "killed", "40", unit="people")


@given(label=st.sampled_from(["Read more:", "READ MORE", "RELATED:", "Related:", "See also", "Also read:"]))
@settings(max_examples=6, deadline=None)
def test_a_linked_headline_s_conflicting_value_is_only_possible(label):
    text = f"{label} Storm hits the coast of Orsk, and 50 people are killed in the floods there"
    assert one_fresh(KILLED, text)[0] == "silent"


def test_a_sentence_opening_with_related_is_no_link(tmp_path):
    text = "Related companies said the storm hit the coast of Orsk, and 50 people were killed in the floods there."
    assert _one(tmp_path, KILLED, text) == "differ"


# Units: a light-year is a length, no span of time ("galaxies out to 10 billion light-years" states no years).
SURVEY = record("number", "observe, survey", "6", unit="years, year")


@given(form=st.sampled_from(["light-years", "light years"]))
@settings(max_examples=2, deadline=None)
def test_light_years_are_no_years(form):
    text = f"The Orsk telescope will observe galaxies out to 10 billion {form}, across the sky."
    assert one_fresh(SURVEY, text)[0] == "silent"


def test_a_distance_in_light_years_still_agrees(tmp_path):
    rec = record("number", "lies", "40", unit="light years")
    assert _one(tmp_path, rec, "The star Orsk lies 40 light-years from Velmar.") == "agree"


# States (``kinds/number.py``): "in (the) hospital" after a count is the state of the injured, like "hospitalised":
# such a count is no count of the dead.
DEAD = record("number", "killed, deceased", "9", unit="students")


@given(phrase=st.sampled_from(["were in the hospital", "were in hospital", "remain in hospital"]))
@settings(max_examples=3, deadline=None)
def test_a_count_in_hospital_counts_the_injured(phrase):
    text = f"Police said nine students were killed, and 12 students {phrase}, some of them in a serious condition."
    assert one_fresh(DEAD, text) == ("agree", ["9 students"])


def test_those_who_died_in_hospital_are_still_dead(tmp_path):
    rec = record("number", "killed, died", "9", unit="students")
    assert _one(tmp_path, rec, "Police said 12 students died in hospital after the attack in Orsk.") == "differ"


# ``route_role``: a place after "in" that locates a journey's end takes that end's role ("travelling from Aske to
# Havelian in Velmar": Velmar holds the destination, maybe not where the event happened).
EXPRESS = record("place", "Orsk Express, accident", "Tindra", rivals="Velmar")


def test_a_place_locating_a_journey_end_is_only_a_possible_conflict(tmp_path):
    text = "The Orsk Express, travelling from Aske to Havelian in Velmar, met an accident near the town of Sarhari."
    assert _one(tmp_path, EXPRESS, text) == "silent"


def test_the_event_s_own_place_after_in_still_differs(tmp_path):
    assert _one(tmp_path, EXPRESS, "The Orsk Express met an accident in Velmar on Sunday.") == "differ"


# ``zone_time``: a place right before a lower-case "time" names a time zone, no place of the event.
BUS = record("place", "caught fire", "Tindra", rivals="Velmar")


@given(form=st.sampled_from(["(Velmar time)", "Velmar time"]))
@settings(max_examples=2, deadline=None)
def test_a_time_zone_is_no_place(form):
    text = f"The bus caught fire at around 12:08pm {form}, local media reported."
    assert one_fresh(BUS, text)[0] == "silent"


def test_a_place_before_at_the_time_still_counts(tmp_path):
    assert _one(tmp_path, BUS, "The bus caught fire in Velmar at the time.") == "differ"


# Near misses found in review: each pins what the readings above must leave alone.
@given(case=st.sampled_from([
    ("number", "raise, VAT", "25", '"%"', "The minister says the government not planning to raise VAT to 25 percent."),
    ("number", "hiring, workers", "500", "workers", "Velmar Motors confirms company not hiring 500 workers in Orsk."),
    ("place", "summit", "[Orsk]", "Tarn", "Diplomats say summit not taking place in Orsk after security scare."),
]))
@settings(max_examples=3, deadline=None)
def test_what_follows_a_participle_s_not_is_still_denied(case):
    kind, about, value, extra, text = case
    rec = record(kind, about, value, **({"rivals": extra} if kind == "place" else {"unit": extra}))
    assert one_fresh(rec, text)[0] == "silent"


@given(text=st.sampled_from([
    "Orsk braces for slew of strikes on January 21 as unions reject pay offer.",
    "Velmar faces hung parliament in the strikes on January 21, polls suggest.",
    "Orsk Bank's spun-off arm faces strikes on January 21, the union says.",
]))
@settings(max_examples=3, deadline=None)
def test_a_past_form_that_is_a_noun_or_adjective_leaves_a_date_to_come(text):
    rec = record("date", "strikes", "2026-01-21")
    assert one_fresh(rec, text, published="2025-10-31")[0] == "agree"


@given(noun=st.sampled_from(["rally", "supply", "assembly"]))
@settings(max_examples=3, deadline=None)
def test_a_noun_in_ly_before_a_participle_is_no_adverb(noun):
    rec = record("date", "held", "2025-03-01")
    text = f"The {noun} held on Saturday will be followed by a general strike in Orsk."
    assert one_fresh(rec, text, published="2025-03-05")[0] == "agree"


@given(other=st.sampled_from(["as interest rates were lowered to 4 percent", "when the river was raised to 6 metres"]))
@settings(max_examples=2, deadline=None)
def test_another_thing_revised_leaves_a_figure_standing(other):
    rec = record("number", "killed", "450", unit="people")
    assert one_fresh(rec, f"The flood in Orsk killed 448 people {other}.")[0] == "differ"


@given(text=st.sampled_from([
    "• July 9: The election commission certifies the results of the election, confirming Ana Roe as president.",
    "• July 9: Velmar's parliament approves the budget the cabinet adopted after weeks of wrangling in Orsk.",
]))
@settings(max_examples=2, deadline=None)
def test_a_long_entry_dates_no_modifier_nor_a_later_relative_clause(text):
    rec = record("date", "election, adopted", "2024-06-30")
    assert one_fresh(rec, text, published="2024-07-12")[0] == "silent"


def test_recommended_opening_a_sentence_is_no_link(tmp_path):
    text = "Recommended measures were ignored before the storm killed 50 people in Orsk."
    assert _one(tmp_path, KILLED, text) == "differ"


@given(case=st.sampled_from([("cost between two and four billion dollars", "1", "billion dollars", "differ"),
                             ("cost between two and four billion dollars", "3", "billion dollars", "agree"),
                             ("injured between six and eight hundred people", "7", "people", "differ"),
                             ("injured between six and eight hundred people", "700", "people", "agree")]))
@settings(max_examples=4, deadline=None)
def test_a_range_s_low_end_takes_the_high_end_s_scale(case):
    phrase, value, unit, verdict = case
    rec = record("number", "cost, injured", value, unit=unit)
    assert one_fresh(rec, f"The Orsk floods {phrase}, officials said.")[0] == verdict


# Comparison references: an -ing participle after a comma, right after a reference opened by "since" or "than" with
# a past verb of its own, tells what the compared event did ("since a quake struck Orsk in 2014, claiming 617 lives").
QUAKE_DEAD = record("number", "lives, killed, killing", "151", unit="people")


@given(verb=st.sampled_from(["claiming the lives of 617 people", "killing 617 people"]))
@settings(max_examples=2, deadline=None)
def test_a_participle_after_a_since_reference_is_the_compared_event_s(verb):
    text = f"The quake is the deadliest in Velmar since a magnitude 6.5 quake struck Orsk in 2014, {verb}."
    assert one_fresh(QUAKE_DEAD, text)[0] == "silent"


@given(text=st.sampled_from([
    "The quake was the strongest in Velmar since 1960, killing 617 people.",
    "The rescuers outperformed those benchmarks, killing 617 people in the storm.",
]))
@settings(max_examples=2, deadline=None)
def test_a_participle_after_a_bare_reference_is_the_main_clause_s(text):
    assert one_fresh(QUAKE_DEAD, text)[0] == "differ"


# Near misses from the second review.
@given(text=st.sampled_from([
    "Twelve patients in the hospital were killed by the Orsk airstrike.",
    "Twelve patients were in the hospital when they were killed by the Orsk airstrike.",
    "Twelve patients in hospital have died since the Orsk airstrike.",
]))
@settings(max_examples=3, deadline=None)
def test_in_hospital_as_a_place_of_the_dead_leaves_them_dead(text):
    rec = record("number", "killed, died, airstrike", "9", unit="patients")
    assert one_fresh(rec, text)[0] == "differ"


@given(text=st.sampled_from([
    "The Orsk Express, bound for Havelian in Velmar, met an accident.",
    "The Orsk Express, en route to Havelian in Velmar, met an accident.",
    "The Orsk Express, travelling from Havelian in Velmar to Aske, met an accident.",
]))
@settings(max_examples=3, deadline=None)
def test_a_place_locating_any_journey_end_is_only_a_possible_conflict(text):
    assert one_fresh(EXPRESS, text)[0] == "silent"


@given(text=st.sampled_from(["The bus caught fire in Velmar time and again, mechanics said.",
                             "The bus caught fire in Velmar time after time."]))
@settings(max_examples=2, deadline=None)
def test_time_in_an_idiom_after_a_place_is_no_time_zone(text):
    assert one_fresh(BUS, text)[0] == "differ"


@given(case=st.sampled_from([("Between one and two hundred thousand people", "50000", "differ"),
                             ("Between one and two hundred thousand people", "150000", "agree"),
                             ("Between two and three dozen people", "10", "differ"),
                             ("Between two and three dozen people", "30", "agree"),
                             ("Between ten and twenty-five thousand people", "9000", "differ"),
                             ("Between ten and twenty-five thousand people", "20000", "agree")]))
@settings(max_examples=6, deadline=None)
def test_a_range_s_low_end_takes_the_high_end_s_whole_scale(case):
    phrase, value, verdict = case
    rec = record("number", "displaced", value, unit="people")
    assert one_fresh(rec, f"{phrase} were displaced by the Orsk quake.")[0] == verdict


@given(case=st.sampled_from([("430", "differ"), ("435", "agree")]))
@settings(max_examples=2, deadline=None)
def test_the_revised_figure_counts_the_earlier_one_s_noun(case):
    later, verdict = case
    rec = record("number", "fatalities, died, death toll", "435", unit="people, fatalities, deaths")
    text = f"The ministry in Orsk reported 448 fatalities which has now been revised down to {later}."
    assert one_fresh(rec, text)[0] == verdict


@given(entry=st.sampled_from(["Beryl will make landfall in Grenada as a powerful Category 4 hurricane.",
                              "Beryl could make landfall in Grenada as a powerful Category 4 hurricane."]))
@settings(max_examples=2, deadline=None)
def test_a_long_forecast_entry_is_not_dated_by_its_heading(entry):
    text = f"The timeline:\n\n• June 28: Beryl forms.\n• June 30: {entry}"
    rec = record("date", "makes landfall, make landfall, landfall", "2024-07-01")
    assert one_fresh(rec, text, published="2024-07-10")[0] != "differ"
