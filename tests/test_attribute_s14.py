"""Rules of session 14, on invented sentences."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_attribute import names, places, values

from .helpers import one, verdicts


@pytest.mark.parametrize("text, expected", [
    # a term opened by a verb of saying is its subject's act, past an auxiliary and a trailing common noun
    ("The Alpha Front group has claimed responsibility for the attack.", [("Alpha Front", True, "name_clause")]),
    ("Alpha Front claimed responsibility for the attack.", [("Alpha Front", True, "name_clause")]),
    # the one who reports what another claimed is still only the source
    ("Orsk said the Alpha Front claimed responsibility.",
     [("Orsk", False, "speaker"), ("Alpha Front", True, "name_clause")]),
])
def test_a_term_opened_by_a_verb_of_saying_is_its_subjects_act(text, expected):
    assert names(text, ["claimed responsibility"], ["Alpha Front", "Orsk"]) == expected


def test_a_speaker_is_still_no_party_to_what_is_said():
    assert names("Orsk said the talks collapsed.", ["talks"], ["Orsk"]) == [("Orsk", False, "speaker")]


BURNED = """
- id: aske-fire-area
  claim: The Aske Fire burned 2,400 acres.
  kind: number
  about: [burned, destroyed]
  context: [Aske]
  value: 2400
  unit: [acres]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a figure that is the object of another named subject's verb, the verb a term, is that subject's
    ("The Aske Fire burned 2,400 acres. The Velmar Fire burned 1,100 acres.", "agree"),
    ("Two fires hit Aske. The Velmar Fire burned about 1,100 acres.", "silent"),
    # a predicate coordinated by 'and' keeps the subject of the clause before it
    ("Two fires hit Aske. The Velmar Fire destroyed 40 homes and burned 1,100 acres.", "silent"),
    # the fact's own subject, or a subject that is no name, keeps the figure
    ("The Aske Fire destroyed 40 homes and burned 1,100 acres.", "differ"),
    ("In Aske, the fire burned 1,100 acres.", "differ"),
    # a name that only reports the figure is no subject of the term's verb
    ("In Aske, Cal Fire said flames burned 1,100 acres.", "differ"),
])
def test_a_figure_a_named_subject_did_is_that_names(tmp_path, text, verdict):
    assert one(tmp_path, BURNED, text)[0] == verdict


PREMIUM = """
- id: premium
  claim: The offer was a 44% premium.
  kind: number
  about: [premium, higher than]
  value: 44
  unit: ["%"]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a term that is the comparison itself: the difference is what the fact is about
    ("The offer is around 44 percent higher than the closing price.", "agree"),
    ("The offer is 40 percent higher than the closing price.", "differ"),
])
def test_a_difference_named_by_the_term_is_the_value(tmp_path, text, verdict):
    assert one(tmp_path, PREMIUM, text)[0] == verdict


def test_a_difference_the_term_does_not_name_is_set_aside():
    assert values("The price is 5 percent higher than the offer.", ["offer"], "number") == [("5", False, "difference")]


CASH = """
- id: cash
  claim: Holders get $142.50 for each Velmar share.
  kind: number
  about: [per share, each share, holders]
  value: 142.5
  unit: [per Velmar share, per share]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a company's name or a class of share between "per" and "share" keeps the price per share
    ("Holders will get $142.50 per Velmar share.", "agree"),
    ("Holders get $142.50 per ordinary share.", "agree"),
    ("Holders get $140 for each Velmar share.", "differ"),
    # a lower-case word between is no name: no price per share
    # (another sum than the fact's: an equal one states the price of a share whatever follows it)
    ("Holders get $140.00, a big share of the payout.", "silent"),
])
def test_a_price_per_named_share(tmp_path, text, verdict):
    assert one(tmp_path, CASH, text)[0] == verdict


