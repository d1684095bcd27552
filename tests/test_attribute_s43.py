"""Session 43, on invented sentences: a multiplier joined to a count ("a 20-time champion"), a count that shares a
passive verb across "and" (gapping), a name's own suffix after it, a word of more that the fact's terms hold, and a
month before "of" and a count."""

import pytest
from hypothesis import given, strategies as st

from checks.dates.forms import dates
from .helpers import one, one_fresh, record

TITLES = record("number", "Wimbledon, Wimbledon champion", "7", "Wimbledon champion, Wimbledon titles")


@pytest.mark.parametrize("text, verdict", [
    # "N-time" counts how often the noun after it was earned: its unit is that noun
    ("Novak, a 7-time Wimbledon champion, retired on Friday.", "agree"),
    ("Novak, the six-time Wimbledon champion, retired on Friday.", "differ"),
    # ... a noun the fact does not count stays another unit
    ("Novak, a 7-time Olympic medallist and a Wimbledon winner, retired on Friday.", "silent"),
    # ... nor an office held that many times (no title won): "a two-time prime minister"
    ("Novak, a 7-time Wimbledon umpire, retired on Friday.", "silent"),
])
def test_a_multiplier_counts_the_noun_after_it(tmp_path, text, verdict):
    assert one(tmp_path, TITLES, text)[0] == verdict


@given(st.integers(2, 30))
def test_a_multiplier_is_never_the_counted_noun(n):
    verdict, found = one_fresh(TITLES, f"Novak is a {n}-time Wimbledon champion.")
    assert verdict == ("agree" if n == 7 else "differ") and len(found) == 1 and found[0].startswith(f"{n} ")


FIRE = record("date", "fire", "2021-05-04")


@pytest.mark.parametrize("text, verdict", [
    # a count after "and" shares the passive "were" before it: "injured" is its verb, no participle describing it
    ("On 4 May 2021, 117 workers were killed and more than 200 others injured in a fire at the mill.", "agree"),
    ("On 5 May 2021, 117 workers were killed and 200 others injured in a fire at the mill.", "differ"),
    # ... not without a count, nor without a passive before "and": a participle describing the noun
    ("On 5 May 2021, the four men involved in the fire were held.", "silent"),
    ("On 5 May 2021, dozens were killed and the others injured in the fire were treated.", "silent"),
])
def test_a_count_after_and_shares_the_passive_verb(tmp_path, text, verdict):
    assert one(tmp_path, FIRE, text, published="2021-06-01")[0] == verdict


@given(st.integers(2, 900), st.sampled_from(["more than ", "at least ", "about ", ""]),
       st.sampled_from(["others", "people", "workers"]))
def test_gapping_keeps_the_opening_date_for_the_event(n, hedge, noun):
    text = f"On 4 May 2021, 17 workers were killed and {hedge}{n} {noun} injured in a fire at the mill."
    assert one_fresh(FIRE, text, published="2021-06-01")[0] == "agree"


JUDGE = record("party", "judge", "[George O'Toole, O'Toole]")


@pytest.mark.parametrize("text, verdict", [
    # a name's own suffix after it names no other person the value would be the title of
    ("The verdict was read by U.S. District Judge George O'Toole Jr. on Friday.", "agree"),
    ("U.S. District Judge George O'Toole Sr. ruled that out.", "agree"),
    # ... another name after the value still makes it a title before that name
    ("Judge George O'Toole Mara Lind said.", "silent"),
])
def test_a_names_suffix_is_part_of_the_name(tmp_path, text, verdict):
    assert one(tmp_path, JUDGE, text)[0] == verdict


ADDED = """
- id: added
  claim: The judge added 43 months to his prison term.
  kind: number
  about: [sentenced, additional]
  value: 43
  unit: [months]
  tolerance: 0
"""
PLAIN = ADDED.replace("[sentenced, additional]", "[sentenced]")


