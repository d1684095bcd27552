"""Rules of session 15, on invented sentences."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_attribute import places, values

from .helpers import one, record


@pytest.mark.parametrize("text, kind, expected", [
    # a phrase set off by commas after the subject, before its verb: a clause opened inside it ends at its closing
    # comma, and the subject's clause goes on after it
    ("About 400 dockers, mostly from the port where the ferries are built, have been on strike since 3 May.", "date",
     [("3 May", True, "value_clause")]),
    ("About 400 dockers, mostly from the port where the ferries are built, have been on strike since 3 May.", "number",
     [("400", True, "value_clause")]),
    ("The crew, including two pilots who trained in Aske, went on strike on 3 May.", "date",
     [("3 May", True, "value_clause")]),
    # a plain relative clause still keeps its own values, and a phrase closed by no verb is no aside
    ("The dockers, who joined the union on 3 May, went on strike.", "date", [("3 May", False, "value_clause")]),
    ("The dockers, mostly from the port where the ferries are built on 3 May, met the minister who went on strike.",
     "date", [("3 May", False, "value_clause")]),
    ("The dockers met the minister, who had been on strike since 3 May.", "date", [("3 May", True, "value_clause")]),
])
def test_a_clause_inside_an_aside_after_the_subject_ends_at_its_comma(text, kind, expected):
    assert values(text, ["on strike", "went on strike"], kind) == expected


QUAKE = """
- id: quake-magnitude
  claim: The Velmar earthquake had a magnitude of 6.8.
  kind: number
  about: [earthquake, quake]
  value: 6.8
  unit: [magnitude]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a value inside a comparison's reference, with the terms there too, is attached only loosely: the reference is
    # another thing, so a conflicting one is a possible conflict, no differ
    ("It was Velmar's strongest since 1960, when a magnitude 5.8 earthquake struck Aske.", "silent"),
    ("Velmar has not seen a disaster of this magnitude since 2004, when a 6.3-magnitude earthquake hit Aske.",
     "silent"),
    ("A magnitude 6.8 earthquake hit Velmar on Friday. It was the strongest since 1960, when a magnitude 5.8 "
     "earthquake struck Aske.", "agree"),
    # outside the reference the value is the fact's
    ("A magnitude 5.8 earthquake hit Velmar on Friday, the strongest since 1960.", "differ"),
])
def test_a_value_in_a_comparisons_reference_is_attached_loosely(tmp_path, text, verdict):
    assert one(tmp_path, QUAKE, text)[0] == verdict


def test_a_fact_about_the_reference_still_agrees_with_it(tmp_path):
    record = QUAKE.replace("value: 6.8", "value: 5.8")
    assert one(tmp_path, record, "It was Velmar's strongest since 1960, when a magnitude 5.8 earthquake struck Aske.")[0] \
        == "agree"


SURGE = """
- id: surge
  claim: The storm surge reached {value} feet.
  kind: number
  about: [surge]
  value: {value}
  unit: [feet]
  tolerance: 0
"""


@given(st.integers(min_value=8, max_value=60), st.integers(min_value=0, max_value=1))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_range_restated_in_a_coarser_unit_is_as_precise_as_its_last_digit(tmp_path, feet, decimals):
    # each end of a range converted from a coarser unit ("8 to 10 feet (2.5 to 3 meters)") holds half a step of
    # its last digit either way, as a single value does ("10 feet (3 meters)")
    low, high = round((feet - 2) * 0.3048, decimals), round(feet * 0.3048, decimals)
    text = f"The surge reached {feet - 2} to {feet} feet ({low:.{decimals}f} to {high:.{decimals}f} meters) in Aske."
    assert one(tmp_path, SURGE.format(value=feet), text)[0] == "agree"


