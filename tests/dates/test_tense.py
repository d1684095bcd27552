"""The tense of a date's own clause: which way a bare weekday or month leans."""

import pytest
from hypothesis import given, strategies as st

from checks.dates.tense import leaning, past_or_perfect


def lean(sentence: str, date_text: str) -> str:
    at = sentence.index(date_text)
    return leaning(sentence, at, at + len(date_text))


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("The team will leave Nairobi on Thursday for Dar es Salaam.", "Thursday", "future"),
    ("The accession is scheduled for March.", "March", "future"),
    ("They'll meet again in June.", "June", "future"),
    ("State police arrested both men in early August.", "early August", "past"),
    ("Evana Roth told CNN in August she thought so.", "August", "past"),
    ("Since the decision was announced Wednesday, they will appeal.", "Wednesday", "past"),
    ("Cuban exiles will now appeal the ruling, Cuba predicted Wednesday.", "Wednesday", "past"),
    ("On Tuesday, the league plans to hold a news conference.", "Tuesday", "future"),
    # ... past a part of the day: "By Friday night, ..." is read with the clause after it, not as a deadline
    ("By Friday night, 144 people had been killed in the quake.", "Friday", "past"),
    ("By Friday night, rescuers will reach them.", "Friday", "future"),
    ("The offer was extended to Nov. 16.", "Nov. 16", ""),  # a target, not the time of the verb
    ("The premier called a vote for October 9.", "October 9", ""),  # "for": the time set, not the calling's
    ("Call me Sunday.", "Sunday", ""),
    ("The United Nations in May.", "May", ""),  # a capitalised -ed word is a name, not a verb
    # a relative clause's past verb dates its own date, whatever tense the clause it interrupts goes on in
    ("The recorder of the jet that crashed in the Alps on March 24 will be useful, he said.", "March 24", "past"),
    ("The team, which arrived in Paris on Monday, will play on Sunday.", "Monday", "past"),
    # ... only a verb with no object: the date may be the object's ("tickets for the match on Jan. 5")
    ("Fans who bought tickets for the match on Jan. 5 will receive a full refund.", "Jan. 5", "future"),
    ("Fans who bought tickets for the match on Saturday will receive a full refund.", "Saturday", "future"),
    ("The team, which arrived in Paris on Monday, will play on Sunday.", "Sunday", "future"),
    ("The man who will fly to Paris on Monday crashed his car.", "Monday", "future"),
    ("The official who said on Monday it was over will resign.", "Monday", "past"),  # when it was said
    # a verbless after-phrase names an earlier event: its main clause's tense places it
    ("Sales waned after the launch in February.", "February", "past"),
    ("Demand has been falling after a rush following its debut in March.", "March", "past"),
    ("Prices will rise after the merger in June.", "June", "future"),
    ("Prices rise after the merger in June.", "June", ""),  # a present says nothing of when
    # a few quoted words are no speech: they cut no clause
    ('The bank has sent staff a note on the "incredibly hard" days leading up to its collapse on Friday.', "Friday",
     "past"),
    ('"We will meet on Friday," she said.', "Friday", "future"),  # speech keeps its own tense
    # a verb whose past is its bare form is past after a singular subject (its present would take -s)
    ("A storm hit Aske on 5 January.", "5 January", "past"),
    ("The quake cut power in March.", "March", "past"),
    ("Storms hit Aske in March.", "March", ""),  # a plural subject: present or past
    ("A storm could hit Aske in March.", "March", ""),
])
def test_leaning(sentence, date_text, expected):
    assert lean(sentence, date_text) == expected


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 300))
def test_any_text_and_span_gives_one_of_three_answers(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert leaning(text, start, end) in ("future", "past", "")


@given(st.sampled_from(["Thursday", "in May", "on June 4"]), st.text(alphabet="abc ,.", max_size=200))
def test_words_after_the_next_clause_break_do_not_change_the_answer(date_text, tail):
    sentence = f"The team will leave {date_text}, and " + tail.replace("will", "")
    assert lean(sentence, date_text) == "future"


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("A deal has been reached over the Aug. 8 floods.", "Aug. 8", True),   # perfect passive
    ("They've paid for the Aug. 8 floods.", "Aug. 8", True),               # perfect after a clitic
    ("Crews hadn't yet cleared the Aug. 8 slide.", "Aug. 8", True),
    ("The Aug. 8 floods destroyed the bridge.", "Aug. 8", True),            # simple past
    ("The Aug. 8 floods will be remembered.", "Aug. 8", False),             # something to come
    ("Residents have questions about the Aug. 8 floods.", "Aug. 8", False),  # "have" as a verb, no participle
    ("The mayor said the Aug. 8 fair goes ahead.", "Aug. 8", False),        # a reporting verb alone
    ("The town braces for the Aug. 8 storm.", "Aug. 8", False),             # present
])
def test_past_or_perfect(sentence, date_text, expected):
    at = sentence.index(date_text)
    assert past_or_perfect(sentence, at, at + len(date_text)) is expected


