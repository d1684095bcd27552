"""Attribution rules for relations between events and things (issue 12, rules on stories nobody tuned to):
another thing added beside the subject, temporal relations, route roles, numbers inside names, the source of a
report, another instance of the event, and an event noun that only completes another noun.  Invented sentences."""

import pytest

from checks.attribution import attach_place
from checks.match import compile_terms, find
from tests.test_attribute import _read, names, values


def places(text: str, about: list[str], named: list[str]) -> list[tuple[str, bool, str]]:
    """(place, attached, deciding rule) for each value or rival place in the sentence."""
    an, hits = _read(text, about)
    return [(h.term.text, d.attached, d.rule)
            for h in find(an.words, text, compile_terms(named)) for d in [attach_place(an, h, hits)]]


@pytest.mark.parametrize("text, about, expected", [
    # another thing added beside the subject is no value of the subject
    ("The city will pay $40 million toward the bridge in addition to its $5 million grant.", ["bridge", "pay"],
     [("$40 million", True, "value_clause"), ("$5 million", False, "compared_with")]),
    ("Besides the $5 million grant, the city will pay $40 million toward the bridge.", ["bridge", "pay"],
     [("$5 million", False, "compared_with"), ("$40 million", True, "value_clause")]),
    ("In addition to its $5 million grant, the city will pay $40 million toward the bridge.", ["bridge", "pay"],
     [("$5 million", False, "compared_with"), ("$40 million", True, "value_clause")]),
    # a plain coordination adds nothing apart: both are the subject's
    ("The city will pay $40 million toward the bridge and a $5 million grant.", ["bridge", "pay"],
     [("$40 million", True, "value_clause"), ("$5 million", True, "value_clause")]),
])
def test_another_thing_added(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    # what a superlative outdoes is another event of its kind
    ("The flood on 3 May 2021 was the deadliest since the storm of 1998.", ["flood", "storm"],
     [("3 May 2021", True, "value_clause"), ("1998", False, "compared_with")]),
    ("The flood was the costliest in the valley since the 1998 storm.", ["flood", "storm"],
     [("1998", False, "compared_with")]),
    # ... past a relative clause of a few words
    ("It was the worst ferry disaster the region has seen since 1998.", ["disaster"], [("1998", False, "compared_with")]),
    # what ranks above a ranked superlative, after "after", is another thing of its kind
    ("The flood was the second deadliest in the valley's history after the storm of 1998.", ["flood", "storm"],
     [("1998", False, "compared_with")]),
    ("The valley flooded after the storm hit in 1998.", ["flooded"], [("1998", False, "temporal_relation")]),  # no rank
    # "since" after a lasting state is no comparison
    ("The flood has closed the road since 3 May 2021.", ["flood"], [("3 May 2021", True, "value_clause")]),
])
def test_superlative_since(text, about, expected):
    assert values(text, about, "date") == expected


def test_a_reference_holding_every_term_and_a_verb_is_the_facts_event():
    # "the first X since dams burst on 10 May" for a fact about the dams bursting: the reference is the terms' event
    assert values("It was the first protest since the dams burst on 10 May 2023.", ["burst"], "date") == [
        ("10 May 2023", True, "value_clause")]
    # a verbless reference ("since his June mutiny") leaves a date after it to the sentence
    assert values("He made his first speech since his June mutiny two days ago, on 3 August 2023.", ["mutiny"],
                  "date")[-1] == ("3 August 2023", False, "compared_with")


def test_a_fact_about_the_record_reads_what_it_is_counted_from():
    # the term is the superlative itself: the date after its "since" is the fact's
    assert values("It was the deadliest air crash in Velmar since 2001.", ["deadliest"], "date") == [
        ("2001", True, "compared_with")]
    assert values("It was the deadliest air crash in Velmar since 2001.", ["crash"], "date") == [
        ("2001", False, "compared_with")]


