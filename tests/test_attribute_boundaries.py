"""What is and is not a clause boundary, and dates that time a status (issue 12, stories nobody tuned to).
Invented sentences and names only."""

import pytest

from tests.test_attribute import values
from tests.test_attribute_relations import places


@pytest.mark.parametrize("text", [
    # a colon between digits is a clock time or a score, not a break before what follows
    "The Aster rocket lifted off at 7:20 a.m. local time from a pad in Velmar.",
    "The Aster rocket lifted off at 19:05 from a pad in Velmar.",
])
def test_a_clock_time_cuts_no_clause(text):
    assert places(text, ["lifted off"], ["Velmar"]) == [("Velmar", True, "name_clause")]


def test_a_colon_between_words_still_cuts():
    assert places("The Aster rocket lifted off: crowds in Velmar cheered.", ["lifted off"], ["Velmar"]) == [
        ("Velmar", False, "name_clause")]


@pytest.mark.parametrize("text, expected", [
    # "States" in a name is no reporting verb ("states"): the date stays in the clause of "released"
    ("Northwind released the Aster phone in the United States on 2 February 2024.", True),
    ("Northwind released the Aster phone in the Gulf States on 2 February 2024.", True),
    # the lower-case verb still opens the reported clause
    ("Northwind released a statement, and the report states the phone sold out on 2 February 2024.", False),
])
def test_a_capitalised_verb_inside_a_name_opens_nothing(text, expected):
    (found,) = values(text, ["released"], "date")
    assert found[1] is expected


def test_a_title_case_headline_keeps_its_verbs():
    # in a headline every word is capitalised, so capitals say nothing: "Says" opens the reported clause
    (found,) = values("Northwind Says Aster Phone Sold Out On 2 February 2024", ["Northwind"], "date")
    assert found[1] is False


def test_square_brackets_are_an_editors_insertion_read_in_line():
    text = 'She said: "I think [with the chief engineer] Anna Orsk we really tried."'
    assert places(text, ["Anna Orsk"], ["chief engineer"]) == [("chief engineer", True, "name_clause")]


@pytest.mark.parametrize("text, expected", [
    # "that" after a verb of saying opens what is said, not a relative clause describing the verb
    ("Northwind revealed that the Aster phone would go on sale on 2 February 2024.", False),
    ("Northwind announced that the Aster phone would go on sale on 2 February 2024.", False),
    # after a noun it is a relative clause describing the noun
    ("It was the phone that Northwind revealed on 2 February 2024.", True),
])
def test_that_after_a_verb_of_saying_is_no_relative_clause(text, expected):
    found = [f for f in values(text, ["revealed", "announced"], "date")]
    assert found[-1][1] is expected


@pytest.mark.parametrize("text, about, expected", [
    # a date after "as of" in a sentence stating a figure is when the figure was reported
    ("The Aske fire was 90% contained as of the latest county update at about 9:30 p.m. on 3 May 2021.", ["fire"],
     [("3 May 2021", False, "status_time")]),
    ("As of 3 May 2021, 40 people had died in the flood.", ["flood"], [("3 May 2021", False, "status_time")]),
    # a term inside the as-of phrase is what it dates
    ("The toll stood at 40 as of the county update on 3 May 2021.", ["update"], [("3 May 2021", True, "status_time")]),
    # no figure: "as of" is when something takes effect, and the clause rule decides
    ("As of 3 May 2021, the ban applies to all ferries.", ["ban"], [("3 May 2021", True, "value_clause")]),
])
def test_status_time(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a subordinator with only a preposition's phrase after it shares the main clause's subject and time
    ("The sailor's death while in custody on a Velmar street was filmed.", True),
    ("The sailor died while in custody in Velmar.", True),
    ("The sailor died once aboard the ferry in Velmar.", True),
    # with a subject and verb of its own it is a clause: the place is where that happened
    ("The sailor died while his brother was in Velmar.", False),
])
def test_a_reduced_clause_shares_the_main_clause(text, expected):
    (found,) = places(text, ["death", "died"], ["Velmar"])
    assert found[1] is expected


@pytest.mark.parametrize("text, expected", [
    # "and", a determiner, nouns and a verb start a clause of their own: the backup slot's date is not the window's
    ("The launch window is at 10:21 p.m. and a backup slot is available on 24 November 2021.", False),
    ("The ferry sank on 3 May 2021 and the crew were rescued on 24 November 2021.", False),
    # "and" between two nouns of one subject is no new clause
    ("The launch window and the backup slot were set on 24 November 2021.", True),
])
def test_and_with_a_new_subject_opens_a_clause(text, expected):
    found = values(text, ["launch window", "sank"], "date")
    assert found[-1][1] is expected