@pytest.mark.parametrize("rec, text, verdict", [
    # a word of more that the fact's terms hold says what the fact counts, no rest of a group
    (ADDED, "He was sentenced Wednesday to 43 additional months in prison.", "agree"),
    (ADDED, "He was sentenced Wednesday to 40 additional months in prison.", "differ"),
    # ... without it in the terms, "additional" counts a part beside others: set aside
    (PLAIN, "He was sentenced Wednesday to 40 additional months in prison.", "silent"),
])
def test_a_word_of_more_in_the_terms_counts_the_facts_own(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict


@pytest.mark.parametrize("text, labels", [
    # a month before "of" and a count of a noun: the verb's complement, no day or year of the month
    ("Hwang was convicted in July of 10 criminal counts.", ["--07"]),
    ("She was cleared in May of 12 charges.", ["--05"]),
    ("The deal closed in July of 2019 after a review.", ["2019-07"]),
    ("The note said in July of 10.", []),
])
def test_a_month_before_of_and_a_count(text, labels):
    assert [m.value.label for m in dates(text)] == labels


@given(st.sampled_from(["January", "March", "July", "October"]), st.integers(2, 999),
       st.sampled_from(["counts", "charges", "people", "seats"]))
def test_a_month_before_of_and_any_count_is_the_month(month, n, noun):
    assert [m.value.label for m in dates(f"He was convicted in {month} of {n} {noun}.")][:1] \
        == [f"--{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].index(month) + 1:02d}"]


SHORT = record("number", "short of the runway, touched down, hit the ground", "225", "metres, m")


@pytest.mark.parametrize("rec, text, verdict", [
    # a term holding the gap word is measured by the number before it
    (SHORT, "The jet landed about 225 metres short of the runway.", "agree"),
    # ... with another term of the act in its clause, a conflicting gap differs
    (SHORT, "The jet hit the ground about 335 metres short of the runway.", "differ"),
    # ... alone, whose gap it is is not read ("an antenna array 335 metres short of the runway"): a possible conflict
    (SHORT, "The plane struck an antenna array about 335 metres short of the runway.", "silent"),
    # ... a gap the terms do not hold stays a difference, set aside
    (record("number", "offer", "13", "dollars"), "The offer was $13 shy of the sale price.", "silent"),
])
def test_a_gap_the_term_names_is_measured_by_its_number(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict


@given(st.integers(50, 900))
def test_a_gap_measure_agrees_only_at_the_facts_value(n):
    verdict = one_fresh(SHORT, f"The jet hit the ground {n} metres short of the runway.")[0]
    assert verdict == ("agree" if n == 225 else "differ")


@given(st.integers(50, 900))
def test_a_lone_gap_never_differs(n):
    verdict = one_fresh(SHORT, f"The approach lights stand {n} metres short of the runway.")[0]
    assert verdict == ("agree" if n == 225 else "silent")


ORIGIN = record("place", "left, departed", "[Toronto]", rivals="Montreal")


@pytest.mark.parametrize("text, verdict", [
    # a place before a weekday or a day's word is the verb's place, no modifier of a noun after it
    ("The jet, an Airbus that left Toronto late Saturday, crashed.", "agree"),
    ("The jet, an Airbus that left Montreal on Saturday, crashed.", "differ"),
    ("The jet left Toronto yesterday.", "agree"),
    ("The jet left Toronto Saturday morning.", "agree"),
    # ... before a noun it still describes that noun: "the Toronto office" is no place of leaving
    ("The jet left the Montreal office staff stranded.", "silent"),
    # review 2: a weekday or "Today" in a name, or before a noun of its own, keeps the place attributive
    ("A passenger told the Toronto Sun the plane left Montreal on time.", "differ"),
    ("A passenger told USA Today the plane left on time.", "silent"),
])
def test_a_place_before_a_time_is_the_verbs_place(tmp_path, text, verdict):
    assert one(tmp_path, ORIGIN, text, published="2015-03-30")[0] == verdict


CAP = """
- id: cap
  claim: Allergan had a market value of about $113 billion.
  kind: number
  about: [market value, market cap]
  context: [Allergan]
  value: 113000000000
  unit: [dollars]
  tolerance: "2%"
"""


@pytest.mark.parametrize("text, verdict", [
    # a figure after "be"/"have" is a state of the named subject: another company's, set aside
    ("Allergan agreed to the deal. Pfizer's market cap, through Wednesday, was about $219 billion.", "silent"),
    ("Allergan agreed to the deal. Its rival Velmar Health's market cap was about $219 billion.", "silent"),
    # ... the context's own subject keeps its figure
    ("Allergan agreed to the deal. Allergan's market cap was about $219 billion.", "differ"),
    ("Allergan agreed to the deal. Allergan's market cap was about $113 billion.", "agree"),
    # review 2: only the verb's own complement is the named subject's; a later owner keeps its figure
    ("Pfizer's market value was $219 billion, nearly double Allergan's market value of $113 billion.", "agree"),
    # ... and the name may be the fact's thing named another way: a matching figure agrees
    ("Allergan agreed to the deal. Actavis's market cap was about $113 billion.", "agree"),
])
def test_a_figure_of_another_named_subject_is_set_aside(tmp_path, text, verdict):
    assert one(tmp_path, CAP, text)[0] == verdict


@given(st.integers(120, 400), st.sampled_from(["Pfizer", "Velmar", "Orsk"]))
def test_another_subjects_state_never_differs(n, name):
    text = f"Allergan agreed to the deal. {name}'s market cap was about ${n} billion."
    assert one_fresh(CAP, text)[0] == "silent"


ACTIVISTS = record("number", "Suruc", "33", "people, activists")


@pytest.mark.parametrize("text, verdict", [
    # two nationalities joined by "and" describe the counted noun after both
    ("A bomber in July killed 33 Kurdish and Turkish activists in Suruc.", "agree"),
    ("A bomber in July killed 32 Kurdish and Turkish activists in Suruc.", "differ"),
    # ... each with its own count, a part of the whole
    ("A bomber in July killed 29 Kurdish and 4 Turkish activists in Suruc.", "silent"),
])
def test_paired_nationalities_describe_the_counted_noun(tmp_path, text, verdict):
    assert one(tmp_path, ACTIVISTS, text)[0] == verdict


SITE = record("place", "attack", "[train station, Ankara train station]", rivals="Suruc")


@pytest.mark.parametrize("text, verdict", [
    # a value among the term's own describing words is the term's, though the term is the topic of another noun
    ("A court jailed nine men in a trial on the deadly 2015 Ankara train station attack.", "agree"),
    ("A court jailed nine men in a trial on the 2015 Suruc attack.", "differ"),
    # ... a value outside the term's noun phrase stays the topic noun's
    ("A court in Suruc held a trial on the attack.", "silent"),
])
def test_a_value_in_the_terms_own_noun_phrase_is_the_terms(tmp_path, text, verdict):
    assert one(tmp_path, SITE, text)[0] == verdict


COMMANDER = record("party", "commander, mission commander", "[Michael Lopez]", rivals="Eytan Stibbe, Larry Connor")
HEAD = record("party", "head, agency", "[Sergio Cabanas]", rivals="David Leon")


@pytest.mark.parametrize("rec, text, verdict", [
    # a title right before a person's name is that name's: a list of titled names, no apposition to the name before
    (COMMANDER, "Eytan Stibbe, mission commander Michael Lopez, pilot Larry Connor and Mark Pathy ran tests.", "agree"),
    (COMMANDER, "Michael Lopez, mission commander Eytan Stibbe, pilot Larry Connor and Mark Pathy ran tests.", "differ"),
    # ... an apposition set off by commas still says what the name before it is
    (COMMANDER, "Eytan Stibbe, the mission commander, ran tests.", "differ"),
    # ... and an agency's one-word name after a description is no person that takes the title
    (HEAD, "He sued Sergio Cabanas, head of disaster agency CONRED, for manslaughter.", "agree"),
])
def test_a_title_right_before_a_name_is_that_names(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict


@given(st.permutations(["Eytan Stibbe", "Michael Lopez", "Larry Connor"]))
def test_each_listed_title_goes_to_the_name_after_it(names):
    a, b, c = names
    verdict = one_fresh(COMMANDER, f"{a}, mission commander {b}, pilot {c} and Mark Pathy ran tests.")[0]
    assert verdict == ("agree" if b == "Michael Lopez" else "differ")


MARGIN = """
- id: margin
  claim: Orsk's 2:00:35 took 34 seconds off the previous world record of 2:01:09.
  kind: number
  about: [previous world record, world record, broke, took off]
  value: 34
  unit: [seconds]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a clock time is a total, never the gap the claim gives
    ("Orsk broke the world record in 2:00:35 on Sunday.", "silent"),
    ("Orsk took 34 seconds off the previous world record of 2:01:09.", "agree"),
    # ... a span of time before "off" is a cut, no distance from the record
    ("Orsk took 30 seconds off the previous world record.", "differ"),
])
def test_a_clock_time_is_no_gap(tmp_path, text, verdict):
    assert one(tmp_path, MARGIN, text)[0] == verdict


@given(st.integers(1, 3), st.integers(0, 59), st.integers(0, 59))
def test_no_clock_time_ever_decides_a_gap(h, m, sec):
    assert one_fresh(MARGIN, f"Orsk broke the world record in {h}:{m:02d}:{sec:02d} on Sunday.")[0] == "silent"


def test_a_clock_time_still_counts_for_a_total():
    total = record("number", "world record, finished", "7235", "seconds")
    assert one_fresh(total, "Orsk finished in 2:00:35, a world record.")[0] == "agree"


SLAMS = record("number", "Grand Slam, Grand Slam champion", "23", "titles, Grand Slam champion")


@pytest.mark.parametrize("rec, text, published, verdict", [
    # review 1: a multiplier counts only a unit that ends in the title won, held now, more than once
    (record("number", "Olympics, Olympic Games, competed", "3", "Olympics, Olympic Games, Games"),
     "Ledecky, a nine-time Olympic champion, swam on Saturday.", None, "silent"),
    (SLAMS, "The Williams sisters, 14-time Grand Slam doubles champions, lost on Thursday.", None, "silent"),
    (SLAMS, "Williams, who is bidding to become a 24-time Grand Slam champion, lost on Friday.", None, "silent"),
    (SLAMS, "The one-time Grand Slam champion Sloane Stephens lost.", None, "silent"),
    # review 1: no gapping when a verb follows the term in its clause: the participle describes the noun
    (record("date", "fire, blaze", "2019-12-08"),
     "On December 10, five bodies were flown home and 12 workers injured in the blaze were discharged.",
     "2019-12-30", "silent"),
    # review 1: a span's edge ("the last two days") stays a part, whatever word the terms hold
    (record("number", "mission, lasted, last", "17", "days"),
     "The crew spent the last two days of the mission packing up experiments.", None, "silent"),
])
def test_review_1_counter_examples(tmp_path, rec, text, published, verdict):
    assert one(tmp_path, rec, text, published=published)[0] == verdict


def test_a_multiplier_counts_a_titles_name_for_a_fact_counting_titles():
    slams = record("number", "Grand Slam", "5", "Grand Slams, titles")
    assert one_fresh(slams, "Sharapova, a five-time Grand Slam champion, was banned.")[0] == "agree"
    assert one_fresh(slams, "Sharapova, a four-time Grand Slam champion, was banned.")[0] == "differ"
    games = record("number", "Olympics", "3", "Olympics, Games")  # no title counted: the Games are no titles
    assert one_fresh(games, "Ledecky, a nine-time Olympic champion, has swum at three Olympics.")[0] == "agree"


OFFER = """
- id: offer
  claim: Facebook offered about $1 billion for Waze.
  kind: number
  about: [offered, offer]
  value: 1000000000
  unit: [dollars]
  tolerance: "5%"
"""


@pytest.mark.parametrize("text, verdict", [
    # a nationality before a common noun describes it: no name of another thing bought
    ("Facebook had offered about $1 billion for the Israeli company.", "agree"),
    ("Facebook had offered about $2 billion for the Israeli company.", "differ"),
    # ... a name after it is still the object: another deal
    ("Facebook had offered about $2 billion for the Israeli startup Moovit.", "silent"),
])
def test_a_nationality_before_a_noun_names_no_other_deal(tmp_path, text, verdict):
    assert one(tmp_path, OFFER, text)[0] == verdict


FOUNDER = record("party", "co-founder, founders", "[Uri Levine]", rivals="Noam Bardin")


@pytest.mark.parametrize("text, verdict", [
    # a term joined by "and" to another title right before a speaker's name is the speaker's own title
    ("Waze co-founder and president Uri Levine told the Globes daily on Wednesday.", "agree"),
    ("Waze co-founder and chief executive Noam Bardin told reporters on Wednesday.", "differ"),
    # ... a speaker with no title of the term's says nothing of who founded it
    ("Waze president Noam Bardin told reporters the co-founder would stay.", "silent"),
])
def test_joined_titles_before_a_speaker_are_the_speakers(tmp_path, text, verdict):
    assert one(tmp_path, FOUNDER, text)[0] == verdict


@pytest.mark.parametrize("rec, text, published, verdict", [
    # review 3: a span of time before "from"/"away"/"apart" is still a distance, set aside (only "off" is a cut)
    (record("number", "government, lasted", "17", "months"),
     "With elections now two months away, the government collapsed.", None, "silent"),
    (record("number", "mission", "17", "days, minutes"),
     "Kennedy Space Center, about 45 minutes from Orlando, hosted the mission.", None, "silent"),
    # review 3: a claim that writes its own value as a clock time gives no gap
    ("\n- id: f\n  claim: Kipruto finished second in 2:04:02, behind Orsk.\n  kind: number\n  about: [second]\n"
     "  value: 7442\n  unit: [seconds]\n  tolerance: 0\n", "Kipruto came in second in 2:04:02.", None, "agree"),
    # review 3: gapping holds past a participle phrase, and a verb of staying on ends it
    (record("date", "fire, blaze", "2019-12-08"),
     "On December 8, 43 workers were killed and 16 others injured in a fire at a bag factory owned by Rehan.",
     "2019-12-30", "agree"),
    (record("date", "fire, blaze", "2019-12-08"),
     "On December 10, 15 bodies were handed over and 16 others injured in the blaze remain in hospital.",
     "2019-12-30", "silent"),
    # review 3: an adverb between the named subject's verb and its figure
    (CAP, "Allergan agreed to the deal. Pfizer's market cap is now $219 billion.", None, "silent"),
    # review 3: a participle, an adverb or a count after the weekday is no noun it describes
    (ORIGIN, "The jet left Montreal Saturday bound for Halifax.", "2015-03-30", "differ"),
    (ORIGIN, "Flight 624 departed Montreal Sunday shortly before 11 p.m.", "2015-03-30", "differ"),
    (ORIGIN, "The jet left Montreal Sat. night.", "2015-03-30", "differ"),
])
def test_review_3_counter_examples(tmp_path, rec, text, published, verdict):
    assert one(tmp_path, rec, text, published=published)[0] == verdict
# "N-time ... champion" for any fact counting titles (08bc79b), dropped after review 4: in sports copy the epithet is
# most often a rival's or a team's ("beat seven-time world champion Lewis Hamilton", "the 16-time NBA champion Lakers")
# or a narrower event's ("a seven-time Wimbledon champion"); pinned at what a careful reader says
VERSTAPPEN = ("\n- id: f\n  claim: Max Verstappen has won three Formula One world titles.\n  kind: number\n"
              "  about: [Verstappen, world champion, world titles]\n  value: 3\n"
              "  unit: [world titles, world championships, titles, championships]\n  tolerance: 0\n")


@pytest.mark.parametrize("text", [
    "Verstappen beat seven-time world champion Lewis Hamilton to the title in 2021.",
    "Hamilton, who is a seven-time world champion, finished behind Verstappen.",
    "Verstappen was congratulated by four-time world champion Sebastian Vettel.",
])
def test_a_rivals_multiplied_title_is_no_count_of_the_facts(tmp_path, text):
    assert one(tmp_path, VERSTAPPEN, text)[0] == "silent"


@pytest.mark.parametrize("text, verdict", [
    # "On the morning of" a date: an adverbial of time, no premodifier of the noun after the date
    ("On the morning of August 15 passenger aircraft Airbus A321 crash landed in a cornfield.", "agree"),
    ("On the morning of August 16 passenger aircraft Airbus A321 crash landed in a cornfield.", "differ"),
    # ... after another noun the date still premodifies the noun after it, here the term's: that landing's date
    ("Officials released the report of August 16 crash landing.", "differ"),
    # review 4: a span's noun is no part of a day: the date premodifies the event after it
    ("Police arrested him within days of August 16 crash landing drills.", "differ"),
])
def test_a_part_of_a_day_before_of_is_an_adverbial(tmp_path, text, verdict):
    assert one(tmp_path, record("date", "crash landed, landing", "2019-08-15"), text, published="2019-08-20")[0] == verdict


@pytest.mark.parametrize("rec, text, verdict", [
    # review 4: a nationality word that is a company's short name, before no noun, is that company
    ("\n- id: f\n  claim: Lufthansa bought Brussels Airlines.\n  kind: number\n  about: [bought, takeover]\n"
     "  value: 2600000000\n  unit: [euros]\n  tolerance: 0\n",
     "Lufthansa bought Austrian in 2009 for 366 million euros.", "silent"),
    # review 4: joined titles are one person's only when singular, no kin, ending in an office word
    (FOUNDER, "Waze's founders and chief executive Noam Bardin told reporters on Wednesday.", "silent"),
    (FOUNDER, "His co-founder and sister Eva Roe told reporters.", "silent"),
])
def test_review_4_counter_examples(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict
