"""Attribution rules, one by one, on invented sentences: which rule decides, and whether the value is attached.

The rules are tried in order (VALUE_RULES for dates and numbers, NAME_RULES for names); the first that
decides wins and names itself in the Decision.
"""

from datetime import date

import pytest

from checks.dates.forms import dates
from checks.numbers import numbers
from checks.attribution import NAME_RULES, PLACE_RULES, VALUE_RULES, analyse, attach_name, attach_value
from checks.match import compile_terms, find
from checks.model import Mention, Period, Sentence
from checks.words import words


def _read(text: str, about: list[str]):
    an = analyse(Sentence(text, 0, 1, 0), words(text))
    hits = find(an.words, text, compile_terms(about))
    assert hits, "an about-term must be in the sentence (as in every relevant sentence)"
    return an, hits


def values(text: str, about: list[str], kind: str) -> list[tuple[str, bool, str]]:
    """(value as written, attached, deciding rule) for each date or number in the sentence."""
    an, hits = _read(text, about)
    found = list(dates(text))
    if kind == "number":
        found = list(numbers(text, [(d.start, d.end) for d in found]))
    return [(m.text, d.attached, d.rule) for m in found for d in [attach_value(an, m, hits)]]


def names(text: str, about: list[str], named: list[str]) -> list[tuple[str, bool, str]]:
    """(name, attached, deciding rule) for each value or rival name in the sentence."""
    an, hits = _read(text, about)
    return [(h.term.text, d.attached, d.rule)
            for h in find(an.words, text, compile_terms(named)) for d in [attach_name(an, h, hits)]]


def test_rules_are_named_and_ordered_binding_first_clause_last():
    assert [r.__name__ for r in VALUE_RULES] == [
        "timestamp", "anniversary_day", "name_year", "date_in_term", "span_end", "quoted_number", "count_of_others", "kin_duration", "kin_of_count", "place_breakdown", "population", "respective_value", "list_item", "everyone_aboard", "restating_relative", "number_in_name", "compared_with", "ranked_before", "several_events", "named_holder", "own_year", "legal_ground", "speaker", "part_of_whole", "joint_subject", "added_amount", "as_aside", "attempted_harm", "group_breakdown", "change_and_level", "forecast", "usual_figure", "bound_on", "request", "not_taken", "measured_quality", "gust", "dimension_of", "difference",
        "hyphenated_modifier", "amount_modifier", "amount_of", "counts_of", "measure_of", "noun_share", "date_with_place", "paired_date", "amount_for", "date_bound", "date_modifier", "date_of", "number_in_apposition", "named_aside", "restated_amount",
        "bracketed_measure", "perfect_past_day", "date_when", "temporal_relation", "another_instance", "event_complement", "cleft", "dated_relative", "status_time", "declared_end", "ongoing", "span_to_now", "series_since", "marks_since", "dating_from", "span_start", "participle_when", "named_as", "target_date", "intended_act", "announced_act",
        "counted_relative", "negated", "counterfactual", "obligation", "past_plan", "acted_on", "subject_modifier", "noun_modifier", "running_tally", "earlier_figure", "possible_penalty", "joint_outcome", "shared_subject", "opening_participle", "participle_date", "own_place", "holiday_occasion", "value_clause"]
    assert [r.__name__ for r in NAME_RULES] == [
        "own_name", "member_of", "predecessor", "respectively", "possessive_name", "owned_name", "compound_participle", "speaker", "witness", "coordinate", "companion", "former_holder", "bracketed_holder", "bracketed_affiliation", "relative_of_name", "title_before_name", "object_title", "demonym", "named_noun", "title_in_apposition", "title_before_apposition", "name_with_title", "titled_name", "title_of_name", "another_instance", "negated", "named_in_apposition", "expected_holder", "taken_title", "name_clause"]


# ------------------------------------------------------------------ dates and numbers

@pytest.mark.parametrize("text, about, expected", [
    ("The wreck lay 300 metres below the surface.", ["below the surface"], [("300", True, "measured_quality")]),
    # a distance from something is not its own measure (issue 12 §1.3)
    ("The wreck lay 300 metres below the surface.", ["surface"], [("300", False, "measured_quality")]),
    ("The climbers sheltered on a ledge 3.2 km from the cave entrance.", ["cave"], [("3.2", False, "measured_quality")]),
    ("The camp is 3.2 km away from the cave.", ["distance", "cave"], [("3.2", False, "measured_quality")]),
    ("The camp stood 3.2 km away from the cave.", ["away from the cave"], [("3.2", True, "measured_quality")]),
    ("The bridge is 300 metres long and 48 metres wide.", ["bridge", "long"],
     [("300", True, "measured_quality"), ("48", False, "measured_quality")]),
    ("The fire break (3 km wide) protects the strip.", ["strip", "wide"], [("3", True, "measured_quality")]),
    # a dimension adjective after a measure says it of the noun phrase before the number (which dimension the
    # fact measures is the number kind's to check)
    ("The bridge is 300 metres long.", ["bridge"], [("300", True, "measured_quality")]),
    ("A wave 7 metres high swept the harbour.", ["wave"], [("7", True, "measured_quality")]),
    ("The storm sent a wall of water seven metres high through Orsk.", ["wall of water"],
     [("seven", True, "measured_quality")]),
    ("The dam, 75 metres tall, broke.", ["dam"], [("75", True, "measured_quality")]),
    ("The wave swept a pier 7 metres high.", ["wave"], [("7", False, "measured_quality")]),
    # an amount of money is no distance
    ("The clerk stole $4 million from the mill's clients.", ["stole"], [("$4 million", True, "value_clause")]),
])
def test_measured_quality(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    ("The 12-day festival closed the bridge.", ["festival"], [("12", True, "hyphenated_modifier")]),
    ("The 12-day strike closed the bridge.", ["bridge"], [("12", False, "hyphenated_modifier")]),
    # an age modifies the noun after "-old"; with no noun there it names a person, and the clause decides
    ("A 25-year-old coach was hurt.", ["coach"], [("25", True, "hyphenated_modifier")]),
    ("Another crew member, a 25-year-old identified as Kwon, is recovering.", ["Kwon"], [("25", True, "value_clause")]),
    # a hyphened value is an adjective whatever stands before it ("new", a hedge, no determiner)
    ("The strike is over as members approve a new 3-year deal.", ["strike"], [("3", False, "hyphenated_modifier")]),
    ("The deal ends a nearly five-month strike.", ["deal"], [("five", False, "hyphenated_modifier")]),
    # an age in apposition right after a term is that term's
    ("Anna Dahl, the 59-year-old Velmar-born pilot, flew.", ["Anna Dahl"], [("59", True, "hyphenated_modifier")]),
])
def test_hyphenated_modifier(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    ("The mill's $4 million loss shocked Orsk.", ["mill"], [("$4 million", False, "amount_modifier")]),
    ("The mill's $4 million loss shocked Orsk.", ["loss"], [("$4 million", True, "amount_modifier")]),
    ("Velmar paid a €2 million fine to the port.", ["fine"], [("€2 million", True, "amount_modifier")]),
    ("Velmar paid a €2 million fine to the port.", ["paid"], [("€2 million", True, "value_clause")]),  # no possessive
    # no determiner before it, or a verb after it: no modifier
    ("The once $9 million mill closed.", ["mill"], [("$9 million", True, "value_clause")]),
    ("The mill got the $4 million promised by Orsk.", ["mill"], [("$4 million", True, "value_clause")]),
])
def test_amount_modifier(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    # an amount after "NOUN of" measures that noun
    ("Withdrawals left the fund with a negative cash balance of about $958 million.", ["withdrawals"],
     [("$958 million", False, "amount_of")]),
    ("Withdrawals left the fund with a negative cash balance of about $958 million.", ["balance"],
     [("$958 million", True, "amount_of")]),
    # the noun phrase is what the term does: the amount is the term's
    ("Velmar paid a fine of €2 million to the port.", ["paid"], [("€2 million", True, "value_clause")]),
    # a noun that only frames the sum names no other quantity
    ("Depositors withdrew a total of $42 billion.", ["withdrew"], [("$42 billion", True, "value_clause")]),
    ("With a price tag of $69 billion, the deal is the largest.", ["deal"], [("$69 billion", True, "value_clause")]),
    # a count names what it counts itself
    ("Orsk sent a force of 2,000 peacekeepers to the border.", ["peacekeepers"],
     [("2,000", True, "value_clause")]),
])
def test_amount_of(text, about, expected):
    assert values(text, about, "number") == expected


def test_counts_of():
    assert values("The storm brought 300 millimetres of rainfall.", ["rainfall"], "number") == [
        ("300", True, "counts_of")]


def test_date_with_place():
    text = "The regatta took place on 4 June 2019, in Oslo and 2 July 2020, in Bergen."
    assert values(text, ["Oslo"], "date") == [("4 June 2019", True, "date_with_place"),
                                              ("2 July 2020", False, "date_with_place")]


@pytest.mark.parametrize("text, attached", [
    ("Saturday's regatta drew crowds.", True),
    ("Saturday's parade drew crowds to the regatta.", False),
])
def test_date_modifier_possessive(text, attached):
    saturday = Mention("date", 0, len("Saturday's"), "Saturday's", Period(date(2019, 6, 8), date(2019, 6, 8),
                                                                          "2019-06-08"), relative=True)
    an, hits = _read(text, ["regatta"])
    decision = attach_value(an, saturday, hits)
    assert (decision.attached, decision.rule) == (attached, "date_modifier")


@pytest.mark.parametrize("text, attached", [
    ("The 2019 regatta drew crowds.", True),
    ("The 2019 budget funded the regatta.", False),
])
def test_date_modifier(text, attached):
    assert values(text, ["regatta"], "date") == [("2019", attached, "date_modifier")]


@pytest.mark.parametrize("text, about, expected", [
    # the American comma after a full date's year: still a modifier of the noun after it
    ("The Aug. 8, 2023, regatta drew crowds.", ["regatta"], [("Aug. 8, 2023", True, "date_modifier")]),
    ("The Aug. 8, 2023, storm hit the regatta.", ["regatta"], [("Aug. 8, 2023", False, "date_modifier")]),
    # a relative clause right after the dated noun, its verb a term, is what the noun did: the date is that event's
    ("The Aug. 8, 2023, storm that flooded the town was the worst.", ["flooded"],
     [("Aug. 8, 2023", True, "date_modifier")]),
    ("The 2019 storm that quickly flooded the town was the worst.", ["flooded"], [("2019", True, "date_modifier")]),
    # a term further inside the relative clause is not the noun's own act
    ("The 2019 report that said the town flooded was wrong.", ["flooded"], [("2019", False, "date_modifier")]),
    # no comma after the year in a date that ends the clause: no modifier
    ("It sank on Aug. 8, 2023, then rose.", ["sank"], [("Aug. 8, 2023", True, "value_clause")]),
])
def test_date_modifier_comma_and_relative(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a preposition right after a determiner's noun qualifies that noun: the dated noun says which thing
    ("The skipper in the May 4 collision was arrested on 9 May 2024.", [("May 4", False, "date_modifier"),
                                                                        ("9 May 2024", True, "value_clause")]),
    ("A witness at the June 3 hearing said the man was arrested on 9 June 2024.",
     [("June 3", False, "date_modifier"), ("9 June 2024", True, "value_clause")]),
    # after a verb the preposition may say when: "during its June 18 descent" is the event's time
    ("He was arrested during the June 18 parade.", [("June 18", True, "value_clause")]),
    ("He was arrested at a 19 June hearing.", [("19 June", True, "value_clause")]),
])
def test_date_modifier_after_a_noun_qualifies_it(text, expected):
    assert values(text, ["arrested"], "date") == expected


@pytest.mark.parametrize("text, about, attached", [
    ("The charter of 4 June 2019 founded the regatta.", ["charter"], True),
    ("The decree of 4 June 2019 founded the regatta.", ["regatta"], False),
])
def test_date_of(text, about, attached):
    assert values(text, about, "date") == [("4 June 2019", attached, "date_of")]


@pytest.mark.parametrize("text, attached", [
    ("The winner, Halvorsen, 19, was cheered.", True),
    ("Halvorsen beat Brekke, 19, after the race.", False),
])
def test_number_in_apposition(text, attached):
    assert values(text, ["Halvorsen"], "number") == [("19", attached, "number_in_apposition")]


@pytest.mark.parametrize("text, attached", [
    ("The regatta was held on 4 June 2019.", True),
    ("The regatta was announced, and the sailors who trained for months in cold northern waters arrived "
     "on 4 June 2019.", False),
])
def test_value_clause(text, attached):
    assert values(text, ["regatta"], "date") == [("4 June 2019", attached, "value_clause")]


def test_the_subject_of_a_verb_of_saying_is_who_says_it():
    """'Dahl and other officials announced ...': the reporting verb opens the clause of what is said, but its
    subject is who says it."""
    assert names("Harbour Master Ingrid Dahl and other officials announced on Tuesday that the quay would reopen.",
                 ["announced"], ["Ingrid Dahl"]) == [("Ingrid Dahl", True, "name_clause")]
    assert names("Ingrid Dahl said the council announced a closure.", ["announced"], ["Ingrid Dahl"])[0][1] is False


def test_a_reporting_verb_is_dated_by_an_opening_phrase_but_only_loosely():
    """'On 8 May, the council announced ...': the opening phrase dates the announcing; what was announced may
    be another matter, so such a date agrees, and a conflicting one is only a possible conflict."""
    an, hits = _read("On 8 May, the council announced it would close the ferry route.", ["announced"])
    d = attach_value(an, next(iter(dates(an.sentence.text))), hits)
    assert (d.attached, d.rule) == (True, "value_clause") and "possible conflict" in d.weak
    # a term in the covered clause itself is dated firmly
    an, hits = _read("On 8 May, the council closed the ferry route.", ["closed"])
    d = attach_value(an, next(iter(dates(an.sentence.text))), hits)
    assert (d.attached, d.weak) == (True, "")
    # what was announced is not dated by the opening phrase
    an, hits = _read("On 8 May, the council announced it closed the ferry route.", ["closed"])
    assert not attach_value(an, next(iter(dates(an.sentence.text))), hits).attached


# ------------------------------------------------------------------ names

@pytest.mark.parametrize("text, attached", [
    ("Another ferry for the islands, built and operated by Orsk Lines, sank in May.", False),
    ("Another ferry, operated by Orsk Lines, sank in May.", False),
    ("The ferry, operated by Orsk Lines, sank in May.", True),
])
def test_an_aside_of_another_instance_is_that_instance_s(text, attached):
    assert names(text, ["operated"], ["Orsk Lines"])[0][1] is attached


def test_a_date_in_an_aside_of_another_instance_is_not_the_fact_s():
    assert values("Another bridge in the valley, which opened in 1990, collapsed in May 2021.", ["opened"],
                  "date")[0] == ("1990", False, "another_instance")


@pytest.mark.parametrize("text, named, expected", [
    ("Harbour Master Ingrid Dahl did not say when the quay would reopen.", ["Ingrid Dahl"],
     [("Ingrid Dahl", True, "titled_name")]),
    # the value written with its title
    ("Harbour Master Dahl did not say when the quay would reopen.", ["Harbour Master Dahl"],
     [("Harbour Master Dahl", True, "titled_name")]),
    # a title before a name across a comma is a list, not this rule
    ("The harbour master, Ingrid Dahl and Ole Berg did not come.", ["Ingrid Dahl"], [("Ingrid Dahl", False, "title_of_name")]),
])
def test_titled_name_holds_whatever_the_verb_denies(text, named, expected):
    assert names(text, ["Harbour Master"], named) == expected


def test_a_noun_dated_by_its_own_modifier_leaves_the_clause_date_to_the_verb():
    text = "A court on 17 September rejected her appeal against the 2021 conviction."
    assert values(text, ["conviction"], "date") == [
        ("17 September", False, "value_clause"), ("2021", True, "date_modifier")]
    # so does a month, after a determiner and maybe one describing word ("a near-catastrophic January incident")
    assert values("Officials on 6 August began a hearing into a near-catastrophic January incident.", ["incident"],
                  "date") == [("6 August", False, "value_clause"), ("January", True, "date_modifier")]
    assert values("Officials on 6 August began a hearing into the January incident.", ["incident"], "date") == [
        ("6 August", False, "value_clause"), ("January", True, "date_modifier")]
    # a name may stand between the date and its noun
    assert values("A court on 16 June 2021 ruled in the retrial of the 2014 Velmar ferry disaster case.",
                  ["ferry disaster"], "date")[0] == ("16 June 2021", False, "value_clause")
    # as the subject, the noun is dated more finely by its clause
    assert values("Velmar's 2021 referendum was held on 3 May.", ["referendum"], "date")[1] == (
        "3 May", True, "value_clause")
    # ... or as the object of a participle in a noun phrase ("the court investigating the 2024 flood")
    assert values("A witness spoke on 24 November 2025 to the court investigating the 2024 flood.", ["flood"],
                  "date") == [("24 November 2025", False, "own_year"), ("2024", True, "date_modifier")]
    # so may a relative date owning the noun with 's ("last year's floods", "Sunday's crash")
    assert values("Families met on 3 May 2024 to mourn the victims of last year's floods.", ["floods"], "date") == [
        ("3 May 2024", False, "value_clause")]
    assert values("Divers on 3 May 2024 searched the wreck after Sunday's crash.", ["crash"], "date") == [
        ("3 May 2024", False, "value_clause")]
    assert values("Sunday's crash was confirmed on 3 May 2024.", ["crash"], "date") == [
        ("3 May 2024", True, "value_clause")]  # the subject: its verb's date is its own
    # ... but a relative date's noun completing another noun is no subject, whatever the verb before it
    assert values("Victims of last week's flooding met on 11 July 2025.", ["flooding"], "date") == [
        ("11 July 2025", False, "value_clause")]
    assert values("They plan to visit victims of last week's flooding on 11 July 2025.", ["flooding"], "date") == [
        ("11 July 2025", False, "value_clause")]


