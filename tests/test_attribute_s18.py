"""Rules of session 18, on invented sentences."""

import pytest

from .helpers import verdicts

VERDICT = """
facts:
  - id: verdict
    claim: The jury found Anna Orsk guilty on 2 November 2023.
    kind: date
    about: [verdict, convicted]
    value: 2023-11-02
"""
TRUCE = """
facts:
  - id: truce
    claim: The truce was signed on 9 November 2020.
    kind: date
    about: [truce]
    value: 2020-11-09
"""
EXTENSION = """
facts:
  - id: extension
    claim: The truce was extended on 9 December 2020.
    kind: date
    about: [extended, extension]
    value: 2020-12-09
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a verb that acts on a past event, or puts off a coming one, dates that act: only a possible conflict
    (VERDICT, "Her lawyers appealed the verdict on 5 February 2024.", "silent"),
    (VERDICT, "Her lawyers appealed against the jury's guilty verdict on 5 February 2024.", "silent"),
    (VERDICT, "The verdict was appealed on 5 February 2024.", "silent"),
    (VERDICT, "The verdict was later overturned on 5 February 2024.", "silent"),
    (VERDICT, "The court reserved its verdict on 24 October 2023.", "silent"),
    (TRUCE, "Velmar violated the truce on 12 December 2020.", "silent"),
    (TRUCE, "The truce was breached on 12 December 2020.", "silent"),
    # a matching date still agrees
    (TRUCE, "Leaders welcomed the truce on 9 November 2020.", "agree"),
    # the event's own verb, or the term in another clause, still dates it
    (VERDICT, "The jury delivered its verdict on 3 November 2023.", "differ"),
    (TRUCE, "The truce, which Velmar violated, was signed on 10 November 2020.", "differ"),
    (VERDICT, "She welcomed the news that the verdict came on 3 November 2023.", "differ"),
    (VERDICT, "Her lawyers appealed to the court, and the verdict came on 3 November 2023.", "differ"),
    # the verb is the fact's own term
    (EXTENSION, "Both sides extended the truce on 10 December 2020.", "differ"),
    # a name between the verb and the term: not one noun phrase
    (VERDICT, "Lawyers defended Orsk after the verdict on 3 November 2023.", "differ"),
])
def test_a_date_of_an_act_on_the_event_is_not_the_events(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})[record.split("id: ")[1].split()[0]]["a.txt"] == verdict


def _count(unit: str, terms: str, value: int) -> str:
    return f"""
facts:
  - id: count
    claim: x
    kind: number
    about: [{terms}]
    value: {value}
    unit: [{unit}]
    tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # ", and" then a count whose verb follows opens a clause of its own
    ("The family was using the generator, and one of the victims had asthma.", "silent"),
    ("The family was using the generator, and two of the victims had asthma.", "silent"),
    # a plain count after ", and" tells what the first clause's event did: one clause ("The storm hit Aske on Sunday,
    # and 40 people were killed")
    ("The family was using the generator, and two victims had asthma.", "differ"),
    ("The generator failed on Sunday, and three victims were found.", "agree"),
    # no verb after the count: no clause of its own
    ("The generator killed the family, and two victims in all.", "differ"),
    ("The generator killed three victims.", "agree"),
])
def test_a_count_opening_a_coordinated_clause_is_its_subject(tmp_path, text, verdict):
    assert verdicts(tmp_path, _count("victims", "generator", 3), {"a.txt": text})["count"]["a.txt"] == verdict


@pytest.mark.parametrize("text, verdict", [
    # after a form of "be", "one of the ..." says who belongs, not how many
    ("Orsk, 62, was one of the passengers listed as being on board the jet that crashed.", "silent"),
    ("Orsk and Lind were two of the passengers on board.", "silent"),
    # with a verb of its own the part is still a count
    ("Two of the passengers on board were killed.", "differ"),
    ("Ten passengers on board were killed.", "agree"),
])
def test_one_of_the_after_be_names_a_member(tmp_path, text, verdict):
    assert verdicts(tmp_path, _count("passengers", "on board, killed", 10), {"a.txt": text})["count"]["a.txt"] == verdict


