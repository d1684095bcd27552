"""Rules of session 50, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from checks.numbers import numbers

from .helpers import one, one_fresh, record


def _claimed(claim: str, *parts: str, **options: str) -> str:
    return record(*parts, **options).replace("claim: x", f"claim: {claim}")


# A participle of saying after a comma (", adding on Tuesday that ...": SAYING_PARTICIPLES) opens a clause of its own,
# not tied to the one before: its time is the saying's, not that of a term before the comma.
DECLARED = _claimed("The chairman declared Anna Roe the winner on 15 August 2022.", "date", "declared", "2022-08-15")


def test_a_saying_participles_time_is_not_the_clause_befores(tmp_path):
    for verb in ("adding", "saying", "noting", "insisting"):
        text = f"The leader rejected the vote he declared lost, {verb} on Tuesday that democracy faces a crisis."
        assert one(tmp_path, DECLARED, text, published="2022-08-17")[0] == "silent", verb


def test_a_participle_of_result_is_still_tied_to_its_clause(tmp_path):
    # (", killing 40": the count is the event's; only participles of saying stand apart)
    fact = _claimed("The blast killed 40 people.", "number", "blast", "40", "people")
    assert one(tmp_path, fact, "A blast tore through the port, killing 41 people.")[0] == "differ"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["adding", "saying", "noting", "stating", "claiming"]),
       st.sampled_from(["on Tuesday", "on 16 August 2022", "late on Tuesday"]))
def test_no_saying_participle_dates_the_event_before_it(verb, when):
    text = f"The chairman declared the result, {verb} {when} that the count was fair."
    assert one_fresh(DECLARED, text, published="2022-08-17")[0] == "silent"


# Numbers joined by commas alone are no list (a list has "and"/"or" before its last): "polled 6,942,930, 48.85 per cent"
# gives the first no per cent of the second's.
def test_two_numbers_joined_by_a_comma_alone_keep_their_own_units():
    first, second = numbers("The rival polled 6,942,930, 48.85 per cent of the votes cast.")
    assert (first.value, first.unit, second.unit) == (6942930, "", "per cent")


def test_a_list_with_and_still_shares_its_last_unit():
    assert [m.unit for m in numbers("rates of 5, 10 and 15 per cent")] == ["per cent"] * 3


# An age before a noun that a name is given to, in apposition after a comma or by "named"/"called" right after it, is
# that name's age ("the 28-year-old German, Anna Roe, had ...").
AGE = _claimed("The co-pilot Anna Roe was 27.", "number", "Anna Roe, Roe", "27")


def test_an_age_is_the_age_of_the_name_its_noun_is_given(tmp_path):
    for text in ("The 28-year-old German, Anna Roe, had passed all tests.",
                 "The co-pilot, a 28-year-old German named Anna Roe, had passed all tests.",
                 "Investigators spoke of a 28-year-old German called Anna Roe."):
        assert one(tmp_path, AGE, text)[0] == "differ", text
    assert one(tmp_path, AGE, "The 27-year-old German, Anna Roe, had passed all tests.")[0] == "agree"


def test_an_age_of_another_noun_stays_apart(tmp_path):
    # the apposition names another person ("the friend of Anna Roe"), or the name opens a clause ("Anna Roe said")
    assert one(tmp_path, AGE, "A 28-year-old German, the friend of Anna Roe, spoke.")[0] == "silent"


# A title right before a term's name after "including" is that name's, not one of the plural noun before "including"
# ("officials, including President Anna Roe": member_of leaves it to title_before_name).
TITLE = _claimed("Anna Roe was Velmar's president.", "party", "Anna Roe, Roe", "[President]", rivals="Prime Minister")


def test_a_title_after_including_is_the_names_own(tmp_path):
    text = "Senior Velmar officials, including President Anna Roe and then-prime minister Ole Berg, knew of it."
    assert one(tmp_path, TITLE, text)[0] == "agree"
    text = "Senior Velmar officials, including Prime Minister Anna Roe, knew of it."
    assert one(tmp_path, TITLE, text)[0] == "differ"


# "The remaining 12-story structure": a measure hyphen-joined to its unit before a noun describes the noun; "remaining"
# qualifies the noun, and the number is no part of a group.
STORIES = _claimed("The tower had 12 stories.", "number", "tower, structure", "12", "stories, story")


def test_a_hyphened_measure_after_remaining_is_the_nouns_size(tmp_path):
    assert one(tmp_path, STORIES, "Crews brought down the remaining 12-story structure on 4 July.")[0] == "agree"
    assert one(tmp_path, STORIES, "Crews brought down the remaining 13-story structure on 4 July.")[0] == "differ"


def test_the_remaining_count_is_still_a_part(tmp_path):
    fact = _claimed("The tower had 12 stories.", "number", "tower", "12", "stories, story")
    assert one(tmp_path, fact, "The tower lost five floors; the remaining 7 stories were razed.")[0] == "silent"


# What a trailing speaker reports in the present perfect ("Disney has completed the deal, the company said on
# Wednesday") is done at the time of saying, as news tells what just happened: the saying's date dates it loosely (a
# matching day agrees, another is only a possible conflict); a simple past ("completed") stays the source's date.
CLOSED = _claimed("Disney completed the deal on 20 March 2019.", "date", "completed", "2019-03-20")


def test_a_present_perfect_is_dated_loosely_by_its_trailing_saying(tmp_path):
    text = "Disney has completed its purchase of the studio, the company said on Wednesday."
    assert one(tmp_path, CLOSED, text, published="2019-03-21")[0] == "agree"
    text = "Disney has now formally completed its purchase, the company said on Tuesday."
    assert one(tmp_path, CLOSED, text, published="2019-03-21")[0] == "silent"  # possible conflict only


def test_a_negated_perfect_or_a_coordinated_saying_is_no_report_of_a_deed_done(tmp_path):
    text = "Disney has not completed its purchase of the studio, the company said on Wednesday."
    assert one(tmp_path, CLOSED, text, published="2019-03-21")[0] == "silent"
    text = "Disney has completed its purchase of the studio and on Tuesday announced a new chief."
    assert one(tmp_path, CLOSED, text, published="2019-03-21")[0] == "silent"


def test_a_simple_past_is_not_dated_by_its_trailing_saying(tmp_path):
    text = "Disney completed its purchase of the studio, the company said on Wednesday."
    assert one(tmp_path, CLOSED, text, published="2019-03-21")[0] == "silent"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Monday", "Tuesday", "Thursday", "Friday"]), st.sampled_from(["has", "have now"]))
def test_a_trailing_saying_never_makes_a_perfect_differ(day, aux):
    text = f"The owners {aux} completed the purchase, the company said on {day}."
    assert one_fresh(CLOSED, text, published="2019-03-23")[0] in ("agree", "silent")


# A noun of proceedings with its relative clause's verb and time before "over" ("a trial that opens on Monday over the
# crash") makes the term only its topic: the time is the trial's.
CRASH = _claimed("The jet crashed on 1 June 2009.", "date", "crash", "2009-06-01")


def test_a_proceedings_relative_time_before_its_topic_is_the_proceedings(tmp_path):
    text = "Airbus faces a trial that opens on Monday over the crash of the jet."
    assert one(tmp_path, CRASH, text, published="2022-10-09")[0] == "silent"
    text = "Airbus faces a trial that opens on Monday over the crash of the jet on 1 June 2009."
    assert one(tmp_path, CRASH, text, published="2022-10-09")[0] == "agree"


# A count whose noun phrase is two nouns joined by "and" ("32 passengers and crew died") is in the state its verb names:
# no count of those aboard.
ABOARD = _claimed("The ship carried 4,229 people.", "number", "on board, passengers and crew", "4229",
                  "people, passengers and crew")


def test_a_count_of_two_joined_nouns_takes_the_state_of_its_verb(tmp_path):
    assert one(tmp_path, ABOARD, "During the evacuation, 32 passengers and crew died.")[0] == "silent"
    assert one(tmp_path, ABOARD, "The ship had 4,229 passengers and crew on board.")[0] == "agree"


# A title before an abbreviated title and a name ("Salvage master Capt. Anna Roe") is that name's too.
ROLE = _claimed("Anna Roe led the salvage.", "party", "Anna Roe, Roe", "[salvage master]", rivals="diver")


def test_a_title_before_a_titled_name_is_the_names(tmp_path):
    assert one(tmp_path, ROLE, "Salvage master Capt. Anna Roe recalls the call.")[0] == "agree"
    assert one(tmp_path, ROLE, "Diver Capt. Anna Roe recalls the call.")[0] == "differ"


# A season's edges are a reckoning's (calendar months, the solstice, a holiday): a day within a month of its calendar
# months is no contradiction ("the summer of 2020" for 25 May 2020); one further off still differs.
KILLING = _claimed("Roe was killed on 25 May 2020.", "date", "killing, arrest", "2020-05-25")


def test_a_season_near_the_facts_day_is_no_contradiction(tmp_path):
    assert one(tmp_path, KILLING, "Lane failed to help during the fatal arrest in the summer of 2020.")[0] == "silent"
    assert one(tmp_path, KILLING, "Lane failed to help during the fatal arrest in the autumn of 2020.")[0] == "differ"
    assert one(tmp_path, KILLING, "Lane failed to help during the fatal arrest in the spring of 2020.")[0] == "agree"


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=2000, max_value=2030), st.sampled_from(["spring", "summer", "autumn", "winter"]),
       st.integers(min_value=1, max_value=31))
def test_a_season_never_differs_within_a_month_of_its_months(year, season, days):
    from datetime import date, timedelta
    first = {"spring": date(year, 3, 1), "summer": date(year, 6, 1), "autumn": date(year, 9, 1),
             "winter": date(year, 12, 1)}[season]
    day = first - timedelta(days=days)
    fact = _claimed("x", "date", "arrest", day.isoformat())
    assert one_fresh(fact, f"The arrest came in the {season} of {year}.")[0] in ("agree", "silent")


# A qualifier of the subject of a term's verb ("a federal judge on Thursday sentenced him") or after the value in its
# phrase ("21 years in federal prison") tells the kind of what is said, against the claim's ("state sentence").
STATE = _claimed("Roe's state sentence is 22.5 years.", "number", "sentenced, sentence", "22.5", "years")


def test_a_federal_judges_sentence_is_no_state_sentence(tmp_path):
    assert one(tmp_path, STATE, "A federal judge on Thursday sentenced Roe to 21 years in prison.")[0] == "silent"
    assert one(tmp_path, STATE, "Roe was sentenced to 21 years in federal prison in July.")[0] == "silent"
    assert one(tmp_path, STATE, "A state judge on Thursday sentenced Roe to 21 years in prison.")[0] == "differ"


# A term with a relative clause right after it that states its own time ("the election that took place this year") is
# dated by it: another date of the clause is not the term's.
VOTE = _claimed("Velmar voted on 25 February 2023.", "date", "election", "2023-02-25")


def test_a_term_dated_by_its_own_relative_clause_takes_no_other_date(tmp_path):
    text = "The court on 26 October 2023 confirmed the victory of Roe in the election that took place this year."
    assert one(tmp_path, VOTE, text, published="2023-10-27")[0] == "silent"
    text = "The court on 26 October 2023 confirmed the victory of Roe in the election that was held in the spring."
    assert one(tmp_path, VOTE, text, published="2023-10-27")[0] == "silent"
    text = "The election that brought Roe to power took place on 26 October 2023."  # its relative clause has no time
    assert one(tmp_path, VOTE, text, published="2023-10-27")[0] == "differ"


# A complement verb with its time right before it and no "that" after it ("figures on Saturday showed the quake killed
# 820"): the time is the showing's, as after the verb ("said on Monday the ship had sunk").
QUAKE = _claimed("The quake struck on 8 September 2023.", "date", "quake", "2023-09-08")


def test_a_time_before_a_complement_verb_is_the_sayings(tmp_path):
    for text in ("Updated figures on Saturday showed the quake killed 820 people.",
                 "Officials on Saturday said the quake had killed 820 people."):
        assert one(tmp_path, QUAKE, text, published="2023-09-10")[0] == "silent", text


# A term right after a share holds it only in the share's clause: "received 59.75% of the vote, while Roe ..." is no
# share of Roe's (claims_whole).
ROE_SHARE = _claimed("Anna Roe came second with 27.45% of the votes.", "number", "Anna Roe, Roe", "27.45", '"%"')


def test_a_share_before_another_clause_is_not_its_terms(tmp_path):
    text = "The ruling coalition received 59.75% of the vote, while Anna Roe came second."
    assert one(tmp_path, ROE_SHARE, text)[0] == "silent"


# A share said again of the count before it (", which is 27.45%", ", or 27.45%") is that count's holder's
# (bracketed_measure, as "7.18 million votes (50.49 percent)").
def test_a_share_restating_a_count_is_its_holders(tmp_path):
    assert one(tmp_path, ROE_SHARE, "Anna Roe received 16.5 million votes, which is 27.45%.")[0] == "agree"
    assert one(tmp_path, ROE_SHARE, "Anna Roe received 16.5 million votes, which is 26.45%.")[0] == "differ"


# After a non-restrictive relative clause, a word of contrast ("while", "but", "whereas") opens a clause of its own, not
# the interrupted one: "Roe received 16.5 million votes, which is 27.45%, while Berg ended third with 10.3%".
BERG_SHARE = _claimed("Ole Berg came third with 10.3% of the votes.", "number", "Ole Berg, Berg", "10.3", '"%"')


def test_a_contrast_after_a_relative_clause_opens_a_clause(tmp_path):
    text = "Anna Roe received 16.5 million votes, which is 27.45%, while Ole Berg ended third."
    assert one(tmp_path, BERG_SHARE, text)[0] == "silent"


# A title after a determiner, no name after it, as the object of a verb whose subject is a term ("Cameron advised the
# Queen to appoint the former home secretary"), is the object's: object_title (not after a copula, a verb of becoming
# or a passive: "Roe was named the new home secretary").
PM = _claimed("Anna Roe was prime minister.", "party", "Anna Roe, Roe", "[prime minister]", rivals="home secretary")


def test_a_title_in_the_object_is_not_the_subjects(tmp_path):
    for text in ("Anna Roe advised the King to appoint the former home secretary in her place.",
                 "Anna Roe appointed the home secretary.", "Anna Roe met the home secretary on Monday."):
        assert one(tmp_path, PM, text)[0] == "silent", text
    for text in ("Anna Roe was the home secretary.", "Anna Roe became the home secretary.",
                 "Anna Roe was named the new home secretary."):
        assert one(tmp_path, PM, text)[0] == "differ", text


# A title joined by "and" to another right before a name ("LinkedIn chairman and co-founder Reid Hoffman") is that name's.
CEO = _claimed("Jeff Weiner was LinkedIn's chief executive.", "party", "Jeff Weiner, Weiner", "[CEO]", rivals="chairman")


def test_titles_joined_by_and_before_a_name_are_the_names(tmp_path):
    text = "The deal has the support of Weiner and LinkedIn chairman and co-founder Reid Hoffman."
    assert one(tmp_path, CEO, text)[0] == "silent"


# A share of a group the term only describes ("6% of Remain voters") is a share of that group, not the term's share of
# the whole (part_of_whole).
REMAIN = _claimed("Remain won 48.1% of the vote.", "number", "Remain", "48.1", '"%"')


def test_a_share_of_a_group_the_term_describes_is_no_share_of_the_whole(tmp_path):
    assert one(tmp_path, REMAIN, "The poll found just 6% of Remain voters would now vote Leave.")[0] == "silent"
    assert one(tmp_path, REMAIN, "Just 46.1% of the votes went to Remain.")[0] == "differ"


# "one in three people": one out of a small number is a proportion, and neither number counts anything (_rate).
STAFF = _claimed("Velmar Bio had 3,300 employees.", "number", "employees, people", "3300", "employees, people")


def test_one_in_a_small_number_is_a_rate(tmp_path):
    assert one(tmp_path, STAFF, "One in three people at Velmar Bio will be affected, the employees said.")[0] == "silent"
    assert one(tmp_path, STAFF, "The firm employs 3,000 people.")[0] == "differ"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["one in three", "1 in 4", "one in five", "one in 12"]))
def test_no_one_in_n_proportion_counts_people(rate):
    assert one_fresh(STAFF, f"About {rate} people at the firm were hired last year.")[0] == "silent"


# A stop glued to the next sentence after a digit ("announced on May 15.During the first round") ends the sentence, as
# after a word ("the ruling.Lind").
def test_a_stop_glued_after_a_day_ends_the_sentence():
    from checks.sources import split_sentences
    assert [s.text for s in split_sentences("It was announced on May 15.During the first round, he won.")] == [
        "It was announced on May 15.", "During the first round, he won."]
    assert [s.text for s in split_sentences("The index rose 15.5 points.")] == ["The index rose 15.5 points."]


# ", and Seagen shareholders in May approved the deal": a named plural subject with its time before its verb opens a
# clause of its own after "and".
ANNOUNCED = _claimed("Pfizer announced the deal on 13 March 2023.", "date", "announced", "2023-03-13")


def test_a_named_subject_with_its_time_after_and_opens_a_clause(tmp_path):
    text = "The companies first announced the deal in March, and Velmar shareholders in May approved it."
    assert one(tmp_path, ANNOUNCED, text, published="2023-12-14")[0] == "agree"


# anniversary_day: a date with an anniversary in apposition after it (", the first anniversary of the disaster") is the
# anniversary's day, not the event's.
JETCRASH = _claimed("The jet crashed on 29 December 2024.", "date", "crash", "2024-12-29")


def test_an_anniversarys_day_is_not_the_events(tmp_path):
    text = "Families gathered at the site of the Velmar Air crash on Dec 29, the first anniversary of the disaster."
    assert one(tmp_path, JETCRASH, text, published="2025-12-29")[0] == "silent"
    text = "Families recalled the Velmar Air crash on Dec 28 at the first anniversary of the disaster."
    assert one(tmp_path, JETCRASH, text, published="2025-12-29")[0] == "differ"


# A score line (two or more dash-joined pairs of one-digit numbers in a row, a tiebreak in brackets: "2-6 6-7 (5-7)
# 6-4") counts games, no amount a fact counts: no values at all.
AGE_ROE = _claimed("Anna Roe was 35.", "number", "Anna Roe, Roe", "35")


def test_a_score_line_states_no_number(tmp_path):
    assert numbers("Roe rallied to win 2-6 6-7 (5-7) 6-4 6-4 7-5 over Berg.") == []
    assert one(tmp_path, AGE_ROE, "Roe, 35, rallied to win 2-6 6-7 (5-7) 6-4 6-4 7-5 over Berg.")[0] == "agree"
    assert [m.text for m in numbers("between 40-50 people and 6-8 km")] == ["40", "50", "6-8"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), min_size=2, max_size=5), st.sampled_from([" ", ", "]))
def test_no_score_line_yields_a_value(sets, separator):
    line = separator.join(f"{a}-{b}" for a, b in sets)
    assert numbers(f"Roe won {line} in the final.") == []


# Review findings (a helper tried to break each rule with invented sentences, old code against new): each pinned here.
def test_review_a_perfect_with_the_term_as_object_is_no_deed_done(tmp_path):
    fact = _claimed("The ceasefire was signed on 9 November 2020.", "date", "ceasefire", "2020-11-09")
    text = "Both sides have violated the ceasefire, the ministry said on Monday."
    assert one(tmp_path, fact, text, published="2020-11-10")[0] == "silent"


def test_review_and_before_another_clauses_subject_is_no_joined_noun(tmp_path):
    fact = _claimed("The ferry carried 476 people.", "number", "on board, ferry", "476", "people, passengers")
    assert one(tmp_path, fact, "The ferry was carrying 476 passengers and coastguards rescued 172.")[0] == "agree"


def test_review_a_relative_clause_of_another_act_does_not_date_the_term(tmp_path):
    text = "The election that was postponed in January took place on 26 February 2023."
    assert one(tmp_path, VOTE, text)[0] == "differ"


def test_review_an_opening_phrases_share_is_the_subjects(tmp_path):
    assert one(tmp_path, ROE_SHARE, "With 26% of the vote, Anna Roe came second.")[0] == "differ"


def test_review_but_goes_on_with_the_relative_clause(tmp_path):
    fact = _claimed("Anna Roe won 41% in 2023.", "number", "Anna Roe, Roe", "41", '"%"')
    assert one(tmp_path, fact, "Anna Roe, who won 52% in 2019, but only 41% in 2023, conceded.")[0] == "agree"


def test_review_a_title_describing_a_thing_or_after_stayed_is_the_subjects(tmp_path):
    assert one(tmp_path, PM, "Anna Roe held the home secretary post from 2010 to 2016.")[0] == "differ"
    assert one(tmp_path, PM, "Anna Roe stayed the home secretary until 2016.")[0] == "differ"


def test_review_a_share_of_shares_or_with_a_term_outside_is_the_terms(tmp_path):
    stake = _claimed("Velmar owns 49% of Orsk Bio.", "number", "Orsk Bio", "49", '"%"')
    assert one(tmp_path, stake, "Velmar bought 51% of Orsk Bio shares in 2019.")[0] == "differ"
    turnout = _claimed("Turnout in Velmar was 71%.", "number", "Velmar, turnout", "71", '"%"')
    assert one(tmp_path, turnout, "Turnout reached 68% of Velmar voters.")[0] == "differ"


def test_review_a_title_after_as_joined_by_and_stays_with_the_clause(tmp_path):
    assert one(tmp_path, CEO, "Weiner stepped down as CEO and chairman Reid Hoffman took over.")[0] == "agree"


def test_review_one_in_n_events_is_no_rate(tmp_path):
    fact = _claimed("Gunmen carried out two attacks.", "number", "attacks", "2", "attacks")
    assert one(tmp_path, fact, "Gunmen killed one in three separate attacks on the capital on Tuesday.")[0] == "differ"


def test_review_an_anniversary_of_another_thing_leaves_the_date_to_the_clause(tmp_path):
    fact = _claimed("x", "date", "collapse", "2021-06-24")
    text = "The collapse came on 23 June 2021, the 40th anniversary of the tower's completion."
    assert one(tmp_path, fact, text)[0] == "differ"


def test_review_called_or_named_as_a_verb_gives_no_age(tmp_path):
    for text in ("The 28-year-old pilot called Anna Roe minutes before the crash.",
                 "A 28-year-old man called Anna Roe a hero.",
                 "The 28-year-old suspect named Anna Roe as his accomplice."):
        assert one(tmp_path, AGE, text)[0] == "silent", text
    assert one(tmp_path, AGE, "A 28-year-old man named Anna Roe was arrested.")[0] == "differ"


def test_review_a_contrast_inside_a_relative_clause_keeps_its_subject(tmp_path):
    fact = _claimed("The airline is registered in Velmar.", "place", "airline", "[Velmar]", rivals="Orsk")
    text = "The airline, which is owned by Anna Roe, but registered in Orsk, flew the route."
    assert one(tmp_path, fact, text)[0] == "differ"


def test_review_another_sized_thing_or_a_rough_count_stays_a_part(tmp_path):
    assert one(tmp_path, STORIES, "Officials evacuated the other 13-story tower nearby as a precaution.")[0] == "silent"
    fact = _claimed("The ferry carried 100 passengers.", "number", "passengers", "100", "passengers")
    assert one(tmp_path, fact, "After 60 were rescued, the remaining 40-odd passengers were stranded.")[0] == "silent"
