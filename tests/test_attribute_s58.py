"""Rules of session 58, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from .helpers import one_fresh, record, one_verdict as _one


# ``number._part_of_group``: a fact whose unit is "others" counts "three other people": the unit's plural names the
# part's word, so the part is the fact's own count.
WOUNDED = record("number", "injured", "3", unit="people, others")


@given(noun=st.sampled_from(["people", "staff members", "others"]), n=st.sampled_from(["Three", "3"]))
@settings(max_examples=8, deadline=None)
def test_a_unit_of_others_counts_n_other_people(noun, n):
    text = f"A teacher was killed and {n.lower() if n.isalpha() else n} {'others' if noun == 'others' else 'other ' + noun} were injured by the attacker in Orsk."
    assert one_fresh(WOUNDED, text)[0] == "agree"


def test_n_other_people_stays_a_part_for_a_unit_without_others(tmp_path):
    fact = record("number", "suspended", "3", unit="staff members")
    assert _one(tmp_path, fact, "The principal was removed and three other staff members were suspended.") == "silent"


# ``relations._infinitive_head``: after a verb of putting someone in a post (``APPOINTING_VERBS``), maybe past an
# object pronoun, the to-infinitive is the post taken up at the verb's time, no act still to come.
GUARD = record("date", "lead the presidential guard", "2011")


@given(sentence=st.sampled_from([
    "In 2011, President Roe appointed him to lead the presidential guard.",
    "He was appointed to lead the presidential guard in 2011.",
    "In 2011 the council elected her to lead the presidential guard.",
    "In 2011, Roe named him to lead the presidential guard.",
]))
@settings(max_examples=8, deadline=None)
def test_an_appointment_dates_the_post_it_gives(sentence):
    assert one_fresh(GUARD, sentence)[0] == "agree"


def test_an_appointment_in_another_year_differs(tmp_path):
    assert _one(tmp_path, GUARD, "In 2015, President Roe appointed him to lead the presidential guard.") == "differ"


@given(verb=st.sampled_from(["asked", "urged", "invited"]))
@settings(max_examples=3, deadline=None)
def test_asking_someone_to_take_a_post_is_still_an_intended_act(verb):
    # asking is no appointment: the post may never have been taken up then
    assert one_fresh(GUARD, f"In 2015, President Roe {verb} him to lead the presidential guard.")[0] == "silent"


# ``relations.ongoing``: "kept/retained X as" the post says the post went on at the date; it did not start then.
HEAD_SINCE = record("date", "head of the presidential guard", "2011")


@given(verb=st.sampled_from(["kept", "retained"]), obj=st.sampled_from(["the general", "him", "Lind"]))
@settings(max_examples=6, deadline=None)
def test_keeping_someone_in_a_post_does_not_date_its_start(verb, obj):
    text = f"When Roe took office in 2021, he {verb} {obj} as head of the presidential guard."
    assert one_fresh(HEAD_SINCE, text)[0] == "silent"


def test_being_made_head_in_another_year_still_differs(tmp_path):
    assert _one(tmp_path, HEAD_SINCE, "In 2021 the general was named head of the presidential guard.") == "differ"


# ``acted_on``: a verb of reacting to a past event (condoled, lamented, deplored, decried) dates the reaction, also
# when the event is a complement of its object ("condoled the death of children in a fire").
FIRE = record("date", "fire", "2024-11-15")


@given(verb=st.sampled_from(["condoled", "lamented", "deplored", "mourned", "condemned"]))
@settings(max_examples=5, deadline=None)
def test_a_reaction_dates_itself_not_the_event(verb):
    text = (f"Prime Minister Roe on 16 November {verb} the death of children in a fire that engulfed a ward in Orsk. "
            "The fire broke out on 15 November.")
    assert one_fresh(FIRE, text, published="2024-11-20")[0] == "agree"


def test_the_event_in_its_own_clause_still_takes_its_date(tmp_path):
    text = "A fire engulfed a ward in Orsk on 16 November. The fire broke out on 15 November."
    assert _one(tmp_path, FIRE, text, "2024-11-20") == "differ"


# ``match._another_word``: a name under eight letters with one letter changed is a spelling of it only when the two
# letters sound alike (a vowel for a vowel, or a pair in ``SOUND_ALIKE``): "Tainan" is not "Taiwan", "Kharkov" is
# "Kharkiv".
LANDFALL = record("place", "storm", "[Kaohsiung]", rivals="Tainan")


@given(word=st.sampled_from(["Taiwan", "Tailan"]))
@settings(max_examples=2, deadline=None)
def test_a_letter_of_another_sound_makes_another_name(word):
    assert one_fresh(LANDFALL, f"The storm hit {word} on Thursday.")[0] == "silent"


@given(word=st.sampled_from(["Tainan", "Tainen", "Taynan"]))
@settings(max_examples=3, deadline=None)
def test_a_letter_of_a_like_sound_is_the_same_name(word):
    assert one_fresh(LANDFALL, f"The storm hit {word} on Thursday.")[0] == "differ"


@given(pair=st.sampled_from([("Kharkiv", "Kharkov"), ("Luhansk", "Lugansk"), ("Mikati", "Miqati"),
                             ("Velmar", "Velmir"), ("Macau", "Macao")]))
@settings(max_examples=5, deadline=None)
def test_transliterations_still_match(pair):
    value, written = pair
    fact = record("place", "shelling", f"[{value}]", rivals="Orsk")
    assert one_fresh(fact, f"The shelling hit {written} on Thursday.")[0] == "agree"


# ``money.fact_currency``: a fact priced in a dollar named by its country, beside bare names ([dollars, AUD, A$, $]),
# is priced in that dollar; a bare "$" restating it in brackets is another dollar.
PENALTY = ("\n- id: f\n  claim: x\n  kind: number\n  about: [fine]\n  value: 12000000\n"
           "  unit: [dollars, AUD, AU$, A$, $]\n  tolerance: '1%'\n")


@given(gloss=st.sampled_from(["($8m)", "($8 million)", "(US$8 million)", "(about $8 million)"]))
@settings(max_examples=4, deadline=None)
def test_a_bracketed_conversion_into_another_dollar_is_no_conflict(gloss):
    assert one_fresh(PENALTY, f"Velmar Telecom was served an AU$12 million {gloss} fine for its outage.")[0] == "agree"


@given(amount=st.sampled_from(["$8 million", "AU$8 million", "A$8 million"]))
@settings(max_examples=3, deadline=None)
def test_another_sum_in_the_facts_dollar_still_differs(amount):
    assert one_fresh(PENALTY, f"Velmar Telecom paid a {amount} fine for its outage.")[0] == "differ"


# ``tense``: the present progressive of an arranged move ("I am going", "she is returning") tells of a coming day:
# a date without a year after it is the next one, whatever past participle follows ("as elected president").
OFFICE = record("date", "take office", "2025-01-10")


@given(subject=st.sampled_from(["I am", "He is", "They are"]))
@settings(max_examples=3, deadline=None)
def test_a_progressive_of_an_arranged_move_takes_the_next_year(subject):
    text = f"“{subject} going on Jan. 10 to take office as elected president,” Roe said."
    assert one_fresh(OFFICE, text, published="2024-10-05") == ("agree", ["2025-01-10"])


@given(verb=st.sampled_from(["returning", "flying", "travelling"]))
@settings(max_examples=3, deadline=None)
def test_a_progressive_move_itself_takes_the_next_year(verb):
    fact = record("date", f"{verb} to Orsk", "2025-01-10")
    text = f"“I am {verb} to Orsk on Jan. 10 as the elected president,” Roe said."
    assert one_fresh(fact, text, published="2024-10-05") == ("agree", ["2025-01-10"])


# ``speaker._own_title``: a name's own title and "of" before the body it serves is in apposition with the name
# ("Elvis Roe, head of the Electoral Council").
COUNCIL = record("party", "Elvis Roe", "[National Electoral Council, CNE]", rivals="Supreme Court")


@given(title=st.sampled_from(["head", "president", "chairman", "acting head"]))
@settings(max_examples=4, deadline=None)
def test_a_speakers_apposed_title_of_a_body_names_the_body(title):
    text = f"Lind won 51 percent of the vote, according to Elvis Roe, {title} of the National Electoral Council."
    assert one_fresh(COUNCIL, text)[0] == "agree"


def test_a_speakers_apposed_title_of_a_rival_body_differs(tmp_path):
    assert _one(tmp_path, COUNCIL, "Lind won, according to Elvis Roe, head of the Supreme Court.") == "differ"


# ``verdict._unit_before``: a number sign between the unit and the number links them ("danger signal No. 10").
SIGNAL = record("number", "danger signal", "10", unit="signal, danger signal")


@given(sign=st.sampled_from(["no", "No.", "number"]), n=st.sampled_from(["10", "9"]))
@settings(max_examples=6, deadline=None)
def test_a_number_sign_links_a_unit_to_its_number(sign, n):
    text = f"The Met Office issued great danger signal {sign} {n} for the coast of Orsk."
    assert one_fresh(SIGNAL, text)[0] == ("agree" if n == "10" else "differ")


# ``another_instance`` (``_indefinite_instance``): a date of no day whose clause names the event only in an
# indefinite noun phrase ("In 2017, ... died in a school fire") tells of one instance of a kind, maybe another:
# attached loosely, so another year is only a possible conflict.
SCHOOL_FIRE = record("date", "fire", "2024-09-05")


@given(phrase=st.sampled_from(["a school fire", "a fire", "a dormitory fire"]))
@settings(max_examples=3, deadline=None)
def test_an_indefinite_event_in_another_year_is_no_conflict(phrase):
    text = f"In 2017, 10 high school students died in {phrase} in the capital, Orsk."
    assert one_fresh(SCHOOL_FIRE, text, published="2024-09-07")[0] == "silent"


def test_the_definite_event_in_another_year_still_differs(tmp_path):
    assert _one(tmp_path, SCHOOL_FIRE, "In 2017, 10 high school students died in the fire in Orsk.", "2024-09-07") == "differ"


def test_an_indefinite_event_in_the_facts_year_agrees(tmp_path):
    assert _one(tmp_path, SCHOOL_FIRE, "In 2024, 21 pupils died in a school fire in Orsk.", "2024-09-07") == "agree"


# ``event_complement``: a noun of a run of events before "of" (``RUN_HEADS``: series, wave, spate) is no head the
# events complete: "a series of explosions occurred on 28 October" dates the explosions.
EXPLOSIONS = record("date", "explosions", "2023-10-28")


@given(head=st.sampled_from(["series", "wave", "spate", "string"]))
@settings(max_examples=4, deadline=None)
def test_a_run_of_events_dates_the_events(head):
    assert one_fresh(EXPLOSIONS, f"A {head} of explosions occurred on October 28, 2023, at the mine.")[0] == "agree"


def test_another_head_still_takes_the_date(tmp_path):
    text = "The report of explosions was published on October 30, 2023."
    assert _one(tmp_path, EXPLOSIONS, text) == "silent"


# ``number._summand``: a count of harms ("28 injuries") beside a count of people ("46 miners") is no part of one
# group with it.
MINERS = record("number", "deaths", "46", unit="people, miners")


@given(harm=st.sampled_from(["injuries", "injured"]))
@settings(max_examples=2, deadline=None)
def test_a_count_of_harms_is_no_summand_of_people(harm):
    text = f"The explosions killed workers, resulting in the deaths of 46 miners and 28 {harm}."
    assert one_fresh(MINERS, text)[0] == "agree"


def test_two_groups_of_people_are_still_summands(tmp_path):
    text = "The explosions resulted in the deaths of 46 miners and 3 rescuers."
    assert _one(tmp_path, MINERS, text) == "silent"


# ``_people_modifier``: an event noun with another event noun after it, before a noun of the people it names ("the
# Orsk fire tragedy victims"), describes them.
MUNDKA = record("date", "fire", "2022-05-13")


@given(second=st.sampled_from(["tragedy", "disaster"]))
@settings(max_examples=2, deadline=None)
def test_an_event_compound_before_people_describes_them(second):
    text = (f"Relatives awaited the bodies of the Orsk fire {second} victims at the hospital on May 14. "
            "The fire broke out on May 13.")
    assert one_fresh(MUNDKA, text, published="2022-05-15")[0] == "agree"


def test_an_event_compound_as_the_subject_still_takes_the_date(tmp_path):
    assert _one(tmp_path, MUNDKA, "The fire tragedy in Orsk on May 14 killed 27.", "2022-05-15") == "differ"


# ``_again``: the dates of a span after "again" ("and again from 2018 to 2022") are a repeat's, both ends.
TERM = record("date", "served as president", "2010")


@given(span=st.sampled_from(["from 2018 to 2022", "between 2018 and 2022", "in 2018"]))
@settings(max_examples=3, deadline=None)
def test_a_span_after_again_is_a_repeats(span):
    assert one_fresh(TERM, f"Roe served as president from 2010 to 2014 and again {span}.") == ("agree", ["2010"])


def test_a_span_without_again_still_differs(tmp_path):
    assert _one(tmp_path, TERM, "Roe served as president from 2018 to 2022.") == "differ"


# ``number._other_recipient`` and ``_each_claim``: of amounts listed each with its own recipient after "to", one
# whose recipient the fact does not name is another's share; a claim writing its value "for the next of kin of each
# person killed" counts one for each (past a bracket restating the value).
GRANT = ("\n- id: f\n  claim: Roe announced an ex gratia of Rs 2 lakh (200,000 rupees) for the next of kin of each "
         "person killed.\n  kind: number\n  about: [ex-gratia]\n  value: 200000\n  unit: [rupees, Rs, INR]\n")


@given(order=st.booleans())
@settings(max_examples=2, deadline=None)
def test_another_recipients_share_is_no_conflict(order):
    parts = ["Rs 2 lakh each to kin of deceased", "Rs 50,000 to injured"]
    text = f"Roe announces ex-gratia of {', '.join(parts if order else parts[::-1])}"
    assert one_fresh(GRANT, text)[0] == "agree"


def test_another_sum_for_the_facts_recipient_differs(tmp_path):
    assert _one(tmp_path, GRANT, "Roe announces ex-gratia of Rs 1 lakh each to kin of deceased, Rs 50,000 to injured") \
        == "differ"


# ``numbers``: letters glued to a figure that turn to a capital inside ("23andMe") make a name's own digits: no number.
ACCOUNTS = record("number", "accounts, profiles", "14000", unit="accounts, profiles")


@given(name=st.sampled_from(["23andMe", "4theWin", "2forAll"]))
@settings(max_examples=3, deadline=None)
def test_a_figure_glued_to_a_camel_case_word_is_no_number(name):
    assert one_fresh(ACCOUNTS, f"A hacker used old passwords to reach private {name} profiles.")[0] == "silent"


def test_a_figure_glued_to_a_unit_is_still_a_number(tmp_path):
    fact = record("number", "race", "5", unit="km, kilometres")
    assert _one(tmp_path, fact, "The race ran over 6km through Orsk.") == "differ"


# ``timestamp`` (``_dateline``): a dateline's place may have its region in brackets ("SAN JOSE (California), Oct 24
# (Bernama-dpa) --"): the date is when the story was filed.
VOTE = record("date", "turned down", "2024-10-23")


@given(region=st.sampled_from(["(California)", "(Velmar)", ""]))
@settings(max_examples=3, deadline=None)
def test_a_datelines_date_with_a_bracketed_region_dates_the_filing(region):
    text = f"ORSK {region}, Oct 24 (Bernama-dpa) -- Striking workers turned down the improved offer.".replace(" ,", ",")
    assert one_fresh(VOTE, text)[0] == "silent"


def test_a_date_in_the_story_after_the_dateline_still_counts(tmp_path):
    text = "ORSK (Velmar), Oct 24 (Bernama-dpa) -- Striking workers turned down the offer on Oct 22."
    assert _one(tmp_path, VOTE, text) == "differ"


# ``_age_holder`` (``_name_of_noun``): an age before a noun whose apposition names the term with "surnamed", "named"
# or "called" ("a 62-year-old man, surnamed Fan,") is that person's.
DRIVER = record("number", "Fan", "62", unit="year-old, years old, years")


@given(word=st.sampled_from(["surnamed", "named", "called"]))
@settings(max_examples=3, deadline=None)
def test_an_age_of_a_noun_named_in_apposition_is_the_names(word):
    text = f"The crash happened when a 62-year-old man, {word} Fan, drove an SUV into a crowd in Orsk."
    assert one_fresh(DRIVER, text)[0] == "agree"


def test_an_age_of_another_named_noun_stays_aside(tmp_path):
    text = "A 62-year-old man, surnamed Lind, drove an SUV into a crowd, Fan said."
    assert _one(tmp_path, DRIVER, text) == "silent"


# ``hyphenated_modifier``: an approximate suffix ("11,500-odd members") is no unit the number modifies a noun with;
# the number counts that noun.
MEMBERS = record("number", "union", "11500", unit="writers, members")


@given(n=st.sampled_from(["11,500", "11500"]), suffix=st.sampled_from(["-odd", ""]))
@settings(max_examples=4, deadline=None)
def test_a_count_with_an_approximate_suffix_counts_its_noun(n, suffix):
    text = f"Approval by the union's {n}{suffix} members had been widely seen as a near-certainty."
    assert one_fresh(MEMBERS, text)[0] == "agree"


# ``_share_of``: a share's whole past its own figure ("99% of the 8,525 members") is the noun it counts, and a short
# relative clause after it ("who cast ballots") leaves the share the subject of the clause's verb after it.
RATIFY = record("number", "ratify, voted to ratify", "99", unit="percent")


@given(whole=st.sampled_from(["the 8,525 members", "the members", "the 8,525 writers"]))
@settings(max_examples=3, deadline=None)
def test_a_share_before_a_relative_clause_is_the_main_verbs(whole):
    text = f"The guild said that 99% of {whole} who cast ballots voted to ratify the deal."
    assert one_fresh(RATIFY, text)[0] == "agree"


def test_a_share_whose_term_is_only_in_the_relative_clause_stays_aside(tmp_path):
    assert _one(tmp_path, RATIFY, "99% of the members who voted to ratify the deal were women.") == "silent"


# Near misses from the session's first review: each pins a narrowing of a rule above.
@given(text=st.sampled_from(["Four people were killed in Velmar. The other three victims were killed in Aske.",
                             "Velmar deported 40 migrants last week; the other 12 deported were students."]))
@settings(max_examples=2, deadline=None)
def test_review_the_other_n_stays_a_remainder_for_a_unit_of_others(text):
    fact = record("number", "killed, deported", "4", unit="people, others")
    assert one_fresh(fact, text)[0] != "differ"


@given(text=st.sampled_from(["In 2011 the council hired them to build the stadium, which opened in 2014.",
                             "In 2015 Roe tried to appoint them to build the stadium, which opened in 2014."]))
@settings(max_examples=2, deadline=None)
def test_review_a_task_after_an_appointing_verb_is_still_an_intended_act(text):
    assert one_fresh(record("date", "build the stadium, opened", "2014"), text)[0] == "agree"


def test_review_helping_someone_to_win_still_dates_the_win(tmp_path):
    assert _one(tmp_path, record("date", "win the title", "2011"), "The coach helped him to win the title in 2011.") \
        == "agree"


@given(clause=st.sampled_from(["Police kept watch as voting began", "Markets kept rising as voting opened"]))
@settings(max_examples=2, deadline=None)
def test_review_as_opening_a_clause_after_kept_is_no_post(clause):
    fact = record("date", "voting", "2024-05-03")
    assert one_fresh(fact, f"{clause} in Orsk on 3 May.", published="2024-05-10")[0] == "agree"


def test_review_a_relative_clause_of_the_acted_on_event_keeps_its_date(tmp_path):
    fact = record("date", "flood", "2024-05-02")
    text = "Roe lamented the loss of life in the flood, which hit Orsk on 3 May."
    assert _one(tmp_path, fact, text, "2024-05-10") == "differ"


@given(pair=st.sampled_from([("Ramadan", "Ramazan"), ("Kadhafi", "Kaddafi"), ("Velmar", "Velmat")]))
@settings(max_examples=3, deadline=None)
def test_review_an_about_term_keeps_its_spelling_variants(pair):
    term, written = pair
    fact = record("date", term, "2024-03-11")
    assert one_fresh(fact, f"{written} began in Orsk on 11 March 2024.")[0] == "agree"


def test_review_bare_dollars_written_out_are_the_facts(tmp_path):
    assert _one(tmp_path, PENALTY, "Velmar Telecom was handed a fine of 12 million dollars for its outage.") == "agree"


def test_review_a_progressive_before_a_longer_phrase_keeps_its_past(tmp_path):
    fact = record("date", "quake", "2024-03-03")
    text = "Residents are returning to homes damaged in the quake on 3 March."
    assert _one(tmp_path, fact, text, "2024-10-05") == "agree"


@given(lead=st.sampled_from(["citing the head", "former head", "quoting the president"]))
@settings(max_examples=3, deadline=None)
def test_review_a_verb_or_a_past_title_before_of_is_not_the_speakers(lead):
    text = f"Lind won 51 percent, according to Elvis Roe, {lead} of the Supreme Court."
    assert one_fresh(COUNCIL, text)[0] == "silent"


@given(text=st.sampled_from(["Car No. 23 derailed first near Velmar, officials said.",
                             "Car number 3 derailed first near Velmar."]))
@settings(max_examples=2, deadline=None)
def test_review_a_number_sign_after_a_plural_unit_names_one(text):
    assert one_fresh(record("number", "derailed", "11", unit="cars"), text)[0] == "silent"


@given(text=st.sampled_from(["A couple of strike leaders were arrested on 5 May in Orsk.",
                             "A wave of strike votes ended on 5 May in Orsk."]))
@settings(max_examples=2, deadline=None)
def test_review_an_event_noun_describing_another_after_of_is_no_run(text):
    assert one_fresh(record("date", "strike", "2023-05-02"), text)[0] == "silent"


def test_review_people_of_an_event_compound_as_the_subject_keep_the_date(tmp_path):
    text = "Twenty-seven fire tragedy victims perished in the blaze in Orsk on May 12."
    assert _one(tmp_path, record("date", "blaze", "2022-05-13"), text, "2022-05-20") == "differ"


@given(text=st.sampled_from(["Fighting flared again in September and on 9 November the ceasefire was signed.",
                             "Talks failed again in April and on 9 November the ceasefire was signed."]))
@settings(max_examples=2, deadline=None)
def test_review_again_does_not_reach_into_the_next_clause(text):
    fact = record("date", "ceasefire", "2020-11-09")
    assert one_fresh(fact, text, published="2020-11-20")[0] == "agree"


def test_review_recipients_the_fact_does_not_name_are_both_read(tmp_path):
    text = "Roe announced an ex-gratia of Rs 1 lakh each to the families of the deceased and Rs 50,000 to the injured."
    assert _one(tmp_path, GRANT, text) == "differ"


def test_review_a_far_each_in_the_claim_is_no_rate(tmp_path):
    fact = ("\n- id: f\n  claim: Orsk pledged $50 million to rebuild the schools that were damaged in each district.\n"
            "  kind: number\n  about: [pledged]\n  value: 50000000\n  unit: [dollars, $, USD]\n")
    assert _one(tmp_path, fact, "Orsk pledged $5 million each to the ten districts.") == "silent"


@given(unit=st.sampled_from(["hPa", "mSv", "kW", "mAh"]))
@settings(max_examples=4, deadline=None)
def test_review_a_unit_with_a_capital_after_one_letter_is_still_a_number(unit):
    fact = record("number", "pressure", "950", unit=unit)
    assert one_fresh(fact, f"The storm's central pressure fell to 930{unit} near Orsk.")[0] == "differ"


# Near misses from the session's second review.
R2 = [
    (record("number", "injured", "5", unit="people, others"),
     "Two teachers were seriously injured and three other staff members were slightly injured.", None, "silent"),
    (record("date", "head of the presidential guard", "2011"),
     "Roe kept order by appointing Lind as head of the presidential guard in 2011.", None, "agree"),
    (record("date", "attack", "2024-11-15"), "Roe lamented the attack that hit Orsk on 16 November.", "2024-11-20", "differ"),
    (COUNCIL, "Lind won, according to Elvis Roe, head of the Supreme Court reform commission.", None, "silent"),
    (record("number", "victims", "9", unit="victim, victims"), "Victim No. 3 was identified as Lind, 34, of Orsk.", None,
     "silent"),
    (record("number", "crew", "12", unit="crew, crew members"), "Fire crew No. 3 arrived at the scene in Orsk.", None,
     "silent"),
    (record("date", "fire", "2024-09-05"), "In 2023, a fire tore through the Hillside Academy in Orsk, killing 21 boys.",
     "2024-09-07", "differ"),
    (record("date", "protests", "2024-05-02"), "A wave of protests was crushed on 9 May in Orsk.", "2024-05-10", "silent"),
    (record("date", "explosions", "2023-10-28"), "The last of a series of explosions rocked the mine on October 30, 2023.",
     None, "silent"),
    (record("date", "fire, blaze", "2022-05-13"), "Twenty-seven of the fire tragedy victims perished in the blaze in "
     "Orsk on May 12.", "2022-05-20", "differ"),
    (record("number", "blood pressure", "180", unit="mmHg"), "His blood pressure rose to 180mmHg before he collapsed.",
     None, "agree"),
    (record("number", "damaged", "30", unit="percent"), "About 8% of the families who left damaged homes moved to Orsk.",
     None, "silent"),
    (record("date", "ceasefire", "2020-11-09"), "In 2021, the UN appointed him to oversee the ceasefire.", None, "silent"),
    (record("date", "fire", "2024-08"), "Residents are returning to streets burned in August by the fire.", "2024-10-10",
     "agree"),
    (record("party", "deal", "[Tindra Roe]", rivals="Gaddafi"), "The deal was signed by Gadhafi.", None, "differ"),
]




@given(text=st.sampled_from(["Velmar was fined 12 million dollars.", "Velmar was fined $12 million."]))
@settings(max_examples=2, deadline=None)
def test_review_scaled_dollar_units_keep_bare_dollars(text):
    fact = ("\n- id: f\n  claim: x\n  kind: number\n  about: [fine, fined]\n  value: 12\n"
            "  unit: [million dollars, million AUD, million $]\n")
    assert one_fresh(fact, text)[0] == "agree"


def test_review_bare_dollars_restating_a_named_dollar_are_another(tmp_path):
    fact = "\n- id: f\n  claim: x\n  kind: number\n  about: [fined]\n  value: 12000000\n  unit: [dollars, AUD, A$]\n"
    assert _one(tmp_path, fact, "Velmar Telecom was fined A$18 million (12 million dollars).") == "differ"


def test_review_a_far_each_in_another_phrase_is_no_rate(tmp_path):
    fact = ("\n- id: f\n  claim: Orsk spent $50 million on new equipment for the police officers in each district.\n"
            "  kind: number\n  about: [spent]\n  value: 50000000\n  unit: [dollars, $, USD]\n")
    assert _one(tmp_path, fact, "Orsk spent $5 million each on new equipment for the police in its ten districts.") \
        == "silent"


# Near misses from the session's third review.
R3 = [
    (record("date", "coup", "2023-07-26"), "Velmar condemned the coup as unconstitutional on 28 July.", None, "silent"),
    (record("date", "election", "2024-05-04"), "Roe contested the election as rigged on 9 May.", None, "silent"),
    (record("date", "head of the guard", "2011"), "Lind kept a low profile as head of the guard from 2011 until his "
     "removal.", None, "agree"),
    (record("date", "head of the guard", "2011"), "Lind kept quiet as head of the guard from 2011 to 2015.", None, "agree"),
    (record("date", "head of the guard", "2011"), "In 2021 Roe kept him as head of the guard.", None, "silent"),
    (record("date", "fire, blaze", "2024-05-12"), "Half of the fire tragedy victims died in the blaze on 12 May.", None,
     "agree"),
]


@given(case=st.sampled_from(R2 + R3))
@settings(max_examples=60, deadline=None)
def test_review_near_misses(case):
    fact, text, published, verdict = case
    assert one_fresh(fact, text, published=published)[0] == verdict
