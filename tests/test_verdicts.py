"""Each verdict rule, end to end on a one-sentence source; and attribution on unseen wording."""

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from .helpers import one, one_fresh

CEASEFIRE = """
- id: ceasefire-signed
  claim: The ceasefire was signed on 9 November 2020.
  kind: date
  about: [ceasefire, truce, trilateral statement]
  value: 2020-11-09
"""
CHECKPOINT = """
- id: checkpoint-set-up
  claim: The checkpoint was set up on 23 April 2023.
  kind: date
  about: [checkpoint]
  value: 2023-04-23
"""
OFFICE = """
- id: pashinyan-office
  claim: Pashinyan is Prime Minister.
  kind: party
  about: [Nikol Pashinyan, Pashinyan]
  value: [Prime Minister, premier]
  rivals: [President]
"""
WAR = """
- id: war-length
  claim: The war lasted 44 days.
  kind: number
  about: [war, conflict, hostilities, clashes]
  value: 44
  unit: [day, days]
  tolerance: 3
"""


@pytest.mark.parametrize("text, verdict, found", [
    ("The ceasefire was signed on 9 November 2020.", "agree", ["2020-11-09"]),
    ("The truce came in November 2020.", "agree", ["2020-11"]),
    ("The trilateral statement of Nov. 10, 2020 ended it.", "differ", ["2020-11-10"]),
    ("A ceasefire was agreed in late September 2020.", "differ", ["2020-09 (late)"]),
    ("The ceasefire was agreed in the autumn of 2020.", "agree", ["2020-FA"]),
    ("The ceasefire of the 1990s still held.", "differ", ["1990s"]),
    ("The 2020 ceasefire was fragile.", "agree", ["2020"]),
    ("Fighting resumed in September 2020. A ceasefire was signed on November 9.", "agree", ["2020-11-09"]),
    ("Fighting began in September 2020, and a ceasefire came on the night of November 10.", "differ", ["2020-11-10"]),
    ("In 2020, fighting began. A ceasefire came on November 10.", "differ", ["2020-11-10"]),  # a year setting the scene
    ("Fighting began in 2020. A ceasefire came on November 10.", "differ", ["2020-11-10"]),
    ("Fighting began in 2020, and a ceasefire came on November 10.", "differ", ["--11-10"]),  # a year in passing: none
    ("The 2020 war ended, and a ceasefire came on November 10.", "differ", ["--11-10"]),  # a year naming a war: none
    ("The ceasefire was fragile.", "silent", []),
    ("Nothing about it here, on 3 May 2021.", "silent", []),
    # attribution: the value belongs to something else
    ("Over 6,500 lives were lost in September 2020 before a Russia-brokered truce ended the hostilities.", "silent", []),
    ("The cease-fire that ended the 2020 conflict is fragile.", "silent", []),
    ("Clashes erupted on Sept. 27, 2020, violating several cease-fire agreements.", "silent", []),
    ("Officials said on 3 December that the ceasefire held.", "silent", []),
    ("These were the updates on the ceasefire on Tuesday, December 14, 2020.", "silent", []),
    ("Talks on a new truce began on 3 March 2021.", "silent", []),
])
def test_date_verdicts(tmp_path, text, verdict, found):
    assert one(tmp_path, CEASEFIRE, text) == (verdict, found)


def test_both_agree_and_differ_is_differ_with_both_shown(tmp_path):
    text = "The ceasefire was signed on 9 November 2020. Another report dates the ceasefire to 10 November 2020."
    assert one(tmp_path, CEASEFIRE, text) == ("differ", ["2020-11-10", "2020-11-09"])


def test_a_date_modifying_another_noun_is_not_the_subjects(tmp_path):
    text = "The checkpoint is located on the new highway built after the 2020 ceasefire, bypassing Lachin."
    assert one(tmp_path, CHECKPOINT, text) == ("silent", [])
    assert one(tmp_path, CEASEFIRE, text) == ("agree", ["2020"])


@pytest.mark.parametrize("text, verdict", [
    ("Armenian Prime Minister Nikol Pashinyan said.", "agree"),
    ("Nikol Pashinian, the Prime Minister of Armenia, said.", "agree"),
    ("Armenian President Nikol Pashinian spoke.", "differ"),
    ("Pashinyan also discussed these issues with French President Emmanuel Macron.", "silent"),
    ("Azerbaijani President Ilham Aliyev and Pashinyan held talks.", "silent"),
    ("President of Azerbaijan Ilham Aliyev met Armenian premier Nikol Pashinyan.", "agree"),
])
def test_party_verdicts(tmp_path, text, verdict):
    assert one(tmp_path, OFFICE, text)[0] == verdict


@pytest.mark.parametrize("text, verdict, found", [
    ("During the 44-day conflict, cities changed hands.", "agree", ["44 days"]),
    ("Six weeks of particularly intense clashes followed.", "agree", ["42 days"]),
    ("The war lasted forty-four days.", "agree", ["44 days"]),
    ("The war lasted about 46 days.", "agree", ["46 days"]),
    ("The war lasted 50 days.", "differ", ["50 days"]),
    ("The war lasted three decades.", "differ", ["10957.5 days"]),
    ("The war killed 6,500 soldiers.", "silent", []),
    ("During the 44-day conflict, villages occupied for almost 30 years were retaken.", "agree", ["44 days"]),
])
def test_number_verdicts(tmp_path, text, verdict, found):
    assert one(tmp_path, WAR, text) == (verdict, found)


@pytest.mark.parametrize("record, text, verdict", [
    ("""
- id: peacekeepers
  claim: Russia deployed 2,000 peacekeepers.
  kind: number
  about: [peacekeepers, peacekeeping force]
  value: 2000
  unit: [peacekeepers, troops]
""", "Russia stationed a force of 2,000 peacekeepers in the region.", "agree"),
    ("""
- id: area
  claim: Karabakh covers 86,600 square kilometres.
  kind: number
  about: [Karabakh]
  value: 86600
  unit: [square kilometres, sq km]
""", "The territory of Karabakh has an area of 86.6 thousand square kilometers.", "agree"),
    ("""
- id: age
  claim: Tarik was 19.
  kind: number
  about: [Tarik]
  value: 19
""", "On board were Omar Keller, 48, his son Tarik, 19, and Hugo Brandt, 58.", "agree"),
    ("""
- id: magnitude
  claim: The quake had magnitude 7.8.
  kind: number
  about: [earthquake, quakes]
  value: 7.8
  unit: [magnitude]
""", "Buildings fell during the twin quakes of 7.8 and 7.5 magnitude.", "agree"),
    ("""
- id: magnitude
  claim: The quake had magnitude 7.8.
  kind: number
  about: [earthquake]
  value: 7.8
  unit: [magnitude]
""", "A major earthquake with a magnitude of 7.9 struck.", "differ"),
    ("""
- id: cameras
  claim: The rover carries 12 cameras.
  kind: number
  about: [rover]
  value: 12
  unit: [cameras]
""", "The rover carries 12 cameras, six microphones and a drill.", "agree"),  # six counts no cameras
])
def test_number_forms_in_context(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


MAGNITUDE = """
- id: magnitude
  claim: The quake had magnitude 7.8.
  kind: number
  about: [earthquake, magnitude]
  value: 7.8
  unit: [magnitude]
"""


@pytest.mark.parametrize("text, verdict", [
    # the unit before a word linking it to the number: of, as, at, a form of be
    ("The survey gave the magnitude as 7.9.", "differ"),
    ("The magnitude was 7.9, the survey said.", "differ"),
    ("Experts put the magnitude at 7.8.", "agree"),
    # across a comma the word before is no unit of this number
    ("The earthquake's magnitude, 7.8 by one count, was revised; 40 homes fell.", "silent"),
])
def test_a_unit_linked_to_its_number(tmp_path, text, verdict):
    assert one(tmp_path, MAGNITUDE, text)[0] == verdict


SURVIVORS = """
- id: survivors
  claim: Two of the crew survived.
  kind: number
  about: [survived]
  value: 2
  unit: [crew, survivors]
"""


@pytest.mark.parametrize("text, verdict", [
    # a partitive's noun is what the count counts: "two of the plane's crew"
    ("Only two of the plane's crew survived.", "agree"),
    ("Only three of the crew survived.", "differ"),
    # a number after "of the" is a whole of its own, as before
    ("Only two of the 40 crew survived.", "agree"),
])
def test_a_count_of_a_partitive_counts_its_noun(tmp_path, text, verdict):
    assert one(tmp_path, SURVIVORS, text)[0] == verdict


def test_tolerance_relative(tmp_path):
    record = WAR.replace("tolerance: 3", 'tolerance: "10%"')
    assert one(tmp_path, record, "The war lasted 48 days.")[0] == "agree"
    assert one(tmp_path, record, "The war lasted 49 days.")[0] == "differ"


def test_each_date_goes_with_its_place(tmp_path):
    record = """
- id: prague-meeting
  claim: They met in Prague on 6 October 2022.
  kind: date
  about: [Prague]
  value: 2022-10-06
"""
    text = "It built on the agreements reached on October 6, 2022, in Prague and May 14, 2023, in Brussels."
    assert one(tmp_path, record, text) == ("agree", ["2022-10-06"])
    assert one(tmp_path, record.replace("Prague]", "Brussels]"), text) == ("differ", ["2023-05-14"])


def test_a_clause_without_its_that_keeps_its_own_dates(tmp_path):
    record = """
- id: loss-confirmed
  claim: The loss was confirmed on 22 June 2023.
  kind: date
  about: [confirmed]
  value: 2023-06-22
"""
    assert one(tmp_path, record, "The firm confirmed the pilot was one of those on board, on 19 June 2023.") == ("silent", [])
    assert one(tmp_path, record, "The Coast Guard confirmed on 22 June 2023 that debris was found.") == (
        "agree", ["2023-06-22"])
    assert one(tmp_path, CEASEFIRE, "Officials confirmed the ceasefire was signed on 10 November 2020.") == (
        "differ", ["2020-11-10"])


STRANDED = """
- id: days-stranded
  claim: The climbers were stranded for 9 days.
  kind: number
  about: [stranded]
  value: 9
  unit: [day, days]
"""


@pytest.mark.parametrize("text, verdict", [
    # "an X-year-old" is an age, never a span of days or years
    ("The climbers and their 25-year-old guide were stranded on the ridge.", "silent"),
    ("The guide, 38 years old, was stranded for 9 days.", "agree"),
    # "aged 9", "at the age of 9": an age before the number too
    ("The climbers were stranded with a boy aged 9 on the ridge.", "silent"),
    ("The guide, stranded at the age of 9 in a storm, was found.", "silent"),
    # "a week ago", "nearly four years ago": a time counted back is a date, not an amount
    ("The stranded climbers were found a week ago.", "silent"),
    ("The climbers, stranded for two weeks, were found nearly two weeks ago.", "differ"),
])
def test_ages_and_times_ago_are_not_durations(tmp_path, text, verdict):
    assert one(tmp_path, STRANDED, text)[0] == verdict


AGE = """
- id: guide-age
  claim: The guide was 61 when she retired.
  kind: number
  about: [retired]
  value: 61
"""


@pytest.mark.parametrize("text, verdict", [
    ("The guide retired aged 61 after a long career.", "agree"),
    ("She retired at age 61 in Orsk.", "agree"),
    ("She retired at the age of 64 in Orsk.", "differ"),
    ("She retired after 61 days at sea.", "silent"),  # a span of days, not an age
])
def test_an_age_opener_before_a_number_states_an_age(tmp_path, text, verdict):
    assert one(tmp_path, AGE, text)[0] == verdict


AGE_IN_YEARS = """
- id: novak-age
  claim: Anna Novak, the guide who retired, was 61.
  kind: number
  about: [Anna Novak, Novak]
  value: 61
  unit: [years, years old, year-old, aged]
"""


@pytest.mark.parametrize("text, verdict", [
    # a bare number set off right after a name is the person's age, for a fact whose unit is an age
    ("By Saturday, it was confirmed that Anna Novak, 61, had retired.", "agree"),
    ("The guide (Anna Novak, 64) retired.", "differ"),
    ("Anna Novak, 64.", "differ"),
    # not a number with a unit of its own, nor one not set off after the name
    ("Anna Novak, 61 days after the storm, retired.", "silent"),
    ("Anna Novak, 61 boats and a crew retired.", "silent"),
])
def test_a_bare_number_after_a_name_is_an_age(tmp_path, text, verdict):
    assert one(tmp_path, AGE_IN_YEARS, text)[0] == verdict


CANAL = """
- id: canal-length
  claim: The canal is 300 metres long.
  kind: number
  about: [canal]
  value: 300
  unit: [m, metres]
"""
PLAZA = """
- id: plaza-area
  claim: The plaza covers 5,000 square metres.
  kind: number
  about: [plaza]
  value: 5000
  unit: [square metres]
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a square or cubic unit is an area or a volume, not a length
    (CANAL, "Dredgers took 12,000 cubic metres of mud out of the canal.", "silent"),
    (CANAL, "The canal runs through 40 square metres of parkland over 300 metres.", "agree"),
    (PLAZA, "The plaza covers 5,000 square metres.", "agree"),
    (PLAZA, "The plaza covers 5,000 m2 of paving.", "agree"),
    (PLAZA, "The plaza is 5,000 metres from the river.", "silent"),
])
def test_square_and_cubic_units_are_areas_and_volumes(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


BRIDGE_COST = """
- id: bridge-cost
  claim: The bridge cost Rs 410 crore.
  kind: number
  about: [bridge]
  value: 410
  unit: [crore, crores]
"""


@pytest.mark.parametrize("text, verdict", [
    # a fact counted in a scale word: an amount written with that word is in that scale
    ("The Rs 410 crore bridge opened in May.", "agree"),
    ("The bridge cost Rs. 450 crore.", "differ"),
    ("The bridge cost about $50 million.", "silent"),  # not written in crores: no exchange rate guessed
])
def test_a_fact_counted_in_a_scale_word(tmp_path, text, verdict):
    assert one(tmp_path, BRIDGE_COST, text)[0] == verdict


PRICED_IN_SCALE = """
- id: plant-cost
  claim: The plant cost Rs 1,500 crore.
  kind: number
  about: [plant]
  value: 1500
  unit: [{units}]
"""


@pytest.mark.parametrize("units, text, verdict", [
    # a fact priced in a currency and a scale word counts in that scale, however the amount is written
    ("crore, INR", "The Rs 1,500-crore plant opened in May.", "agree"),
    ("crore, INR", "The plant cost Rs 15 billion.", "agree"),
    ("crore, INR", "The plant cost Rs 1,600 crore.", "differ"),
    ("crore, INR", "The plant cost about $180 million.", "silent"),  # another currency
    ("INR, crore", "The plant cost Rs 1,500 crore.", "agree"),
    ("USD, million", "The plant cost $1.5bn.", "agree"),  # 1,500 million dollars
    ("USD, m", "The plant cost $1,500m.", "agree"),  # beside a currency, m is a million, not a metre
    ("USD, million", "The plant cost $1.6 billion.", "differ"),
])
def test_a_fact_priced_in_a_currency_and_a_scale(tmp_path, units, text, verdict):
    assert one(tmp_path, PRICED_IN_SCALE.format(units=units), text)[0] == verdict


def test_an_amount_in_crores_or_billions_states_a_fact_in_crores():
    """Property: Rs N crore and the same sum in billions of rupees agree with a fact of N in [crore, INR]; any other
    number of crores differs."""
    import tempfile
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=40, deadline=None)
    @given(st.integers(1, 9999).map(lambda n: n * 10), st.integers(1, 500), st.booleans())
    def check(crores, off, in_billions):
        record = PRICED_IN_SCALE.replace("1500", str(crores)).format(units="crore, INR")
        stated = f"Rs {crores / 100:g} billion" if in_billions else f"Rs {crores:,} crore"
        with tempfile.TemporaryDirectory() as tmp:
            assert one(Path(tmp), record, f"The plant cost {stated}.")[0] == "agree"
        with tempfile.TemporaryDirectory() as tmp:
            assert one(Path(tmp), record, f"The plant cost Rs {crores + off:,} crore.")[0] == "differ"
    check()


# ------------------------------------------------------------------ issue 12 §1.5: ranges

ACCORD = """
- id: accord-signed
  claim: The accord was signed on 14 March 2021.
  kind: date
  about: [accord]
  value: 2021-03-14
"""
MARCH = """
- id: marchers
  claim: 45,000 people marched.
  kind: number
  about: [marched]
  value: 45000
  unit: [people]
"""
TUNNEL = """
- id: tunnel-length
  claim: The tunnel is 7 kilometres long.
  kind: number
  about: [tunnel, long]
  value: 7
  unit: [km, kilometres]
"""


@pytest.mark.parametrize("record, text, verdict, found", [
    # a range that holds the fact's value agrees, and is shown as a range; one that excludes it differs
    (ACCORD, "The accord was signed on 14-15 March 2021.", "agree", ["2021-03-14–15"]),
    (ACCORD, "The accord was signed on March 14-15, 2021.", "agree", ["2021-03-14–15"]),
    (ACCORD, "The accord was signed between 12 and 16 March 2021.", "agree", ["2021-03-12–16"]),
    (ACCORD, "The accord was signed on 16-17 March 2021.", "differ", ["2021-03-16–17"]),
    (MARCH, "Between 40,000 and 50,000 people marched.", "agree", ["40000–50000 people"]),
    (MARCH, "Some 40,000-50,000 people marched.", "agree", ["40000–50000 people"]),
    (MARCH, "Between 30,000 and 40,000 people marched.", "differ", ["30000–40000 people"]),
    (TUNNEL, "The tunnel is six to eight kilometres long.", "agree", ["6–8 kilometres"]),
    (TUNNEL, "The tunnel is 8-9 km long.", "differ", ["8–9 kilometres"]),
    # a change is no range: "rose from 40,000 to 50,000" states a level it changed from (set aside, an earlier figure)
    # and the level it reached, neither a range
    (MARCH, "The crowd that marched rose from 40,000 to 50,000 people.", "differ", ["50000 people"]),
])
def test_ranges(tmp_path, record, text, verdict, found):
    assert one(tmp_path, record, text) == (verdict, found)


@pytest.mark.parametrize("value, text, verdict", [
    # "nearly"/"almost" put the true number a little short of the one written
    (44000, "Nearly 45,000 people marched.", "agree"),  # 2% short: stated, loosely
    (45000, "Nearly 45,000 people marched.", "agree"),
    (41000, "Almost 45,000 people marched.", "differ"),  # 9% short: "nearly 200" is no 171
    (30000, "Almost 45,000 people marched.", "differ"),  # far short
    (46000, "Nearly 45,000 people marched.", "differ"),  # above it
    (44000, "Just under 45,000 people marched.", "agree"),
    (44000, "About 45,000 people marched.", "differ"),  # another hedge widens nothing
])
def test_nearly_a_number_holds_a_little_less(tmp_path, value, text, verdict):
    assert one(tmp_path, MARCH.replace("45000", str(value)), text)[0] == verdict


def test_almost_a_week_holds_six_days(tmp_path):
    record = MARCH.replace("marched]", "lasted]").replace("45000", "6").replace("[people]", "[days]")
    assert one(tmp_path, record, "The march lasted almost a week.")[0] == "silent"
    assert one(tmp_path, record, "The march lasted almost three weeks.")[0] == "differ"
    assert one(tmp_path, record.replace("[days]", "[hours]").replace(": 6", ": 130"),
               "The march lasted almost a week.")[0] == "differ"  # 23% short of one week


def test_nearly_a_number_agrees_only_a_little_below_it():
    """Property: 'nearly N' (N two or more) agrees with a value from 5% below N up to N, and differs from one further
    below or above N."""
    import tempfile
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=60, deadline=None)
    @given(st.integers(20, 5000).map(lambda n: n * 100), st.integers(0, 3000))
    def check(written, permille_short):
        value = written * (1000 - permille_short) // 1000 if permille_short <= 1000 else written + permille_short
        short = (written - value) / written
        expected = ("differ" if value > written or short > 0.05 + 1e-9 else "agree" if short <= 0.05 - 1e-9
                    else None)
        with tempfile.TemporaryDirectory() as tmp:
            got = one(Path(tmp), MARCH.replace("45000", str(value)), f"Nearly {written:,} people marched.")[0]
        assert expected is None or got == expected, (written, value, got)
    check()


# ------------------------------------------------------------------ issue 12 §1.4: a number counts its own noun

CONVOY = """
- id: {id}
  claim: The army sent {value} {noun}.
  kind: number
  about: [sent]
  value: {value}
  unit: [{noun}]
"""
PORT_COST = """
- id: port-cost
  claim: The port cost Rs 4,100 crore.
  kind: number
  about: [port]
  value: 4100
  unit: [crore]
"""


@pytest.mark.parametrize("noun, value, text, verdict", [
    ("troops", 1200, "The army sent 1,200 troops and 40 armoured vehicles.", "agree"),
    ("vehicles", 40, "The army sent 1,200 troops and 40 armoured vehicles.", "agree"),  # 40 counts vehicles
    ("vehicles", 40, "The army sent 1,200 troops and 30 armoured vehicles.", "differ"),
    ("troops", 1200, "The army sent 1,300 troops and 40 armoured vehicles.", "differ"),
])
def test_a_number_counts_its_own_noun(tmp_path, noun, value, text, verdict):
    assert one(tmp_path, CONVOY.format(id="sent-" + noun, noun=noun, value=value), text)[0] == verdict


@pytest.mark.parametrize("text, verdict", [
    # two amounts of one sum: the one in another currency is set aside, never a differ
    ("The port cost Rs 4,100 crore (US$500 million).", "agree"),
    ("The port cost Rs 4,000 crore (US$500 million).", "differ"),
    ("The port cost US$500 million.", "silent"),
])
def test_two_amounts_of_one_sum(tmp_path, text, verdict):
    assert one(tmp_path, PORT_COST, text)[0] == verdict


# ------------------------------------------------------------------ issue 12 §1.10: relative dates across sentences

def test_a_relative_date_in_the_next_sentence_stays_silent(tmp_path):
    from .helpers import verdicts, write
    record = """\
facts:
  - id: deal-blocked
    claim: The authority blocked the deal on 26 April 2023.
    kind: date
    about: [blocked]
    value: 2023-04-26
"""
    write(tmp_path / "seeds" / "sources.yaml", "a.txt:\n  published: 2023-04-28\n")
    found = verdicts(tmp_path, record, {"a.txt": "The authority has blocked the deal. It said on Wednesday that it would not "
                                                  "change its mind.\n"})
    assert found == {"deal-blocked": {"a.txt": "silent"}}  # "on Wednesday" dates the saying: silent, never wrong


def test_an_age_opener_is_looked_for_only_where_one_can_end():
    """is_age searches for an opener ("aged", "at age", "age of") only in a text that ends so once stripped and
    lowered: a text the search would match always does, whatever its case, spacing or letters."""
    from hypothesis import given, settings, strategies as st
    from checks.verdict import _AGE_BEFORE, _AGE_OPENER_ENDS

    @settings(max_examples=2000, deadline=None)
    @given(st.lists(st.sampled_from(["aged", "AGED", "Aged", "at age", "At Age", "age of", "AGE OF", "ſ", "K", "İ",
                                     "ı", " ", "  ", "\t", "\n", "\u00a0", "x", "e", "of", "age", "d", ",", "-", "é"]),
                    max_size=8))
    def check(pieces):
        before = "".join(pieces)
        if _AGE_BEFORE.search(before):
            assert before.rstrip()[-4:].lower().endswith(_AGE_OPENER_ENDS)
    check()


FERRY_SOLD = """
- id: alpha-ferry-sold
  claim: Alpha Line's ferry was sold on 3 May 2024 for $12 million.
  kind: date
  about: [sold, sale]
  context: [Alpha Line, Alpha]
  value: 2024-05-03
"""
FERRY_OPERATOR = """
- id: alpha-operator
  claim: Alpha Line's ferries are run by Velmar Shipping.
  kind: party
  about: [operated, run]
  context: [Alpha Line, Alpha]
  value: [Velmar Shipping]
  rivals: [Orsk Marine]
"""


@pytest.mark.parametrize("text, verdict", [
    # another named thing as the subject of a passive or of a verb with no object: its own event
    ("Beta Line's ferry was sold on 9 May, a week after Alpha Line announced its plan.", "silent"),
    ("The ageing Beta Line ferry was quickly sold on 9 May, days after Alpha Line's.", "silent"),
    ("On 9 May, Beta Line was sold as Alpha Line looked on.", "silent"),
    ("Beta Line sold on 9 May, as Alpha Line waited.", "silent"),
    # the fact's own thing as the subject, or only the one who acts: the clause is about the fact's thing
    ("Alpha Line's ferry was sold on 9 May.", "differ"),
    ("The Alpha Line ferry was sold on 3 May.", "agree"),
    ("Orsk Capital sold Alpha Line's ferry on 9 May.", "differ"),
    ("Officials said Alpha Line sold the ferry on 9 May.", "differ"),
    # a name that only describes the subject, hyphen-joined, is not the subject
    ("Alpha Line's ferry was old. The Aske-built ferry was sold on 9 May.", "differ"),
    # a dateline is no subject
    ("ASKE, Velmar — (AP) — Alpha Line's ferry sold on 9 May, officials said.", "differ"),
    # a describing subject, a form of be and a name: the clause tells of the name's event
    ("Alpha Line sold a ferry. The last Aske-built ferry to be sold was Beta Line's Orsk Star on 9 May.", "silent"),
    ("Alpha Line sold a ferry. The ferry sold on 9 May was Alpha Line's Orsk Star.", "differ"),
    ("Alpha Line sold a ferry. The day the ferry was sold was May 9.", "differ"),  # a date is no name
])
def test_a_clause_about_another_named_thing_keeps_its_values(tmp_path, text, verdict):
    assert one(tmp_path, FERRY_SOLD, text)[0] == verdict


def test_a_clause_about_another_named_thing_keeps_its_names(tmp_path):
    text = "Alpha Line is a ferry line in Aske. Beta Line is run by Orsk Marine."
    assert one(tmp_path, FERRY_OPERATOR, text)[0] == "silent"
    assert one(tmp_path, FERRY_OPERATOR, "Alpha Line's ferries are run by Orsk Marine.")[0] == "differ"


@pytest.mark.parametrize("text, verdict", [
    # a value before a noun whose "of" names another thing, or after another thing's possessive, is that thing's
    ("Alpha Line is in Aske. Its plans echo the 9 May sale of Beta Line, a rival.", "silent"),
    ("Alpha Line is in Aske. Beta Line's 9 May sale drew bids.", "silent"),
    # the fact's own thing, or no name after "of": the fact's
    ("Alpha Line is in Aske. Its plans follow the 9 May sale of Alpha Line's old ferry.", "differ"),
    ("Alpha Line is in Aske. The 3 May sale of the ferry drew bids.", "agree"),
])
def test_a_value_of_another_named_thing_is_its_own(tmp_path, text, verdict):
    assert one(tmp_path, FERRY_SOLD, text)[0] == verdict


def test_a_context_term_naming_the_kind_of_thing_keeps_the_value(tmp_path):
    fire = """
- id: aske-fire-date
  claim: The Aske fire broke out on 8 August 2023.
  kind: date
  about: [broke out, started, swept]
  context: [Aske, wildfire, fire]
  value: 2023-08-08
"""
    # "Velmar" is no context term, but "wildfire" is: the clause and the value are about the fact's kind of thing
    assert one(tmp_path, fire, "Velmar's 9 August wildfire swept west.")[0] == "differ"
    assert one(tmp_path, fire, "Velmar's wildfire was started on 9 August.")[0] == "differ"
    assert one(tmp_path, fire, "Velmar County was swept on 9 August, said Aske officials.")[0] == "silent"


ASKE_DEAD = """
- id: aske-fire-deaths
  claim: The Aske fire killed 12 people.
  kind: number
  about: [killed, dead, deaths]
  context: [Aske]
  value: 12
  unit: [people, lives]
"""


@pytest.mark.parametrize("text, verdict", [
    # a number said of several things together is their sum, not the one thing's count (joint_count)
    ("The Aske and Velmar fires, combined, killed 31 people.", "silent"),
    ("The Aske and Velmar wildfires killed 31 people.", "silent"),
    ("Together, the Aske blaze and the Velmar blaze killed 31 people.", "silent"),
    ("The two fires, in Aske and Velmar, killed 31 people.", "silent"),
    ("Both fires, in Aske and Velmar, killed 31 people.", "silent"),
    # each thing with its own number still counts
    ("The Aske fire killed 14 people.", "differ"),
    ("The Aske and Velmar fires killed 12 and 19 people respectively.", "agree"),
    # "combined" as a verb says nothing of a sum
    ("Aske officials combined their lists and found the fire killed 31 people.", "differ"),
])
def test_a_number_of_several_things_together_is_no_count_of_one(tmp_path, text, verdict):
    assert one(tmp_path, ASKE_DEAD, text)[0] == verdict


MUTINY = """
- id: mutiny-start
  claim: The mutiny began on 23 June 2023.
  kind: date
  about: [mutiny, uprising]
  value: 2023-06-23
"""


@pytest.mark.parametrize("text, verdict", [
    # a date in a relative clause after the term's noun, no term in it, dates what that clause tells: a conflicting
    # one is a possible conflict only
    ("The case was dropped after the group launched a mutiny that halted on 24 June 2023.", "silent"),
    ("The case was dropped after the group launched a mutiny that halted on 23 June 2023.", "agree"),
    # a term in the relative clause, or the date in the term's own clause: the clause decides
    ("The group launched a mutiny on 24 June 2023.", "differ"),
    ("It was a revolt that became a mutiny on 24 June 2023.", "differ"),
])
def test_a_date_in_a_relative_clause_about_the_term_is_only_loosely_its(tmp_path, text, verdict):
    assert one(tmp_path, MUTINY, text)[0] == verdict


PLAN = """
- id: plan-announced
  claim: The recovery plan was announced on 1 November 2023.
  kind: date
  about: [plan, announced, issued]
  value: 2023-11-01
"""


@pytest.mark.parametrize("text, verdict", [
    # the term only a participle said of another noun (a reduced relative clause): a conflicting date is a possible
    # conflict only, a matching one agrees
    ("The toll rose by 12 from the tally of 27 announced on 26 October 2023.", "silent"),
    ("The toll rose by 12 from the tally of 27 announced on 1 November 2023.", "agree"),
    ("The review cites a 2018 advisory issued by the ministry.", "silent"),
    # the term's own noun, or the term as the clause's verb: the clause decides
    ("The ministry announced the plan on 26 October 2023.", "differ"),
    ("The plan announced on 26 October 2023 was costed at $3 billion.", "differ"),
    ("The 2022 plan issued by the ministry was cut.", "differ"),  # (a year's slip: "the 2018 plan" names another one)
])
def test_a_date_of_another_noun_a_term_is_said_of_is_only_loosely_its(tmp_path, text, verdict):
    assert one(tmp_path, PLAN, text)[0] == verdict


CRASH = """
- id: crash-date
  claim: The ferry crashed on 3 May 2024.
  kind: date
  about: [crash, crashed, accident]
  value: 2024-05-03
"""


@pytest.mark.parametrize("text, verdict", [
    # an opening date dates the verb of saying or finding; a term in what was said or found is only loosely dated
    ("On 9 May 2024, the board determined the crash resulted from a failed pump.", "silent"),
    ("On 9 May 2024, investigators found the accident resulted from fog.", "silent"),
    ("On 3 May 2024, the board determined the crash resulted from a failed pump.", "agree"),
    # a term in the main clause itself: the opening date is its own
    ("On 9 May 2024, the ferry crashed into the pier.", "differ"),
])
def test_an_opening_date_of_a_verb_of_saying_dates_what_was_said_only_loosely(tmp_path, text, verdict):
    assert one(tmp_path, CRASH, text)[0] == verdict


@pytest.mark.parametrize("text, verdict", [
    # a term modifying a noun of what follows the event names no event of the clause's time
    ("After visiting the crash site on 9 May 2024, the minister spoke.", "silent"),
    ("On 9 May 2024 the army fired at a convoy carrying crash relief supplies.", "silent"),
    ("The minister will return to the site of the crash on 9 May 2024.", "silent"),  # completing such a noun
    # the term as the clause's event, or another noun after it: the clause decides
    ("The crash on 9 May 2024 closed the port.", "differ"),
    ("The crash investigation ended on 9 May 2024.", "silent"),  # (a topic noun, as before)
])
def test_a_term_before_a_noun_of_its_aftermath_is_not_dated_by_the_clause(tmp_path, text, verdict):
    assert one(tmp_path, CRASH, text)[0] == verdict


STAY = """
- id: stay
  claim: The crew spent 286 days in space.
  kind: number
  about: [spent, stay]
  value: 286
  unit: [days]
  tolerance: 1
"""


@pytest.mark.parametrize("text, verdict", [
    # a value in a coarser unit is as precise as its last digit there: nine months is 259 to 289 days
    ("The crew spent nine months in space.", "agree"),
    ("The crew spent ten months in space.", "differ"),
    ("The crew spent 9.4 months in space.", "agree"),
    ("The crew spent 9.0 months in space.", "differ"),  # a decimal says more: 272 to 275 days
    # "about" keeps it as rough; a bound states no value
    ("The crew spent about nine months in space.", "agree"),
    ("The crew spent more than ten months in space.", "differ"),
])
def test_a_value_in_a_coarser_unit_is_only_as_precise_as_its_digits(tmp_path, text, verdict):
    assert one(tmp_path, STAY, text)[0] == verdict


TERM = """
- id: term
  claim: Orsk was sentenced to 90 months in all.
  kind: number
  about: [sentence, sentenced]
  value: MONTHS
  unit: [months]
  tolerance: 0
"""


@given(st.integers(2, 40), st.sampled_from([-6, -3, 0, 3, 5, 6]), st.sampled_from(["{n} years", "a {n}-year sentence"]))
def test_a_whole_number_of_years_states_the_months_less_than_half_a_year_off(n, off, said):
    """"seven years" is more than 78 and less than 90 months: 6.5 and 7.5 years are as far from seven as from the next
    whole number, so a fact of 90 months differs from "seven years" (and from "eight years")."""
    months = 12 * n + off
    text = ("Orsk was sentenced to " if said[0] == "{" else "Orsk received ") + said.format(n=n) + "."
    verdict = one_fresh(TERM.replace("MONTHS", str(months)), text)[0]
    assert verdict == ("agree" if -6 < off < 6 else "differ")


@pytest.mark.parametrize("text, verdict", [
    ("Orsk was sentenced to about seven years.", "agree"),  # a hedged number takes in its half step
    ("Orsk was sentenced to seven years.", "differ"),
])
def test_a_hedged_number_takes_in_the_half_step_a_bare_one_leaves_out(tmp_path, text, verdict):
    assert one(tmp_path, TERM.replace("MONTHS", "90"), text)[0] == verdict


DESTINATION = """
- id: ferry-destination
  claim: The Orsk Star sailed for the port of Aske, in Velmar.
  kind: place
  about: [bound for, sailed for, head to]
  value: [Aske, Velmar]
  rivals: [Tindra]
"""


@pytest.mark.parametrize("text, verdict, found", [
    # a conflicting place right after the value, joined by 'in' or a comma, places a namesake: no statement of it
    ("The ship will head to the port of Aske in Tindra.", "differ", ["Tindra", "Aske"]),
    ("The ship will head to Aske, Tindra, on Monday.", "differ", ["Tindra", "Aske"]),
    # a place of the value's own after it, or none: the value is stated
    ("The ship will head to Aske in Velmar.", "agree", ["Aske", "Velmar"]),
    ("The ship will head to Aske.", "agree", ["Aske"]),
])
def test_a_place_inside_a_conflicting_one_is_a_namesake(tmp_path, text, verdict, found):
    assert one(tmp_path, DESTINATION, text) == (verdict, found)


PRISON = """
- id: held-in
  claim: Anna Dahl is held in Aske prison, in Velmar.
  kind: place
  about: [prison, held, serving]
  value: [Aske, Velmar]
  rivals: [Tindra]
"""


@pytest.mark.parametrize("text, verdict", [
    # a place attached only loosely ("outside Velmar") states nothing exactly: a conflicting place there still differs
    ("Dahl is serving her term at Tindra prison outside Velmar.", "differ"),
    ("Dahl is serving her term at Aske prison outside Velmar.", "agree"),
    # a place stated exactly sets the other in its sentence aside as a possible conflict
    ("Dahl is held in Aske prison, and was moved from Tindra.", "agree"),
])
def test_a_loose_value_states_nothing_exactly(tmp_path, text, verdict):
    assert one(tmp_path, PRISON, text)[0] == verdict


BASED = """
- id: alpha-based
  claim: Alpha Bank is based in Aske.
  kind: place
  about: [based, headquartered]
  context: [Alpha Bank, Alpha]
  value: [Aske]
  rivals: [Tindra]
"""


@pytest.mark.parametrize("text, verdict", [
    # a place hyphen-joined to a participle before a name the context terms do not name places that other thing
    ("Regulators said Tindra-based Beta Bank will buy the deposits of Alpha Bank.", "silent"),
    ("Regulators said Aske-based Alpha Bank was closed.", "agree"),
    ("Alpha Bank, based in Tindra, was closed.", "differ"),
])
def test_a_place_based_name_is_that_names(tmp_path, text, verdict):
    assert one(tmp_path, BASED, text)[0] == verdict