def test_an_aside_after_a_placed_noun_names_it():
    assert names("The interim council in Aske, led by Ingrid Dahl, met on Monday.", ["interim council"],
                 ["Ingrid Dahl"]) == [("Ingrid Dahl", True, "name_clause")]


@pytest.mark.parametrize("text, attached", [
    ("Talks on the harbour master post ended with Ingrid Dahl named.", False),  # the term is the talks' topic
    # a comma ends the preposition's object: the title after it is no topic of the conference
    ("At a press conference on Friday morning, Harbour Master Ingrid Dahl said the quay would reopen.", True),
])
def test_a_term_past_a_comma_is_no_topic(text, attached):
    assert names(text, ["Harbour Master"], ["Ingrid Dahl"])[0][1] is attached


@pytest.mark.parametrize("text, expected", [
    ("Ingrid Dahl, the harbour master, said the quay would reopen.", [("Ingrid Dahl", True, "name_with_title")]),
    ("Dr Ingrid Dahl, the harbour master, said: \"We reopen today.", [("Ingrid Dahl", True, "name_with_title")]),
    ("Ingrid Dahl, Aske's new harbour master, said the quay would reopen.",
     [("Ingrid Dahl", True, "name_with_title")]),
    ("Ingrid Dahl, the harbour master of Aske since 2019, said so.", [("Ingrid Dahl", True, "name_with_title")]),
    # a participle phrase after the title stays in the apposition
    ("Over half of the staff, including Ingrid Dahl, the first harbour master appointed by the town council, rebelled.",
     [("Ingrid Dahl", True, "name_with_title")]),
    # a list's commas: the harbour master may be a third person, so the rule leaves it to the clause
    ("Ingrid Dahl, the harbour master and Ole Berg met.", [("Ingrid Dahl", True, "name_clause")]),
    # the title before the name, in apposition: the name is who the title's phrase is
    ("The harbour master, Ingrid Dahl, said the quay would reopen.", [("Ingrid Dahl", True, "named_in_apposition")]),
    # ... its of-phrase and all; so too after the title, past a long prepositional phrase
    ("Ingrid Dahl, the harbour master of the port of Aske in the far north, said so.",
     [("Ingrid Dahl", True, "name_with_title")]),
])
def test_name_with_title(text, expected):
    assert names(text, ["harbour master"], ["Ingrid Dahl"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a name set off by commas after a noun phrase headed by a term is who that phrase is, in any clause
    ("He toured the ward, where he met the lone survivor of the AB-171 crash, Ole Berg, a Velmar national.",
     [("Ole Berg", True, "named_in_apposition")]),
    ("She thanked the lone survivor, Ole Berg.", [("Ole Berg", True, "named_in_apposition")]),
    # a phrase the term does not head, or a name that goes on into its own clause: not an apposition
    ("He met the nurse, Ole Berg, before he saw the lone survivor.", []),
    ("The lone survivor, Ole Berg said, was asleep.", []),
])
def test_named_in_apposition(text, expected):
    found = names(text, ["lone survivor"], ["Ole Berg"])
    assert [f for f in found if f[2] == "named_in_apposition"] == expected


@pytest.mark.parametrize("text, expected", [
    # a name (past its title) in apposition to the noun phrase right after a term is who the term names
    ("The junta is headed by the head of the guard, Colonel-Major Ole Berg.", [("Ole Berg", True, "named_in_apposition")]),
    ("The junta is headed by the head of the guard, Ole Berg.", [("Ole Berg", True, "named_in_apposition")]),
])
def test_named_in_apposition_to_a_terms_object(text, expected):
    found = names(text, ["headed by"], ["Ole Berg"])
    assert [f for f in found if f[2] == "named_in_apposition"] == expected


def test_own_name():
    assert names("The Harbour Master Office opened.", ["Harbour Master Office"], ["Master"]) == [
        ("Master", False, "own_name")]


def test_a_name_hyphened_to_a_word_in_a_term_is_no_name_of_the_subject():
    # "Velmar-bound" says where to: the place is the term's, not part of a name
    assert places("The Velmar-bound ferry sank off Aske.", ["Velmar-bound"], ["Velmar"]) == [
        ("Velmar", True, "attributive_place")]
    assert places("The Bank of Velmar failed.", ["Bank of Velmar"], ["Velmar"]) == [("Velmar", False, "own_name")]
    # other compounds say who backs or where a firm is based, not where the subject is: still the term's own name
    assert places("The Velmar-backed rebels seized Aske.", ["Velmar-backed rebels"], ["Velmar"]) == [
        ("Velmar", False, "own_name")]


@pytest.mark.parametrize("text, expected", [
    ("Harbour Master Ingrid Dahl opened the regatta.", [("Harbour Master", True, "title_before_name")]),
    ("Mayor Ole Berg opened the regatta beside Ingrid Dahl.", [("Mayor", False, "title_before_name")]),
    # two titles coordinated by "and": the second is no name the first belongs to
    ("Ingrid Dahl, Mayor and Harbour Master of Aske, opened the regatta.", [("Mayor", True, "title_in_apposition")]),
])
def test_title_before_name(text, expected):
    assert names(text, ["Ingrid Dahl"], ["Harbour Master", "Mayor"])[:1] == expected


@pytest.mark.parametrize("text, expected", [
    ("Norwegian sailors won the regatta.", [("Norwegian", True, "demonym")]),
    ("Swedish boats trailed the sailors.", [("Swedish", False, "demonym")]),
])
def test_demonym(text, expected):
    assert names(text, ["sailors"], ["Norwegian", "Swedish"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ingrid Dahl, the harbour master, opened it.", [("harbour master", True, "title_in_apposition")]),
    ("Ole Berg, the mayor, greeted Ingrid Dahl.", [("mayor", False, "title_in_apposition")]),
])
def test_title_in_apposition(text, expected):
    assert names(text, ["Ingrid Dahl"], ["harbour master", "mayor"]) == expected


def test_title_of_name():
    assert names("The mayor of Bergen Ole Berg greeted Ingrid Dahl.", ["Ingrid Dahl"], ["mayor"]) == [
        ("mayor", False, "title_of_name")]


def test_name_clause():
    assert names("Ingrid Dahl became mayor in 2019.", ["Ingrid Dahl"], ["mayor"]) == [("mayor", True, "name_clause")]


def test_restated_amount():
    assert values("The port cost Rs 4,100 crore (US$500 million) to build.", ["port"], "number") == [
        ("Rs 4,100 crore", True, "value_clause"), ("US$500 million", True, "restated_amount")]


@pytest.mark.parametrize("text", [
    "The fire burned 878 ha (2,170 acres) of forest.",
    "The fire burned 878 hectares (about 2,170 acres) of forest.",
])
def test_a_bracketed_measure_restating_a_measure_goes_where_it_goes(text):
    assert values(text, ["burned"], "number") == [("878", True, "value_clause"), ("2,170", True, "restated_amount")]


def test_a_bracketed_measure_after_a_noun_or_another_dimension_restates_nothing():
    assert values("The lander (1,724 kg) and the rover (26 kg) landed.", ["rover"], "number") == [
        ("1,724", False, "bracketed_measure"), ("26", True, "bracketed_measure")]
    assert values("The dam, 75 m (2,000 tonnes) of steel, burst.", ["burst"], "number")[1][2] != "restated_amount"


@pytest.mark.parametrize("time", ["on Monday", "yesterday", "last night", "this morning"])
def test_a_bracketed_date_restating_a_time_goes_where_the_time_goes(time):
    assert values(f"The ferry company filed for bankruptcy {time} (6 May 2024) with a plan.", ["filed"], "date") == [
        ("6 May 2024", True, "restated_amount")]
    # a bracket after a time that is not the term's clause goes with that time
    text = f"The ferry sank in March; Orsk spoke {time} (6 May 2024)."
    assert values(text, ["sank"], "date")[1] == ("6 May 2024", False, "restated_amount")


# ------------------------------------------------------------------ issue 12: numbers that are not the value

@pytest.mark.parametrize("text, expected", [
    ("Lind now has 37,062 career points, 1,325 behind Orsk.", [("37,062", False), ("1,325", False)]),
    ("Orsk has 38,387 career points.", [("38,387", True)]),
    # "behind" not after a number is no comparison: "the group behind the hack"
    ("The group behind Orsk Holdings took 75 bitcoins.", [("75", True)]),
])
def test_a_gap_behind_a_name_compares_with_it(text, expected):
    assert [(v, a) for v, a, _ in values(text, ["Orsk"], "number")] == expected


@pytest.mark.parametrize("text, about, expected", [
    # a sentence opening with a verb of outdoing names, up to its comma, what the main clause is compared with
    ("Surpassing anything recorded since 1949, the downpour flooded Aske on 16 April 2024.", ["downpour"],
     [("1949", False, "compared_with"), ("16 April 2024", True, "value_clause")]),
    # a fact about what it is compared with: its terms stand in that reference
    ("Surpassing anything recorded since 1949, the downpour flooded Aske on 16 April 2024.", ["recorded since"],
     [("1949", True, "value_clause"), ("16 April 2024", False, "value_clause")]),
])
def test_a_fronted_comparison(text, about, expected):
    assert values(text, about, "date") == expected