@pytest.mark.parametrize("text, verdict", [
    ("The surge reached 8 to 10 feet (2.5 to 3 meters) in Aske.", "agree"),
    ("The surge reached 2.5 to 3 meters in Aske.", "agree"),
    ("The surge reached 2.5 to 2.8 meters in Aske.", "differ"),  # 2.85 m is 9.35 feet: no 10 feet
    ("The surge reached 8 to 9 feet in Aske.", "differ"),  # the fact's own unit: as precise as the fact's
])
def test_a_range_in_another_unit_holds_the_value_within_its_precision(tmp_path, text, verdict):
    assert one(tmp_path, SURGE.format(value=10), text)[0] == verdict


@pytest.mark.parametrize("text, expected", [
    # "since" after an ordinal, as after a superlative, opens what the rank counts from
    ("It was only the sixth year since 1950 with two Category 5 storms.", [("1950", False, "compared_with")]),
    ("Rebels launched the offensive, the 3rd such operation since 2020.", [("2020", False, "compared_with")]),
    # no rank before it: "since" still dates the state's start
    ("The storm has been a Category 5 since 7 October.", [("7 October", True, "value_clause")]),
])
def test_since_after_an_ordinal_opens_what_the_rank_counts_from(text, expected):
    assert values(text, ["Category 5", "offensive"], "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a term after "into" and a noun of reporting or inquiring is only that noun's topic
    ("The board released two reports on 11 March into the collision.", [("11 March", False, "value_clause")]),
    ("An inquiry into the collision opened on 11 March.", [("11 March", False, "value_clause")]),
    # not after a verb
    ("The jet crashed into the river on 29 January after the collision.", [("29 January", False, "temporal_relation")]),
    ("The jet plunged into the river in the collision on 29 January.", [("29 January", True, "value_clause")]),
])
def test_a_term_after_a_report_into_is_only_its_topic(text, expected):
    assert values(text, ["collision"], "date") == expected


LEADER = """
- id: front-leader
  claim: The Alpha Front was led by Anna Novak.
  kind: party
  about: [leader, commander]
  value: [Anna Novak, Novak]
  rivals: [Jon Roe, Roe]
"""


@pytest.mark.parametrize("text, verdict", [
    # a title after "a" in apposition names one of several holders: no conflict with the one the fact names
    ("Jon Roe, a leading commander of the Alpha Front, said the city had fallen.", "silent"),
    ("Jon Roe, a commander of the Alpha Front, said the city had fallen. Its leader, Anna Novak, was in Aske.",
     "agree"),
    # "the" title is the one the fact names
    ("Jon Roe, the commander of the Alpha Front, said the city had fallen.", "differ"),
    # the value with "a" title still agrees
    ("Anna Novak, a commander of the Alpha Front, said the city had fallen.", "agree"),
])
def test_a_title_after_a_in_apposition_names_one_of_several(tmp_path, text, verdict):
    assert one(tmp_path, LEADER, text)[0] == verdict


THRUSTERS = """
- id: thrusters-failed
  claim: Five thrusters failed.
  kind: number
  about: [failed, crashed]
  value: 5
  unit: [thrusters, computers]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # up to four words that can only modify the counted noun stand between a count and its unit
    ("Five of its reaction control system thrusters failed.", "agree"),
    ("The update crashed 5 Velmar Windows-based computers.", "agree"),
    ("Six of its reaction control system thrusters failed.", "differ"),
    # a function word, a verb form or another number ends the noun phrase: no unit of the fact's
    ("Five of its pilots said the thrusters failed.", "silent"),
    ("Five crew reported that thrusters failed.", "silent"),
])
def test_words_modifying_the_counted_noun_stand_between_a_count_and_its_unit(tmp_path, text, verdict):
    assert one(tmp_path, THRUSTERS, text)[0] == verdict


def _dated(value: str, about: str) -> str:
    return f"""
- id: event-date
  claim: It happened on {value}.
  kind: date
  about: [{about}]
  value: {value}
