"""Rules of session 17, on invented sentences."""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .helpers import verdicts

TOLL = """
facts:
  - id: toll
    claim: The 2024 Aske floods killed 95 people.
    kind: number
    about: [killed, died, deaths, toll]
    value: 95
    unit: [people, deaths]
    tolerance: 0
"""


def _dated(text: str, day: str = "2024-06-20") -> dict[str, str]:
    return {"a.txt": text, "sources.yaml": f"a.txt:\n  published: {day}\n"}


@pytest.mark.parametrize("text, verdict", [
    # a clause dated to a year before the claim's tells of an earlier time: its figure is only a possible conflict
    ("Last year 40 people died in the floods.", "silent"),
    ("Last year, the floods killed 40 people.", "silent"),
    ("In 2011, floods killed 40 people in Aske.", "silent"),
    ("In September 1999, a storm killed 40 people in Aske.", "silent"),
    ("Back in 1950, a storm killed 40 people.", "silent"),
    ("A flood near Aske last year killed 40 people.", "silent"),
    ("The river had killed 40 people on 2016/3/9.", "silent"),
    ("Norland's worst storm killed 40 people in 1998, and the floods killed 95 people.", "agree"),
    # the figure is the fact's when the clause names the claim's year or a later one, or the year is the
    # comparison's ("compared with 12 in 2023"), a span to now ("since 2016") or a name's ("the 2015 storm")
    ("The floods killed 40 people, compared with 12 in 2023.", "differ"),
    ("The floods killed 40 people this year and 12 people in 2023.", "differ"),
    ("Since 2016 the floods have killed 40 people.", "differ"),
    ("The 2015 storm's floods killed 40 people.", "differ"),
    ("In 2025, the toll of the floods was raised to 40 deaths.", "differ"),
    ("Last year 95 people died in the floods.", "agree"),  # an agreeing figure still agrees
])
def test_a_clause_dated_before_the_claims_year_tells_of_an_earlier_time(tmp_path, text, verdict):
    assert verdicts(tmp_path, TOLL, _dated(text))["toll"]["a.txt"] == verdict


def test_last_year_is_counted_from_the_publication_day(tmp_path):
    # a year after the floods, "last year" is the claim's own year
    assert verdicts(tmp_path, TOLL, _dated("Last year 40 people died in the floods.", "2025-03-01"))["toll"][
        "a.txt"] == "differ"


def test_an_age_is_not_dated_by_a_birth_year(tmp_path):
    age = TOLL.replace("toll\n", "age\n", 1).replace("[killed, died, deaths, toll]", "[Novak]").replace(
        "value: 95", "value: 17").replace("[people, deaths]", "[years, year-old]")
    assert verdicts(tmp_path, age, _dated("Born in 2006, Novak was 18 at the time."))["age"]["a.txt"] == "differ"


WIND = """
facts:
  - id: wind
    claim: Storm Aske made landfall with winds of 120 mph.
    kind: number
    about: [made landfall, landfall, peak]
    value: 120
    unit: [mph]
    tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a term in a when/as clause after the value's clause, or in an opening phrase of the same moment, dates it
    ("Aske packed 100 mph winds when it made landfall near Orsk.", "differ"),
    ("The storm had winds of 100 mph as it made landfall.", "differ"),
    ("At landfall, the storm had winds of 100 mph.", "differ"),
    ("At the time of its peak, it was estimated to have been 100 mph.", "differ"),
    ("Aske packed 120 mph winds when it made landfall near Orsk.", "agree"),
    # not an intended event, one deep in the clause, a contrast, or "as" with no verb (a role)
    ("The storm slowed to 100 mph as it was preparing to make landfall.", "silent"),
    ("Gusts hit 100 mph when crews worked through the night near the landfall site.", "silent"),
    ("Winds eased to 100 mph while the landfall was still hours away.", "silent"),
    ("During the peak, gusts were measured at 100 mph.", "silent"),  # a stretch of time, not a moment

    ("The storm reached 100 mph, weeks before the hurricane season's first landfall.", "silent"),
])
def test_a_clause_of_the_same_moment_dates_the_value(tmp_path, text, verdict):
    assert verdicts(tmp_path, WIND, {"a.txt": text})["wind"]["a.txt"] == verdict


CROWD = """
facts:
  - id: crowd
    claim: About 100,000 revelers were in Aske that night.
    kind: number
    about: [revelers, crowd]
    value: 100000
    unit: [people, revelers]
    tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # the term must be the when-clause's event, not its subject: the clause before counts no revelers
    ("As many as 40 people were killed in the incident, when revelers flooded the alleys.", "silent"),
    ("Police had sent 40 officers when the crowd swelled.", "silent"),
])
def test_the_subject_of_a_when_clause_ties_no_count_to_it(tmp_path, text, verdict):
    assert verdicts(tmp_path, CROWD, {"a.txt": text})["crowd"]["a.txt"] == verdict


SHOOTER = """
facts:
  - id: shooter
    claim: Orsk opened fire on the rally.
    kind: party
    about: [opened fire, fired]
    value: Orsk
    rivals: [Novak]
"""


@pytest.mark.parametrize("text, verdict", [
    ("Novak was speaking when the gunman opened fire.", "silent"),  # the clause's name is no gunman
    ("Novak opened fire when the rally began.", "differ"),
])
def test_a_when_clause_names_no_one_in_the_clause_before(tmp_path, text, verdict):
    assert verdicts(tmp_path, SHOOTER, {"a.txt": text})["shooter"]["a.txt"] == verdict


def test_as_many_as_opens_no_phrase():
    from checks.attribution.clauses import analyse
    from checks.model import Sentence
    from checks.words import words
    text = "As many as 40 people were killed in the incident, when revelers flooded the alleys."
    assert analyse(Sentence(text, 0, 1, 1), words(text)).intro == -1
    text = "As of Monday, 40 people had been killed."
    assert analyse(Sentence(text, 0, 1, 1), words(text)).intro == 0


SENTENCE = """
facts:
  - id: term
    claim: Orsk was sentenced to 18 months in prison.
    kind: number
    about: [sentenced, jail term, prison]
    value: 18
    unit: [months, years]
    tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # the direct object of a verb of seeking or demanding is what was asked for, not what was decided
    ("Prosecutors had sought a three-year jail term for Orsk.", "silent"),
    ("Prosecutors demanded three years in prison.", "silent"),
    ("Prosecutors requested a two-year prison term, but Orsk was sentenced to 18 months.", "agree"),
    # a passive is what was ordered; a verb that is itself a term is the fact's
    ("A three-year prison term was demanded and imposed.", "differ"),
    ("The court sentenced Orsk to three years in prison.", "differ"),
])
def test_what_a_verb_of_seeking_takes_is_a_request(tmp_path, text, verdict):
    assert verdicts(tmp_path, SENTENCE, {"a.txt": text})["term"]["a.txt"] == verdict


def test_a_month_is_no_misspelt_term():
    from checks.match import compile_terms, find
    from checks.words import words
    text = "The trial was held on Thursday, March 16, before the match."
    ws = words(text)
    assert [ws[h.first].text for h in find(ws, text, compile_terms(["match"]))] == ["match"]
    text = "The matcch on Thursday was abandoned."  # a misspelling still matches
    ws = words(text)
    assert [ws[h.first].text for h in find(ws, text, compile_terms(["match"]))] == ["matcch"]


CRUSH = """
facts:
  - id: crush
    claim: The crowd crush in Aske happened on 29 October 2022.
    kind: date
    about: [crowd crush, crush]
    value: 2022-10-29
"""


@pytest.mark.parametrize("text, verdict", [
    # a holiday before the event's noun names its occasion: a conflicting day is only a possible conflict
    ("The toll from the Halloween crowd crush has risen to 154.", "silent"),
    ("The minister was impeached over Halloween crush that killed 159.", "silent"),
    ("The Christmas crush killed 12.", "silent"),
    # a holiday as the time of the clause, or a day with a number, dates the event
    ("The crowd crush happened on Halloween.", "silent"),  # counted_only
    ("The crowd crush of October 31 killed 159.", "differ"),
    ("The crowd crush of October 29 killed 159.", "agree"),
])
def test_a_holiday_before_a_noun_names_its_occasion(tmp_path, text, verdict):
    assert verdicts(tmp_path, CRUSH, _dated(text, "2022-11-01"))["crush"]["a.txt"] == verdict


ALLEY = """
facts:
  - id: width
    claim: The alley in Aske is 3.2 metres wide.
    kind: number
    about: [alley, wide, width]
    value: 3.2
    unit: [m, metres, meters]
    tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a length before a noun states the thing's chief extent, not the width the fact's terms ask for
    ("The site is a downhill 40-meter back alley.", "silent"),
    ("The site is a downhill 3.2-metre alley.", "agree"),  # a matching one still agrees
    # a dimension written after it, or a width-by-length pair, states the width
    ("The site is a 4m-wide alley.", "differ"),
    ("The alley is a 4-meter-by-40-meter path.", "differ"),
])
def test_a_length_before_a_noun_states_no_width(tmp_path, text, verdict):
    assert verdicts(tmp_path, ALLEY, {"a.txt": text})["width"]["a.txt"] == verdict


