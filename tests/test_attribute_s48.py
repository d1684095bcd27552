"""Rules of session 48, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import example, given, settings, strategies as st

from .helpers import one, one_fresh, record


def _claimed(claim: str, *parts: str) -> str:
    return record(*parts).replace("claim: x", f"claim: {claim}")


# A dimension adjective joined to its measure by a hyphen ("a 10-foot-deep crater") names the dimension measured, as
# one after a space does ("10 feet deep"); measures coordinated before one noun ("a 93-foot-wide, 10-foot-deep
# crater") all measure that noun.
WIDTH = _claimed("The blast left a crater 93 feet wide.", "number", "crater", "93", "feet, foot")
DEPTH = _claimed("The crater is 10 feet deep.", "number", "crater", "10", "feet, foot")


def test_a_hyphened_depth_is_no_width(tmp_path):
    assert one(tmp_path, WIDTH, "The blast left a 10-foot-deep crater in the field.") == ("silent", [])


def test_coordinated_hyphened_measures_all_measure_the_noun_after_them(tmp_path):
    assert one(tmp_path, WIDTH, "The blast left a 93-foot-wide, 10-foot-deep crater.")[0] == "agree"
    assert one(tmp_path, WIDTH, "The blast left a 90-foot-wide, 10-foot-deep crater.")[0] == "differ"
    assert one(tmp_path, DEPTH, "The blast left a 93-foot-wide, 10-foot-deep crater.")[0] == "agree"
    assert one(tmp_path, DEPTH, "The blast left a 93-foot-wide, 12-foot-deep crater.")[0] == "differ"


def test_measures_of_another_noun_stay_that_nouns(tmp_path):
    assert one(tmp_path, WIDTH, "A 90-foot-wide, 10-foot-deep pit opened beside the crater.")[0] == "silent"


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=400), st.sampled_from(["deep", "high", "tall", "long"]),
       st.sampled_from(["foot", "metre", "m", "ft"]))
def test_a_hyphened_measure_of_another_dimension_never_decides_a_width(n, adjective, unit):
    fact = _claimed("The crater is 93 feet wide.", "number", "crater", "93", "feet, foot, metres, metre, m, ft")
    assert one_fresh(fact, f"It left a {n}-{unit}-{adjective} crater.")[0] == "silent"


# A term that is a past participle between a whole's number and its noun ("1,500 of the 2,000 evacuated residents")
# says what happened to those the whole counts: the whole is the term's count, the part before it another's.
EVACUATED = _claimed("About 2,000 residents were evacuated.", "number", "evacuated", "2000", "people, residents")


def test_a_participle_before_the_wholes_noun_makes_the_whole_its_count(tmp_path):
    text = "A plan lets 1,500 of the {} evacuated residents return home tomorrow."
    assert one(tmp_path, EVACUATED, text.format("2,000")) == ("agree", ["2000 residents"])
    assert one(tmp_path, EVACUATED, text.format("3,000"))[0] == "differ"


def test_a_participle_after_the_part_still_counts_the_part(tmp_path):
    assert one(tmp_path, EVACUATED, "Police evacuated 2,000 of the 6,000 residents.")[0] == "agree"
    assert one(tmp_path, EVACUATED, "Only 1,500 of the 5,000 residents were evacuated.")[0] == "differ"


# A value in a that-clause of asking whose verb is a bare "be" (the mandative subjunctive: "the request that he be
# sentenced to 24 years") is what was asked for, not what was decided; "would be", "should be" and an order ("the
# judge ordered that he be jailed") are not such a request.
SENTENCE = _claimed("Orsk was sentenced to 11 years in prison.", "number", "sentenced, jailed", "11", "years")


def test_a_mandative_request_is_no_decision(tmp_path):
    assert one(tmp_path, SENTENCE, "The judge refused the prosecution's request that the trader be sentenced to as "
                                   "much as 24 years in prison.") == ("silent", [])
    assert one(tmp_path, SENTENCE, "Prosecutors asked that Orsk be sentenced to 24 years.") == ("silent", [])


def test_an_order_and_a_forecast_are_no_request(tmp_path):
    assert one(tmp_path, SENTENCE, "The judge ordered that Orsk be jailed for 24 years.")[0] == "differ"
    assert one(tmp_path, SENTENCE, "He said that Orsk would be sentenced to 24 years.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["asked", "urged", "demanded", "request", "recommendation"]), st.integers(2, 40))
def test_any_word_of_asking_makes_its_subjunctive_clause_a_request(word, years):
    verdict, found = one_fresh(SENTENCE, f"The {word} that Orsk be sentenced to {years} years was rejected.")
    assert (verdict, found) == ("silent", [])


# A money fact whose value is written in ones ("61000000000") reads a scale word in its unit list ([dollars,
# billion]) as a way the sum is written, not as the scale the value is counted in.
def test_a_value_in_ones_with_a_scale_word_among_its_units(tmp_path):
    fact = _claimed("Orsk bought Velmar for $61 billion.", "number", "bought", "61000000000", "dollars, $, bn, billion")
    assert one(tmp_path, fact, "Orsk bought Velmar for $61 billion.")[0] == "agree"
    assert one(tmp_path, fact, "Orsk bought Velmar for $60 billion.")[0] == "differ"
    assert one(tmp_path, fact, "Orsk bought Velmar for $61bn in cash.")[0] == "agree"


def test_a_value_counted_in_a_scale_still_reads_that_scale(tmp_path):
    fact = _claimed("Orsk bought Velmar for $61 billion.", "number", "bought", "61", "dollars, $, billion")
    assert one(tmp_path, fact, "Orsk bought Velmar for $61 billion.")[0] == "agree"
    assert one(tmp_path, fact, "Orsk bought Velmar for $62 billion.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=900), st.sampled_from(["billion", "million"]))
def test_any_sum_in_ones_agrees_with_its_scaled_writing(n, scale):
    value = n * (10 ** 9 if scale == "billion" else 10 ** 6)
    fact = _claimed("Orsk paid a sum.", "number", "paid", str(value), f"dollars, $, {scale}")
    assert one_fresh(fact, f"Orsk paid ${n} {scale} for it.")[0] == "agree"
    assert one_fresh(fact, f"Orsk paid ${n + 1} {scale} for it.")[0] == "differ"


# A count has a noun of its own, and a unit written before it is none of its: after "at" ("an eighth gold at one
# Olympics" counts Olympics), or joined to the count by a hyphen ("the 26 kg six-wheeled rover": six wheels); nor is a
# unit right after another number ("26 kg six") the later number's.
GOLDS = _claimed("Spitz won seven gold medals in 1972.", "number", "Spitz", "7", "gold medals, golds, gold")
MASS = _claimed("The rover weighs 26 kg.", "number", "rover", "26", "kg, kilograms")


def test_a_count_after_at_counts_its_own_noun(tmp_path):
    assert one(tmp_path, GOLDS, "Orsk won an eighth gold at one Olympics, beating Spitz's record.") == ("silent", [])


def test_a_count_joined_to_a_word_counts_that_compound(tmp_path):
    assert one(tmp_path, MASS, "Aske said the 26 kg six-wheeled rover was ready.") == ("agree", ["26 kilograms"])
    assert one(tmp_path, MASS, "Aske said the six-wheeled rover was ready.")[0] == "silent"


def test_a_unit_before_a_count_still_counts_it(tmp_path):
    quake = record("number", "quake", "7.8", "magnitude")
    assert one(tmp_path, quake, "The magnitude 7.9 quake hit at dawn.")[0] == "differ"
    toll = record("number", "toll", "40", "people, dead")
    assert one(tmp_path, toll, "Officials put the toll at 40 people.")[0] == "agree"


# A name in a phrase of "with" after a word of joining someone ("began talks with", "form a government with", "a
# coalition with") or naming partners ("with its allies, the Centre Party") is the subject's partner: no value of the
# subject's own; "an officer with the city police" (a role's noun before "with") is none of these.
PARTY = record("party", "Store", "Labour", rivals="Conservative, Centre Party, Socialist Left")


def test_a_partner_after_with_is_no_party_of_the_subjects(tmp_path):
    assert one(tmp_path, PARTY, "Store began talks with the Centre Party on Monday.") == ("silent", [])
    assert one(tmp_path, PARTY, "Store will form a government with the Socialist Left and the Centre Party.") == (
        "silent", [])
    assert one(tmp_path, PARTY, "The Labour Party and Store could win a majority with its preferred allies, the "
                                "Centre Party and the Socialist Left.") == ("agree", ["Labour"])


def test_a_role_with_an_organisation_still_says_it(tmp_path):
    assert one(tmp_path, PARTY, "Store, an officer with the Centre Party, spoke.")[0] == "differ"
    assert one(tmp_path, PARTY, "Store of the Centre Party met voters.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["talks", "a coalition", "a government", "a deal", "an alliance"]),
       st.sampled_from(["Centre Party", "Socialist Left", "Conservative"]))
def test_any_word_of_joining_makes_its_with_phrase_a_partner(head, party):
    verdict, found = one_fresh(PARTY, f"Store agreed {head} with the {party} last week.")
    assert (verdict, found) == ("silent", [])


# "by" and a count after a word of a contest's result or standing ("retained its majority by one seat", "won by six
# votes", `MARGIN_WORDS`) is a margin: no figure of a fact that is none; "by" after a passive or a noun ("a lawsuit by 13
# states", "could be settled by four seats") is an agent, no margin.
BLOC = record("number", "red bloc", "90", "seats")


def test_a_count_after_won_by_is_a_margin(tmp_path):
    assert one(tmp_path, BLOC, "The red bloc appeared set to retain a majority by just one seat.") == ("silent", [])
    assert one(tmp_path, BLOC, "The red bloc won by 4 seats.") == ("silent", [])
    assert one(tmp_path, BLOC, "The red bloc won 89 seats.")[0] == "differ"


def test_an_agent_after_by_is_no_margin(tmp_path):
    suit = record("number", "lawsuit", "13", "states")
    assert one(tmp_path, suit, "The court rejected a collective lawsuit by 13 states.")[0] == "agree"
    assert one(tmp_path, suit, "The court rejected a collective lawsuit by 12 states.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["won", "leads", "retained its majority", "beat the Greens", "was ahead"]),
       st.integers(min_value=1, max_value=60), st.sampled_from(["", "just ", "only "]))
def test_any_margin_after_a_result_word_never_decides_a_count(word, n, hedge):
    assert one_fresh(BLOC, f"The red bloc {word} by {hedge}{n} seats.") == ("silent", [])


# "November of last year", "March 3 of next year": "of" may stand between a month (or a day of it) and the year a
# relative phrase names; the month is in that year.
COLLAPSE = _claimed("Orsk collapsed on 11 November 2022.", "date", "collapsed", "2022-11-11")


def test_a_month_of_last_year_is_in_the_year_before_publication(tmp_path):
    assert one(tmp_path, COLLAPSE, "The firm collapsed in November of last year.", published="2023-11-02")[0] == "agree"
    assert one(tmp_path, COLLAPSE, "The firm collapsed on November 11 of last year.",
               published="2023-11-02")[0] == "agree"
    # (another day, counted from publication, is a possible conflict only, as "November 25 last year" is)
    with_of = one(tmp_path, COLLAPSE, "The firm collapsed on November 25 of last year.", published="2023-11-02")
    assert with_of == one(tmp_path, COLLAPSE, "The firm collapsed on November 25 last year.", published="2023-11-02")
    assert with_of == ("silent", [])


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["last", "this"]), st.integers(min_value=2019, max_value=2030))
def test_of_between_a_month_and_its_relative_year_changes_nothing(which, year):
    with_of = one_fresh(COLLAPSE, f"The firm collapsed in November of {which} year.", published=f"{year}-12-20")
    without = one_fresh(COLLAPSE, f"The firm collapsed in November {which} year.", published=f"{year}-12-20")
    assert with_of == without


# A count before a scale word and its rank ("only two category 5 hurricanes") counts the noun after them, no rank;
# and the rank, with a count or a word of quantity before its scale word and a plural noun after it, ranks a class of
# things, not the one thing a fact ranks.
CATEGORY = _claimed("Ian made landfall as a Category 4 hurricane.", "number", "made landfall", "4", "Category")


def test_a_rank_of_a_counted_class_is_no_rank_of_the_fact(tmp_path):
    text = "In the last 30 years only two category 5 hurricanes have made landfall in the United States."
    assert one(tmp_path, CATEGORY, text) == ("silent", [])
    assert one(tmp_path, CATEGORY, "Several Category 5 storms have made landfall there.")[0] == "silent"


def test_a_rank_of_one_thing_still_decides(tmp_path):
    assert one(tmp_path, CATEGORY, "Ian made landfall as a Category 5 hurricane.")[0] == "differ"
    assert one(tmp_path, CATEGORY, "Ian made landfall as a Category 4 storm.")[0] == "agree"


# After a verb that brings a count to a level ("bringing his career golds to 14", "took the toll to the grim total of
# 40", `BRINGING_TO_VERBS`), the noun before "to" is what the bare number after it (past "the number of") counts.
CAREER = _claimed("Orsk has 14 career gold medals.", "number", "career, career golds", "14", "gold medals, golds")


def test_a_number_a_count_is_brought_to_counts_that_noun(tmp_path):
    text = "Orsk won six golds in Aske, bringing his current career golds to the whopping number of {}."
    assert one(tmp_path, CAREER, text.format(14)) == ("agree", ["14 gold medals"])
    assert one(tmp_path, CAREER, text.format(15))[0] == "differ"
    assert one(tmp_path, CAREER, "That win brought his career golds to 15.")[0] == "differ"


def test_a_number_with_a_noun_of_its_own_after_to_counts_that_noun(tmp_path):
    assert one(tmp_path, CAREER, "Orsk took his career golds to 14 schools.") == ("silent", [])
    assert one(tmp_path, CAREER, "Orsk sent his career golds to 3 museums.")[0] == "silent"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["bringing", "taking", "pushing", "raising"]), st.integers(min_value=2, max_value=99))
def test_any_verb_of_bringing_reads_the_level(verb, n):
    verdict = one_fresh(CAREER, f"The relay win ended the week, {verb} his career golds to {n}.")[0]
    assert verdict == ("agree" if n == 14 else "differ")


# A count right before "fewer" or "less" ("The National Party has two fewer seats") is a difference, no count; a
# number written with the common misspelling "fourty" is read ("One hundred and fourty-four passengers").
SEATS = _claimed("National won 48 seats.", "number", "National Party", "48", "seats")


def test_a_count_before_fewer_is_a_difference(tmp_path):
    assert one(tmp_path, SEATS, "The National Party has two fewer seats after the count.") == ("silent", [])
    assert one(tmp_path, SEATS, "The National Party has 47 seats after the count.")[0] == "differ"


def test_fourty_is_forty():
    from checks.numbers import numbers
    assert [(m.value, m.unit) for m in numbers("One hundred and fourty-four passengers died.")] == [
        (144, "passengers")]


@given(st.integers(min_value=1, max_value=9))
def test_any_fourty_compound_reads_as_forty(n):
    from checks.numbers import numbers
    assert [m.value for m in numbers(f"fourty-{['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n]} people")] == [40 + n]


# "20 points clear of Syriza" names what the subject is ahead of (as "ahead of" does): a term there owns none of the
# clause's values; "clear of" with no number before it ("the road was clear of debris") opens no comparison.
def test_a_term_after_clear_of_is_only_the_reference(tmp_path):
    fact = record("number", "SYRIZA", "48", "seats")
    text = "Mitsotakis won a victory, gaining 158 seats in the 300-seat parliament, more than 20 points clear of SYRIZA."
    assert one(tmp_path, fact, text) == ("silent", [])
    assert one(tmp_path, fact, "SYRIZA won 48 seats, 20 points clear of Pasok.")[0] == "agree"


# A share after "with" and before "of the votes counted" ("with 98% of the votes counted so far") tells how much of the
# count is done: no share any party won ("won 41% of the votes counted so far" is one).
SHARE = _claimed("New Democracy won 40.56 per cent of the vote.", "number", "New Democracy", "40.56", "percent, per cent")


def test_the_share_of_votes_counted_is_no_vote_share(tmp_path):
    assert one(tmp_path, SHARE, "New Democracy won a landslide with 98% of the votes counted so far.") == ("silent", [])
    text = "New Democracy won 40.56% of the vote, with 99.70% of the ballots counted."
    assert one(tmp_path, SHARE, text) == ("agree", ["40.56 percent"])
    assert one(tmp_path, SHARE, "New Democracy won 41% of the votes counted so far.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.floats(min_value=50, max_value=99.9).map(lambda x: round(x, 1)),
       st.sampled_from(["votes counted", "ballots counted", "precincts reporting", "votes tallied"]))
def test_any_count_progress_after_with_is_set_aside(share, what):
    assert one_fresh(SHARE, f"New Democracy led with {share}% of the {what}.") == ("silent", [])


# A span before "later"/"after" is the time between two events, no age, even when an age fact's claim has "after" in
# it ("Nadal was 36 when he won, two days after his 36th birthday").
def test_a_span_later_is_no_age_whatever_the_claim_says(tmp_path):
    age = _claimed("Orsk was 36 when he won, two days after his 36th birthday.", "number", "Orsk", "36",
                   "years, year-old, years old, age")
    text = "Lind was six in 2005 when Orsk won his first title, and 17 years later he watched Orsk win again."
    assert one(tmp_path, age, text) == ("silent", [])
    assert one(tmp_path, age, "Orsk, 35, won again.")[0] == "differ"


# In a legal ground of several deeds ("guilty of assaulting Lind in 2006 and raping Aske in 2013"), "and" before an
# -ing form opens the next deed: each time is its own deed's.
RAPE = _claimed("Orsk raped Aske in March 2013.", "date", "Aske, raping", "2013-03")


def test_coordinated_deeds_keep_their_own_times(tmp_path):
    text = ("Orsk was found guilty of sexually assaulting former assistant Mimi Lind in 2006 and raping Jo Aske, an "
            "aspiring actress, in 2013.")
    assert one(tmp_path, RAPE, text) == ("agree", ["2013"])
    assert one(tmp_path, RAPE, text.replace("in 2013", "in 2012"))[0] == "differ"


# A claim that writes its value as the price of one share ("a special dividend of $16.50 per share") makes the fact a
# price per share, as a term "per share" does; an amount right before a term of the fact ("a $16.50 cash dividend")
# states it, when it matches (another such amount may be a total: set aside, never a difference).
DIVIDEND = _claimed("Holders received a special dividend of $16.50 per share.", "number", "cash dividend, dividend",
                    "16.50", "USD, dollars")


def test_a_claim_priced_per_share_reads_only_prices_per_share(tmp_path):
    assert one(tmp_path, DIVIDEND, "Holders will get a $10 billion special dividend ($16.50 a share).")[0] == "agree"
    assert one(tmp_path, DIVIDEND, "Holders will get a $10 billion special dividend.") == ("silent", [])
    assert one(tmp_path, DIVIDEND, "Holders will get a special dividend of $15.50 a share.")[0] == "differ"


def test_an_amount_right_before_a_term_states_the_price_of_a_share(tmp_path):
    assert one(tmp_path, DIVIDEND, "Each shareholder will get a $16.50 cash dividend.")[0] == "agree"
    assert one(tmp_path, DIVIDEND, "Each shareholder will get a $15.50 cash dividend.") == ("silent", [])


# A round number after a hedge of roughness ("around 1,100 workers") is only as precise as its last non-zero digit:
# it holds a value within half that step (at most 5% of it), loosely; a bare round number still differs.
TOLL = _claimed("The collapse killed 1,134 people.", "number", "killed", "1134", "workers, people")


def test_a_hedged_round_number_holds_a_value_within_its_step(tmp_path):
    assert one(tmp_path, TOLL, "The disaster killed around 1,100 workers.")[0] == "agree"
    assert one(tmp_path, TOLL, "The disaster killed around 1,200 workers.")[0] == "differ"
    assert one(tmp_path, TOLL, "The disaster killed 1,100 workers.")[0] == "differ"


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=11, max_value=99), st.sampled_from(["about", "around", "roughly", "some"]),
       st.integers(min_value=-80, max_value=80))
@example(11, "about", 50).via("the half step itself is no longer held")
@example(20, "about", 100).via("at most 5% of the number")
def test_a_hedged_round_number_agrees_only_within_half_its_step(hundreds, hedge, offset):
    written = hundreds * 100
    step = 1000 if written % 1000 == 0 else 100  # "about 2,000" is as precise as its thousands
    fact = _claimed("The collapse killed many.", "number", "killed", str(written + offset), "people")
    verdict = one_fresh(fact, f"The disaster killed {hedge} {written:,} people.")[0]
    assert verdict == ("agree" if abs(offset) < min(step / 2, written * 0.05 + 1e-9) else "differ")


# For an age fact, "three years of litigation" is a span of what follows, no age ("41 years of age" is one).
def test_years_of_a_noun_are_no_age(tmp_path):
    age = record("number", "Orsk", "41", "years old, years, age")
    assert one(tmp_path, age, "The deal ends three years of litigation over Orsk's estate.") == ("silent", [])
    assert one(tmp_path, age, "Orsk, 41 years of age, died on Sunday.")[0] == "agree"


# A sentence whose subject is "the last time" (previous, only other) tells of that earlier time after its "was": a
# value in that clause is the earlier instance's ("The last time a South American team won the World Cup was Brazil in
# 2002"); a clause coordinated after it is its own.
FINAL = _claimed("Velmar won the Aske Cup final on 18 December 2022.", "date", "won the Aske Cup", "2022-12-18")


def test_the_last_time_was_tells_of_an_earlier_instance(tmp_path):
    assert one(tmp_path, FINAL, "The last time a southern team won the Aske Cup was Orsk in 2002.") == ("silent", [])
    assert one(tmp_path, FINAL, "The previous time Velmar won the Aske Cup was in 1986.") == ("silent", [])


def test_a_clause_after_the_last_time_keeps_its_own_date(tmp_path):
    assert one(tmp_path, FINAL, "The last time was 1986, and Velmar won the Aske Cup in 2022.")[0] == "agree"
    assert one(tmp_path, FINAL, "Velmar won the Aske Cup in 2021.")[0] == "differ"


# ... but two -ing verbs joined by "and" with nothing between them share their object and time: one deed
# ("convicted of drugging and molesting a friend in 2004": 2004 dates the deed, not the conviction).
def test_two_gerunds_sharing_an_object_are_one_deed(tmp_path):
    convicted = _claimed("Orsk was convicted on 26 April 2018.", "date", "convicted", "2018-04-26")
    text = "Orsk was convicted of all three counts of drugging and molesting a friend in 2004."
    assert one(tmp_path, convicted, text) == ("silent", [])
    assert one(tmp_path, RAPE, "Orsk was convicted of drugging and raping Jo Aske in 2013.")[0] == "agree"


# A name right after a term and "'s" is the term's ("Matteo Salvini's League"); a title before a term's name stays
# that name's ("Turkey's President Erdogan"), and a place's or a body's possessive owns no one ("Jamaica's Powell").
PARTY_OF = record("party", "Matteo Salvini, Salvini", "League", rivals="Forza Italia, Brothers of Italy")


def test_a_name_owned_by_a_term_is_the_terms(tmp_path):
    text = "Matteo Salvini's League and Silvio Berlusconi's Forza Italia are Meloni's allies."
    assert one(tmp_path, PARTY_OF, text)[0] == "agree"
    assert one(tmp_path, PARTY_OF, "Salvini's Forza Italia won.")[0] == "differ"


def test_a_possessive_of_a_place_owns_no_one(tmp_path):
    office = record("party", "Erdogan", "President", rivals="Prime Minister")
    assert one(tmp_path, office, "Turkey's President Erdogan visited the area.")[0] == "agree"
    assert one(tmp_path, office, "Turkey's Prime Minister Erdogan visited the area.")[0] == "differ"


# Review 1 of session 48: sentences that broke the rules above, pinned.
def test_review_1_a_second_deed_is_a_ground_too(tmp_path):
    convicted = _claimed("Orsk was convicted on 26 April 2013.", "date", "convicted", "2013-04-26")
    assert one(tmp_path, convicted, "Orsk was convicted of the assault of Lind in 2006 and raping Aske in 2013.") == (
        "silent", [])
    assert one(tmp_path, convicted, "Orsk was convicted of possessing and selling cocaine in 2013.") == ("silent", [])


def test_review_1_a_role_with_a_party_is_no_partner(tmp_path):
    party = record("party", "Lind", "Labour", rivals="Centre Party")
    assert one(tmp_path, party, "Today Lind is a government minister with the Centre Party.")[0] == "differ"


def test_review_1_a_request_ends_at_its_clause(tmp_path):
    text = "Prosecutors had asked that Orsk be jailed for life, but Judge Lind sentenced Orsk to 12 years."
    assert one(tmp_path, SENTENCE, text)[0] == "differ"
    assert one(tmp_path, SENTENCE, "Lind insisted that Orsk will also be jailed for 12 years.")[0] == "differ"


def test_review_1_measures_with_no_noun_after_them_measure_nothing_after(tmp_path):
    text = "The pit is 93-foot-wide, 10-foot-deep, and the crater beside it is twice that size."
    assert one(tmp_path, WIDTH, text)[0] != "agree"


def test_review_1_a_small_value_in_thousands_is_counted_in_thousands(tmp_path):
    grant = _claimed("The grant was $1.2 million.", "number", "grant", "1200", "dollars, $, thousand")
    assert one(tmp_path, grant, "The grant was $1.2 million.")[0] == "agree"
    assert one(tmp_path, grant, "The grant was $1,200.")[0] != "agree"


def test_review_1_less_before_an_adjective_is_no_difference(tmp_path):
    countries = record("number", "joined", "10", "countries")
    assert one(tmp_path, countries, "40 less-developed countries joined the pact.")[0] == "differ"


def test_review_1_a_tally_after_by_and_an_agent_after_led_by_are_no_margins(tmp_path):
    assert one(tmp_path, record("number", "motion", "312", "votes"), "The motion won by 312 votes to 250.")[0] == "agree"
    assert one(tmp_path, record("number", "delegation", "12", "senators"),
               "The delegation, led by 12 senators, arrived.")[0] == "agree"


def test_review_1_a_verb_term_before_the_part_keeps_the_part(tmp_path):
    fact = record("number", "airlifted, injured", "12", "passengers")
    assert one(tmp_path, fact, "Helicopters airlifted 12 of the 40 injured passengers.")[0] == "agree"


def test_review_1_a_date_before_a_unit_is_no_number_of_its_own(tmp_path):
    quake = record("number", "earthquake", "7.8", "magnitude")
    assert one(tmp_path, quake, "The February 6, 2023, magnitude 7.9 earthquake hit Velmar.")[0] == "differ"
    assert one(tmp_path, quake, "The Feb. 6 magnitude 7.8 earthquake hit Velmar.")[0] == "agree"


def test_review_1_a_member_of_a_class_keeps_its_rank(tmp_path):
    ian = _claimed("Ian made landfall as a Category 4 hurricane.", "number", "Ian", "4", "Category")
    assert one(tmp_path, ian, "Ian was one of only two Category 5 hurricanes to hit the state.") == (
        "differ", ["5 Category"])


def test_review_1_a_count_put_at_a_noun_still_counts(tmp_path):
    staff = record("number", "staff", "12000", "staff, workers")
    assert one(tmp_path, staff, "The firm put its staff at 11,000 workers.")[0] == "differ"


# For a fact whose claim names a year, a change "from" a level dated in that year ("the ANC won 40%, falling from
# 57.5% in 2019") gives that year's level; the level it came to is another year's.
SHARE_2019 = _claimed("The ANC won 57.5 per cent of the vote in 2019.", "number", "ANC", "57.5", "percent, per cent")


def test_the_level_a_change_came_from_is_the_claims_years(tmp_path):
    assert one(tmp_path, SHARE_2019, "The ANC won 40% of the vote, falling from 57.5% in 2019.") == (
        "agree", ["57.5 percent"])
    assert one(tmp_path, SHARE_2019, "The ANC won 40% of the vote, falling from 55% in 2019.")[0] == "differ"


def test_a_change_from_another_year_leaves_the_level_as_it_was(tmp_path):
    share_2024 = _claimed("The ANC won 40 per cent of the vote in 2024.", "number", "ANC", "40", "percent, per cent")
    assert one(tmp_path, share_2024, "The ANC won 40% of the vote, falling from 57.5% in 2019.")[0] == "agree"


# Review 2 of session 48: sentences that broke the rules above, pinned.
def test_review_2_a_request_subject_may_hold_commas_and_and(tmp_path):
    assert one(tmp_path, SENTENCE, "Prosecutors asked that Orsk, a former minister, be sentenced to 11 years.") == (
        "silent", [])
    assert one(tmp_path, SENTENCE, "Prosecutors asked that Orsk and Lind be sentenced to 11 years.") == ("silent", [])


def test_review_2_a_bound_before_a_rough_hedge_is_a_bound(tmp_path):
    assert one(tmp_path, TOLL, "The disaster killed no more than about 1,100 people.")[0] == "differ"
    assert one(tmp_path, TOLL, "The disaster killed up to about 1,100 people.")[0] == "differ"


def test_review_2_led_and_defeated_by_are_margins_unless_a_participle(tmp_path):
    assert one(tmp_path, record("number", "Velmar", "12", "points"), "Velmar led by 12 points at half-time.") == (
        "silent", [])
    assert one(tmp_path, record("number", "Orsk", "40", "votes"), "Orsk defeated Lind by 40 votes.") == ("silent", [])


def test_review_2_a_sum_less_is_a_difference(tmp_path):
    fare = record("number", "fare, fares", "5", "dollars")
    assert one(tmp_path, fare, "Fares will be $5 less under the new plan.") == ("silent", [])


def test_review_2_a_class_compared_with_ranks_no_subject(tmp_path):
    ian5 = _claimed("Ian was a Category 5 hurricane.", "number", "Ian", "5", "Category")
    assert one(tmp_path, ian5, "Ian was weaker than all Category 5 hurricanes on record.") == ("silent", [])
    assert one(tmp_path, ian5, "Ian hit Florida five years after Maria, one of two Category 5 hurricanes that year.") \
        == ("silent", [])


def test_review_2_golds_at_three_olympics_count_olympics(tmp_path):
    golds = record("number", "Orsk", "3", "golds, gold medals")
    assert one(tmp_path, golds, "Orsk won golds at three Olympics.") == ("silent", [])


def test_review_2_the_claim_says_whether_a_sum_is_in_ones(tmp_path):
    grant = _claimed("The grant was $250,000.", "number", "grant", "250000", "dollars, $, thousand")
    assert one(tmp_path, grant, "The grant was $250,000.")[0] == "agree"
    assert one(tmp_path, grant, "The grant was $250 million.")[0] == "differ"


def test_review_2_the_last_time_someone_was_seen_is_the_facts_own(tmp_path):
    seen = _claimed("Orsk was last seen on 3 May 2023.", "date", "last seen, seen", "2023-05-03")
    assert one(tmp_path, seen, "The last time Orsk was seen was on 5 May 2023, police said.")[0] == "differ"