"""


@pytest.mark.parametrize("value, about, text, verdict", [
    # a date right after "until" ends a span: attached loosely, a conflicting one is only a possible conflict
    ("2025-03-28", "earthquake", "Until 6 April 2025, flags will fly at half-mast for the earthquake.",
     "silent"),
    ("2024-05-01", "closed", "The road was closed until 5 May 2024.", "silent"),
    # an end the fact names agrees
    ("2025-04-22", "truce", "The truce will run until 22 April 2025.", "agree"),
    # "not until" is a cleft: the date is the event's
    ("2024-06-05", "freed", "It was not until 3 June 2024 that the vessel was freed.", "differ"),
    ("2024-06-03", "freed", "It was not until 3 June 2024 that the vessel was freed.", "agree"),
])
def test_a_date_after_until_ends_a_span(tmp_path, value, about, text, verdict):
    assert one(tmp_path, _dated(value, about), text)[0] == verdict


@pytest.mark.parametrize("value, text, verdict", [
    # an adverb of an earlier time on the clause's verb, or "for the Nth time", tells of one instance of several:
    # attached loosely
    ("2024-07-14", "Orsk had previously won the title in 1964 and 2008.", "silent"),
    ("2024-07-14", "Orsk lifted the title for the third time in 2012.", "silent"),
    ("2012-07-01", "Orsk lifted the title for the third time in 2012.", "agree"),
    ("2024-07-14", "Orsk won the title on 14 July 2024, having previously lost two finals.", "agree"),
    # a day is the event's own date: "previously" loosens only a bare year
    ("2024-07-14", "Orsk had previously won the title on 12 July 2024.", "differ"),
    # not an adverb inside a noun's participle phrase: the clause's verb is the event's
    ("2024-07-14", "The last of the players previously based in Aske won the title on 13 July 2024.", "differ"),
    ("2024-07-14", "Orsk won the title on 13 July 2024.", "differ"),
])
def test_an_earlier_or_counted_instance_is_attached_loosely(tmp_path, value, text, verdict):
    assert one(tmp_path, _dated(value, "won, title"), text)[0] == verdict


@pytest.mark.parametrize("value, about, text, verdict", [
    # a date after "due" is when the noun before it is due: no date of a term that is not that noun
    ("2025-01-29", "collision", "The board will hold a hearing on the collision, with a final report due in early "
     "February 2026.", "silent"),
    # the term's own due date is a plan: attached loosely
    ("2026-05-03", "verdict", "The verdict in the Aske case is due on 3 May 2026.", "agree"),
    ("2026-05-05", "verdict", "The verdict in the Aske case is due on 3 May 2026.", "silent"),
    ("2026-05-03", "report", "The board said a final report is due on 3 May 2026.", "agree"),
    # a term in the of-phrase of a topic's noun is that noun's topic: "a report on the cause of the crash"
    ("2025-01-29", "crash", "That comes before a final report in early February 2026 on the cause of the crash.",
     "silent"),
    ("2025-01-29", "crash", "Investigators found the cause of the crash on 3 February 2025.", "differ"),
])
def test_a_date_a_noun_is_due_and_a_topics_of_phrase(tmp_path, value, about, text, verdict):
    assert one(tmp_path, _dated(value, about), text)[0] == verdict


@pytest.mark.parametrize("text, expected", [
    # a term in the phrase of a participle right after a noun describes that noun: a date before the noun, with the
    # clause's verb between, dates that verb
    ("Police on 14 July identified two people wounded in the shooting.", [("14 July", False, "value_clause")]),
    ("On 14 July police named the man killed during the shooting.", [("14 July", False, "value_clause")]),
    # a passive's participle is the clause's verb: the date is the event's
    ("Two people were wounded in the shooting on 13 July.", [("13 July", True, "value_clause")]),
    # a date inside the participle's phrase is the term's
    ("Police identified two people wounded in the shooting on 13 July.", [("13 July", True, "value_clause")]),
])
def test_a_term_in_a_participle_phrase_after_a_noun_describes_that_noun(text, expected):
    assert values(text, ["shooting"], "date") == expected


EPICENTRE = """
- id: epicentre
  claim: The quake's epicentre was near Aske.
  kind: place
  about: [epicentre, centred]
  value: [Aske, near Aske]
  rivals: [Velmar]
