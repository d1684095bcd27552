"""Numbers in the forms news uses, with units and hedges."""

import pytest
from hypothesis import assume, given, settings, strategies as st

from checks.dates.forms import dates
from checks.lang.numbers import ONES, ORDINAL_WORDS, TENS
from checks.numbers import _NUMBER, numbers, ordinal_values, ordinals, words_to_number


@pytest.mark.parametrize("text, value, unit, approx", [
    ("over 6,500 lives lost", 6500, "lives", "over"),
    ("a force of 2,000 peacekeepers", 2000, "peacekeepers", ""),
    ("86.6 thousand square kilometers", 86600, "square", ""),
    ("six weeks of clashes", 6, "weeks", ""),
    ("three decades", 3, "decades", ""),
    ("the 44-day conflict", 44, "day", ""),
    ("about 1 hour and 45 minutes into", 105, "minutes", "about"),
    ("an hour, 45 minutes into", 105, "minutes", ""),
    ("forty-four days", 44, "days", ""),
    ("nearly 3.5 million people", 3_500_000, "people", "nearly"),
    ("some 300 villages", 300, "villages", "some"),
])
def test_number_forms(text, value, unit, approx):
    (m,) = numbers(text)
    assert (m.value, m.unit, m.approx) == (value, unit, approx)


def test_numbers_skip_dates_and_times():
    text = "On 9 November 2020 at 10 a.m. 12 soldiers"
    taken = [(d.start, d.end) for d in dates(text)]
    assert [(m.value, m.unit) for m in numbers(text, taken)] == [(12, "soldiers")]


@pytest.mark.parametrize("phrase, value", [
    ("forty-four", 44), ("three hundred and fifty", 350), ("a dozen", 12), ("two thousand", 2000),
    ("one million", 1_000_000),
])
def test_words_to_number(phrase, value):
    assert words_to_number(phrase) == value


# ------------------------------------------------------------------ money (issue 12 §2)

@pytest.mark.parametrize("text, value, unit", [
    ("It paid $4.2 billion for the yard.", 4.2e9, "USD"),
    ("a US$300m loan", 3e8, "USD"),
    ("a €9bn programme", 9e9, "EUR"),
    ("a £1.2 billion refit", 1.2e9, "GBP"),
    ("Rs 2,300 crore was set aside", 2.3e10, "INR"),
    ("a ₹5 lakh grant", 5e5, "INR"),
    ("some 14 billion dollars in bonds", 1.4e10, "USD"),
    ("a 300 million euros budget", 3e8, "EUR"),
    ("a RM12.5 billion bridge", 1.25e10, "MYR"),  # a code glued to the digits
    # the code after the sign, as Australian and New Zealand papers write it
    ("The $US32 billion exchange failed.", 3.2e10, "USD"),
    ("a $A1.2bn rail line", 1.2e9, "AUD"),
    ("a $NZ300m grant", 3e8, "NZD"),
    ("paid $31 a share", 31, "USD per share"),
    ("$12 per share in cash", 12, "USD per share"),
    ("the 300m sprint", 300, "m"),  # a bare letter scale only after a currency
    ("turnout of 63.1% overall", 63.1, "%"),  # the sign is the unit
    # a scale word hyphen-joined as a modifier
    ("the $44-billion deal closed", 4.4e10, "USD"),
    ("the USD 7-million grant", 7e6, "USD"),
    ("a 12-million-dollar yacht", 1.2e7, "USD"),
    ("a 3-million-euro fine", 3e6, "EUR"),
    ("a 300-pound anchor", 300, "pound"),  # a pound is a weight too: no currency from a hyphen
    ("the 10-k race", 10, "k"),  # a bare letter scale is never hyphen-joined
    # ... except right after a currency, as headlines and wires write it; "bln" as "mln"
    ("Velmar's $53-B Orsk buyout", 5.3e10, "USD"),
    ("a deal valued at US$4-bn", 4e9, "USD"),
    ("The $53 bln deal was approved.", 5.3e10, "USD"),
    ("a €2.5bln fine", 2.5e9, "EUR"),
])
def test_money_amounts_and_signs(text, value, unit):
    (m,) = numbers(text)
    assert (m.value, m.unit) == (value, unit)