AGE = """
- id: novak-age
  claim: Anna Novak was 88 when she died.
  kind: number
  about: [died, aged, age]
  value: 88
  unit: [years, year-old]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # an age fact reads an age however it is written, in years only
    ("Novak died on Monday, aged 88.", "agree"),
    ("Novak died at the age of 87.", "differ"),
    ("Novak died on Monday, aged 8 months.", "silent"),
    # an age in apposition to the subject of the term is the subject's
    ("Anna Novak, the 88-year-old pontiff, died on Monday.", "agree"),
    ("Anna Novak, the 87-year-old pontiff, died on Monday.", "differ"),
    # an age in apposition to a name the claim does not name is another person's
    ("Novak died aged 88. Cardinal Olle Dahl, aged 91, led the funeral.", "agree"),
    ("Novak died. Dahl, 91, was chosen to lead the funeral of the woman who died aged 88.", "agree"),
    ("Anna Novak, aged 87, died on Monday.", "differ"),
    # a place before the comma names no person
    ("Novak died in Rome, aged 88.", "agree"),
])
def test_an_age_is_the_named_persons(tmp_path, text, verdict):
    assert one(tmp_path, AGE, text)[0] == verdict


RAISE = """
- id: raise
  claim: The contract raises wages by 38% over four years.
  kind: number
  about: [wage increase, raise]
  value: 38
  unit: ["%"]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # "raises wages by 38%" is the size of a change, no margin: a plain 38% states it
    ("The deal includes a 38% wage increase over four years.", "agree"),
    ("The deal includes a 35% wage increase over four years.", "differ"),
])
def test_by_after_a_verb_of_change_is_no_margin(tmp_path, text, verdict):
    assert one(tmp_path, RAISE, text)[0] == verdict


def test_by_after_a_verb_of_a_contest_is_still_a_margin(tmp_path):
    lost = RAISE.replace("raises wages by 38% over four years", "lost the vote by 38%")
    assert one(tmp_path, lost, "The deal includes a 35% wage increase over four years.")[0] == "silent"


@pytest.mark.parametrize("text, about, expected", [
    # a span's start is no date of the event that ends it
    ("She led the party from 3 May 2014 until her death in April 2025.", ["death"],
     [("3 May 2014", False, "span_start"), ("April 2025", True, "value_clause")]),
    ("She led the party from 3 May 2014, till her resignation.", ["resignation"], [("3 May 2014", False, "span_start")]),
    # "to" ends no span: an infinitive or a destination
    ("The union will hold rallies from 3 May to protest the pay cuts.", ["protest"], [("3 May", True, "value_clause")]),
    # a term naming the span keeps its start; two dates of one span are the clause's
    ("The strike lasted from 3 May until the vote.", ["strike"], [("3 May", True, "value_clause")]),
    ("The festival ran from 3 May to 9 May.", ["festival"], [("3 May", True, "value_clause"), ("9 May", True, "value_clause")]),
])
def test_the_start_of_a_span_is_no_date_of_its_end(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a trailing participle of comment is a clause of its own
    ("The deal had to clear regulators, underscoring the difficulty of closing deals in 2023.",
     [("2023", False, "value_clause")]),
    # a trailing participle of what happened says more of the main clause
    ("The deal cleared regulators, ending a two-year review in March 2023.", [("March 2023", True, "value_clause")]),
])
def test_a_participle_of_comment_is_a_clause_of_its_own(text, expected):
    assert values(text, ["cleared", "clear"], "date") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a count that is a clause's subject after "after" opens another event
    ("Workers walked out on 13 September after 96% voted to strike.", ["voted"],
     [("13 September", False, "temporal_relation")]),
    ("The strike ended on 13 September after 200 strikers were hurt.", ["hurt"],
     [("13 September", False, "temporal_relation")]),
    # a count of time or a date after "after" is a time, no event
    ("Workers walked out on 13 September after 10 days of talks.", ["walked out"], [("13 September", True, "value_clause")]),
    ("Workers walked out after 9 May.", ["walked out"], [("9 May", True, "value_clause")]),
])
def test_a_counted_subject_after_after_opens_another_event(text, about, expected):
    assert values(text, about, "date") == expected


LENGTH = """
- id: length
  claim: The yacht was 56 metres long.
  kind: number
  about: [yacht, long, length]
  value: 56
  unit: [m, metres, ft]
  tolerance: "1%"
"""