"""


@pytest.mark.parametrize("text, verdict", [
    # a point of reference is near where the thing is: it agrees, as "near" would; another one is only a possible
    # conflict
    ("The epicentre was 16 km northwest of Aske.", "agree"),
    ("The epicentre was 16 km northwest of Velmar.", "silent"),
    ("The epicentre was in Velmar.", "differ"),
])
def test_a_point_of_reference_is_attached_loosely(tmp_path, text, verdict):
    assert one(tmp_path, EPICENTRE, text)[0] == verdict


def _count(unit: str) -> str:
    return f"""
- id: toll
  claim: The crash killed 67 people.
  kind: number
  about: [killed, feared dead, crashed]
  value: 67
  unit: [{unit}]
  tolerance: 0
"""


@pytest.mark.parametrize("unit, text, verdict", [
    # a count right before "aboard"/"on board" counts the people on board, as "67 people aboard" would
    ("people, deaths", "All 67 aboard the jet are feared dead.", "agree"),
    ("people, deaths", "All 67 on board the jet were killed.", "agree"),
    # (a bare count aboard with no word of harm after it counts those aboard, no toll: session 26)
    ("people, deaths", "The jet crashed with 64 aboard.", "silent"),
    ("people, deaths", "All 64 aboard the jet were killed.", "differ"),
    # only for a fact that counts people
    ("passengers", "The jet crashed with 64 aboard.", "silent"),
])
def test_a_count_aboard_counts_people(tmp_path, unit, text, verdict):
    assert one(tmp_path, _count(unit), text)[0] == verdict


TOLL = """
- id: toll
  claim: The quake killed 2,946 people.
  kind: number
  about: [death toll, killed]
  value: 2946
  unit: [deaths, people]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a bare number up to 14 words after a tally noun, with no punctuation or number between, is that tally
    ("The death toll from the devastating earthquake in Velmar has climbed to 2,946, the ministry said.", "agree"),
    ("The death toll from the devastating earthquake in Velmar has climbed to 2,901, the ministry said.", "differ"),
    # a number or a mark between ends the tally's phrase
    ("The death toll from the 2004 earthquake in Velmar has climbed, and 2,901 were hurt.", "silent"),
])
def test_a_tally_noun_reaches_a_bare_number_across_its_phrase(tmp_path, text, verdict):
    assert one(tmp_path, TOLL, text)[0] == verdict


@pytest.mark.parametrize("text, expected", [
    # a value in the of-phrase right after a phrase of another instance measures that instance, past an opening
    # phrase and its comma too
    ("Minutes after the quake, a second tremor of magnitude 6.4 followed.",
     [("a", False, "another_instance"), ("6.4", False, "another_instance")]),
    ("A second tremor of magnitude 6.4 followed.", [("A", False, "another_instance"), ("6.4", False, "another_instance")]),
    # not after a phrase that looks back: the earlier instance is often the fact's
    ("The new offer is a raise of 40 percent, above the previous offer of 25 percent.",
     [("40", True, "value_clause"), ("25", True, "value_clause")]),
])
def test_a_value_in_the_of_phrase_of_another_instance(text, expected):
    assert values(text, ["quake", "tremor", "offer"], "number") == expected


@pytest.mark.parametrize("text, verdict", [
    # a count's noun comes before a preposition: what follows it is the noun's complement, not what is counted
    ("Three relatives of victims read a statement after the floods killed 229 people.", "agree"),
    ("Three relatives of victims read a statement after the floods killed people.", "silent"),
    ("The floods killed three people in Aske.", "differ"),
])
def test_a_count_never_counts_a_noun_past_a_preposition(tmp_path, text, verdict):
    record = TOLL.replace("2946", "229").replace("2,946", "229").replace("death toll, killed", "killed, read") \
        .replace("[deaths, people]", "[deaths, people, victims]")
    assert one(tmp_path, record, text)[0] == verdict


