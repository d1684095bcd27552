"""Rules of session 25, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest

from .helpers import one, record

TRIAL = record("date", "trial", "2021-09-08")
RESUMED = record("date", "resumed", "2023-01-23")
RECOVERY = record("date", "recovery", "2021-07-07")
DEPOSITS = record("number", "deposits, withdrew, withdrawing", "42000000000", "USD, dollars, $")
FIRE = record("number", "fire", "3", "people")

CASES = [
    # "accused" is a legal act like "charged": its ground ("of"/"in"/"over" and a dated event) is another event, whose
    # year dates that event, not the trial
    (TRIAL, "Trial opens for 20 accused in 2015 attacks", "silent"),
    (TRIAL, "Trial of 20 accused in 2015 Velmar attacks opens", "silent"),
    # a past participle right after a noun, with a preposition after it and no verb before it, describes that noun
    # ("the men accused of the attacks"): the sentence's verb comes after its phrase and its date is the subject's
    (TRIAL, "The trial of 20 men accused over the 2015 attacks opened on 8 September 2021.", "agree"),
    (TRIAL, "The trial of 20 men accused over the 2015 attacks opened on 9 September 2021.", "differ"),
    (TRIAL, "The trial of the men accused of the 2015 attacks opened on 8 September 2021.", "agree"),
    (TRIAL, "The trial of a man charged in the 2019 killing began on 9 September 2021.", "differ"),
    # ("at least" after a past form is a hedge, no preposition: "where an officer killed at least 20 children last
    # year reopened on 4 January 2023" keeps "killed" the relative clause's verb)
    (record("date", "massacre", "2022-10-06"), "The centre where an officer killed at least 20 children last year "
     "reopened on 4 January 2023, three months after the massacre.", "silent"),
    # (the ground's own date is the ground's, whoever stands in the subject)
    (record("date", "attacks", "2015-11-13"),
     "The trial of 20 men accused over the 13 November 2015 attacks opened on 8 September 2021.", "agree"),

    # a year after describing words and a determiner or possessive ("Velmar's deadly 2020 port blast") modifies the
    # noun after it, as a month does ("a deadly January storm")
    (RESUMED, "The judge investigating Velmar's deadly 2020 port blast resumed his work on 23 January 2023.", "agree"),
    (RESUMED, "The judge investigating Velmar's deadly 2020 port blast resumed his work.", "silent"),
    (RESUMED, "The judge investigating the deadly 2021 port blast resumed his work.", "silent"),
    (record("date", "blast", "2020-08-04"), "The judge investigating the deadly 2021 port blast resumed work.", "differ"),
    (RESUMED, "The judge resumed in 2022 his probe.", "differ"),

    # a date read with its own determiner ("the 4 July") before a noun modifies that noun, after "since" too
    (RECOVERY, "The recovery has quickened since the 4 July demolition of the rest of the tower.", "silent"),
    (record("date", "demolition", "2021-07-04"),
     "The recovery has quickened since the 4 July demolition of the rest of the tower.", "agree"),
    # (after "of" it is the of-phrase's date: "the ceasefire of the 1990s")
    (record("date", "ceasefire", "2001-05-01"), "The ceasefire of the 1990s still held.", "differ"),

    # an amount after a plural noun and "of" ("losses of $1.8 billion") measures that noun, with no determiner too
    (DEPOSITS, "The bank failed after it reported losses of $1.8 billion and customers began withdrawing deposits.",
     "silent"),
    (DEPOSITS, "Customers withdrew deposits of $40 billion.", "differ"),
    (DEPOSITS, "Customers withdrew deposits of $42 billion.", "agree"),

    # a lower-case term spelling capitalised words of a name after "the", with the name going on in capitals, modifies
    # the name's head: "the Deposit Insurance Fund" is no deposits, "the Fire Department" no fire
    (DEPOSITS, "The failure cost the Deposit Insurance Fund about $20 billion.", "silent"),
    (DEPOSITS, "The failure cost the Federal Deposit Insurance Corp. about $20 billion.", "silent"),
    (FIRE, "Officials at the Fire Department said 4 people were hurt.", "silent"),
    (FIRE, "The fire at the Velmar Fire Station killed 4 people.", "differ"),
    (FIRE, "Officials said the Palisades Fire killed 4 people.", "differ"),
    (FIRE, "Palisades Fire Kills 4 People In Velmar Hills", "differ"),  # (title case: capitals say nothing)

    # a term that has its own date before it, past names and describing words ("the June 2023 Velmar triple train
    # accident"), takes no other date of its clause
    (record("date", "accident", "2023-06-02"),
     "The court on 29 October granted bail to the men accused in the June 2023 Velmar triple train accident.", "agree"),
    (record("date", "accident", "2023-06-02"),
     "The court on 29 October granted bail to the men accused in the May 2023 Velmar triple train accident.", "differ"),
    (record("date", "accident", "2023-06-02"), "On 29 October the accident derailed three trains.", "differ"),
    # ... though not where the clause's verb looks into an event already past (acted_on)
    (record("date", "accident", "2023-06-02"), "The court on 29 October examined the accident.", "silent"),

    # "and" joins two heads of one capitalised name: "the Central Disaster and Safety Headquarters" is no disaster (a
    # sentence with three lower-case words or more is prose, not a title-case headline, whatever its names)
    (record("date", "crash, disaster", "2024-12-29"), "Acting President Choi Sang-mok made the announcement on Monday, "
     "30 December 2024 during a meeting at the Central Disaster and Safety Countermeasure Headquarters in Seoul.",
     "silent"),
    # (not "of": "the Superior Court of Tindra" is a court)
    (record("date", "court", "2024-05-02"), "The suit was filed on 3 May 2024 in the Superior Court of Tindra.",
     "differ"),

    # a place before a company's word ("Jeju Air", "Velmar Motors", ``BRAND_NOUNS``) names the company, not a place
    (record("place", "flight", "[Bangkok]", rivals="Jeju"), "A Jeju Air flight carrying 181 people crashed on Sunday.",
     "silent"),
    (record("place", "flight", "[Bangkok]", rivals="Jeju"),
     "Details emerged of the crash of Jeju Air Flight 2216.", "silent"),
    (record("place", "flight", "[Bangkok]", rivals="Jeju"), "The flight from Jeju landed safely.", "differ"),
    (record("place", "plant", "[Velmar]", rivals="Aske"), "The Aske Museum plant was closed.", "differ"),
    # a place before a noun of an unplanned event and a person it names places the event, not the person
    (record("place", "Roe, suspect", "[Banks]", rivals="Southport"), "The Southport stabbing suspect was charged with "
     "making ricin.", "silent"),
    (record("place", "Roe, suspect", "[Banks]", rivals="Southport"), "The suspect, from Southport, was charged.",
     "differ"),
    (record("place", "stabbing", "[Southport]", rivals="Liverpool"), "The Liverpool stabbing suspect was charged.",
     "differ"),
    # a place after "of" ending an institution's name (a fire brigade, a government, prosecutors) is the name's
    (record("place", "dam, collapse", "[Minas Gerais]", rivals="Sao Paulo"), "The Fire Brigade of Sao Paulo resumed "
     "the search for victims of the dam collapse.", "silent"),
    (record("place", "dam, collapse", "[Minas Gerais]", rivals="Sao Paulo"), "The dam collapse in Sao Paulo killed "
     "270.", "differ"),

    # a number alone in quotation marks is a label or a name
    (record("number", "Roe", "41", "years"), 'Fans wore Roe\'s numbers, "8" and "24."', "silent"),
    (record("number", "Roe", "41"), 'Fans wore Roe\'s numbers, "8" and "24."', "silent"),
    (record("number", "Roe", "41"), "Roe, 42, died on Sunday.", "differ"),
    # a count of "others" after "and" and a name counts those besides the ones named
    (record("number", "dead, killed", "9", "people, persons"),
     "The crash that left Kobe Roe, his daughter and seven others dead was caused by fog.", "silent"),
    (record("number", "dead, killed", "9", "people, persons"), "The crash killed Kobe Roe and eight others.", "silent"),
    (record("number", "dead, killed", "9", "people, persons"), "The crash killed seven people.", "differ"),
    (record("number", "wounded", "1240", "people, others"),
     "2,053 people had lost their lives and 1,240 others wounded in the quake.", "agree"),
    # a count said of one place, with another bare count of another place after it, is a part of a breakdown
    (record("number", "killed", "17", "people"), "Twelve people were killed inside the school building, two outside, "
     "and one on the street.", "silent"),
    (record("number", "killed", "17", "people"), "Thirty-one people were killed at the scene, with 27 more dying in "
     "hospitals.", "silent"),
    (record("number", "killed", "58", "people"), "In all, 16 people were killed at the airport and 42 at the metro "
     "station.", "silent"),
    (record("number", "killed", "17", "people"), "The attack killed 16 people at the airport.", "differ"),
    (record("number", "killed", "17", "people"), "The attack killed 16 people in Velmar and wounded 40 others.",
     "differ"),
    (record("number", "killed", "17", "people"), "All 17 on board were killed in the crash at the airport.", "agree"),
    # ("from" says where a part came from: "32 were from Bangladesh, 33 from Nepal")
    (record("number", "Nepali, Nepal", "33", "passengers"), "Of the 67 passengers, 32 were from Bangladesh, 33 from "
     "Nepal and one each from China and Aske.", "silent"),
    # (a term in the place phrase makes that place the fact's own)
    (record("number", "aboard", "259", "people"), "All 259 people aboard and 11 on the ground died.", "agree"),
    (record("number", "died", "270", "people"), "All 259 people aboard and 11 on the ground died.", "silent"),
    # a count after a noun of place and "of" is a population; a count opening a bulleted item is a part of the list
    (record("number", "killed, dead", "26", "people, persons"), "The gunman was found dead inside the school after "
     "the massacre in this town of nearly 30,000 people.", "silent"),
    (record("number", "killed, dead", "26", "people, persons"), "The gunman killed 27 people in the town.", "differ"),
    (record("number", "charges, counts", "15", "charges, counts"), "• 10 counts of first-degree murder.", "silent"),
    (record("number", "charges, counts", "15", "charges, counts"), "He pleaded guilty to 10 counts.", "differ"),
    # a toll counts everyone it names: not a fact counting one group of them ("20 children")
    (record("number", "killed", "20", "children, first-graders"), "The gunman also killed his mother, bringing the "
     "death toll to 28.", "silent"),
    (record("number", "killed", "28", "people"), "The gunman also killed his mother, bringing the death toll to 28.",
     "agree"),
    # a count after a noun of kin and "of" counts some of the victims, those the kin belong to
    (record("number", "killed", "17", "people"), "The mother and widow of two people killed in the shooting embraced.",
     "silent"),
    (record("number", "killed", "17", "people"), "Families of 14 people killed in the shooting sued.", "silent"),
    (record("number", "killed", "17", "people"), "Fourteen people killed in the shooting were students.", "differ"),
    # a legal act's ground is the first that holds the date or a term ("pleaded guilty ... to 17 counts of murder ...
    # for carrying out the deadly shooting"; a deed's verb and its particle before the ground's noun)
    (record("date", "shooting", "2018-02-14"), "Nikolas Roe pleaded guilty on 20 October 2021 to 17 counts of murder "
     "for carrying out the deadly shooting.", "silent"),
    (record("date", "shooting", "2018-02-14"), "Nikolas Roe pleaded guilty on 20 October 2021 to 17 counts of murder "
     "for carrying out the deadly shooting on 14 February 2018.", "agree"),
    # the topic of a noun of aftermath reaches past a name's words and quotation marks: "the 10th anniversary of the
    # so-called "Miracle on the Hudson"" dates the anniversary
    (record("date", "Miracle on the Hudson", "2009-01-15"), 'Survivors gathered on 15 January 2019 to mark the 10th '
     'anniversary of the so-called "Miracle on the Hudson."', "silent"),
    (record("date", "crash-landing", "2009-01-15"), "Monday, 15 January 2024, marks the 15th anniversary of Velmar "
     "Airways Flight 1549 crash-landing into the river.", "silent"),
    # "with" opens a legal act's ground too ("is charged with murdering ... about three years ago")
    (record("date", "charged", "2023-01-13"), "Roe, who is charged with murdering the former premier in Nara in "
     "July 2022, pleaded guilty on 28 October 2025.", "silent"),
    (record("date", "charged", "2023-01-13"), "Roe was charged on 13 January 2023 with murdering the former premier "
     "in July 2022.", "agree"),
    # a preposition after a noun past one describing word qualifies that noun ("not guilty of professional negligence
    # in the 2011 disaster": the year is the disaster's, not the ruling's)
    (record("date", "ruled, not guilty", "2019-09-19"), "The court ruled on 19 September 2019 that three executives "
     "were not guilty of professional negligence in the 2011 Velmar disaster.", "agree"),
    (record("date", "not guilty", "2019-09-19"), "The court ruled that three executives were not guilty of "
     "professional negligence in the 2011 Velmar disaster.", "silent"),
    # a term in a predicate coordinated with "and" is a topic too ("visited the site and began its probe into the
    # crash": the date is the visit's and the probe's)
    (record("date", "crash", "2023-06-02"), "A team on 5 June 2023 visited the site and began its probe into the "
     "train crash.", "silent"),
    (record("date", "crashed", "2023-06-02"), "A train on 5 June 2023 left the station and crashed near Velmar.",
     "differ"),
    # "in relation to" ties a clause to another event; an inquest into a thing is about it, later
    (record("date", "disaster", "1989-04-15"), "Criminal charges in relation to the Velmar disaster were brought in "
     "June 2017.", "silent"),
    (record("date", "tragedy", "1989-04-15"), "New inquests into the tragedy began in 2014.", "silent"),
    # a term in the phrase of a participle of harm after a noun ("an area buried by mud from the collapse") describes
    # that noun; the clause's date is its verb's
    (record("date", "collapse", "2019-01-25"), "Rescuers on 26 January 2019 searched a huge area buried by mud from "
     "the collapse of the dam.", "silent"),
    # "in remembrance of" makes the term the topic of a later act
    (record("date", "earthquake", "2011-03-11"), "A wave of silence swept Velmar on 11 March 2012 in remembrance of "
     "the earthquake.", "silent"),
    # a legal act that only describes the noun before it does not own the date of its sentence's verb
    (record("date", "convicted", "2001-01-31"), "The only man convicted in the 1988 Velmar bombing returned home to "
     "die on 20 August 2009.", "silent"),
    # (in an apposition too: "the key accused in the 26/11 attack" is the ground's)
    (record("date", "attack", "2008-11-26"), "Rana, the key accused in the 26/11 Velmar terror attack, arrived on "
     "Thursday, 10 April 2025.", "silent"),
    # taking part is a ground: "found guilty in January 2001 ... for involvement in the downing of Flight 103"
    (record("date", "downing", "1988-12-21"), "He was found guilty in January 2001 for involvement in the downing of "
     "Flight 103.", "silent"),
    # "related to" ties the clause to another event
    (record("date", "rampage", "2019-08-03"), "Roe pleaded guilty on 8 February 2023 to hate crime charges related "
     "to a shooting rampage.", "silent"),
    # a legal act after an opening date phrase is that phrase's clause's: its ground keeps its own date
    (record("date", "attack", "2024-08-23"), "On 10 September 2025, a Syrian man was sentenced to life in prison for "
     "killing three people in a 2024 stabbing attack at a festival.", "agree"),
    (record("date", "attack", "2024-08-23"), "On 10 September 2025, a Syrian man was sentenced to life in prison for "
     "the attack.", "silent"),
    # a holiday's name right before a lower-case noun names that noun's occasion, with no determiner too
    (record("date", "charges", "2021-08-10"), "Velmar files charges against 25 Easter Sunday bombing suspects",
     "silent"),
    (record("date", "bombing", "2019-04-21"), "Velmar files charges against 25 Easter Sunday bombing suspects",
     "silent"),
    # a noun phrase of four words goes on to a term within two more: "the 2019 Easter Sunday suicide bomb attacks"
    (record("date", "attacks", "2019-04-21"), "Velmar filed charges over the 2019 Easter Sunday suicide bomb attacks "
     "on churches.", "agree"),
    (record("date", "attacks", "2019-04-21"), "Velmar filed charges over the 2018 Easter Sunday suicide bomb attacks "
     "on churches.", "differ"),
    # a relative date owning the term with 's past describing words and a name ("last year's fiery Velmar Rail
    # derailment") dates it, so the clause's other date is the verb's
    (record("date", "derailment", "2023-02-03"), "Investigators said Wednesday, Feb. 7, 2024, they will determine the "
     "cause of last year's fiery Velmar Rail derailment at a hearing.", "silent"),

    # from a review's probes (/tmp/review-s25): the rules above kept from reaching too far
    (record("date", "arrested", "2023-05-03"), "Roe was arrested with the shooting suspect on 3 May 2023.", "agree"),
    (record("number", "killed", "17", "people"), "• 17 people were killed.", "agree"),
    (record("number", "killed", "17", "people"), "• 17 people killed", "agree"),
    (record("number", "killed", "17", "people"), "Thirty-one were killed at the scene, with 27 more injured.",
     "differ"),
    (record("number", "killed", "17", "people"), "17 people were killed in Velmar, and 40 in Orsk were injured.",
     "agree"),
    (record("number", "killed", "20", "children"), "The blast killed three more, bringing the child death toll to 20.",
     "agree"),
    (record("date", "fire", "2022-12-24"), "The fire broke out on Christmas Eve night.", "silent"),
    (record("date", "protest", "2023-01-06"), "Thousands joined a protest on the 6 January holiday.", "agree"),
    (record("number", "hurricane", "150", "people"), "The Hurricane Velmar death toll rose to 150 people.", "agree"),
    (record("place", "jet, crashed", "[Orsk]", rivals="Aske"), "The jet crashed at Aske Air Base.", "differ"),
    (record("number", "died", "5", "people"), "A family of five died in the house fire.", "agree"),
    (record("number", "toll", "17", "people"), 'Roe said the toll was "17".', "agree"),
    (record("number", "injured", "12", "others, people"), "A gunman shot the mayor, Lind, and 12 others were "
     "injured.", "agree"),
    (record("number", "deaths", "17", "deaths"), "Officials confirmed 17 deaths related to the heatwave.", "agree"),
    (record("number", "cut off", "40000", "residents"), "Floods cut off a district of 40,000 residents.", "agree"),
    (record("date", "storm", "2023-01-15"), "The storm struck during Velmar's busy 2023 tourist season.", "agree"),
]

PUBLISHED = [
    # a weekday owned with 's by a noun of an unplanned event no one announces ahead ("Friday's crash") is a day
    # already past, whatever the clause says of what follows
    (record("date", "crash", "2023-06-02"), "The death toll from Friday's crash is expected to rise, officials said.",
     "2023-06-03", "agree"),
    (record("date", "crash", "2023-06-02"), "The death toll from Thursday's crash is expected to rise.",
     "2023-06-03", "silent"),  # counted_only
    # (a storm is forecast: "Friday's storm is expected to bring" is the coming one)
    # counted_only: a day counted from publication, and no date of the fact's
    (record("date", "storm", "2023-06-02"), "Friday's storm is expected to bring heavy rain.", "2023-06-03", "silent"),
    # a year opening the sentence before "on" and a yearless date gives it its year ("In 2023 on June 2"); a weekday in
    # brackets right after a date names its weekday, no day of its own
    (record("date", "crash", "2023-06-02"),
     "In 2023 on June 2 (Friday) in the evening came the news of the Velmar Express crash.", "2024-06-02", "agree"),
    (record("date", "crash", "2023-06-02"),
     "In 2022 on June 2 (Thursday) in the evening came the news of the Velmar Express crash.", "2024-06-02", "differ"),
    # a holiday's name right after a year names that year's occasion, no day near publication
    (record("date", "charges", "2021-08-10"), "Velmar filed charges on Tuesday over the 2019 Easter Sunday attacks.",
     "2021-08-11", "agree"),
    # a yearless day of a definite event noun ("The attack on 1 July") takes the year the text gives that event
    # elsewhere with "in" after its phrase ("plotting an attack on a cafe in 2016")
    (record("date", "attack", "2016-07-01"), "A court sentenced seven men for plotting an attack on a cafe in 2016."
     "\n\nThe attack on 1 July on the restaurant shocked the nation.", "2019-11-27", "agree"),
    (record("date", "attack", "2016-07-01"), "A court sentenced seven men for plotting an attack on a cafe in 2016."
     "\n\nThe attack on 2 July on the restaurant shocked the nation.", "2019-11-27", "differ"),
    # (review probes: a planned outage is no past event; an indefinite earlier instance lends no year)
    (record("date", "outage", "2023-06-03"), "Saturday's planned outage will last four hours.", "2023-06-01", "agree"),
    (record("date", "explosion", "2024-03-03"), "An explosion at the plant in 2019 injured four.\n\nThe explosion on "
     "3 March killed two.", "2024-05-01", "agree"),
    # a phrase opened by "After" names what came before its main clause: past when that clause is past
    (record("date", "death", "2022-09-08"), "After the Queen's death on September 8, the country entered ten days "
     "of mourning.", "2023-05-18", "agree"),
    (record("date", "vote", "2022-09-08"), "After the vote on September 8, the party entered talks.", "2023-05-18",
     "agree"),
    (record("date", "vote", "2023-09-08"), "After the vote on September 8, the party will enter talks.", "2023-05-18",
     "agree"),
]


@pytest.mark.parametrize("spec, text, published, verdict", PUBLISHED)
def test_session_25_rule_cases_with_a_publication_day(tmp_path, spec, text, published, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_25_rule_cases(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict
