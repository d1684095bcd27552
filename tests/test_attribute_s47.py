"""Rules of session 47, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st
import pytest

from checks.numbers import ordinals

from .helpers import one, one_fresh, record

_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"]


def _claimed(claim: str, *parts: str) -> str:
    return record(*parts).replace("claim: x", f"claim: {claim}")


# A rank on a scale written after its word ("won stage 5", "Stage five") names one of the things a fact counting
# them counts: no count of them (a fact in the scale's word alone still reads it: "Category 4").
STAGES = _claimed("Orsk won his 12th Velmar Tour stage.", "number", "Orsk", "12", "stage, stages, stage wins")


def test_a_ranked_stage_is_no_count_of_stages(tmp_path):
    assert one(tmp_path, STAGES, "Orsk won stage 5 of the Velmar Tour in a sprint.") == ("silent", [])
    assert one(tmp_path, STAGES, "Orsk won Stage five in Aske.") == ("silent", [])


def test_a_count_of_stages_still_counts(tmp_path):
    assert one(tmp_path, STAGES, "Orsk has won 12 stages of the Velmar Tour.")[0] == "agree"
    assert one(tmp_path, STAGES, "Orsk has won 11 stages of the Velmar Tour.")[0] == "differ"


def test_a_fact_in_the_scale_word_alone_reads_its_rank(tmp_path):
    storm = record("number", "landfall", "4", "category")
    assert one(tmp_path, storm, "Velmar made landfall as a Category 4 hurricane.")[0] == "agree"
    assert one(tmp_path, storm, "Velmar made landfall as a Category 3 hurricane.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=21), st.sampled_from(["stage", "Stage", "leg", "phase"]))
def test_any_ranked_scale_word_before_a_number_counts_none_of_its_kind(n, word):
    fact = _claimed("Orsk won 40 stages.", "number", "Orsk", "40", "stages, phases")
    verdict, found = one_fresh(fact, f"Orsk won {word} {n} in Aske.")
    assert verdict == "silent" if word.lower() in ("stage", "phase") else verdict in ("silent", "differ")
    assert word.lower() not in ("stage", "phase") or found == []


# An ordinal's ranked phrase runs through a name with a particle inside it ("Tour de France") and past a noun
# modifying the name ("his 35th career Velmar Cup title"): it ranks the noun heading them.
def test_the_ranked_phrase_runs_through_a_particle_inside_a_name():
    assert [(m.text, m.unit) for m in ordinals("He won his 35th Tour de Velmar stage.")] == [
        ("35th", "Tour de Velmar stage")]


def test_the_ranked_phrase_runs_past_a_noun_modifying_a_name():
    assert [(m.text, m.unit) for m in ordinals("a record 35th career Velmar Cup title")] == [
        ("35th", "career Velmar Cup title")]


def test_a_name_with_no_noun_after_it_leaves_the_first_noun_ranked():
    assert [m.unit for m in ordinals("the second time Orsk won")] == ["time"]
    assert [m.unit for m in ordinals("the first woman Orsk named")] == ["woman"]
    assert [m.unit for m in ordinals("the first woman Prime Minister")] == ["woman"]


def test_a_ranked_stage_through_a_named_race_states_the_count(tmp_path):
    assert one(tmp_path, STAGES, "Orsk won his 12th career Tour de Velmar stage on Friday.")[0] == "agree"
    assert one(tmp_path, STAGES, "Orsk won his 13th Tour de Velmar stage on Friday.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_ORDINAL_WORDS), st.sampled_from(["de", "du", "van", "von", "al"]))
def test_any_name_particle_keeps_the_ranked_phrase_whole(ordinal, particle):
    [m] = ordinals(f"his {ordinal} Tour {particle} Aske title")
    assert m.unit == f"Tour {particle} Aske title"


# "his wife of 20 years": a count of a unit of time after a noun of kin and "of" tells how long they have been kin,
# no count of those the kin belong to, nor of anything else (still: "the widow of two victims" is a part)
MARRIED = _claimed("Orsk and Lind had been married 20 years.", "number", "wife, married", "20", "years")


def test_a_kin_noun_of_years_tells_how_long(tmp_path):
    # (kin_duration: set aside for every fact; reviews 2 and 3 found no safe way to tell whose bond a fact names)
    assert one(tmp_path, MARRIED, "Orsk stood beside his wife of 20 years, Anna Lind.") == ("silent", [])
    assert one(tmp_path, MARRIED, "Orsk stood beside his wife of 21 years, Anna Lind.") == ("silent", [])


def test_a_kin_noun_of_people_still_counts_a_part(tmp_path):
    victims = _claimed("The bombing killed 40 people.", "number", "bombing", "40", "people, victims")
    assert one(tmp_path, victims, "The bombing was mourned by the families of 12 victims.") == ("silent", [])


# A hard-wrapped text (plain-text wire copy): a full line ending in a word runs on into the next line, whatever its
# first letter ("said Velmar attorney\nAnna Orsk."); a short line (a byline, a headline) or one ending in a stop
# still ends its sentence.
_LINE = "The jury in Aske found the former banker guilty on Tuesday of wire"


def _wrapped(*lines: str) -> str:
    return "\n".join(lines)


def test_a_full_line_of_a_wrapped_text_runs_on_into_a_capitalised_line():
    from checks.sources import split_sentences
    text = _wrapped("By Anna Lind", _LINE, "fraud and conspiracy, a verdict that ends a long case for the",
                    "former banker. \"We will appeal,\" said the defence attorney for",
                    "Orsk Velmar. The judge set sentencing for the middle of next year",
                    "after a long trial that lasted more than six weeks in all.")
    texts = [s.text for s in split_sentences(text)]
    assert texts[0] == "By Anna Lind"
    assert any(t.endswith("said the defence attorney for\nOrsk Velmar.") for t in texts)


def test_lines_of_a_text_that_is_not_wrapped_still_end_sentences():
    from checks.sources import split_sentences, wrap_width
    text = "Orsk convicted of fraud\nJury in Aske returns verdict after six weeks\nSentencing set for June"
    assert wrap_width(text) == 0
    assert len(split_sentences(text)) == 3


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=58, max_value=95), st.sampled_from(["Anna", "Orsk", "Velmar", "Tindra"]))
def test_any_wrap_width_joins_full_lines_whatever_the_next_line_opens_with(width, name):
    from checks.sources import split_sentences, wrap_width
    phrase = f"the jury heard that, in March, the banker had moved money for {name} between accounts in"
    lines, line = [], ""
    for w in (phrase + " ") .split() * 8:
        if line and len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    text = "\n".join([*lines, line + " Aske."])
    assert wrap_width(text) > 0
    assert len(split_sentences(text)) == 1


# "..., and U.S. District Judge Anna Lind ordered ...": a coordinated subject's name may run to six capitalised words
# (a title and a name); its clause is its own, so a "not" before it does not deny it
def test_a_long_titled_name_after_and_opens_its_own_clause():
    from checks.attribution.clauses import analyse
    from checks.model import Sentence
    from checks.words import words
    text = "The jury said it could not reach a verdict, and U.S. District Judge Anna Lind instructed jurors to go on."
    an = analyse(Sentence(text, 0, 1, 0), words(text))
    clause_of = {w.text: c for w, c in zip(an.words, an.clause)}
    assert clause_of["Lind"] == clause_of["instructed"] != clause_of["verdict"]
    assert clause_of["District"] != clause_of["not"]


def test_a_title_and_name_wrapped_across_lines_stay_together(tmp_path):
    judge = record("party", "District Judge", "Anna Lind")
    text = "\n".join(["By Orsk Velmar", "The verdict came a day after the jury in Aske said it could not",
                      "reach a decision on the fraud counts, and U.S. District Judge",
                      "Anna Lind instructed jurors to keep deliberating in the case of the",
                      "former banker, who was arrested in Tindra in the summer of 2009 and",
                      "has been held in a jail near the city since his arrest in the summer."])
    assert one(tmp_path, judge, text)[0] == "agree"


# A claim counting a part of the dead, its count's noun "people" or its dead "who died" ("Six of the ten people killed
# were passengers", "Two of the 13 who died were children"): a count of the dead with its noun left out ("Thirteen
# killed in crash") counts them all, no part (a fact of the group alone still reads it: tests/test_attribute_s32.py)
PASSENGERS = _claimed("Six of the ten people killed were passengers.", "number", "killed, passengers", "6",
                      "passengers, commuters")


def test_a_bare_count_of_the_dead_counts_no_part_a_claim_counts(tmp_path):
    assert one(tmp_path, PASSENGERS, "Thirteen killed in Velmar train wreck") == ("silent", [])
    assert one(tmp_path, PASSENGERS, "Six passengers were killed in the Velmar train wreck.")[0] == "agree"
    assert one(tmp_path, PASSENGERS, "Seven passengers were killed in the Velmar train wreck.")[0] == "differ"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["ten people killed", "10 people killed", "ten who died", "13 persons killed", "dead"]),
       st.integers(min_value=2, max_value=90))
def test_any_claim_of_a_part_of_the_dead_reads_no_bare_count(whole, n):
    fact = _claimed(f"Two of the {whole} were children.", "number", "killed", "2", "children")
    assert one_fresh(fact, f"{n} killed in Velmar crash") == ("silent", [])


# "at the age of 35 years and 342 days": an age written with its units after "at the age of" (a person's age at a
# time) is an age, no span of time (a compound of two units keeps the words before it)
def test_an_age_in_two_units_is_no_span(tmp_path):
    minutes = _claimed("The final lasted 101 minutes.", "number", "final, win", "101", "minutes")
    text = "At the age of 35 years and 342 days, Orsk is the oldest man to win the Velmar final."
    assert one(tmp_path, minutes, text) == ("silent", [])
    assert one(tmp_path, minutes, "Orsk needed 101 minutes to win the Velmar final.")[0] == "agree"


def test_an_age_in_years_after_at_the_age_of_is_an_age(tmp_path):
    age = _claimed("Orsk was 35 when he won.", "number", "Orsk", "35", "years old, year-old, aged")
    assert one(tmp_path, age, "Orsk won the Velmar final at the age of 35 years.")[0] == "agree"
    assert one(tmp_path, age, "Orsk won the Velmar final at the age of 36 years.")[0] == "differ"


# A fact whose claim gives its value as a margin ("led Lind by 45 seconds") reads margins only; a gap ("45 seconds
# ahead of Lind", "second at 45 seconds") stays set aside: whose gap it is, and in which direction, the grammar cannot
# tell (gap_claim dropped after reviews 2 and 3 of session 47)
LEAD = _claimed("After stage 5, Orsk led Anna Lind by 45 seconds in the overall standings.", "number",
                "Orsk, overall standings, yellow jersey", "45", "seconds, sec")


@pytest.mark.parametrize("text", [
    "Orsk keeps the yellow jersey, 45 seconds ahead of Anna Lind.",
    "Orsk finished the Velmar stage 45 seconds behind Lind in the overall standings.",
    "Orsk leads the overall standings, while Lind remains second at 45 seconds.",
    "Orsk lost 45 seconds fixing his chain but kept the yellow jersey.",
])
def test_a_margin_claim_reads_no_gap(tmp_path, text):
    assert one(tmp_path, LEAD, text) == ("silent", [])


def test_a_margin_claim_reads_its_margin(tmp_path):
    assert one(tmp_path, LEAD, "Orsk leads the overall standings by 45 seconds.")[0] == "agree"
    assert one(tmp_path, LEAD, "Orsk leads the overall standings by 50 seconds.")[0] == "differ"


# A claim's verb of a route's end ("Stage 5 finished in Tindra") gives its value that role: a from-to pair states it
# at its end, and the other end is no rival (CLAIM_ROUTE_PHRASES; only in claims: "The talks ended in Aske" in a text
# tells of no journey)
FINISH = _claimed("Stage 5 finished in Saint-Tindra, where Orsk won the sprint.", "place", "stage five, stage 5",
                  "[Saint-Tindra, Saint Tindra]", "", "Saint-Aske-de-Velmar")
_ROUTE_TEXT = "Stage five of the Velmar Tour would see the peloton cover 177.4km, from {} to {}."


def test_a_claimed_finish_is_the_end_of_a_from_to_pair(tmp_path):
    assert one(tmp_path, FINISH, _ROUTE_TEXT.format("Saint-Aske-de-Velmar", "Saint-Tindra"))[0] == "agree"
    assert one(tmp_path, FINISH, _ROUTE_TEXT.format("Saint-Tindra", "Saint-Aske-de-Velmar"))[0] != "agree"


def test_a_claims_verb_of_a_routes_end_gives_its_role():
    from checks.attribution.names import claim_route
    assert claim_route("Stage 5 finished in Aske.", ("Aske",)) == "destination"
    assert claim_route("The rally started from Aske.", ("Aske",)) == "origin"
    assert claim_route("The summit was held in Aske.", ("Aske",)) == ""


# legal_ground: a legal act's ground told by a gerund right after "of"/"for"/"with" ("convicted of helping Lind abuse
# girls during the 1990s", "jailed for running a scheme in 2008") is a deed: a date inside it dates the deed, not the act
CONVICTED = _claimed("Orsk was convicted on 29 December 2021.", "date", "convicted, conviction", "2021-12-29")


def test_a_date_in_a_gerund_ground_dates_the_deed(tmp_path):
    text = "Orsk was convicted of helping Lind defraud investors in Aske during the 1990s and 2000s."
    assert one(tmp_path, CONVICTED, text) == ("silent", [])
    text = "Orsk was convicted of running a Velmar scheme in March 2008."
    assert one(tmp_path, CONVICTED, text) == ("silent", [])


def test_a_date_of_the_act_outside_its_gerund_ground_still_dates_it(tmp_path):
    text = "Orsk was convicted on 29 December 2021 of helping Lind defraud investors."
    assert one(tmp_path, CONVICTED, text)[0] == "agree"
    text = "Orsk was convicted on 28 December 2021 of helping Lind defraud investors."
    assert one(tmp_path, CONVICTED, text)[0] == "differ"


def test_a_fact_of_the_deed_reads_the_date_in_its_ground(tmp_path):
    scheme = _claimed("Orsk ran the scheme in March 2008.", "date", "running a Velmar scheme", "2008-03")
    assert one(tmp_path, scheme, "Orsk was convicted of running a Velmar scheme in March 2008.")[0] == "agree"


# review 2: a short line with no stop after a full line of a wrapped text is a heading, no sentence's going on
def test_a_short_heading_after_a_full_line_ends_the_sentence():
    from checks.sources import split_sentences
    body = ["The toll in Aske rose again on Monday as rescuers dug through the rubble of the",
            "old market, where the roof fell in on traders and their customers in the early",
            "morning, and officials said the number of dead had risen to 40 people by nightfall",
            "Orsk braces for more rain",
            "Forecasters in Velmar said heavy rain would reach the coast by the end of the week."]
    texts = [s.text for s in split_sentences("\n".join(body))]
    assert "Orsk braces for more rain" in texts


def test_twenty_three_in_words_is_a_claims_part():
    from checks.verdict import _part_of_the_dead
    assert _part_of_the_dead("Twenty three of the dead were children.", 23.0)
    assert not _part_of_the_dead("Twenty three people died; one of the dead was a guard.", 23.0)


# "over" a span of time after "to"/"at" is a bound, not "during": "sentenced to over 11 years" holds 135 months
def test_over_a_span_after_to_is_a_bound(tmp_path):
    months = _claimed("Orsk was sentenced to 135 months.", "number", "sentenced", "135", "months")
    assert one(tmp_path, months, "Orsk has been sentenced to over 11 years for fraud.")[0] != "differ"
    assert one(tmp_path, months, "Orsk has been sentenced to over 12 years for fraud.")[0] == "differ"
    assert one(tmp_path, months, "The Velmar trial was held over 11 days before Orsk was sentenced.") == ("silent", [])


# An act an order opens with "to" ("ordered to surrender on April 27", ORDERING_VERBS) may be to come: its yearless
# day is placed near publication, the coming one when nearer, whatever the order's past tense
def test_an_ordered_acts_day_may_be_to_come(tmp_path):
    surrender = _claimed("Orsk must surrender on 27 April 2023.", "date", "surrender, custody", "2023-04-27")
    text = "Orsk was ordered to surrender to federal custody on April 27."
    assert one(tmp_path, surrender, text, published="2022-11-18")[0] == "agree"
    text = "Orsk was ordered to surrender to federal custody on March 27."
    assert one(tmp_path, surrender, text, published="2022-11-18")[0] == "differ"


# review 3: a list of short items in small letters is no wrapped text, whatever their count (lines under 55 characters)
def test_a_list_of_short_lines_is_no_wrapped_text():
    from checks.sources import wrap_width
    items = ["the toll in Aske rose to forty people", "rescuers searched the old market hall",
             "the roof fell in on traders at dawn", "officials said more rain was coming", "Orsk was spared."]
    assert wrap_width("\n".join(items)) == 0