@pytest.mark.parametrize("text, about, expected", [
    # a date after a naming verb and "as" is what is named: the subject's, not the naming's
    ("The referendum date was announced as 14 October 2023.", ["announced"], [("14 October 2023", False, "named_as")]),
    ("The referendum date was announced as 14 October 2023.", ["referendum date"], [("14 October 2023", True, "named_as")]),
    # what a present "announce" introduces is what is said, not when
    ("Today I announce that referendum day will be 14 October 2023.", ["announce"],
     [("14 October 2023", False, "announced_act")]),
])
def test_named_as(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a date after "dating from" tells how old the thing is, not when the event happened
    ("The thieves made off with eight jewels dating from the 19th century on 3 May 2021.", ["made off"],
     [("the 19th century", False, "dating_from"), ("3 May 2021", True, "value_clause")]),
    ("The charter, dating back to 1901, was stolen.", ["charter"], [("1901", True, "dating_from")]),
    ("A feud that dates back to 1901 flared again.", ["flared"], [("1901", False, "dating_from")]),
])
def test_dating_from(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a clause that says the event went on gives a time it was under way, not when it happened
    ("The fire continued to rage on 7 May 2014, hindering rescue efforts.", ["fire"], [("7 May 2014", False, "ongoing")]),
    ("The fire was still burning on 7 May 2014.", ["fire"], [("7 May 2014", False, "ongoing")]),
    ("The drama series continues at 9pm on 3 January 2024 on ITV1.", ["drama series"],
     [("3 January 2024", False, "ongoing")]),
    # "continued" as an adjective ("continued support") says nothing of going on
    ("The drama series won continued support on 3 January 2024.", ["drama series"],
     [("3 January 2024", True, "value_clause")]),
    ("The fire broke out on 6 May 2014.", ["fire"], [("6 May 2014", True, "value_clause")]),
    # a date after until is its end, not when it went on: attached, loosely (span_end)
    ("The strike continued until 9 May 2014.", ["strike"], [("9 May 2014", True, "span_end")]),
    # so does an adjective of going on right before every term of the clause
    ("Pickets gathered during an ongoing strike in Aske on 23 October 2024.", ["strike"],
     [("23 October 2024", False, "ongoing")]),
    ("Pickets gathered as the strike began in Aske on 23 October 2024.", ["strike"],
     [("23 October 2024", True, "value_clause")]),
])
def test_ongoing(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a term modifying a noun that is about it ("the disaster case") is only that noun's topic: the date is the noun's
    ("A court on 16 June 2021 ordered a new mine disaster inquiry.", ["mine disaster"],
     [("16 June 2021", False, "value_clause")]),
    # "vote", "case" are often the event itself
    ("The no-confidence vote was held on 3 May 2021.", ["no-confidence"], [("3 May 2021", True, "value_clause")]),
    ("The first mpox case was confirmed on 3 May 2021.", ["mpox"], [("3 May 2021", True, "value_clause")]),
    ("The crash investigation ended on 16 June 2021.", ["crash"], [("16 June 2021", False, "value_clause")]),
    # a noun that is the event itself takes the date
    ("The ceasefire agreement was signed on 9 November 2020.", ["ceasefire"], [("9 November 2020", True, "value_clause")]),
    # a term in the of-phrase of such a noun is its topic too
    ("Friday, 3 May 2024, marks the first anniversary of the landslide.", ["landslide"],
     [("3 May 2024", False, "value_clause")]),
    ("Crowds gathered on 9 May 2024 for the anniversary of the landslide.", ["landslide"],
     [("9 May 2024", False, "value_clause")]),
    # ... even with a bare time right after the term: it dates the anniversary ("their coronation today, ...")
    ("Crowds mark the first anniversary of the landslide today, Monday 9 May 2024.", ["landslide"],
     [("9 May 2024", False, "value_clause")]),
    # a phrase right after the term may qualify the term ("the investigation of the crash in Tver")
    ("The anniversary of the landslide of 9 May 2023 passed quietly.", ["landslide"],
     [("9 May 2023", True, "date_of")]),
])
def test_a_term_modifying_a_noun_about_it(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a participle right before a capitalised title or name describes the person (after a verb or a function word)
    ("Police arrested ousted Mayor Anna Novak on 15 January 2025.", ["ousted"],
     [("15 January 2025", False, "value_clause")]),
    ("The council heard from the impeached Governor Orsk on 3 May 2024.", ["impeached"],
     [("3 May 2024", False, "value_clause")]),
    # after its subject the participle is the clause's verb
    ("The council ousted Mayor Anna Novak on 15 January 2025.", ["ousted"], [("15 January 2025", True, "value_clause")]),
])
def test_a_participle_before_a_title_is_an_epithet(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a fraction's whole: set aside as a whole, unless the term names it
    ("The FBI recovered more than half of the $4.4 million ransom.", ["recovered"],
     [("$4.4 million", False, "part_of_whole")]),
    ("The FBI recovered more than half of the $4.4 million ransom.", ["ransom"],
     [("$4.4 million", True, "part_of_whole")]),
    # "a majority of 174" is the majority's size, no whole
    ("Labour won a majority of 174.", ["majority"], [("174", True, "value_clause")]),
])
def test_a_fractions_whole(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a bare year after a preposition modifies the noun after it, as headlines drop "the"
    ("Court hands out jail sentences over 2014 mine flood in Aske.", ["sentences"], [("2014", False, "date_modifier")]),
    ("Court hands out jail sentences over 2014 mine flood in Aske.", ["mine flood"],
     [("2014", True, "date_modifier")]),
])
def test_a_headline_year_before_a_noun(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a day before one or two nouns and their of-phrase modifies that noun phrase
    ("Image taken from 6 February drone footage of the derailment near Aske.", [("6 February", False, "date_modifier")]),
    # a verb after it: the date is the clause's
    ("On 6 February police closed the line after the derailment.", [("6 February", False, "temporal_relation")]),
    ("The derailment happened on 3 February near Aske.", [("3 February", True, "value_clause")]),
])
def test_a_day_before_a_noun_and_its_of_phrase(text, expected):
    assert values(text, ["derailment"], "date") == expected