@pytest.mark.parametrize("text, about, expected", [
    # a value inside the relation phrase is the other event's
    ("The regulator suspended the ferry licences following collisions in 2019 and 2021.", ["suspended"],
     [("2019", False, "temporal_relation"), ("2021", False, "temporal_relation")]),
    ("The regulator suspended the ferry licences following a collision in 2019.", ["collision"],
     [("2019", True, "value_clause")]),
    # a value outside it is not the other event's
    ("The minister toured Velmar on 4 May 2022, ten days after a storm flattened the harbour.", ["storm"],
     [("4 May 2022", False, "temporal_relation")]),
    ("The minister toured Velmar on 4 May 2022, ten days after a storm flattened the harbour.", ["toured"],
     [("4 May 2022", True, "value_clause")]),
    ("The alarm sounded on 3 May 2022 and again on 4 May 2022, the day before the dam burst.", ["burst"],
     [("3 May 2022", False, "temporal_relation"), ("4 May 2022", False, "temporal_relation")]),
    # a time after the relation word is no other event: 'after 9 May', 'after two weeks'
    ("The talks resumed after 9 May 2022.", ["talks"], [("9 May 2022", True, "value_clause")]),
    # a verbless after-phrase may date both ("disappeared after a picnic on 3 May": that day): attached loosely
    ("The hikers disappeared after a picnic on 3 May 2022.", ["disappeared"],
     [("3 May 2022", True, "temporal_relation")]),
    ("The council met on 3 May 2022 before the mayor resigned.", ["resigned"], [("3 May 2022", False, "temporal_relation")]),
    # not temporal: appearing before a council
    ("The mayor appeared before the council on 3 May 2022.", ["mayor"], [("3 May 2022", True, "value_clause")]),
    # "in connection with" ties the clause to another event: the arrest's date is not the crash's
    ("Police on 9 May 2022 arrested three men in connection with the ferry crash.", ["crash"],
     [("9 May 2022", False, "temporal_relation")]),
    ("Police on 9 May 2022 arrested three men in connection with the ferry crash.", ["arrested"],
     [("9 May 2022", True, "value_clause")]),
    # the offence a verdict is for
    ("In July 2018 a court sentenced five managers for their role in the mine flood.", ["mine flood"],
     [("July 2018", False, "temporal_relation")]),
    # a "for" phrase after a verb of answering for something names the reason, another event
    ("The chief apologized at a hearing on 24 September 2024 for the update that crashed the computers.", ["update"],
     [("24 September 2024", False, "temporal_relation")]),
    ("The chief apologized at a hearing on 24 September 2024 for the update that crashed the computers.",
     ["apologized"], [("24 September 2024", True, "value_clause")]),
    ("Regulators fined the airline on 3 May 2024 for the outage.", ["outage"],
     [("3 May 2024", False, "temporal_relation")]),
    # "for" with no such verb: no reason phrase
    ("The outage lasted for hours on 19 July 2024.", ["outage"], [("19 July 2024", True, "value_clause")]),
    # a span joined to its unit describes the event's noun: the phrase still names an event, not a time
    ("The port will reopen on 21 October 2024, after a 170-day closure.", ["closure"],
     [("21 October 2024", False, "temporal_relation")]),
    ("The mine reopened on 2 May 2024 after a two-week strike.", ["strike"], [("2 May 2024", False, "temporal_relation")]),
    # any count hyphen-joined to its noun ("the 15-page report") is an adjective, not a time
    ("After the 15-page report shed light on the crash, Orsk on 14 July 2025 said no fault was found.", ["report"],
     [("14 July 2025", False, "temporal_relation")]),
    ("The port reopened on 21 October 2024, 170 days after the closure.", ["reopened"],
     [("21 October 2024", True, "value_clause")]),
    # so does a span with "of" before the event's noun; a span alone is a time
    ("The mine reopened on 2 May 2024 after three weeks of strikes.", ["strikes"],
     [("2 May 2024", False, "temporal_relation")]),
    ("The mine reopened after three weeks, on 2 May 2024.", ["reopened"], [("2 May 2024", True, "value_clause")]),
    # a relative clause after a comma describes the phrase's noun and stays in the phrase
    ("The mayor visited Aske on 24 January 2025 after the flood, which struck the town in September 2024.",
     ["flood", "struck"], [("24 January 2025", False, "temporal_relation"), ("September 2024", True, "value_clause")]),
    ("He resigned on 4 May after the vote, which took place on 3 May.", ["resigned"],
     [("4 May", True, "value_clause"), ("3 May", False, "temporal_relation")]),
])
def test_temporal_relation(text, about, expected):
    assert values(text, about, "date") == expected


def test_temporal_relation_numbers():
    # (the rain's 200 mm is set aside first as a measure of rain, before its clause's other event)
    assert values("The river rose 3 metres after storms dumped 200 millimetres of rain on the hills.", ["river", "rose"],
                  "number") == [("3", True, "value_clause"), ("200", False, "measure_of")]
    assert values("The river rose 3 metres after storms lasted 200 minutes on the hills.", ["river", "rose"],
                  "number") == [("3", True, "value_clause"), ("200", False, "temporal_relation")]


@pytest.mark.parametrize("text, about, expected", [
    # the preposition gives the place's role; a term asking for another role is not stated by it
    ("The airship lost power an hour after takeoff from Aske to Velmar.", ["takeoff"],
     [("Aske", True, "name_clause"), ("Velmar", False, "route_role")]),
    ("The night ferry from Aske, Tindra, to Velmar, Orsk, lost power after departure.", ["departure"],
     [("Aske", True, "name_clause"), ("Tindra", True, "name_clause"), ("Velmar", False, "route_role"),
      ("Orsk", False, "route_role")]),
    ("The barge slipped out of Aske, en route for Velmar in Orsk, at dawn.", ["en route"],
     [("Aske", False, "route_role"), ("Velmar", True, "name_clause"), ("Orsk", True, "name_clause")]),
    ("The hatch came loose over Tindra on a trip to Velmar.", ["trip to"],
     [("Tindra", False, "route_role"), ("Velmar", True, "name_clause")]),
    ("The ferry left Aske on its way to Velmar.", ["on its way to"],
     [("Aske", False, "route_role"), ("Velmar", True, "name_clause")]),
    # a line's ends: "originates from" is its origin, "ends at" its destination
    ("The train originates from Aske and ends at Velmar.", ["ends at"],
     [("Aske", False, "route_role"), ("Velmar", True, "name_clause")]),
    ("The train originates from Aske and ends at Velmar.", ["originates"],
     [("Aske", True, "name_clause"), ("Velmar", False, "route_role")]),
    # a term with no role of its own: the roles don't matter
    ("The ferry from Aske to Velmar sank.", ["ferry"], [("Aske", True, "name_clause"), ("Velmar", True, "name_clause")]),
])
def test_route_role(text, about, expected):
    assert places(text, about, ["Aske", "Velmar", "Tindra", "Orsk"]) == expected