def test_compared_with():
    text = "The takeover, at $4.2 billion, is its largest, eclipsing its 2011 purchase of Brenna for $1.1 billion."
    assert values(text, ["takeover", "purchase"], "number") == [
        ("$4.2 billion", True, "value_clause"), ("$1.1 billion", False, "compared_with")]
    text = "Norland bought Velmar for $4.2 billion, compared with $2 billion for its purchase of Tindra."
    assert values(text, ["bought", "purchase"], "number")[1] == ("$2 billion", False, "compared_with")
    # after a verb or noun of comparing, the reference is the other thing, whatever terms stand in it
    text = "That compares to £162 million spent on the funeral."
    assert values(text, ["spent"], "number") == [("£162 million", False, "compared_with")]
    # other references keep a number beside their terms as the compared thing's own
    text = "The river rose higher than its ceiling of 61 m."
    assert values(text, ["ceiling"], "number") == [("61", True, "value_clause")]


@pytest.mark.parametrize("text, expected", [
    ("Velmar stock ended nearly $3 shy of the purchase price.", [("$3", False, "difference")]),
    ("The offer is $0.4 billion less than the first bid.", [("$0.4 billion", False, "difference")]),
    ("The Greens polled 5 points more than the purchase predicted.", [("5", False, "difference")]),
])
def test_difference(text, expected):
    assert values(text, ["purchase", "offer", "Greens"], "number") == expected


@pytest.mark.parametrize("text, expected", [
    ("Turnout was 63%, and even 5% of those who stayed home could have changed the result.",
     [("63%", True, "value_clause"), ("5%", False, "part_of_whole")]),
    ("About 40% of the turnout came by post.", [("40%", True, "part_of_whole")]),
])
def test_part_of_whole_share(text, expected):
    assert values(text, ["turnout"], "number") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Greens were down 12 seats to 37.", [("12", False, "change_and_level"), ("37", True, "value_clause")]),
    ("The Greens rose by 5 seats to 37 seats.", [("5", False, "change_and_level"), ("37", True, "value_clause")]),
])
def test_change_and_level(text, expected):
    assert values(text, ["Greens"], "number") == expected


@pytest.mark.parametrize("text, expected", [
    ("The yard cut 340 jobs out of the 2,100 people it employs.",
     [("340", True, "value_clause"), ("2,100", False, "part_of_whole")]),
    ("The yard kept 12 of the 40 berths after the cut.", [("12", True, "value_clause"), ("40", False, "part_of_whole")]),
])
def test_part_of_whole(text, expected):
    assert values(text, ["yard"], "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a number after a word of including is a part of what includes it
    ("The package includes 838 million euros in cash for shops.", ["package"], [("838 million euros", False, "part_of_whole")]),
    ("The storm killed 39 people, including 12 children.", ["killed"],
     [("39", True, "value_clause"), ("12", False, "part_of_whole")]),
    # so is one after "such as", which gives an example
    ("The charge sheet lists offences such as four counts of fraud.", ["charge sheet"],
     [("four", False, "part_of_whole")]),
    # ... unless a term names that part
    ("The package also includes 5 billion euros in loans.", ["loans"], [("5 billion euros", True, "part_of_whole")]),
])
def test_an_included_number_is_a_part(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, expected", [
    # a term qualifying the whole's noun: the whole is what it counts, the number before 'out of' a part
    ("The ferry sank, killing 31 out of the 140 people on board.",
     [("31", False, "part_of_whole"), ("140", True, "part_of_whole")]),
    ("Rescuers reached 31 of the 140 aboard by dawn.", [("31", False, "part_of_whole"), ("140", True, "part_of_whole")]),
    # ... or a relative clause after it holding a term
    ("Officials said 31 of the 140 people who were on board were crew.",
     [("31", False, "part_of_whole"), ("140", True, "part_of_whole")]),
    ("Officials said 31 of the 140 young deck hands who were on board were hurt.",
     [("31", False, "part_of_whole"), ("140", True, "part_of_whole")]),  # a noun of a few words before "who"
    # the term is a verb of the whole's noun phrase, not a qualifier of its noun: the old reading stands
    ("Only 31 of the 140 passengers were aboard when it sank.",
     [("31", True, "value_clause"), ("140", False, "part_of_whole")]),
])
def test_part_of_named_whole(text, expected):
    assert values(text, ["on board", "aboard"], "number") == expected


def test_forecast():
    text = "An early projection predicted the Greens would take 44 seats."
    assert values(text, ["Greens"], "number") == [("44", False, "forecast")]
    assert values("Polls forecast 30 seats; in the end the Greens won 37 seats.", ["Greens"], "number") == [
        ("30", False, "forecast"), ("37", True, "value_clause")]


@pytest.mark.parametrize("text, about, expected", [
    # a figure of what was intended is no result
    ("The crew sailed on what was meant to be a ten-day voyage.", ["voyage"], [("ten", False, "forecast")]),
    ("The strike was supposed to last 3 days but the strike ran for 40 days.", ["strike"],
     [("3", False, "forecast"), ("40", True, "value_clause")]),
    # a fronted participle of the plan ("Originally slated for", "Originally intended to be")
    ("Originally slated for a brief eight-day mission, the crew's stay was extended.", ["stay"],
     [("eight", False, "forecast")]),
    ("Originally intended to be a one-week test mission, the trip stretched into a 286-day stay.", ["stay"],
     [("one", False, "forecast"), ("286", True, "hyphenated_modifier")]),
    # ... unless the words of intending are the fact's terms: then the fact is the plan
    ("The strike was supposed to last 3 days.", ["supposed to"], [("3", True, "value_clause")]),
])
def test_an_intended_figure_is_no_result(text, about, expected):
    assert values(text, about, "number") == expected


# ------------------------------------------------------------------ issue 12: clauses

@pytest.mark.parametrize("text, expected", [
    # a non-restrictive relative clause ends at its comma; the interrupted clause goes on
    ("Mr Orsk, who was arrested on 2 February 2023, spoke about the referendum.", False),
    ("The council held the vote, which drew crowds to Velmar, Tindra and Aske, on 12 March 2023.", True),
    ("Ms Lind, whose party lost the referendum on 12 March 2023, resigned.", True),
])
def test_non_restrictive_relative_clause(text, expected):
    (found,) = values(text, ["referendum", "vote"], "date")
    assert found[1] is expected


@pytest.mark.parametrize("text, about, expected", [
    # a past participle set off by commas after a noun is an aside like ", which was published on 3 May,"
    ("The report, published on 3 May 2023, records the flood of the river.", ["flood"], False),
    ("The report, published on 3 May 2023, records the flood of the river.", ["report"], True),
    ("The dam, built in 1961, burst in the flood.", ["burst"], False),
    ("The dam, built in 1961, burst in the flood.", ["dam"], True),
    # a short phrase of place between the noun and its aside leaves the aside the noun's
    ("The dam in Aske, built in 1961, burst in the flood.", ["dam"], True),
    ("The dam in Aske, built in 1961, burst in the flood.", ["burst"], False),
    ("The dam in the valley, built in 1961, burst in the flood.", ["dam"], False),  # lower-case: not only a place
    # no closing comma: no aside
    ("The dam burst, flooded the valley on 3 May 2023.", ["burst"], True),
    # an -ing participle aside after the subject, before any verb: the main clause resumes after it
    ("Mr Orsk, wearing a jail uniform, spoke for 20 minutes on 3 May 2023.", ["jail"], False),
    ("Mr Orsk, wearing a jail uniform, spoke for 20 minutes on 3 May 2023.", ["spoke"], True),
])
def test_a_participle_aside_dates_its_own_noun(text, about, expected):
    (found,) = values(text, about, "date")
    assert found[1] is expected


@pytest.mark.parametrize("text, about, expected", [
    # after a verb, an -ing aside whose clause goes on after it with a preposition: the clause resumes
    ("The fund lost $4 billion in redemptions, representing a third of its assets at the end of 2022, in one day "
     "on 9 March 2023.", ["redemptions"], True),
    # with no preposition after it, the -ing phrase trails (its object may have an apposition): a long way off
    ("The fund lost $4 billion in redemptions in the first days of the crisis, representing a third of its assets at "
     "the end of 2022, with the fund closing on 9 March 2023.", ["redemptions"], False),
])
def test_an_ing_aside_after_a_verb_resumes_its_clause(text, about, expected):
    assert values(text, about, "date")[-1][1] is expected


@pytest.mark.parametrize("text", [
    "Two days later, on 10 March 2023, banking regulators seized the bank, marking its collapse.",
    "On 10 March 2023, shipping officials seized the ferry.",
])
def test_an_ing_word_before_any_verb_opens_the_subject_not_a_trailing_phrase(text):
    assert values(text, ["seized"], "date") == [("10 March 2023", True, "value_clause")]