def test_a_where_clause_set_off_by_commas_is_an_aside():
    text = "A manager of the mine in Aske, where the disaster struck in 2014, was handed a sentence on 3 May 2021."
    assert values(text, ["sentence"], "date") == [("2014", False, "value_clause"), ("3 May 2021", True, "value_clause")]


# ------------------------------------------------------------------ review counter-examples, pinned

@pytest.mark.parametrize("text, about, kind, expected", [
    ("Tenants of the 300 flats were evacuated.", ["flats"], "number", [("300", True, "value_clause")]),
    ("Still, the ferry sank on 3 May 2014 with 40 aboard.", ["ferry"], "date", [("3 May 2014", True, "value_clause")]),
    ("The crash on 3 May 2014 still haunts residents.", ["crash"], "date", [("3 May 2014", True, "value_clause")]),
    ("The phone went on sale at a suggested retail price of $3,499.", ["price"], "number",
     [("$3,499", True, "amount_of")]),  # the amount after "price of" is the price's
    ("The headset's recommended retail price is $3,499.", ["price"], "number", [("$3,499", True, "value_clause")]),
    ("Fatigue caused the crash, inspectors found on 6 June 2022 in their report.", ["crash"], "date",
     [("6 June 2022", False, "speaker")]),
    ("The merger took effect as of 1 July 2023, after regulators approved it on 12 June 2023.", ["merger"], "date",
     [("1 July 2023", True, "value_clause"), ("12 June 2023", False, "temporal_relation")]),
    ("Police on 3 May 2021 arrested the driver and the two men accused of helping him.", ["men"], "date",
     [("3 May 2021", True, "value_clause")]),
    ("The ferry was refitted in 2019, while in March 2021 it sank off Aske.", ["refitted"], "date",
     [("2019", True, "value_clause"), ("March 2021", False, "value_clause")]),
    ("From 2019 Lind served as mayor of Aske.", ["mayor"], "date", [("2019", True, "value_clause")]),
    ("Officials delayed the vote, moving the date to 14 October 2023.", ["moving"], "date",
     [("14 October 2023", True, "value_clause")]),
])
def test_review_counter_examples(text, about, kind, expected):
    assert values(text, about, kind) == expected


def test_a_complement_title_before_and_is_no_speakers():
    from tests.test_attribute import names
    assert names("Orsk was named Housing Minister and Novak said she welcomed it.", ["Housing Minister"],
                 ["Orsk", "Novak"]) == [("Orsk", True, "name_clause"), ("Novak", False, "speaker")]


def test_spans_of_time_are_no_sum():
    from checks.numbers import numbers
    found = numbers("He was sentenced to 20 years of prison and 5 years of probation.", [])
    assert [m.value for m in found] == [20, 5]


@pytest.mark.parametrize("term, text", [("defeated by", "Lind defeated Orsk by 300 votes."),
                                        ("passed by", "The bill passed Monday by 52 votes.")])
def test_no_name_skipped_before_a_function_word(term, text):
    from checks.match import compile_terms, find
    from checks.words import words
    assert find(words(text), text, compile_terms([term])) == []


@pytest.mark.parametrize("text, expected", [
    # a day right after a verb of saying is the verb's time, not the subject of a bare complement clause
    ("The ministry plans to announce May 3 2022 that divers have reached the wreck.", True),
    ("The ministry plans to announce on 3 May 2022 that divers have reached the wreck.", True),
    # a bare complement still opens its own clause ("confirmed [that] the divers were ...")
    ("The ministry confirmed the divers were safe, and on 3 May 2022 the wreck was raised.", False),
])
def test_a_day_after_a_verb_of_saying_is_its_time(text, expected):
    assert values(text, ["announce", "confirmed"], "date")[0][1] is expected


@pytest.mark.parametrize("text, about, expected", [
    # a passive verb of saying before a state or an infinitive reports what holds of the subject, in its clause
    ("More than 300 people were reported killed, including foreigners.", ["killed"], [("300", True, "value_clause")]),
    ("Twelve sailors were said to be missing after the storm.", ["missing"], [("Twelve", True, "value_clause")]),
])
def test_a_passive_report_of_a_state_stays_in_its_clause(text, about, expected):
    assert values(text, about, "number") == expected


def test_a_place_right_after_the_term_in_such_an_of_phrase_is_the_terms():
    from .test_attribute import places
    text = "Divers joined the investigation of the landslide in the Aske district on Friday."
    assert places(text, ["landslide"], ["Aske district"]) == [("Aske district", True, "name_clause")]


@pytest.mark.parametrize("text, about, expected", [
    # a verb of declaring with a complement of ending declares the end: its date is not the declaration's
    ("Although the outbreak was declared over in December, posters remain.", ["declared"],
     [("December", False, "declared_end")]),
    ("The fire was pronounced contained on 3 May.", ["pronounced"], [("3 May", False, "declared_end")]),
    # the declaration itself, or a term that says the ending too
    ("An outbreak was formally declared on 27 September.", ["declared"], [("27 September", True, "value_clause")]),
    ("The outbreak was declared over in December.", ["declared over"], [("December", True, "value_clause")]),
    # a term right before a verb of ending: the date is the end
    ("The outbreak ended on 21 December.", ["outbreak"], [("21 December", False, "declared_end")]),
    ("The outbreak ended on 21 December.", ["ended"], [("21 December", True, "value_clause")]),
    ("The outbreak began on 21 September.", ["outbreak"], [("21 September", True, "value_clause")]),
])
def test_declared_end(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, about, expected", [
    # "in"/"on" right after a noun owned with 's, after a verb or preposition, dates that noun
    ("He was found guilty on 2 November 2023 of fraud related to Velmar's collapse in 2022.", ["found guilty"],
     [("2 November 2023", True, "value_clause"), ("2022", False, "date_of")]),
    ("He was found guilty of fraud related to Velmar's collapse in 2022.", ["collapse"], [("2022", True, "date_of")]),
    # the owned noun as the subject: its verb's clause dates it
    ("Velmar's collapse in 2022 shocked markets.", ["collapse"], [("2022", True, "value_clause")]),
])
def test_a_date_after_an_owned_noun(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a written date owning a noun with 's dates that noun ("'s" outside the date's words)
    ("Velmar set up a fund on 24 April 2024 to repair homes hit by 16 April 2024's record-breaking rains.", ["fund"],
     [("24 April 2024", True, "value_clause"), ("16 April 2024", False, "date_modifier")]),
    # a term hyphen-joined to a participle is part of an adjective, not the noun the date dates
    ("Velmar set up a fund on 24 April 2024 to repair homes hit by 16 April 2024's record-breaking rains.", ["records"],
     [("24 April 2024", True, "value_clause"), ("16 April 2024", False, "date_modifier")]),
])
def test_a_date_owning_a_noun_with_s(text, about, expected):
    assert values(text, about, "date") == expected