@given(st.sampled_from(["$", "US$", "€", "£", "Rs "]), st.integers(1, 999),
       st.sampled_from([("m", 1e6), ("mn", 1e6), ("mln", 1e6), ("bn", 1e9), ("bln", 1e9), ("B", 1e9), ("tn", 1e12)]),
       st.sampled_from(["", " ", "-"]))
def test_an_abbreviated_scale_after_a_currency_multiplies_however_joined(sign, n, scale, joint):
    """"$53bn", "$53 bn" and "$53-bn" are one amount: the joint changes nothing."""
    (m,) = numbers(f"The deal was worth {sign}{n}{joint}{scale[0]} in all.")
    assert m.value == pytest.approx(n * scale[1])


@pytest.mark.parametrize("text, value, unit", [
    ("ending a 420m-mile, 10-month journey", 420e6, "mile"),  # a unit joined after "m": the "m" is million
    ("a 3m-tonne cargo", 3e6, "tonne"),
    ("a 100m-long bridge", 100, "m"),  # no unit after it: metres
    ("the 420m mile trip", 420, "m"),  # not joined
])
def test_m_before_a_hyphen_joined_unit_is_million(text, value, unit):
    first = numbers(text)[0]
    assert (first.value, first.unit) == (value, unit)


def test_a_bracketed_conversion_between_an_amount_and_its_rate_keeps_the_rate():
    # "$65 (£23.40) per share": the bracket converts the amount; "per share" is still the dollars'
    assert [(m.value, m.unit) for m in numbers("an offer of $65 (£23.40) per share")][0] == (65, "USD per share")


@pytest.mark.parametrize("text, value, unit", [
    ("was sentenced to 22 1/2 years in prison", 22.5, "years"),
    ("was sentenced to 22-1/2 years in prison", 22.5, "years"),
    ("a 22-and-a-half year sentence", 22.5, "year"),
    ("it took two and a half years", 2.5, "years"),
    ("a 3-and-a-half-hour meeting", 3.5, "hour"),
    ("it weighs 2½ tonnes", 2.5, "tonnes"),
    ("one and a half million people", 1.5e6, "people"),
    ("1 1/2 million people", 1.5e6, "people"),
    ("seven and a quarter miles", 7.25, "miles"),
])
def test_mixed_numbers(text, value, unit):
    (m,) = numbers(text)
    assert (m.value, m.unit) == (value, unit)


def test_a_date_written_with_slashes_is_no_mixed_number():
    assert [m.value for m in numbers("on 1/8/2024")] == []  # (nor any count: numbers joined by a slash are none)


@pytest.mark.parametrize("text, expected", [
    ("Victims of the 7/7 attacks were remembered.", []),
    ("The 9/11 attacks killed 2,977 people.", [(2977, "people")]),
    ("The clinic has been open 24/7 for 12 years.", [(12, "years")]),
    ("He ran 22 1/2 miles.", [(22.5, "miles")]),  # a mixed number's part is read with its whole
])
def test_numbers_joined_by_a_slash_are_no_count(text, expected):
    assert [(m.value, m.unit) for m in numbers(text)] == expected


def test_an_amount_in_two_currencies_is_two_amounts():
    found = numbers("The port cost Rs 4,100 crore (US$500 million).")
    assert [(m.value, m.unit) for m in found] == [(4.1e10, "INR"), (5e8, "USD")]


def test_a_hedge_before_a_currency_symbol_is_kept():
    (m,) = numbers("It paid more than $4 billion.")
    assert (m.approx, m.text) == ("more than", "$4 billion")


def test_rs_with_a_full_stop_does_not_end_the_sentence():
    from checks.sources import split_sentences
    (sentence,) = split_sentences("The port cost Rs. 615 crore to build.")
    assert [(m.value, m.unit) for m in numbers(sentence.text)] == [(6.15e9, "INR")]


