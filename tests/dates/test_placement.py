"""Year placement on its own: which year a yearless date takes, from the paragraph, publication and tense."""

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from checks.dates import periods
from checks.lang.calendar import MONTH_NAMES
from checks.dates.placement import _year_near, dated_sentences
from checks.sources import make_source


def placed(text: str, published: date | None = None) -> list[str]:
    source = make_source("a.txt", text, published=published)
    return [m.value.label for _, found in dated_sentences(source) for m in found]


@pytest.mark.parametrize("month, published, lean, year", [
    (10, date(2024, 3, 10), "", 2023),       # October, said in March: last October is nearer
    (8, date(2024, 3, 10), "", 2024),        # August, said in March: within half a year ahead
    (4, date(2024, 3, 10), "", 2024),        # April, said in March: next month, this year
    (12, date(2024, 1, 15), "future", 2024),  # "will raise rates in December"
    (8, date(2024, 9, 1), "past", 2024),      # "arrested in August", said in September
    (12, date(2024, 10, 5), "past", 2023),    # a past verb cannot name a month still to come
    (11, date(2024, 10, 5), "past", 2024),    # ... but leaves next month alone ("orders for November")
    (2, date(2024, 11, 20), "future", 2025),  # "will open in February"
])
def test_a_yearless_month_takes_the_year_near_publication_the_tense_allows(month, published, lean, year):
    assert _year_near(periods.month(None, month), published, lean) == year


def test_without_a_publication_day_nothing_is_guessed():
    assert _year_near(periods.month(None, 5), None) is None
    assert placed("The talks resumed on 3 May.") == ["--05-03"]


def test_a_stated_full_date_gives_its_year_to_the_rest_of_the_paragraph():
    text = "The pact was signed on 9 June 2019. The first patrols began on 12 July."
    assert placed(text) == ["2019-06-09", "2019-07-12"]


def test_a_new_paragraph_starts_without_a_year():
    text = "The pact was signed on 9 June 2019.\n\nThe first patrols began on 12 July."
    assert placed(text, published=date(2024, 7, 20)) == ["2019-06-09", "2024-07-12"]


def test_a_date_counted_from_publication_sets_no_paragraph_year():
    text = "Officials met on Monday. The next round is due on 4 March."
    assert placed(text, published=date(2024, 2, 21)) == ["2024-02-19", "2024-03-04"]


def test_a_passing_year_that_only_names_something_sets_no_year():
    text = "Veterans of the 2008 campaign marched on 11 November."
    assert placed(text, published=date(2024, 11, 12)) == ["2008", "2024-11-11"]


# A date inside a noun phrase names a document or an event ("the accord of 12 June 2019"): its year is that
# thing's, not the story's, so it lends no year to the paragraph's yearless dates.
@pytest.mark.parametrize("cited", [
    "Both sides invoked the accord of 12 June 2019.",
    "Both sides invoked the Accord of 12 June 2019.",
    "Both sides invoked the 2019 accord.",
    "The court upheld its 12 June 2019 ruling.",
    "The court upheld the tribunal's 12 June 2019 ruling.",
    "Both sides cited a report dated 4 March 2018.",
    "Both sides cited the May 2019 report.",
])
def test_a_cited_documents_date_lends_no_year(cited):
    text = f"{cited} The new talks opened on 3 May."
    assert placed(text, published=date(2024, 5, 6))[-1] == "2024-05-03"


@pytest.mark.parametrize("stated", [
    "On 3 May 2021, the talks opened.",
    "The talks opened on 3 May 2021.",
    "On the morning of 3 May 2021, the talks opened.",
    "In the summer of 2021, the talks opened.",
    "The talks have been stalled since 3 May 2021.",
])
def test_a_year_stated_as_the_storys_time_still_holds_for_the_paragraph(stated):
    text = f"{stated} They invoked the accord of 12 June 2019. A second round began on 5 September."
    assert placed(text, published=date(2024, 5, 6))[-1] == "2021-09-05"


@pytest.mark.parametrize("apart", [
    "The hearing comes more than a year after the ferry sank on 25 May 2020.",
    "The hearing comes two years after the ferry sank on 25 May 2020.",
    "The ruling came decades after the strike of 3 March 1984.",
])
def test_a_date_a_year_or_more_away_lends_no_year(apart):
    # a span of a year or more before after/since/before: the event it dates is that far from the story's time
    text = f"{apart} The trial ended April 20."
    assert placed(text, published=date(2021, 6, 25))[-1] == "2021-04-20"


def test_a_date_days_away_still_lends_its_year():
    text = "The hearing came ten days after the ferry sank on 25 May 2020. The trial ended June 20."
    assert placed(text, published=date(2021, 6, 25))[-1] == "2020-06-20"


def test_the_story_year_holds_across_a_cited_document():
    text = "On 3 May 2021, the envoys met. They cited the accord of 12 June 2019. On 5 May, they signed."
    assert placed(text, published=date(2024, 5, 6)) == ["2021-05-03", "2019-06-12", "2021-05-05"]


_DOCUMENTS = ["the accord of {d}", "its {d} ruling", "a report dated {d}", "the treaty of {d}", "the {d} memo"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_DOCUMENTS), st.integers(1990, 2023), st.integers(1, 12), st.integers(1, 28),
       st.integers(1, 12), st.integers(1, 28))
def test_a_cited_documents_year_never_moves_a_yearless_date(document, year, month, day, month2, day2):
    cited = document.format(d=f"{day} {MONTH_NAMES[month - 1].capitalize()} {year}")
    said = f"The parties met on {day2} {MONTH_NAMES[month2 - 1].capitalize()}."
    published = date(2024, 6, 15)
    alone = placed(said, published=published)
    with_cited = placed(f"Both sides invoked {cited}. {said}", published=published)
    assert with_cited[-1] == alone[-1]


# A yearless date between a definite determiner and a noun, in a past or perfect clause, names an event the
# text refers to as known: it is at or before publication, even when the nearest year would put it a few days
# ahead (issue 12, class 10). A future clause, "ahead of"/"before", or a planned event keeps it near.
_PUBLISHED = date(2024, 8, 2)


@pytest.mark.parametrize("sentence, label", [
    ("A deal has been reached over damages for the Aug. 8 floods.", "2023-08-08"),
    ("A deal has been reached over damages for the Aug. 8 Ruritania floods in suits filed by owners.", "2023-08-08"),
    ("The insurer paid out for the Aug. 8 floods.", "2023-08-08"),
    ("The Aug. 8 floods destroyed the old bridge.", "2023-08-08"),
    ("Crews had cleared the Aug. 20 landslide by then.", "2023-08-20"),
    ("They've paid for the county's Aug. 8 flood.", "2023-08-08"),
    ("The insurer paid out for the Aug. 1 floods.", "2024-08-01"),   # already at or before publication
    ("The insurer paid out for the July 30 floods.", "2024-07-30"),
])
def test_a_date_naming_a_known_event_in_a_past_clause_is_at_or_before_publication(sentence, label):
    assert placed(sentence, published=_PUBLISHED) == [label]


@pytest.mark.parametrize("sentence", [
    "Both parties have campaigned hard ahead of the Aug. 8 vote.",  # "ahead of": to come
    "The board met twice before the Aug. 8 launch.",
    "The council has postponed the Aug. 8 hearing.",                # a planned event can be named ahead
    "The Aug. 8 floods will be remembered.",                        # a future clause
    "Officials say the Aug. 8 inspection is set for noon.",
    "Voters fear an Aug. 8 flood.",                                 # indefinite: not a known event
    "The mayor said the Aug. 8 fair goes ahead.",                    # only a reporting verb is past
    "The town braces for the Aug. 8 storm.",                        # present tense
])
def test_a_date_not_naming_a_known_past_event_keeps_the_nearest_year(sentence):
    assert placed(sentence, published=_PUBLISHED) == ["2024-08-08"]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 12), st.integers(1, 28), st.sampled_from(["floods", "crash", "blaze"]),
       st.sampled_from(["has been settled over", "paid out for", "had reviewed"]))
def test_a_known_event_is_never_after_publication(month, day, noun, verb):
    sentence = f"The claim {verb} the {MONTH_NAMES[month - 1].capitalize()} {day} {noun}."
    (label,) = placed(sentence, published=_PUBLISHED)
    placed_on = date.fromisoformat(label)
    assert placed_on <= _PUBLISHED and (_PUBLISHED - placed_on).days < 366


@pytest.mark.parametrize("text, expected", [
    # an event the text dates with a year elsewhere gives its yearless day that year
    ("The court jailed managers over the 2014 mine disaster in Aske.\n\nCoal had smouldered before the May 13 disaster.",
     ["2014", "2014-05-13"]),
    ("Court jails managers over 2014 mine disaster.\n\nCoal had smouldered before the May 13 disaster.",
     ["2014", "2014-05-13"]),
    # two years for the noun: none is the event's, and placement goes on as before
    ("The 2014 disaster and the 2016 disaster differ.\n\nCoal had smouldered before the May 13 disaster.",
     ["2014", "2016", "2018-05-13"]),
    # the event as the definite subject of the sentence's verb: "The ... flood began on 3 May" is that flood's day
    ("An inquiry blamed the 2014 Aske flood on a faulty gate.\n\nThe two-day flood began early on May 3.",
     ["2014", "2014-05-03"]),
    ("An inquiry blamed the 2014 Aske flood on a faulty gate.\n\nThe flood was reported on May 3.",
     ["2014", "2014-05-03"]),
    # a possessive names whose event it is: her 1953 coronation gives no year to his
    ("Her 1953 coronation was long.\n\nHis May 6 coronation was short.", ["1953", "2018-05-06"]),
    ("The guests recalled her 1953 coronation.\n\nThe May 6 coronation was short.", ["1953", "2018-05-06"]),
    ("The guests recalled her 1953 coronation.\n\nShe wore it at her June 2 coronation.", ["1953", "1953-06-02"]),
    # another subject, or an indefinite one, is no anaphor of that event
    ("An inquiry blamed the 2014 Aske flood on a faulty gate.\n\nThe inquiry started on May 3.",
     ["2014", "2018-05-03"]),
    ("An inquiry blamed the 2014 Aske flood on a faulty gate.\n\nA flood started on May 3.",
     ["2014", "2018-05-03"]),
])
def test_a_yearless_event_day_takes_the_year_the_text_gives_the_event(text, expected):
    assert placed(text, date(2018, 7, 11)) == expected


@pytest.mark.parametrize("background, year", [
    # a closing year sets the paragraph's year when its sentence is told in the past
    ("Orbix was founded in 2019.", "2019"),
    ("The firm has grown since it was founded in 2019.", "2019"),
    # not when the sentence is told in the present: the year is background
    ("Velmar remains divided after the uprising that toppled its ruler in 2011.", "2024"),
    ("The country still has two rival governments, a legacy of the war in 2011.", "2024"),
])
def test_a_closing_year_sets_the_scene_only_of_a_past_sentence(background, year):
    text = f"{background} Storm Daniel made landfall on September 10, lashing the coast."
    assert placed(text, published=date(2024, 11, 29))[-1] == f"{year}-09-10"


@pytest.mark.parametrize("text, expected", [
    # a year closing an opening phrase that says when sets the scene for the clause after it
    ("After returning to office in 2021, the mayor ordered a review in April.", ["2021", "2021-04"]),
    ("Following the merger in 2021, the firm cut 400 jobs in May.", ["2021", "2021-05"]),
    # not a year inside the opening phrase's own noun, nor one not closing it
    ("After the 2021 merger, the firm closed a plant in May.", ["2021", "2023-05"]),
    ("Since its founding in 2019, the firm closed a plant in May.", ["2019", "2023-05"]),
])
def test_a_year_closing_an_opening_phrase_sets_the_scene(text, expected):
    assert placed(text, date(2023, 11, 2)) == expected


@pytest.mark.parametrize("sentence, label", [
    # a yearless date after a definite noun phrase of an unplanned event is that known event's: not to come
    ("A report has shed light on the deadly collision between a jet and a patrol plane at the airport in January.",
     "2024-01"),
    ("Families still grieve over the fire at the Orsk plant in January.", "2024-01"),
    # a clause that looks ahead, or no event noun, leaves the nearest year
    ("Investigators will examine the collision in January.", "2025-01"),
    ("A report has shed light on the new terminal at the airport in January.", "2025-01"),
])
def test_a_date_after_a_known_event_is_not_to_come(sentence, label):
    assert placed(sentence, published=date(2024, 12, 25)) == [label]


# Sentences whose dates depend on what comes before them: a paragraph's stated year, a quotation left open, the
# quarter in focus of company results, a noun the text dates with one year, a game's quarter; and some with none.
_CARRIED = [
    "The pact was signed on 9 June 2019.", "The first patrols began on 12 July.", "In 2018, the firm was founded.",
    "Talks resumed in the winter of 2021.", "In January the mine reopened.", "Both sides cited the May 2019 report.",
    "“Today’s ruling proves it, and", "tomorrow we march,” she said on Monday.", "He said \"today we win.",
    "Yesterday the council met.\"", "Third-quarter profit rose 5% from a year ago.",
    "The company reported second-quarter 2023 earnings on Aug. 3.", "Sales a year earlier were flat.",
    "The 2014 mining disaster killed 301.", "Smoke rose for days before the May 13 disaster.",
    "He scored in the third quarter of the game.", "The vote is set for the third quarter.",
    "Nineteen ninety-six was a dry year.", "It rained in the summer of nineteen ninety.", "The deal closed last week.",
    "Nothing dated here at all.",
    "Officials met on Monday.", "The next round is due on 4 March.", "Q3 2016 revenue rose.",
]


@st.composite
def _carried_sources(draw):
    paragraphs = draw(st.lists(st.lists(st.sampled_from(_CARRIED), min_size=1, max_size=5), min_size=1, max_size=5))
    published = draw(st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
    return make_source("a.txt", "\n\n".join(" ".join(p) for p in paragraphs) + "\n", published=published)


@settings(max_examples=300, deadline=None)
@given(_carried_sources(), st.randoms(use_true_random=False), st.integers(1, 4))
def test_dates_worked_out_for_the_sentences_asked_for_are_every_sentences_dates(source, rng, window):
    """``SourceDates`` works out a sentence's dates (or their spans) only when asked (the index asks only for
    sentences a fact reads), in any order; they are the dates of the whole text read in turn (``carried_dates``),
    and so are a window's, with the carry out that reading the window in turn leaves (checks/windows.py)."""
    from dataclasses import replace
    from checks.dates.placement import Carry, SourceDates, carried_dates
    eager = list(carried_dates(source, Carry()))
    lazy = SourceDates(source.sentences, source.published)
    for j in rng.sample(range(len(eager)), rng.randint(0, len(eager))):
        if rng.random() < 0.3:  # where a number may not be read: the dates' spans, their years not placed
            assert lazy.spans(source.sentences[j]) == [(m.start, m.end) for m in eager[j][1]]
        assert lazy.of(source.sentences[j]) == eager[j][1]
    carry = Carry()
    for k in range(0, len(eager), window):
        part = source.sentences[k:k + window]
        in_turn = list(carried_dates(replace(source, sentences=part), carry))
        dating = SourceDates(part, source.published, carry)
        for j in rng.sample(range(len(part)), rng.randint(0, len(part))):
            assert dating.of(part[j]) == in_turn[j][1]
        carry = dating.carry_out()
        assert carry == in_turn[-1][2]


@pytest.mark.parametrize("text", [
    "The report was released on Sunday on the anniversary of the July 13 rally.",
    "Crowds gathered to mark the first anniversary of the 8 December fall of the government.",
    "In 2019 the town held a parade. Crowds marked the anniversary of its July 13 founding.",
])
def test_a_date_whose_anniversary_is_marked_stays_yearless(text):
    # the anniversary is now; the date it recalls is of some earlier year the sentence does not name
    assert placed(text, published=date(2025, 7, 14))[-1] in ("--07-13", "--12-08")


def test_a_date_beside_an_anniversary_is_still_placed():
    assert placed("The anniversary fell on July 13.", published=date(2025, 7, 14)) == ["2025-07-13"]


@pytest.mark.parametrize("text, expected", [
    # in a text marking an anniversary, a yearless day within a week of publication stays yearless...
    ("Crowds marked the first anniversary.\n\nThe rebels seized Aske on December 8.", "--12-08"),
    ("One year on, the city is calm.\n\nThe rebels seized Aske on December 5.", "--12-05"),
    # ...but not a dateline's day, a day with its weekday, one in the sentence marking the anniversary, or one far off
    ("ASKE, December 8 (Velmar Press) -- The rebels seized the airport, a year after the war began.", "2025-12-08"),
    ("Crowds marked the first anniversary.\n\nThe rebels seized Aske on Monday, December 8.", "2025-12-08"),
    ("The anniversary fell on December 8.", "2025-12-08"),
    ("Crowds marked the first anniversary.\n\nThe rebels seized Aske on August 8.", "2025-08-08"),
])
def test_a_day_near_publication_in_an_anniversary_story(text, expected):
    assert placed(text, published=date(2025, 12, 9))[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # "to" and a plain verb right before a weekday, in a clause with no past form: a plan, to come
    ("The deal paves the way for a six-week pause in fighting to start on Sunday.", "2025-01-19"),
    ("The sides agree to the deal starting from Sunday.", "2025-01-19"),
    # after a past verb, or in a clause with one, the weekday is a past one
    ("Workers returned to work on Sunday.", "2025-01-12"),
    ("Survivors clung to debris on Sunday.", "2025-01-12"),  # "to" and no verb of a schedule
    ("It had been due to expire on Sunday.", "2025-01-12"),
    ("The Iraqi ambassador to Velmar said on Sunday that talks failed.", "2025-01-12"),
])
def test_an_infinitive_before_a_weekday_looks_ahead(text, expected):
    assert placed(text, published=date(2025, 1, 17))[-1] == expected


def test_starting_from_a_weekday_told_as_done_is_past():
    assert placed("The protests, starting from Sunday, have spread to ten cities.", published=date(2025, 1, 17))[-1] \
        == "2025-01-12"


@pytest.mark.parametrize("text, label", [
    # a past verb puts next month's day in the past, and so does a gerund after "before" whose subject is the past
    # clause's: its own next act, at that clause's time
    ("The aircraft crashed just before landing in Pokhara on January 15.", "2023-01-15"),
    ("The aircraft crashed on January 15.", "2023-01-15"),
    # a month still to come stays next month's for a past verb ("buy orders for January transactions"), and a
    # verbless before-phrase may still be to come
    ("Ministers met in Geneva before the summit on January 15.", "2024-01-15"),
    ("The aircraft will land on January 15.", "2024-01-15"),
])
def test_a_past_clause_puts_next_months_day_in_the_past(text, label):
    assert placed(text, date(2023, 12, 29)) == [label]


@pytest.mark.parametrize("text, labels", [
    # a fronted participle's dated phrase comes before the main clause's event: a yearless date that would fall
    # before it in its year is in the next, and the paragraph goes on in that year
    ("Launched in November 2013, the probe entered orbit on Sept. 22. It began its science phase Nov. 16.",
     ["2013-11", "2014-09-22", "2014-11-16"]),
    # ... a date after it in its year stays there
    ("Launched on 10 March 2013, the probe reached orbit on 20 August.", ["2013-03-10", "2013-08-20"]),
    # ... and with no fronted participle, the stated year carries as before
    ("The probe was launched in November 2013. It entered orbit on Sept. 22.", ["2013-11", "2013-09-22"]),
])
def test_a_date_after_a_fronted_participles_dated_phrase_follows_it(text, labels):
    assert placed(text, date(2014, 12, 15)) == labels