@pytest.mark.parametrize("text, about, expected", [
    # a numeral right after a capitalised name word, or hyphen-joined to one, is part of the name
    ("The railway withdrew 40 Aster 310 trains.", ["withdrew"],
     [("40", True, "value_clause"), ("310", False, "number_in_name")]),
    ("The railway withdrew all Aster 310-2 trains.", ["withdrew"],
     [("310", False, "number_in_name"), ("2", False, "number_in_name")]),
    ("On board Train 880 were 120 passengers.", ["passengers"],
     [("880", False, "number_in_name"), ("120", True, "value_clause")]),
    # a numeral, a word in capitals and a numeral are one model's name; a count before the maker's name counts it
    ("The airline grounded its fleet of 737 MAX 9 planes.", ["grounded"],
     [("737", False, "number_in_name"), ("9", False, "number_in_name")]),
    ("Regulators grounded 171 Aster 737 MAX 9 planes.", ["grounded"],
     [("171", True, "value_clause"), ("737", False, "number_in_name"), ("9", False, "number_in_name")]),
    ("The agency sent 300 FBI agents.", ["sent"], [("300", True, "value_clause")]),
    # a sentence's first word, a word after a colon, a number in lower-case words: no name
    ("Nearly 300 passengers were on board.", ["passengers"], [("300", True, "value_clause")]),
    ("SAFE: All 12 divers were on board.", ["divers"], [("12", True, "value_clause")]),
    ("The captain told Radio Norland six divers were on board.", ["divers"], [("six", True, "value_clause")]),
    # a headline in title case
    ("Railway Withdraws 40 Aster Trains After Derailment", ["Withdraws"], [("40", True, "value_clause")]),
    ("Grounding of Aster 737 Max 9 Planes Ordered", ["Grounding"],
     [("737", False, "number_in_name"), ("9", False, "number_in_name")]),  # a model's numerals, in any capitals
    ("Railway Withdraws 40 Trains, 3 Engines", ["Withdraws"], [("40", True, "value_clause"), ("3", True, "value_clause")]),
    # a plural name is a group, not a model: "gave the Greens 44 seats" counts seats
    ("The count gave the Wardens 44 seats.", ["seats"], [("44", True, "value_clause")]),
    # a measure joined to its unit by a hyphen is no identifier: "Orsk's 93-metre tower"
    ("The town will copy Anna Orsk 93-metre-high tower.", ["tower"], [("93", True, "measured_quality")]),
])
def test_number_in_name(text, about, expected):
    assert values(text, about, "number") == expected


def test_a_word_in_capitals_after_a_number_is_no_currency():
    from checks.money import is_money
    assert is_money("USD") and is_money("EUR per share")
    assert not is_money("MAX") and not is_money("ASEAN")


def test_a_day_of_the_month_is_no_part_of_a_whole():
    assert values("Since the May 6 sale of 40 ferries, the fleet is idle.", ["ferries"], "number") == [
        ("40", True, "value_clause")]
    assert values("The fleet sold 6 of the 40 ferries.", ["sold", "ferries"], "number") == [
        ("6", True, "value_clause"), ("40", False, "part_of_whole")]
    # (with "ferries" its only term, the fact counts the 40: a term naming only the whole's noun counts the whole)


@pytest.mark.parametrize("text, about, expected", [
    # a value in the source's words dates the source, not what is reported
    ("The ferry sank on 2 May 2022, according to a lawsuit lodged on 9 May 2022.", ["sank"],
     [("2 May 2022", True, "value_clause"), ("9 May 2022", False, "speaker")]),
    # a trailing reporting clause is the source's: its date is the report's, the content's date is the content's
    ("Two valves were faulty in May 2022 when the pump failed, inspectors found in a review published on 6 June 2022.",
     ["review"], [("May 2022", False, "speaker"), ("6 June 2022", True, "value_clause")]),
    ("Two valves were faulty in May 2022 when the pump failed, inspectors found in a review published on 6 June 2022.",
     ["pump"], [("May 2022", True, "date_when"), ("6 June 2022", False, "speaker")]),
    # a present form that is a noun too ("report") is a reporting verb where a trailing reporting clause puts it
    ("The orbit shrank after the impact on 26 September 2022, researchers report on 2 March 2023 in Nature.",
     ["impact"], [("26 September 2022", True, "value_clause"), ("2 March 2023", False, "speaker")]),
    # a verb with an object after it is no report: "divers found the wreck"
    ("The ferry sank on 2 May 2022, divers found the wreck.", ["sank"], [("2 May 2022", True, "value_clause")]),
    ("The ferry sank on 2 May 2022, divers found.", ["sank"], [("2 May 2022", True, "value_clause")]),
    ("The ferry sank on 2 May 2022, divers found.", ["divers"], [("2 May 2022", False, "speaker")]),
])
def test_speaker_values(text, about, expected):
    assert values(text, about, "date") == expected