@pytest.mark.parametrize("text, about, expected", [
    # an event noun as the subject of a passive verb of recording: the date is the recording's
    ("The papers show the flood was recorded by the mayor on 16 May 2023.", ["flood"], False),
    ("The papers show the flood was recorded by the mayor on 16 May 2023.", ["recorded"], True),
    ("The sale was registered on 16 May 2023.", ["registered"], True),
    # active: the verb's object shares its clause
    ("The mayor recorded the flood on 16 May 2023.", ["flood"], True),
])
def test_a_passive_verb_of_recording_dates_the_recording(text, about, expected):
    (found,) = values(text, about, "date")
    assert found[1] is expected


# ------------------------------------------------------------------ issue 12 §1.1: coordinated predicates

@pytest.mark.parametrize("text, about, expected", [
    ("The dam was completed in 1961 and raised in 1988.", ["completed"], [True, False]),
    ("The laws were introduced in 2022 and used for the first time in 2024.", ["introduced"], [True, False]),
    ("The ferry ran aground on 4 May and was refloated on 9 May.", ["aground"], [True, False]),
    ("The treaty was signed and ratified on 9 November 2020.", ["signed"], [True]),  # one value for both verbs
    ("Aliyev and Pashinyan held talks in Munich on 18 February 2023.", ["Munich"], [True]),  # one subject, two names
])
def test_coordinated_predicates_keep_their_own_values(text, about, expected):
    assert [attached for _, attached, _ in values(text, about, "date")] == expected


@pytest.mark.parametrize("text, about, named, expected", [
    ("The ferry is owned by Alpha Line and operated by Beta Shipping.", ["operated"], ["Alpha Line", "Beta Shipping"],
     [("Alpha Line", False), ("Beta Shipping", True)]),
    ("Lind was elected in Aske and Orsk won in Tindra.", ["Lind"], ["Aske", "Tindra"],
     [("Aske", True), ("Tindra", False)]),
])
def test_coordinated_clauses_keep_their_own_names(text, about, named, expected):
    assert [(n, attached) for n, attached, _ in names(text, about, named)] == expected


def test_a_name_after_including_is_one_of_the_phrase_before():
    # names too: one of the plural noun phrase before "including", unless that phrase holds a term
    assert names("Lind spoke, and aid came from several countries, including Orsk.", ["spoke"], ["Orsk"]) == [
        ("Orsk", False, "member_of")]
    assert names("Three ministers resigned, including Orsk.", ["ministers"], ["Orsk"])[0][2] != "member_of"


def test_predecessor():
    assert names("Lind will replace Orsk as chair of the council.", ["chair"], ["Lind", "Orsk"]) == [
        ("Lind", True, "expected_holder"), ("Orsk", False, "predecessor")]  # Lind: what is to come, loosely
    assert names("Orsk succeeded Lind as mayor.", ["mayor"], ["Lind", "Orsk"]) == [
        ("Orsk", True, "name_clause"), ("Lind", False, "predecessor")]
    # a verb of defeating too, past the object's titles and an apposition's comma
    assert names("Anna Lind was elected as the next Velmar leader on Monday, defeating her rival, former finance "
                 "minister Jon Orsk.", ["next Velmar leader"], ["Anna Lind", "Jon Orsk"]) == [
        ("Anna Lind", True, "name_clause"), ("Jon Orsk", False, "predecessor")]
    # a term in the object's own phrase says what the name is
    assert names("Lind took office, replacing Tory leader, Orsk.", ["Tory leader"], ["Orsk"])[0][2] != "predecessor"
    # ... but after a verb of removing from office the title was held until then
    assert names("On Friday lawmakers impeached acting President Jon Orsk, putting Lind in charge.",
                 ["acting President"], ["Jon Orsk"]) == [("Jon Orsk", False, "predecessor")]
    assert names("The party ousted chair Jon Orsk in May.", ["chair"], ["Jon Orsk"]) == [("Jon Orsk", False, "predecessor")]
    assert names("Lind defeated incumbent mayor Jon Orsk.", ["mayor"], ["Jon Orsk"])[0][2] != "predecessor"


def test_possessive_name():
    assert names("Ruritania's regulator fined the firm.", ["regulator"], ["Ruritania"]) == [
        ("Ruritania", True, "possessive_name")]
    # the office is of the division: 'head of Norland' is not said
    found = names("Anna Berg, head of Norland's ferry division, spoke.", ["Anna Berg"], ["head of Norland"])
    assert found == [("head of Norland", False, "possessive_name")]
    # a possessor is still an actor of its clause: "With Velmar's mediation, the two sides agreed to a truce"
    assert names("With Velmar's mediation, the two sides agreed to a truce.", ["truce"], ["Velmar"])[0][2] == "name_clause"
    # a noun naming a person by relation: the owner is the other one
    assert names("Ole Berg's successor took office in May.", ["successor"], ["Ole Berg"]) == [
        ("Ole Berg", False, "possessive_name")]


@pytest.mark.parametrize("text, expected", [
    ("While Tindra approved the merger, the Velmar regulator blocked it.", [("Tindra", False), ("Velmar", True)]),
    ("Although Tindra objected, Velmar's regulator blocked the merger.", [("Tindra", False), ("Velmar", True)]),
])
def test_a_fronted_subordinate_clause_ends_at_its_comma(text, expected):
    assert [(n, a) for n, a, _ in names(text, ["regulator", "blocked"], ["Tindra", "Velmar"])] == expected


# ------------------------------------------------------------------ issue 12 §1.8: speakers

@pytest.mark.parametrize("text, about, named, expected", [
    # the source of what is said is not a party to it
    ("According to Smith, Coast Guard crews deployed at dawn.", ["Smith"], ["Coast Guard"], [("Coast Guard", False, "speaker")]),
    ("“The search is not over,” the harbour master Ingrid Dahl told reporters.", ["search"], ["Ingrid Dahl"],
     [("Ingrid Dahl", False, "speaker")]),
    ("According to the coast guard, Alpha Line operates the ferry.", ["operates"], ["Alpha Line", "coast guard"],
     [("coast guard", False, "speaker"), ("Alpha Line", True, "name_clause")]),
    # a title of the speaker's own is still hers; a first-person quotation is the speaker's act
    ("Rescue chief Ingrid Dahl said the divers were safe.", ["rescue chief"], ["Ingrid Dahl"], [("Ingrid Dahl", True, "titled_name")]),
    ("“We decided to close the port,” Ingrid Dahl said on Tuesday.", ["port"], ["Ingrid Dahl"], [("Ingrid Dahl", True, "name_clause")]),
    ("According to the head of the agency, Anna Novak, the cost was high.", ["head of the agency"], ["Anna Novak"],
     [("Anna Novak", True, "named_in_apposition")]),
    # a former head is a past holder (former_holder), not the source's current title
    ("According to the former head of the agency, Anna Novak, the cost was high.", ["head of the agency"], ["Anna Novak"],
     [("Anna Novak", False, "former_holder")]),
])
def test_speaker(text, about, named, expected):
    assert names(text, about, named) == expected


@pytest.mark.parametrize("text, about, expected", [
    # a bracket holding a short gloss is in apposition to the word before it: no clause boundary
    ("The port authority (Velmar Harbour Board) kept the quay shut for 12 days.", ["Velmar Harbour Board"], True),
    ("The “Iron” (Steel Town) mayor led the search for the 11 miners.", ["Steel Town"], True),
    # a bracket holding a clause of its own still cuts
    ("The quay was shut (it reopened after 3 days) by the harbour board.", ["quay"], False),
])
def test_a_bracketed_gloss_cuts_no_clause(text, about, expected):
    (found,) = values(text, about, "number")
    assert found[1] is expected


@pytest.mark.parametrize("text, about, expected", [
    ("The bridge has a length of 300 m and a width of 48 m.", ["bridge", "length"],
     [("300", True, "dimension_of"), ("48", False, "dimension_of")]),
    ("The bridge has a length of 300 m and a width of 48 m.", ["bridge", "width"],
     [("300", False, "dimension_of"), ("48", True, "dimension_of")]),
    ("The new bridge has a height of 40 m.", ["bridge"], [("40", True, "value_clause")]),  # no dimension asked
])
def test_dimension_of(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    # after/before/until before a noun phrase is a preposition: its phrase stays in the clause
    ("The climbers went missing after a training walk on 4 May 2021.", ["missing"], True),
    ("The road has been closed since 5 January 2021.", ["closed"], True),
    ("The road has been closed to lorries by the council since 5 January 2021.", ["closed"], True),
    # with a verb of its own it opens a clause
    ("The road was closed after the council voted on 5 January 2021.", ["closed"], False),
    # "since" after a superlative or a first states where a span starts
    ("Turnout was the lowest since 2001.", ["turnout"], False),
    ("Lind became the first Green mayor since 2010 after the vote.", ["vote"], False),
])
def test_a_preposition_is_not_a_subordinator(text, about, expected):
    (found,) = values(text, about, "date")
    assert found[1] is expected


def places(text: str, about: list[str], named: list[str]) -> list[tuple[str, bool, str]]:
    from checks.attribution import attach_place
    an, hits = _read(text, about)
    return [(h.term.text, d.attached, d.rule)
            for h in find(an.words, text, compile_terms(named)) for d in [attach_place(an, h, hits)]]


@pytest.mark.parametrize("text, named, expected", [
    # a place name is no title: an apposition or an of-phrase places one place in another
    ("The quarry lies in Aske, Velmar province.", ["Velmar province"], [("Velmar province", True, "name_clause")]),
    ("Divers entered the quarry in the Aske district of Velmar province on Friday.", ["Aske district"],
     [("Aske district", True, "name_clause")]),
    ("Divers entered the quarry in Velmar province Sunday.", ["Velmar province"], [("Velmar province", True, "name_clause")]),
    ("The quarry is owned by a firm; Brenna lies far to the south.", ["Brenna"], [("Brenna", False, "name_clause")]),
])
def test_places_are_not_titles(text, named, expected):
    assert places(text, ["quarry"], named) == expected


@pytest.mark.parametrize("text, about, named, expected", [
    # a place set off right after a person's name is where that person is from or whom they represent
    ("Rep. Olle Dahl, R-Vel., moved to remove Lind as chair on Monday.", ["Lind"], ["R-Vel."],
     [("R-Vel.", False, "person_place")]),
    ("Olle Dahl (R-VL) filed the motion to remove Lind.", ["Lind"], ["R-VL"], [("R-VL", False, "person_place")]),
    ("Voters ousted Rep. Anna Lind, R-Vel., as chair.", ["Anna Lind"], ["R-Vel."], [("R-Vel.", True, "person_place")]),
    ("the chair of the House Anna Lind (D-AS) lost the vote", ["Anna Lind"], ["D-AS"], [("D-AS", True, "person_place")]),
    ("Sen. Anna Lind, of Velmar, backed the mine.", ["mine"], ["Velmar"], [("Velmar", False, "person_place")]),
    # no title and no party-and-state label: the apposition places one place in another
    ("The mine in Orsk, Tindra, collapsed.", ["mine"], ["Tindra"], [("Tindra", True, "name_clause")]),
    ("The plane crashed at Aske Airport, Velmar, on Monday.", ["crashed"], ["Velmar"], [("Velmar", True, "name_clause")]),
])
def test_a_place_after_a_persons_name_is_that_persons(text, about, named, expected):
    assert places(text, about, named) == expected


@pytest.mark.parametrize("text, named, expected", [
    # when the term is a named noun, a name of another noun is that noun's
    ("Tugs freed the Alba tanker and the Brise barge on Monday.", ["Alba tanker", "Brise barge"],
     [("Alba tanker", True, "named_noun"), ("Brise barge", False, "named_noun")]),
    ("Tugs freed the tanker (Alba) and the barge (Brise).", ["Alba", "Brise"],
     [("Alba", True, "named_noun"), ("Brise", False, "named_noun")]),
    ("The Alba tanker ran aground and the Brise Barge was freed.", ["Brise barge"], [("Brise barge", False, "named_noun")]),
    # a term that names no noun leaves names to the other rules
    ("The tanker was freed by the Alba Line crew.", ["Alba Line"], [("Alba Line", True, "name_clause")]),
])
def test_named_noun(text, named, expected):
    assert names(text, ["tanker"], named) == expected


@pytest.mark.parametrize("text, expected", [
    ("The search went on for a week, ending on 9 May 2021 when the divers reached the climbers.", [("9 May 2021", True, "date_when")]),
    ("The search ended on 9 May 2021, when the divers reached the climbers.", [("9 May 2021", True, "date_when")]),
    ("The divers reached the climbers when the search ended on 9 May 2021.", [("9 May 2021", False, "value_clause")]),
])
def test_date_when(text, expected):
    assert values(text, ["reached"], "date") == expected


# ------------------------------------------------------------------ issue 12 §1.2: compound participle adjectives

@pytest.mark.parametrize("text, about, expected", [
    # each name belongs to its own participle: "Greek-owned" says who owns, nothing about the flag
    ("The Greek-owned, Danish-operated, Liberia-flagged tanker ran aground.", ["flagged"],
     [("Greek", False, "compound_participle"), ("Danish", False, "compound_participle"),
      ("Liberia", True, "compound_participle")]),
    ("The Greek-owned, Danish-operated, Liberia-flagged tanker ran aground.", ["owned"],
     [("Greek", True, "compound_participle"), ("Danish", False, "compound_participle"),
      ("Liberia", False, "compound_participle")]),
    ("The Greek-owned tanker was later flagged in Panama.", ["flagged"], [("Greek", False, "compound_participle")]),
    # with the noun as the term, the compound describes it and other rules decide
    ("The Velmar-brokered truce held.", ["truce"], [("Velmar", True, "name_clause")]),
])
def test_compound_participle(text, about, expected):
    assert names(text, about, ["Greek", "Danish", "Liberia", "Velmar"]) == expected


# ------------------------------------------------------------------ issue 12 §1.6: clefts, shared relative clauses

@pytest.mark.parametrize("text, about, expected", [
    # in a cleft the date belongs to the clause after "that"
    ("It was not until 3 June 2021 that the barge was freed.", ["freed"], [("3 June 2021", True, "cleft")]),
    ("It was on 3 June 2021 that the barge was freed.", ["freed"], [("3 June 2021", True, "cleft")]),
    # a date inside the clefted clause keeps its own verb
    ("It was not until 3 June 2021 that the barge, which ran aground on 23 May 2021, was freed.", ["aground"],
     [("3 June 2021", False, "cleft"), ("23 May 2021", True, "value_clause")]),
])
def test_cleft(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, expected", [
    # the term and the date share the relative clause: they go together
    ("The strikers, who have closed the quay since 5 January 2021, said they would stay.", True),
    ("The strikers, who have been on the quay since 5 January 2021, said they would stay.", True),
    # a relative clause that is not the term's keeps its date
    ("The strikers met the mayor, who has led the town since 5 January 2021.", False),
])
def test_a_relative_clause_shared_by_term_and_date(text, expected):
    (found,) = values(text, ["strikers"], "date")
    assert found[1] is expected


# ------------------------------------------------------------------ issue 12 §1.7: names are not titles

@pytest.mark.parametrize("text, about, named, expected", [
    # a company's name goes on past its suffix: no person follows it
    ("The tanker was built by Northwind Ocean Private Ltd in 2019.", ["tanker"], ["Northwind Ocean"],
     [("Northwind Ocean", True, "name_clause")]),
    ("The tanker was built by Alpha Marine Pte Ltd.", ["built"], ["Alpha Marine"], [("Alpha Marine", True, "name_clause")]),
    ("The tanker was built by Beta Corp. in 2019.", ["tanker"], ["Beta"], [("Beta", True, "name_clause")]),
    # a lower-case title with its country, and a name in apposition: that person's title
    ("The president of Ruritania, Anna Novak, visited the port.", ["Anna Novak"], ["president"],
     [("president", True, "title_before_apposition")]),
    ("Ole Berg met the prime minister of Ruritania, Anna Novak, on Monday.", ["Ole Berg"], ["prime minister"],
     [("prime minister", False, "title_before_apposition")]),
])
def test_names_are_not_titles(text, about, named, expected):
    assert names(text, about, named) == expected


# ------------------------------------------------------------------ a date after "for" is the time set for a noun

@pytest.mark.parametrize("text, about, expected", [
    # "for DATE" after a noun: the time set for that noun's event, not the verb's
    ("Premier Holm called a snap vote for 9 October 2022.", ["vote"], [("9 October 2022", True, "target_date")]),
    ("Premier Holm called a snap vote for 9 October 2022.", ["called"], [("9 October 2022", False, "target_date")]),
    ("The court set a hearing for 3 May 2021.", ["hearing"], [("3 May 2021", True, "target_date")]),
    # the noun has its own date, so the clause's other date goes to the verb
    ("Premier Holm on 2 September 2022 called a vote for 9 October 2022.", ["vote"],
     [("2 September 2022", False, "target_date"), ("9 October 2022", True, "target_date")]),
    ("Premier Holm on 2 September 2022 called a vote for 9 October 2022.", ["called"],
     [("2 September 2022", True, "value_clause"), ("9 October 2022", False, "target_date")]),
    ("Premier Holm called a vote on 2 September 2022 for 9 October 2022.", ["called"],
     [("2 September 2022", True, "value_clause"), ("9 October 2022", False, "target_date")]),
    # a participle of scheduling before "for": the date planned, attached loosely
    ("The summit was scheduled for 9 May 2022.", ["summit"], [("9 May 2022", True, "target_date")]),
    # another verb governing "for" is no event noun: the clause decides
    ("The strikers waited for 9 May 2022.", ["strikers"], [("9 May 2022", True, "value_clause")]),
])
def test_a_date_after_for_is_the_time_set_for_the_noun(text, about, expected):
    assert values(text, about, "date") == expected


def test_instead_of_opens_the_alternative_not_taken():
    (found,) = values("The mayor called a spring vote instead of waiting for the autumn of 2022.", ["vote"], "date")
    assert found[1] is False


# ------------------------------------------------------------------ issue 12 §1: an infinitive of purpose is an intended act