def test_a_length_fact_keeps_its_premodifier(tmp_path):
    length = ALLEY.replace("[alley, wide, width]", "[alley, long, length]")
    assert verdicts(tmp_path, length, {"a.txt": "It is a 40-meter alley."})["width"]["a.txt"] == "differ"


CHIEF = """
facts:
  - id: chief
    claim: Olle Dahl was chief of the Aske police on the night of the flood.
    kind: party
    about: [chief of police, police chief]
    value: Olle Dahl
    rivals: [Anna Berg]
"""


@pytest.mark.parametrize("claim, text, verdict", [
    # a claim in the past tense: a past holder is the fact's (another past holder only a possible conflict)
    ("was", "Olle Dahl, the former chief of police in Aske, was jailed.", "agree"),
    ("was", "Anna Berg, the former chief of police in Aske, was jailed.", "silent"),
    ("was", "Then police chief Olle Dahl resigned.", "agree"),
    # a claim in the present tense: a past holder says nothing of who holds it now
    ("is", "Olle Dahl, the former chief of police in Aske, was jailed.", "silent"),
    # one to come never is
    ("was", "Incoming police chief Olle Dahl spoke.", "silent"),
])
def test_a_past_holder_is_a_past_claims(tmp_path, claim, text, verdict):
    facts = CHIEF.replace("Olle Dahl was chief", f"Olle Dahl {claim} chief")
    assert verdicts(tmp_path, facts, {"a.txt": text})["chief"]["a.txt"] == verdict


def test_a_part_of_a_month_with_its_year_keeps_the_year():
    from checks.index import index_source
    from checks.sources import make_source
    text = "Leaks were found at the end of September 2022. Sales fell at the end of September."
    idx = index_source(make_source("a.txt", text, published=datetime.date(2024, 2, 7)))
    assert [[m.value.label for m in s.dates] for s in idx.sentences] == [["2022-09 (end)"], ["2023-09"]]


CLOSED = """
facts:
  - id: closed
    claim: Aske closed its inquiry on 26 February 2024.
    kind: date
    about: [closed, ends, ended]
    value: 2024-02-26
"""


@pytest.mark.parametrize("text, verdict", [
    # "end" inside the date is the part of the month the date names, no term
    ("Leaks were found at the end of September 2022.", "silent"),
    ("The inquiry ended at the end of September 2022.", "differ"),
    ("The inquiry ended on 26 February 2024.", "agree"),
])
def test_a_term_inside_a_date_is_no_term(tmp_path, text, verdict):
    assert verdicts(tmp_path, CLOSED, _dated(text, "2024-03-01"))["closed"]["a.txt"] == verdict


@settings(max_examples=60, deadline=None)
@given(month=st.sampled_from(["January", "March", "May", "September", "December"]),
       part=st.sampled_from(["the end of", "the beginning of", "the middle of", "the start of"]),
       year=st.integers(1990, 2030), published=st.dates(datetime.date(1995, 1, 1), datetime.date(2035, 12, 31)))
def test_a_part_of_a_month_keeps_a_stated_year_whenever_published(month, part, year, published):
    from checks.index import index_source
    from checks.sources import make_source
    text = f"The leaks were found at {part} {month} {year}."
    found = index_source(make_source("a.txt", text, published=published)).sentences[0].dates
    assert [m.value.first.year for m in found] == [year] and not found[0].relative


OFFICE = """
facts:
  - id: office
    claim: Novak became prime minister on 6 September 2022.
    kind: date
    about: [becomes PM, became prime minister, took office]
    value: 2022-09-06
"""


@pytest.mark.parametrize("text, verdict", [
    # a timeline's entry: a date alone, a dash or a colon, a short heading
    ("SEPT. 6 - NOVAK OFFICIALLY BECOMES PM", "agree"),
    ("7 September: Novak took office", "differ"),
    ("Tuesday, Sept. 7 – Novak becomes PM", "differ"),
    # a story's dated lead is no entry: its date is the filing's
    ("Thursday, September 8, 2022 – Novak, who became prime minister after a long contest within the party that "
     "governs Velmar, spoke.", "silent"),
])
def test_a_timeline_entry_dates_its_heading(tmp_path, text, verdict):
    assert verdicts(tmp_path, OFFICE, _dated(text, "2022-09-20"))["office"]["a.txt"] == verdict