@pytest.mark.parametrize("text, verdict", [
    # "50m down" is a depth, "sq ft" an area: neither is a length
    ("The yacht was raised from the seabed, 50m down.", "silent"),
    ("The yacht had a sail area of almost 32,000 sq ft.", "silent"),
    ("The 56m yacht was raised from the seabed, 50 metres below.", "agree"),
    ("The yacht, 50 metres long, sank.", "differ"),
])
def test_a_depth_or_an_area_is_no_length(tmp_path, text, verdict):
    assert one(tmp_path, LENGTH, text)[0] == verdict


@pytest.mark.parametrize("text, expected", [
    # a date after "again" with no term before it is a repeat's
    ("He was arrested in January and again in July.", [("January", True, "value_clause"), ("July", False, "another_instance")]),
    # a term with "again" tells of a repeat, which may be the fact's event: attached loosely
    ("In July, he was again arrested.", [("July", True, "another_instance")]),
    ("However, in July 2025, he was again arrested.", [("July 2025", True, "another_instance")]),
    # not any date of the clause: only one that opens it or stands right after the term
    ("A feud that dates back to 1901 was again reported.", [("1901", False, "dating_from")]),
    ("He was arrested again in July.", [("July", True, "another_instance")]),
    # "once again" is a comment, no repeat
    ("Once again he was arrested in July.", [("July", True, "value_clause")]),
])
def test_again_tells_of_a_repeat(text, expected):
    assert values(text, ["arrested", "reported"], "date") == expected


ARREST = """
- id: arrest
  claim: Orsk was arrested on 15 January 2025.
  kind: date
  about: [arrested]
  value: 2025-01-15
"""


@pytest.mark.parametrize("text, verdict", [
    ("Orsk was arrested on 15 January 2025. In July 2025 he was again arrested.", "agree"),
    ("In July 2025 Orsk was again arrested.", "silent"),  # loosely: a possible conflict, no differ
    ("Orsk was arrested in July 2025.", "differ"),
])
def test_a_repeat_is_no_conflict(tmp_path, text, verdict):
    assert one(tmp_path, ARREST, text)[0] == verdict


@pytest.mark.parametrize("text, expected", [
    # a date in figures with a clock time is a stamp
    ("The yacht sank – News – 2024-08-25 16:15:55", [("2024-08-25", False, "timestamp")]),
    ("The yacht sank. Updated 2024-08-25, 16:15", [("2024-08-25", False, "timestamp")]),
    # without a clock time, or in words with one, it is a date of what is said
    ("The yacht sank on 2024-08-19.", [("2024-08-19", True, "value_clause")]),
    ("The yacht sank on 19 August 2024 at 04:15.", [("19 August 2024", True, "value_clause")]),
])
def test_a_stamp_is_no_date_of_an_event(text, expected):
    assert values(text, ["sank"], "date") == expected


@given(year=st.integers(1990, 2030), month=st.integers(1, 12), day=st.integers(1, 28), hour=st.integers(0, 23),
       minute=st.integers(0, 59), sep=st.sampled_from([" ", "T", ", "]))
def test_any_figures_date_with_a_clock_time_is_a_stamp(year, month, day, hour, minute, sep):
    stamp = f"{year:04d}-{month:02d}-{day:02d}{sep}{hour:02d}:{minute:02d}"
    assert values(f"The ferry sank – Home – {stamp}", ["sank"], "date") == [(stamp[:10], False, "timestamp")]


