"""Rules of session 20, on invented sentences."""

import textwrap

import pytest

from checks.attribution.subjects import claim_names, claim_places

from .helpers import record, verdicts

ATTACK = """
facts:
  - id: d
    claim: The attack on the Aske concert hall took place on 22 March 2024.
    kind: date
    about: [attack, crash]
    value: 2024-03-22
"""



@pytest.mark.parametrize("text, verdict", [
    # "of" after a plural noun of people: the term only says which people, the date is their verb's
    ("Suspects of the attack appeared before the court on 5 May 2024.", "silent"),
    ("The four perpetrators of the attack were sentenced on 5 May 2024.", "silent"),
    ("Relatives of the victims of the attack gathered at the hall on 5 May 2024.", "silent"),
    # a noun of a part, a group or an amount before "of" tells of what follows it
    ("Dozens of attacks hit the city on 5 May 2024.", "differ"),
    ("Parts of the attack were filmed on 22 March 2024.", "agree"),
    ("Members of the attack squad were killed on 5 May 2024.", "silent"),  # "attack" only says which squad: noun_modifier
    # the term heading the subject is the event itself
    ("The attack on the hall happened on 22 March 2024.", "agree"),
    ("The attack of the gunmen began on 5 May 2024.", "differ"),
])
def test_of_after_a_plural_noun_of_people_only_says_which_people(tmp_path, text, verdict):
    assert verdicts(tmp_path, ATTACK, {"a.txt": text})["d"]["a.txt"] == verdict


@pytest.mark.parametrize("claim, names", [
    ("Bankman-Fried was sentenced to 25 years (300 months) in prison.", ["Bankman-Fried"]),
    ("Sam Bankman-Fried was sentenced on 28 March 2024 by Judge Lewis Kaplan.", ["Sam", "Bankman-Fried", "Lewis",
                                                                                "Kaplan"]),
    ("The acquisition was valued at about $14.9 billion on 18 December.", []),
    ("President Orsk signed the accord in Aske.", ["Orsk", "Aske"]),
    ("Officials said the toll was 98.", []),
    ("Velmar sold Velmar Line in May.", ["Velmar", "Line"]),
])
def test_claim_names_are_its_capitalised_words_but_offices_days_and_an_opening_word(claim, names):
    assert claim_names(claim) == names


SURVIVORS = """
facts:
  - id: n
    claim: 104 people survived the sinking.
    kind: number
    about: [survivors, survived]
    value: 104
    unit: [survivors, people]
"""
KNELT = """
facts:
  - id: n
    claim: He knelt for 9 minutes 29 seconds.
    kind: number
    about: [knelt, held]
    value: 9.5
    unit: [minutes]
    tolerance: 0.1
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a unit of two words after a number is its own: no count of the noun before it
    (SURVIVORS, "Boats searched for survivors 47 nautical miles off Aske.", "silent"),
    (SURVIVORS, "Boats searched for survivors 47 square kilometres wide.", "silent"),
    (SURVIVORS, "Boats found 47 survivors 20 nautical miles off Aske.", "differ"),
    # "over" after a preposition bounds a span ("for over nine minutes": more than nine)...
    (KNELT, "He knelt for over nine minutes.", "silent"),
    (KNELT, "He knelt for over 12 minutes.", "differ"),
    # ... but right after a verb it says during ("held over nine minutes")
    (KNELT, "The hold was held over nine minutes.", "differ"),
])
def test_a_numbers_own_words_after_it(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["n"]["a.txt"] == verdict


OUSTED = """
facts:
  - id: d
    claim: Orsk was pushed out as chief executive on 17 November 2023.
    kind: date
    about: [pushed out, ousted, collapsed]
    value: 2023-11-17
