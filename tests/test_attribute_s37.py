"""Rules of session 37, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

MISSING = record("number", "missing, unaccounted for", "6", "people, persons")
INJURED = record("number", "injured, hurt", "12", "people, persons")
ABOARD = record("number", "aboard, on board", "78", "people, persons")
DEAD = record("number", "died, dead, killed", "41", "people, persons")
PINNED = record("date", "pinned, died, death", "2020-05-25")

SHARE_PRICE = record("number", "priced, IPO price", "32", "riyals, SAR, per share")
EXPLOSION = record("date", "explosion", "2006-01-02")
CARRIED_OUT = record("date", "carried out", "2006-01-04")
ANNOUNCED = record("date", "announced, announcement", "2019-05-24")

CASES = [
    # state: a verb of becoming before a state word ("went missing", "got hurt") puts the count in that state; a
    # count whose noun is left out after another such count is still the state's
    (MISSING, "In all, 502 people died, 937 were injured, and 6 went missing, totaling 1,445 casualties.", "agree"),
    (MISSING, "In all, 502 people died, 937 were injured, and 7 went missing, totaling 1,446 casualties.", "differ"),
    (MISSING, "Six people went missing on Sunday.", "agree"),
    # ...but the noun it leaves out is the last one a count before it names: dogs are no people
    (MISSING, "Rescuers saved 40 dogs; 30 were adopted and 6 went missing.", "silent"),
    (MISSING, "In all, 50 residents died, 30 were hurt and 6 went missing.", "agree"),
    (INJURED, "Twelve people got hurt when the stand gave way.", "agree"),
    (INJURED, "Fifteen people got hurt when the stand gave way.", "differ"),
    # a state word closing its clause with a comma has no object: the count is in that state
    (INJURED, "Forty people died, 12 were hurt, and the rest walked away.", "agree"),
    # aboard: a count after a part and "of"/"out of" is the whole the part is taken from: all of those aboard
    (ABOARD, "Forty-one out of 78 people aboard died, including two children.", "agree"),
    (ABOARD, "Forty-one out of 79 people aboard died, including two children.", "differ"),
    (ABOARD, "Two of the 78 people on board were killed.", "agree"),
    (DEAD, "Forty-one out of 78 people aboard died, including two children.", "agree"),
    # ...but "of" after a noun of people is no part: "relatives of the 230 aboard" is no whole of anything
    (ABOARD, "Relatives of the 78 people aboard the jet, all feared dead, wept at the airport.", "agree"),
    # date_when: a when-clause right after a date tells what happened then, even inside a phrase of another event
    (PINNED, "The judge criticised Lind for his actions on May 25, 2020, when he pinned Orsk to the pavement.",
     "agree"),
    (PINNED, "The judge criticised Lind for his actions on May 26, 2020, when he pinned Orsk to the pavement.",
     "differ"),
    (PINNED, "The judge criticised Lind for his actions on May 26, 2020, days after the crowd pinned Orsk down.",
     "silent"),
    # currency: "SR" before an amount is the Saudi riyal; a per-share fact's price said with no "a share" states it
    # when it is the same price, and another such sum may be a total: set aside, no difference
    (SHARE_PRICE, "The firm priced its IPO at SR32 per share.", "agree"),
    (SHARE_PRICE, "The firm priced its IPO at SR35 per share.", "differ"),
    (SHARE_PRICE, "Shares fell below the IPO price of 32 riyals.", "agree"),
    (SHARE_PRICE, "Shares fell below the IPO price of 35 riyals.", "silent"),
    (SHARE_PRICE, "The IPO price of 96 billion riyals was a record.", "silent"),
    # (a fact priced a share in no currency: any sum equal to its value)
    (record("number", "priced, IPO price", "68", "per share, a share, each"), "Orsk priced its IPO at $68.", "agree"),
    (record("number", "priced, IPO price", "68", "per share, a share, each"), "Orsk priced its IPO at $70.", "silent"),
    (record("number", "priced, IPO price", "68", "per share, a share, each"),
     "Orsk expected to price its shares at between $66 (£40.7) and $68 each.", "silent"),
]




HEIGHT = record("number", "volcano, high, height", "3763", "metres, meters, m")
FUEGO_HEIGHT = record("number", "Fuego, volcano, high, height", "3763", "metres, meters, m")
DISTANCE = record("number", "Aske City, capital", "43", "km, kilometres")
CASES += [
    # measured_quality: a bracketed conversion after a measure leaves the word after the bracket its qualifier: a
    # distance from a place ("35 kilometers (21 miles) southeast of") is no measure of the subject; a name of a
    # place there, a term, is where it is measured from, the fact's
    (HEIGHT, "The eruption of the 3,763-meter volcano, located 35 kilometers (21 miles) southeast of Aske City, was "
             "the strongest in decades.", "agree"),
    (HEIGHT, "The volcano sits about 25 miles (40 km) southwest of the capital.", "silent"),
    (DISTANCE, "The volcano sits 27 miles (43 km) away in Aske City.", "agree"),
    (DISTANCE, "The volcano sits 22 miles (35 km) southwest of Aske City.", "silent"),  # (a term must say so:)
    (record("number", "southwest of Aske City", "43", "km, kilometres"),
     "The volcano sits 22 miles (35 km) southwest of Aske City.", "differ"),
    # reviewed: a name after "from"/"away from" is where a distance starts, no measure of what it names
    (FUEGO_HEIGHT, "Alotenango lies about 10 kilometers from the Fuego "
                                                               "volcano.", "silent"),
    (FUEGO_HEIGHT, "Ash fell 40 km away from Fuego, in Aske City.",
     "silent"),
]


# year placement and dates, against a publication day
DATED = [
    # year placement: a date fronted after a time of day ("At about 6:30 a.m. on Jan. 2,") is read with the clause
    # after it; a when-clause in the past right after a date puts the date in the past
    (EXPLOSION, "At about 6:30 a.m. on Jan. 2, an explosion ripped through the mine.", "2006-08-21", "agree"),
    (EXPLOSION, "At 6:30 on Jan. 2, an explosion ripped through the mine.", "2006-08-21", "agree"),
    (EXPLOSION, "At 6:30 on Jan. 3, an explosion ripped through the mine.", "2006-08-21", "differ"),
    (CARRIED_OUT, "It was hard to imagine Jan. 4, when McCloy was carried out of the mine.", "2006-03-31", "agree"),
    # (a when-clause saying "will" leaves the date to come: 4 January 2007, after the text, no statement of the 2006 act)
    (CARRIED_OUT, "Crowds will gather on Jan. 4, when McCloy will be carried out in a parade.", "2006-03-31", "silent"),
    # counterfactual: "as if" likens to what is not so: a date inside is only a possible conflict
    (record("date", "tornado, hit", "2011-05-22"), "Residents still tell it as if the tornado hit on May 23.",
     "2013-05-22", "silent"),
    (record("date", "tornado, hit", "2011-05-22"), "Residents said the tornado hit on May 23.", "2011-05-24", "differ"),
    # a time of day's colon ends no phrase: the relative clause after "after the tornado" runs on to its date
    (record("date", "tornado, struck", "2011-05-22"), "The town rebuilds after the tornado, which struck at 5:41 p.m. "
                                                      "on May 22, 2011.", "2013-05-22", "agree"),
    # a counted year opening the sentence before "in" and a month is that month's year
    (record("date", "debut", "2014-09-19"), "Five years ago, in September, Orsk made its debut on Wall Street.",
     "2019-09-25", "agree"),
    (record("date", "debut", "2014-09-19"), "Four years ago, in September, Orsk made its debut on Wall Street.",
     "2019-09-25", "differ"),
    # a noun phrase in apposition after a name ending in a number ("Galaxy Note 7, the focus of a recall,") describes
    # it: a when-clause's date is not its term's
    (record("date", "recall", "2016-09-02"), "A flight was evacuated on 5 October when a Velmar Note 7, the focus "
                                             "of a nationwide recall, began smoking.", "2016-10-06", "silent"),
    (record("date", "recall", "2016-09-02"), "A flight was evacuated on 5 October when the recall began.", "2016-10-06",
     "differ"),
    # announced_act: a date after a modal of the future that opens a term of saying's complement dates the act
    # announced, not the announcing
    (ANNOUNCED, "Lind has announced she will resign as chair on 7 June.", "2019-05-24", "silent"),
    (ANNOUNCED, "Lind said that she would step down on 7 June.", "2019-05-24", "silent"),
    (ANNOUNCED, "Lind announced on 24 May that she will resign.", "2019-05-24", "agree"),
    (ANNOUNCED, "Lind announced on 23 May that she will resign.", "2019-05-24", "differ"),
    (ANNOUNCED, "Lind announced her resignation on 23 May.", "2019-05-24", "differ"),

]




@settings(max_examples=30, deadline=None)
@given(n=st.integers(min_value=2, max_value=999), verb=st.sampled_from(["went", "have gone", "had gone"]),
       other=st.integers(min_value=2, max_value=999))
def test_a_count_that_went_missing_is_the_missing(tmp_path_factory, n, verb, other):
    spec = record("number", "missing", str(n), "people, persons")
    text = f"In all, {other + 1000} people died, {other} were injured and {n} {verb} missing."
    assert one(tmp_path_factory.mktemp("missing"), spec, text)[0] == "agree"


# counter-examples a review of this session's rules found, pinned: each once went wrong under a first draft
MISSING_PEOPLE = record("number", "missing, unaccounted for", "6", "people, persons")
ALL_ABOARD = record("number", "died, dead, killed", "78", "people, persons")
REVIEWED = [
    (MISSING_PEOPLE, "Of the 40 dogs rescued on May 3, 30 were adopted and 6 went missing.", "silent"),
    (MISSING_PEOPLE, "The shelter took in 40 dogs in 2019; 30 were adopted and 6 went missing.", "silent"),
    (MISSING_PEOPLE, "The farm lost 40 sheep in the storm, which hit at 3 a.m.; 30 were found and 6 are missing.",
     "silent"),
    (record("number", "injured, hurt", "12", "people, persons"),
     "Floods killed 300 cattle in 2019; 40 were drowned and 12 were injured.", "silent"),
    (ALL_ABOARD, "Every one of the 78 people aboard died.", "agree"),
    (ALL_ABOARD, "Each one of the 78 people aboard was killed.", "agree"),
    (ALL_ABOARD, "Every one of the 80 people aboard died.", "differ"),
    (record("number", "acquisition, takeover, buy, Orsk", "15700000000", "USD, dollars, $"),
     "Velmar made an offer for Orsk of $15.7 billion in cash.", "agree"),
    (record("number", "revenue, sales", "90000000000", "USD, dollars, $"),
     "The group's revenue in Japan of $15 billion fell short.", "silent"),
    (record("number", "lasted, duration", "3", "hours"), "The eruption lasted from 04:12:30 to 07:12:30 local time.",
     "silent"),
    (record("number", "lasted, duration", "3", "hours"), "The eruption lasted between 04:12:30 and 07:12:30 GMT.",
     "silent"),
    (record("number", "ran, time, finished", "7190", "seconds"),
     "Kipchoge, who started 08:15:00 local time, finished in under two hours.", "silent"),
]
REVIEWED_DATED = [
    (record("date", "sentenced", "2023-05-03"), "Lind was sentenced to life for his role in the May 3 tragedy.",
     "2023-06-01", "silent"),
    (record("date", "charged", "2023-05-03"), "Lind was charged over the May 3 incident, police said.", "2023-06-01",
     "silent"),
    (record("date", "inquiry, opened", "2023-05-03"), "An inquiry was opened into the May 3 disaster.", "2023-06-01",
     "silent"),
    (record("date", "announced", "2019-05-24"), "The head of the agency announced in a May 24 statement that she "
                                                "would step down.", "2019-06-01", "agree"),
    (record("date", "announced", "2019-05-24"), "The head of the agency announced in a May 23 statement that she "
                                                "would step down.", "2019-06-01", "differ"),
    (record("date", "resigned", "2019-05-24"), "After weeks of pressure, the chairman resigned in a May 24 statement.",
     "2019-06-01", "agree"),
    (ANNOUNCED, "Lind announced that she would resign, speaking outside her office on 24 May.", "2019-05-30", "agree"),
    (ANNOUNCED, "The company announced it will close the plant in a filing on May 24.", "2019-05-30", "agree"),
    (ANNOUNCED, "Lind announced she will step down in an emotional speech on May 23.", "2019-05-30", "differ"),
    (record("date", "shooting", "2023-05-01"), "Lind was arrested on 3 May, when police raided a house two days after "
                                               "the shooting.", "2023-06-01", "silent"),
    (record("date", "explosion", "2006-01-02"), "Rescuers reached the miners on Jan. 4, when crews found them 41 hours "
                                                "after the explosion.", "2006-02-01", "silent"),
    (record("date", "reopened", "2016-06-03"), "The fire smouldered for days, then on May 3, 2016, it exploded into "
                                               "the city. The first schools reopened on June 3.", "2018-01-10", "agree"),
    (record("date", "reopened", "2016-06-03"), "The town was quiet, even in May 2016, as the fire neared. The first "
                                               "schools reopened on June 3.", "2018-01-10", "agree"),
    (record("date", "reopened", "2016-06-03"), "The town, evacuated on May 3, 2016, began to recover. The first "
                                               "schools reopened on June 3.", "2018-01-10", "agree"),
    (record("date", "reopened", "2016-06-03"), "Residents were allowed back in June 2016. The first schools reopened "
                                               "on June 3.", "2018-01-10", "agree"),
    (record("date", "explosions, heard", "2015-12-03"), "Residents said they could hear explosions on Dec. 3.",
     "2016-05-20", "agree"),
    (record("date", "vote", "2016-12-03"), "The vote will be held on Dec. 3, when lawmakers return from a recess that "
                                           "started in May.", "2016-05-20", "agree"),
]




# a second review, on the narrowed rules: more counter-examples, pinned
REVIEWED_2 = [
    (MISSING_PEOPLE, "The fire killed dozens of horses; 30 were injured and 6 went missing.", "silent"),
    (MISSING_PEOPLE, "Rescuers saved 40 of the animals; 30 were adopted and 6 went missing.", "silent"),
    (MISSING_PEOPLE, "Of the 40 dogs taken in by Dr. Lind, 30 were adopted and 6 went missing.", "silent"),
    (MISSING_PEOPLE, "In all, 40 people died, 30 were injured and 6 went missing.", "agree"),
    (record("number", "IPO, priced", "38", "USD, dollars, per share"),
     "The IPO was a flop: shares opened at $42.05 and sank to $38 within the hour.", "silent"),
    (record("number", "opened, opening price", "42.05", "USD, dollars, per share"),
     "The IPO was a flop: shares opened at $42.05 and sank to $38 within the hour.", "agree"),
    (ALL_ABOARD, "Every single one of the 78 people aboard died.", "agree"),
    (ALL_ABOARD, "Every last one of the 80 people aboard was killed.", "differ"),
    (record("number", "lasted, duration", "3", "hours"), "The eruption began 13:45:00 Tuesday and ended at night.",
     "silent"),
    (record("number", "lasted, duration", "3", "hours"), "The eruption began at 11:07:12 Berlin time.", "silent"),
    (FUEGO_HEIGHT, "A village lies 12 kilometres away in Fuego's shadow.",
     "silent"),
]
REVIEWED_2_DATED = [
    (ANNOUNCED, "Lind announced she will step down in a tweet on May 24.", "2019-05-30", "agree"),
    (ANNOUNCED, "Lind announced she would step down at a rally in Leeds on May 24.", "2019-05-30", "agree"),
    (ANNOUNCED, "Lind announced she would step down during a visit to Paris on May 23.", "2019-05-30", "differ"),
    (record("date", "fire, began, started", "2016-05-01"), "It now looks as if the fire started on May 3 near a "
                                                           "campsite.", "2016-06-01", "differ"),
    (record("date", "vote", "2016-12-03"), "The vote is scheduled for Dec. 3, when the assembly, dissolved in March, "
                                           "reconvenes.", "2016-05-20", "agree"),
    (record("date", "speech", "2018-05-07"), "A year ago, in a speech, Lind called for calm.", "2019-05-20", "agree"),
    (record("date", "speech", "2018-05-07"), "A year ago, in May, Lind gave a speech.", "2019-05-20", "agree"),
    (record("date", "shooting", "2023-05-01"), "Lind was arrested on 3 May, when police raided a house in the wake "
                                               "of the shooting.", "2023-06-01", "silent"),
    (record("date", "shooting", "2023-05-01"), "Police were called again on 9 May, when another shooting was "
                                               "reported.", "2023-06-01", "silent"),
]


# a third review's counter-examples, pinned
OPENING_PRICE = record("number", "opened, opening price", "42.05", "USD, dollars, per share")
IPO_PRICE = record("number", "IPO, priced", "38", "USD, dollars, per share")
REVIEWED_3 = [
    (IPO_PRICE, "Orsk, which priced its IPO at $30, closed at $38 on Friday.", "silent"),
    (IPO_PRICE, "Orsk priced its IPO at $30 and the shares closed at $38.", "silent"),
    (OPENING_PRICE, "Shares opened lower but closed at $42.05.", "silent"),
    (OPENING_PRICE, "The stock opened at $40, rose to $42.05 and fell back.", "silent"),
    (OPENING_PRICE, "Shares opened at $42.05.", "agree"),
    (OPENING_PRICE, "The stock opened on May 18 at $42.05 and fluctuated.", "agree"),
    (record("number", "delay, delayed", "3", "hours"), "The delayed launch finally came 10:15:30 Eastern Daylight "
                                                      "Time.", "silent"),
]
REVIEWED_3_DATED = [
    (EXPLOSION, "The mine closed on Jan. 2, when, just before dawn, an explosion tore through it.", "2006-02-01",
     "agree"),
    (EXPLOSION, "The mine closed on Jan. 3, when, just before dawn, an explosion tore through it.", "2006-02-01",
     "differ"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES + REVIEWED + REVIEWED_2 + REVIEWED_3)
def test_session_37(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@pytest.mark.parametrize("spec, text, published, verdict",
                         DATED + REVIEWED_DATED + REVIEWED_2_DATED + REVIEWED_3_DATED)
def test_session_37_dated(tmp_path, spec, text, published, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict
