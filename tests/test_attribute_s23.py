"""Rules of session 23, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

STRUCK = record("date", "quake, struck", "2024-01-01")
CHAIR = record("party", "Credit Suisse chairman, chairman, chair", "Axel Lehmann", rivals="Colm Kelleher")
SHOIGU = record("party", "defence minister, Defence Minister", "Sergei Shoigu", rivals="Valery Gerasimov")
FRANCS = record("number", "merger consideration, pay", "3", "billion Swiss francs")
PRICE = record("number", "per share, a share, price", "54.20", "dollars, $, USD")
DEVICES = record("number", "affected, crashed", "8.5", "million, million devices, million computers")

RANK = ("\n- id: f\n  claim: It was the second-largest bank failure in U.S. history.\n  kind: number\n"
        "  about: [bank failure]\n  value: 2\n  unit: [bank failure, failure, failures]\n  tolerance: 0\n")
AGE = ("\n- id: f\n  claim: The Queen was 96 when she died; she was born on 21 April 1926.\n  kind: number\n"
       "  about: [aged, died]\n  value: 96\n  unit: [years, year-old]\n  tolerance: 0\n")

CASES = [
    # a term that is only the agent of a participle describing another noun ("the damage caused by the blaze",
    # "those afflicted by the quake") is dated by that noun's clause, not by the clause's date; a date right after the
    # term may still date it; a name (a place the participle's noun is in) and "by" + a gerund (a means) are untouched
    (record("date", "blaze", "2019-04-15"), "On 16 April 2019, the extent of the damage caused by the blaze became "
     "clear.", "silent"),
    (record("date", "quake", "2024-01-01"), "Homes for those afflicted by the quake were completed by December 2024.",
     "silent"),
    (record("date", "quake", "2024-01-01"), "The homes destroyed by the quake on 2 January 2024 were rebuilt.",
     "differ"),
    (record("date", "quake", "2024-01-01"), "The town was hit by the quake on 2 January 2024.", "differ"),
    (record("date", "withdrawals", "2023-03-09"), "Depositors reacted by initiating withdrawals on 9 March 2023.",
     "agree"),
    (record("place", "quake", "southern", rivals="northern"),
     "The president announced an emergency in ten northern provinces hit by the quake.", "differ"),
    # an opening date phrase covers the main clause, but not a term only the topic of another noun there
    (record("date", "ceasefire", "2019-04-15"), "On 16 April 2019, talks on the ceasefire began.", "silent"),
    (record("date", "ceasefire", "2019-04-15"), "On 16 April 2019, the ceasefire began.", "differ"),

    # a complement verb with its own time phrase, then a subject and an auxiliary: a clause without its "that"; the
    # time is the saying's ("confirmed in October [that] explosions had caused"), not a count ("said 98 victims have")
    (record("date", "explosions", "2022-09-26"), 'Officials confirmed in October 2022 "powerful explosions" had '
     "caused the damage.", "silent"),
    (record("date", "explosions", "2022-09-26"), "Officials said on 5 October 2022 the explosions had damaged the "
     "pipes.", "silent"),
    (record("date", "explosions", "2022-10-05"), "Officials reported explosions on 5 October 2022 that had damaged "
     "the pipes.", "agree"),
    (record("number", "victims", "98", "victims"), "The mayor said 98 victims have now been identified.", "agree"),

    # "all but two": a count of those left out, not of the rest the clause speaks of
    (record("number", "killed", "179", "people"), "The crash killed all but two of the 181 people on board.", "silent"),
    (record("number", "on board", "181", "people"), "The crash killed all but two of the 181 people on board.",
     "agree"),
    (record("number", "survivors", "2", "people, survivors"), "There were two survivors: the crash killed all but two "
     "of the 181 people on board.", "agree"),

    # a fact whose terms name the price of one share ("per share", "a share") is priced per share, whatever its unit
    # list says: "$54.20 a share" states it, and the deal's "$44 billion" is no price of a share
    (PRICE, "The deal was $54.20 per share, valued at approximately $44 billion.", "agree"),
    (PRICE, "He agreed to buy the company at $54.20 a share.", "agree"),
    (PRICE, "He agreed to buy the company at $55.20 a share.", "differ"),
    (PRICE, "The deal was valued at approximately $44 billion.", "silent"),

    # a count's fact in a scale word ("million", "million devices", value 8.5): counts written in that scale, of a
    # listed noun, past names modifying it; an amount of money is no such count
    (DEVICES, "The update affected 8.5 million Windows devices.", "agree"),
    (DEVICES, "The update crashed about 8.5 million computers running Windows.", "agree"),
    (DEVICES, "The update affected 8 million Windows devices.", "differ"),
    (DEVICES, "The update affected 8.5 million passengers.", "silent"),
    (DEVICES, "The airline affected by the update lost $550 million.", "silent"),
    (record("number", "affected", "8.5", "million"), "The update affected 8.5 million devices.", "agree"),
    (record("number", "affected", "8.5", "million"), "The update affected 7,000 flights.", "silent"),

    # a term in the object of a to-infinitive after a noun of an intended act ("the motion to dismiss the complaint")
    # names what the act is about: the date is the clause's ("In a 3 March ruling, the court acquitted Park" dates
    # the acquittal; "during its June 18 descent" stays the event's time)
    (record("date", "complaint", "2024-10-25"), "In a May 16, 2025 court order, the judge denied the motion to "
     "dismiss the complaint.", "silent"),
    (record("date", "order", "2025-05-16"), "In a May 16, 2025 court order, the judge denied the motion.", "agree"),
    (record("date", "acquitted", "2023-03-04"), "In a 3 March 2023 ruling, the court acquitted Park.", "differ"),
    (record("date", "deal", "2023-05-03"), "Regulators on 4 May 2023 rejected a bid to block the deal.", "silent"),
    (record("date", "lost contact", "2023-06-18"), "During its June 18, 2023 descent, the submersible lost contact.",
     "agree"),

    # the topic's noun phrase may hold describing words joined by "and": "the anniversary of the fiery and toxic
    # derailment" (the date is the anniversary's)
    (record("date", "derailment", "2023-02-03"), "3 February 2025 marked the second anniversary of the fiery and "
     "toxic train derailment.", "silent"),

    # a noun hyphen-joined to a number is its own; the fact's unit right after it counts only as a plural, a scale
    # ("a 24-storey apartment block" is one block of 24 storeys)
    (record("number", "block", "129", "flats, flat, apartments"), "A fire engulfed a 24-storey apartment block.",
     "silent"),
    (record("number", "block", "129", "flats, flat, apartments"), "The 129-flat block burned.", "agree"),
    (record("number", "quake", "7.8", "magnitude"), "The 7.8-degree magnitude quake struck.", "agree"),

    # "five of the derailed hazmat cars": a partitive's noun phrase runs through its describing words to its noun;
    # when every term of the clause stands in it, the count is a part of that whole, set aside
    (record("number", "derailed, hazmat", "11", "cars"), "Five of the derailed hazmat cars carried vinyl chloride.",
     "silent"),
    (record("number", "derailed, hazmat", "11", "cars"), "Eleven of the hazmat cars derailed.", "agree"),

    # ", 11 of which derailed": the relative clause starts at its count, which counts the noun of a larger count
    # before the comma; a noun narrowed by describing words ("20 hazardous material cars") lends none: a part of
    # those is no count of all cars
    (record("number", "derailed", "11", "cars"), "The train had 20 cars, 11 of which derailed.", "agree"),
    (record("number", "derailed", "38", "cars"), "The train had 20 hazardous material cars, 11 of which derailed.",
     "silent"),
    (record("number", "injured", "12", "people"), "The train carried 20 people, 11 of whom were injured.", "differ"),
    (record("number", "Dutch", "196", "victims, people"), "The names of the 298 victims, 196 of whom were Dutch, were "
     "read out.", "agree"),

    # a relative date right after the term ("a massive explosion in Beirut last week") is the term's own; the
    # clause's other dates are its verb's
    (record("date", "explosion", "2020-08-04"), "The cabinet resigned on 10 August 2020 amid anger over a massive "
     "explosion in Beirut last week.", "silent"),
    (record("date", "explosion", "2020-08-04"), "The cabinet resigned on 10 August 2020 amid anger over a massive "
     "explosion.", "differ"),

    # "the anniversary of the explosion on Thursday": a weekday after an anniversary's event is the day marked
    (record("date", "explosion", "2020-08-04"), "Lebanon will mark the second anniversary of the port explosion on "
     "Thursday.", "silent"),

    # a fronted "As" with a subject and a verb of its own ends at its comma ("As officials continue to investigate
    # the collapse, the town on Friday released ..."); "As Prime Minister, she ..." has no verb and covers the rest
    (record("date", "collapse", "2021-06-24"), "As officials continue to investigate the deadly collapse, the town "
     "on 25 June 2021 released documents.", "silent"),
    (record("date", "collapse", "2021-06-24"), "As officials said, the deadly collapse happened on 25 June 2021.",
     "differ"),
    (record("party", "Prime Minister", "Anna Novak", rivals="Boris Kell"), "As Prime Minister, Boris Kell signed the "
     "deal.", "differ"),

    # a dash typed as "--" sets off a dateline or an aside like any spaced dash
    (record("date", "collapse", "2021-06-24"), "SURFSIDE -- As officials continue to investigate the deadly "
     "collapse, the town on 25 June 2021 released documents.", "silent"),

    # "300, 000": a comma and a space before three digits opening with 0 is a mistyped thousands separator
    (record("number", "homeless", "300000", "people, homeless"), "The blast left 300, 000 people homeless.", "agree"),

    # for a fact counting everyone, a count narrowed by a describing word beside "and" one more of another kind is a
    # part ("Three Tongan nationals and a British woman": four died); a fact counting that group keeps its count
    (record("number", "lost their lives", "3", "people, deaths, nationals"), "Three Ardenian nationals and a British "
     "woman lost their lives.", "silent"),
    (record("number", "lost their lives", "3", "people, deaths, nationals"), "Three Ardenian nationals lost their "
     "lives.", "agree"),
    (record("number", "on board", "3", "crew"), "Seven passengers and three crew were on board.", "agree"),

    # other_office: a title bound to another organisation than the one the fact's titled terms name ("chairman of
    # UBS", "UBS's chair", "UBS chairman") is that organisation's; a nationality is no organisation
    (CHAIR, "Colm Kelleher, chairman of UBS Group AG, spoke on Wednesday.", "silent"),
    (CHAIR, "Colm Kelleher, UBS's chair, seemed to struggle.", "silent"),
    (CHAIR, "UBS chairman Colm Kelleher spoke.", "silent"),
    (CHAIR, "Colm Kelleher, chairman of Credit Suisse, spoke.", "differ"),
    (CHAIR, "Credit Suisse chairman Axel Lehmann spoke.", "agree"),
    (record("party", "chairman, chair", "Axel Lehmann", rivals="Colm Kelleher"),
     "Colm Kelleher, chairman of UBS Group AG, spoke.", "differ"),
    (record("party", "Ardenian finance minister, finance minister", "Karin Vale", rivals="Olle Dahl"),
     "Ardenia's finance minister Olle Dahl spoke.", "differ"),

    # "attempted to depose Defence Minister Shoigu": a removal only tried leaves the title with its holder
    (SHOIGU, "Prigozhin had attempted to depose Defence Minister Sergei Shoigu and army chief Valery Gerasimov.",
     "agree"),
    (SHOIGU, "The rebels deposed Defence Minister Valery Gerasimov in May.", "silent"),

    # a date after "by", after a modal and its verb, is a deadline set: loosely attached (no differ)
    (record("date", "merger", "2023-03-19"), "The merger should be completed by the end of 2023.", "silent"),
    (record("date", "merger", "2023-03-19"), "The merger is expected to close by June 2023.", "silent"),
    (record("date", "completed", "2023-06-12"), "The merger was completed on 12 June 2023.", "agree"),
    (record("date", "completed", "2023-06-12"), "The merger was completed on 14 June 2023.", "differ"),

    # a fact counting everyone ([people, passengers]) whose terms don't name the passengers: "367 passengers and 12
    # crew members" are parts; a fact whose terms name the group ("Australians") keeps its own count
    (record("number", "on board, aboard", "379", "people, persons, passengers"), "The plane was carrying 367 "
     "passengers and 12 crew members on board.", "silent"),
    (record("number", "Australians", "38", "Australians, people"), "The dead included 43 Malaysians and 38 "
     "Australians.", "agree"),
    # "five among the six crew members": a partitive with "among" counts its whole's noun; the whole is set aside
    (record("number", "killed", "5", "crew members, crew"), "Five among the six crew members on the plane were "
     "killed.", "agree"),
    (record("number", "killed", "4", "crew members, crew"), "Five among the six crew members on the plane were "
     "killed.", "differ"),

    # a term before "investigator(s)" (AFTER_EVENT_NOUNS) names what they look into: the date is the saying's
    (record("date", "accident, crash", "2021-01-09"), "Pilots led to the January 2021 crash, a final report by the "
     "air accident investigator said on 10 November 2022.", "agree"),
    (record("date", "accident", "2021-01-09"), "The air accident investigators said on 10 November 2022 that the "
     "throttle failed.", "silent"),

    # an amount in words with a scale word ("three billion Swiss francs") is money like one in figures; bare
    # "francs" is any of the currencies sharing the name (SHARED_NAMES), another named one is set aside
    (FRANCS, "UBS will pay a merger consideration of three billion Swiss francs.", "agree"),
    (FRANCS, "UBS will pay a merger consideration of four billion Swiss francs.", "differ"),
    (FRANCS, "UBS will pay a merger consideration of 3 billion francs.", "agree"),
    (FRANCS, "UBS will pay a merger consideration of 3 billion CFA francs.", "silent"),
    (record("number", "weighed", "1", "pound, pounds, lb"), "The package weighed one pound.", "agree"),

    # a relation phrase with a date of its own ("following his death on 21 April 2025") names an event at its own
    # time: a place in the clause is the clause's, not that event's ("the ferry from Aske lost power after
    # departure" may still place the departure)
    (record("place", "death", "Santa Marta", rivals="Gemelli"), "The pope lies in rest in the Santa Marta chapel "
     "following his death on 21 April 2025.", "silent"),
    (record("place", "death", "Santa Marta", rivals="Gemelli"), "The pope lies in rest in the Santa Marta chapel "
     "following his death.", "agree"),
    (record("place", "departure", "Aske", rivals="Velmar"), "The ferry from Aske lost power after departure.",
     "agree"),

    # a photo caption's date: after a comma, before a credit in brackets that ends the line (not a weekday's date)
    (record("date", "blew out", "2024-01-05"), "A hole where a door plug blew out on Flight 1282 is inspected by the "
     "NTSB, January 7, 2024 (NTSB)", "silent"),
    (record("date", "struck", "2024-01-05"), "The quake struck on Sunday, January 7, 2024 (Reuters).", "differ"),
    (record("date", "blew out", "2024-01-05"), "The plug blew out on 7 January 2024 (local time).", "differ"),

    # "the first time X has done Y since YEAR, when ...": the when-clause tells of the earlier time, another event
    (STRUCK, "It was the first time the agency has issued a major tsunami warning since 2011, when a strong quake "
             "struck the north.", "silent"),
    (record("date", "quake, struck", "2011-03-11"), "It was the first time the agency has issued a major warning "
     "since 2011, when a strong quake struck the north on 11 March.", "agree"),

    # "the second-largest bank failure": after a superlative the singular noun is what is ranked
    (RANK, "Its collapse was the second-largest bank failure in U.S. history.", "agree"),
    (RANK, "Its collapse was the third-largest bank failure in U.S. history.", "differ"),

    # a chain of places after its preposition, set off by commas, names no person whose age follows
    (AGE, "The Queen died yesterday at Balmoral Castle, Aberdeen, Scotland, aged 96.", "agree"),
    (AGE, "The Queen died yesterday at Balmoral Castle, Aberdeen, Scotland, aged 95.", "differ"),
    # an age in apposition to another named person is that person's
    (AGE, "Cardinal Olle Dahl, aged 91, led the prayers.", "silent"),
    # an age's claim year is a birth year, which dates no other instance of the figure
    (AGE, "After the Queen died on 8 September 2022 aged 96, the country mourned.", "agree"),
]


# Counter-examples a review of this session's rules found (/work/review-s23.md, outside the project): the narrowed
# rules give the verdict a careful reader gives, and keep the cases they were made for
REVIEW_CASES = [
    # ", N of which": the nearest earlier count larger than N is the whole ("12 villages" cannot hold 300 of anything)
    (record("number", "flooded", "300", "villages"), "The storm damaged 400 homes in 12 villages, 300 of which were "
     "flooded.", "silent"),
    (record("number", "flooded", "300", "homes"), "The storm damaged 400 homes in 12 villages, 300 of which were "
     "flooded.", "agree"),
    (record("number", "sank", "3", "migrants, people"), "The smugglers used five boats carrying migrants, three of "
     "which sank.", "silent"),
    # coordinated phrases that hold no term (the objects of the term's verb) share its dates
    (record("date", "hurricane", "2017-09-20"), "The hurricane battered Dominica on 18 September 2017 and Puerto Rico "
     "on 20 September 2017.", "agree"),
    # a classifier hyphen-joined to the number ("27-member") counts the collective noun after it
    (record("number", "crew", "27", "crew, crew members"), "Of the 27-member crew, 25 were rescued.", "agree"),
    # a number is no date: the dead in buildings destroyed by the quake are the quake's
    (record("number", "quake", "50000", "people"), "Officials said 40,000 people died in buildings destroyed by the "
     "quake.", "differ"),
    # two nouns joined by "and" are no describing words of one noun phrase
    (record("date", "clashes", "2024-05-03"), "Talks on a truce and clashes on the border both resumed on 4 May 2024.",
     "differ"),
    # an object and its relative clause after a dated verb of saying is no clause without "that"
    (record("date", "agreement", "2024-03-02"), "The ministry announced on 1 March 2024 an agreement that would end "
     "the strike.", "differ"),
    # "and a further two were injured" is another count, no one more of another kind
    (record("number", "killed", "3", "people, deaths, civilians"), "The strike killed three Ardenian civilians and a "
     "further two were injured.", "agree"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES + REVIEW_CASES)
def test_session_23_rule_cases(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]), st.integers(1, 999),
       st.integers(1, 999))
def test_a_count_in_a_scale_word_agrees_only_with_its_own_figure(tmp_path_factory, scale, fact, said):
    """For a fact of N in "<scale> devices", a text's "M <scale> devices" and the same count in figures agree exactly
    when M is N."""
    word, size = scale
    spec = record("number", "affected", str(fact), f"{word} devices")
    expected = "agree" if fact == said else "differ"
    tmp = tmp_path_factory.mktemp("scaled")
    assert one(tmp, spec, f"The update affected {said} {word} devices.")[0] == expected
    assert one(tmp_path_factory.mktemp("figures"), spec, f"The update affected {said * int(size):,} devices.")[0] \
        == expected




@given(st.integers(1, 999), st.integers(0, 99))
def test_a_comma_and_space_before_three_digits_opening_with_zero_groups_thousands(high, low):
    from checks.numbers import numbers
    found = numbers(f"The blast left {high}, 0{low:02d} people homeless.")
    assert [m.value for m in found] == [high * 1000 + low]




@pytest.mark.parametrize("text, found", [
    ("Some 2000 guests, including world leaders, were in attendance.", []),
    ("Nearly 1900 local residents fled.", []),
    ("The film is about 2020 and its floods.", ["2020"]),
    ("It happened in about 2019.", ["2019"]),
])
def test_a_hedged_four_digit_number_before_a_plural_is_a_count_not_a_year(text, found):
    from datetime import date
    from checks.dates.forms import dates
    assert [m.value.label for m in dates(text, date(2022, 9, 19))] == found