SUCCESSOR = """
facts:
  - id: successor
    claim: Novak succeeded Berg as prime minister.
    kind: party
    about: [replacing, replaced, succeeded, succeeding]
    value: Anna Novak
    rivals: [Olle Dahl]
"""


@pytest.mark.parametrize("text, verdict", [
    # the subject of a clause is the subject of the participle trailing it
    ("Anna Novak became prime minister this week, replacing Lena Berg.", "agree"),
    ("Olle Dahl became prime minister this week, replacing Lena Berg.", "differ"),
    # not when the term is only a noun in the participle's phrase
    ("Olle Dahl fell ill this week, delaying talks on replacing Lena Berg.", "silent"),
])
def test_a_subject_is_the_trailing_participles(tmp_path, text, verdict):
    assert verdicts(tmp_path, SUCCESSOR, {"a.txt": text})["successor"]["a.txt"] == verdict


FUNERAL = """
facts:
  - id: funeral
    claim: The funeral was held on 19 September 2022.
    kind: date
    about: [funeral]
    value: 2022-09-19
"""


@pytest.mark.parametrize("text, verdict", [
    # what an equal comparison compares with is another thing
    ("The funeral did not draw as many viewers as the final of the cup last year.", "silent"),
    ("The funeral drew as large a crowd as the coronation in 1953.", "silent"),
    # a bound is no comparison
    ("As many as 2,000 guests attended the funeral on 20 September.", "differ"),
])
def test_what_an_equal_comparison_compares_with_is_another_thing(tmp_path, text, verdict):
    assert verdicts(tmp_path, FUNERAL, _dated(text, "2022-09-25"))["funeral"]["a.txt"] == verdict


@pytest.mark.parametrize("text, term, found", [
    ("The detention took place on Monday.", "detonation", []),  # a letter changed besides one added: another word
    ("The detonnation shook the town.", "detonation", ["detonnation"]),  # one added: a misspelling
    ("The detonaton shook the town.", "detonation", ["detonaton"]),  # one dropped: a misspelling
])
def test_a_changed_and_an_added_letter_make_another_word(text, term, found):
    from checks.match import compile_terms, find
    from checks.words import words
    ws = words(text)
    assert [ws[h.first].text for h in find(ws, text, compile_terms([term]))] == found


@settings(max_examples=200, deadline=None)
@given(word=st.text("abcdefghijklmnoprstuvw", min_size=6, max_size=12), data=st.data())
def test_no_lower_case_word_with_a_letter_changed_and_one_added_matches(word, data):
    from checks.match import compile_terms, find
    from checks.words import words
    k = data.draw(st.integers(0, len(word) - 1))
    j = data.draw(st.integers(0, len(word)))
    changed = word[:k] + data.draw(st.sampled_from([c for c in "xyz" if c != word[k]])) + word[k + 1:]
    variant = changed[:j] + "q" + changed[j:]  # letters no word drawn holds: one changed, one added
    text = f"the {variant} was seen"
    assert find(words(text), text, compile_terms([word])) == []


@pytest.mark.parametrize("text, sentences", [
    ("The bench was presided over by CJI D.Y. Chandrachud and two judges. It ruled.", 2),
    ("He met J.R.R. Tolkien fans. They cheered.", 2),
    ("It moved to the U.S. The firm grew.", 2),  # an initialism before a sentence opener still ends one
])
def test_a_persons_initials_end_no_sentence(text, sentences):
    from checks.sources import split_sentences
    assert len(split_sentences(text)) == sentences


@pytest.mark.parametrize("text, value, unit", [
    ("a Rs 20,000-crore share sale", 2e11, "INR"),
    ("lost about $145billion in market value", 1.45e11, "USD"),
    ("a $44-million-dollar deal", 4.4e7, "USD"),
])
def test_amounts_joined_to_their_scale(text, value, unit):
    from checks.numbers import numbers
    assert [(m.value, m.unit) for m in numbers(text)] == [(value, unit)]


