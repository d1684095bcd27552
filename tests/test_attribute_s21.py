"""Rules of session 21, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group), and the opening phrase's reach read from the clauses themselves."""

import pytest

from checks.attribution.clauses import analyse
from checks.model import Sentence
from checks.words import words

from .helpers import one, record, verdicts

STRIKERS = record("number", "union", "33000", "workers")
JAILED = record("date", "jailed", "2021-11")
FIRE = record("date", "fire", "2017-06-14")
COLLAPSE = record("date", "collapse", "2018-08-14")
SENTENCED = record("date", "sentenced", "2024-09-30")
LAID_OFF = record("number", "affected employees", "1267", "employees")
LINWOOD = record("number", "Linwood Masjid", "7", "people")
AGE = record("number", "Orsk", "53", "year-old, years old, years, aged")
DESCENT = record("number", "descended, descent", "10", "minutes")
TOLL = record("number", "death toll", "156", "deaths, people")

WARRANT = record("date", "arrest, arrested, died", "2017-05-23")
BEGAN = record("date", "began", "2018-11-08")
OFFERED = record("date", "offered", "2018-06-13")
WAVE = record("number", "tsunami, waves", "6", "metres, m")

CASES = [
    # a measure with no hyphen, singular or short before a plural noun, modifies that noun
    (WAVE, "Some people climbed 6m trees to escape the tsunami.", "silent"),
    (WAVE, "A 50 metre section of the tsunami wall fell.", "silent"),
    (WAVE, "The tsunami sent 6m waves into the bay.", "agree"),
    (WAVE, "The tsunami sent 9m waves into the bay.", "differ"),
    # ... not before a word of dimension, place or time
    (WAVE, "Tsunami waves 6 metres high hit the coast.", "agree"),
    (WAVE, "The tsunami rose 9m overnight.", "differ"),
    (WAVE, "The tsunami reached 6m above sea level.", "agree"),

    # a century before a capitalised word is part of a name, no date
    (OFFERED, "Comcast offered $65B for 21st Century Fox's entertainment assets.", "silent"),

    # a participle before a capitalised month is no epithet of a person: it is its clause's verb
    (BEGAN, "The Camp Fire, which began Nov. 8, 2018, is the deadliest in the state's history.", "agree"),
    (BEGAN, "The Camp Fire, which began Nov. 9, 2018, is the deadliest in the state's history.", "differ"),

    # a date before a noun, in a phrase qualifying another noun after a preposition ("for complicity in"), says which
    # thing that is, not when the clause's event was; after a verb it may still be the verb's time
    (WARRANT, "He will be extradited over an arrest warrant for complicity in the May 2017 attack.", "silent"),
    (WARRANT, "He was arrested for involvement in the May 2017 attack.", "silent"),
    (WARRANT, "He died in the May 2017 attack.", "agree"),

    # a thousands separator or a decimal point is part of its number, no comma closing an aside
    (STRIKERS, "The stoppage, involving about 33,000 workers represented by the union, ended on Monday.", "agree"),
    (STRIKERS, "The stoppage, involving about 31,000 workers represented by the union, ended on Monday.", "differ"),
    # ... a real comma after the aside still closes it: the count after it is the main clause's
    (STRIKERS, "The stoppage, involving the union, ended with 31,000 workers back at work.", "silent"),

    # "since" right after a past participle starts the state the participle names: no clause of its own
    (JAILED, "Orsk, jailed since November 2021 for her activism, has spent a decade in and out of prison.", "agree"),
    (JAILED, "Orsk, jailed since March 2019 for her activism, has spent a decade in and out of prison.", "differ"),
    # ... a span's start after a superlative is no such state ("the worst since ...")
    (JAILED, "Orsk was jailed in the worst crackdown since November 2021.", "silent"),

    # a dateline's date is when the story was filed (an agency in brackets, with or without a dash)
    (FIRE, "London, Jun 15 (PTI) The death toll in the fire rose to 17.", "silent"),
    (FIRE, "London, June 15 (Reuters) - The death toll in the fire rose to 17.", "silent"),
    (FIRE, "LONDON, June 15 - The death toll in the fire rose to 17.", "silent"),
    # ... a lower-case bracket is no agency: the date is the sentence's own
    (FIRE, "Aske, June 15 (local time) brought the fire to the port.", "differ"),

    # a phrase of what came before is another time ("preceding"; not "leading up to", which may say "culminating in")
    (COLLAPSE, "The bridge was inspected every year except 2009 for the ten years preceding the collapse.", "silent"),

    # an opening phrase of time covers a predicate coordinated to its main clause by "and" (a participle after ", and"
    # before a name is that predicate's verb, no epithet); "but", a contrast, often moves the time: not covered
    (SENTENCED, "On Sept. 30, 2024, the court acquitted Park, and sentenced Lee to two years.", "agree"),
    (SENTENCED, "On Sept. 29, 2024, the court acquitted Park, and sentenced Lee to two years.", "differ"),
    (SENTENCED, "On Sept. 29, 2024, the court acquitted Park, but sentenced Lee weeks later.", "silent"),
    (SENTENCED, "On Sept. 29, 2024, the court acquitted Park, but Lee was sentenced to two years.", "silent"),

    # a noun of how many, completed by the term, is the term's count
    (LAID_OFF, "The total number of affected employees at the site is 1,267, the notice said.", "agree"),
    (LAID_OFF, "The total number of affected employees at the site is 1,300, the notice said.", "differ"),
    # ... another head completed by the term is another thing's figure
    (LAID_OFF, "The severance bill of the affected employees rose to 1,300 dollars.", "silent"),

    # each count is counted at its own place: the term names only the other count's
    (LINWOOD, "Police arrested 41 people at the Aske mosque, and seven at Linwood Masjid.", "agree"),
    (LINWOOD, "Police arrested 41 people at Aske Mosque and another seven people at the Linwood Masjid.", "agree"),
    (LINWOOD, "Police arrested 41 people at Aske Mosque and 9 people at Linwood Masjid.", "differ"),
    # ... the term names this count's own place; a place of nearness is no place a count is counted at
    (LINWOOD, "Police arrested 41 people at Linwood Masjid and 7 people at Aske Mosque.", "differ"),
    (LINWOOD, "Police arrested 41 people near Linwood Masjid, a day after 7 people were held at Aske Mosque.",
     "differ"),

    # years after a preposition of duration are a span, no age; an age is still one
    (AGE, "Capping a rise to the presidency in just two years, Orsk won the race.", "silent"),
    (AGE, "Orsk, who sat in parliament for 20 years, won the race.", "silent"),
    (AGE, "Orsk, 53 years old, won the race.", "agree"),
    (AGE, "Orsk, aged 52, won the race.", "differ"),

    # "for" a span before another event: how long the clause's own event lasted; without "for", the time between
    (DESCENT, "The plane descended for eight minutes before impact.", "differ"),
    (DESCENT, "The plane descended for about 10 minutes before impact.", "agree"),
    (DESCENT, "The plane crashed eight minutes after the descent began.", "silent"),

    # right after "toll of", the word after the number is no unit of its own; "a total of" a noun counts that noun
    (TOLL, "The storm's death toll of 166 makes it the fourth-deadliest in 60 years.", "differ"),
    (TOLL, "The storm's death toll of 156 makes it the fourth-deadliest in 60 years.", "agree"),
    (TOLL, "The storm's death toll rose as a total of 410 houses were destroyed.", "silent"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_21_rule_cases(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


def opening(text: str) -> str:
    """The words of a sentence's opening phrase."""
    an = analyse(Sentence(text, 0, 1, 0), tuple(words(text)))
    return " ".join(w.text for w, c in zip(an.words, an.clause) if c == an.intro)


@pytest.mark.parametrize("text, phrase", [
    # a date's own comma does not end an opening phrase
    ("On September 30, 2024, the court sentenced Orsk.", "On September 30 2024"),
    ("On Monday, Sept. 30, the court sentenced Orsk.", "On Monday Sept 30"),
    ("On Monday, the court sentenced Orsk.", "On Monday"),
    ("On Monday, 1500 workers struck.", "On Monday"),  # a number is no year, nor
    ("On Tuesday, May told reporters it was over.", "On Tuesday"),  # a name a month

    ("In 30 cases, 2024 was the year of the trial.", "In 30 cases"),
])
def test_an_opening_phrase_runs_past_its_dates_own_comma(text, phrase):
    assert opening(text) == phrase


DEPARTURE = """
facts:
  - id: f
    claim: Flight 95 took off from Barcelona, bound for Aske.
    kind: place
    about: [flight, en route, took off]
    value: [Barcelona]
    rivals: [Aske]
"""


@pytest.mark.parametrize("text, verdict", [
    # the claim makes Barcelona the origin: "en route" asks for a destination, but the claim's role decides
    ("The plane en route from Barcelona to Aske crashed in the Alps.", "agree"),
    ("The plane en route from Aske to Barcelona crashed in the Alps.", "differ"),
])
def test_the_role_the_claim_gives_its_value_outweighs_a_terms(tmp_path, text, verdict):
    assert verdicts(tmp_path, DEPARTURE, {"a.txt": text})["f"]["a.txt"] == verdict


# The review of session 21 (/work/review-s21.md): ordinary sentences each new rule got wrong before it was narrowed.
# 1-11: a genuine misreport (a near day, a day across New Year, the same statement made again: 7) must still differ,
# but a value far off in a sentence of its own saying it otherwise (3-6: a count twice or half the stated one, a date
# three days or more from it) is since session 27 a possible conflict, shown beside the agreeing statement (REMOTE_OFF,
# REMOTE_DAYS in checks/verdict.py: on 147 labelled topics such values were another figure 76 times and a misreport
# never); 12-16: ", but" and
# a verb is no predicate an opening date covers; 19-21: "leading up to" may say "culminating in".
REVIEW_CASES = [
    pytest.param(record("number", "killed", "230", "people"),
                 "The earthquake killed 230 people. The quake killed 320 people, officials said.",
                 "differ", id="review-1"),
    pytest.param(record("number", "death toll", "230", "people, deaths"),
                 "The death toll rose to 230 people. Rescue officials later put the death toll at 320 people.",
                 "differ", id="review-2"),
    pytest.param(record("number", "killed", "18", "people"),
                 "Police said 18 people were killed. The gunman killed 81 people at the bowling alley and a bar.",
                 "agree", id="review-3"),
    pytest.param(record("date", "crashed", "2015-03-24"),
                 "The plane crashed on March 24, 2015. The Germanwings jet crashed in the French Alps on March 14,"
                 " 2015, killing everyone aboard.",
                 "agree", id="review-4"),
    pytest.param(record("date", "earthquake, struck", "2023-02-06"),
                 "The earthquake struck on Feb. 6. A 7.8-magnitude earthquake struck southern Turkey on Feb. 16, "
                 "officials said.",
                 "agree", id="review-5"),
    pytest.param(record("number", "killed", "12", "people"),
                 "A bus crash in Kenya killed 30 people on Sunday. A crash on the same road killed 12 people in "
                 "March.",
                 "agree", id="review-6"),
    pytest.param(record("date", "collapsed", "2024-05-10"),
                 "The building collapsed on May 20, officials said. Another building in the city collapsed on May "
                 "10.",
                 "differ", id="review-7"),
    pytest.param(record("date", "fire", "2019-04-15"),
                 "The fire broke out at the cathedral on April 16, 2019. The spire collapsed in the fire of April "
                 "15, 2019.",
                 "differ", id="review-8"),
    pytest.param(record("date", "earthquake, quake", "2024-01-01"),
                 "The earthquake struck on Jan. 1. The magnitude 7.5 quake hit the Noto peninsula on Dec. 31, "
                 "officials said.",
                 "differ", id="review-9"),
    pytest.param(record("date", "earthquake, quake", "2023-12-31"),
                 "The earthquake struck on Dec. 31. The magnitude 7.5 quake hit the peninsula on Jan. 1, officials"
                 " said.",
                 "differ", id="review-10"),
    pytest.param(record("date", "earthquake, quake", "2024-01-01"),
                 "The earthquake struck on Jan. 1. The quake hit the peninsula on Jan. 2, officials said.",
                 "differ", id="review-11"),
    pytest.param(record("date", "died", "2020-04-02"),
                 "In March 2020, he was admitted to hospital with the virus, but died weeks later.",
                 "silent", id="review-12"),
    pytest.param(record("date", "closed", "2019-06-30"),
                 "In 1998, the plant employed 4,000 workers, but closed after years of losses.",
                 "silent", id="review-13"),
    pytest.param(record("date", "collapsed", "2018"),
                 "In 2015, the company went public, but collapsed after an accounting scandal.",
                 "silent", id="review-14"),
    pytest.param(record("date", "sentence, sentenced", "2024-10-15"),
                 "On Sept. 30, 2024, the court acquitted Park, but will sentence Lee later this month.",
                 "silent", id="review-15"),
    pytest.param(record("date", "resume", "2024-04-08"),
                 "On April 2, the airline suspended flights, but will resume service once the runway is repaired.",
                 "silent", id="review-16"),
    pytest.param(record("number", "rate", "5.25", "percent, per cent"),
                 "The Fed raised its benchmark rate 11 times, leading up to a peak of 5.25% in July 2023.",
                 "agree", id="review-19"),
    pytest.param(record("number", "death toll", "120", "people"),
                 "The death toll rose every day that week, leading up to a total of 120 people.",
                 "agree", id="review-20"),
    pytest.param(record("number", "interest rate, rate", "4.5", "percent, per cent"),
                 "The bank raised its interest rate eight times, leading up to a peak of 4.5% in July.",
                 "agree", id="review-21"),
    pytest.param(record("number", "killed", "230", "people"),
                 "The earthquake killed 230 people. Officials said on Tuesday that the quake had killed 229 "
                 "people.",
                 "differ", id="review-22"),
]


@pytest.mark.parametrize("spec, text, verdict", REVIEW_CASES)
def test_review_s21_counter_examples(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict
