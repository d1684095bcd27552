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


def test_the_claim_ranks_its_ordinals():
    assert claim_ordinals("Orsk won his seventh world title and his 94th race.") == {7, 94}
    assert claim_ordinals("Orsk won the race on 7 July.") == frozenset()


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
def test_only_the_claims_own_rank_dates_the_fact(claimed, written, year):
    fact = _claimed(f"Orsk won his {claimed} Velmar title on 7 July 2013.", "date", "Velmar title, title",
                    "2013-07-07")
    verdict, _ = one_fresh(fact, f"In {year}, Orsk won his {written} Velmar title.")
    if written != claimed:
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


# request_claim: a figure asked for is the fact's when the claim itself tells of the asking ("asked for and was given
# clearance to descend to 6,000 feet"), loosely: what was granted may differ, so a conflicting one only shows
DESCENT = _claimed("The crew asked for and was given clearance to descend to 6,000 feet.", "number",
                   "descend, descended, clearance", "6000", "feet")


def test_a_request_agrees_when_the_claim_tells_of_it(tmp_path):
    text = "The pilots requested permission to descend from 10,000 feet to 6,000 feet."
    assert one(tmp_path, DESCENT, text)[0] == "agree"


def test_a_conflicting_request_is_no_differ(tmp_path):
    assert one(tmp_path, DESCENT, "The pilots requested permission to descend to 5,000 feet.") == ("silent", [])
    assert one(tmp_path, DESCENT, "The pilots descended to 5,000 feet.")[0] == "differ"


def test_a_claim_of_no_request_still_sets_requests_aside(tmp_path):
    plain = _claimed("The crew descended to 6,000 feet.", "number", "descend, descended, clearance", "6000", "feet")
    assert one(tmp_path, plain, "The pilots requested permission to descend to 6,000 feet.") == ("silent", [])