SALE = """
facts:
  - id: sale
    claim: The share sale was worth Rs 20,000 crore; the group lost about $150 billion.
    kind: number
    about: [share sale, lost]
    value: 20000
    unit: [crore, crores]
    tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    ("Its Rs 20,000-crore share sale was cancelled.", "agree"),
    ("Its Rs 2,00,00,00,00,000 share sale was cancelled.", "silent"),  # not written in crores: not this fact's scale
])
def test_a_fact_in_crores_reads_an_amount_joined_to_crore(tmp_path, text, verdict):
    assert verdicts(tmp_path, SALE, {"a.txt": text})["sale"]["a.txt"] == verdict


def test_a_fact_in_billions_reads_bn_and_billion_alike(tmp_path):
    facts = SALE.replace("value: 20000", "value: 150").replace("[crore, crores]", "[billion]")
    assert verdicts(tmp_path, facts, {"a.txt": "The group lost about $150bn."})["sale"]["a.txt"] == "agree"
    assert verdicts(tmp_path, facts, {"a.txt": "The group lost about $145billion."})["sale"]["a.txt"] == "differ"


ACCIDENT = """
facts:
  - id: accident
    claim: The accident happened on 29 October 2022.
    kind: date
    about: [accident]
    value: 2022-10-29
"""


@pytest.mark.parametrize("text, verdict", [
    # a day outside a phrase of moments after the term's event is that event's day too
    ("Orsk arrived at the scene on Oct. 29, minutes after the accident occurred.", "agree"),
    ("Orsk arrived at the scene on Oct. 30, shortly after the accident occurred.", "silent"),  # loosely: no differ
    # a span of days sets them apart
    ("Orsk arrived at the scene on Oct. 29, two days after the accident occurred.", "silent"),
])
def test_a_day_moments_after_an_event_is_its_day(tmp_path, text, verdict):
    assert verdicts(tmp_path, ACCIDENT, _dated(text, "2022-11-06"))["accident"]["a.txt"] == verdict


def test_a_fact_in_metres_reads_no_millions(tmp_path):
    facts = SALE.replace("about: [share sale, lost]", "about: [vessel, long]").replace(
        "value: 20000", "value: 400").replace("[crore, crores]", "[m, metres]")
    text = "Egypt seized the vessel to get more than $900 million in compensation."
    assert verdicts(tmp_path, facts, {"a.txt": text})["sale"]["a.txt"] == "silent"


RELEASE = """
facts:
  - id: start
    claim: The release began on 24 August 2023.
    kind: date
    about: [release, discharge]
    value: 2023-08-24
"""


@pytest.mark.parametrize("text, verdict", [
    # a definite ordinal past the first names another instance
    ("Aske began the third round of water discharge on November 2.", "silent"),
    ("The second discharge will begin in early October.", "silent"),
    ("The first discharge began on August 25.", "differ"),
    # not a rank, nor a part
    ("The release, the second-largest of its kind, began on August 25.", "differ"),
])
def test_a_definite_ordinal_names_another_instance(tmp_path, text, verdict):
    assert verdicts(tmp_path, RELEASE, _dated(text, "2023-11-20"))["start"]["a.txt"] == verdict


RANK = """
facts:
  - id: rank
    claim: Norland became the fourth nation to land on the moon.
    kind: number
    about: [land, landed, nation]
    value: 4
    unit: [nation, nations]
    tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # what a subject is, and the ordinal itself, are no other instance
    ("Norland landed on the moon, making it the fourth nation to do so.", "agree"),
    ("Norland landed on the moon, making it the third nation to do so.", "differ"),
])
def test_a_rank_said_of_the_subject_is_no_other_instance(tmp_path, text, verdict):
    assert verdicts(tmp_path, RANK, {"a.txt": text})["rank"]["a.txt"] == verdict


@pytest.mark.parametrize("text, day, verdict", [
    # a verb of ending before the term dates its end
    ("The company finished discharging the planned amount on Sunday.", "2023-09-12", "silent"),
    ("Aske stopped the discharge on Monday.", "2023-09-12", "silent"),
    ("The discharge began on 24 August.", "2023-09-12", "agree"),
    # a day that marks a span since the event
    ("There was no trouble as Thursday marks one week since the start of the release.", "2023-09-01", "silent"),
    ("The release began on Thursday.", "2023-09-01", "silent"),  # (Thursday 31 August)  # counted_only
    # a stretch up to publication tells how long something went on: only a possible conflict
    ("The continuous discharge over the past year has damaged Aske's name.", "2024-08-31", "silent"),
    ("The continuous discharge over the past year has damaged Aske's name.", "2024-08-20", "agree"),
])
def test_an_end_a_mark_or_a_stretch_is_no_start(tmp_path, text, day, verdict):
    assert verdicts(tmp_path, RELEASE, _dated(text, day))["start"]["a.txt"] == verdict