# ------------------------------------------------------------------ ordinals (issue 12: ranks)

@pytest.mark.parametrize("text, value, unit", [
    ("Ruritania became the fourth nation to reach the summit", 4, "nation"),
    ("the club won its 12th title", 12, "title"),
    ("the twenty-first country to sign", 21, "country"),
    ("the 4th country to sign", 4, "country"),
    ("the 22nd member to join", 22, "member"),
    ("the first woman to lead it", 1, "woman"),
    ("Velmar won the cup for the third time", 3, "time"),  # an occurrence, no span of time
    # a name before the noun modifies it: the phrase runs to the lower-case noun that heads it
    ("their sixth Aske Cup title in 30 years", 6, "Aske Cup title"),
    ("its second Aske Cup win since 2010", 2, "Aske Cup win"),
    ("the club's fifth Aske Cup.", 5, "Aske Cup"),
    ("the second Velmar bridge was built", 2, "Velmar bridge"),
])
def test_an_ordinal_before_a_noun_states_that_number_of_the_noun(text, value, unit):
    (m,) = ordinals(text)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "on the third day of talks",    # before a unit of measure: a position, not an amount
    "in the 10th minute",
    "the 4th of July parade",       # a date
    "she finished fourth.",         # no noun
])
def test_an_ordinal_without_its_own_counted_noun_states_no_number(text):
    taken = [(d.start, d.end) for d in dates(text)]
    assert [m.text for m in ordinals(text, taken)] == []


def test_an_ordinal_is_a_rank_not_a_count_and_a_word():
    # a rank is read only by a fact whose unit names its noun (checks.kinds.number), never as a count
    assert numbers("its 12th title") == [] and numbers("the twenty-first country") == []
    assert [(m.text, m.value) for m in ordinals("its 12th title")] == [("12th", 12)]
    assert [(m.text, m.value) for m in ordinals("the twenty-first country")] == [("twenty-first", 21)]


def test_a_cardinal_before_a_compound_word_keeps_its_own_count():
    assert [(m.value, m.unit) for m in numbers("two first-round picks")] == [(2, "first")]


