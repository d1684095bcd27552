"""Rules of session 16, on invented sentences."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.numbers import numbers
from checks.verdict import is_age

from .helpers import one, record, verdicts


@pytest.mark.parametrize("text, age", [
    # a bare number after a form of "turn" is the age reached
    ("Anna Novak turned 70 on Sunday.", True),
    ('"Today I have turned 70," she said.', True),
    ("She will turn 41 next week.", True),
    ("The bridge turns 100.", True),
    # a number with a noun of its own counts that noun
    ("The guards turned 200 pilgrims away.", False),
    ("The index turned 3% lower.", False),
])
def test_a_bare_number_after_turn_is_an_age(text, age):
    assert is_age(numbers(text)[0]) is age


RANK = """
- id: pope-number
  claim: Tomas I is the 267th pope.
  kind: number
  about: [pope]
  value: 267
  unit: [popes]
  tolerance: 0
"""

AGE = """
- id: novak-age
  claim: Anna Novak was 69 when she was elected.
  kind: number
  about: [Novak, age]
  value: 69
  unit: [years, year-old]
  tolerance: 0
"""


def test_an_age_reached_is_no_count(tmp_path):
    assert one(tmp_path, RANK, '"Today I have turned 70," the pope said.')[0] == "silent"


@pytest.mark.parametrize("text, verdict", [
    # the age reached on a birthday is the age at another time than the fact's
    ("Anna Novak turned 70 on Sunday.", "silent"),
    ("Anna Novak, who will turn 70 on 14 September, spoke.", "silent"),
    ("Anna Novak, aged 70, spoke.", "differ"),
])
def test_an_age_reached_on_a_birthday_is_another_times(tmp_path, text, verdict):
    assert one(tmp_path, AGE, text)[0] == verdict


def test_a_claim_of_the_age_reached_reads_it(tmp_path):
    record = AGE.replace("was 69 when she was elected", "turned 69 in May")
    assert one(tmp_path, record, "Anna Novak turned 69 on Sunday.")[0] == "agree"
    assert one(tmp_path, record, "Anna Novak turned 70 on Sunday.")[0] == "differ"


ATTACKER = """
- id: attacker-age
  claim: Novak was 17 at the time of the attack.
  kind: number
  about: [Novak, attacker]
  value: 17
  unit: [year-old, years old]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a bare number after a person and a form of "be" is the person's age, for an age fact
    ("Anna Novak, who was 17 at the time of the attack, admitted it.", "agree"),
    ("Anna Novak, who was 18 at the time of the attack, admitted it.", "differ"),
    # ...not one with a when-clause after it: the age at another time
    ("Novak was 18 when she bought the knife.", "silent"),
    # a number with a noun of its own is none
    ("Novak was 18 places behind the leader.", "silent"),
])
def test_a_bare_number_after_a_person_and_be_is_an_age(tmp_path, text, verdict):
    assert one(tmp_path, ATTACKER, text)[0] == verdict


@pytest.mark.parametrize("text, verdict", [
    # "if" and "had" with a past participle suppose what did not happen: a value there is attached loosely
    ("If Novak had been 18 at the time of the attack, she would have received a longer term.", "silent"),
    ("Anna Novak, who was 17 at the time, admitted it. If Novak had been 18 at the time of the attack, she would "
     "have received a longer term.", "agree"),
    # a condition in the past simple may be real
    ("If Novak was 18 years old at the time of the attack, she was tried as an adult.", "differ"),
])
def test_a_value_in_an_unreal_condition_is_attached_loosely(tmp_path, text, verdict):
    assert one(tmp_path, ATTACKER, text)[0] == verdict


def test_had_as_the_verb_of_having_is_no_supposition(tmp_path):
    record = ATTACKER.replace("unit: [year-old, years old]", "unit: [supporters]")
    assert one(tmp_path, record, "If Novak had 18 supporters, she won.")[0] == "differ"


OPERATOR = """
- id: velmar-operator
  claim: Velmar's grid operator is Alpha Grid.
  kind: party
  about: [grid operator, operator]
  context: [Spain, Spanish]
  value: [Alpha Grid]
  rivals: [Beta Power]
"""