MISSING = """
facts:
  - id: missing
    claim: 1.9 billion euros did not exist.
    kind: number
    about: [did not exist, trial dates]
    value: 1.9
    unit: [billion euros, billion]
    tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a negation inside a term is what the fact says
    ("Executives admitted that 2.1 billion euros held in trust accounts probably did not exist.", "differ"),
    # an opening with-phrase is a clause of its own: the main clause's negation does not reach it
    ("With 2.1 billion euros fixed as trial dates, a verdict is not expected soon.", "differ"),
])
def test_a_negation_inside_a_term_or_past_an_opening_phrase_denies_nothing(tmp_path, text, verdict):
    assert verdicts(tmp_path, MISSING, {"a.txt": text})["missing"]["a.txt"] == verdict


def test_an_age_is_no_figure_asked_for(tmp_path):
    age = """
facts:
  - id: age
    claim: Mondaca is 22.
    kind: number
    about: [Mondaca]
    value: 22
    unit: [year-old, years old]
    tolerance: 0
"""
    text = "The court approved the prosecutor's request for the detention of Mondaca, a 23-year-old firefighter."
    assert verdicts(tmp_path, age, {"a.txt": text})["age"]["a.txt"] == "differ"


NORM = """
facts:
  - id: norm
    claim: The norm is 1,500 becquerels per litre.
    kind: number
    about: [norm, tritium, winds]
    value: 1500
    unit: [becquerels, mph]
    tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # the term heading the reference owns the number in its of-phrase
    ("The water had 55 becquerels of tritium, much less than a norm of 1,500 becquerels.", "agree"),
    ("The water had 55 becquerels of tritium, much less than a norm of 1,600 becquerels.", "differ"),
    # another thing's, deeper in the reference, stays the reference's
    ("Aske surpassed Storm Orsk which made landfall with winds of 150 mph.", "silent"),
])
def test_a_term_heading_a_reference_owns_its_number(tmp_path, text, verdict):
    assert verdicts(tmp_path, NORM, {"a.txt": text})["norm"]["a.txt"] == verdict


@pytest.mark.parametrize("text, found", [
    ("the second deadliest inferno recorded", [(2.0, "deadliest inferno")]),
    ("the second-deadliest wildfire this century", [(2.0, "deadliest wildfire")]),
    ("the fourth nation to land", [(4.0, "nation")]),
    ("the fourth-largest country", [(4.0, "largest country")]),  # read; only a fact naming "largest" takes it
    ("the second protest march", [(2.0, "protest")]),  # no superlative: the noun itself
    # a compound noun after the superlative: the rank is of its head ("the second largest bank collapse")
    ("the second largest bank collapse in the US", [(2.0, "largest bank collapse")]),
    ("the second-largest bank failure in US history", [(2.0, "largest bank failure")]),
    ("the 16th-largest bank ever to fail", [(16.0, "largest bank")]),
])
def test_a_rank_through_a_superlative_ranks_the_noun_after_it(text, found):
    from checks.numbers import ordinals
    assert [(m.value, m.unit) for m in ordinals(text, [])] == found


def test_a_rank_fact_reads_a_superlatives_rank(tmp_path):
    facts = RANK.replace("[land, landed, nation]", "[deadliest]").replace("value: 4", "value: 2").replace(
        "[nation, nations]", "[wildfire, wildfires, inferno]").replace(
        "Norland became the fourth nation to land on the moon.", "It was the second-deadliest wildfire.")
    assert verdicts(tmp_path, facts, {"a.txt": "It was the second deadliest wildfire this century."})["rank"][
        "a.txt"] == "agree"
    assert verdicts(tmp_path, facts, {"a.txt": "It was the third deadliest inferno this century."})["rank"][
        "a.txt"] == "differ"


def test_a_rank_by_another_measure_is_not_the_facts(tmp_path):
    # "the fifth-largest nation" ranks by size: no rank of the nations that landed
    assert verdicts(tmp_path, RANK, {"a.txt": "Norland, the fifth-largest nation, landed on the moon."})["rank"][
        "a.txt"] == "silent"


@pytest.mark.parametrize("text, verdict", [
    # what ought to happen is only a possible conflict
    ("Prosecutors argued that Orsk should be sentenced to three years.", "silent"),
    ("Orsk was sentenced to three years.", "differ"),
])
def test_what_ought_to_happen_is_a_possible_conflict(tmp_path, text, verdict):
    assert verdicts(tmp_path, SENTENCE, {"a.txt": text})["term"]["a.txt"] == verdict