@given(st.integers(1, 99))
def test_every_ordinal_numeral_and_word_reads_as_its_number(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    assert ordinal_values(f"the {n}{suffix} country") == {n}
    tens, ones = divmod(n, 10)
    if n < 20 or ones == 0:
        word = next(w for w, v in ORDINAL_WORDS.items() if v == n)
    else:
        word = next(w for w, v in TENS.items() if v == tens * 10) + "-" + next(
            w for w, v in ORDINAL_WORDS.items() if v == ones)
    assert [(m.value, m.unit) for m in ordinals(f"the {word} country")] == [(n, "country")]


# ------------------------------------------------------------------ count words (issue 12, class 9)

@pytest.mark.parametrize("text, value, unit, approx", [
    ("The storm also flattened more than two dozen barns.", 24, "barns", "more than"),
    ("a dozen ferries were late", 12, "ferries", ""),
    ("half a dozen clinics closed", 6, "clinics", ""),
    ("half-a-dozen clinics closed", 6, "clinics", ""),
    ("about three dozen kilns", 36, "kilns", "about"),
    ("2 dozen lanterns", 24, "lanterns", ""),
    ("some half a million voters", 500_000, "voters", "some"),
])
def test_a_count_word_multiplies_the_number_before_it(text, value, unit, approx):
    (m,) = numbers(text)
    assert (m.value, m.unit, m.approx) == (value, unit, approx)


@pytest.mark.parametrize("text", [
    "Dozens of barns burned.",
    "the fire took dozens of barns",
    "a few dozen barns burned",
    "several dozen barns burned",
    "a couple of dozen barns burned",
    "a couple of barns burned",
    "a score of barns burned",  # "score": in news more often a game's result than twenty
])
def test_a_vague_quantity_states_no_number(text):
    assert numbers(text) == []


_UP_TO_TWENTY = {n: w for w, n in {**ONES, **TENS}.items() if 1 <= n <= 20}


@given(st.integers(1, 20), st.sampled_from(["barns", "ferries", "kilns"]), st.booleans())
def test_n_words_dozen_reads_twelve_n_and_dozens_of_is_never_a_number(n, noun, capital):
    word = _UP_TO_TWENTY[n].capitalize() if capital else _UP_TO_TWENTY[n]
    assert [(m.value, m.unit) for m in numbers(f"{word} dozen {noun} were lost.")] == [(12 * n, noun)]
    assert words_to_number(f"{_UP_TO_TWENTY[n]} dozen") == 12 * n
    assert numbers(f"{'Dozens' if capital else 'dozens'} of {noun} were lost.") == []


@pytest.mark.parametrize("text, value", [
    ("Up to 250.000 visitors came.", 250000),
    ("The fund holds 1.234.567 shares.", 1234567),
    ("A walk of 2.5 km.", 2.5),  # a decimal
    ("The ratio was 3.125 points.", 3.125),  # one dot group that is not "000": a decimal
])
def test_dots_grouping_thousands_make_a_whole_number(text, value):
    assert [m.value for m in numbers(text)] == [value]


@pytest.mark.parametrize("text, expected", [
    ("The storm destroyed 2 200 homes.", [(2200, "homes")]),
    ("Some 1\u202f000\u00a0000 people fled.", [(1000000, "people")]),  # narrow and no-break spaces
    ("The bill came to $2 300 000.", [(2300000, "USD")]),
    # a date's day before a space-grouped number keeps its own: the number after it stands alone
    ("On May 12 150 people fled.", [(150, "people")]),
    ("On 12 May 2023 2 500 people fled.", [(2500, "people")]),
    # not a group of three: two numbers or none
    ("In 2019 250 people fled.", [(250, "people")]),
])
def test_spaces_grouping_thousands_make_a_whole_number(text, expected):
    found = [(d.start, d.end) for d in dates(text)]
    assert [(m.value, m.unit) for m in numbers(text, found)] == expected


@given(st.integers(1_000, 10**9), st.sampled_from([" ", "\u00a0", "\u2009", "\u202f"]))
def test_any_space_grouped_whole_number_reads_as_written_with_commas(n, space):
    assert [m.value for m in numbers(f"Officials counted {f'{n:,}'.replace(',', space)} ballots.")] == [n]
    assert [m.value for m in numbers(f"Officials counted {n:,} ballots.")] == [n]


# ------------------------------------------------------------------ parts, wholes and sums

@pytest.mark.parametrize("text, expected", [
    # the part counts the whole's noun
    ("Orsk was convicted on four out of 11 federal charges.", [("four", 4, "federal"), ("11", 11, "federal")]),
    ("The party won 12 of the 40 seats.", [("12", 12, "seats"), ("40", 40, "seats")]),
    # "one of the four" is membership, no part
    ("Velmar is one of the four nations to land.", [("one", 1, "of"), ("four", 4, "nations")]),
])
def test_a_part_counts_the_wholes_noun(text, expected):
    assert [(m.text, m.value, m.unit) for m in numbers(text, [])] == expected


@pytest.mark.parametrize("text, total", [
    # counts of one noun, each with its own of-phrase, listed with "and", also state their total
    ("Orsk was found guilty on three counts of wire fraud and one count of conspiracy.", 4),
    ("Orsk was convicted of two counts of murder, one count of arson and three counts of theft.", 6),
    ("Orsk faces three felony counts of fraud and one felony count of theft.", 4),
    # ... or its own modifier and from-phrase (a cause): parts of one count
    ("Velmar reported 12 direct deaths from falling trees and flooding, and 27 indirect deaths from crashes.", 39),
    # ... or its own place ("on board", "in Aske"), the later parts leaving the noun out: they count the first's noun
    ("As many as 88 people on board the ferry and 9 on the quay were hurt.", 97),
    ("The storm killed 40 people in Aske, 12 in Brenna and 3 in Orsk.", 55),
    ("A jury convicted Orsk of two counts of fraud and five of conspiracy.", 7),
    # ... "more" before a later part's place adds it too ("and four more on the ground")
    ("The jet crashed, killing 109 people on board and four more on the ground.", 113),
    # ... the first part may leave out the noun a later one names ("all 109 on board and four people on the ground")
    ("The jet crashed, killing all 109 on board and four people on the ground.", 113),
    # ... and the last part may follow "along with"
    ("All 109 people on board died along with four people on the ground.", 113),
])
def test_listed_counts_state_their_total(text, total):
    found = numbers(text, [])
    assert [m.value for m in found if m.start == found[0].start and m.end > found[0].end] == [total]


def test_a_part_that_leaves_its_noun_out_counts_the_first_parts_noun():
    found = numbers("As many as 88 people on board the ferry and 9 on the quay were hurt.", [])
    assert [(m.text, m.unit) for m in found] == [("88", "people"), ("9", "people"), ("88 people on board the ferry and 9", "people")]


@pytest.mark.parametrize("text", [
    "The port has 12 boats of steel and 4 planes.",  # other nouns: no sum
    "Velmar reported 12 deaths from flooding and 27 injuries from crashes.",
    "Orsk faces three counts of fraud, one count of theft.",  # no "and": a list cut short
    "The fund paid $3 million of its reserve and $2 million of its loans.",  # money is summed by no one
    "The ferry carried 88 people on Monday and 9 tonnes of cargo.",  # another noun: no part of the people
    "It sailed 40 km in fog and 12 km in rain.",  # measures are no counts of a group
    "The fire killed 12 people in the hall and 3 of them were children.",  # a partitive: a part, no sum
    "Some 300 passengers were aboard and 12 of the crew.",
    "It hit 20 people in Aske and 2 in 10 of them died.",  # a ratio
    "The storm killed 12 people in Aske along with 300 cattle in Orsk.",  # another noun after "along with"
    "It killed all 12 on board and 40 sheep on the ground.",  # the later part names another noun
])
def test_no_total_without_a_list_of_one_noun(text):
    found = numbers(text, [])
    assert all(not (a.start <= b.start and b.end <= a.end) for a in found for b in found if a is not b)


@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from(["st", "nd", "rd", "th"]))
def test_a_grouped_ordinal_yields_no_count_nor_a_piece_of_one(n, suffix):
    """'his 31,420th point' is a rank: no number, not even the '3' that backtracking once left of it."""
    text = f"He scored his {n:,}{suffix} point on Friday."
    assert [m.text for m in numbers(text, [])] == []