@pytest.mark.parametrize("text, expected", [
    # a place of a clause of the same time, right after or before the term's, is where it happened, loosely
    ("Orsk was shot on 3 May as he greeted supporters after a meeting in Aske.", [("Aske", True, "same_scene")]),
    ("As she greeted supporters in Aske, Orsk was shot.", [("Aske", True, "same_scene")]),
    ("Orsk was attacked in May when he visited Aske.", [("Aske", True, "same_scene")]),
    # not an "as" of saying: the speaker's place is the source's
    ("Orsk was shot, as police in Aske reported.", [("Aske", False, "speaker")]),
])
def test_a_place_of_the_same_time_is_the_events(text, expected):
    assert places(text, ["shot", "attacked"], ["Aske"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause after a term and a short place phrase (a flight's number too) describes the term, and a
    # date's own comma ("Jan. 5, 2024") does not close the clause
    ("The board released its report on the incident aboard Velmar Air Flight 1282, which occurred on Jan. 5, 2024 "
     "near Aske.", [("Jan. 5, 2024", True, "value_clause")]),
    # the report's own date still is the report's
    ("The board released its report on the incident on Jan. 9, 2025.", [("Jan. 9, 2025", False, "value_clause")]),
])
def test_a_relative_clause_after_a_place_phrase_describes_the_term(text, expected):
    assert values(text, ["incident"], "date") == expected


@pytest.mark.parametrize("text, expected", [
    # an opening date covers the saying, and loosely what is reported as done
    ("In May, the union said that thousands of writers began the strike.", [("May", True, "value_clause")]),
    ("On Monday, 25 April, Orsk announced that it has agreed to the offer.", [("25 April", True, "value_clause")]),
    # not a plan reported: that is to come
    ("In May, the union said that writers would begin the strike.", [("May", False, "value_clause")]),
    ("In May, the union said that writers are expected to begin the strike.", [("May", False, "value_clause")]),
])
def test_an_opening_date_covers_a_report_loosely(text, expected):
    assert values(text, ["began", "begin", "agreed"], "date") == expected


STRIKE = """
- id: strike-start
  claim: The strike began on 2 May 2023.
  kind: date
  about: [began]
  value: 2023-05-02
"""


@pytest.mark.parametrize("text, verdict", [
    ("On 2 May 2023, the union said that writers began the strike.", "agree"),
    ("On 9 May 2023, the union said that writers began the strike.", "silent"),  # a possible conflict, no differ
])
def test_a_reported_event_dated_by_the_report_is_loose(tmp_path, text, verdict):
    assert one(tmp_path, STRIKE, text)[0] == verdict


@pytest.mark.parametrize("text, about, expected", [
    # a name in apposition after a phrase a term heads is the term's, not the phrase's last name's
    ("The chair of the Velmar Nobel Committee, Anna Dahl, announced the prize.", ["chair"],
     [("Anna Dahl", True, "named_in_apposition")]),
    ("The CEO and president of Aske Communications, Olle Berg, laid out a plan.", ["president"],
     [("Olle Berg", True, "name_clause")]),
    ("The chief of the agency's mission in Tindra, Olle Berg, said the area was large.", ["agency"],
     [("Olle Berg", True, "name_clause")]),
    # a name in apposition right after a name the terms don't head describes that name
    ("Officials met Aske Communications, Olle Berg, on Monday.", ["met"], [("Olle Berg", False, "title_in_apposition")]),
])
def test_a_name_after_a_titled_phrase_is_the_titles(text, about, expected):
    assert names(text, about, ["Anna Dahl", "Olle Berg"]) == expected


@pytest.mark.parametrize("text, about, expected", [
    # a term holding the "since" itself names the reference: its year is the fact's
    ("For the first time since 2008, Aske workers are on strike.", ["first time since"], [("2008", True, "compared_with")]),
    # a term inside the reference, the date right after its noun: the date is the term's
    ("It is the first landing since the Velmar 17 mission in 1972.", ["Velmar 17"], [("1972", True, "compared_with")]),
    # otherwise the reference's value is the other thing's
    ("It is the first landing since the Velmar 17 mission in 1972.", ["landing"], [("1972", False, "compared_with")]),
])
def test_a_reference_the_term_names_keeps_its_date(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, about, expected", [
    # a term before the value in its noun phrase describes the same noun
    ("Their planned eight-day mission was extended into months.", ["planned"], [("eight", True, "hyphenated_modifier")]),
    # a noun phrase after a form of "be" says what the subject holding the term is
    ("The first patient is believed to be a 27-year-old man.", ["first patient"], [("27", True, "hyphenated_modifier")]),
    ("The victim was a 27-year-old man.", ["victim"], [("27", True, "hyphenated_modifier")]),
    # the object of another verb is another noun
    ("The gunman shot a 27-year-old man.", ["gunman"], [("27", False, "hyphenated_modifier")]),
])
def test_a_value_describing_the_terms_noun_is_the_terms(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, kind, expected", [
    # a negated thing of a kind before "since" makes a reference: the last such thing, then; a when-clause after its
    # year tells of that time, to the sentence's end
    ("Aske has not seen a disaster of this size since 2004 when a flood hit Velmar, killing 630 people.", "date",
     [("2004", False, "compared_with")]),
    ("Aske has not seen a disaster of this size since 2004 when a flood hit Velmar, killing 630 people.", "number",
     [("630", False, "compared_with")]),
    # a state that has not changed since a date is no reference
    ("The road has not reopened since 3 May.", "date", [("3 May", True, "value_clause")]),
])
def test_a_negated_kind_since_a_year_is_a_reference(text, kind, expected):
    assert values(text, ["flood", "hit", "killing", "road"], kind) == expected