"""


@pytest.mark.parametrize("text, verdict", [
    # a subject pronoun right after a noun opens a relative clause with its "that" left out
    ("Orsk returns, days after he was pushed out of the company he co-founded in 2015.", "silent"),
    ("Orsk was ousted from the firm he had led since 2019, sources said.", "silent"),
    ("Orsk was ousted from the firm they built in 2019.", "silent"),
    # its end is told only by the outer verb coming back: with another verb after its own it is left whole
    ("The men were trapped on 17 November 2023, when the tunnel they were digging in Aske collapsed.", "agree"),
    # after a word of time the pronoun is the main subject
    ("Later that day he was ousted, on 17 November 2023.", "agree"),
    ("On Friday he was ousted by the board.", "agree"),
    ("That morning he was ousted by the board on 16 November 2023.", "differ"),
])
def test_a_pronoun_after_a_noun_opens_a_relative_clause(tmp_path, text, verdict):
    files = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2023-11-18'\n"}
    assert verdicts(tmp_path, OUSTED, files)["d"]["a.txt"] == verdict


TEMPERATURE = """
facts:
  - id: n
    claim: The bearing reached 253 degrees above ambient.
    kind: number
    about: [above ambient, bearing]
    value: 253
    unit: [degrees]
"""


@pytest.mark.parametrize("text, verdict", [
    # a sentence opened by a word of earlier time tells a state since changed: a possible conflict, no difference
    ("At first, the bearing was 38 degrees above ambient.", "silent"),
    ("Initially, the bearing was 38 degrees above ambient.", "silent"),
    ("First there was talk of 38 degrees above ambient; later the bearing hit 253 degrees above ambient.", "agree"),
    ("At first, the bearing was 253 degrees above ambient.", "agree"),
    # not "first" as an ordinal, nor a later clause past the semicolon
    ("The first bearing was 38 degrees above ambient.", "differ"),
    ("At first all was well; then the bearing was 38 degrees above ambient.", "differ"),
])
def test_a_figure_in_a_sentence_opened_by_a_word_of_earlier_time_is_an_earlier_figure(tmp_path, text, verdict):
    assert verdicts(tmp_path, TEMPERATURE, {"a.txt": text})["n"]["a.txt"] == verdict


COLLAPSE = """
facts:
  - id: d
    claim: The Aske tower collapsed on 24 June 2021.
    kind: date
    about: [collapse, collapsed]
    value: 2021-06-24
"""


@pytest.mark.parametrize("text, verdict", [
    # a to-infinitive's phrase reaches a term past a long name, whose words count as one
    ("Officials held a memorial on 24 June 2022 to honor the victims of the Champlain Towers South Aske collapse.",
     "silent"),
    ("Officials held a memorial on 24 June 2022 to honor the victims of the tower collapse.", "silent"),
    # beyond its reach (eight words), the term's clause takes the date as before
    ("Officials held a memorial on 24 June 2022 to honor the many victims of the terrible and sudden tower collapse.",
     "differ"),
])
def test_a_to_infinitive_reaches_past_a_long_name(tmp_path, text, verdict):
    assert verdicts(tmp_path, COLLAPSE, {"a.txt": text})["d"]["a.txt"] == verdict


ALTITUDE = """
facts:
  - id: n
    claim: The helicopter reached 2,300 feet.
    kind: number
    about: [climb, reached]
    value: 2300
    unit: [feet]
"""


@pytest.mark.parametrize("text, verdict", [
    # the figure right after a try's infinitive is its goal: a possible conflict, no difference
    ("The pilot was trying to climb to 4,000 feet.", "silent"),
    ("The pilot tried to climb to 2,300 feet.", "agree"),
    # only past a preposition: a direct object counts real things (review s20: "attempted to disperse 2,000 protesters")
    ("The pilot attempted to climb 4,000 feet.", "differ"),
    # a figure further on is no goal ("trying to climb through 400 feet of cloud" measures the cloud)
    ("The helicopter reached 4,000 feet.", "differ"),
])
def test_a_figure_a_try_aims_at_is_its_goal(tmp_path, text, verdict):
    assert verdicts(tmp_path, ALTITUDE, {"a.txt": text})["n"]["a.txt"] == verdict


def test_a_try_dates_itself(tmp_path):
    record = COLLAPSE.replace("[collapse, collapsed]", "[walk away]")
    assert verdicts(tmp_path, record, {"a.txt": "Orsk had tried to walk away from the deal on 3 May 2021."})["d"][
        "a.txt"] == "differ"


AWARD = """
facts:
  - id: n
    claim: A jury awarded Anna Orsk $16 million.
    kind: number
    about: [awarded, damages]
    value: 16000000
    unit: [dollars]
"""


@pytest.mark.parametrize("text, verdict", [
    # a sum right after a verb of giving and a name is that name's: another's, when the claim does not name it
    ("The jury also awarded co-plaintiff Jon Roe $15 million in damages.", "silent"),
    ("The court awarded Velmar Line 15 million dollars.", "silent"),
    ("The jury awarded Anna Orsk $16 million.", "agree"),
    ("The jury awarded Orsk $15 million.", "differ"),
    ("The jury awarded $15 million to Orsk.", "differ"),
])
def test_a_sum_given_to_someone_the_claim_does_not_name_is_theirs(tmp_path, text, verdict):
    assert verdicts(tmp_path, AWARD, {"a.txt": text})["n"]["a.txt"] == verdict


def test_a_claim_naming_no_one_reads_any_recipient(tmp_path):
    record = AWARD.replace("A jury awarded Anna Orsk $16 million.", "the award was $16 million.")
    assert verdicts(tmp_path, record, {"a.txt": "The jury awarded Jon Roe $15 million."})["n"]["a.txt"] == "differ"


RANKS = """
facts:
  - id: size
    claim: Aske Bank was the 16th-largest bank in the United States.
    kind: number
    about: [largest bank, largest]
    value: 16
    unit: [largest bank, largest, bank]
  - id: fail
    claim: Aske Bank's failure was the second-largest bank failure in US history.
    kind: number
    about: [failure, bank failure, collapse, bank collapse]
    value: 2
    unit: [largest, bank failure, failure, bank collapse, collapse]
"""


@pytest.mark.parametrize("text, size, fail", [
    # a rank through a superlative ranks the head of the compound noun after it: collapses, not banks
    ("Aske became the second largest bank collapse in the history of the United States.", "silent", "agree"),
    ("It was the third-largest bank failure in US history.", "silent", "differ"),
    ("Aske was the 16th-largest bank in the US.", "agree", "silent"),
    ("Aske was the 20th largest bank ever to fail.", "differ", "silent"),
    # words of time or place after it are no part of the compound (review s20)
    ("Aske was the 16th-largest bank last year.", "agree", "silent"),
    ("Aske was the 16th-largest bank nationwide.", "agree", "silent"),
])
def test_a_superlatives_rank_is_of_its_compound_nouns_head(tmp_path, text, size, fail):
    got = verdicts(tmp_path, RANKS, {"a.txt": text})
    assert (got["size"]["a.txt"], got["fail"]["a.txt"]) == (size, fail)


ABOARD = """
facts:
  - id: n
    claim: The plane carried 181 people, 175 passengers and six crew members.
    kind: number
    about: [on board, aboard, carrying, carried]
    value: 181
    unit: [people, persons, occupants, passengers and crew]
"""


@pytest.mark.parametrize("text, verdict", [
    # a count after the -ing form of a verb of harm counts the harmed: a part of those on board
    ("A plane carrying 181 people struck a wall, killing 179 people.", "agree"),
    ("The plane carrying all on board hit a wall, killing 179 people.", "silent"),
    ("The plane, carrying 180 people, hit a wall, injuring 40 people.", "differ"),
])
def test_a_count_after_an_ing_verb_of_harm_counts_the_harmed(tmp_path, text, verdict):
    assert verdicts(tmp_path, ABOARD, {"a.txt": text})["n"]["a.txt"] == verdict


ANNOUNCED = """
facts:
  - id: d
    claim: Orsk announced the deal on Saturday 9 December 2023.
    kind: date
    about: [announcement, announced]
    value: 2023-12-09
"""


@pytest.mark.parametrize("text, verdict", [
    # a verbless before-phrase takes its main clause's time: told as past, the day is the last one
    ("Speculation had swirled for days before the announcement on Saturday.", "agree"),
    # only after a past perfect: what a simple past came before may still be to come (review s20)
    ("Shares rose before the announcement on Saturday.", "silent"),  # counted_only
    # told as to come, the next one
    ("Speculation will swirl before the announcement on Saturday.", "silent"),  # counted_only
])
def test_a_before_phrase_takes_its_main_clauses_time(tmp_path, text, verdict):
    files = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2023-12-10'\n"}
    assert verdicts(tmp_path, ANNOUNCED, files)["d"]["a.txt"] == verdict


LINES = """
facts:
  - id: n
    claim: Three of the four lines were damaged.
    kind: number
    about: [lines, pipelines, damaged]
    value: 3
    unit: [lines, pipelines]