@pytest.mark.parametrize("text, verdict", [
    # a nationality before a title makes the name after it that nation's holder
    ("Portuguese grid operator Beta Power said power was back across Spain.", "silent"),
    ("Spanish grid operator Beta Power said power was back.", "differ"),
    ("Spanish grid operator Alpha Grid said power was back.", "agree"),
    # a title with no nationality is left to the other rules
    ("Grid operator Beta Power said power was back in Spain.", "differ"),
])
def test_a_title_of_another_nation_names_another_holder(tmp_path, text, verdict):
    assert one(tmp_path, OPERATOR, text)[0] == verdict


def test_a_context_naming_no_nation_leaves_titles_alone(tmp_path):
    record = OPERATOR.replace("context: [Spain, Spanish]", "context: [grid]")
    assert one(tmp_path, record, "Portuguese grid operator Beta Power said power was back.")[0] == "differ"


INJURED = """
- id: injured
  claim: The Velmar crash injured 1,100 passengers.
  kind: number
  about: [crash, injured]
  value: 1100
  unit: [passengers, people]
  tolerance: 0
"""

TRAINS = INJURED.replace("unit: [passengers, people]", "unit: [trains]").replace("value: 1100", "value: 3")


@pytest.mark.parametrize("record, text, verdict", [
    # the singular of a plural unit right before a plural noun modifies it: the count counts the plural
    (INJURED, "The crash involving two passenger trains also injured 1,100 people.", "agree"),
    (INJURED, "The crash involving two passenger trains hurt people.", "silent"),
    (TRAINS, "The crash involving two passenger trains and a goods train injured many.", "differ"),
    # a collective noun counts itself, and so does a plural unit
    (INJURED.replace("[passengers, people]", "[crew]"), "The crash injured five crew members.", "differ"),
    (INJURED, "The crash injured 200 passengers yesterday.", "differ"),
])
def test_a_singular_unit_before_a_plural_noun_modifies_it(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


HEAT = """
- id: peak-heat
  claim: Temperatures peaked at 51.8 degrees Celsius.
  kind: number
  about: [temperatures, degrees]
  value: 51.8
  unit: [degrees Celsius, Celsius, C]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # "each decade" is a rate, past a bracketed restatement too
    ("Temperatures were rising 0.4 degrees Celsius each decade.", "silent"),
    ("Temperatures were rising 0.4 degrees Celsius (0.72 degrees Fahrenheit) each decade.", "silent"),
    ("Temperatures were 49 degrees Celsius (120 degrees Fahrenheit) on Monday.", "differ"),
    # a bracketed number with a unit of its own takes no unit from before the bracket
    ("Temperatures hit 49 Celsius (51.8 degrees Fahrenheit).", "differ"),
])
def test_rates_and_bracketed_restatements(tmp_path, text, verdict):
    assert one(tmp_path, HEAT, text)[0] == verdict


QUAKE_DATE = """
- id: quake-date
  claim: The Velmar earthquake struck on 7 October 2023.
  kind: date
  about: [earthquake, quake]
  value: 2023-10-07
"""


@pytest.mark.parametrize("text, verdict", [
    # a measure (a number and a singular noun) inside an other-instance phrase does not end it
    ("Residents were shaken on 11 October 2023 by another massive 6.3 magnitude earthquake.", "silent"),
    # a phrase opening the sentence dates the clause whose subject or only term is the other instance
    ("On 11 October 2023, another 6.3-magnitude quake struck Aske.", "silent"),
    ("On 11 October 2023, residents were subjected to another massive 6.3 magnitude earthquake.", "silent"),
    # a count is no modifier: "another 30 people" is no instance of the quake
    ("Another 30 people died in the quake on 11 October 2023.", "differ"),
    ("On 11 October 2023, the quake struck Aske.", "differ"),
])
def test_another_instance_past_a_measure_and_an_opening_phrase(tmp_path, text, verdict):
    assert one(tmp_path, QUAKE_DATE, text)[0] == verdict


SURVIVORS = """
- id: survivors
  claim: 104 people survived the Velmar shipwreck.
  kind: number
  about: [survivors, rescued]
  value: 104
  unit: [survivors, people]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a verb of a state right before a count puts it in that state
    ("Police arrest 9 survivors of the shipwreck.", "silent"),
    ("Police arrested at least 9 survivors of the shipwreck.", "silent"),
    ("The navy rescued at least 104 people.", "agree"),
    # a count's noun may have up to two modifiers before the state after it
    ("Nine Egyptian survivors were arrested.", "silent"),
    ("Nine survivors were taken to Aske.", "differ"),
])
def test_a_count_in_another_state(tmp_path, text, verdict):
    assert one(tmp_path, SURVIVORS, text)[0] == verdict


TOLL = """
- id: toll
  claim: The Velmar pilgrimage's death toll was 1,301.
  kind: number
  about: [death toll, toll, died]
  value: 1301
  unit: [pilgrims, people]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a nationality before the tally noun makes the count that nation's part
    ("The Iranian death toll reached 17 on Saturday.", "silent"),
    ("The Iranian death toll reached 17, while the overall toll rose to 1,301.", "agree"),
    # "Taliban" is no nationality; a plain toll is the whole
    ("The Taliban death toll of 2,053 was withdrawn.", "differ"),
    ("The death toll reached 17 on Saturday.", "differ"),
])
def test_a_nations_toll_is_a_part(tmp_path, text, verdict):
    assert one(tmp_path, TOLL, text)[0] == verdict


def test_a_fact_naming_the_nation_reads_its_toll(tmp_path):
    record = TOLL.replace("pilgrimage's death toll", "pilgrimage's Iranian death toll").replace("1301", "17")
    assert one(tmp_path, record, "The Iranian death toll reached 17 on Saturday.")[0] == "agree"


ATTEMPT = """
- id: attack-date
  claim: The attack on Anna Novak's rally took place on 13 July 2024.
  kind: date
  about: [attack, assassination attempt, shot]
  value: 2024-07-13
"""


@pytest.mark.parametrize("text, verdict", [
    # a superlative up to twelve words before "since" makes what follows the compared thing
    ("The attack was the most serious assassination attempt on a president or presidential candidate since Orsk "
     "was shot in 1981.", "silent"),
])
def test_a_superlative_since_reaches_past_its_phrase(tmp_path, text, verdict):
    assert one(tmp_path, ATTEMPT, text)[0] == verdict


def test_a_capitalised_word_inside_the_sentence_is_no_rank(tmp_path):
    record = ATTEMPT.replace("[attack, assassination attempt, shot]", "[acquired]")
    assert one(tmp_path, record, "In Velmar, First Aske Bank has acquired 20 banks since 2008.")[0] == "differ"


EPICENTRE = """
- id: epicentre
  claim: The quake's epicentre was in the Velmar area.
  kind: place
  about: [epicentre, centered]
  value: [Velmar area, Velmar]
  rivals: [Aske]
"""


@pytest.mark.parametrize("text, verdict", [
    # a participle term's own locative object is its place; another verb's place is not
    ("The quake hit the Velmar area on Monday, centered in the town of Aske.", "differ"),
    ("The quake, centered in Aske, hit the Velmar area.", "differ"),
    ("The quake hit the Velmar area on Monday, centered near Velmar.", "agree"),
    # a place after the term's object with no verb of its own stays
    ("The quake was centered in Velmar, in the Aske district.", "agree"),
])
def test_a_participles_own_place_outranks_another_verbs(tmp_path, text, verdict):
    assert one(tmp_path, EPICENTRE, text)[0] == verdict


def test_a_noun_term_has_no_object_place(tmp_path):
    record = EPICENTRE.replace("[epicentre, centered]", "[only land link]")
    # (nor is an adjective after "the" a verb governing a place: "the disputed Velmar area")
    assert one(tmp_path, record, "The road is the only land link between Aske and the disputed Velmar area.")[0] \
        == "agree"


WINDS = """
- id: winds
  claim: The storm's winds peaked at 165 mph.
  kind: number
  about: [winds]
  value: 165
  unit: [mph]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # speeds convert ("km/h", "kilometres per hour", "knots"), and a speed is no rate
    ("Winds peaked at 265 kilometres per hour.", "agree"),
    ("Winds peaked at 265 km/h on Tuesday.", "agree"),
    ("Winds peaked at 143 knots.", "agree"),
    ("Winds peaked at 290 km/h on Tuesday.", "differ"),
    # a conversion into a finer unit states the fact's value within 1% of it
    ("Winds peaked at 270 km/h on Tuesday.", "differ"),
])
def test_speeds_convert_and_round(tmp_path, text, verdict):
    assert one(tmp_path, WINDS, text)[0] == verdict


@pytest.mark.parametrize("text, verdict", [
    ("The tsunami reached 120 centimetres at Aske.", "agree"),
    ("The tsunami reached 124 centimeters at Aske.", "differ"),
    ("The tsunami reached 130 centimeters at Aske.", "differ"),
    ("The tsunami reached 1,200 millimetres at Aske.", "agree"),
])
def test_plural_centimetres_and_millimetres_convert(tmp_path, text, verdict):
    record = WINDS.replace("[winds]", "[tsunami]").replace("165", "1.2").replace("[mph]", "[metres]")
    assert one(tmp_path, record, text)[0] == verdict


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=2, max_value=900), st.sampled_from(["centimetres", "centimeters", "cm"]))
def test_a_length_in_centimetres_states_it_in_metres(tmp_path, metres, unit):
    record = WINDS.replace("[winds]", "[tsunami]").replace("165", str(metres)).replace("[mph]", "[metres]")
    assert one(tmp_path, record, f"The tsunami reached {metres * 100:,} {unit} at Aske.")[0] == "agree"


PRESIDENT = """
- id: president
  claim: Anna Novak is Velmar's president.
  kind: party
  about: [president]
  value: [Anna Novak, Novak]
  rivals: [Olle Lind, Lind]
"""


@pytest.mark.parametrize("text, verdict", [
    # a title marked as not yet held names no holder now
    ("Incoming President Olle Lind visited Aske on Wednesday.", "silent"),
    ("President-elect Olle Lind visited Aske on Wednesday.", "silent"),
    ("Future president Olle Lind visited Aske.", "silent"),
    ("President Olle Lind visited Aske on Wednesday.", "differ"),
    # "vice" or "deputy" before a role word makes another role
    ("Lind, who is currently vice president, visited Aske.", "silent"),
    ("Deputy president Olle Lind visited Aske.", "silent"),
    ("Lind, who is currently president, visited Aske.", "differ"),
])
def test_a_holder_to_come_or_of_another_role_names_no_holder(tmp_path, text, verdict):
    assert one(tmp_path, PRESIDENT, text)[0] == verdict


CAPTURE = """facts:
  - id: capture
    claim: The rebels seized Aske on 8 December 2024.
    kind: date
    about: [seized]
    value: 2024-12-08
"""


def _published(text: str, day: str) -> dict[str, str]:
    return {"a.txt": text, "sources.yaml": f"a.txt:\n  published: {day}\n"}


@pytest.mark.parametrize("text, day, verdict", [
    # in a story marking an anniversary, a yearless day within a week of publication is the recalled event's or
    # today's: it stays yearless, and its month and day compare
    ("Crowds marked the first anniversary of the fall of Aske.\n\nThe rebels seized Aske on December 8.",
     "2025-12-08", "agree"),
    ("One year on, the city is calm.\n\nThe rebels seized Aske on December 7.", "2025-12-10", "differ"),
    ("Crowds marked the first anniversary.\n\nThe rebels seized Aske on December 8.", "2025-12-11", "agree"),
    # without such a mark the date near publication is this year's
    ("Crowds gathered in the city.\n\nThe rebels seized Aske on December 8.", "2025-12-08", "differ"),
    # nor is a day far from publication's kept yearless, a day with its weekday or a dateline's
    ("Crowds marked the first anniversary.\n\nThe rebels seized Aske on August 8.", "2025-12-08", "differ"),
    ("Crowds marked the first anniversary.\n\nThe rebels seized Aske on Monday, December 8.", "2025-12-09",
     "differ"),
])
def test_a_day_recalled_on_its_anniversary_stays_yearless(tmp_path, text, day, verdict):
    assert verdicts(tmp_path, CAPTURE, _published(text, day))["capture"]["a.txt"] == verdict


@pytest.mark.parametrize("spec, text, verdict", [
    # a city or island is no nation ("Maui"), and a count with a noun of its own is no tally's value
    ("number|wildfire,death toll|102|people,deaths",
     "The county said the wildfire killed 102 people. On Friday, the Maui death toll from the wildfire was revised "
     "down to 97.", "differ"),
    ("number|hajj,died|1301|pilgrims,people",
     "Saudi Arabia said 1,301 pilgrims died during the hajj. The Indonesian count was incomplete, and Saudi officials "
     "later said 1,250 pilgrims died during the hajj.", "differ"),
    # "all" keeps the head noun's state; a state verb with an object is the count's own act
    ("number|survivors,survived|104|survivors,people",
     "The coastguard said 104 people survived. Hospital officials later said all 110 survivors were hospitalised.",
     "differ"),
    ("number|firefighters,rescue|300|firefighters",
     "The rescue involved 300 firefighters. During the rescue, 320 firefighters evacuated residents from the valley.",
     "differ"),
    # after a count of one the singular is the counted noun
    ("number|crash,died,dies|2|passengers",
     "Bus crash: 1 passenger dies, dozens hurt, hospital says.",
     "differ"),
    # "a week into", "a decade apart": spans, no rates
    ("number|war,killed,dead|40|people",
     "The war killed 40 people. The war left 42 people dead a week into the fighting, a monitoring group said.",
     "differ"),
    ("number|city,suffered|3|floods", "The city suffered 3 floods and 12 storms. The city suffered 2 floods a decade apart.",
     "differ"),
    # a bracketed number keeps the unit before the bracket unless a unit of measure follows it
    ("number|quake,magnitude|7.5|magnitude",
     "The quake had a magnitude of 7.5. The quake had a magnitude (7.1 preliminary) that surprised experts.",
     "differ"),
    # "asked if": whether, no condition
    ("number|Novak,attacker|17|year-old,years old",
     "Novak was 17 at the time of the attack, her lawyer said. Asked if Novak had been 18 years old at the time of "
     "the attack, the prosecutor said yes.", "differ"),
    # a number after "was" with more than a time after it is no age
    ("number|Novak|21|year-old,years old", "Novak was 3 over par when he won the title.", "silent"),
    ("number|Novak|21|year-old,years old",
     "Novak, 19, won the title; Novak was 21 in the world rankings at the time.", "differ"),
    ("number|Novak,attacker|17|year-old,years old",
     "The attacker's mother said Novak was 2 when the family moved to Aske.", "silent"),
    # a superlative's reach past eight words ends at a verb
    ("date|bridge,closed|2024-09-10|",
     "The bridge closed on 10 September. The busiest route in the city is now jammed every morning, since the bridge "
     "closed on 11 September.", "differ"),
    ("number|flooding,displaced|30000|people",
     "The worst storm in the history of the region has lingered for days since the flooding displaced 25,000 people.",
     "differ"),
])
def test_review_counter_examples(tmp_path, spec, text, verdict):
    assert one(tmp_path, record(*spec.split("|")), text)[0] == verdict


@pytest.mark.parametrize("record, text, verdict", [
    # a nationality after a verb or a possessive, or no nation's at all, is the holder's
    ("claim: Spain's coach is Luis Lind.\nkind: party\nabout: [coach]\ncontext: [Spain, Spanish]\n"
     "value: [Luis Lind]\nrivals: [Carlo Rossi]", "In 2026, Spain named Italian coach Carlo Rossi as manager.",
     "differ"),
    ("claim: The leader is Anna Novak.\nkind: party\nabout: [majority leader]\ncontext: [United States, American]\n"
     "value: [Anna Novak]\nrivals: [John Thune]", "In the American Senate, Republican majority leader John Thune blocked it.",
     "differ"),
    # a time is no participle's place; with the event's own term in the sentence, its place stands
    ("claim: The trip went to Velmar.\nkind: place\nabout: [first trip, planned]\nvalue: [Velmar]\nrivals: [Aske]",
     "The pope's first trip, planned in January, reached Aske on Sunday.", "differ"),
    ("claim: The quake struck Velmar.\nkind: place\nabout: [earthquake, struck, centered]\nvalue: [Velmar]\n"
     "rivals: [Aske]", "The earthquake, centered off Orsk, rocked Aske Prefecture on Monday.", "differ"),
])
def test_review_counter_examples_for_names(tmp_path, record, text, verdict):
    assert one(tmp_path, _listed(record), text)[0] == verdict


def _listed(fields: str) -> str:
    """A record's fields, one per line, as the one item of a fact list."""
    return "- id: f1\n" + "\n".join("  " + line for line in fields.split("\n")) + "\n"


@pytest.mark.parametrize("text, verdict", [
    # a relative clause right after a reference ending in a name describes the compared thing
    ("Otis is the strongest storm to hit Aske, surpassing Hurricane Orsk which made landfall with winds of 150 mph.",
     "silent"),
    ("Otis is the strongest storm to hit Aske, surpassing Hurricane Orsk, which made landfall with winds of 150 mph.",
     "silent"),
    # outside a reference a relative clause is the clause rule's
    ("Hurricane Otis, which made landfall with winds of 150 mph, hit Aske.", "differ"),
])
def test_a_relative_clause_after_a_reference_is_the_compared_things(tmp_path, text, verdict):
    assert one(tmp_path, WINDS.replace("[winds]", "[winds, made landfall]"), text)[0] == verdict


PASSENGERS = """
- id: passengers
  claim: The plane carried 68 passengers.
  kind: number
  about: [passengers]
  value: 68
  unit: [passengers]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # a count with a noun of its own, one of a breakdown, is not counted in the unit named before it
    ("The passengers were 37 men, 25 women, three children and three infants.", "silent"),
    ("The passengers were 37 men and 31 women.", "silent"),
    ("The passengers were 37.", "differ"),
    ("The plane carried 68 passengers, the airline said.", "agree"),
])
def test_one_count_of_a_breakdown_is_no_count_of_the_whole(tmp_path, text, verdict):
    assert one(tmp_path, PASSENGERS, text)[0] == verdict


def test_a_similar_accident_is_another_instance(tmp_path):
    assert one(tmp_path, QUAKE_DATE, "Aske was hit by a similar quake on 9 May 2006.")[0] == "silent"
    assert one(tmp_path, QUAKE_DATE, "Aske was hit by the quake on 9 May 2006.")[0] == "differ"


@pytest.mark.parametrize("spec, text, verdict", [
    # a conversion into a finer unit: within 1% of the fact's value only
    ("number|tunnel,long|1|miles", "The tunnel is 2 kilometres long.", "differ"),
    ("number|storm,winds|150|mph", "The storm had winds of 240 km/h.", "agree"),
    # a breakdown's count has a plural noun
    ("number|quake,magnitude|7.5|magnitude", "The quake had a magnitude of 7.1 initially, and 40 aftershocks followed.",
     "differ"),
    # a time is no object of a state verb
    ("number|blast,killed,dead|3|people", "The blast killed 3 people. Hospitals treated 55 people injured Tuesday in "
     "the blast.", "agree"),
    # mixed and reported unreal conditions are suppositions too
    ("number|Novak,attacker|17|year-old,years old",
     "Novak was 17 at the time. If Novak had been 18 years old at the time, she would be in an adult prison now.",
     "agree"),
    ("number|Novak,attacker|17|year-old,years old",
     "Novak was 17 at the time. The judge said if Novak had been 18 years old at the time, she would have faced life.",
     "agree"),
])
def test_second_review_counter_examples(tmp_path, spec, text, verdict):
    assert one(tmp_path, record(*spec.split("|")), text)[0] == verdict


@pytest.mark.parametrize("record_text, text, verdict", [
    # "incoming" with punctuation before the title marks nothing
    ("claim: Taiwan's president is Anna Novak.\nkind: party\nabout: [president]\nvalue: [Anna Novak]\n"
     "rivals: [Olle Lind]", "Taiwan came under incoming fire, President Olle Lind said.", "differ"),
    # a relative clause that goes on with a subject of its own is no longer the reference's
    ("claim: x\nkind: number\nabout: [Leo, age]\nvalue: 69\nunit: [years old, year-old]\ntolerance: 0",
     "Leo is the youngest pope since John Paul II, who was elected at 58, and Leo himself is 72 years old.", "differ"),
    # "French" is of France
    ("claim: The heatwave killed 1,500 people in France.\nkind: number\nabout: [heatwave, death toll]\nvalue: 1500\n"
     "unit: [deaths, people]\ntolerance: 0", "The French death toll from the heatwave rose to 1,650.", "differ"),
])
def test_second_review_counter_examples_with_records(tmp_path, record_text, text, verdict):
    assert one(tmp_path, _listed(record_text), text)[0] == verdict