QUAKE = """
- id: quake-date
  claim: The quake struck on 8 September 2023.
  kind: date
  about: [quake]
  value: 2023-09-08
"""


def test_a_recalled_known_event_is_before_publication(tmp_path):
    text = '"I still hear the screams," she said, recalling the September 8 quake that devastated the area.'
    sources = {"a.txt": text, "sources.yaml": "a.txt:\n  published: 2024-09-04\n"}
    assert verdicts(tmp_path, "facts:\n" + QUAKE, sources)["quake-date"]["a.txt"] == "agree"


CUTS = """
- id: cuts
  claim: Norland's February 2024 restructuring cut 4,000 jobs.
  kind: number
  about: [cut, cutbacks]
  value: 4000
  unit: [jobs, workers]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a term dated by another year than the claim's counts that year's instance
    ("The purge follows Norland's late 2022 cutbacks that shed 5,000 workers.", "silent"),
    ("Norland's 2022 cutbacks removed 5,000 workers.", "silent"),
    # the claim's own year, or no year: the fact's
    ("Norland's 2024 cutbacks removed 5,000 workers.", "differ"),
    ("The cutbacks removed 4,000 workers.", "agree"),
])
def test_a_count_of_another_years_instance_is_set_aside(tmp_path, text, verdict):
    assert one(tmp_path, CUTS, text)[0] == verdict


def test_the_event_a_verb_of_following_names_is_another():
    assert values("The purge follows a crash on 9 March 2022.", ["purge"], "date") == [
        ("9 March 2022", False, "temporal_relation")]


@pytest.mark.parametrize("text", [
    "The Aske and Velmar fires ignited within hours of each other.",
    "The Aske and Velmar Hill fires ignited within hours of each other.",
])
def test_names_joined_before_a_noun_describe_it(text):
    found = places(text, ["ignited"], ["Aske", "Velmar", "Velmar Hill"])
    assert found and all(not attached and rule == "attributive_place" for _, attached, rule in found)


@pytest.mark.parametrize("text, about, expected", [
    # a count of two outcomes joined by or/and, the second with no number or object of its own, counts both
    ("Over 17,000 homes were destroyed or severely damaged.", ["destroyed"], [("17,000", False, "joint_outcome")]),
    ("40 people were killed or injured in the blast.", ["killed"], [("40", False, "joint_outcome")]),
    # each outcome with its own number, or a noun term, or a second predicate with an object: the clause decides
    ("3 people were killed and 5 injured.", ["killed"], [("3", True, "value_clause"), ("5", False, "value_clause")]),
    ("The surge burst two dams and reduced the city to ruins.", ["dams"], [("two", True, "value_clause")]),
])
def test_a_count_of_two_outcomes_together(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, named, expected", [
    # a negated predicate denies nothing of the subject's name and title
    ("Boeing chief executive Kelly Ortberg did not specify the number of jobs.", ["Boeing chief"], ["Kelly Ortberg"],
     [("Kelly Ortberg", True, "name_clause")]),
    # a term or a name after the negation is denied
    ("It is unclear why Orsk is not scheduled to testify.", ["testify"], ["Orsk"], [("Orsk", False, "negated")]),
])
def test_a_negation_denies_the_predicate_not_the_subject(text, about, named, expected):
    assert names(text, about, named) == expected