"""


@pytest.mark.parametrize("text, verdict", [
    # a numeral joined by "and" to one of a name is the name's too
    ("Blasts hit the Aske Stream 1 and 2 pipelines.", "silent"),
    ("Blasts damaged the Velmar 3 or 4 pipelines, officials said.", "silent"),
    # counts after no name are counts
    ("Blasts damaged 3 pipelines.", "agree"),
    ("Blasts damaged 2 pipelines and 1 cable.", "differ"),
])
def test_a_numeral_joined_to_a_names_numeral_is_the_names(tmp_path, text, verdict):
    assert verdicts(tmp_path, LINES, {"a.txt": text})["n"]["a.txt"] == verdict


STORMED = """
facts:
  - id: d
    claim: Rioters stormed the Aske parliament on 8 January 2023.
    kind: date
    about: [stormed, invasion]
    value: 2023-01-08
"""


@pytest.mark.parametrize("text, verdict", [
    # what something is likened to is another thing
    ("The images were reminiscent of the 6 January 2021 invasion of the Velmar Capitol.", "silent"),
    ("Rioters stormed the parliament on 8 January, in scenes that echoed the invasion of 2021.", "agree"),
    # not "similar to" (often an aside), nor a verb of likeness with no object (review s20)
    ("Explosions echoed across Aske on 8 January 2023 as rioters stormed the hall.", "agree"),
    ("The attack mirrored the invasion of 6 January 2021.", "silent"),
    # not "similar" before another word
    ("Similar scenes followed when rioters stormed the parliament on 9 January 2023.", "differ"),
])
def test_what_something_is_likened_to_is_another_thing(tmp_path, text, verdict):
    files = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2023-01-09'\n"}
    assert verdicts(tmp_path, STORMED, files)["d"]["a.txt"] == verdict


def test_an_absolute_outcome_stays_with_the_clause_before(tmp_path):
    record = """
facts:
  - id: n
    claim: Sunday left 91 people dead.
    kind: number
    about: [violence peaked]
    value: 91
    unit: [people]
"""
    text = "Violence peaked on Sunday, with 91 people killed in clashes."
    assert verdicts(tmp_path, record, {"a.txt": text})["n"]["a.txt"] == "agree"


POST = """
facts:
  - id: p
    claim: At the time of the riot Jon Roe was Aske's security secretary; he had been Orsk's justice minister until 1 January.
    kind: party
    about: [Jon Roe, Roe]
    value: [security secretary]
    rivals: [justice minister]
"""


@pytest.mark.parametrize("text, verdict", [
    # a rival the claim says was held before, marked as former in the text, is no conflict
    ("Former justice minister Jon Roe was arrested.", "silent"),
    ("Jon Roe, the former justice minister, was arrested.", "silent"),
    # unmarked, it is still a rival
    ("Justice minister Jon Roe was arrested.", "differ"),
    ("Former security secretary Jon Roe was arrested.", "agree"),
])
def test_a_rival_the_claim_says_was_held_before_is_no_conflict_when_marked_former(tmp_path, text, verdict):
    assert verdicts(tmp_path, POST, {"a.txt": text})["p"]["a.txt"] == verdict


def test_a_former_rival_conflicts_when_the_claim_does_not_say_it_was_held_before(tmp_path):
    record = POST.replace("; he had been Orsk's justice minister until 1 January.", ".")
    assert verdicts(tmp_path, record, {"a.txt": "Former justice minister Jon Roe was arrested."})["p"][
        "a.txt"] == "differ"


QUAKE = """
facts:
  - id: d
    claim: The earthquake struck on Friday 8 September 2023.
    kind: date
    about: [earthquake, quake, explosions]
    value: 2023-09-08