def test_an_abbreviated_title_is_the_speakers_own():
    from tests.test_attribute import names
    assert names("Gov. Anna Novak announced the settlement on Friday.", ["Anna Novak"], ["Gov.", "Mayor"]) == [
        ("Gov.", True, "name_clause")]
    assert names("Mayor Anna Novak announced the settlement on Friday.", ["settlement"], ["Gov.", "Mayor"]) == [
        ("Mayor", False, "speaker")]


def test_two_titles_joined_by_and_are_the_speakers_own():
    from tests.test_attribute import names
    assert names("Housing Minister and 'Yes' advocate Anna Novak said she was confident.", ["Anna Novak"],
                 ["Housing Minister"]) == [("Housing Minister", True, "name_clause")]


@pytest.mark.parametrize("text, about, expected", [
    # the subject is another instance of its kind: the clause's values are that instance's
    ("Another landslide near Orsk also buried 30 homes.", ["buried", "homes"], [("30", False, "another_instance")]),
    ("Another storm flooded 30 homes.", ["storm"], [("30", False, "another_instance")]),
    ("Then a third storm flooded 30 homes.", ["flooded"], [("30", False, "another_instance")]),
    # after a possessive, past a span counted back, and in a when-clause that tells of it
    # after a possessive "last" is the final one, the event itself, unless a time puts it in the past
    ("Velmar's last storm flooded 30 homes.", ["flooded"], [("30", True, "value_clause")]),
    ("The airline flew 30 jets on its last flight.", ["airline"], [("30", True, "value_clause")]),
    ("Velmar’s last referendum 24 years ago was closer, when 55 per cent rejected it.", ["rejected"],
     [("55", False, "another_instance")]),
    ("The last referendum was closer, when 55 per cent rejected it.", ["rejected"], [("55", False, "another_instance")]),
    # its own time after it (1992 is that time, a year, no count)
    ("Its previous worst accident in 1992 killed 263 workers.", ["accident"], [("263", False, "another_instance")]),
    # the determiner is part of the term: the fact is about that instance
    ("Then a third storm flooded 30 homes.", ["third storm"], [("30", True, "value_clause")]),
    # no other instance
    ("The storm also flooded 30 homes.", ["storm"], [("30", True, "value_clause")]),
    # an object naming another instance, its head the clause's only term: the clause's values are that instance's
    ("The mayor will pay a return visit to the 30 flooded homes.", ["visit"], [("30", False, "another_instance")]),
    ("The mayor paid a visit to the 30 flooded homes.", ["visit"], [("30", True, "value_clause")]),
])
def test_another_instance(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    # "last" right before a past verb tells of the latest earlier time
    ("The dockers last went on strike in 2008.", ["strike"], [("2008", False, "another_instance")]),
    ("The ferry was last inspected in 2019.", ["inspected"], [("2019", False, "another_instance")]),
    # not "at last", nor a "last" that is part of a term
    ("At last the dockers went on strike in 2021.", ["strike"], [("2021", True, "value_clause")]),
    ("The ferry was last inspected in 2019.", ["last inspected"], [("2019", True, "value_clause")]),
])
def test_last_before_a_past_verb_is_an_earlier_time(text, about, expected):
    assert values(text, about, "date") == expected


def test_another_instance_places():
    assert places("Another landslide near Orsk also buried 30 homes.", ["buried"], ["Orsk", "Aske"]) == [
        ("Orsk", False, "another_instance")]
    assert places("The landslide near Aske buried 30 homes.", ["buried"], ["Orsk", "Aske"]) == [
        ("Aske", True, "vicinity")]  # (loosely: near it)


@pytest.mark.parametrize("text, about, expected", [
    # a place outside an after-phrase does not place the event the phrase names
    ("The inquest will open ten days after the flood, on 3 June in Aske.", ["flood"], [("Aske", False, "temporal_relation")]),
    ("The inquest will open ten days after the flood, on 3 June in Aske.", ["inquest"], [("Aske", True, "name_clause")]),
    # a place inside it is that event's; a verbless after-phrase may place both
    ("The inquest opened a week after the storm hit Aske.", ["inquest"], [("Aske", False, "temporal_relation")]),
    ("The inquest opened a week after the flood in Aske.", ["inquest"], [("Aske", True, "temporal_relation")]),  # loosely
])
def test_temporal_relation_places(text, about, expected):
    assert places(text, about, ["Aske", "Orsk"]) == expected


