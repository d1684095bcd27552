"""Rules of session 49, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from .helpers import one, one_fresh, record


def _claimed(claim: str, *parts: str) -> str:
    return record(*parts).replace("claim: x", f"claim: {claim}")


# A reporting verb and its own time, then a subject and a past verb, is a clause without its "that" ("The board said
# on Tuesday a loose wire caused the failure"): the time is the saying's, as it is with "that" or an auxiliary.
COLLISION = _claimed("The Orsk hit the bridge on 26 March 2024.", "date", "Orsk, collision", "2024-03-26")


def test_the_time_of_saying_before_a_bare_complement_with_a_past_verb_is_the_sayings(tmp_path):
    for text in ("The board said on Tuesday a loose wire caused a power failure on the ship Orsk.",
                 "The board said Tuesday a loose wire caused a power failure on the ship Orsk."):
        assert one(tmp_path, COLLISION, text, published="2025-11-20")[0] == "silent", text


def test_a_dated_object_after_a_reporting_verb_still_dates_its_event(tmp_path):
    # no past verb after the determiner's noun: the object itself, dated ("the closed berth" is a noun phrase)
    assert one(tmp_path, COLLISION, "The board reported on 25 March 2024 the collision of the Orsk.")[0] == "differ"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["said", "told reporters", "stated", "added"]), st.sampled_from(["Monday", "on Friday"]),
       st.sampled_from(["a faulty pump caused", "the crew ignored", "its engine failed before"]))
def test_a_dated_saying_never_dates_a_bare_complement(verb, day, rest):
    text = f"The agency {verb} {day} {rest} the collision of the Orsk."
    assert one_fresh(COLLISION, text, published="2025-11-20")[0] == "silent"


# A phrase opened by a participle of a relation ("combined with", "coupled with", "based in": STATIVE_PARTICIPLES) after
# a comma holds no time of its own: a yearless date in it leans as the main clause before the comma does.
SPLASHDOWN = _claimed("Orion splashed down on 11 December 2022.", "date", "splashdown", "2022-12-11")


def test_a_relation_participle_takes_its_main_clauses_time(tmp_path):
    text = "Orion will use the Moon's pull, combined with a burn, ahead of splashdown on December 11."
    assert one(tmp_path, SPLASHDOWN, text, published="2022-11-26")[0] == "agree"
    text = "Orion will use the Moon's pull, combined with a precisely timed burn ahead of splashdown on December 11."
    assert one(tmp_path, SPLASHDOWN, text, published="2022-11-26")[0] == "agree"
    text = "Orion used the Moon's pull, combined with a burn ahead of splashdown on December 11."
    assert one(tmp_path, SPLASHDOWN, text, published="2022-11-26")[0] == "differ"  # a past main clause: 2021


def test_an_event_participle_keeps_its_own_past(tmp_path):
    # "destroyed in a storm on December 11" tells of a past event, whatever the main clause says
    fact = _claimed("The pier was destroyed on 11 December 2021.", "date", "pier, destroyed", "2021-12-11")
    text = "The pier, destroyed in a storm on December 11, will be rebuilt."
    assert one(tmp_path, fact, text, published="2022-11-26")[0] == "agree"


# A one-word name among a party or place fact's values that is a word of a longer name listed beside it ("Read" beside
# "Peter Read") is that name, written with a capital: "read out the names" does not name Peter Read. An office word
# ("President") is no such name and matches in small letters too.
OFFICER = _claimed("Superintendent Peter Read announced that no one would be charged.", "party",
                   "police officers, announced", "[Peter Read, Read]")


def test_a_surname_that_is_a_common_word_needs_its_capital(tmp_path):
    text = "Police officers read out the names of all 185 people who died."
    assert one(tmp_path, OFFICER, text)[0] == "silent"
    text = "Police officers said Read announced the decision."
    assert one(tmp_path, OFFICER, text)[0] == "agree"


def test_an_office_in_small_letters_still_matches(tmp_path):
    fact = _claimed("Anna Orsk is the President of Velmar.", "party", "Anna Orsk", "[President, Vice President]")
    assert one(tmp_path, fact, "Anna Orsk, the president of Velmar, spoke on Monday.")[0] == "agree"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Key", "Grant", "Moore", "Read", "Chin"]), st.sampled_from(["John", "Hugh", "Denny"]))
def test_a_lower_case_common_word_never_states_a_surname(surname, first):
    fact = _claimed(f"{first} {surname} led the review.", "party", "review, led", f"[{first} {surname}, {surname}]")
    assert one_fresh(fact, f"The review led to a {surname.lower()} change.")[0] == "silent"


# A figure "for" a holder (past "the") goes with a name a description stands before ("44.3 percent for the Peronist
# candidate Sergio Massa"): when that name is the fact's term, the figure is the term's, and another figure of the
# sentence held by a name (the subject "Milei") is that name's; a share's own unit term ("percent") holds no share.
MASSA = _claimed("Sergio Massa received 44.3% of the runoff vote.", "number", "Massa, percent", "44.3",
                 'percent, "%", of the vote')


def test_a_figure_for_a_described_name_is_that_names(tmp_path):
    text = "Milei secured 55.7 percent of the vote, against 44.3 percent for the Peronist candidate Sergio Massa."
    assert one(tmp_path, MASSA, text) == ("agree", ["44.3 percent"])
    text = "Milei secured 55.7 percent of the vote, against 41.3 percent for the Peronist candidate Sergio Massa."
    assert one(tmp_path, MASSA, text) == ("differ", ["41.3 percent"])


def test_a_figure_for_a_described_other_name_is_not_the_terms(tmp_path):
    text = "Massa conceded after 55.7 percent of the vote went to the libertarian candidate Javier Milei."
    assert one(tmp_path, MASSA, text)[0] != "agree"


# A count hyphened to its noun before another noun gives that noun's size ("Estonia's 101-seat parliament"): for a
# fact whose claim and terms name no such noun, it is the whole, no count of the fact's thing; a measure ("the
# 984-foot ship") stays the head's, as the fact's.
SEATS = _claimed("EKRE won 17 seats.", "number", "EKRE, seats", "17", "seats")


def test_a_count_sizing_another_noun_is_the_whole(tmp_path):
    text = "Reform must form a coalition with parties that entered the Baltic state's 101-seat parliament."
    assert one(tmp_path, SEATS, text)[0] == "silent"
    text = "Reform must form a coalition with parties in the 101-seat Estonian parliament."
    assert one(tmp_path, SEATS, text)[0] in ("silent", "differ")  # (another rule may still read it as a count)


def test_a_count_sizing_the_claims_noun_still_counts(tmp_path):
    fact = _claimed("The jury had 12 members.", "number", "jury", "12", "members, member")
    assert one(tmp_path, fact, "The 12-member jury began deliberating on Monday.")[0] == "agree"
    assert one(tmp_path, fact, "The 11-member jury began deliberating on Monday.")[0] == "differ"


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=18, max_value=650), st.sampled_from(["parliament", "assembly", "chamber", "legislature"]))
def test_the_size_of_a_body_never_counts_a_partys_seats(n, body):
    assert one_fresh(SEATS, f"The seats of the {n}-seat {body} were shared out on Monday.")[0] == "silent"


# A count's own plural noun right after it ("181 passengers on board") is what it counts: a unit of the fact further
# on ("on board") does not reach past it.
ABOARD = _claimed("All 189 people on board were killed.", "number", "killed, killing, on board", "189",
                  "people, dead, on board")


def test_a_counts_own_plural_noun_blocks_a_later_unit(tmp_path):
    text = "The jet plunged into the sea, killing the eight crew members and 181 passengers on board."
    assert one(tmp_path, ABOARD, text)[0] == "silent"
    assert one(tmp_path, ABOARD, "The jet plunged into the sea, killing all 189 on board.")[0] == "agree"


# A count that is the subject of "were" and a plural noun ("two were pilots and six were flight attendants") counts
# that noun: a part, no count of the fact's unit (but "eight were crew members" counts crew members for a crew fact;
# a participle or a state is no noun: "12 were killed").
CREW = _claimed("Eight crew members were on board.", "number", "crew, pilots, flight attendants", "8",
                "crew, crew members")


def test_a_count_with_a_predicate_noun_counts_that_noun(tmp_path):
    text = "Of the 188 on board, two were pilots and six were flight attendants, the agency said."
    assert one(tmp_path, CREW, text)[0] == "silent"
    assert one(tmp_path, CREW, "Of the 189 on board, eight were crew members.")[0] == "agree"
    assert one(tmp_path, CREW, "Of the 189 on board, nine were crew members.")[0] == "differ"


def test_a_count_with_a_participle_still_counts_the_facts_unit(tmp_path):
    fact = _claimed("Twelve people were killed.", "number", "killed", "12", "people")
    assert one(tmp_path, fact, "Of the 40 on board, 12 were killed.")[0] == "agree"


# "like" or "unlike" before a determiner is a preposition of likeness: what follows is the thing likened to, and a
# relative clause of its noun ("just like the Minneapolis bridge that collapsed in 2007") tells of that thing (not
# "the one", the subject's own kind: "engines like the one that blew apart at 32,500 feet"; not the verb: "they like
# the plan").
BRIDGE = _claimed("The Key Bridge collapsed on 26 March 2024.", "date", "Key Bridge, collapsed", "2024-03-26")


def test_a_likened_things_relative_clause_is_that_things(tmp_path):
    for text in ("The Key Bridge was fracture critical, meaning it will fall, just like the Minneapolis bridge that "
                 "collapsed in 2007.",
                 "The Key Bridge, like the bridge that collapsed in Minneapolis in 2007, was fracture critical."):
        assert one(tmp_path, BRIDGE, text)[0] == "silent", text


def test_the_one_after_like_is_the_subjects_own(tmp_path):
    fact = _claimed("The engine blew apart at 32,500 feet.", "number", "engine, blew", "32500", "feet")
    text = "Regulators pushed for inspections of engines like the one that blew apart at 32,500 feet on Tuesday."
    assert one(tmp_path, fact, text)[0] == "agree"


def test_the_verb_like_likens_nothing(tmp_path):
    fact = _claimed("The deal closed in 2024.", "date", "deal, closed", "2024")
    assert one(tmp_path, fact, "Investors like the deal that closed in 2023.")[0] == "differ"


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=1950, max_value=2020), st.sampled_from(["just like", "much like", "like", "unlike"]))
def test_a_likened_bridges_year_never_dates_the_collapse(year, like):
    text = f"The Key Bridge was fracture critical, {like} the Velmar bridge that collapsed in {year}."
    assert one_fresh(BRIDGE, text)[0] == "silent"


# A term in the possessive holds the figure right after it ("to Hernandez's 47.3 percent"), so another figure of the
# same noun in the sentence is another holder's.
HERNANDEZ = _claimed("Hernandez received 47.31% of the vote.", "number", "Hernandez, percent", "47.31",
                     'percent, "%"')


def test_a_possessive_terms_figure_makes_the_other_anothers(tmp_path):
    text = "Petro won 50.5 percent of the vote to Hernandez's 47.3 percent on Sunday."
    assert one(tmp_path, HERNANDEZ, text) == ("agree", ["47.3 percent"])
    text = "Petro won 50.5 percent of the vote to Hernandez’s 45.3 percent on Sunday."
    assert one(tmp_path, HERNANDEZ, text) == ("differ", ["45.3 percent"])


# A decimal written in the fact's own unit with fewer decimals than the fact's value is that value rounded: it agrees
# within half its last digit's step ("47.3" for 47.31, not "47.4"); a whole number states no tenths ("47").
def test_a_rounded_decimal_agrees_within_its_last_digit(tmp_path):
    assert one(tmp_path, HERNANDEZ, "Hernandez won 47.3 percent of the vote.")[0] == "agree"
    assert one(tmp_path, HERNANDEZ, "Hernandez won 47.4 percent of the vote.")[0] == "differ"
    assert one(tmp_path, HERNANDEZ, "Hernandez won 47 percent of the vote.")[0] == "differ"


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1000, max_value=9999), st.integers(min_value=-9, max_value=9))
def test_a_one_decimal_statement_agrees_exactly_when_the_value_rounds_to_it(hundredths, shift):
    value = hundredths / 100
    written = round(value, 1) + shift / 10
    fact = _claimed(f"The share was {value}%.", "number", "share", f"{value}", 'percent, "%"')
    got = one_fresh(fact, f"The share was {written:.1f} percent.")[0]
    assert got == ("agree" if abs(value - float(f"{written:.1f}")) <= 0.05 + 1e-9 else "differ")


# How far a count has got is no share, past a passive's auxiliary too ("after 97% of the votes were counted", "with
# more than 94 % of the poll stations scrutinized").
SHARE = _claimed("The Reform Party won 31.2 percent of the vote.", "number", "Reform Party, percent, vote", "31.2",
                 'percent, "%"')


def test_count_progress_in_the_passive_is_no_share(tmp_path):
    text = "The Reform Party received 37 of the 101 seats after 97% of the votes were counted."
    assert one(tmp_path, SHARE, text)[0] == "silent"
    text = "With more than 94 % of the poll stations scrutinized, the Reform Party won 31.2% of votes."
    assert one(tmp_path, SHARE, text) == ("agree", ["31.2 percent"])
    assert one(tmp_path, SHARE, "The Reform Party won 97% of the votes counted in Tartu.")[0] == "differ"


# A picture's caption ("This picture ... shows officials ... on November 1, 2018") dates the moment it shows, maybe
# another than the fact's: a date there agrees when it matches, and is only a possible conflict when it does not.
CRASH = _claimed("The jet crashed into the Java Sea on 29 October 2018.", "date", "Java Sea, crashed", "2018-10-29")


def test_a_captions_date_is_only_a_possible_conflict(tmp_path):
    text = ('This picture from the agency "Orsk" shows officials displaying the black box after it was recovered '
            "from the Java Sea on November 1, 2018.")
    assert one(tmp_path, CRASH, text)[0] == "silent"
    text = "This photo shows debris of the jet that crashed into the Java Sea on October 29, 2018."
    assert one(tmp_path, CRASH, text)[0] == "agree"
    assert one(tmp_path, CRASH, "The jet crashed into the Java Sea on November 1, 2018.")[0] == "differ"


# A short form in brackets right after a bought name ("Metro-Goldwyn-Mayer (MGM)") names the same company: when the
# fact's words hold the short form, the deal is the fact's, not another deal.
PRICE = _claimed("Amazon agreed to buy MGM for $8.45 billion.", "number", "deal, acquire, price", "8450000000",
                 'dollars, "$"')


def test_a_bracketed_short_form_names_the_claims_company(tmp_path):
    text = "Amazon agreed to acquire American media company Metro-Goldwyn-Mayer (MGM) for $8.45 billion."
    assert one(tmp_path, PRICE, text)[0] == "agree"
    text = "Amazon agreed to acquire American media company Orsk Pictures (OP) for $8.45 billion."
    assert one(tmp_path, PRICE, text)[0] == "silent"


# After a comma and "and", a capitalised word or two, a plural noun and a past verb or an auxiliary ("..., and US
# regulators cleared it in June") open a clause with a subject of its own: its date is that clause's.
EU = _claimed("The European Union approved the deal on 21 December 2021.", "date", "approved, European Union",
              "2021-12-21")


def test_a_coordinated_named_noun_subject_keeps_its_own_date(tmp_path):
    text = "The European Union approved the acquisition in December 2021, and US regulators cleared it in June 2021."
    assert one(tmp_path, EU, text)[0] == "agree"
    text = "The European Union approved the acquisition in June 2021, and US regulators cleared it in December 2021."
    assert one(tmp_path, EU, text)[0] == "differ"


# Review of session 49's rules: counter-examples that the first versions got wrong, pinned.
def test_review_a_linking_participle_keeps_its_own_time(tmp_path):
    fact = _claimed("The Velmar robbery took place on 3 March 2023.", "date", "robbery, Velmar", "2023-03-03")
    text = "Prosecutors will charge two men, linked to a robbery at a Velmar bank on March 3."
    assert one(tmp_path, fact, text, published="2022-11-26")[0] == "differ"


def test_review_a_contact_relative_clause_is_no_description_of_the_name(tmp_path):
    text = "The poll found approval of 44.3 percent for the Peronist governors Sergio Massa courted."
    assert one(tmp_path, MASSA, text)[0] == "silent"


def test_review_a_bracketed_aside_is_no_short_form(tmp_path):
    for text in ("Amazon agreed to acquire Velmar Pictures (MGM's former distributor) for $8.45 billion.",
                 "Amazon also agreed to acquire Velmar Pictures (MGM spun it off in 2019) for $2.1 billion.",
                 "Amazon also agreed to acquire Velmar Pictures (deal talks began in 2019) for $2.1 billion."):
        assert one(tmp_path, PRICE, text)[0] == "silent", text


def test_review_a_fronted_likeness_leaves_the_main_clause_its_date(tmp_path):
    text = "Much like the Velmar bridge that collapsed in 2020, the Key Bridge collapsed on 25 March 2024."
    assert one(tmp_path, BRIDGE, text)[0] == "differ"
    text = "From the shore it looked like the Key Bridge collapsed on 25 March 2024 in seconds."
    assert one(tmp_path, BRIDGE, text)[0] == "differ"


def test_review_only_a_still_pictures_caption_is_loose(tmp_path):
    for text in ("Security video shows the jet that crashed into the Java Sea on November 1, 2018.",
                 "Police said satellite images showed the jet crashed into the Java Sea on November 1, 2018."):
        assert one(tmp_path, CRASH, text)[0] == "differ", text


def test_review_the_claims_name_between_count_and_noun_holds_the_seats(tmp_path):
    assert one(tmp_path, SEATS, "The 17-seat EKRE faction met on Monday.")[0] == "agree"


def test_review_everyone_on_board_and_a_joined_predicate_noun_still_count(tmp_path):
    assert one(tmp_path, ABOARD, "The jet plunged into the sea, killing all 189 souls on board.")[0] == "agree"
    assert one(tmp_path, ABOARD, "The jet plunged into the sea, killing all 180 occupants on board.")[0] == "differ"
    assert one(tmp_path, CREW, "Of the 196 on board, nine were pilots or flight attendants.")[0] == "differ"


def test_review_a_list_of_subjects_is_one_clause(tmp_path):
    text = "Canada, Japan, and EU regulators approved the acquisition in June 2021."
    assert one(tmp_path, EU, text)[0] in ("differ", "silent")
    fact = _claimed("Regulators approved the deal in June 2021.", "date", "approved", "2021-06")
    assert one(tmp_path, fact, "Canada, Japan, and EU regulators approved the acquisition in May 2021.")[0] == "differ"


def test_review_a_recount_is_no_count_progress(tmp_path):
    text = "The Reform Party won 31.2 percent after 12 percent of the ballots were counted twice."
    assert one(tmp_path, SHARE, text)[0] == "agree"


def test_review_a_count_alone_before_on_board_may_be_everyone(tmp_path):
    text = "The jet left Singapore bound for Sydney with 189 passengers on board."
    assert one(tmp_path, ABOARD, text)[0] == "agree"
