"""Rules of session 46, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st
import pytest

from checks.lang.grammar import ERROR_ADVERBS

from checks.attribution.ranks import claim_ordinals

from .helpers import one, one_fresh, record

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"]


def _claimed(claim: str, *parts: str) -> str:
    return record(*parts).replace("claim: x", f"claim: {claim}")


# other_rank: an owner's ranked instance ("his second Wimbledon title") is another instance than the one the claim
# ranks otherwise ("his first Wimbledon title"): a value in that phrase or its clause is set aside
TITLE = _claimed("Orsk won his first Velmar title on 7 July 2013.", "date", "Velmar title, won Velmar, title",
                 "2013-07-07")


def test_the_claim_ranks_its_ordinals_in_their_series():
    assert claim_ordinals("Orsk won his seventh Aske world title and his 94th race.") == (
        (7, frozenset({"aske", "world", "title"})), (94, frozenset({"race"})))
    assert claim_ordinals("Orsk won the race on 7 July.") == ()


def test_another_ranked_instance_dated_by_the_opening_phrase_is_set_aside(tmp_path):
    assert one(tmp_path, TITLE, "In 2016, he won his second Velmar title.") == ("silent", [])


def test_another_ranked_instance_in_the_clause_is_set_aside(tmp_path):
    claim = _claimed("Orsk clinched his seventh world title on 15 November 2020.", "date", "world title, title",
                     "2020-11-15")
    assert one(tmp_path, claim, "Orsk had won his first world title in 2008.") == ("silent", [])
    assert one(tmp_path, claim, "Orsk's first world title came in 2008.") == ("silent", [])


def test_a_rank_the_claim_names_still_differs(tmp_path):
    assert one(tmp_path, TITLE, "Orsk won his first Velmar title on 8 July 2013.")[0] == "differ"
    assert one(tmp_path, TITLE, "On 7 July 2013, Orsk won his first Velmar title.")[0] == "agree"


def test_a_ranked_phrase_renaming_the_clause_event_keeps_its_date(tmp_path):
    # "won Velmar" stands in the clause outside the phrase: the phrase renames the event the clause tells of
    assert one(tmp_path, TITLE, "Orsk won Velmar on 8 July 2013, his second major title.")[0] == "differ"


def test_a_claim_with_no_rank_reads_every_instance(tmp_path):
    plain = _claimed("Orsk won Velmar on 7 July 2013.", "date", "Velmar title, won Velmar, title", "2013-07-07")
    assert one(tmp_path, plain, "In 2016, he won his second Velmar title.")[0] == "differ"


def test_a_ranked_count_of_another_instance_is_set_aside(tmp_path):
    titles = _claimed("Orsk won his 24th Velmar title.", "number", "Velmar title, Velmar titles", "24", "titles")
    assert one(tmp_path, titles, "Orsk is chasing his 25th Velmar title.") == ("silent", [])
    assert one(tmp_path, titles, "Orsk has 24 Velmar titles.")[0] == "agree"


@settings(max_examples=20, deadline=None)
@given(claimed=st.sampled_from(_ORDINALS), written=st.sampled_from(_ORDINALS), year=st.integers(1990, 2030))
def test_a_rank_dates_another_instance_only_on_its_side_of_the_year(claimed, written, year):
    fact = _claimed(f"Orsk won his {claimed} Velmar title on 7 July 2013.", "date", "Velmar title, title",
                    "2013-07-07")
    verdict, _ = one_fresh(fact, f"In {year}, Orsk won his {written} Velmar title.")
    w, c = _ORDINALS.index(written), _ORDINALS.index(claimed)
    if w != c and year != 2013 and (w > c) == (year > 2013):  # another instance, on its rank's side of the year
        assert verdict == "silent"
    else:
        assert verdict == ("agree" if year == 2013 else "differ")


def test_a_ranked_phrase_that_says_what_the_event_is_keeps_its_rank(tmp_path):
    # "It was Velmar's fifth title", "making it his fifth": a predicate says what this event is, a rank to compare
    titles = _claimed("The win gave Velmar its sixth Aske Cup title.", "number", "Aske Cup", "6", "title, titles")
    assert one(tmp_path, titles, "It was Velmar's fifth Aske Cup title.")[0] == "differ"
    assert one(tmp_path, titles, "Velmar beat Orsk, making it their fifth Aske Cup title.")[0] == "differ"
    assert one(tmp_path, titles, "It was Anna Lind's fifth Aske Cup title.")[0] == "differ"


# a verb of saying after an adverb of error ("police mistakenly said ..."): what it reports is what the writer says
# is false, set aside like a denied claim (ERROR_ADVERBS)
WARD = record("place", "struck, bomb", "emergency ward", "", "main gate")
TOLL = record("number", "killed, death toll", "74", "people")


@pytest.mark.parametrize("text", [
    "Earlier, police mistakenly said the bomb struck the hospital's main gate.",
    "Police wrongly reported that the bomb struck the main gate.",
])
def test_a_mistaken_report_states_nothing(tmp_path, text):
    assert one(tmp_path, WARD, text) == ("silent", [])


def test_a_plain_report_still_differs(tmp_path):
    assert one(tmp_path, WARD, "Police said the bomb struck the main gate.")[0] == "differ"
    assert one(tmp_path, TOLL, "Officials said 93 people were killed.")[0] == "differ"


def test_the_correction_after_a_mistaken_report_agrees(tmp_path):
    text = "Police wrongly reported that the bomb struck the main gate, but it struck the emergency ward."
    assert one(tmp_path, WARD, text) == ("agree", ["emergency ward"])


@settings(max_examples=20, deadline=None)
@given(adverb=st.sampled_from(sorted(ERROR_ADVERBS)), verb=st.sampled_from(["said", "reported", "stated", "claimed"]),
       toll=st.integers(75, 400), that=st.booleans())
def test_any_mistaken_report_of_a_toll_is_set_aside(adverb, verb, toll, that):
    text = f"Officials {adverb} {verb} {'that ' if that else ''}{toll} people were killed."
    assert one_fresh(TOLL, text) == ("silent", [])


# other_kind: a contrasting qualifier opening its sentence is capitalised by its place, not as a name ("International
# flights resumed", for a claim of when domestic flights resumed)
def test_a_qualifier_opening_the_sentence_names_another_kind(tmp_path):
    claim = _claimed("Lind was sentenced in state court to 22 years.", "number", "sentence, sentenced", "22",
                     "years")
    assert one(tmp_path, claim, "Federal sentence of 21 years was imposed on Lind.") == ("silent", [])
    assert one(tmp_path, claim, "State sentence of 21 years was imposed on Lind.")[0] == "differ"
    assert one(tmp_path, claim, "Velmar: Federal sentence of 21 years imposed on Lind.") == ("silent", [])


# (request_claim, dropped after review 2: a claim that names a request beside what was granted, "sentenced him to 25
# years; prosecutors had asked for 30", made the request's figure agree) a request stays set aside whatever the claim
def test_a_request_is_no_statement_even_for_a_claim_that_names_one(tmp_path):
    claim = _claimed("The judge sentenced him to 25 years; prosecutors had asked for 30 years.", "number",
                     "sentence, sentenced", "25", "years")
    assert one(tmp_path, claim, "Prosecutors asked the judge to sentence him to 25 years.") == ("silent", [])


# review 1: a rank in another series may name the same event ("his first Wimbledon title" was "his second Grand Slam
# title"); a rank on the other side of the fact's year only ("his 19th league title" in the claim's year is this one)
def test_a_rank_in_another_series_still_differs(tmp_path):
    assert one(tmp_path, TITLE, "Orsk won his second Grand Slam title at Velmar on 8 July 2013.")[0] == "differ"
    text = "Orsk won his second major title on 8 July 2013. He won his first Velmar title in 2013."
    assert one(tmp_path, TITLE, text)[0] == "differ"


def test_a_rank_in_the_facts_own_year_still_differs(tmp_path):
    league = _claimed("Velmar won their first Aske League title on 25 June 2020.", "date",
                      "Aske League title, league title, title", "2020-06-25")
    assert one(tmp_path, league, "Velmar clinched their 19th league title on 26 June 2020.")[0] == "differ"
    assert one(tmp_path, league, "Velmar clinched their 19th league title in 2024.")[0] == "silent"
    assert one(tmp_path, league, "Velmar won their 19th league title on 25 June 2020.")[0] == "agree"


def test_a_rank_against_the_years_side_still_differs(tmp_path):
    # a lower rank in a later year is no earlier instance: the text misdates or misranks this one
    assert one(tmp_path, TITLE, "In 2016, Orsk won his first Velmar title.")[0] == "differ"
    assert one(tmp_path, TITLE, "In 2009, Orsk won his second Velmar title.")[0] == "differ"


def test_an_apposition_or_as_phrase_ranks_the_subject(tmp_path):
    pm = _claimed("Anna Lind became Velmar's second female prime minister on 13 July 2016.", "number",
                  "prime minister", "2", "")
    ranked = _claimed("Anna Lind took office as Velmar's 77th prime minister on 13 July 2016.", "date",
                      "prime minister, took office", "2016-07-13")
    assert one(tmp_path, ranked, "In 2019, Lind took office as Velmar's 76th prime minister.")[0] == "differ"
    assert one(tmp_path, ranked, "Lind, Velmar's 76th prime minister, took office in 2019.")[0] == "differ"
    assert pm  # (a number fact's rank is read only as the value itself: see below)


def test_a_number_is_set_aside_only_as_the_rank_itself(tmp_path):
    titles = _claimed("Orsk won his 24th Velmar title.", "number", "Velmar title, Velmar titles", "24", "titles")
    assert one(tmp_path, titles, "Orsk, who won his 23rd Velmar title, has 23 Velmar titles.")[0] == "differ"


# review 1: an adverb of error before an act is no report ("mistakenly gave 14 patients"), nor is a verb whose object
# is a hearer ("mistakenly told 45 patients they had cancer"): their figures are facts
VACCINE = record("number", "wrong vaccine, patients, gave", "12", "patients")


@pytest.mark.parametrize("text", [
    "A nurse mistakenly gave 14 patients the wrong vaccine, the clinic said.",
    "Staff erroneously gave 14 patients the wrong vaccine.",
])
def test_an_act_done_in_error_still_states_its_figure(tmp_path, text):
    assert one(tmp_path, VACCINE, text)[0] == "differ"


# compared_with: a value right after a term's possessive in the compared-with phrase is that term's ("compared to
# ANO's 27.1%"), and the share before "compared" is the other side's, not said of the term inside the phrase
SHARE = record("number", "ANO, ANO party", "27.1", 'percent, "%"')


@pytest.mark.parametrize("text, verdict, found", [
    ("Spolu took 27.8% of the vote compared to ANO's 27.1%.", "agree", ["27.1 percent"]),
    ("Spolu took 27.8% of the vote compared to ANO’s 29.1%.", "differ", ["29.1 percent"]),
    ("Spolu took 27.8% of the vote, compared with 27.1% for Velmar.", "silent", []),
])
def test_a_possessed_value_in_a_comparison_is_its_owners(tmp_path, text, verdict, found):
    assert one(tmp_path, SHARE, text) == (verdict, found)


# a part of a whole owned by a described noun counts the whole's unit: "108 of the lower house's 200 seats" (as "108
# of parliament's 200 seats" did)
@given(part=st.integers(2, 99), extra=st.integers(1, 300),
       owner=st.sampled_from(["the lower house's", "parliament's", "the new assembly's", "the Velmar Diet's"]))
@settings(max_examples=25, deadline=None)
def test_a_part_of_an_owned_whole_counts_its_unit(part, extra, owner):
    from checks.numbers import numbers
    found = numbers(f"The coalition holds {part} of {owner} {part + extra} seats.", [])
    assert [(m.value, m.unit) for m in found] == [(part, "seats"), (part + extra, "seats")]


# a numeral hyphen-joined right after a capital letter is part of a code, no count
@pytest.mark.parametrize("text", ["The Soyuz MS-12 crew of Lind and Orsk docked.", "An F-16 pilot died.",
                                  "COVID-19 deaths were counted.", "The CRS-7 cargo was lost."])
def test_a_numeral_joined_to_a_letter_is_no_count(text):
    from checks.numbers import numbers
    assert numbers(text, []) == []


def test_a_suspended_range_after_to_still_reads():
    from checks.numbers import numbers
    assert [(m.value, m.unit) for m in numbers("He is serving a 30-to-60-year sentence.", [])][0][0] == 30


@pytest.mark.parametrize("text, value", [("A magnitude-7.1 quake struck.", 7.1), ("Magnitude-7.1 quake hits Orsk.", 7.1),
                                         ("A Category-5 storm hit.", 5)])
def test_a_numeral_after_a_word_in_small_letters_still_reads(text, value):
    from checks.numbers import numbers
    assert [m.value for m in numbers(text, [])] == [value]


# (an adverb of an earlier time opening the sentence, "Previously, he served as minister between 2012-13", was
# dropped: "Previously," also opens news of a step before today's, whose dates may misstate the fact: a differ stays)
APPOINTED = record("date", "minister, ministers, appointed", "2021-12-17")


def test_an_opening_adverb_of_an_earlier_time_keeps_its_differ(tmp_path):
    assert one(tmp_path, APPOINTED, "Previously, he was appointed minister in 2012.")[0] == "differ"


# forecast: a level told as expected ("is likely to remain 100-110 kmph gusting to 120 kmph", "is expected to reach")
# is a figure that might come, not a result
GUSTS = record("number", "gusting to, gusts, wind speed", "155", "kmph")


@pytest.mark.parametrize("text, verdict", [
    ("The wind speed is likely to remain 100-110 kmph gusting to 120 kmph.", "silent"),
    ("Gusts are likely to reach about 130 kmph.", "silent"),
    ("Gusts are expected to reach 130 kmph on Monday.", "silent"),
    ("Gusts reached 130 kmph on Monday.", "differ"),
    ("Gusts were expected to reach 100 kmph, but gusts hit 130 kmph.", "differ"),
    ("Gusts are expected to remain strong for two days, with gusts of 130 kmph.", "differ"),
])
def test_an_expected_level_is_no_result(tmp_path, text, verdict):
    assert one(tmp_path, GUSTS, text)[0] == verdict


# review 2: a common noun's possessive in a comparison may be another instance's ("the last election's 65.4%"): only a
# name's value is its own; and a part of a whole stops at a preposition ("30 of the fans outside the stadium's 4 gates")
def test_a_common_nouns_possessive_in_a_comparison_is_not_the_facts(tmp_path):
    turnout = record("number", "turnout, election", "65.4", 'percent, "%"')
    assert one(tmp_path, turnout, "Turnout was 60.8%, compared to the last election's 65.4%.")[0] != "agree"


def test_a_part_stops_at_a_preposition():
    from checks.numbers import numbers
    found = numbers("Police detained 30 of the fans outside the stadium's 4 gates.", [])
    assert (found[0].value, found[0].unit) == (30, "fans")  # (its own partitive noun, not the gates)


# lint: an about-term that joins the fact's own value to a word ("Dusseldorf-based") never lets the value state the
# fact (a name inside a term is the subject's own name): a warning says so, with the term to write instead
def test_lint_warns_of_a_term_that_joins_the_value_to_a_word(tmp_path):
    from checks.lint import lint
    (tmp_path / "f.yaml").write_text(
        "facts:\n  - id: hq\n    claim: Orsk had its headquarters in Velmar.\n    kind: place\n"
        "    about: [headquarters, Velmar-based, Second Velmar War, Velmar-bound]\n    value: [Velmar]\n",
        encoding="utf-8")
    found = [p for p in lint([tmp_path / "f.yaml"], None) if p.code == "value-in-term"]
    assert [p.severity for p in found] == ["warning"]
    assert "'Velmar-based'" in found[0].message and "'based'" in found[0].hint and found[0].line == 5


# review 3: a named owner's figure told of another time is not the fact's ("compared with ANO's 29.6% in 2017"); a claim
# that is itself an expectation reads an expected level as its own, loosely
def test_a_named_owners_figure_of_another_time_is_not_the_facts(tmp_path):
    claim = _claimed("ANO won 27.1% of the vote.", "number", "ANO", "27.1", 'percent, "%"')
    for text in ("The Pirates won 10.8%, compared with ANO's 29.6% in 2017.",
                 "Spolu's share rose to 28%, compared with ANO's 29.6% a year earlier."):
        assert one(tmp_path, claim, text)[0] != "differ"


def test_an_expectation_claim_reads_an_expected_level(tmp_path):
    claim = _claimed("The company expects revenue to reach $5 billion.", "number", "revenue", "5000000000",
                     "dollars, $")
    assert one(tmp_path, claim, "Revenue is expected to reach $5 billion.")[0] == "agree"
    assert one(tmp_path, claim, "Revenue is expected to reach $4.5 billion.")[0] != "agree"
    plain = _claimed("Revenue was $5 billion, higher than expected.", "number", "revenue", "5000000000", "dollars, $")
    assert one(tmp_path, plain, "Revenue is expected to reach $5 billion.") == ("silent", [])


# timestamp: a date opening the line before an agency in brackets and a dash is a dateline's, its place on the line
# before or dropped; a timeline's entry ("Sept. 14 -- ...", no agency) still dates its event
LANDFALL = record("date", "landfall, made landfall", "2018-09-15")


def test_a_dateline_date_without_its_place_dates_no_event(tmp_path):
    text = "Sept. 14 (UPI) -- Typhoon Mangkhut made landfall in the northern Philippines."
    assert one(tmp_path, LANDFALL, text, published="2018-09-14") == ("silent", [])
    text = "Sept. 14 -- Typhoon Mangkhut made landfall in the northern Philippines."
    assert one(tmp_path, LANDFALL, text, published="2018-09-14")[0] == "differ"


# review 4: a named owner's figure told of a time is attached loosely (the time may be the fact's own: "compared with
# Spolu's 27.8% in 2021"); an expectation claim must govern its value; a dateline's bracket must name an agency; the
# lint warns only of a value joined to a word in small letters ("Air France-KLM" is a name)
def test_a_named_owners_figure_told_of_a_time_states_nothing(tmp_path):
    # review 5: the time may be another election's ("Spolu's 27.8% in 2021" for a claim of 2025), so the figure is set
    # aside, never an agree; whatever else the sentence says still decides
    claim = _claimed("Spolu won 27.8% of the vote in the 2025 election.", "number", "Spolu", "27.8", 'percent, "%"')
    for text in ("ANO won 34.5%, compared with Spolu's 27.8% in 2021.",
                 "ANO won 34.5%, compared with Spolu's 27.8% four years ago."):
        assert one(tmp_path, claim, text) == ("silent", [])
    assert one(tmp_path, claim, "ANO won 34.5%, compared with Spolu's 27.8%.")[0] == "agree"


# review 5: a result "more than expected to" is no expectation, nor is one whose value lies past another verb; a
# dateline's agency is a news agency's name, not an abbreviated weekday or a place
def test_a_result_beside_an_expectation_reads_no_forecast(tmp_path):
    claim = _claimed("US annual inflation fell more than expected to 3.2% in October.", "number", "inflation", "3.2",
                     'percent, "%"')
    assert one(tmp_path, claim, "Economists had forecast annual inflation of 3.2%.") == ("silent", [])
    claim = _claimed("The typhoon expected to hit Kyushu on Sunday killed 2 people.", "number", "killed, death toll",
                     "2", "people")
    assert one(tmp_path, claim, "The death toll could rise to 2.") == ("silent", [])


@pytest.mark.parametrize("bracket, verdict", [("(Fri)", "differ"), ("(Manila)", "differ"), ("(PHT)", "differ"),
                                              ("(Jiji Press)", "silent"), ("(AFP)", "silent")])
def test_only_a_news_agency_makes_a_line_opening_dateline(tmp_path, bracket, verdict):
    text = f"Sept. 14 {bracket} -- Typhoon Mangkhut made landfall in the northern Philippines."
    assert one(tmp_path, LANDFALL, text, published="2018-09-14")[0] == verdict


def test_an_expectation_that_governs_no_value_reads_no_forecast(tmp_path):
    claim = _claimed("Typhoon Velmar, expected to be the strongest storm of the year, killed 127 people.", "number",
                     "killed, death toll", "127", "people")
    assert one(tmp_path, claim, "The death toll could rise to 127.") == ("silent", [])


@pytest.mark.parametrize("bracket", ["(local time)", "(Friday)", "(UTC)"])
def test_a_bracket_that_names_no_agency_makes_no_dateline(tmp_path, bracket):
    text = f"Sept. 14 {bracket} -- Typhoon Mangkhut made landfall in the northern Philippines."
    assert one(tmp_path, LANDFALL, text, published="2018-09-14")[0] == "differ"


def test_lint_spares_a_value_joined_to_another_name(tmp_path):
    from checks.lint import lint
    (tmp_path / "f.yaml").write_text(
        "facts:\n  - id: buyer\n    claim: Air France bought KLM.\n    kind: party\n"
        "    about: [Air France-KLM, bought]\n    value: [Air France]\n", encoding="utf-8")
    assert [p for p in lint([tmp_path / "f.yaml"], None) if p.code == "value-in-term"] == []


# a share whose unit is glued to the figure at the sentence's end ("11percent.") has no whole after it: no crash
@given(n=st.integers(1, 99), end=st.sampled_from([".", "", "!"]))
@settings(max_examples=20, deadline=None)
def test_a_glued_share_ending_the_sentence_reads_without_a_crash(n, end):
    fact = record("number", "Velmar, share", str(n), "percent")
    assert one_fresh(fact, f"Velmar came second with {n}percent{end}")[0] in ("agree", "silent")
