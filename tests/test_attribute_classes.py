"""Each attribution rule knows a whole grammatical class, not the few words it was first written for
(issue 12): new members of each word table, on invented sentences, and sentences where the rule must not fire.
"""

import pytest

from tests.helpers import one
from tests.test_attribute import names, values


# ------------------------------------------------------------------ forecast: every verb of foretelling

@pytest.mark.parametrize("text", [
    "Pollsters were predicting the Greens would take 44 seats.",
    "A model foresaw the Greens taking 44 seats.",
    "Forecasters gave the Greens 44 seats.",
    "The prognosis gave the Greens 44 seats.",
])
def test_forecast_knows_every_verb_of_foretelling(text):
    assert values(text, ["Greens"], "number") == [("44", False, "forecast")]


@pytest.mark.parametrize("text", [
    "Two projects by the Greens cost 44 million.",  # the noun "projects" foretells nothing
    "An estimated 44 Greens stood.",  # an estimate is an uncertain present figure
    "As expected, the Greens won 44 seats.",
])
def test_forecast_not_fired_by_other_words(text):
    assert values(text, ["Greens"], "number")[0][2] != "forecast"


# ------------------------------------------------------------------ change_and_level: every verb of rising and falling

@pytest.mark.parametrize("text", [
    "The Greens slipped 12 seats to 37.",
    "The Greens soared by 12 seats to 37.",
    "The Greens, declining 12 seats to 37, conceded.",
    "The Greens' vote tumbled 12 points to 37.",
])
def test_change_and_level_knows_every_verb_of_change(text):
    assert values(text, ["Greens"], "number") == [("12", False, "change_and_level"), ("37", True, "value_clause")]


def test_change_and_level_needs_a_level_after_to():
    # a change verb with no "to N" after it: the number is no change of a level
    # (a trailing participle shares the subject: shared_subject attaches it)
    assert values("The Greens soared, winning 12 seats.", ["Greens"], "number") == [("12", True, "shared_subject")]


# ------------------------------------------------------------------ difference: every comparative before "than"

@pytest.mark.parametrize("text, number", [
    ("The ferry sailed 3 days later than the regatta.", "3"),
    ("The new hull is 40 tonnes heavier than the regatta boat.", "40"),
    ("Tickets were $5 cheaper than at the regatta.", "$5"),
])
def test_difference_knows_every_comparative(text, number):
    assert values(text, ["regatta"], "number") == [(number, False, "difference")]


@pytest.mark.parametrize("text", [
    "The regatta drew 300 boats rather than the usual crowd.",
    "The regatta drew 300 boats other than yachts.",
])
def test_difference_not_fired_by_rather_or_other(text):
    assert values(text, ["regatta"], "number") == [("300", True, "value_clause")]


# ------------------------------------------------------------------ compared_with: every verb of outdoing

@pytest.mark.parametrize("verb", ["outpacing", "outnumbering", "surpasses", "overtaken"])
def test_compared_with_knows_every_verb_of_outdoing(verb):
    text = f"The regatta drew 300 boats, {verb} the 2019 fair with 120 boats."
    assert values(text, ["regatta", "fair"], "number") == [
        ("300", True, "value_clause"), ("120", False, "compared_with")]


@pytest.mark.parametrize("comparative", ["longer", "larger", "more", "bigger"])
def test_compared_with_reads_a_noun_phrase_after_than(comparative):
    # what follows "than" is what the subject is compared with: a term there names that thing
    text = f"The crew spent 40 days at sea, {comparative} than a typical regatta."
    assert values(text, ["regatta"], "number") == [("40", False, "value_clause")]
    # a number beside the terms in that phrase is the compared thing's own
    text = f"The boat sailed {comparative} than its regatta limit of 300 miles."
    assert values(text, ["regatta limit"], "number") == [("300", True, "value_clause")]


@pytest.mark.parametrize("text", ["The regatta drew more than 300 boats.", "The regatta lasted more than a week.",
                                  "The regatta drew more than two hundred boats."])
def test_than_before_a_number_or_measure_is_a_bound_not_a_reference(text):
    assert values(text, ["regatta"], "number")[0][1:] == (True, "value_clause")


@pytest.mark.parametrize("text, expected", [
    # a verb of breaking before "record" opens what is outdone
    ("The regatta drew 300 boats, breaking the old record of 120 boats.", [("300", True, "value_clause"),
                                                                          ("120", False, "compared_with")]),
    ("The regatta drew 300 boats, breaking into the harbour with 120 boats.", [("300", True, "value_clause"),
                                                                              ("120", True, "shared_subject")]),
])
def test_compared_with_reads_a_broken_record(text, expected):
    assert values(text, ["regatta"], "number") == expected


def test_compared_with_reads_what_a_tie_is_with():
    text = "The regatta tied for the largest turnout with the Velmar fair of 2015 and the Orsk fair in 2019."
    assert values(text, ["turnout"], "date") == [("2015", False, "compared_with"), ("2019", False, "compared_with")]
    assert values("The regatta drew its largest turnout with fair weather in 2019.", ["turnout"], "date") == [
        ("2019", True, "value_clause")]


def test_a_comparison_after_a_bracket_is_still_a_reference():
    text = "The regatta drew 300 boats (a record), eclipsing the 2019 fair with 120 boats."
    assert values(text, ["regatta", "fair"], "number") == [
        ("300", True, "value_clause"), ("120", False, "compared_with")]


def test_compared_with_not_fired_without_a_comparison():
    text = "The regatta drew 300 boats, joining the 2019 fair with 120 boats."
    assert [v[2] for v in values(text, ["regatta", "fair"], "number")] == ["value_clause", "shared_subject"]


# ------------------------------------------------------------------ predecessor: every verb of replacing or removing

@pytest.mark.parametrize("verb", ["supersedes", "supplanted", "deposed", "toppled", "overthrew"])
def test_predecessor_knows_every_verb_of_replacing(verb):
    assert names(f"Lind {verb} Orsk as chair of the regatta.", ["chair"], ["Lind", "Orsk"]) == [
        ("Lind", True, "name_clause"), ("Orsk", False, "predecessor")]


def test_predecessor_not_fired_by_the_passive_agent():
    # "was toppled by Lind": Lind is the one who took over, not the one replaced
    assert names("Orsk was toppled by Lind as chair of the regatta.", ["chair"], ["Lind"]) == [
        ("Lind", True, "name_clause")]


# ------------------------------------------------------------------ demonym: every nationality adjective

@pytest.mark.parametrize("demonym", ["Greek", "Dutch", "French", "Swiss"])
def test_demonym_knows_nationalities_of_any_ending(demonym):
    assert names(f"{demonym} sailors won the regatta.", ["sailors"], [demonym]) == [(demonym, True, "demonym")]
    assert names(f"{demonym} boats trailed the sailors.", ["sailors"], [demonym]) == [(demonym, False, "demonym")]


def test_demonym_not_before_a_name():
    # "Dutch Harbour" is a place's name, no nationality of the noun after it
    assert names("Dutch Harbour hosted the sailors.", ["sailors"], ["Dutch"])[0][2] != "demonym"


# ------------------------------------------------------------------ counted_relative: every relative pronoun of a noun

@pytest.mark.parametrize("text", [
    "Rescuers reached the 12 sailors whose dinghy was stranded on the reef.",
    "Rescuers reached the 12 sailors, whom the storm had stranded on the reef.",
])
def test_counted_relative_knows_every_relative_pronoun(text):
    assert values(text, ["stranded"], "number") == [("12", True, "counted_relative")]


def test_counted_relative_not_after_where_or_when():
    # "where" and "when" open a clause about a place or a time, not about what is counted
    text = "Rescuers reached the 12 sailors where the reef was stranded in fog."
    assert values(text, ["stranded"], "number")[0][2] != "counted_relative"


# ------------------------------------------------------------------ unseen constructions (session 5), end to end


_ENDED = """
- id: contract-ended
  claim: Roe ended her contract on 8 July 2022.
  kind: date
  about: [terminated, ended]
  value: 2022-07-08
"""
_DEATHS = """
- id: storm-deaths
  claim: The storm killed three people.
  kind: number
  about: [deaths, killed]
  value: 3
  unit: [deaths, people]
"""
_DISTANCE = """
- id: reef-distance
  claim: The reef lies 65 km from the capital.
  kind: number
  about: [kilometres from, from the capital]
  value: 65
  unit: [km, kilometres]
"""
_OPERATOR = """
- id: cable-operator
  claim: Alpha Cable operates the cable.
  kind: party
  about: [operator]
  value: [Alpha Cable]
  rivals: [Beta Network]
"""
_PARADE = """
- id: parade-date
  claim: The opening parade was held on 26 July 2024.
  kind: date
  about: [opening parade]
  value: 2024-07-26
"""
_PRICE = """
- id: takeover-price
  claim: The takeover was worth $44 billion.
  kind: number
  about: [takeover]
  value: 44000000000
  unit: [dollars, USD]
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a date in apposition between subject and verb: the comma closes the date, it opens no participle aside
    (_ENDED, "Jane Roe on Friday, 8 July 2022, terminated her contract with the club, accusing it of making "
             "\"false claims\" about the budget.", "agree"),
    (_ENDED, "The coach, appointed on 3 March 2022, terminated her contract.", "silent"),  # a real aside still is one
    # "N deaths from X" says where a count comes from; only a measure is a distance from a place
    (_DEATHS, "Officials confirmed three deaths from Saturday's landslide.", "agree"),
    (_DEATHS, "The landslide killed three people 40 km from the coast.", "agree"),
    # a distance whose term is the from-phrase itself, even when another term shares its words
    (_DISTANCE, "The reef lies just 65 kilometres from the capital Port Elm.", "agree"),
    (_DISTANCE, "The reef lies 65 kilometres from the old lighthouse.", "agree"),
    # "marketing and sales director": an -ing word joined by "and" is a noun, not a participle aside
    (_OPERATOR, "Jon Smit, marketing and sales director at the cable's operator, Beta Network, told reporters "
                "the repair could take weeks.", "differ"),
    # a bracketed gloss of an amount does not end the phrase it stands in
    (_PRICE, "Shortly before he completed the $44bn (£36bn) takeover, Roe spoke to staff.", "agree"),
    (_PRICE, "Shortly before he completed the $44-billion takeover, Roe spoke to staff.", "agree"),
    # a place and its region in apposition ("Port Elm, Northia,") cut no clause: their commas add no distance
])
def test_unseen_constructions(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


_KILLING = """
- id: killing-date
  claim: Abe Lind was killed on 25 May 2020.
  kind: date
  about: [murdering, killing]
  value: 2020-05-25
"""
_BASE = """
- id: firm-base
  claim: Orsk Marine is based in Elm.
  kind: place
  about: [Orsk Marine]
  value: [Elm]
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a noun phrase in apposition after a name, closed by the name's verb, is an aside: what it holds is not when
    # the main clause's event happened
    (_KILLING, "Jon Roe, the former Elm police officer convicted of murdering Abe Lind, was stabbed in prison on "
               "24 November 2023.", "silent"),
    (_KILLING, "Jon Roe, the former officer convicted of murdering Abe Lind, pleaded guilty on 15 December 2021 to "
               "separate charges.", "silent"),
    # but it describes the name itself
    (_BASE, "Orsk Marine, the Elm-based company that owned the ferry, has suspended all operations.", "agree"),
])
def test_an_appositive_after_a_name(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


_TERM = """
- id: prison-term
  claim: Roe was sentenced to 22.5 years in prison.
  kind: number
  about: [sentence, sentenced, prison term]
  value: 22.5
  unit: [years, year]
"""


@pytest.mark.parametrize("text, verdict", [
    # a figure in what someone asks for is the request, not what was decided
    ("Prosecutors this month asked the judge to sentence Roe, age 45, to a 30-year prison term.", "silent"),
    ("The family urged the court to impose a 30-year sentence.", "silent"),
    ("Prosecutors called for a 30-year sentence.", "silent"),
    ("Prosecutors argued for a 30-year sentence, while the defence argued for five.", "silent"),
    ("The family sought 5 years and Roe was sentenced to 30 years.", "differ"),  # the later verb's own value
    ("Roe was asked to serve a 30-year sentence.", "differ"),  # a passive: an order, not a request
    ("The judge sentenced Roe to 22 1/2 years in prison.", "agree"),
    # a proposal participle before the noun: what one side asked for
    ("His lawyer attacked the prosecutors' suggested sentence of 30 years in prison.", "silent"),
    ("The judge rejected the requested 30-year prison term.", "silent"),
])
def test_a_request_is_not_what_was_decided(tmp_path, text, verdict):
    assert one(tmp_path, _TERM, text)[0] == verdict


@pytest.mark.parametrize("text, about, expected", [
    # the day something is asked for or offered is not the day it happens
    ("The ministry offered the union a pay deal on 30 June.", ["pay deal"], [("30 June", False, "request")]),
    ("Rebels called for a truce on 3 May.", ["truce"], [("3 May", False, "request")]),
    ("Orsk proposed a merger with Velmar on 4 March.", ["merger"], [("4 March", False, "request")]),
    # an opening phrase's date dates every clause, the one with the request too
    ("On 4 May, crowds grew as calls for the mayor's resignation spread.", ["resignation"], [("4 May", False, "request")]),
    # the terms' own verb, or a verb that is a term, keeps the date
    ("The union signed the pay deal on 7 July.", ["pay deal"], [("7 July", True, "value_clause")]),
    ("The ministry offered a pay rise on 30 June.", ["offered"], [("30 June", True, "value_clause")]),
])
def test_a_date_of_asking_or_offering_is_not_the_events(text, about, expected):
    assert values(text, about, "date") == expected


_KNEEL = """
- id: knee-time
  claim: Roe knelt on Lind's neck for about nine and a half minutes.
  kind: number
  about: [kneeling, knelt]
  value: 9.5
  unit: [minutes]
  tolerance: 0.5
"""


def test_a_participle_aside_inside_a_phrase_neither_ends_it_nor_adds_distance(tmp_path):
    # ", handcuffed and lying prone on the street,": the after-phrase goes on past it, and its words are not counted
    text = ("The ruling comes about 11 months after a video showed Roe calmly kneeling on the neck and back of Lind, "
            "handcuffed and lying prone on the street, for 9 minutes and 29 seconds on 25 May 2020.")
    assert one(tmp_path, _KNEEL, text) == ("agree", ["9.48333 minutes"])


_COURT = """
- id: verdict-place
  claim: Roe was convicted in Ostia.
  kind: place
  about: [convicted]
  value: [Ostia, Elm]
"""


@pytest.mark.parametrize("text, verdict", [
    # a place before a noun after a determiner and an adjective describes that noun ("the former Elm police")
    ("Jon Roe, the former Elm police officer convicted of murder, pleaded guilty on Wednesday.", "silent"),
    ("Jon Roe, the Elm police officer convicted of murder, pleaded guilty on Wednesday.", "silent"),
    ("Jon Roe was convicted in Elm on Wednesday.", "agree"),
])
def test_an_attributive_place_after_an_adjective(tmp_path, text, verdict):
    assert one(tmp_path, _COURT, text)[0] == verdict


_NOMINATIONS = """
- id: nominations-needed
  claim: A candidate needs 100 nominations.
  kind: number
  about: [nominations]
  value: 100
  unit: [nominations, MPs]
"""
_CROWNING = """
- id: crowning-date
  claim: Queen Ila was crowned on 6 May 2023.
  kind: date
  about: [coronation, crowned]
  value: 2023-05-06
"""


@pytest.mark.parametrize("record, text, verdict", [
    # "the last"/"the previous" X names another instance: a value in it, in the clause it is the subject of, or in
    # the clause it sets the scene of, is that instance's
    (_NOMINATIONS, "He recalled that during the last leadership race, Orsk won 137 nominations.", "silent"),
    (_NOMINATIONS, "During the previous race, Orsk won 137 nominations.", "silent"),
    (_NOMINATIONS, "During the race, Orsk won 137 nominations.", "differ"),
    (_CROWNING, "The last coronation was in 1953.", "silent"),
    (_CROWNING, "The coronation was in 1953.", "differ"),
])
def test_the_last_or_previous_instance(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


def test_a_place_and_its_region_in_apposition_add_no_distance(tmp_path):
    # "Elm, Northia,": a name and the region it lies in; its commas cut no clause, so the date is near the term
    text = ("Rowing teams sail along the River Tamm during the opening parade of the Northia Summer Games in "
            "Elm, Northia, on Friday, July 26, 2024.")
    assert one(tmp_path, _PARADE, text) == ("agree", ["2024-07-26"])


@pytest.mark.parametrize("names", ["Ostia, Varnia, Tamm, Brevia and Northia", "Ostia, Varnia, Tamm, Brevia, and Northia"])
def test_a_list_of_names_still_puts_a_value_further_away(tmp_path, names):
    # (far off, past MAX_DISTANCE, the year is attached only loosely: another year is no more than a possible conflict)
    record = _PARADE.replace("2024-07-26", "2021").replace("opening parade]", "opening parade, ceasefire]")
    text = f"The ceasefire was signed by the leaders of {names} in 2020."
    assert one(tmp_path, record, text)[0] == "silent"
