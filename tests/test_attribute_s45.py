"""Rules of session 45, on invented sentences: each group pins one rule (the comment above it)."""

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

import pytest

from .helpers import one, one_fresh, record

# the fact's own day: a day written without a year that the text gives anywhere, on the fact's month and day, agrees whatever
# year the reader's placement near publication guessed; a year the text gives (a number, a paragraph's year, a year
# in words) still decides
LAUNCH = record("date", "launched", "2021-04-11")


def test_a_yearless_day_on_the_fact_day_agrees_in_a_later_retelling(tmp_path):
    assert one(tmp_path, LAUNCH, "They launched on April 11.", published="2023-06-01") == ("agree", ["--04-11"])


def test_a_guess_one_year_after_the_fact_is_no_statement(tmp_path):
    # the guessed year may be right and the fact's a slip ("locked down on Jan. 23" against 23 January 2019, said in
    # 2020), or the text a retelling a year on: its month and day state nothing (own_day), and no differ either
    verdict, found = one(tmp_path, LAUNCH, "They launched on April 11.", published="2022-06-01")
    assert (verdict, found) == ("silent", [])


def test_a_written_year_still_differs(tmp_path):
    assert one(tmp_path, LAUNCH, "They launched on April 11, 2022.", published="2023-06-01")[0] == "differ"


def test_the_paragraph_year_still_differs(tmp_path):
    verdict, found = one(tmp_path, LAUNCH, "In 2020, they launched on April 11.", published="2023-06-01")
    assert verdict == "differ" and "2020-04-11" in found


def test_a_year_counted_from_publication_still_differs(tmp_path):
    assert one(tmp_path, LAUNCH, "Last year, on April 11, they launched.", published="2023-06-01")[0] == "differ"


def test_a_year_in_words_after_the_day_is_no_guess(tmp_path):
    # "of last year" gives the year, counted from publication as "April 11 last year" is (session 48): the day is
    # not read as the fact's, and a conflict counted from publication alone is a possible conflict (counted_only)
    of_last_year = one(tmp_path, LAUNCH, "They launched on April 11 of last year.", published="2023-06-01")
    assert of_last_year == one(tmp_path, LAUNCH, "They launched on April 11 last year.", published="2023-06-01")
    assert of_last_year == ("silent", [])


def test_another_yearless_day_still_differs(tmp_path):
    assert one(tmp_path, LAUNCH, "They launched on April 12.", published="2023-06-01")[0] == "differ"


def test_a_written_year_in_another_sentence_still_differs(tmp_path):
    # the full date at first mention, the day alone after it (news style): the written year is the text's, and the
    # yearless repeat is a weak agree that sets nothing aside
    text = "Orbix launched its app on April 11, 2022.\n\nThe app, which launched on April 11, now has two million users."
    assert one(tmp_path, LAUNCH, text, published="2023-06-01")[0] == "differ"


def test_a_year_in_the_sentence_is_no_guess(tmp_path):
    launch = record("date", "launched, launch", "2021-04-11")
    assert one(tmp_path, launch, "The 2022 launch took place on April 11.", published="2023-06-01")[0] == "differ"


def test_a_weekday_beside_the_day_gives_its_year(tmp_path):
    # "Tuesday, April 11", published in April 2023: that April 11 is a Tuesday in 2023, so the year is written
    assert one(tmp_path, LAUNCH, "They launched on Tuesday, April 11.", published="2023-04-13")[0] == "differ"


def test_a_day_within_a_week_of_publication_keeps_its_year(tmp_path):
    # near publication the guess is the likely year: "Italy won the final on July 11", published 12 July 2021
    assert one(tmp_path, record("date", "final", "2020-07-11"), "Italy won the final at Wembley on July 11.",
               published="2021-07-12")[0] == "differ"


def test_a_fact_year_after_the_guess_is_a_slip_that_still_differs(tmp_path):
    # an editor's 2021 for a storm a January 2021 text dates "Dec. 28": the text cannot retell a later year's day
    assert one(tmp_path, record("date", "storm", "2021-12-28"), "The storm hit on Dec. 28.",
               published="2021-01-20")[0] == "differ"


@pytest.mark.parametrize("text", ["On April 11 they launched again.", "They launched once more on April 11.",
                                  "A balloon is launched annually on April 11.", "The crew will be launched on April 11.",
                                  "They'll mark the day they launched, April 11.",
                                  "The rocket is due to be launched on April 11.",
                                  "This year's balloon was launched on April 11.",
                                  "The annual balloon was launched on April 11.",
                                  "The Independence Day balloon was launched on April 11.",
                                  "The Boxing Day balloon was launched on April 11."])
def test_a_recurring_or_coming_day_may_be_another_year(tmp_path, text):
    # a repeated or yearly event's day, or one after a modal future, is no retelling: it never agrees by its day alone
    assert one(tmp_path, LAUNCH, text, published="2023-06-01")[0] != "agree"


@settings(max_examples=25, deadline=None)
@given(fact=st.dates(date(1950, 1, 1), date(2015, 12, 31)).filter(lambda d: (d.month, d.day) != (2, 29)),
       years=st.integers(2, 40), after=st.integers(8, 330))
def test_any_later_retelling_of_the_fact_day_without_its_year_agrees(fact, years, after):
    # whatever the fact's day, and however many years after it the text is published (two or more, and more than a
    # week after that day's anniversary, so that the guess near publication is a later year's), its month and day agree
    published = fact.replace(year=fact.year + years) + timedelta(days=after)
    text = f"They launched on {fact:%B} {fact.day}."
    assert one_fresh(record("date", "launched", fact.isoformat()), text,
                     published=published.isoformat())[0] == "agree"


# an anniversary is marked too by a count of years back to the recalled day with the present time ("50 years ago this
# month", "33 years ago today") or by the day itself ("on this day in 1992", "Today in history"): a yearless day within
# a week of publication then stays yearless and compares on month and day; a count of years in passing or as
# background marks nothing ("Twenty years ago, it was robbed", "released 15 years later")
BLAST = record("date", "blast", "1986-04-26")


@pytest.mark.parametrize("mark, verdict", [
    ("The disaster struck 37 years ago this month.", "agree"),
    ("The disaster struck 37 years ago today.", "agree"),
    ("On this day in 1986, the town was evacuated.", "agree"),
    ("Today in history: the town was evacuated.", "agree"),
    ("Twenty-nine years ago, the reactor was new.", "differ"),
    ("Nearly 40 yrs later, the town is empty.", "differ"),
    ("He joined the plant 12 years ago and ran it.", "differ"),
    ("Two years ago he was jailed.", "differ"),
    ("Five years later, the town was empty.", "differ"),
])
def test_a_count_of_years_to_the_recalled_day_marks_an_anniversary(tmp_path, mark, verdict):
    text = f"{mark}\n\nThe blast occurred at 1:23 a.m., April 26, as the plant was shutting down."
    assert one(tmp_path, BLAST, text, published="2023-04-24")[0] == verdict


# title_of_name: after a person's name, "of" and a place or body say where the person is from or whom they serve
# ("John Korir of Kenya won the men's race"): the name is no title of another's
WINNER = record("party", "won the men's race", "[John Korir, Korir]", rivals="Huseydin Esa")


@pytest.mark.parametrize("text, verdict", [
    ("John Korir of Kenya won the men's race in 2:02:44.", "agree"),
    ("Huseydin Esa of Ethiopia won the men's race in 2:04:39.", "differ"),
    ("John Korir of the Nairobi Athletics Club won the men's race.", "agree"),
])
def test_a_name_of_a_place_keeps_its_own_name(tmp_path, text, verdict):
    assert one(tmp_path, WINNER, text)[0] == verdict



# money: "Rp" (and "Tk") before an amount, joined or spaced, name the rupiah (and the taka); an amount in a currency
# of its own keeps it in a list with another ("6.5 billion rupiah, or $471,500": the rupiah stay rupiah)
CASH = record("number", "aid, cash", "6500000000", "rupiah, Rp")


@pytest.mark.parametrize("text, verdict", [
    ("Also on the plane was Rp6.5 billion in cash aid.", "agree"),
    ("Also on the plane was Rp 6.5 billion (US$470,000) in cash.", "agree"),
    ("Four bags held about 6.5 billion rupiah, or $471,500, of local aid.", "agree"),
    ("Four bags held about 6.8 billion rupiah, or $493,000, of local aid.", "differ"),
    ("Four bags held about $471,500 of local aid.", "silent"),  # another currency: no rate is guessed
])
def test_an_amount_keeps_its_own_currency(tmp_path, text, verdict):
    assert one(tmp_path, CASH, text)[0] == verdict


@settings(max_examples=30, deadline=None)
@given(amount=st.integers(1, 999), scale=st.sampled_from(["million", "billion"]), joined=st.booleans())
def test_any_rupiah_amount_reads_in_rupiah(amount, scale, joined):
    value = amount * (10**6 if scale == "million" else 10**9)
    text = f"The fund holds Rp{'' if joined else ' '}{amount} {scale} in cash aid."
    assert one_fresh(record("number", "aid, cash", str(value), "rupiah, Rp"), text)[0] == "agree"


# a range with a suspended hyphen ("a 30- to 60-year sentence", "a 30-to-60-year term") is one value, as "30 to 60
# years" is: it agrees with a value inside it and differs from one outside
@pytest.mark.parametrize("text, verdict", [
    ("He is serving a 30- to 60-year prison sentence.", "agree"),
    ("He is serving a 30-to-60-year prison sentence.", "agree"),
    ("He is serving a 35- to 60-year prison sentence.", "differ"),
    ("He is serving a 10- to 20-year prison sentence.", "differ"),
])
def test_a_suspended_hyphen_joins_a_range(tmp_path, text, verdict):
    assert one(tmp_path, record("number", "sentence, serving", "30", "years"), text)[0] == verdict


@settings(max_examples=30, deadline=None)
@given(low=st.integers(1, 40), span=st.integers(1, 40), inside=st.booleans())
def test_any_suspended_range_holds_what_lies_between_its_ends(low, span, inside):
    value = low + span // 2 if inside else low + span + 1
    text = f"He is serving a {low}- to {low + span}-year prison sentence."
    verdict = one_fresh(record("number", "sentence, serving", str(value), "years"), text)[0]
    assert verdict == ("agree" if inside else "differ")


# a negated comparative turns a bound round: "no more than 60 years" is at most 60 (holds 30: no conflict), "no fewer
# than 254" at least 254; before, the hedge was read as its last two words ("more than", "fewer than")
@pytest.mark.parametrize("text, verdict", [
    ("He was sentenced to no more than 60 years in prison.", "silent"),
    ("He was sentenced to not more than 60 years in prison.", "silent"),
    ("He was sentenced to no more than 20 years in prison.", "differ"),
    ("He was sentenced to no less than 40 years in prison.", "differ"),
    ("He was sentenced to no less than 20 years in prison.", "silent"),
    ("He was sentenced to no less than 30 years and no more than 60 years in prison.", "agree"),
])
def test_a_negated_comparative_bounds_the_other_way(tmp_path, text, verdict):
    assert one(tmp_path, record("number", "sentenced", "30", "years"), text)[0] == verdict


def test_an_institution_before_of_is_still_a_name_that_goes_on():
    # "Royal Bank of Canada" is one name: its first words are no person "of" a place (review 1 of session 45)
    lender = record("party", "lender, bought", "[Royal Bank, RBS]", rivals="HSBC")
    assert one_fresh(lender, "Royal Bank of Canada bought the lender.")[0] != "agree"


# a four-digit number right after a numbered service ("flight", "train", "bus", "route") names it: no year
@pytest.mark.parametrize("text, verdict", [
    ("The wreckage of Gol flight 1907 was spotted in the jungle.", "silent"),
    ("The wreckage of the Boeing 737, Flight 1907, was spotted in the jungle.", "silent"),
    ("The wreckage of the plane was spotted in 1907.", "differ"),
])
def test_a_service_number_is_no_year(tmp_path, text, verdict):
    assert one(tmp_path, record("date", "spotted, wreckage", "2006-09-30"), text, published="2006-10-01")[0] == verdict


def test_a_day_placed_after_publication_is_no_retelling(tmp_path):
    # placed in the coming year (a day near publication's, "hit on July 4" said on 3 June), it is no day gone by
    quake = record("date", "quake", "2019-07-04")
    assert one(tmp_path, quake, "Quake on July 4, officials say.", published="2023-06-03") == ("differ", ["2023-07-04"])


def test_amounts_in_one_currency_still_share_a_rate():
    # "$31 and $33 a share": both are prices of a share (review 2 of session 45: only another currency keeps its own)
    price = record("number", "offers, offer", "31", "per share")
    assert one_fresh(price, "Shareholders rejected offers of $31 and $33 a share.")[0] == "agree"


def test_an_amount_said_again_per_share_keeps_its_total():
    # "$2.1 billion, or $1.05 a share": the total said again per share (review 3 of session 45); no rate is shared
    income = record("number", "net income", "2100000000", "dollars")
    assert one_fresh(income, "Net income was $2.1 billion, or $1.05 a share, up from $1.5 billion.")[0] == "agree"


@pytest.mark.parametrize("text, fact, verdict", [
    # review 4 of session 45: a range's low end with no scale of its own is no amount of dollars ("$3-4 billion")
    ("The storm caused $3-4 billion in damage.", record("number", "damage", "3", "dollars"), "silent"),
    # ", or" restates one of two amounts only: a list of three offers shares its rate
    ("Bidders made offers of $4, $4.25, or $4.50 a share.", record("number", "offers", "4.25", "per share"), "agree"),
    # review 5: only amounts count for ", or"; a spaced dash or "to" before a non-amount is no range
    ("Net income rose 12% to $2.1 billion, or $1.05 a share.", record("number", "net income", "2100000000", "dollars"),
     "agree"),
    ("The club paid £100m – one of the biggest fees in history.", record("number", "paid, fee", "100000000", "pounds"),
     "agree"),
    ("The firm will pay $10,000 to 1,200 families.", record("number", "pay", "10000", "dollars"), "agree"),
    # review 6: a closed dash, or a scaled high end, makes a range's low end however the sentence goes on
    ("Chelsea will pay a fee of £20-25m for the striker.", record("number", "fee", "20", "pounds"), "silent"),
    ("He signed a $5-6 million contract.", record("number", "contract", "5", "dollars"), "silent"),
    ("The storm caused $3 to 4 billion worth of damage.", record("number", "damage", "3", "dollars"), "silent"),
])
def test_listed_amounts_after_review_4(tmp_path, text, fact, verdict):
    assert one(tmp_path, fact, text)[0] == verdict
