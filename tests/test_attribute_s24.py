"""Rules of session 24, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

COLLAPSED = record("date", "collapsed", "2021-06-24")
CHAIR = record("party", "Velmar Bank chair", "[Axel Roe, Roe]", rivals="Tom Lind")
ALTITUDE = record("number", "highest altitude", "10900", "feet")
KILLED = record("number", "killed", "5", "people")
RESCUED = record("number", "rescued", "172", "survivors, passengers")

CASES = [
    # an aside after the subject (", once located in the town,", ", which stood there,") ends at its comma when the
    # subject's verb follows, also after an adverb (", partially collapsed"): a date opening the sentence is that verb's
    (COLLAPSED, "On June 24, 2021, the tower, once located at 8 Bay Avenue in the town of Aske, partially collapsed.",
     "agree"),
    (COLLAPSED, "On June 25, 2021, the tower, once located at 8 Bay Avenue in the town of Aske, partially collapsed.",
     "differ"),
    (COLLAPSED, "On June 24, 2021, the tower, which stood by the sea, suddenly collapsed.", "agree"),
    (COLLAPSED, "On June 24, 2021, the tower, once owned by Anna Roe, later collapsed.", "agree"),
    # ("once" with a subject and verb stays a subordinator: its clause has its own time)
    (COLLAPSED, "Once the tower collapsed, rescuers arrived on June 25, 2021.", "silent"),

    # an unspaced en dash joins two numbers or words ("June 23–24", "Dallas–Fort Worth"): no clause break
    (record("date", "mutiny", "2023-06-23"), "On June 23–24, 2023, Ivan Orsk, 62, led a mutiny against the army.",
     "agree"),
    (record("date", "mutiny", "2023-06-20"), "On June 23–24, 2023, Ivan Orsk, 62, led a mutiny against the army.",
     "differ"),
    (record("date", "mutiny", "2023-06-23"), "On June 23 – a Friday – the army said a mutiny had been crushed.",
     "silent"),

    # a short label, a colon and a short value with no verb is a fact box's line: the value is the label's
    (ALTITUDE, "Highest altitude: 10,900 feet", "agree"),
    (ALTITUDE, "Highest altitude: 11,900 feet", "differ"),
    # (a headline's topic before a colon is no label: the clause after it has its own subject and verb)
    (KILLED, "Border clashes: officials say 4 people were killed near the highest altitude post", "differ"),
    (ALTITUDE, "Flight data: the plane climbed to a highest altitude of 10,900 feet before it fell", "agree"),

    # "five of those cars", "two of the injured workers": a count with no noun, "of" and a determined plural noun
    # counts that noun; "of them" names none
    (record("number", "vinyl chloride", "5", "cars"), "Vinyl chloride was released from five of those cars.",
     "agree"),
    (record("number", "vinyl chloride", "5", "cars"), "Vinyl chloride was released from four of the derailed cars.",
     "differ"),
    (record("number", "vinyl chloride", "5", "cars"), "Five of them carried vinyl chloride.", "silent"),

    # a count with no noun as the subject of the fact's own verb ("172 were rescued", "5 killed in collision") counts
    # what the fact counts; not a count before its own noun ("33 rescued miners"), nor a name's number ("Apollo 11")
    (RESCUED, "Of the 476 passengers on board, 172 were rescued.", "agree"),
    (RESCUED, "Of the 476 passengers on board, 171 were later rescued.", "differ"),
    (RESCUED, "All 33 rescued miners were flown home.", "silent"),
    # (the left-out noun is an earlier count's of another kind: "saved 40 dogs; 12 were rescued" counts dogs)
    (record("number", "rescued", "12", "people, survivors"), "Firefighters saved 40 dogs; 12 were rescued from the "
     "roof.", "silent"),
    (record("number", "killed", "5", "crew members"), "5 killed in runway collision, officials say.", "agree"),
    (record("number", "killed", "5", "crew members"), "4 killed in runway collision, officials say.", "differ"),
    (record("number", "landed", "4", "countries"), "India became the fourth nation; Chandrayaan-3 has landed.",
     "silent"),

    # a holiday with no day or year after a word of span ("during Halloween") names an occasion that may span days:
    # a matching day agrees, another is only a possible conflict; "on Halloween" is the day
    (record("date", "crush", "2022-10-29"), "A crush occurred in a narrow alley during Halloween on October 29, 2022.",
     "agree"),

    # a term with a time of its own owned with 's ("last year's crush", "Monday's quake") is not dated by another
    # date in its clause; a yearless month so owned names a known event in a past clause ("October's crush" said in
    # July is last October's)

    # a ruling on a thing already made ("rejected", "dismissed", "annulled") dates the ruling, not the thing, also
    # past an owner's name ("the National Assembly's impeachment")
    (record("date", "impeachment", "2023-02-08"), "The court on 25 July 2023 rejected the National Assembly's "
     "impeachment of the minister.", "silent"),
    (record("date", "impeachment", "2023-02-08"), "The Assembly passed the impeachment on 25 July 2023.", "differ"),

    # "Combined," opening the sentence: a count after two coordinated names is what they did together
    (record("number", "Altadena", "19", "deaths, people"), "Combined, the fires in Pacific Palisades and Altadena "
     "killed at least 31 people.", "silent"),
    (record("number", "Altadena", "19", "deaths, people"), "The fire in Altadena killed at least 31 people.", "differ"),

    # a term does not match across a comma ("with the LAFD, Chief Moore" is no "LAFD chief"), but it does across an
    # editor's bracket ("(Puerto Rico Gov. Ricardo) Rosselló")
    (record("party", "Gov., governor", "[Ricardo Rosselló, Gov. Ricardo Rosselló]", rivals="Wanda Vázquez"),
     "We ask (Puerto Rico Gov. Ricardo) Rosselló to deliver the data.", "agree"),
    (record("party", "LAFD chief", "[Kristin Crowley, Crowley]", rivals="Jaime Moore, Moore"),
     "Throughout his career with the LAFD, Chief Moore has shown strong leadership.", "silent"),
    (record("party", "LAFD chief", "[Kristin Crowley, Crowley]", rivals="Jaime Moore, Moore"),
     "The new LAFD chief, Jaime Moore, was sworn in.", "differ"),

    # "the Palisades and Eaton fires", "12 in the Palisades Fire": a place that names the other of two things of a
    # kind, or is part of another name of that kind, is not the term's place
    (record("place", "Eaton fire, Eaton fires", "Altadena", rivals="Palisades"),
     "A year after the Palisades and Eaton fires, survivors are still rebuilding.", "silent"),
    (record("place", "Eaton fire, Eaton fires", "Altadena", rivals="Palisades"),
     "The fires claimed 29 lives: 17 in the Eaton Fire and 12 in the Palisades Fire.", "silent"),
    (record("place", "Eaton fire, Eaton fires", "Altadena", rivals="Palisades"),
     "The Eaton Fire burned through Altadena.", "agree"),
    (record("place", "Eaton fire, Eaton fires", "Altadena", rivals="Palisades"),
     "The Eaton Fire burned through Palisades.", "differ"),

    # an opening phrase whose noun a past participle describes ("In a statement released on June 10,") dates that
    # noun's own event, not the main clause's
    (record("date", "hearing, hearings", "2025-07-30"), "In a statement released on June 10, 2025, the agency stressed "
     "the purpose of such hearings.", "silent"),
    (record("date", "hearing, hearings", "2025-07-30"), "On June 10, 2025, the agency held its hearing.", "differ"),

    # a term that is the complement of a participle describing another noun ("the men involved in the attack", "the
    # homes destroyed by the quake") is not dated by that noun's clause
    (record("date", "attack", "2024-03-22"), "The trial of the four men involved in the attack on the hall is due to "
     "begin on 16 June 2025.", "silent"),
    (record("date", "attack", "2024-03-22"), "The four men carried out the attack on the hall on 16 June 2025.",
     "differ"),

    # "a trial date of December 16": "date" after the noun of its event dates that event, not the clause's verb
    (record("date", "set, setting", "2025-01-01"), "A trial date of 16 December 2025 was set.", "silent"),
    (record("date", "trial", "2025-12-16"), "A trial date of 16 December 2025 was set.", "agree"),

    # "pleaded not guilty", "found not guilty": a plea or verdict made, no denial of the clause
    (record("date", "pleaded", "2025-10-23"), "The man pleaded not guilty on 23 October 2025.", "agree"),
    (record("date", "pleaded", "2025-10-23"), "The man did not plead on 23 October 2025.", "silent"),
    # after a bracket, a subordinator opens a clause of its own: the date before it is the ruling's
    (record("date", "crowd crush", "2022-10-29"), "A court ruled on Thursday (17 October 2024) that the chief was "
     "guilty of negligence in the response to a crowd crush.", "silent"),

    # "1,000-plus deaths" is a lower bound: it holds 1,301 (no conflict) and excludes 900
    (record("number", "deaths", "1301", "deaths"), "Officials want to avoid last year's 1,000-plus deaths.", "silent"),
    (record("number", "deaths", "900", "deaths"), "Officials want to avoid last year's 1,000-plus deaths.", "differ"),

    # a number before a singular noun and another singular noun counts neither ("the 737 passenger jet"); a plural
    # ends the phrase ("28 young figure skaters", "15 foreign nationals onboard" count their nouns)
    (record("number", "passengers", "149", "passengers"), "The 737 passenger jet carried 149 passengers.", "agree"),
    (record("number", "passengers", "149", "passengers"), "The 737 passenger jet crashed near the town.", "silent"),
    (record("number", "on board", "15", "foreign nationals, nationals"), "There were 15 foreign nationals onboard.",
     "agree"),

    # "the preliminary report of the March 10 crash": after "of", a date before a noun is that noun's
    (record("date", "preliminary report", "2019-04-04"), "The airline releases preliminary report of 10 March 2019 "
     "crash.", "silent"),
    (record("date", "crash", "2019-03-10"), "The airline releases preliminary report of 10 March 2019 crash.",
     "agree"),

    # "over" after a verb of duration is a bound ("waited over an hour" holds 77 minutes), not "during"
    (record("number", "waited", "77", "minutes"), "Officers waited over an hour before entering the school.",
     "silent"),
    (record("number", "waited", "100", "minutes"), "Officers waited over two hours on the scene.",
     "differ"),

    # a count of one nation's people ("28 Egyptian pilgrims", "Egyptians accounted for 658 deaths") is that nation's
    # part, unless the fact names the nation
    (record("number", "died", "1301", "pilgrims, deaths"), "The prime minister said 28 Egyptian pilgrims died.",
     "silent"),
    (record("number", "died", "28", "pilgrims, Egyptian pilgrims"), "The prime minister said 28 Egyptian pilgrims "
     "died.", "agree"),
    (record("number", "deaths", "1301", "pilgrims, deaths"), "Diplomats said Egyptians accounted for 658 deaths.",
     "silent"),
    (record("number", "deaths", "1301", "pilgrims, deaths"), "Diplomats said the heat caused 658 deaths.", "differ"),

    # a place in the clause of a noun the term is only the topic of, after "into", "over" ("a probe into his death")
    (record("place", "death", "Kharp", rivals="Salekhard"), "The body was taken to Salekhard as part of a probe into "
     "his death.", "silent"),
    (record("place", "death", "Kharp", rivals="Salekhard"), "His death in Salekhard shocked the country.", "differ"),
    # ... but a wh-clause after the preposition has a verb and a date of its own
    (record("date", "imploded", "2023-06-18"), "The Coast Guard leads the investigation into why the vessel imploded "
     "during its 18 June 2023 descent.", "agree"),

    # "a tornado-ravaged town": the participle of a compound adjective describes the noun, no event of the clause
    (record("date", "ravaged", "2021-12-10"), "Biden visited a tornado-ravaged town on 15 December 2021.", "silent"),
    (record("date", "ravaged", "2021-12-10"), "A tornado ravaged the town on 15 December 2021.", "differ"),

    # the first of listed groups ("28 skaters, their coaches, and family members") is a part of the dead
    (record("number", "lives", "67", "deaths, people"), "The crash claimed the lives of 28 young figure skaters, "
     "their coaches, and family members.", "silent"),
    (record("number", "lives", "67", "deaths, people"), "The crash claimed the lives of 28 people.", "differ"),
    # ... but a fact whose unit names the first group's own noun counts it
    (record("number", "figure skaters", "28", "skaters, figure skaters, people"), "The crash claimed the lives of 28 "
     "young figure skaters, their coaches, and family members.", "agree"),

    # names and ages listed with semicolons ("Mirzoyev, 32; Faizov, 19")
    (record("number", "Mirzoyev", "32", "years, year-old"), "The court named the suspects as Dalerdzhon Mirzoyev, 32; "
     "Saidakrami Rachabalizoda, 30; and Mukhammadsobir Faizov, 19.", "agree"),
    (record("number", "Mirzoyev", "33", "years, year-old"), "The court named the suspects as Dalerdzhon Mirzoyev, 32; "
     "Saidakrami Rachabalizoda, 30; and Mukhammadsobir Faizov, 19.", "differ"),

    # a year ending a date is no part of a partitive ("on February 16, 2024, the death of the 47-year-old")
    (record("number", "Navalny", "47", "years, year-old"), "The government announced on February 16, 2024, the death "
     "of the 47-year-old opposition figure Navalny.", "agree"),

    # "passengers and crew" together are everyone, for a fact counting people
    (record("number", "on board", "242", "people, persons, passengers"), "All but one of the 242 passengers and crew "
     "on board were killed.", "agree"),
    (record("number", "on board", "230", "passengers"), "All but one of the 242 passengers and crew on board were "
     "killed.", "silent"),

    # a title in brackets after a name ("Live Nation Entertainment (an organizer of the show)")
    (record("party", "organizer", "[Live Nation, Live Nation Entertainment]", rivals="ScoreMore"),
     "The committee asked Live Nation Entertainment (the organizer of the show) to provide details.", "agree"),
    (record("party", "organizer", "[Live Nation, Live Nation Entertainment]", rivals="ScoreMore"),
     "The committee asked ScoreMore (the organizer of the show) to provide details.", "differ"),

    # "a 29-year-old man was arrested": the age of the noun the term's verb is said of
    (record("number", "arrested", "29", "years, year-old"), "A 29-year-old man was arrested on Tuesday.", "agree"),
    (record("number", "arrested", "29", "years, year-old"), "A 30-year-old man was arrested on Tuesday.", "differ"),

    # a past form after the subject and its aside, with a trailing -ing participle after its comma, is the verb
    (record("date", "crashed", "2025-06-12"), "On June 12, 2025, Flight AI 171, en route from Ahmedabad to London, "
     "crashed seconds after takeoff, plunging into a hostel.", "agree"),
    # ... an aside's past participle stays an aside when the verb follows (its date only a possible conflict)
    (record("date", "report", "2025-06-12"), "The report, published on 3 May 2025, says the engines failed.",
     "silent"),

    # a relative clause after a dash, and predicates coordinated in a relative clause, describe the term
    (record("number", "Palisades fire", "12", "deaths, people, lives"), "A blaze led to the Palisades fire — which "
     "killed 12 people and destroyed homes.", "agree"),
    (record("number", "Palisades fire", "12", "deaths, people, lives"), "He lit the Palisades Fire that incinerated "
     "6,900 structures, claimed 12 lives, and scorched 23,000 acres.", "agree"),

    # (not a past-form aside after the subject: "Crews fought the fire, saved 400 homes and cleared 6,000 structures"
    # tells of the crews, and the fire's relative clause is no chain to it)
    (record("number", "Aske fire", "6837", "structures"), "Crews fought the Aske fire, saved 400 homes and cleared "
     "6,000 structures.", "silent"),

    # a bare count as the subject of a verb of dying counts the dead
    (record("number", "warehouse", "6", "deaths, workers"), "At least six died in an Amazon warehouse.", "agree"),
    (record("number", "warehouse", "6", "deaths, workers"), "At least seven died in an Amazon warehouse.", "differ"),

    # a share whose predicate holds the term ("83% of whom were not authorised")
    (record("number", "not authorised", "83", "percent"), "In all, 1,301 pilgrims died, 83% of whom were not "
     "authorised.", "agree"),
    (record("number", "not authorised", "83", "percent"), "In all, 1,301 pilgrims died, 80% of whom were not "
     "authorised.", "differ"),

    # a place after "near" and a determiner ("near the Florida coast") is a point of reference: a matching one does
    # not hide the place the event is in
    (record("place", "splashed down", "[Florida, Gulf of Mexico]", rivals="Atlantic Ocean"), "The capsule splashed "
     "down in the Atlantic Ocean, near the Florida coast.", "differ"),
    (record("place", "splashed down", "[Florida, Gulf of Mexico]", rivals="Atlantic Ocean"), "The capsule splashed "
     "down in the Gulf of Mexico, near the Florida coast.", "agree"),

    # disputing a figure, claiming responsibility for a deed: the act's date, not the figure's or the deed's
    (record("date", "official death toll", "2018-08-28"), "Trump on 13 September 2018 disputed the official death "
     "toll.", "silent"),
    (record("date", "bombing", "2017-05-22"), "Islamic State claimed responsibility on 23 May 2017 for a bombing "
     "in Manchester.", "silent"),
    (record("date", "bombing", "2017-05-22"), "A bombing in Manchester killed 22 people on 23 May 2017.", "differ"),

    # a length of years after "for at least" is a sentence, no age
    (record("number", "Salman", "22", "years, year-old"), "His brother was jailed for at least 55 years for helping "
     "Salman.", "silent"),
    (record("number", "Salman", "22", "years, year-old"), "Salman, 23, was named as the bomber.", "differ"),

    # a figure in what was intended, after a comma too ("their mission, planned to last just eight days,") is no result
    (record("number", "mission", "286", "days"), "Their mission, planned to last just eight days, finally ended.",
     "silent"),
    (record("number", "mission", "286", "days"), "Their mission lasted eight days.", "differ"),

    # "nearly nine months" is at most nine months: 286 days is past it
    (record("number", "in space", "286", "days"), "They have been stuck in space for nearly nine months.", "differ"),
    (record("number", "in space", "286", "days"), "They were stuck in space for nine months.", "agree"),

    # one coarse unit is a round figure: "a week" holds 8 days, "a month" not 40
    (record("number", "supposed to", "8", "days"), "They were supposed to return after a week at the station.",
     "agree"),
    (record("number", "supposed to", "40", "days"), "They were supposed to return after a month at the station.",
     "differ"),

    # "about" a coarse figure is looser by a whole unit: "about 13 weeks" holds 87 days, not 80
    (record("number", "flowing", "87", "days"), "Oil has been flowing into the Gulf for about 13 weeks.", "agree"),
    (record("number", "flowing", "80", "days"), "Oil has been flowing into the Gulf for about 13 weeks.", "differ"),

    # a lower-case term is no part of an organisation's name ("the Committee on Foreign Investment"), and a
    # capitalised word that only resembles it is a name's ("Committee" is no misspelt "committed")
    (record("number", "investment", "11", "billion dollars"), "The panel of the Committee on Foreign Investment "
     "reviewed the $14.9 billion transaction.", "silent"),
    (record("number", "investment", "11", "billion dollars"), "The investment of $14.9 billion was reviewed.",
     "differ"),
    (record("number", "committed", "11", "billion dollars"), "The Committee reviewed the $14.9 billion transaction.",
     "silent"),
    # (also when the name opens the sentence with its "The")
    (record("number", "investment", "11", "billion dollars"), "The Committee on Foreign Investment reviewed the $14.9 "
     "billion transaction.", "silent"),

    # "ranging from 2.8 to 7.5" is the spread of several values: it holds a value without stating it
    (record("number", "aftershock", "6.4", "magnitude"), "The agency recorded 36 aftershocks, ranging from magnitude "
     "2.8 to 7.5.", "silent"),
    (record("number", "aftershock", "6.4", "magnitude"), "The aftershock measured magnitude 6.2 to 6.6.", "agree"),

    # a relative clause whose verb is one of occurring dates the term's noun itself ("which occurred on Saturday")
    (record("date", "explosion", "2013-07-06"), "Hundreds fled the explosion, which occurred early on 7 July 2013.",
     "differ"),
    (record("date", "explosion", "2013-07-06"), "Hundreds fled the explosion, which occurred early on 6 July 2013.",
     "agree"),

    # "March 8 in 2014" is a full date
    (record("date", "vanished", "2014-03-08"), "The flight vanished on March 8 in 2014, while flying to Beijing.",
     "agree"),
    (record("date", "vanished", "2014-03-08"), "The flight vanished on March 8 in 2015, while flying to Beijing.",
     "differ"),

    # a verb of committing dates itself, not the later act of its to-infinitive ("agreed in July 2016 to call off the
    # search")
    (record("date", "call off", "2017-01-17"), "The three countries agreed in July 2016 to call off the search.",
     "silent"),
    (record("date", "call off, called off", "2017-01-17"), "The three countries called off the search in July 2016.",
     "differ"),

    # a date before the term's noun far from the fact's names another instance ("the 1934 earthquake"), not a
    # misstatement; a year's slip ("the 2014 earthquake" for 2015) or a full date written out still differs
    (record("date", "earthquake", "2015-04-25"), "My grandparents told me of the devastation of the 1934 earthquake.",
     "silent"),
    (record("date", "earthquake", "2015-04-25"), "Rescuers still search the ruins of the 2014 earthquake.",
     "differ"),
    (record("date", "earthquake", "2015-04-25"), "The 25 April 2005 earthquake flattened the valley.", "differ"),

    # review cases: "the disputed election" is an adjective, no act on it; "(not the organizer)" is no title; an
    # opening phrase of a vote held on a day dates the main clause; "a year ago" is that year; "a decade" is no round
    # figure for 12 years; "about two weeks" is no 21 days; "Tuesday talks" are one-off; "took hold" is no "took place"
    (record("date", "election", "2024-05-03"), "The disputed election was held on 4 May 2024.", "differ"),
    (record("party", "organizer", "[Live Nation]", rivals="ScoreMore"), "Live Nation (not the organizer of the show) "
     "said it would cooperate.", "silent"),
    (record("date", "approved", "2024-05-06"), "In a vote held on 5 May 2024, parliament approved the bill.",
     "differ"),
    (record("number", "lasted", "12", "years"), "The war lasted a decade.", "differ"),
    (record("number", "lasted", "21", "days"), "The strike lasted about two weeks.", "differ"),
    (record("date", "fire", "2013-07-06"), "The fire, which took hold on 8 July 2013, spread fast.", "silent"),
    (record("date", "imploded", "2023-06-20"), "The inquiry into how the vessel imploded opened on 20 June 2023.",
     "silent"),

    # a title in apposition after a name keeps the name even when a relative clause ("whose ...") runs on past the
    # usual reach of an apposition
    (CHAIR, "Axel Roe, the Velmar Bank chair whose stiff manner seemed to convey his discomfort throughout the long "
     "meeting, instinctively pulled back.", "agree"),
    (CHAIR, "Tom Lind, the Velmar Bank chair whose stiff manner seemed to convey his discomfort throughout the long "
     "meeting, instinctively pulled back.", "differ"),
]


# cases whose dates count from the source's publication day: (record, text, published, verdict)
PUBLISHED_CASES = [
    (record("date", "crush", "2022-10-29"), "A crush occurred in a narrow alley in Aske on Halloween.", "2022-11-01",
     "silent"),  # counted_only
    (record("date", "crush", "2022-10-29"), "A crush occurred in a narrow alley in Aske during Halloween.",
     "2022-11-01", "silent"),
    (record("date", "crowd crush", "2022-10-29"), "SEOUL, July 25 (Yonhap) -- The court on Tuesday rejected the "
     "motion over last year's deadly crowd crush in Seoul.", "2023-07-25", "agree"),
    (record("date", "crowd crush", "2023-07-25"), "SEOUL, July 25 (Yonhap) -- The court on Tuesday rejected the "
     "motion over last year's deadly crowd crush in Seoul.", "2023-07-25", "silent"),  # counted_only
    (record("date", "crowd crush", "2022-10-29"), "They blamed him for October's crowd crush that left 159 people "
     "dead.", "2023-07-25", "agree"),
    (record("date", "vote", "2023-10-29"), "Parties are preparing for October's vote.", "2023-07-25", "agree"),
    # a definite dated noun with a past relative clause after it is a known event, whatever the main clause's tense
    (record("date", "floods", "2025-07-04"), "A committee will investigate the response to the historic July 4 floods "
     "that killed 137 people.", "2025-10-14", "agree"),
    # a deed a verb of judging or accusing names with a gerund came before the charge: it leans past
    (record("date", "starting", "2025-01-01"), 'Roe, 29, is charged with "maliciously" starting a fire on January 1.',
     "2025-10-23", "agree"),
    (record("date", "starting", "2025-01-01"), "Roe is accused of starting a fire on January 2.", "2025-10-23",
     "differ"),
    # a planned event's date ("a trial date of December 16 was set") may be to come though its setting is past
    (record("date", "trial", "2025-12-16"), "A trial date of December 16 was set.", "2025-10-23", "agree"),
    # the present of a schedule ("the hajj, which concludes on Wednesday") is to come
    (record("date", "concludes", "2024-06-19"), "The hajj, which concludes on Wednesday, is a mass gathering.",
     "2024-06-16", "agree"),
    # "a week ago" is loose: a few days either side of seven days back
    (record("date", "crash", "2019-03-10"), "Staff remembered the crew who died in the crash a week ago.", "2019-03-18",
     "agree"),
    (record("date", "crash", "2019-02-20"), "Staff remembered the crew who died in the crash a week ago.", "2019-03-18",
     "silent"),  # counted_only
    # the anniversary of a name's death: the term is the anniversary's topic, past the owner's words
    (record("date", "death", "2024-02-16"), "Events were held on Sunday to mark the first anniversary of opposition "
     "leader Alexey Navalny's sudden death.", "2025-02-16", "silent"),
    # a trailing speaker past a relative aside ("..., Ivan Roe, who directs the foundation, said on Saturday")
    (record("date", "death", "2024-02-16"), '"The death was sudden," Ivan Roe, who directs the foundation, said on '
     "Saturday.", "2024-02-18", "silent"),
    # "five years ago" is loose: half a year either side of five years back
    (record("date", "sentenced", "2020-08-27"), "The gunman was sentenced five years ago.", "2026-02-11", "agree"),
    # counted_only: a day counted from publication, and no date of the fact's
    (record("date", "sentenced", "2019-06-27"), "The gunman was sentenced five years ago.", "2026-02-11", "silent"),
    # a weekday before a noun of a weekly observance names a recurring event ("during Friday prayers"), no date
    (record("date", "attacked", "2019-03-15"), "The mosques were attacked during Friday prayers.", "2019-03-14",
     "silent"),
    (record("date", "attacked", "2019-03-15"), "The mosques were attacked on Friday.", "2019-03-16", "agree"),
    (record("date", "talks", "2024-03-12"), "Officials met again after Tuesday talks collapsed.", "2024-03-14",
     "agree"),
    # counted_only: a day counted from publication, and no date of the fact's
    (record("date", "sentenced", "2022-12-05"), "The gunman was sentenced a year ago.", "2024-06-01", "silent"),
    # a day in brackets with a clock time and a time zone restates the same moment elsewhere
    (record("date", "lost contact", "2014-03-08"), "Controllers lost contact with the flight at 2:40 a.m. local time "
     "on 8 March 2014 (1:40 p.m. Friday ET).", "2014-03-08", "agree"),
    # a dateline inside a line, after a byline: a place in capitals, the date, an agency in brackets
    (record("date", "pleaded", "2025-10-23"), "* Trial set By Jo Roe and Al Lind LOS ANGELES, Oct 24 (Reuters) - The "
     "man pleaded not guilty on Thursday.", "2025-10-24", "agree"),
]


@pytest.mark.parametrize("spec, text, published, verdict", PUBLISHED_CASES)
def test_session_24_rule_cases_with_a_publication_day(tmp_path, spec, text, published, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_24_rule_cases(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@settings(max_examples=25, deadline=None)
@given(first=st.integers(1, 27), span=st.integers(1, 3), fact=st.integers(1, 30))
def test_a_day_range_joined_by_an_en_dash_agrees_when_it_holds_the_fact_s_day(tmp_path_factory, first, span, fact):
    """'On June D1–D2, 2023, ... led a mutiny': the range agrees with a fact day inside it and differs otherwise."""
    last = first + span
    spec = record("date", "mutiny", f"2023-06-{fact:02d}")
    text = f"On June {first}–{last}, 2023, Ivan Orsk led a mutiny against the army."
    verdict = one(tmp_path_factory.mktemp("r"), spec, text)[0]
    assert verdict == ("agree" if first <= fact <= last else "differ")