@pytest.mark.parametrize("sentence, expected", [
    # a date inside a definite subject naming something that happened unplanned dates that event, already known
    ("Velmar Air said the collision of its jet with a patrol plane on Tuesday would cost it millions.", "past"),
    ("The storm on Tuesday left 40 people without power.", "past"),
    ("The explosion at the plant on Tuesday has forced a recall.", "past"),
    # a planned event, or a subject that is no event, leaves the clause's verb to decide
    ("The vote on Tuesday will decide the budget.", "future"),
    ("The company on Tuesday will announce its results.", "future"),
    # a verb before the date: the date is the verb's, not the subject's
    ("The storm will hit on Tuesday and leave 40 people without power.", "future"),
])
def test_a_date_in_a_definite_event_subject_is_known(sentence, expected):
    start = sentence.index("Tuesday")
    assert leaning(sentence, start, start + len("Tuesday")) == expected


def test_a_participle_after_a_present_copula_is_a_state_not_a_past():
    # "remains divided" says how things are now; "was divided" tells of the past
    assert not past_or_perfect("Velmar remains divided over the treaty.", 0, 0)
    assert past_or_perfect("Velmar was divided over the treaty.", 0, 0)


@pytest.mark.parametrize("sentence, date_text, expected", [
    # a date modifying a noun of an unplanned event, the nearest verb before it a past form: it happened
    ("The navy will bring food to towns devastated by a New Year's Day earthquake, the envoy said.", "New Year's Day",
     "past"),
    ("Crews will clear roads blocked by Monday's landslide.", "Monday", "past"),
    # no past verb before it, or a "will" after the past one: the clause's future stands
    ("Officials will assess damage from Friday's storm next week.", "Friday", "future"),
    ("Officials who visited will assess Monday's landslide.", "Monday", "future"),
])
def test_a_date_of_an_unplanned_event_after_a_past_verb_is_past(sentence, date_text, expected):
    start = sentence.index(date_text)
    assert leaning(sentence, start, start + len(date_text)) == expected


@pytest.mark.parametrize("text, lean", [
    # an "and" between two names joins them: the clause's perfect verb still reaches the date
    ("Parties have filed claims against Alpha Ocean and Beta Marine following the March 26 collapse of the bridge.",
     "past"),
    # an "and" between clauses still cuts: the date's own clause leans as it says (a hearing is planned)
    ("Parties have filed claims and the March 26 hearing is open.", "future"),
])
def test_an_and_between_names_cuts_no_clause(text, lean):
    start = text.index("March 26")
    assert leaning(text, start, start + len("March 26")) == lean


@pytest.mark.parametrize("text, lean", [
    # a name in apposition, set off by commas, cuts no clause: the verb before it still reaches the date
    ("The sum includes the $15 million a jury awarded the widow, Anna Novak, at a trial in August.", "past"),
    ("A jury will award the widow, Anna Novak, damages at a trial in August.", "future"),
    # a comma before a lower-case phrase still cuts: the date's own clause says nothing of tense
    ("The sum includes the $15 million a jury awarded, and more at a trial in August.", ""),
])
def test_a_name_in_apposition_cuts_no_clause(text, lean):
    start = text.index("August")
    assert leaning(text, start, start + len("August")) == lean


@pytest.mark.parametrize("text, date_text, expected", [
    # a weekday before a date is the date's own first word: its comma cuts no clause, the verb before it still reaches
    ("The election will be held on Saturday, October 14.", "October 14", "future"),
    ("The vote will be on Sat., Oct. 14, officials said.", "Oct. 14", "future"),
    ("The ferry ran aground on Tuesday, May 4, and was refloated later.", "May 4", "past"),
    # ... only a weekday: another word before the comma still cuts ("the club, October 14" reads the date alone)
    ("The election will be held at the club, October 14.", "October 14", ""),
    # ... an abbreviation only capitalised: "sat" is a verb
    ("The court will hear it as it sat, October 14.", "October 14", ""),
    # ... and only after "on": a verb right before the weekday sets or names the date, no tense of it (review)
    ("Albanese announced Saturday, October 14 as the date for the referendum.", "October 14", ""),
    ("Albanese said Saturday, October 14, would be referendum day.", "October 14", "future"),
])
def test_a_weekday_before_a_date_cuts_no_clause(text, date_text, expected):
    assert lean(text, date_text) == expected


@given(st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon.", "Wed.",
                        "Thurs."]),
       st.sampled_from(["will be held", "is scheduled to take place", "was held", "took place"]),
       st.sampled_from(["January 9", "Jan. 9", "9 January"]), st.booleans())
def test_the_weekday_leaves_the_lean_as_without_it(weekday, verb, day, comma):
    """The weekday changes nothing: "on Saturday, October 14" leans as "on October 14" does."""
    plain = f"The vote {verb} on {day}."
    with_weekday = f"The vote {verb} on {weekday}{',' if comma else ''} {day}."
    assert lean(with_weekday, day) == lean(plain, day) != ""