@pytest.mark.parametrize("text, about, expected", [
    # an event noun completing another noun: the clause's date is the head noun's predicate's
    ("The repair bill from the floods rose sharply on 3 May 2022.", ["floods"], [("3 May 2022", False, "event_complement")]),
    ("The survey of the flood damage on 4 May 2022 counted two bridges.", ["flood"],
     [("4 May 2022", False, "event_complement")]),
    # not when the head is an aspect or a time of the event, an act done to it, or no noun
    ("The outbreak of the war on 27 September 2020 surprised no one.", ["war"], [("27 September 2020", True, "value_clause")]),
    ("The signing of the truce on 9 November 2020 ended the war.", ["truce"], [("9 November 2020", True, "value_clause")]),
    ("Grey smoke rises from the fires on 8 May 2022.", ["fires"], [("8 May 2022", True, "value_clause")]),
    # the head noun has no predicate of its own: the date stays with the event noun's phrase
    ("The ministry called the new fence a breach of the truce of both sides in 2020.", ["truce"],
     [("2020", True, "value_clause")]),
    # the term is the head: its own date
    ("The repair bill from the floods rose sharply on 3 May 2022.", ["repair bill"], [("3 May 2022", True, "value_clause")]),
    # a figure of the event (FIGURE_NOUNS) takes no date of the event wherever it stands: the clause dates the figure
    ("The agency revised its estimate of the death toll from the landslide to 670 on 26 May 2024.", ["landslide"],
     [("26 May 2024", False, "event_complement")]),
    ("Officials raised the toll from the quake to 50 on 3 May 2022.", ["quake"], [("3 May 2022", False, "event_complement")]),
])
def test_event_complement_dates(text, about, expected):
    assert values(text, about, "date") == expected


def test_a_figure_of_the_event_is_the_events_number():
    # a number there is the figure itself, which a fact about the event may count
    assert values("Officials raised the death toll from the quake to 900.", ["quake"], "number") == [
        ("900", True, "value_clause")]


@pytest.mark.parametrize("text, about, expected", [
    ("The repair bill from the floods rose sharply on 3 May 2022.", ["repair bill"], [("3 May 2022", True, "value_clause")]),
])
def test_event_complement(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a span of days or more before a verbless after-phrase sets the two dates apart
    ("The ruling came a year after his arrest in Aske in May 2022.", [("May 2022", False, "temporal_relation")]),
    # a shorter span, or none: the after-phrase's date may date both
    ("Contact was lost two hours after the dive on 18 May 2022.", [("18 May 2022", True, "temporal_relation")]),
    ("The ruling came after his arrest in May 2022.", [("May 2022", True, "value_clause")]),
])
def test_a_span_of_days_before_an_after_phrase_sets_its_date_apart(text, expected):
    about = ["ruling"] if "ruling" in text else ["lost"]
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, about, kind, expected", [
    # what a verb of denial's that-clause says is what the subject calls false
    ("The agency denied that the death toll had reached 11,300, saying the figure was wrong.", ["death toll"], "number",
     [("11,300", False, "negated")]),
    ("The ministry dismissed reports that the ferry sank on 3 May 2021.", ["sank"], "date",
     [("3 May 2021", False, "negated")]),
    ("The ministry rejected claims that the ferry sank on 3 May 2021.", ["sank"], "date",
     [("3 May 2021", False, "negated")]),
    # a denial with an object and no that-clause denies nothing of its date; saying is no denial
    ("He was denied bail on 3 May 2021 after the ferry sank.", ["bail"], "date", [("3 May 2021", True, "value_clause")]),
    ("The ministry said the ferry sank on 3 May 2021.", ["sank"], "date", [("3 May 2021", True, "value_clause")]),
    # the that-clause ends at its clause: what the sentence goes on to say holds
    ("The firm denied that it had sold the ferry, and it sank on 3 May 2021.", ["sank"], "date",
     [("3 May 2021", True, "value_clause")]),
    # a negation in an if-clause denies the condition only, not the main clause
    ("In a letter, 738 crew threatened to leave if the owner was not replaced.", ["threatened to leave"], "number",
     [("738", True, "value_clause")]),
    ("The crew did not leave on 3 May 2021 if the logs are right.", ["leave"], "date", [("3 May 2021", False, "negated")]),
    # a negation inside a quotation denies nothing outside it
    ('The dam was built in 1973, "not to hold water but to stop floods", an engineer said.', ["built"], "date",
     [("1973", True, "value_clause")]),
    ('"The dam was not built in 1973," an engineer said.', ["built"], "date", [("1973", False, "negated")]),
])
def test_a_denied_claim_is_not_said_to_hold(text, about, kind, expected):
    assert values(text, about, kind) == expected


@pytest.mark.parametrize("text, about, expected", [
    # a partitive opening its clause names the whole; the count after it is the part
    ("Of the six crew members, five died on the spot.", ["died"], [("six", False, "part_of_whole"),
                                                                  ("five", True, "value_clause")]),
    ("Police said that of the 300 passengers, 12 were injured.", ["injured"],
     [("300", False, "part_of_whole"), ("12", True, "value_clause")]),
    ("Of the 242 people aboard flight VX171 to Velmar Aske airport, 241 were killed.", ["killed"],
     [("242", False, "part_of_whole"), ("241", True, "value_clause")]),
    # ... unless a term stands in the partitive phrase: the whole is what it counts
    # (the part after a fronted partitive whose count is the whole, with every term in the partitive, is set aside:
    # 241 killed are no count of the people on board; session 19)
    ("Of the 242 people on board the ferry, 241 were killed.", ["people on board"],
     [("242", True, "part_of_whole"), ("241", False, "part_of_whole")]),
    # after a vague part ("hundreds of", "most of", VAGUE_PARTS) and a possessive name, the number is the whole too
    ("An open letter was signed by hundreds of Velmar Air's 750 employees.", ["signed"],
     [("750", False, "part_of_whole")]),
    # ... a part with no number of its own ("Most of") leaves the whole the term's count, loosely (the fact may count
    # the part: another figure is only a possible conflict)
    ("Most of the 40 seats went to Labour.", ["seats"], [("40", True, "part_of_whole")]),
    # a share right after the term whose object it is (past hedges) is that term's, whatever it is a share of
    ("Velmar Air owns 49% of the airline.", ["owns"], [("49%", True, "part_of_whole")]),
    ("Labour won nearly 34% of the vote.", ["won"], [("34%", True, "part_of_whole")]),
    ("Velmar Air owns a stake; 49% of the airline is public.", ["owns"], [("49%", False, "part_of_whole")]),
    # no count after the comma: no partitive of a count
    ("Of the 40 seats, Labour won most.", ["seats"], [("40", True, "value_clause")]),
    # a part of a whole the sentence does not size: no count of the whole's terms, but of a term outside it
    ("One of the bullets struck a window, and the guard was unhurt.", ["bullets"],
     [("One", False, "part_of_whole")]),
    ("Later, two of the injured died in hospital.", ["injured"], [("two", False, "part_of_whole")]),
    ("Two of the Velmar Air patients were discharged.", ["patients"], [("Two", False, "part_of_whole")]),
    # a term that is a past participle after the whole's noun describes it: the count before is a part
    ("The last 50 of the 1,500 Velmar soldiers previously stationed in Aske left on Friday.", ["stationed"],
     [("50", False, "part_of_whole"), ("1,500", True, "part_of_whole")]),
    # a count after a fronted partitive that sizes no whole: a part, when every term stands in the partitive
    ("Officials said that of the total passengers on board, 169 were Velmar nationals.", ["passengers"],
     [("169", False, "part_of_whole")]),
    ("Of the passengers on board, 169 died.", ["died"], [("169", True, "value_clause")]),
    # a number out of ten, a hundred or a thousand with no determiner is a rate: neither number counts
    ("As many as nine out of 10 patients have died.", ["patients"],
     [("nine", False, "part_of_whole"), ("10", False, "part_of_whole")]),
    ("Two in 100 adults carry the gene.", ["adults"], [("Two", False, "part_of_whole"), ("100", False, "part_of_whole")]),
    ("A curfew was set for three months in 10 provinces.", ["provinces"], [("three", True, "value_clause"),
                                                                         ("10", True, "value_clause")]),
    ("Only three of the ferry's crew survived the storm.", ["survived"], [("three", True, "value_clause")]),
    ("Two of the divers reached the cave.", ["reached"], [("Two", True, "value_clause")]),
    # an earlier report's figure, since revised, is attributed loosely (a conflicting one is a possible conflict)
    ("The agency cut the toll, adjusting the numbers from a previous report that said 11,300 were dead.", ["dead"],
     [("11,300", True, "earlier_figure")]),
    ("An earlier estimate put the death toll at 50.", ["death toll"], [("50", True, "earlier_figure")]),
    ("The preliminary report said 38 cars derailed.", ["derailed"], [("38", True, "value_clause")]),
    # so is one an earlier statement gave (an adverb of earlier time right before a verb of saying)
    ("The chief executive previously suggested that the refund would cover one day.", ["refund"],
     [("one", True, "earlier_figure")]),
    ("Officials initially said 38 people died.", ["died"], [("38", True, "earlier_figure")]),
    ("Officials said 38 people died, and had earlier evacuated the town.", ["died"], [("38", True, "value_clause")]),
])
def test_whole_and_earlier_figures(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a date restating a weekday after a comma is in the weekday's relation phrase, with the term there
    ("All 379 passengers escaped a fire that erupted after it collided with a patrol plane at the airport on "
     "Tuesday, January 2, 2024.", ["collided"], [("January 2, 2024", True, "value_clause")]),
    ("The minister toured Velmar on Tuesday, 4 May 2022, ten days after a storm flattened the harbour.", ["storm"],
     [("4 May 2022", False, "temporal_relation")]),
])
def test_a_restated_weekday_keeps_its_relation_phrase(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, kind, expected", [
    # "after being"/"after having" and a verb is an event too: the clause's date is not its
    ("Orsk was taken to hospital on 16 May 2024 after being shot.", "date", [("16 May 2024", False, "temporal_relation")]),
    ("Orsk was released on 16 May 2024 after having been shot.", "date", [("16 May 2024", False, "temporal_relation")]),
    # its subject is the clause's: a count of it counts the gerund's too
    ("All 12 boys were rescued after being shot at.", "number", [("12", True, "value_clause")]),
])
def test_a_gerund_after_a_relation_word_is_another_event(text, kind, expected):
    assert values(text, ["shot"], kind) == expected


@pytest.mark.parametrize("text, expected", [
    # the comma between a weekday and the date restating it closes no relative clause
    ("The skipper died at the Aske clinic, where he had been treated since Wednesday, February 14.",
     [("February 14", False, "value_clause")]),
    ("The skipper died at the Aske clinic, where he had been treated, on Wednesday, February 14.",
     [("February 14", True, "value_clause")]),
])
def test_a_restated_weekday_stays_in_its_relative_clause(text, expected):
    assert values(text, ["died"], "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a participle setting a time right after a noun: the date is set for that noun
    ("The strike began in May with a vote on the new offer set for 4 November 2024.",
     [("May", True, "value_clause"), ("4 November 2024", False, "target_date")]),
    ("The union called a strike set for 4 November 2024.", [("4 November 2024", True, "target_date")]),
    # a passive of scheduling keeps the date with its subject, loosely: the date planned
    ("The strike was scheduled for 4 November 2024.", [("4 November 2024", True, "target_date")]),
])
def test_a_participle_setting_a_time_after_a_noun(text, expected):
    assert values(text, ["strike"], "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a title marked as held in the past names a past holder: no statement of who holds it now
    ("Olle Dahl, Velmar's former board chair, said he will return.", [("Olle Dahl", False, "former_holder")]),
    ("Former board chair Olle Dahl left the company.", [("Olle Dahl", False, "former_holder")]),
    ("Olle Dahl, Velmar's board chair and president until Friday, said he will return.",
     [("Olle Dahl", False, "former_holder")]),
    ("Ex-chair Olle Dahl left.", [("Olle Dahl", False, "former_holder")]),
    # a title in force still binds its name
    ("Olle Dahl, Velmar's board chair, said he will return.", [("Olle Dahl", True, "name_with_title")]),
    ("Former board chair Anna Berg handed over to board chair Olle Dahl.",
     [("Anna Berg", False, "former_holder"), ("Olle Dahl", True, "titled_name")]),
])
def test_a_former_holder_holds_no_title_now(text, expected):
    assert names(text, ["board chair", "chair"], ["Olle Dahl", "Anna Berg"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a name in a clause told of what is to come is an expected holder: attached loosely
    ("Olle Dahl is expected to take over as board chair.", [("Olle Dahl", True, "expected_holder")]),
    ("Olle Dahl will serve as board chair.", [("Olle Dahl", True, "expected_holder")]),
    ("Olle Dahl was originally scheduled to serve as board chair.", [("Olle Dahl", True, "expected_holder")]),
    # one told of what is, or was, binds as before
    ("Olle Dahl took over as board chair.", [("Olle Dahl", True, "name_clause")]),
])
def test_an_expected_holder_attaches_loosely(text, expected):
    assert names(text, ["board chair"], ["Olle Dahl"]) == expected


CHAIR = """
- id: velmar-chair
  claim: Anna Berg chairs the Velmar board.
  kind: party
  about: [board chair, chair]
  value: [Anna Berg]
  rivals: [Olle Dahl]
"""


@pytest.mark.parametrize("text, verdict", [
    ("Anna Berg took over as board chair on Monday. Olle Dahl is expected to take over as board chair next year.",
     "agree"),  # the expected holder is a possible conflict
    ("Olle Dahl is expected to take over as board chair.", "silent"),  # loose alone: no differ
    ("Olle Dahl took over as board chair on Monday.", "differ"),
])
def test_an_expected_holder_is_no_differ(tmp_path, text, verdict):
    from tests.helpers import one
    assert one(tmp_path, CHAIR, text)[0] == verdict


@pytest.mark.parametrize("text, about, expected", [
    # a place ending an institution's name is part of the name, not where the subject is
    ("The National Ferry Bank of Velmar will run Alpha Line's routes.", ["Alpha Line"],
     [("Velmar", False, "place_in_name")]),
    ("Alpha Line is based in Aske; the Maritime Authority of Velmar inspects it.", ["Alpha Line", "based"],
     [("Aske", True, "name_clause"), ("Velmar", False, "place_in_name")]),
    # a term in the name: the institution is the fact's own ("the Superior Court of Tindra" for a court fact)
    ("The suit was filed in the Superior Court of Tindra.", ["court", "filed"], [("Tindra", True, "name_clause")]),
    # no institution's name before "of": a place
    ("The blast at the port of Velmar killed 40.", ["blast"], [("Velmar", True, "name_clause")]),
])
def test_a_place_in_an_institutions_name_is_part_of_the_name(text, about, expected):
    assert places(text, about, ["Aske", "Velmar", "Tindra"]) == expected