def test_for_the_first_time_is_no_later_instance(tmp_path):
    # "for the first time" names the first instance, which a fact about the first one is about: a conflict differs
    record = _dated("2024-10-13", "caught")
    assert one(tmp_path, record, "The booster was caught for the first time in 2025.")[0] == "differ"
    assert one(tmp_path, record, "The booster was caught for the second time in 2025.")[0] == "silent"
    # so is a day: which instance "the second time" is, the fact's or another, the grammar does not say
    assert one(tmp_path, record, "The booster was caught for the second time on 16 January 2025.")[0] == "silent"


@pytest.mark.parametrize("value, text, verdict", [
    # an adjective of a later instance right before every term of the clause: attached loosely
    ("2025-01-19", "The new deadline for a sale will fall on 18 June 2025.", "silent"),
    ("2025-06-18", "The new deadline for a sale will fall on 18 June 2025.", "agree"),
    ("2025-01-19", "Its revised sale deadline is 18 June 2025.", "silent"),
    # a term with no such adjective keeps the clause's date
    ("2025-01-19", "The deadline for a sale will fall on 18 June 2025.", "differ"),
    ("2025-01-19", "The new owner must meet the deadline of 18 June 2025.", "differ"),
])
def test_a_later_instance_is_attached_loosely(tmp_path, value, text, verdict):
    assert one(tmp_path, _dated(value, "deadline"), text)[0] == verdict


def test_new_before_a_thing_itself_is_no_later_instance(tmp_path):
    # "the new bridge" is the bridge the fact is about: its date still differs
    assert one(tmp_path, _dated("2024-05-03", "bridge"), "The new bridge opened on 5 May 2024.")[0] == "differ"


@pytest.mark.parametrize("text, expected", [
    # a phrase of another instance with an of-phrase after it is still its clause's subject
    ("A second wave of blasts killed 25 people on Wednesday.", [("25", False, "another_instance")]),
    ("The first wave of blasts killed 12 people on Tuesday.", [("12", True, "value_clause")]),
])
def test_another_instance_with_an_of_phrase_is_its_clauses_subject(text, expected):
    assert [v for v in values(text, ["killed"], "number") if v[0] != "A"] == expected


@pytest.mark.parametrize("value, text, verdict", [
    # a date in a verbless after-phrase may be either event's: attached loosely
    ("2025-01-18", "The app became unavailable after the court decision on 17 January 2025.", "silent"),
    ("2025-01-17", "The app became unavailable after the court decision on 17 January 2025.", "agree"),
    # outside the phrase it is the term's own
    ("2025-01-18", "The app became unavailable on 17 January 2025 after the court decision.", "differ"),
])
def test_a_date_in_a_verbless_after_phrase_is_attached_loosely(tmp_path, value, text, verdict):
    assert one(tmp_path, _dated(value, "unavailable"), text)[0] == verdict


@pytest.mark.parametrize("text, expected", [
    # a place after a passive verb of recording is where the subject was measured: tied to the subject's clause
    ("The highest rainfall was recorded in the Aske area.", [("Aske", True, "name_clause")]),
])
def test_a_place_after_a_passive_verb_of_recording(text, expected):
    assert places(text, ["highest rainfall"], ["Aske", "Velmar"]) == expected


def test_a_date_after_a_passive_verb_of_recording_is_still_the_recordings():
    assert values("Her death was registered on 16 May 2024.", ["death"], "date") == [
        ("16 May 2024", False, "value_clause")]


@pytest.mark.parametrize("text, expected", [
    # a past participle after a short apposition closed by a comma is the subject's verb, not an aside
    ("Seven died when the boat, the Bayesian, capsized during a fierce, pre-dawn storm off Aske.",
     [("Aske", True, "name_clause")]),
    # a participle aside after a noun stays an aside
    ("The boat, built in Velmar, capsized during a storm.", [("Velmar", False, "name_clause")]),
])
def test_a_participle_after_an_apposition_is_the_subjects_verb(text, expected):
    assert places(text, ["capsized"], ["Aske", "Velmar"]) == expected


# Counter-examples a review of this session's rules found (false agrees), pinned.
@pytest.mark.parametrize("kind, about, value, unit, text, verdict", [
    # days joined by "and" are a range only when they follow each other; "moved from X to Y" is a change
    ("date", "vote, polls", "2024-06-20", "", "Voters went to the polls on June 9 and 30, 2024.", "differ"),
    ("date", "hearing", "2024-06-05", "", "The hearing was moved from June 3 to 10, 2024.", "differ"),
    # each end of a range is as precise as its own last digit
    ("number", "surge", "7", "feet", "The storm surge reached 2.5 to 3 meters.", "differ"),
    # a point of reference far off is no place near it
    ("place", "quake, centred", "Jakarta", "", "The quake was centred 500 km south of Jakarta, the agency said.",
     "silent"),
    # a plural noun or an -ing verb after a count is a noun or verb of its own, no modifier of the unit
    ("number", "strike", "4", "people", "The strike hit 4 schools sheltering homeless people.", "silent"),
    # "onboard" before a noun is an adjective
    ("number", "helicopter", "3", "people", "The helicopter had 3 onboard cameras, investigators said.", "silent"),
    # a conjunction after a tally noun ends its phrase
    ("number", "storm", "200", "dead, deaths", "There was no official death toll from the storm on Tuesday but "
     "emergency crews had evacuated about 200 from the coast.", "silent"),
])
def test_review_counter_examples_are_no_false_agrees(tmp_path, kind, about, value, unit, text, verdict):
    assert one(tmp_path, record(kind, about, value, unit), text)[0] == verdict


# Counter-examples the review found (lost differs), pinned.
@pytest.mark.parametrize("kind, about, value, unit, text, verdict", [
    ("date", "deal", "2024-05-03", "", "No deal was reached until May 5, 2024.", "differ"),
    ("date", "deadline, sell", "2025-01-19", "", "ByteDance has until January 20, 2025 to sell the app.", "differ"),
    ("date", "served until", "2024-03-03", "", "She served until 5 March 2024.", "differ"),
    ("number", "death toll", "230", "", "The latest death toll stands at 150.", "differ"),
    ("date", "quake", "2023-09-08", "", "Rescuers searched for a third day since the quake struck on September 9, 2023.",
     "differ"),
    # (a reference's own date is the reference's, loosely: it agrees with a fact about it, and another is a possible
    # conflict: "the deadliest since a flood swept Valencia on 14 Oct 1957" is no date of a 2024 flood)
    ("date", "dams, burst", "2023-09-11", "", "It was the first protest since dams burst above Derna on Sept 11, 2023.",
     "agree"),
    ("date", "rally", "2024-07-13", "", "A gunman on July 12, 2024 opened fire on supporters gathered at the rally.",
     "differ"),
    ("date", "walkout", "2024-12", "", "The walkout began just before Christmas 2023, the union said.", "differ"),
    ("date", "offensive", "2023-06-08", "", "The counter-offensive began on June 4, 2023, officials said.", "differ"),
    ("number", "quake", "7.1", "magnitude, Richter", "The quake measured 7.0 on the Richter scale.", "differ"),
    ("date", "rally", "2024-07-13", "", "He had previously been shot at a rally on July 12, 2024.", "differ"),
])
def test_review_counter_examples_still_differ(tmp_path, kind, about, value, unit, text, verdict):
    assert one(tmp_path, record(kind, about, value, unit), text)[0] == verdict


@pytest.mark.parametrize("text, expected", [
    # a place heading the agent phrase of a passive is who did it, no place where it happened
    ("In a statement released by the Aske office after his arrest, Roe said he was detained.",
     [("Aske office", False, "agent_place")]),
    # a place describing the agent is the agent's own
    ("The ferry, operated by the Aske-based company Velmar Line, was detained.", [("Aske", False, "compound_participle")]),
    ("He was detained by police in Aske.", [("Aske", True, "name_clause")]),
])
def test_a_place_heading_a_passives_agent_is_no_place_of_the_event(text, expected):
    assert places(text, ["detained"], ["Aske office", "Aske"]) == expected


# Counter-examples a second review found, pinned.
@pytest.mark.parametrize("kind, about, value, unit, text, verdict", [
    ("party", "president", "[Anna Novak]", "", "Vice-President Jon Roe spoke on Monday.", "silent"),
    ("date", "final", "2024-07-14", "", "Semi-final tickets went on sale on July 9, 2024.", "silent"),
    ("number", "strike, killed", "12", "children", "The strike killed 10 at the children's hospital.", "silent"),
    ("place", "quake", "[Velmar]", "", "The quake was recorded by seismographs in Ohio.", "silent"),
    ("date", "hearing", "2024-06-05", "", "The hearing was moved from 3 to 10 June 2024.", "differ"),
    ("date", "polls", "2024-06-20", "", "Voters went to the polls on 9 and 30 June 2024.", "differ"),
    ("number", "sensors", "3", "people", "The jet had 3 onboard automated sensors.", "silent"),
    ("number", "strike", "4", "people", "Strike Hits 4 Schools Sheltering Displaced People", "silent"),
    ("place", "quake, centred", "[Jakarta]", "", "The quake was centred 500km south of Jakarta.", "silent"),
    ("number", "death toll", "150", "", "The death toll from the quake and tsunami has risen to 150.", "agree"),
    ("number", "death toll", "150", "", "The death toll as of Tuesday evening stood at 150.", "agree"),
    ("date", "earthquake", "2025-03-28", "", "Flags will fly at half-mast until April 6, 2025 to honour the earthquake "
     "victims.", "silent"),
    ("date", "attack", "2024-10-07", "", "Troops freed 13 hostages abducted in the attack on 12 June 2024.", "differ"),
    ("date", "hearing", "2024-06-05", "", "The hearing, postponed from May 30, will now run from June 3 to 10, 2024.",
     "agree"),
    ("date", "voting", "2024-06-20", "", "Voting ran between June 9 and 30, 2024.", "agree"),
])
def test_second_review_counter_examples(tmp_path, kind, about, value, unit, text, verdict):
    rivals = "Jon Roe, Ohio" if kind in ("party", "place") else ""
    assert one(tmp_path, record(kind, about, value, unit, rivals), text)[0] == verdict


@pytest.mark.parametrize("text, expected", [
    # a dateline's date is when the story was filed
    ("Tokyo, Jan. 3, 2025 (Jiji Press)--The board released an interim report.", [("Jan. 3, 2025", False, "timestamp")]),
    ("OSLO, Dec 9, 2023 - The board released an interim report.", [("Dec 9, 2023", False, "timestamp")]),
    # not a date after a place in the sentence's course
    ("In Tokyo, the board released an interim report on Jan. 3, 2025.", [("Jan. 3, 2025", True, "value_clause")]),
])
def test_a_datelines_date_is_when_the_story_was_filed(text, expected):
    assert values(text, ["released"], "date") == expected


# Counter-examples a third review found, pinned.
@pytest.mark.parametrize("kind, about, value, unit, text, verdict", [
    ("number", "earthquake", "40", "deaths", "The earthquake death toll is still rising as rescuers pull 40 from the "
     "rubble alive.", "silent"),
    ("party", "president", "[Kamala Harris]", "", "US Vice-President Kamala Harris met the families.", "silent"),
    ("date", "final", "2024-07-09", "", "UEFA Semi-Final tickets went on sale on July 9, 2024.", "silent"),
    ("place", "talks", "[Qatar]", "", "The ceasefire talks, hosted by Qatar, ended without a deal.", "agree"),
    ("date", "earthquake", "2024-01-02", "", "Noto Earthquake, Jan. 1, 2024 – Death Toll Rises", "differ"),
    ("number", "crash", "67", "people", "All 67 on board Flight 5342 were killed in the crash.", "agree"),
    ("number", "crash", "67", "people", "The 67 on board survived the crash.", "agree"),
    ("number", "helicopter", "3", "people", "The helicopter had 3 onboard GPS receivers.", "silent"),
])
def test_third_review_counter_examples(tmp_path, kind, about, value, unit, text, verdict):
    assert one(tmp_path, record(kind, about, value, unit), text)[0] == verdict