def test_a_request_that_is_the_facts_term_is_the_facts(tmp_path):
    sought = SENTENCE.replace("[sentenced, jail term, prison]", "[asked for, prosecutors]").replace(
        "value: 18", "value: 36")
    assert verdicts(tmp_path, sought, {"a.txt": "Prosecutors had asked for three years in prison."})["term"][
        "a.txt"] == "agree"


def test_a_progressive_request_is_no_passive(tmp_path):
    assert verdicts(tmp_path, SENTENCE, {"a.txt": "Prosecutors are seeking a three-year prison term."})["term"][
        "a.txt"] == "silent"


@pytest.mark.parametrize("text, verdict", [
    # review counter-examples: an opening at-phrase holds the moment only when the term heads it
    ("At a memorial for the flood victims, 40 people laid wreaths.", "silent"),
    # a participle's year describes the subject, no earlier time of the clause
    ("Founded in 1998, the Aske relief fund says the floods killed 40 people.", "differ"),
])
def test_review_counter_examples_of_openings(tmp_path, text, verdict):
    facts = TOLL.replace("[killed, died, deaths, toll]", "[killed, died, deaths, toll, victims]")
    assert verdicts(tmp_path, facts, _dated(text))["toll"]["a.txt"] == verdict


def test_review_a_timeline_heading_dates_its_own_event(tmp_path):
    text = "Oct. 30 - Death toll from Aske crowd crush rises to 154"
    assert verdicts(tmp_path, CRUSH, _dated(text, "2022-11-01"))["crush"]["a.txt"] == "silent"


def test_review_moments_before_in_a_participle_date_nothing(tmp_path):
    text = "Police released footage on Oct. 28 showing the car moments before the accident."
    assert verdicts(tmp_path, ACCIDENT, _dated(text, "2022-11-06"))["accident"]["a.txt"] == "silent"


@pytest.mark.parametrize("text, verdict", [
    ("Like Olle Dahl four years ago, the senator became prime minister on Sunday, replacing Lena Berg.", "silent"),
    ("Olle Dahl was defeated on Sunday, replacing nobody.", "silent"),
])
def test_review_no_subject_for_a_trailing_participle(tmp_path, text, verdict):
    assert verdicts(tmp_path, SUCCESSOR, {"a.txt": text})["successor"]["a.txt"] == verdict


@pytest.mark.parametrize("claim, text, verdict", [
    # the claim's main clause is in the present: a past holder says nothing of now
    ("Olle Dahl heads the Aske police, which was founded in 1990.", "Olle Dahl, the former police chief, spoke.",
     "silent"),
    # the past mark must stand by the name
    ("Olle Dahl was police chief on the night of the flood.", "Former police chief Anna Berg praised police chief "
     "Olle Dahl.", "agree"),
])
def test_review_a_past_holder_needs_a_past_claim_and_a_mark_by_the_name(tmp_path, claim, text, verdict):
    facts = CHIEF.replace("Olle Dahl was chief of the Aske police on the night of the flood.", claim)
    assert verdicts(tmp_path, facts, {"a.txt": text})["chief"]["a.txt"] == verdict


def test_review_a_reference_of_the_same_noun_is_another_instance(tmp_path):
    facts = NORM.replace("[norm, tritium, winds]", "[crowd]").replace("value: 1500", "value: 100000").replace(
        "[becquerels, mph]", "[people]")
    text = "The crowd was larger than a crowd of 80,000 people in 2019."
    assert verdicts(tmp_path, facts, {"a.txt": text})["norm"]["a.txt"] == "silent"


@pytest.mark.parametrize("text, labels", [
    ("At the end of May, 2000 workers said so.", ["2024-05"]),  # a count after the comma, no year
    ("Last week 1200 homes were flooded.", ["2024-W05"]),  # a count after a relative week
])
def test_review_a_count_after_a_relative_date_is_no_year(text, labels):
    from checks.index import index_source
    from checks.sources import make_source
    idx = index_source(make_source("a.txt", text, published=datetime.date(2024, 2, 7)))
    assert [m.value.label for m in idx.sentences[0].dates] == labels


def test_review_as_many_as_then_as_is_no_comparison(tmp_path):
    text = "The flood killed as many as 40 people as it swept through Aske."
    assert verdicts(tmp_path, TOLL, _dated(text))["toll"]["a.txt"] == "differ"


def test_review_a_definite_ordinal_leaves_the_clauses_date(tmp_path):
    text = "The release reached the sea on the third attempt on 24 August."
    assert verdicts(tmp_path, RELEASE, _dated(text, "2023-09-01"))["start"]["a.txt"] == "agree"