"""


@pytest.mark.parametrize("text, verdict", [
    # what instruments record as it happens: "was recorded" on a day dates the event itself
    ("A magnitude 6.8 earthquake was recorded on Friday at 11:11 pm.", "agree"),
    ("Several explosions were recorded near Aske on 7 September 2023.", "differ"),
    # a record made after stays a clause of its own ("her death was registered on 16 May")
    ("The earthquake damage was documented on 12 September 2023.", "silent"),
    # a tally to a time is no event's time
    ("After the main quake, 480 tremors had been recorded by Tuesday.", "silent"),
])
def test_a_detected_event_was_recorded_when_it_happened(tmp_path, text, verdict):
    files = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2023-09-10'\n"}
    assert verdicts(tmp_path, QUAKE, files)["d"]["a.txt"] == verdict


MONTHS = """
facts:
  - id: n
    claim: The blasts came seven months after the invasion.
    kind: number
    about: [invasion, invaded]
    value: 7
    unit: [months]
"""


@pytest.mark.parametrize("text, verdict", [
    # a span right before an after-phrase is the time from the phrase's event: the interval the fact counts
    ("The blasts came nearly seven months after Velmar invaded Aske.", "agree"),
    # loosely: the span may run to another event ("Finland applied three months after the invasion", review s20)
    ("The pipes blew up in 2022, six months after the invasion.", "silent"),
    ("On 8 January, seven months after the invasion, rioters stormed the hall.", "agree"),
])
def test_a_span_before_an_after_phrase_is_the_interval_from_its_event(tmp_path, text, verdict):
    assert verdicts(tmp_path, MONTHS, {"a.txt": text})["n"]["a.txt"] == verdict


CONTRACT = """
facts:
  - id: n
    claim: Orsk signed a 10-year, $700 million contract.
    kind: number
    about: [contract, deal]
    value: 700000000
    unit: [dollars]
"""


@pytest.mark.parametrize("text, verdict", [
    # the whole a percentage is taken of is counted by the term in its noun, past a comma and describing words
    ("Orsk will defer more than 97% of his $700 million, record-setting contract.", "agree"),
    ("Orsk will defer 97 percent of the $650 million contract.", "differ"),
    # a count as the part leaves either number the count, as after "of its" (an owner's own total: "of his/her/our")
    ("Orsk will defer $680 million of his $700 million contract.", "agree"),
    ("Orsk will defer $680 million of his $650 million contract.", "silent"),  # (both loose: possible conflicts)
])
def test_the_whole_a_percentage_is_taken_of_is_the_count(tmp_path, text, verdict):
    assert verdicts(tmp_path, CONTRACT, {"a.txt": text})["n"]["a.txt"] == verdict


AGE20 = """
facts:
  - id: n
    claim: Anna Orsk was 20 when she won.
    kind: number
    about: [Orsk]
    value: 20
    unit: [years old, year-old, years]
"""


@pytest.mark.parametrize("text, verdict", [
    # years before "younger"/"older" are a gap between two ages, no age
    ("The sixteen-year-younger Orsk won.", "silent"),
    ("Orsk is 16 years younger than her rival.", "silent"),
    ("Orsk, two years older than her sister, won.", "silent"),
    ("The 21-year-old Orsk won.", "differ"),
])
def test_years_younger_or_older_are_a_gap_between_ages(tmp_path, text, verdict):
    assert verdicts(tmp_path, AGE20, {"a.txt": text})["n"]["a.txt"] == verdict


FUNERAL = """
facts:
  - id: d
    claim: The state funeral was held on Monday 19 September 2022.
    kind: date
    about: [funeral]
    value: 2022-09-19
"""


@pytest.mark.parametrize("text, verdict", [
    # a time clause opening the sentence takes the present for what is to come when its main clause says "will"
    ("When the Queen receives a state funeral on Monday, it will be a great occasion.", "agree"),
    ("London (CNN) When the Queen receives a state funeral on Monday, it will be a great occasion.", "agree"),
    # told as past, the last Monday
    ("When the Queen received a state funeral on Monday, it was a great occasion.", "silent"),  # counted_only
])
def test_a_fronted_time_clause_looks_ahead_with_a_main_clause_that_says_will(tmp_path, text, verdict):
    files = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2022-09-14'\n"}
    assert verdicts(tmp_path, FUNERAL, files)["d"]["a.txt"] == verdict


ARRESTED = """
facts:
  - id: d
    claim: The firefighter was arrested on 24 May 2024.
    kind: date
    about: [arrested]
    value: 2024-05-24
"""


@pytest.mark.parametrize("text, verdict", [
    # a ground with a deed in it ("of starting a blaze") runs past its noun: the date after it is the ground's
    ("A firefighter was arrested on suspicion of starting a blaze in February that killed 137 people.", "silent"),
    # a bare offence ends at its noun: the date after it is the act's
    ("A firefighter was arrested for arson on 24 May 2024.", "agree"),
])
def test_a_legal_grounds_deed_runs_past_its_noun(tmp_path, text, verdict):
    files = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2024-05-26'\n"}
    assert verdicts(tmp_path, ARRESTED, files)["d"]["a.txt"] == verdict


FLAMES = """
facts:
  - id: d
    claim: The fires broke out on Friday 2 February 2024.
    kind: date
    about: [flames, curfew]
    value: 2024-02-02
"""


@pytest.mark.parametrize("text, verdict", [
    # "starting" a day, told as past: the last one
    ("The flames swept through the hills starting Friday.", "agree"),
    ("Homes were destroyed in the flames, which raged across the town starting Friday.", "agree"),
    # told as to come, the next one
    ("A curfew will be in force starting Friday.", "silent"),  # counted_only
])
def test_a_start_told_as_past_is_the_last_such_day(tmp_path, text, verdict):
    files = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2024-02-05'\n"}
    assert verdicts(tmp_path, FLAMES, files)["d"]["a.txt"] == verdict


def test_what_outdoes_the_subject_is_a_comparisons_reference(tmp_path):
    record = """
facts:
  - id: d
    claim: The Aske school shooting happened on 24 May 2022.
    kind: date
    about: [shooting, attack]
    value: 2022-05-24
"""
    text = "Aske is the second-deadliest school shooting, trailing only the Dec. 14, 2012, attack at Velmar."
    assert verdicts(tmp_path, record, {"a.txt": text})["d"]["a.txt"] == "silent"


TOLL = """
facts:
  - id: n
    claim: The storm killed four people in the Velmar Emirates.
    kind: number
    about: [died, killed, dead]
    value: 4
    unit: [people, persons]
"""


@pytest.mark.parametrize("text, verdict", [
    # a count of people said to be in another place, in a sentence that also names the claim's place, is that place's
    ("The storm hit the Velmar Emirates on Tuesday after causing floods in Aske, where at least 21 people died.",
     "silent"),
    ("The storm reached the Velmar Emirates after 21 people died in Aske.", "silent"),
    # with the claim's place alone (or a place within it) the count is read as before
    ("Four people died in Orsk.", "agree"),
    ("Five people died in the Velmar Emirates.", "differ"),
])
def test_a_count_of_people_in_another_place_is_that_places(tmp_path, text, verdict):
    assert verdicts(tmp_path, TOLL, {"a.txt": text})["n"]["a.txt"] == verdict


def test_claim_places_are_the_capitalised_words_after_in():
    assert claim_places("The storm killed four people in the UAE on Tuesday.") == {"uae"}
    assert claim_places("Four people died in Ras Al Khaimah.") == {"ras", "al", "khaimah"}
    assert claim_places("Four people died in May.") == frozenset()


PILGRIM_DEATHS = """
facts:
  - id: n
    claim: 98 Aske pilgrims died during the pilgrimage.
    kind: number
    about: [Aske pilgrims, Aske]
    value: 98
    unit: [pilgrims, deaths, dead]
"""


@pytest.mark.parametrize("text, verdict", [
    # a count of those who took part is no toll, for a fact whose claim counts the dead
    ("This year 175,000 Aske pilgrims have gone to Mecca.", "silent"),
    ("About 175,000 Aske pilgrims visited the shrine.", "silent"),
    ("This year 90 Aske pilgrims died.", "differ"),
])
def test_a_count_of_those_who_took_part_is_no_toll(tmp_path, text, verdict):
    assert verdicts(tmp_path, PILGRIM_DEATHS, {"a.txt": text})["n"]["a.txt"] == verdict


def test_a_count_of_those_who_took_part_is_read_for_a_fact_about_them(tmp_path):
    record = PILGRIM_DEATHS.replace("98 Aske pilgrims died during the pilgrimage.", "175,000 Aske pilgrims went.")
    record = record.replace("value: 98", "value: 175000")
    assert verdicts(tmp_path, record, {"a.txt": "This year 175,000 Aske pilgrims have gone to Mecca."})["n"][
        "a.txt"] == "agree"


@pytest.mark.parametrize("text", [
    "The bearing was 38 degrees and 97% of (",
    "The bearing was 38 degrees and 97% of",
    "The bearing was 38 degrees and 97 percent of -",
])
def test_a_share_with_no_whole_written_after_it_stops_nothing(tmp_path, text):
    # (an IndexError, found by the session's review fuzzing, stopped the whole run with a traceback)
    assert verdicts(tmp_path, TEMPERATURE, {"a.txt": text})["n"]["a.txt"] == "differ"


# Counter-examples from the session's review (/work/review-s20.md, section 3): each rule's wording stays narrow.
REVIEW = [
    ("date|explosions|2024-05-05", "Sounds of explosions were heard across Kyiv on 5 May 2024.", "agree"),
    ("date|rain|2024-05-05", "Hours of heavy rain flooded the city on 5 May 2024.", "agree"),
    ("date|company|2015", "Altman returned to the company he co-founded in 2015.", "agree"),
    ("date|agreement|2024-05-03", "Orsk defended the agreement he signed on 3 May 2024.", "agree"),
    ("number|death toll,died|41|people,dead",
     "Initially, officials said 12 people had died, but by Friday the death toll had risen to 40.", "differ"),
    ("number|homes,destroyed|250|homes", "First, the fire destroyed 200 homes in Aske, officials said.", "differ"),
    ("number|protesters|5000|protesters", "Police attempted to disperse 2,000 protesters outside parliament.", "differ"),
    ("number|soldiers|3|soldiers", "The collision involved Velmar Flight 5342 and 3 Army soldiers aboard.", "agree"),
    ("number|games,won|7|games", "The Aske club won Game 6 and 7 straight road games.", "agree"),
    ("date|explosions|2024-05-05", "Explosions echoed across Kyiv on 5 May 2024.", "agree"),
    ("number|fine|5000000|dollars", "The fine, similar to penalties in other states, was $5 million.", "agree"),
    ("number|storm|500|flights", "The storm hit Aske on Friday, with 500 flights canceled.", "agree"),
    ("number|contract|700000000|dollars", "Orsk will defer 97% of the $680 million owed under his contract.", "silent"),
]


def _record(spec: str) -> str:
    """A fact file of the one record ``helpers.record`` writes ("kind|terms|value|unit"), its id "f"."""
    return "facts:" + textwrap.indent(record(*spec.split("|")), "  ")


@pytest.mark.parametrize("spec, text, verdict", REVIEW)
def test_review_s20_counter_examples(tmp_path, spec, text, verdict):
    assert verdicts(tmp_path, _record(spec), {"a.txt": text})["f"]["a.txt"] == verdict


def test_review_s20_a_before_phrase_told_as_simple_past_may_still_be_to_come(tmp_path):
    files = {"a.txt": "Diplomats met in Geneva before the summit on Saturday.",
             "sources.yaml": "a.txt:\n  published: '2023-12-07'\n"}
    assert verdicts(tmp_path, _record("date|summit|2023-12-09"), files)["f"]["a.txt"] == "agree"


def test_review_s20_a_title_marked_as_coming_is_no_former_one(tmp_path):
    assert verdicts(tmp_path, POST, {"a.txt": "Incoming justice minister Jon Roe was sworn in on Monday."})["p"][
        "a.txt"] == "differ"


def test_review_s20_a_claim_naming_no_recipient_reads_any_payee(tmp_path):
    record = AWARD.replace("A jury awarded Anna Orsk $16 million.", "Velmar agreed to pay $16 million to settle the suit.")
    record = record.replace("[awarded, damages]", "[pay, settle]")
    assert verdicts(tmp_path, record, {"a.txt": "Velmar agreed to pay Aske $15 million to settle."})["n"][
        "a.txt"] == "differ"


def test_review_s20_a_claim_opening_with_a_name_tells_its_deal_from_another(tmp_path):
    record = DEAL_OPENING
    assert verdicts(tmp_path, record, {"a.txt": "The acquisition of Velmar Games was valued at $68.7 billion."})["n"][
        "a.txt"] == "silent"


DEAL_OPENING = """
facts:
  - id: n
    claim: Norland paid $7.5 billion for the studio.
    kind: number
    about: [acquisition, deal]
    value: 7500000000
    unit: [dollars]
"""