@pytest.mark.parametrize("text, about, expected", [
    # a place after a compass word and "of", or a distance and "from", is a point of reference: attached as the clause
    # says, loosely (a conflicting place is a possible conflict), like a place after "near"
    ("The quake was centred 30 km east-northeast of Velmar.", ["centred"], [("Velmar", True, "reference_point")]),
    ("The ferry sank north of Aske, off Tindra.", ["sank"],
     [("Aske", True, "reference_point"), ("Tindra", True, "name_clause")]),
    ("The blast hit a depot 10 km from Aske.", ["blast"], [("Aske", True, "reference_point")]),
    ("The crew was found far away from Aske.", ["found"], [("Aske", False, "reference_point")]),  # far: not near
    ("The quake was centred 500 km south of Velmar.", ["centred"], [("Velmar", False, "reference_point")]),
    # not attached by the clause: set aside as the clause says
    ("The road 10 km from Aske was closed when the crew was found.", ["found"], [("Aske", False, "name_clause")]),
    # the place itself
    ("The quake was centred in Velmar, in the north of Aske.", ["centred"],
     [("Velmar", True, "name_clause"), ("Aske", True, "name_clause")]),
])
def test_a_reference_point_is_not_where_it_is(text, about, expected):
    assert places(text, about, ["Aske", "Velmar", "Tindra"]) == expected


@pytest.mark.parametrize("text, about, expected", [
    # a place after "including"/"such as" is one of the plural noun phrase before it
    ("Altars will stand at the crash site as well as in 17 cities, including Aske.", ["crash site"],
     [("Aske", False, "member_of")]),
    ("Aid went to the crash site and to several towns, such as Aske.", ["crash site"], [("Aske", False, "member_of")]),
    # ... where the event is, when that phrase holds a term
    ("The storm hit several towns, including Aske.", ["storm"], [("Aske", True, "name_clause")]),
])
def test_a_place_after_including_is_one_of_the_phrase_before(text, about, expected):
    assert places(text, about, ["Aske", "Tindra"]) == expected


@pytest.mark.parametrize("text, about, expected", [
    # a place opening the sentence before a date, an agency's bracket, ".-", a colon (or, in capitals, a dash) is
    # where the story was filed
    ("Aske, Jan 11 (EFE).- The ferry sank off Tindra.", ["sank"], [("Aske", "dateline"), ("Tindra", "name_clause")]),
    ("ASKE (Reuters) - The ferry sank off Tindra.", ["sank"], [("Aske", "dateline"), ("Tindra", "name_clause")]),
    ("Aske: The ferry sank on Monday.", ["sank"], [("Aske", "dateline")]),
    ("ASKE — The ferry sank on Monday.", ["sank"], [("Aske", "dateline")]),
    # a place opening the sentence as its subject, or set off by dashes as an aside, is no dateline
    ("Aske was where the ferry sank.", ["sank"], [("Aske", "name_clause")]),
    ("Aske — the ferry's home port — saw it sink.", ["sink"], [("Aske", "name_clause")]),
])
def test_a_dateline_is_where_the_story_was_filed(text, about, expected):
    assert [(name, rule) for name, _, rule in places(text, about, ["Aske", "Tindra"])] == expected


@pytest.mark.parametrize("text, about, expected", [
    # a place after a word of nearness attaches only loosely: a match agrees, a conflict is only possible
    ("The quake had its epicentre near Velmar.", ["epicentre"], [("Velmar", True, "vicinity", True)]),
    ("The bus crashed just outside Aske on Monday.", ["crashed"], [("Aske", True, "vicinity", True)]),
    ("The ferry sank not far from Tindra.", ["sank"], [("Tindra", True, "vicinity", True)]),
    # set aside by another rule, it stays set aside under that rule's name; with no word of nearness it binds
    ("Officials near Velmar said the quake struck at dawn.", ["struck"], [("Velmar", False, "speaker", False)]),
    ("The quake had its epicentre in Velmar.", ["epicentre"], [("Velmar", True, "name_clause", False)]),
])
def test_a_place_near_which_it_is_binds_loosely(text, about, expected):
    an, hits = _read(text, about)
    found = [(h.term.text, d.attached, d.rule, bool(d.weak)) for h in find(an.words, text, compile_terms(["Aske", "Velmar", "Tindra"]))
             for d in [attach_place(an, h, hits)]]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # after a comma, "as" and a long subject with its verb open a clause of their own
    ("Crews moved survivors to safer ground on 26 May 2024, as the threat of further landslides and tribal fighting in "
     "the Velmar highlands complicated the work.", [("26 May 2024", False, "value_clause")]),
])
def test_as_with_a_subject_and_its_verb_opens_a_clause(text, expected):
    assert values(text, ["landslides"], "date") == expected


def test_as_with_no_verb_of_its_own_is_no_clause():
    assert values("Lind, as the mayor of the town of Aske, signed the deal on 3 May 2024.", ["signed"], "date") == [
        ("3 May 2024", True, "value_clause")]