@pytest.mark.parametrize("terms, value, text, verdict", [
    # every term of the clause in the whole's noun: the whole is what the term counts, the part is set aside
    # every term of the clause in the whole's noun: either number may be the count, both attached loosely
    ("substations", 89, "The operator had restored 85 of its 89 substations and switching stations.", "agree"),
    ("substations", 90, "The operator had restored 85 of its 89 substations.", "silent"),
    ("seats", 40, "Labour won 12 of the 40 seats in Wales.", "agree"),
    ("seats", 12, "Labour won 12 of the 40 seats in Wales.", "agree"),
    # a term outside the noun counts the part
    ("seats, won", 12, "Labour won 12 of the 40 seats in Wales.", "agree"),
    ("seats, won", 40, "Labour won 12 of the 40 seats in Wales.", "differ"),
])
def test_a_term_naming_only_the_wholes_noun_reads_both_loosely(tmp_path, terms, value, text, verdict):
    unit = "substations" if "substations" in terms else "seats"
    assert verdicts(tmp_path, _count(unit, terms, value), {"a.txt": text})["count"]["a.txt"] == verdict


INJURED = _count("people, wounded", "injured, wounded", 2000)
KILLED = _count("people", "killed, dead, death toll", 2000)


@pytest.mark.parametrize("record, text, verdict", [
    # a "death toll" counts the dead, not the injured; a toll alone may count either
    (INJURED, "The death toll has risen to 2,100.", "silent"),
    (_count("injuries", "injured, injuries, toll", 2000), "The death toll has risen to 2,100.", "silent"),
    (_count("injuries", "injured, injuries, toll", 2000), "The toll has risen to 2,100.", "differ"),
    (KILLED, "The death toll has risen to 2,100.", "differ"),  # "people" is a plural: a tally's count
    (KILLED, "The death toll has risen to 2,000.", "agree"),
    # an earlier number does not borrow a participle: it tells what happened to its own count
    (INJURED, "The toll has risen to 2,025, 1,200 wounded.", "differ"),
    (INJURED, "The death toll has risen to 2,025, 2,000 wounded.", "agree"),
    # a count and its participle after "and", its "were" left out, is a clause of its own
    (INJURED, "2,053 people had lost their lives and 2,000 wounded.", "agree"),
    (INJURED, "2,053 people had lost their lives and 1,240 others wounded in the quake.", "differ"),
])
def test_tolls_participles_and_elided_counts(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["count"]["a.txt"] == verdict


def test_a_listed_number_borrows_a_unit_but_not_a_participle():
    from checks.numbers import numbers
    assert [m.unit for m in numbers("Twin quakes of 7.8 and 7.5 magnitude hit.")] == ["magnitude", "magnitude"]
    assert [m.unit for m in numbers("The toll rose to 2,025, 1,200 wounded.")] == ["", "wounded"]


@pytest.mark.parametrize("word, plural", [("people", True), ("children", True), ("seats", True), ("class", False),
                                          ("person", False), ("man", False)])
def test_plurals_without_an_s(word, plural):
    from checks.words import is_plural
    assert is_plural(word) is plural


CRASH = """
facts:
  - id: crash
    claim: The airliner crashed on 12 June 2025.
    kind: date
    about: [crash, crashed, attack]
    value: 2025-06-12
"""


@pytest.mark.parametrize("text, verdict", [
    # every term in a phrase after the subject's noun: the date after the verb is that verb's
    ("The plane involved in the crash, a 787-8, was built in 2013.", "silent"),
    ("The man accused of the attack was arrested on 3 July 2025.", "silent"),
    ("The pilot of the crashed jet had been trained in 2019.", "silent"),
    # the term heading the subject, or after the verb, or the date inside the phrase: the clause decides
    ("The crash of the airliner happened on 13 June 2025.", "differ"),
    ("The plane crashed on 13 June 2025.", "differ"),
    ("The plane involved in the crash on 13 June 2025 was built in 2013.", "differ"),
])
def test_a_term_describing_the_subject_does_not_own_the_verbs_date(tmp_path, text, verdict):
    assert verdicts(tmp_path, CRASH, {"a.txt": text})["crash"]["a.txt"] == verdict


@pytest.mark.parametrize("text, verdict", [
    # a bare plural subject and an -ing participle: the same reading
    ("Civilians fleeing the crash site streamed into the town on 13 June 2025.", "silent"),
    # a past form right after a subject is its verb, not a participle describing it
    ("Flights ended with the crash on 13 June 2025.", "differ"),
    ("The jet became trapped in a crash on 13 June 2025.", "differ"),
])
def test_a_participle_describing_a_bare_subject(tmp_path, text, verdict):
    assert verdicts(tmp_path, CRASH, {"a.txt": text})["crash"]["a.txt"] == verdict


MAGNITUDE = """
facts:
  - id: magnitude
    claim: The earthquake had a magnitude of 7.4.
    kind: number
    about: [earthquake, quake]
    value: 7.4
    unit: [magnitude]
    tolerance: 0
"""


@pytest.mark.parametrize("published, text, verdict", [
    # a claim naming no year: a clause dated years before the source's publication tells of an earlier time
    ("2024-04-03", "In September 1999, a 7.6 magnitude earthquake killed 2,400 people.", "silent"),
    ("2024-04-03", "A 7.6 magnitude earthquake struck in 1999.", "silent"),
    # the year before publication may still be the story's; no publication date, no such reading
    ("2024-04-03", "In December 2023, a 7.6 magnitude earthquake struck.", "differ"),
    ("", "In September 1999, a 7.6 magnitude earthquake killed 2,400 people.", "differ"),
    ("2024-04-03", "The 7.4 magnitude earthquake of 1999 killed 2,400 people.", "agree"),  # a matching one agrees
])
def test_a_clause_dated_years_before_publication(tmp_path, published, text, verdict):
    sources = {"a.txt": text}
    if published:
        sources["sources.yaml"] = f"a.txt:\n  published: '{published}'\n"
    assert verdicts(tmp_path, MAGNITUDE, sources)["magnitude"]["a.txt"] == verdict


LONG = ("The {term} for the farmers and herders of the northern coast and of its small villages and of the hill towns "
        "above the valley {tail}")


@pytest.mark.parametrize("tail, verdict", [
    # 21 to 32 words from the term in one clause: attached loosely (a matching value agrees, another may conflict)
    ("was declared on 3 May 2024.", "agree"),
    ("was declared on 4 May 2024.", "silent"),
    # a counted date or a span that far off: set aside
    ("has worsened over the past week.", "silent"),
    # past FAR_DISTANCE: set aside, so a conflicting date says nothing; the fact's own date, the source's only one,
    # still agrees (only_value)
    ("and of the many towns and cities in the river's wide delta far to the south was declared on 4 May 2024.",
     "silent"),
    ("and of the many towns and cities in the river's wide delta far to the south was declared on 3 May 2024.",
     "agree"),
])
def test_a_value_far_from_the_term_in_a_long_clause(tmp_path, tail, verdict):
    record = """
facts:
  - id: emergency
    claim: A drought emergency was declared on 3 May 2024.
    kind: date
    about: [drought emergency]
    value: 2024-05-03
"""
    text = LONG.format(term="drought emergency", tail=tail)
    sources = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2024-05-06'\n"}
    assert verdicts(tmp_path, record, sources)["emergency"]["a.txt"] == verdict


def test_the_distance_limits():
    from checks.attribution.clauses import FAR_DISTANCE, MAX_DISTANCE
    assert MAX_DISTANCE < FAR_DISTANCE


RAIN = _count("mm, millimetres", "rain, rainfall", 414)


@pytest.mark.parametrize("text, verdict", [
    # a figure in a clause with an adverb of what is usual is the norm, not what happened
    ("Usually, the region receives just around 1.5 mm of rain for the whole of September.", "silent"),
    ("The storm dropped 414 mm of rain, while the region typically gets 1.5 mm.", "agree"),
    ("On average the region gets 1.5 mm of rain in September.", "silent"),
    ("The storm dropped 300 mm of rain.", "differ"),
])
def test_a_usual_figure_is_no_statement_of_the_event(tmp_path, text, verdict):
    assert verdicts(tmp_path, RAIN, {"a.txt": text})["count"]["a.txt"] == verdict


def test_years_later_counts_from_an_event_never_from_publication(tmp_path):
    record = """
facts:
  - id: president
    claim: Lind became president in March 1990.
    kind: date
    about: [became president]
    value: 1990-03
"""
    text = "In March 1985, Lind was elected leader, and five years later, in March 1990, she became president."
    sources = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2022-08-31'\n"}
    assert verdicts(tmp_path, record, sources)["president"]["a.txt"] == "agree"  # not 2027, five years after publication


@pytest.mark.parametrize("record, text, verdict", [
    # a bare object of a verb of harm counts people
    (_count("people", "killed", 18), "The attack killed 18 in the city.", "agree"),
    (_count("victims", "killed", 18), "Gunmen killed at least 18.", "agree"),
    (_count("people", "killed", 18), "The attack killed 20.", "differ"),
    (_count("homes", "destroyed", 18), "The attack killed 18.", "silent"),  # a fact counting no people
    # a second -ing verb after the first's object opens a clause of its own
    (_count("people, others", "wounding, wounded", 13), "He is suspected of killing 18 people and wounding 13.", "agree"),
    (_count("people, others", "affecting, affected", 33000000),
     "Floods have covered a third of the land, killing 1,396 people and affecting nearly 33 million others.", "agree"),
    # "killing and wounding 40" counts the killed and the wounded together: no count of the killed alone (as with
    # "killed and wounded 40")
    (_count("people", "killing, killed", 18), "Gunmen opened fire, killing and wounding 40 people.", "silent"),
    (_count("people", "killing, killed", 18), "Gunmen opened fire and killed and wounded 40 people.", "silent"),
])
def test_harm_verbs_count_people_and_ing_verbs_coordinate(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["count"]["a.txt"] == verdict


RESCUE = _count("USD, dollars", "deposit, deposits", 30000000000)


@pytest.mark.parametrize("record, text, verdict", [
    # "each" between the subject and its verb: each member's figure, not the total
    (RESCUE, "Four banks, Alpha, Beta, Gamma and Delta, are each making a $5 billion deposit.", "silent"),
    (RESCUE, "The four banks each made a $5 billion deposit.", "silent"),
    (RESCUE, "The banks made a $5 billion deposit.", "differ"),
    (RESCUE, "Eleven banks made $30 billion in deposits, each giving at least $1 billion.", "agree"),
    # a claim about each member's figure reads it
    (_count("USD, dollars", "deposit", 5000000000).replace("claim: x", "claim: Four banks each deposited $5 billion."),
     "The four banks each made a $5 billion deposit.", "agree"),
])
def test_each_between_subject_and_verb_makes_a_share(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["count"]["a.txt"] == verdict


@pytest.mark.parametrize("text, found", [
    # "one" after a determiner and a describing word, no noun after it, stands for a thing: no count
    ("A note was addressed to a \u201cloved one,\u201d police said.", []),
    ("The last one was found on Friday.", []),
    # a count of one, or one of a larger number, stays
    ("He killed one person.", [("one", "person")]),
    ("A new one billion dollar plan.", [("one billion dollar", "USD")]),  # (an amount in words is money)
])
def test_one_as_a_pronoun_is_no_number(text, found):
    from checks.numbers import numbers
    assert [(m.text, m.unit) for m in numbers(text)] == found


TOUR = """
facts:
  - id: tour
    claim: Lind toured the cathedral on 29 November 2024.
    kind: date
    about: [toured, rampage]
    value: 2024-11-29
"""


@pytest.mark.parametrize("text, verdict", [
    # a century before a noun phrase says how old that thing is, not when the clause's event was
    ("Lind hailed the rebuilt 12th-century gothic Aske cathedral as she toured it on 29 November 2024.", "agree"),
    ("Lind hailed the 12th-century cathedral she toured.", "silent"),
    # a century ending the sentence, with no noun after it (it once read past the last word)
    ("Lind toured the cathedral, which dates from the 12th century", "silent"),
    # a possessive name inside a report's topic: the date between the report and its topic is the report's
    ("The commission released its report on 2 December 2024 on Velmar's deadliest-ever rampage.", "silent"),
])
def test_centuries_and_report_topics(tmp_path, text, verdict):
    sources = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2024-12-03'\n"}
    assert verdicts(tmp_path, TOUR, sources)["tour"]["a.txt"] == verdict


CAMP = _count("campers, deaths", "died, deaths, death toll", 27).replace(
    "claim: x", "claim: 27 campers and counselors died at Camp Aske.")


@pytest.mark.parametrize("record, text, verdict", [
    # a count over a wider whole than the claim names: only a possible conflict
    (CAMP, "Authorities counted more than 90 deaths statewide, and 27 campers died at the camp.", "agree"),
    (CAMP, "Statewide, the death toll has reached 95.", "silent"),
    (CAMP, "The death toll has reached 95.", "differ"),
    # a scope word widening something else keeps the count
    (CAMP, "Thirty campers died during the nationwide heatwave.", "differ"),
    # a claim naming the wider whole reads it
    (CAMP.replace("at Camp Aske.", "statewide."), "Authorities counted 90 deaths statewide.", "differ"),
])
def test_a_count_over_a_wider_whole(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["count"]["a.txt"] == verdict


DELIVERY = """
facts:
  - id: delivery
    claim: The first trucks were delivered on 30 November 2023.
    kind: date
    about: [deliveries, deliver, delivered]
    value: 2023-11-30
"""


@pytest.mark.parametrize("text, verdict", [
    # what was promised, wanted or said before, put with "would" or "to": that plan's date, only a possible conflict
    ("In 2019 the firm promised that deliveries would begin in 2021.", "silent"),
    ("The firm had said it would deliver the first trucks in the summer of 2023.", "silent"),
    ("The firm originally said deliveries would start in 2021.", "silent"),
    ("The firm unveiled the truck in 2019, promising deliveries in 2021.", "silent"),
    # a matching plan still agrees; a plain saying of now, or the event itself, decides as before
    ("The firm had said it would deliver the first trucks on 30 November 2023.", "agree"),
    ("The firm said deliveries would begin on 1 December 2023.", "differ"),
    ("Deliveries began on 1 December 2023.", "differ"),
])
def test_a_plan_told_of_an_earlier_time(tmp_path, text, verdict):
    sources = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2023-11-23'\n"}
    assert verdicts(tmp_path, DELIVERY, sources)["delivery"]["a.txt"] == verdict


@pytest.mark.parametrize("text, verdict", [
    ("Musk said he wanted the base model to sell for $50,000.", "silent"),
    ("The base model will sell for $50,000.", "differ"),
])
def test_a_wanted_price(tmp_path, text, verdict):
    record = _count("USD, dollars", "sell, base model", 60990)
    assert verdicts(tmp_path, record, {"a.txt": text})["count"]["a.txt"] == verdict


@pytest.mark.parametrize("terms, text, verdict", [
    # "per <noun>" is a rate, no total, unless the fact's terms name that noun: then the rate is what it measures
    ("range, per charge", "The truck gets 340 miles per charge.", "agree"),
    ("range, per charge", "The truck gets 250 miles per charge.", "differ"),
    ("range", "The truck's range is 250 miles per day of driving.", "silent"),
])
def test_a_rate_named_by_the_terms_is_the_facts(tmp_path, terms, text, verdict):
    assert verdicts(tmp_path, _count("miles", terms, 340), {"a.txt": text})["count"]["a.txt"] == verdict


@pytest.mark.parametrize("record, text, verdict", [
    # the review's counter-examples, pinned
    (_count("people", "storm", 40), "The storm hit Aske on Sunday, and 40 people were killed.", "agree"),
    (_count("people", "attack", 40).replace("claim: x", "claim: The attack injured 40 people."),
     "The attack killed 18.", "silent"),  # a count after "killed" counts no injured
    (RAIN, "The storm dropped 414 mm of rain on the usually arid region.", "agree"),
    (_count("USD, dollars", "package", 1200000000000), "The two leaders each hailed the $1.2 trillion package.", "agree"),
    (_count("crew", "dead", 2), "The dead are three of the crew.", "differ"),
])
def test_review_counter_examples(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["count"]["a.txt"] == verdict


@pytest.mark.parametrize("record, text, verdict", [
    (CRASH.replace("crashed, attack]", "crashed, protesters, protests]"),
     "Thousands of protesters took to the streets on 13 June 2025.", "differ"),  # "of": the term's own event
    (CRASH.replace("crashed, attack]", "crashed, rally]"),
     "Supporters who welcomed the move joined the rally on 13 June 2025.", "differ"),  # another clause's verb
])
def test_review_counter_examples_of_dates(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["crash"]["a.txt"] == verdict


@pytest.mark.parametrize("word, verb", [("killing", True), ("affecting", True), ("during", False), ("spring", False),
                                        ("evening", False), ("King", False)])
def test_words_in_ing_that_are_no_verb(word, verb):
    from checks.attribution.clauses import _ing
    from checks.words import words
    assert _ing(words(word)[0]) is verb


PROTESTS = """
facts:
  - id: protests
    claim: The protests began on 18 June 2024.
    kind: date
    about: [protests, bill]
    value: 2024-06-18
"""


@pytest.mark.parametrize("text, verdict", [
    # a year right after the capitalised noun of a law or a plan is part of the name: it dates no event
    ("MPs pushed through the controversial Finance Bill, 2024.", "silent"),
    ("It is the first meeting since the anti-Finance Bill 2024 protests.", "silent"),
    ("The Velmar Budget 2024 was tabled, and the protests began in 2023.", "differ"),
    ("The bill was debated in 2024.", "agree"),
])
def test_a_year_in_a_name_dates_nothing(tmp_path, text, verdict):
    assert verdicts(tmp_path, PROTESTS, {"a.txt": text})["protests"]["a.txt"] == verdict


@pytest.mark.parametrize("text, verdict", [
    # a measure before "in DIMENSION" is that dimension
    ("The rocket stands 397 feet tall and about 30 feet in diameter.", "agree"),
    ("The tall rocket is about 30 feet in diameter.", "silent"),
    ("The rocket is 121 metres in height.", "agree"),
])
def test_a_measure_in_a_named_dimension(tmp_path, text, verdict):
    assert verdicts(tmp_path, _count("m, metres, feet", "tall, height", 121).replace("tolerance: 0", "tolerance: 1"),
                    {"a.txt": text})["count"]["a.txt"] == verdict


@pytest.mark.parametrize("record, text, verdict", [
    # "is powered by 33 engines": an agent after a passive participle, no margin
    (_count("engines", "booster, Raptor engines", 33).replace("claim: x", "claim: The booster is powered by 33 Raptor engines."),
     "The booster has 33 Raptor engines.", "agree"),
    (_count("wickets", "won", 6).replace("claim: x", "claim: Alpha won the final by six wickets."),
     "Alpha lost three early wickets but won.", "silent"),  # a margin claim still reads margins only
    # (a passive participle with its particle: "was carried out by five gunmen" names the agents)
    (_count("gunmen", "gunmen, stormed", 5).replace("claim: x", "claim: The attack was carried out by five gunmen."),
     "Five gunmen stormed the cafe.", "agree"),
    (_count("gunmen", "gunmen, stormed", 5).replace("claim: x", "claim: The attack was carried out by five gunmen."),
     "Six gunmen stormed the cafe.", "differ"),
    # a whole after "of its" is its owner's own total: both numbers loosely
    (_count("engines", "booster, Raptor engines", 33), "The booster re-lit three of its 33 Raptor engines.", "agree"),
    (_count("engines", "booster, Raptor engines", 33), "The booster re-lit three of its 31 Raptor engines.", "silent"),
])
def test_agents_and_owned_wholes(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["count"]["a.txt"] == verdict
