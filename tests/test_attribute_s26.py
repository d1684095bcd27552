"""Rules of session 26, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest

from .helpers import one, record

OTHER = ("\n- id: f\n  claim: Eight other children were stabbed and survived.\n  kind: number\n  about: [wounds, injured]\n"
         "  value: 8\n  unit: [children]\n  tolerance: 0\n")
TURNOUT = record("number", "turnout", "62.6", "per cent, percent")
VERDICT = record("date", "verdict", "2018-06-07")
QUAKE_TOLL = record("number", "dead, killed", "316000", "people, dead")
DEAL = ("\n- id: f\n  claim: Disney's final deal for the assets was valued at $71.3 billion.\n  kind: number\n"
        "  about: [deal, bid, offer]\n  value: 71300000000\n  unit: [dollars, USD]\n  tolerance: 1%\n")
VICTIMS = record("number", "victims, killed", "16", "people, victims")
FILING = record("date", "bankruptcy, filed", "2008-09-15")
LOST = record("date", "lost", "2003-02-01")
MISSION = record("number", "mission", "16", "days")
STORES = record("number", "stores", "460", "stores")
STAFF_TOLL = record("number", "killed, dead", "12", "people, victims, journalists")
FRONT = record("party", "Roe, Mara Roe", "[National Front, FN]", "", "Republicans")
PASSENGERS = record("number", "passengers, carrying", "238", "passengers")
MINISTER = record("party", "Luiz Lind, Lind", "[chief minister]", "", "finance minister")
ARSONIST = record("party", "setting fire, set fire", "[Jon Roe, Roe]", "", "")
COURT = record("party", "sentenced", "[Aske District Court]", "", "Velmar High Court")
DEAD = record("number", "killed, died", "72", "people")
PARTY = record("party", "Lind, Luiz Lind", "[\"Workers' Party\", PT]", "", "Liberal Party, PL")
BOMBING = record("number", "bombing, bomb", "8", "people")
SHOOTING = record("date", "shooting, rampage", "2015-06-17")
KILLED = record("number", "killed, died", "39", "people")
RAMPAGE = record("date", "embarked, rampage", "2020-04-18")

CASES = [
    # a hedge of several words opening the sentence ("At least", "At most") hedges its number; it is no opening phrase
    # of place or time ("At dawn, ...") whose comma would cut the subject from its verb
    (KILLED, "At least 39 people, including a police officer, were killed when a gunman opened fire.", "agree"),
    (KILLED, "At least 45 people, including a police officer, were killed when a gunman opened fire.", "differ"),
    (KILLED, "At most 39 people, most of them tourists, were killed in the blast.", "agree"),
    (KILLED, "At the club, 38 people were killed when a gunman opened fire.", "differ"),
    # a phrase opened by "including" after a noun, closed by a comma and then a verb, lists the noun's members: the
    # noun and the verb after the phrase are one clause, as with "At least 39 people, including ..., were killed"
    (KILLED, "The siege ended in July, when 39 people, including nine foreign nationals and two officers, were killed.",
     "agree"),
    (KILLED, "The siege ended in July, when 38 people, including nine foreign nationals and two officers, were killed.",
     "differ"),
    # (a trailing "including" phrase with no verb after its comma stays a part of the whole: the 12 are children)
    (KILLED, "The blast killed 39 people, including 12 children, on Friday.", "agree"),
    # "as" after a verb of role or guise names the role ("dressed as an officer", "known as"): no clause opens there,
    # so an opening date phrase still covers the main verb after it
    (RAMPAGE, "On April 18, 2020, a gunman dressed as an officer embarked on a shooting rampage.", "agree"),
    (RAMPAGE, "On April 19, 2020, a gunman dressed as an officer embarked on a shooting rampage.", "differ"),
    (RAMPAGE, "On April 18, 2020, a man known as the Ghost embarked on a rampage.", "agree"),
    # ("as" with a subject and its verb after any other verb is still a subordinator: the rampage is its own clause)
    (record("date", "crashed", "2020-04-18"),
     "The plane crashed on April 19, 2020 as the rampage was under way in the town.", "differ"),
    # a count before "other" or after "the remaining" counts the rest of a group, unless the fact's claim writes its
    # value so ("Eight other children were stabbed"): then it is the fact's own count
    (OTHER, "Eight other children suffered knife wounds, five of them critical.", "agree"),
    (OTHER, "Seven other children suffered knife wounds.", "differ"),
    (record("number", "wounds, injured", "8", "children"), "Eight other children suffered knife wounds.", "silent"),
    # "this", "last" or "next" before a month and its day is no relative month: "In this June 18, 2015, file photo"
    # holds a full date, whose numbers are no age or count ("this" goes with the photo)
    (record("number", "suspect", "21"), "In this June 18, 2015, file photo, the suspect is led from the court.",
     "silent"),
    # an opening phrase naming a picture ("In this June 18, 2015, file photo,", "In a photo taken on 3 May,") dates
    # the picture, not what the main clause says
    (SHOOTING, "In this June 18, 2015, file photo, shooting suspect Jon Roe is led from the court.", "silent"),
    (SHOOTING, "In this file photo from June 18, 2015, shooting suspect Jon Roe is led from the court.", "silent"),
    (SHOOTING, "In a photo taken on 18 June 2015, police guard the scene of the shooting.", "silent"),
    (SHOOTING, "On June 18, 2015, police guarded the scene of the shooting.", "differ"),
    # an adverb of time and an -ing participle after the subject and a comma ("Roe, already facing execution for the
    # 2015 shooting, pleaded ...") open an aside, as a past participle does: the main clause's date is not its event's
    (SHOOTING, "Roe, already facing execution for his 2015 shooting rampage, pleaded guilty on 10 April 2017 to "
     "the state charges.", "agree"),
    (SHOOTING, "Roe, still recovering from the shooting, spoke to reporters on 10 April 2017.", "silent"),
    # an -ing participle after a relative clause's comma, when a comma and the interrupted clause's verb come later,
    # trails the relative's own verb: "killing eight" is the bombing's count
    (BOMBING, "Roe, who admitted blowing up the offices with a bomb, killing eight, before gunning down 69 at the camp, "
     "was sentenced to 21 years.", "agree"),
    (BOMBING, "Roe, who admitted blowing up the offices with a bomb, killing nine, was sentenced to 21 years.", "differ"),
    # (a relative clause still ends at a comma before the interrupted clause's verb)
    (record("date", "arrested", "2020-05-03"), "Roe, who was arrested on 3 May 2020, spoke on 9 June 2021.",
     "agree"),
    # "gunned down", "murdered", "shot dead" are verbs of killing and "stabbed" one of harm: their bare object counts
    # people ("gunning down 69 at the camp")
    (record("number", "camp", "69", "people"), "He went on gunning down 69 at the camp.", "agree"),
    (record("number", "camp", "69", "people"), "He went on gunning down 68 at the camp.", "differ"),
    # a count followed by "on board"/"aboard" counts those aboard: no count of a fact about the dead, unless "all"
    # stands before it or a word of harm follows in its phrase ("the 181 aboard a crashed jet died")
    (DEAD, "At least 36 people were killed when a plane with 72 people on board crashed on landing.", "silent"),
    (DEAD, "The crash killed all 72 people on board.", "agree"),
    (DEAD, "All 72 people on board were killed.", "agree"),
    (DEAD, "Officials said 72 of the 74 aboard a crashed Velmar Air jet died in the accident.", "agree"),
    (record("number", "aboard, on board", "72", "people"), "A plane with 72 people on board crashed on landing.",
     "agree"),
    # a name in a short bracket right after a term's name says what that person belongs to
    (PARTY, "Luiz Lind (Workers' Party, PT) was elected president for the third time.", "agree"),
    (PARTY, "Luiz Lind (Liberal Party) was elected president.", "differ"),
    (PARTY, "Luiz Lind was elected president, beating Jon Roe (Liberal Party).", "silent"),
    # (and a place in a short bracket right after a place's name is where it lies)
    (record("place", "Aske, hotel", "[Bolu, Bolu province]", "", "Istanbul"),
     "A fire at a hotel in the ski resort of Aske (Bolu Province, Turkey) killed 79 people.", "agree"),
    (record("place", "Aske, hotel", "[Bolu, Bolu province]", "", "Istanbul"),
     "A fire at a hotel in the ski resort of Aske (Istanbul Province) killed 79 people.", "differ"),
    # a name before a comma, with a bare title set off by commas after it and a reporting verb ending the sentence, is
    # the saying's subject and the title its apposition ('"Dams opened," Luiz Lind, Velmar chief minister, said')
    (MINISTER, '"Eighty dams opened," Luiz Lind, Velmar chief minister, said on Twitter on Friday.', "agree"),
    (MINISTER, '"Eighty dams opened," Luiz Lind, Velmar finance minister, said on Twitter on Friday.', "differ"),
    (MINISTER, "The flood hit Aske, Velmar, a report said on Tuesday.", "silent"),
    # a term in the relative clause opened by "who" right after a name, coordinated predicates and all, is said of
    # that name
    (ARSONIST, "Jon Roe, who is suspected of entering the studio on July 18 and setting fire with petrol, suffered "
     "burns.", "agree"),
    (ARSONIST, "Jon Roe, who lives nearby, watched as a man began setting fire to the studio.", "silent"),
    # a participle aside after the subject of a clause coordinated by ", and" is an aside as it is after the
    # sentence's first subject: "... , and the court, seeing no chance of change, has sentenced him"
    (COURT, "The trial has ended, though, and the Aske District Court, seeing no chance of change, has sentenced him "
     "to death.", "agree"),
    (COURT, "The trial has ended, and the Velmar High Court, seeing no chance of change, has sentenced him.",
     "differ"),
    # a count's noun that is the fact's unit in the singular, right before a plural noun, modifies that noun: "seven
    # passenger cars" counts cars (not a group's noun, "five police officers", nor a describing word, "three young
    # girls")
    (PASSENGERS, "The train derailed, sending the locomotive and seven passenger cars off the tracks.", "silent"),
    (PASSENGERS, "The train was carrying seven passengers.", "differ"),
    (record("number", "deaths", "4", "deaths"), "There were four child deaths.", "agree"),
    (record("number", "murdering", "3", "girls"), "He admitted murdering three young girls.", "agree"),
    # a unit that only ends in "age" ("percentage") names no age: a bare number or an age is no share
    (record("number", "Lind, won", "66.1", "percent, percentage"), "He won the presidency at age 40.", "silent"),
    (record("number", "Lind, won", "66.1", "percent, percentage"), "Luiz Lind, the 39-year-old politician, won.",
     "silent"),
    (record("number", "Lind, won", "66.1", "percent, percentage"), "Luiz Lind won 65.1 percent of the vote.",
     "differ"),
    (record("number", "Lind", "39", "years of age"), "Luiz Lind, the 39-year-old politician, won.", "agree"),
    # one capitalised word of a political body's kind after a name ("the National Front Party") ends that name: the
    # value is no title of another name there
    (FRONT, "Roe of the National Front Party called Lind to concede the election.", "agree"),
    (FRONT, "The deputy leader of Roe's National Front Party, Jon May, asked on Twitter.", "agree"),
    (FRONT, "Roe of the Republicans Party called Lind.", "differ"),
    (FRONT, "Roe met National Front Chairman Jon May.", "silent"),
    # a past participle right after a partitive's noun, the clause's own verb coming later, describes that noun: the
    # terms in it are the noun's, so the part counts nothing of theirs ("Four of the journalists killed ... have been
    # named")
    (STAFF_TOLL, "Four of the journalists killed in the attack have been named.", "silent"),
    (STAFF_TOLL, "Four of the journalists were killed in the attack.", "differ"),
    # "total" right after a plural noun is a verb whose subject is what its number counts: no tally of the fact's
    # unit ("employees total 87,000")
    (STORES, "The chain has 460 stores, and employees total 87,000.", "agree"),
    (STORES, "The chain's stores total 470.", "differ"),
    # a count spread "across" a place ("460 stores across the US") measures no breadth
    (STORES, "The chain has 460 stores across the U.S. and Canada.", "agree"),
    (STORES, "The chain has 450 stores across the U.S. and Canada.", "differ"),
    # an irregular past participle between a determiner and a noun ("the lost crew") describes the noun, as "the
    # missing team" does: the clause's date is its verb's
    (LOST, "Pupils joined relatives of the lost crew on 1 February 2013.", "silent"),
    (LOST, "The crew was lost on 1 February 2013.", "differ"),
    # a span opening or closing a longer one ("the last 16 minutes of the mission") is a part of it, no length of the
    # whole, unless the claim writes its value so
    (MISSION, "The shuttle broke up in the last 16 minutes of the 16-day mission.", "agree"),
    (MISSION, "The crew spent the first two days of the mission testing equipment.", "silent"),
    (MISSION, "The mission lasted two days.", "differ"),
    # (a measure joined to its noun by a hyphen, "the 16-day mission", is that noun's own, no whole of parts)
    (MISSION, "The shuttle broke up in the last 16 minutes of the 15-day mission.", "differ"),
    # a term modifying a noun of the legal proceedings after an event ("the bankruptcy hearing", "the murder trial",
    # "the bankruptcy court") names no event of the clause's date
    (FILING, "The deal came hours after Velmar's first bankruptcy hearing on 16 September 2008.", "silent"),
    (FILING, "The bankruptcy court approved the sale on 20 September 2008.", "silent"),
    (FILING, "Velmar filed for bankruptcy on 16 September 2008.", "differ"),
    # (so are those who run what follows it: "Election officials completed the count on Saturday")
    (record("date", "election", "2021-09-20"), "Election officials completed the count on 25 September 2021.",
     "silent"),
    (record("date", "election", "2021-09-20"), "The election was held on 25 September 2021.", "differ"),
    # a plural noun a few words after a number, past describing words, is what it counts: a unit written before it
    # ("victims of two devastating terror attacks") counts nothing there
    (VICTIMS, "A mass was held for victims of two devastating terror attacks in Aske and Velmar.", "silent"),
    (VICTIMS, "The death toll of 15 victims was confirmed.", "differ"),
    (record("number", "crew", "11", "crew"), "The jet, with a crew of 11 and 367 passengers, landed.", "agree"),
    # a deal noun owned by a name the claim does not hold ("Comcast's deal is valued at $65 billion") is that other
    # buyer's deal; not a deal noun that is only the object of another verb before the value
    (DEAL, "Velmar's deal is valued at $65 billion.", "silent"),
    (DEAL, "Disney's deal is valued at $65 billion.", "differ"),
    (DEAL, "Disney pushed back on Velmar's offer with a higher bid of $71.3 billion.", "agree"),
    # four digits before a time zone or "hours" are a clock time, no year ("at 8:41 p.m. (1841 UTC)")
    (record("date", "crashed", "2013-07-24"), "The train crashed at 8:41 p.m. on 24 July 2013 (1841 UTC) near Aske.",
     "agree"),
    (record("date", "crashed", "2013-07-24"), "The train crashed at 8:41 p.m. (1841 UTC) near Aske.", "silent"),
    (record("date", "crashed", "2013-07-24"), "The train crashed in 1841 near Aske.", "differ"),
    # a number's separator ("300,000") ends no phrase opened by "after": its figure and the terms after it stay there
    (QUAKE_TOLL, "Four years after a 7.0 earthquake left 316,000 dead, Velmar on Sunday remembered its dead.",
     "agree"),
    (QUAKE_TOLL, "Four years after a 7.0 earthquake left 216,000 dead, Velmar on Sunday remembered its dead.",
     "differ"),
    # a figure after "down from", "up from" or a verb of change and "from" is the level it changed from, an earlier
    # figure
    (TURNOUT, "Turnout was 62.6 per cent, down from 67 per cent in 2019.", "agree"),
    (TURNOUT, "Turnout was down from 67 per cent in 2019.", "silent"),
    (TURNOUT, "Turnout fell to 61 per cent.", "differ"),
    # a date right after a word of a latest time ("before", "by", "no later than") is a bound, no date of the event;
    # not a fronted time, a span from another event, or a date naming a noun's event
    (VERDICT, "A verdict is expected before the summer.", "silent"),
    (VERDICT, "The verdict is due by the end of June 2018.", "silent"),
    (VERDICT, "By 8 June 2018, the court had delivered its verdict.", "differ"),
    (VERDICT, "The verdict came three months before the 2018 election.", "silent"),
    (VERDICT, "The verdict came on 7 June 2018, shortly before June 30.", "agree"),

    # edges a review of the session's rules found (each a false agree or a lost verdict before it was narrowed):
    # a bracket after a place holds where it lies only as names from its opening
    (record("place", "Aske, hotel", "[Tessel]", "", "Velmar"),
     "A fire at a hotel in Aske (120 km from Tessel) killed 79 people.", "silent"),
    (record("place", "Aske, hotel", "[Tessel]", "", "Velmar"),
     "A fire at a hotel in Aske (not Tessel, as first reported) killed 79 people.", "silent"),
    # a party's kind word ends its name only where the noun phrase ends, and only "Party": "Coalition", "League" name
    # a wider body
    (FRONT, "Roe met National Front Party leader Jon May.", "silent"),
    (FRONT, "Roe of the National Front Coalition called Lind.", "silent"),
    # a "who" clause's term is the name's own, not one in a clause nested in it
    (ARSONIST, "Jon Roe, who was injured when an intruder set fire to the studio, is recovering.", "silent"),
    # a plural noun after the number counts in its stead only after "of"
    (VICTIMS, "The victims were 16 young students.", "agree"),
    # a noun of the proceedings before another noun only describes it ("bankruptcy court protection")
    (FILING, "Velmar filed for bankruptcy court protection on 15 September 2008.", "agree"),
    # a weekday's possessive owns no deal
    (DEAL, "Monday's offer of $71.3 billion from Disney was accepted.", "agree"),
]


def test_a_share_of_the_claims_whole_ends_at_its_verb(tmp_path):
    """'with 50.9% of votes compared with 49.1% for Roe': the whole is 'votes' (the claim's), not 'votes compared'."""
    share = ("\n- id: f\n  claim: Lind won 50.9% of the valid votes.\n  kind: number\n  about: [Lind]\n  value: 50.9\n"
             "  unit: ['%', percent]\n  tolerance: 0.05\n")
    text = "The court declared Lind the next president, with {}% of votes compared with 49.1% for Roe."
    assert one(tmp_path, share, text.format("50.9"))[0] == "agree"
    assert one(tmp_path, share, text.format("52.9"))[0] == "differ"


@pytest.mark.parametrize("rec, text, expected", CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_rule(tmp_path, rec, text, expected):
    assert one(tmp_path, rec, text)[0] == expected