@given(st.text(alphabet="19:30 aApPmM.,x-", max_size=30))
def test_the_time_gate_passes_every_time_of_day(text):
    """_TIME_GATE is a quick first look for times of day: no text holding one is passed over."""
    from checks.numbers import _TIME, _TIME_GATE
    assert not _TIME.search(text) or _TIME_GATE.search(text)


@pytest.mark.parametrize("text, counts", [("At 9:30 the 3 ferries left.", [3]), ("By 7 p.m. 12 kilns were lit.", [12]),
                                          ("At 10pm 4 barns burned.", [4]), ("No time here: 5 barns.", [5])])
def test_times_of_day_are_no_amounts(text, counts):
    assert [m.value for m in numbers(text)] == counts


# Words around "a" and "an": units (as words, hyphened, capitalised, plural), parts of mixed numbers, other words,
# and the spaces, line breaks and letters a unit is read across or cut at.
_AROUND_A = ["a", "an", "A", "An", "hour", "hours", "Day", "-week", "mile", "km2", "kms", "and a half", "½", "1/2",
             "dozen", "hundred", "few", "ferry", "year-old", "days", "ago", "second", "secondary", "ſecond", "3", "40",
             "people", "million", "of", "\u00a0", "\n", "  ", "-", ",", "%"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AROUND_A), min_size=1, max_size=14), st.lists(st.sampled_from([" ", "", "-", "\n"]),
                                                                              min_size=14, max_size=14))
def test_a_read_only_before_a_unit_gives_every_number_reading_every_a_gives(words, gaps):
    """"a" is matched only before a unit or a part (``numbers._A_UNIT``): the numbers are those that matching every
    "a" and dropping those with no unit after them gives."""
    import re
    from checks import numbers as module
    text = "".join(w + g for w, g in zip(words, gaps))
    every_a = re.compile(module._NUMBER.pattern.replace(module._A_UNIT, r"(?=\s)"), module._NUMBER.flags)
    assert every_a.pattern != module._NUMBER.pattern
    gated = numbers(text)
    module._NUMBER, kept = every_a, module._NUMBER
    try:
        assert numbers(text) == gated
    finally:
        module._NUMBER = kept


@pytest.mark.parametrize("text, value, unit", [("needs 3\u00a0½ cups", 3.5, "cups"), ("needs 3\t½ cups", 3.5, "cups"),
                                              ("needs 3 ½ cups", 3.5, "cups"), ("a\u00a0½ mile", 1.5, "mile")])
def test_a_sign_of_a_part_after_any_space_is_read(text, value, unit):
    """A fraction sign after a no-break space or a tab ("3&nbsp;½") is the number's part, as after a space (it was
    read as a word of a part, and the run stopped on it)."""
    assert [(m.value, m.unit) for m in numbers(text)] == [(value, unit)]


@given(st.lists(st.sampled_from(_AROUND_A + ["3 May", "on 4 July 2020", "two", "May", "the 1990s"]), max_size=10))
def test_the_dates_a_number_skips_are_asked_for_only_when_a_number_may_be_read(words):
    """``numbers`` takes the dates' spans, or a function giving them that it asks only when the text holds
    something that reads as a number (the index then scans only those sentences for dates)."""
    text = " ".join(words)
    spans = [(m.start, m.end) for m in dates(text)]
    asked = []
    found = numbers(text, lambda: asked.append(1) or spans)
    assert found == numbers(text, spans)
    assert asked == ([1] if found or _NUMBER.search(text) else [])


# ------------------------------------------------------------------ a vote's tally

@pytest.mark.parametrize("text", [
    "The motion passed 216-210.",
    "The motion was adopted 216 to 210 on Monday.",
    "Lind lost the chair in a 216 to 210 vote.",
    "The 216–210 result gave Lind the chair.",
    "The council approved the plan by 216 to 210.",
])
def test_a_votes_tally_is_for_then_against(text):
    assert [(m.value, m.tally) for m in numbers(text, [])] == [(216, 1), (210, 2)]


@pytest.mark.parametrize("text", [
    "The toll rose from 40 to 50 people.",   # a change, no vote
    "Six to eight ferries sailed.",          # a range
    "Velmar won 3-1 on Sunday.",             # a score, no vote's verb or noun
    "The motion passed with about 216 to 210.",  # a hedge: no tally
    "The amendment was defeated 282-140.",      # after rejecting, the first count is the side against: not read
    "The House voted 230-197 to reject the bill.",
])
def test_no_tally_without_a_vote(text):
    assert all(m.tally == 0 for m in numbers(text, []))


@given(st.integers(1, 999), st.integers(1, 999), st.sampled_from(["passed", "was adopted", "was approved"]))
def test_any_pair_after_a_verb_of_voting_is_a_tally(yes, no, verb):
    """(a rising pair, "210-216", reads as a range: a tally written with the larger count second is not read)"""
    assume(yes > no)
    assert [(m.value, m.tally) for m in numbers(f"The bill {verb} {yes}-{no}.", [])] == [(yes, 1), (no, 2)]


@pytest.mark.parametrize("text, expected", [
    # "N things, M of which ...": M counts the things too (a part of N)
    ("The probe carried 12 payloads, six of which were for Velmar.", [("12", "payloads"), ("six", "payloads")]),
    ("The ferry had 40 passengers, about 12 of whom were children.", [("40", "passengers"), ("12", "passengers")]),
    ("The ferry had 40 passengers and 12 of the crew.", [("40", "passengers"), ("12", "of")]),  # no "of which"
])
def test_a_count_of_which_counts_the_noun_before(text, expected):
    assert [(m.text, m.unit) for m in numbers(text, [])] == expected


def test_every_currency_of_the_tables_is_read_before_and_after_an_amount():
    """Property: each written form of each prefix in CURRENCY_PREFIXES, and each word of CURRENCY_WORDS, read around
    an amount, gives that currency's code (the readers are built from the tables: one source of truth)."""
    from hypothesis import given, settings, strategies as st
    from checks.lang.money import CURRENCY_PREFIXES, CURRENCY_WORDS
    from checks.money import _PREFIXES, amount

    @settings(max_examples=300, deadline=None)
    @given(st.sampled_from(sorted(_PREFIXES)), st.sampled_from(["", " "]), st.integers(1, 999))
    def before(form, space, n):
        text = f"It cost {form}{space}{n} million."
        start = text.index(str(n), len(f"It cost {form}"))
        found = amount(text, start, start + len(str(n)), float(n), False)
        key = form.lower().replace(" ", "")
        assert found is not None and found[1] == CURRENCY_PREFIXES[key], (text, found)
    before()

    words = sorted(w for w in CURRENCY_WORDS if any(c.isalpha() for c in w) and "$" not in w)

    @settings(max_examples=200, deadline=None)
    @given(st.sampled_from(words), st.integers(1, 999))
    def after(word, n):
        text = f"It cost {n} million {word} in all."
        start = text.index(str(n))
        found = amount(text, start, start + len(str(n)), float(n), False)
        if word.isalpha() and len(word) == 3 and word.isupper() is False:
            return  # a code after an amount counts only in capitals ("300 USD")
        assert found is not None and found[1] == CURRENCY_WORDS[word], (text, found)
    after()


@pytest.mark.parametrize("text, value, code", [
    ("The government allocated NT$300 million in relief funds.", 3e8, "TWD"),
    ("The bill aimed to raise KSh 346 billion.", 3.46e11, "KES"),
    ("Damage reached ₦50 billion.", 5e10, "NGN"),
    ("The fund holds 4 billion rand.", 4e9, "ZAR"),
])
def test_more_currencies(text, value, code):
    from checks.numbers import numbers
    found = [m for m in numbers(text) if m.unit == code]
    assert [m.value for m in found] == [value]


@given(year=st.integers(1800, 2099), count=st.integers(2, 999),
       verb=st.sampled_from(["killed", "injured"]), hedge=st.sampled_from(["", "at least ", "more than ", "about "]))
def test_a_year_before_a_verb_of_harm_with_its_own_count_is_a_year(year, count, verb, hedge):
    # "in 2018 killed 39": the participle is the clause's verb, its object the count; "1500 killed" alone is a count
    assert [m.text for m in dates(f"The attack in {year} {verb} {hedge}{count} people.")] == [str(year)]
    assert dates(f"The quake left {year} {verb} across the region.") == []


# race times: hours, minutes and seconds of a span, read as seconds; a time of day is none
@pytest.mark.parametrize("text, expected", [
    ("The 34-year-old clocked 1:59:40.2 in Vienna.", [(7180.2, "seconds")]),
    ("He holds the record of 2:01:39 set in Aske.", [(7299, "seconds")]),
    ("The race started at 8:15:00 and ended at 10:14:40 local time.", []),
    ("The blast came at 10:15:30 GMT.", []),
    ("The train left 9:05:00 a.m. sharp.", []),
])
def test_a_race_time_is_a_span_in_seconds(text, expected):
    assert [(m.value, m.unit) for m in numbers(text) if m.unit == "seconds" or ":" in m.text] == expected
    assert not any(m.value in (0, 15, 30, 40) for m in numbers(text))  # no piece of a time of day either


@settings(max_examples=60)
@given(h=st.integers(0, 23), m=st.integers(0, 59), s=st.integers(0, 59), tenth=st.integers(0, 9))
def test_every_race_time_reads_as_its_seconds(h, m, s, tenth):
    found = numbers(f"She clocked {h}:{m:02d}:{s:02d}.{tenth} in the final.")
    assert [(round(x.value, 1), x.unit) for x in found] == [(round(h * 3600 + m * 60 + s + tenth / 10, 1), "seconds")]


# a count of tenths, hundredths or thousandths "of a" unit is that fraction of the unit
@pytest.mark.parametrize("text, expected", [
    ("The new record was eleven-hundredths of a second below the old mark.", [(0.11, "second")]),
    ("It took a full 11-hundredths of a second off the record.", [(0.11, "second")]),
    ("Her time was 11 tenths of a second faster.", [(1.1, "second")]),
    ("He won by a tenth of a second.", [(0.1, "second")]),
    ("The gap was twenty-five thousandths of a millimetre.", [(0.025, "millimetre")]),
    ("On the tenth of May, 40 people died.", [(40, "people")]),  # an ordinal day is no part
])
def test_a_count_of_decimal_parts_is_that_fraction(text, expected):
    assert [(round(m.value, 6), m.unit) for m in numbers(text)] == expected


@settings(max_examples=60)
@given(n=st.integers(1, 99), part=st.sampled_from([("tenths", 10), ("hundredths", 100), ("thousandths", 1000)]),
       worded=st.booleans(), joint=st.sampled_from([" ", "-"]))
def test_every_count_of_parts_reads_as_its_fraction(n, part, worded, joint):
    count = str(n) if not worded else next(w for w, v in {**ONES, **TENS}.items() if v == n) if n in {
        *ONES.values(), *TENS.values()} else str(n)
    found = numbers(f"She finished {count}{joint}{part[0]} of a second ahead.")
    assert [(round(x.value, 6), x.unit) for x in found] == [(round(n / part[1], 6), "second")]


# a range whose low end has a bracketed conversion: the conversion is no end of it
@pytest.mark.parametrize("text, expected", [
    ("Orsk expected to price its shares at between $66 (£40.7) and $68 each.", [(66.0, "USD", "range")]),
    ("Shares fell from $66 (£40.7) to $60.", [(66.0, "USD", ""), (40.7, "GBP", ""), (60.0, "USD", "")]),
])
def test_a_conversion_in_brackets_is_no_end_of_a_range(text, expected):
    assert [(m.value, m.unit, m.approx) for m in numbers(text)] == expected


@pytest.mark.parametrize("text, counts", [
    # a number in words with a capital inside a sentence is a word of a name
    ("Those One Medical offices have popped up.", []),
    ("The Three Mile Island plant closed in 2019.", [2019.0]),
    ("The Big Four banks cut jobs.", []),
    # ... not opening the sentence or a quotation, in a title-case headline, nor a rank
    ("One person died.", [1.0]),
    ('He said: "Two men died."', [2.0]),
    ("Amazon Buys One Medical For Billions", [1.0]),
    ("It was a Category Four storm.", [4.0]),
    # ... nor after a figure: a stamp glued to the lead (review 3)
    ("Sep 24, 2022 Two people were killed in the storm.", [24.0, 2022.0, 2.0]),
])
def test_a_capitalised_number_word_inside_a_sentence_is_a_name(text, counts):
    assert [m.value for m in numbers(text)] == counts


@given(st.sampled_from(["One", "Two", "Three", "Seven", "Twenty"]), st.sampled_from(["Aske", "Velmar", "Medical"]))
def test_a_capitalised_number_word_before_a_name_counts_nothing_mid_sentence(word, name):
    assert numbers(f"The company said it bought {word} {name} for a large sum.") == []
    assert [m.value for m in numbers(f"The company said it bought {word.lower()} ships for a large sum.")] \
        == [words_to_number(word.lower())]
