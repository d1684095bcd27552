"""Attribution rules on what a word's scope covers (issue 12, stories nobody tuned to): an attributive place
or nationality describes its own noun.  Invented sentences and names only."""

import pytest

from tests.test_attribute import names
from tests.test_attribute_relations import places

BASED = ["Aske", "Velmar"]


@pytest.mark.parametrize("text, expected", [
    # a place before a noun describes that noun, not the clause's other nouns
    ("The Velmar ferry operator cancelled its sailings after Brightline's software failed.",
     [("Velmar", False, "attributive_place")]),
    ("Brightline apologised to the Velmar Harbour Board on Monday.", [("Velmar", False, "attributive_place")]),
    ("Brightline chief summoned to explain failure to Velmar Harbour committee", [("Velmar", False, "attributive_place")]),
    # the described noun phrase is the subject: named in it, after a copula, in apposition, or its relative clause
    ("The Velmar software firm Brightline apologised.", [("Velmar", True, "attributive_place")]),
    ("Brightline is a Velmar software company.", [("Velmar", True, "attributive_place")]),
    ("Brightline, a Velmar software company, apologised.", [("Velmar", True, "attributive_place")]),
    # the described noun is a place, or the object of a locative preposition: it places the event too
    ("Brightline opened an office near Velmar airport.", [("Velmar", True, "vicinity")]),  # (loosely: near it)
    ("Brightline held its meeting in a Velmar hotel.", [("Velmar", True, "name_clause")]),
    # a locative preposition before the determiner is no adjective to skip ("near" is not "small"); "near the" makes
    # the place a point of reference, attached loosely
    ("Brightline lit the beacon near the Velmar Museum.", [("Velmar", True, "vicinity")]),  # (the museum is in it)
    ("Brightline lit the beacon near the old Velmar Museum.", [("Velmar", True, "name_clause")]),
    # no noun described: a subject and its verb, a place in apposition
    ("Velmar welcomed Brightline.", [("Velmar", True, "name_clause")]),
    ("Brightline moved to Velmar DC.", [("Velmar", True, "name_clause")]),
])
def test_attributive_place(text, expected):
    assert places(text, ["Brightline"], BASED) == expected


def test_a_possessive_inside_the_described_phrase_goes_on_to_its_head():
    assert places("Orsk moved to the Velmar women's software college.", ["software college"], BASED) == [
        ("Velmar", True, "attributive_place")]


def test_a_name_with_its_verb_is_no_modifier():
    assert places("Velmar hosts Brightline this year.", ["Brightline"], BASED) == [
        ("Velmar", True, "name_clause")]


@pytest.mark.parametrize("text, expected", [
    # the noun a nationality describes is the subject after a copula, in apposition, or in its relative clause
    ("Brightline is a Norlandish software company.", [("Norlandish", True, "demonym")]),
    ("Brightline, a Norlandish software company, apologised.", [("Norlandish", True, "demonym")]),
    ("The loss of a Norlandish pilot who ran out of fuel shocked Brightline.", [("Norlandish", False, "demonym")]),
    ("Norlandish pilots flew for Brightline.", [("Norlandish", False, "demonym")]),
])
def test_demonym_subject(text, expected):
    assert names(text, ["Brightline"], ["Norlandish"]) == expected


def test_demonym_relative_clause():
    assert names("The loss of a Norlandish pilot who ran out of fuel shocked the town.", ["ran out of fuel"],
                 ["Norlandish"]) == [("Norlandish", True, "demonym")]


@pytest.mark.parametrize("text, expected", [
    # a negated verb does not state that its subject holds the role
    ("It was unclear why Orsk isn't scheduled to testify at the inquiry.", [("Orsk", False, "negated")]),
    ("Orsk did not testify at the inquiry.", [("Orsk", False, "negated")]),
    ("Orsk has never testified at an inquiry.", [("Orsk", False, "negated")]),
    ("Orsk cannot testify at the inquiry.", [("Orsk", False, "negated")]),
    # no negation, or a negation elsewhere (what is to come binds only loosely: expected_holder)
    ("Orsk testified at the inquiry.", [("Orsk", True, "name_clause")]),
    ("Orsk will testify at the inquiry.", [("Orsk", True, "expected_holder")]),
    ("It was not clear when Orsk would testify at the inquiry.", [("Orsk", True, "expected_holder")]),
    # the part after a contrast holds
    ("Not Lind but Orsk testified at the inquiry.", [("Orsk", True, "name_clause")]),
])
def test_negated_names(text, expected):
    assert names(text, ["testify", "testified"], ["Orsk"]) == expected


@pytest.mark.parametrize("text, about, expected", [
    ("The council did not sign the lease on 3 May 2021.", ["lease"], [("3 May 2021", False, "negated")]),
    ("The council signed the lease on 3 May 2021.", ["lease"], [("3 May 2021", True, "value_clause")]),
    # a focus is no denial: the lease was signed then
    ("The council did not sign the lease until 3 May 2021.", ["lease"], [("3 May 2021", True, "value_clause")]),
    # the negation stops at a subordinator and at a participle after a noun
    ("The sirens were not sounded as the floods swept the valley on 3 May 2021.", ["floods"],
     [("3 May 2021", True, "value_clause")]),
    ("Lind did not believe the flood report published on 3 May 2021.", ["flood report"],
     [("3 May 2021", True, "value_clause")]),
])
def test_negated_dates(text, about, expected):
    from tests.test_attribute import values
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, expected", [
    ("The ferry did not carry 40 passengers.", [("40", False, "negated")]),
    # a bound, or a span of the negated state, is no denial
    ("The ferry carried not more than 40 passengers.", [("40", True, "value_clause")]),
    ("The ferry will not sail during the next 15 days.", [("15", True, "value_clause")]),
])
def test_negated_numbers(text, expected):
    from tests.test_attribute import values
    assert values(text, ["ferry"], "number") == expected


@pytest.mark.parametrize("text, expected", [
    # a term inside a compound adjective tells the noun's state: the clause's date is another event's
    ("On 3 May 2021, donors gave $40 million to rebuild the fire-ravaged Velmar hall.",  # (and in an infinitive)
     [("3 May 2021", False, "intended_act")]),
    ("On 3 May 2021, the minister toured the quake-hit town.", [("3 May 2021", False, "value_clause")]),
    ("On 3 May 2021, the minister toured war-torn Velmar.", [("3 May 2021", False, "value_clause")]),
    # the term as the clause's own event
    ("On 3 May 2021, a fire ravaged the Velmar hall.", [("3 May 2021", True, "value_clause")]),
    ("The fire-fighters came on 3 May 2021 after the fire.", [("3 May 2021", True, "value_clause")]),
])
def test_compound_adjective(text, expected):
    from tests.test_attribute import values
    assert values(text, ["fire", "quake", "war"], "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a hyphened term ending in a past participle, before a noun or name, is itself the compound adjective
    ("A woman walks through the town of Aske, Orsk-controlled Velmar, June 16, 2023.",
     [("June 16, 2023", False, "value_clause")]),
    ("The Orsk-controlled port was shelled on 16 June 2023.", [("16 June 2023", False, "value_clause")]),
    # the term as the clause's verb
    ("Orsk controlled the port from 16 June 2023.", [("16 June 2023", True, "value_clause")]),
])
def test_a_hyphened_term_is_a_compound_adjective(text, expected):
    from tests.test_attribute import values
    assert values(text, ["Orsk-controlled", "controlled"], "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a place after a noun embedded in the subject locates that noun, not the verb's event
    ("The engineer in charge of the repair of the Velmar hall in Aske, Anna Orsk, has died.",
     [("Velmar", False, "attributive_place"), ("Aske", False, "place_in_subject")]),
    ("The wife of the mayor of Aske died while hiking near Velmar.", [("Aske", False, "place_in_name"),
                                                         ("Velmar", True, "vicinity")]),
    # after the subject's head, or after the verb, it places the event
    ("The unrest in Aske died down on Monday.", [("Aske", True, "name_clause")]),
    ("The engineer died in Aske.", [("Aske", True, "name_clause")]),
    # the term is the located noun
    ("The death of the mayor in Aske shocked the town.", [("Aske", True, "name_clause")]),
])
def test_place_in_subject(text, expected):
    assert places(text, ["died", "death"], BASED) == expected


@pytest.mark.parametrize("text, about, expected", [
    # a noun completing the subject's head: the clause's number is the head's
    ("Northwind's debt to Velmar Ferries was less than $10 million.", ["Velmar Ferries"],
     [("$10 million", False, "event_complement")]),
    ("The repair bill from the floods rose to $40 million.", ["floods"], [("$40 million", False, "event_complement")]),
    # the head is the term: its own number
    ("Northwind's debt to Velmar Ferries was less than $10 million.", ["debt", "Velmar Ferries"],
     [("$10 million", True, "value_clause")]),
    # a participle is no complement: the clause's number stays with it
    ("A crew of 12 trapped on the ice floe were rescued.", ["trapped"], [("12", True, "value_clause")]),
])
def test_complement_numbers(text, about, expected):
    from tests.test_attribute import values
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a date in brackets after another restates it and is decided as that one
    ("Homes across Velmar lost power after a faulty relay update on Friday (3 May 2024).", ["faulty relay update"],
     [("3 May 2024", True, "restated_amount")]),
    ("The council asked a court on Friday (3 May 2024) to halt the works.", ["halt"],
     [("3 May 2024", False, "restated_amount")]),
    # a bracket after no date is an aside
    ("The pipeline (laid in 1990) burst under the square.", ["burst"], [("1990", False, "value_clause")]),
])
def test_restated_date(text, about, expected):
    from tests.test_attribute import values
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun opening the reported clause is the reporting subject
    ("Northwind said it would appeal the ruling.", [("Northwind", True, "speaker")]),
    ("The Velmar Port Authority on Monday announced that it was opening an appeal.", [("Velmar Port Authority", True, "speaker")]),
    ("Northwind said its appeal was filed.", [("Northwind", True, "speaker")]),
    # another subject in the reported clause: the speaker is only the source
    ("Northwind said the union would appeal the ruling.", [("Northwind", False, "speaker")]),
])
def test_reported_pronoun_is_the_speaker(text, expected):
    assert names(text, ["appeal"], ["Northwind", "Velmar Port Authority"]) == expected


@pytest.mark.parametrize("text, expected", [
    # "according to" a plan or a rule is "in keeping with": no source
    ("The tower is rebuilt according to the original plans of Anna Orsk.", [("Anna Orsk", True, "name_clause")]),
    # "according to" a person or a document names the source
    ("The tower is rebuilt according to Anna Orsk.", [("Anna Orsk", False, "speaker")]),
    ("The tower is rebuilt according to a report by Anna Orsk.", [("Anna Orsk", False, "speaker")]),
])
def test_according_to_a_plan_is_no_source(text, expected):
    assert names(text, ["tower"], ["Anna Orsk"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause after a name's apposition describes the name
    ("Velmar Power Co., the firm whose cables failed, apologised.", [("Velmar Power Co.", True, "name_clause")]),
    ("Velmar Power, the firm that laid the cables, apologised.", [("Velmar Power", True, "name_clause")]),
    # after another noun it describes that noun
    ("Velmar Power thanked the firm whose cables failed.", [("Velmar Power", False, "name_clause")]),
])
def test_relative_clause_after_an_apposition(text, expected):
    assert names(text, ["cables"], ["Velmar Power Co.", "Velmar Power"])[:1] == expected


def test_a_shared_subject_goes_with_each_coordinated_predicate():
    # the place in the subject is the subject's in each predicate coordinated to its clause
    assert places("The storm in Aske left 15 dead and destroyed 200 homes.", ["destroyed"], BASED) == [
        ("Aske", True, "name_clause")]
    # a place after the first verb is that predicate's own
    assert places("The storm left 15 dead in Aske and destroyed 200 homes.", ["destroyed"], BASED) == [
        ("Aske", False, "name_clause")]


@pytest.mark.parametrize("text, expected", [
    # a term inside a to-infinitive's phrase is an intended act: the date before 'to' dates the asking
    ("The regulator asked a court on 12 June 2023 to block Northwind from completing the purchase.",
     [("12 June 2023", False, "intended_act")]),
    ("The regulator asked a court on Monday (12 June 2023) to block Northwind from completing the purchase.",
     [("12 June 2023", False, "restated_amount")]),
    # the term as the clause's own verb
    ("Northwind completed the purchase on 12 June 2023.", [("12 June 2023", True, "value_clause")]),
])
def test_term_inside_an_infinitive_phrase(text, expected):
    from tests.test_attribute import values
    assert values(text, ["completing", "completed"], "date") == expected


@pytest.mark.parametrize("text, expected", [
    # after a name that ends the verb's object or phrase, the infinitive is that verb's purpose
    ("On 12 June 2023 the chief appeared before the Committee on Trade and Industry to explain the outage.",
     [("12 June 2023", False, "intended_act")]),
    ("The regulator hired Velmar Partners in June 2023 to review the logs and find what caused the outage.",
     [("June 2023", False, "intended_act")]),
    # a name as the clause's subject: no verb before it whose purpose the infinitive could be
    ("In June 2023 Velmar Partners began to trace the outage.", [("June 2023", True, "value_clause")]),
    # a date between 'to' and the term is the term's own ("to debate the 12 June outage": it modifies the noun)
    ("A session was called to debate the 12 June 2023 outage.", [("the 12 June 2023", True, "date_modifier")]),
])
def test_a_name_before_an_infinitive_leaves_it_to_the_verb(text, expected):
    from tests.test_attribute import values
    assert values(text, ["outage"], "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a term after a modal and "have" tells of what did not, or may not, happen: attached loosely
    ("Letting it fail on 20 March 2023 would potentially have created a crisis.",
     [("20 March 2023", True, "counterfactual")]),
    ("The crash on 3 May 2021 could have been avoided.", [("3 May 2021", True, "counterfactual")]),
    # what did happen, or a modal without "have"
    ("The fund was created on 20 March 2023.", [("20 March 2023", True, "value_clause")]),
    ("The firm would create a fund on 20 March 2023.", [("20 March 2023", True, "value_clause")]),
])
def test_counterfactual(text, expected):
    from tests.test_attribute import values
    assert values(text, ["created", "create", "avoided"], "date") == expected