@pytest.mark.parametrize("text, about, expected", [
    # the date dates the main verb or noun; the infinitive's act is only intended
    ("The agency in March 2021 sued to block the merger.", ["block"], [("March 2021", False, "intended_act")]),
    ("The agency sued on 3 March 2021 to block the merger.", ["block"], [("3 March 2021", False, "intended_act")]),
    ("The agency sued to block the merger on 3 March 2021.", ["block"], [("3 March 2021", False, "intended_act")]),
    ("It follows a failed effort in 2019 to land a probe on the comet.", ["land"], [("2019", False, "intended_act")]),
    ("The firm aims in 2021 to successfully land a probe.", ["land"], [("2021", True, "value_clause")]),
    # a word that shares its infinitive's time keeps the date with it
    ("The merger is set to close on 13 October 2021.", ["close"], [("13 October 2021", True, "value_clause")]),
    ("The regulator decided on 26 April 2021 to block the merger.", ["block"], [("26 April 2021", True, "value_clause")]),
    ("The ship began to sink on 3 May 2021.", ["sink"], [("3 May 2021", True, "value_clause")]),
    # a noun's intended act may carry its own planned date
    ("Its bid to land on 23 August 2021 drew crowds.", ["land"], [("23 August 2021", True, "value_clause")]),
    # ... but a try that failed did not happen when its infinitive says: the date is the try's
    ("The first attempt to land the probe on 23 August 2021 failed.", ["land"],
     [("23 August 2021", False, "intended_act")]),
    ("A failed bid to land on 23 August 2021 drew crowds.", ["land"], [("23 August 2021", False, "intended_act")]),
    # ... nor does a proposal a past verb puts forward: the date is the putting forward
    ("Dahl introduced the motion to remove Lind as chair on 3 May 2021.", ["remove"],
     [("3 May 2021", False, "intended_act")]),
    ("Dahl filed a petition to oust Lind on 3 May 2021.", ["oust"], [("3 May 2021", False, "intended_act")]),
    # ... unless the verb enacts it
    ("The council passed a motion to remove Lind on 3 May 2021.", ["remove"], [("3 May 2021", True, "value_clause")]),
    # a term outside the infinitive still takes the date
    ("The court blocked the merger on 3 March 2021, and the agency sued to block it.", ["blocked", "block"],
     [("3 March 2021", True, "value_clause")]),
])
def test_an_infinitive_of_purpose_is_an_intended_act(text, about, expected):
    assert values(text, about, "date") == expected


# ------------------------------------------------------------------ issue 12: "A and B, respectively"

@pytest.mark.parametrize("text, about, named, expected", [
    # values listed against subjects listed pair in order
    ("Alpha Line and Beta Shipping are based in Aske and Velmar, respectively.", ["Beta Shipping"], ["Aske", "Velmar"],
     [("Aske", False, "respectively"), ("Velmar", True, "respectively")]),
    ("Alpha Line, Beta Shipping and Gamma Ferries are based in Aske, Velmar and Tindra, respectively.", ["Alpha Line"],
     ["Aske", "Velmar", "Tindra"], [("Aske", True, "respectively"), ("Velmar", False, "respectively"),
                                    ("Tindra", False, "respectively")]),
    ("Anna Berg and Ole Lind are chief executive and chairman, respectively.", ["Ole Lind"],
     ["chief executive", "chairman"], [("chief executive", False, "respectively"), ("chairman", True, "respectively")]),
    # no subjects listed to pair with: no value is said of one subject alone
    ("With its two units based in Aske and Velmar, respectively, Norland is a giant.", ["Norland"], ["Aske", "Velmar"],
     [("Aske", False, "respectively"), ("Velmar", False, "respectively")]),
    # no "respectively": the clause decides
    ("Norland is based in Aske and Velmar.", ["Norland"], ["Velmar"], [("Velmar", True, "name_clause")]),
])
def test_respectively_pairs_values_with_subjects_in_order(text, about, named, expected):
    assert names(text, about, named) == expected


# ------------------------------------------------------------------ a trailing participle takes the main clause's subject

@pytest.mark.parametrize("text, about, expected", [
    ("The Greens suffered their worst defeat since the party's founding in 1901, winning only 37 seats.", ["Greens"],
     [("37", True, "value_clause")]),
    ("In the end, the Greens lost ground after the scandal broke, winning only 37 seats.", ["Greens"],
     [("37", True, "value_clause")]),
    # a main clause of its own between them: the participle says more of the nearer one
    ("The Greens lost ground, and the Reds gained, winning 37 seats.", ["Greens"], [("37", False, "value_clause")]),
])
def test_a_trailing_participle_takes_the_main_clause_subject(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, kind, expected", [
    # ", with" and a noun phrase says more of the clause before: its numbers go with the main clause's terms
    ("The ferry sank off Aske, with 40 people dead.", "number", [("40", True, "value_clause")]),
    ("The ferry sank off Aske, with eight crew members swimming ashore.", "number", [("eight", True, "value_clause")]),
    # its own -ing verb's phrase tells of its own act and time (an absolute clause)
    ("An inquiry opened into how the ferry sank, with divers searching the wreck on 3 May.", "date",
     [("3 May", False, "value_clause")]),
    ("The ferry sank on 3 May, with 40 people on board.", "date", [("3 May", True, "value_clause")]),
])
def test_an_absolute_with_clause_keeps_its_verb_phrase(text, kind, expected):
    assert values(text, ["sank"], kind) == expected


# ------------------------------------------------------------------ a bracket holding only a measure

@pytest.mark.parametrize("text, about, expected", [
    ("The probe comprises a module (weighing 2,148 kg), a lander (1,724 kg) and a rover (26 kg), the agency said.",
     ["lander"], [("2,148", False, "bracketed_measure"), ("1,724", True, "bracketed_measure"),
                  ("26", False, "bracketed_measure")]),
    ("The rover (about 26 kg) landed first.", ["rover"], [("26", True, "bracketed_measure")]),
])
def test_a_bracketed_measure_measures_the_noun_before_it(text, about, expected):
    assert values(text, about, "number") == expected


# ------------------------------------------------------------------ temporal "as" with a subject and verb opens a clause

@pytest.mark.parametrize("text, about, attached", [
    ("The probe broke apart on 3 May as it was preparing to attempt a landing.", ["landing"], False),
    ("The ferry sank on 3 May as the crew watched from the quay.", ["crew"], False),
    ("The probe broke apart on 3 May as it was preparing to attempt a landing.", ["broke apart"], True),
    # no subject and verb after "as": no clause
    ("The probe served as the agency's first lander on 3 May.", ["lander"], True),
    ("As a result the landing was moved to 3 May.", ["landing"], True),
])
def test_temporal_as_with_subject_and_verb_opens_a_clause(text, about, attached):
    assert values(text, about, "date") == [("3 May", attached, "value_clause")]


# ------------------------------------------------------------------ an opening phrase covers the main clause past a subordinate aside

@pytest.mark.parametrize("text, about, attached", [
    ("On 2 May, two days after the ferry sank, divers found the wreck.", ["found"], True),
    ("On 2 May, two days after the ferry sank, divers found the wreck.", ["sank"], False),
    ("On 2 May, when the tide turned, the ferry was refloated.", ["refloated"], True),
    ("On 2 May, the ferry was refloated.", ["refloated"], True),
])
def test_an_opening_phrase_covers_the_main_clause_past_a_subordinate_aside(text, about, attached):
    # a term inside the after-clause is another event (temporal_relation); otherwise the clause decides
    assert values(text, about, "date") == [("2 May", attached, "value_clause" if attached else "temporal_relation")]


@pytest.mark.parametrize("text, about, attached", [
    # a participle between a determiner and a noun describes the noun; the date is the clause verb's
    ("Divers reached the stranded crew on 2 May.", ["stranded"], False),
    ("Tugs pulled its damaged hull clear on 2 May.", ["damaged"], False),
    ("The crew was stranded on 2 May.", ["stranded"], True),
    ("Divers reached the stranded crew on 2 May.", ["reached", "stranded"], True),
])
def test_an_attributive_participle_is_not_the_clause_event(text, about, attached):
    assert values(text, about, "date") == [("2 May", attached, "value_clause")]


# ------------------------------------------------------------------ a relative clause after the counted noun describes what is counted

@pytest.mark.parametrize("text, expected", [
    ("The 12 sailors who were rescued on Sunday are recovering in hospital after a long time at sea with no food.",
     [("12", True, "counted_relative")]),
    ("The 12 young sailors that were stranded on the reef are safe.", [("12", True, "counted_relative")]),
    # past an apposition and a coordinated noun: a non-restrictive clause describes them all
    ("Rescuers reached the 12 sailors, ages 19-40, and their captain, who were stranded on the reef.",
     [("12", True, "counted_relative"), ("19-40", False, "value_clause")]),
    # a restrictive clause after a coordinated noun describes that noun only
    ("Rescuers reached 12 sailors and a captain who was stranded on the reef.", [("12", False, "value_clause")]),
    ("Rescuers reached 12 sailors after the captain who was stranded on the reef had radioed.",
     [("12", False, "temporal_relation")]),
    # a relative clause that denies the term of them: they are not what the term counts
    ("Officials believe all 40 sailors, who could not be rescued, died.", [("40", False, "counted_relative")]),
    ("The 12 sailors who weren't rescued are missing.", [("12", False, "counted_relative")]),
])
def test_a_relative_clause_after_the_counted_noun_describes_it(text, expected):
    assert values(text, ["stranded", "rescued"], "number") == expected