def test_review_a_noun_of_demand_asks_for_nothing(tmp_path):
    facts = SALE.replace("about: [share sale, lost]", "about: [record, demand]").replace(
        "value: 20000", "value: 80").replace("[crore, crores]", "[gigawatts]")
    assert verdicts(tmp_path, facts, {"a.txt": "Power demand hits a record 85 gigawatts."})["sale"][
        "a.txt"] == "differ"


@pytest.mark.parametrize("text, verdict", [
    ("Aske concluded the discharge agreement on 6 December.", "differ"),  # concluding an agreement makes it
    # (the discharge itself: "from the discharge plan" names a plan, PLAN_NOUNS, no date of the discharge)
    ("The ruling on 25 August marks a sharp break from the discharge.", "differ"),  # no span: no mark
])
def test_review_no_end_nor_mark_without_their_words(tmp_path, text, verdict):
    assert verdicts(tmp_path, RELEASE, _dated(text, "2023-12-20"))["start"]["a.txt"] == verdict


def test_review_people_there_at_the_moment_are_no_figure_of_the_event(tmp_path):
    facts = TOLL.replace("[killed, died, deaths, toll]", "[caught fire, killed]")
    text = "About 300 people were inside the club when it caught fire."
    assert verdicts(tmp_path, facts, _dated(text))["toll"]["a.txt"] == "silent"


QUAKE = """
facts:
  - id: quake
    claim: The earthquake struck on 6 February 2023 with a magnitude of 7.8.
    kind: date
    about: [earthquake]
    value: 2023-02-06
"""


@pytest.mark.parametrize("text, verdict", [
    # a dated day after an anniversary is the day it is marked
    ("People held a vigil to mark the first anniversary of the earthquake, in Aske on February 6, 2024.", "silent"),
])
def test_review_an_anniversarys_dated_day_is_its_own(tmp_path, text, verdict):
    assert verdicts(tmp_path, QUAKE, _dated(text, "2024-02-07"))["quake"]["a.txt"] == verdict


def test_a_yearless_day_after_an_anniversary_is_the_events_day_of_the_year(tmp_path):
    text = "People marked the anniversary of the earthquake on February 6."  # no publication date: no year placed
    assert verdicts(tmp_path, QUAKE, {"a.txt": text})["quake"]["a.txt"] == "agree"


MAGNITUDE = QUAKE.replace("kind: date", "kind: number").replace("value: 2023-02-06", "value: 7.8\n    unit: [magnitude]"
                                                                    "\n    tolerance: 0")


@pytest.mark.parametrize("text, verdict", [
    # a bare ordinal opening a headline, or after a subordinator, names another instance
    ("Second earthquake of 7.6 magnitude jolts Aske", "silent"),
    ("Earthquake of 7.6 magnitude jolts Aske", "differ"),
])
def test_a_headlines_bare_ordinal_names_another_instance(tmp_path, text, verdict):
    assert verdicts(tmp_path, MAGNITUDE, {"a.txt": text})["quake"]["a.txt"] == verdict


def test_a_scale_is_a_unit_of_its_own(tmp_path):
    hours = QUAKE.replace("kind: date", "kind: number").replace("[earthquake]", "[followed by, hours later]").replace(
        "value: 2023-02-06", "value: 9\n    unit: [hours]\n    tolerance: 0")
    text = "The quake was followed by a 7.5 magnitude aftershock hours later."
    assert verdicts(tmp_path, hours, {"a.txt": text})["quake"]["a.txt"] == "silent"


def test_one_of_a_hyphen_compounds_plural_counts_a_part(tmp_path):
    facts = TOLL.replace("[killed, died, deaths, toll]", "[hit, provinces]").replace("[people, deaths]",
                                                                                     "[province, provinces]")
    assert verdicts(tmp_path, facts, {"a.txt": "In Aske, one of the hardest-hit provinces, prayers were said."})[
        "toll"]["a.txt"] == "silent"


def test_a_count_added_by_as_were_is_a_part(tmp_path):
    facts = TOLL.replace("[people, deaths]", "[people, deaths, civilians]")
    text = "The driver of the truck was killed in the attack, as were four civilians in a car nearby."
    assert verdicts(tmp_path, facts, {"a.txt": text})["toll"]["a.txt"] == "silent"


def test_an_enquiry_into_the_event_makes_it_a_topic(tmp_path):
    text = "The official enquiry into the accident was not due to finish until March 8."
    assert verdicts(tmp_path, ACCIDENT, _dated(text, "2023-02-27"))["accident"]["a.txt"] == "silent"