# ------------------------------------------------------------------ the speaker's own act after the reporting verb

@pytest.mark.parametrize("text, expected", [
    ('"The search goes on," Anna Novak said as she watched from the quay.', [("Anna Novak", True, "speaker")]),
    ('"The search goes on," Anna Novak told reporters while she watched from the quay.', [("Anna Novak", True, "speaker")]),
    # another subject in the clause: the speaker is still only the source
    ('"The search goes on," Anna Novak said as the divers watched from the quay.', [("Anna Novak", False, "speaker")]),
])
def test_a_clause_after_the_reporting_verb_with_a_pronoun_subject_is_the_speakers_act(text, expected):
    assert names(text, ["watched"], ["Anna Novak"]) == expected


@pytest.mark.parametrize("text, about, attached", [
    # an opening phrase covers the clauses coordinated by "and" after it, not a subordinate one
    ("On 2 May, the ferry ran aground, and the crew were rescued by helicopter.", ["rescued"], True),
    ("On 2 May, the ferry ran aground, and its passengers and their guide became stranded on deck.", ["stranded"], True),
    ("On 2 May, the ferry ran aground, but the crew were rescued later.", ["rescued"], False),
    ("On 2 May, the ferry ran aground after the crew were rescued.", ["rescued"], False),
    # ... and a when-clause right after the clause it covers: it tells what happened at that time
    ("On 2 May, the rally turned tragic when shots were fired.", ["fired"], True),
    # an opening phrase after a dateline is one too
    ("ASKE, Velmar – On 2 May, the rally turned tragic when shots were fired.", ["fired"], True),
    ("ASKE, Velmar – On 2 May, the ferry ran aground, but the crew were rescued later.", ["rescued"], False),
])
def test_an_opening_phrase_covers_clauses_coordinated_by_and(text, about, attached):
    after = "after" in text.split(about[0])[0]  # a term inside an after-clause is another event (temporal_relation)
    assert values(text, about, "date") == [("2 May", attached, "temporal_relation" if after else "value_clause")]


def test_every_rule_explain_names_is_explained_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## How values are attributed"):]
    section = section[: section.index("\n## ", 3)]
    missing = [r.__name__ for r in VALUE_RULES + NAME_RULES + PLACE_RULES if f"`{r.__name__}`" not in section]
    assert missing == []


def test_a_sentence_read_by_the_rules_gives_the_same_decisions_again_and_still_pickles():
    """Readings of the sentence alone are worked out once and kept with it (per_sentence): asking again, for
    another value or fact, decides the same, and the sentence still travels to another process."""
    import pickle
    text = "Anna Orsk said the ferry sank on 3 May, two days after another storm hit Aske."
    an, hits = _read(text, ["ferry"])
    found = list(dates(text))
    first = [attach_value(an, m, hits) for m in found]
    assert [attach_value(an, m, hits) for m in found] == first
    assert an.memo  # the speakers, relation phrases... were kept
    again = pickle.loads(pickle.dumps(an))
    assert [attach_value(again, m, hits) for m in found] == first


@pytest.mark.parametrize("text, about, expected", [
    # a number added to an earlier one is the addition, neither the first sum nor the total
    ("The cabinet will extend an additional 100 billion yen from reserves.", ["extend"],
     [("100 billion yen", False, "added_amount")]),
    ("A further 50 deaths were confirmed on Sunday.", ["deaths"], [("50", False, "added_amount")]),
    ("Officials found an extra $5 million in the fund.", ["fund"], [("$5 million", False, "added_amount")]),
    ("The airline cut another 39 jobs in July.", ["jobs"], [("39", True, "added_amount")]),  # loosely: see below
    # "another" before a noun is another instance, not an addition ("another 39" only)
    ("The airline cut 39 jobs at another site.", ["jobs"], [("39", True, "value_clause")]),
    # a number before "new" may count only the latest additions: attached loosely (see the next test)
    ("Officials reported 4 new cases on Monday.", ["cases"], [("4", True, "added_amount")]),
    ("Officials reported 4 new cases on Monday.", ["new cases"], [("4", True, "value_clause")]),
    # without such words the clause decides
    ("The cabinet will extend 100 billion yen from reserves.", ["extend"], [("100 billion yen", True, "value_clause")]),
])
def test_added_amount(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, expected", [
    # a number after a name coordinated with another counts what the two did together
    ("Anna Dahl and Ole Berg put on a stand of 192 runs.", [("192", False, "joint_subject")]),
    ("Ole Berg and Dahl shared a stand of 192 runs.", [("192", False, "joint_subject")]),
    # the name alone, or each with their own number
    ("Dahl scored 137 runs.", [("137", True, "value_clause")]),
    ("Dahl and Ole Berg scored 137 and 58 runs respectively.", [("137", True, "respective_value"),
                                                                ("58", False, "respective_value")]),
])
def test_joint_subject(text, expected):
    assert values(text, ["Dahl"], "number") == expected


def test_joint_subject_past_a_bracket():
    found = values("Dahl (137) and Ole Berg (58 not out) sealed it with a 192-run stand.", ["Dahl"], "number")
    assert found[-1] == ("192", False, "joint_subject")


@pytest.mark.parametrize("text, expected", [
    # a penalty the law allows or someone risks is attached loosely: no sentence imposed (a range is set aside: a
    # value inside it would agree by containment)
    ("The charge carries a sentence of seven to 12 years in prison.", ("seven to 12", False, "possible_penalty")),
    ("The offence is punishable by up to 20 years in prison.", ("20", True, "possible_penalty")),
    ("He faces a maximum sentence of 110 years in prison.", ("110", True, "possible_penalty")),
    # the sentence imposed
    ("The court sentenced him to 21 years in prison.", ("21", True, "value_clause")),
    ("He faced 21 charges in court.", ("21", True, "value_clause")),
])
def test_possible_penalty(text, expected):
    assert values(text, ["prison", "sentence", "sentenced", "court"], "number")[0] == expected
    an, hits = _read(text, ["prison", "sentence", "sentenced", "court"])
    decision = attach_value(an, list(numbers(text))[0], hits)
    assert ("may be given" in (decision.weak or decision.why)) == (expected[2] == "possible_penalty")


@pytest.mark.parametrize("text, expected", [
    # the subject or by-agent of a verb of being present at the event watched or hosted it: no party to it
    ("President Anna Dahl also attended the signing.", [("Anna Dahl", False, "witness")]),
    ("The signing was witnessed by Anna Dahl.", [("Anna Dahl", False, "witness")]),
    # the one who signs
    ("Anna Dahl signed the accord.", [("Anna Dahl", True, "name_clause")]),
])
def test_witness(text, expected):
    assert names(text, ["signing", "signed", "signs"], ["Anna Dahl"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a name joined by "and" to a noun phrase headed by a term is another party beside it
    ("Velmar Air and a major supplier are grappling with quality problems.", [("Velmar Air", False, "coordinate")]),
    ("The supplier and Velmar Air face an inquiry.", [("Velmar Air", False, "coordinate")]),
    # the term as the name's holder
    ("The supplier, Velmar Air, faces an inquiry.", [("Velmar Air", True, "name_clause")]),
])
def test_coordinate(text, expected):
    assert names(text, ["supplier"], ["Velmar Air"]) == expected


def test_a_count_of_new_ones_is_attached_loosely():
    an, hits = _read("Officials reported 4 new cases on Monday.", ["cases"])
    decision = attach_value(an, list(numbers(an.sentence.text))[0], hits)
    assert decision.attached and "latest additions" in decision.weak


@pytest.mark.parametrize("text, about, expected", [
    # a name in brackets right after a title holds it
    ('"We came for the chief of staff (Dahl) and Orsk," he said.', ["Orsk"], [("chief of staff", False, "bracketed_holder")]),
    ('"We came for the chief of staff (Dahl) and Orsk," he said.', ["Dahl"], [("chief of staff", True, "bracketed_holder")]),
    # a bracket holding no name: the other rules decide
    ("Orsk, the chief of staff (since 2019), spoke.", ["Orsk"], [("chief of staff", True, "title_in_apposition")]),
])
def test_bracketed_holder(text, about, expected):
    assert names(text, about, ["chief of staff"]) == expected


@pytest.mark.parametrize("text, about, expected", [
    # a chain of place names inside a relative clause ("Athens, Greece,") does not end it
    ("The games, which were held outdoors for the first time since the games began in Aske, Velmar, in 1896, ended.",
     ["held"], [("1896", False, "compared_with")]),
    # a name after the relative clause's comma, followed by its verb, is the main clause's
    ("The mayor, who was elected in Aske on 3 May 2023, Orsk resigned.", ["resigned"],
     [("3 May 2023", False, "value_clause")]),
])
def test_a_chain_of_names_stays_in_its_clause(text, about, expected):
    assert values(text, about, "date") == expected
