"""Function words: clause openers, determiners, reporting verbs, auxiliaries, name particles."""

from __future__ import annotations

from .numbers import ABOARD_WORDS

# Words that open a new clause: a value on one side of them does not describe a term on the other.
CLAUSE_OPENERS = {
    "before", "after", "until", "till", "when", "whenever", "while", "whereas", "although", "though",
    "because", "since", "unless", "if", "once", "but", "which", "who", "whom", "whose", "that", "where",
    "however", "yet", "whilst", "as well as", "meanwhile", "then", "why", "how", "whether", "despite",
    "instead",  # "instead of holding on for the autumn": the alternative not taken is a clause of its own
}
# Verbs that report speech: the date of saying is not the date of what was said.
REPORTING_VERBS = {
    "said", "says", "say", "told", "announced", "announces", "announce", "stated", "states", "reported",
    "reports", "added", "noted", "wrote", "tweeted", "explained", "insisted", "claimed", "argued",
    "recalled", "underlined", "stressed", "clarified",
}
# Verbs of speaking aloud: "one" and a singular noun before one names a speaker ("one student telling reporters",
# "When one resident shouted"), no count (``_one_speaker`` in kinds/number).
SPEAKING_VERBS = frozenset({"said", "says", "saying", "told", "telling", "tells", "shouted", "shouting", "yelled",
                            "yelling", "cried", "screamed", "screaming", "recalled", "recalling", "explained",
                            "insisted", "complained", "described", "describing"})

# Words that put an event under way at a time, not starting then: "the fire continued to rage on Wednesday", "was
# still burning on 3 May"; a date so said is a time the event went on (not one after until/through: its end).
ONGOING_WORDS = {"continued", "continues", "continuing", "still"}
# Verbs of keeping someone in a post, before "as" and the post ("he kept the general as head of the guard in 2021"):
# the post went on then, it did not start (``relations.ongoing``).
KEEPING_VERBS = {"kept", "keeps", "keeping", "retained", "retains", "retaining"}

# Verbs that name a value with "as": in "the date was announced as 14 October" the date after "as" is what is
# named, not when the naming was done.
NAMING_VERBS = {"named", "set", "fixed", "designated", "confirmed", "announced", "revealed", "given", "listed"}

# Present forms that are nouns too ("the report"): a reporting verb only where a trailing reporting clause puts
# them, after a comma and a short subject at the sentence's end (", researchers report today in Nature").
TRAILING_REPORTING_VERBS = {"report", "write", "note", "conclude", "estimate", "find", "warn", "add"}

# Verbs of putting on record: in the passive after an event noun ("her death was registered on 16 May") the date is
# the recording's, as a reporting verb's is the saying's.
RECORDING_VERBS = {"registered", "recorded", "certified", "logged", "documented", "filed"}
# What instruments record as it happens: "a magnitude 6.8 earthquake was recorded on Friday" dates the quake, unlike
# "her death was registered on 16 May" (a record made after)
DETECTED_EVENTS = {"earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks",
                   "explosion", "explosions", "blast", "blasts", "eruption", "eruptions", "rainfall", "rain",
                   "temperature", "temperatures", "gust", "gusts", "wind", "winds", "surge", "shock", "shocks"}
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
# Plurals without an -s ("2,000 people", "40 children"): counts of many all the same
IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "feet", "teeth", "mice", "geese", "police",
                               "cattle", "personnel"})

# Lower-case words that may stand inside a proper name ("Bashar al-Assad", "Charles de Gaulle").
NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "du",
                  "of", "and"}

# Words right after a measurement that say what it measures ("1,600 feet away", "3,810 metres
# underwater"): such a number belongs to the fact only if an about-term follows in that phrase.
COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
MEASURE_QUALIFIERS = {"away", "from", "off", "long", "deep", "high", "tall", "wide", "underwater",
                      "below", "beneath", "above", "across", "apart", "offshore", "inland", "down",
                      "up"} | COMPASS_POINTS

# Of those, the words that place something at a distance from what follows ("3.2 km from the entrance",
# "300 metres below the surface"): the measure is a distance from it, not its own length or depth.
POSITION_QUALIFIERS = {"away", "from", "off", "apart", "offshore", "inland", "below", "beneath", "above",
                       "underwater"} | COMPASS_POINTS
# Nouns naming a dimension: "a width of 48 m" is a width, whatever the sentence is about.
DIMENSION_NOUNS = {"length", "width", "breadth", "depth", "height", "distance", "area", "volume", "weight", "mass",
                   "diameter", "radius", "thickness", "altitude", "elevation", "span", "circumference", "draught", "draft"}
# The adjectives that state a dimension after a measure ("300 metres long"), by dimension noun.
DIMENSION_ADJECTIVES = {"long": "length", "wide": "width", "broad": "breadth", "deep": "depth", "high": "height",
                        "tall": "height", "thick": "thickness", "away": "distance",
                        "down": "depth", "below": "depth", "underwater": "depth"}  # "the seabed, 50m down"
# Those that state a size of the thing measured, written right after its measure ("7 metres high", "a 10-foot-deep
# crater"): all but "away", a distance from something else.
SIZE_ADJECTIVES = {adjective: dimension for adjective, dimension in DIMENSION_ADJECTIVES.items() if adjective != "away"}
# A dimension's adjective or noun -> the dimension ("wide" and "width" are both the width).
DIMENSION_OF = {**DIMENSION_ADJECTIVES, **{noun: noun for noun in DIMENSION_ADJECTIVES.values()}}

# Nouns whose "on X" / "about X" names a topic: in "talks on the ceasefire on 9 November"
# the date is the talks', not the ceasefire's.
TOPIC_NOUNS = {"update", "updates", "report", "reports", "news", "talks", "talk", "statement", "statements",
               "comments", "comment", "remarks", "debate", "discussion", "discussions", "briefing",
               "question", "questions", "story", "stories", "article", "articles", "coverage", "hearing",
               "conference", "meeting", "negotiations", "consultations", "vote", "resolution", "book",
               "documentary", "series", "podcast", "blog", "thread", "poll", "survey", "study", "inquiry", "enquiry", "inquiries", "enquiries",
               "announcement", "announcements", "speculation", "rumours", "rumors", "warning", "warnings"}
# Nouns of legal proceedings whose "over X" names the event they are about: "sent him to jail yesterday in a case over
# the fire" is the sentencing's day, not the fire's (a value right after the term is still its own: "a lawsuit over the
# crash that killed eight people").
PROCEEDING_NOUNS = {"case", "cases", "lawsuit", "lawsuits", "suit", "suits", "trial", "trials"}
# Nouns after a term that make it only their topic ("the crash investigation ended on 16 June", "the disaster
# verdict"): what follows an event and is about it. Not "vote", "case", "trial", "hearing": "the no-confidence vote
# was held on 3 May", "the first mpox case was confirmed" are the event itself.
AFTER_EVENT_NOUNS = {"investigation", "investigations", "probe", "inquiry", "enquiry", "lawsuit", "anniversary", "memorial",
                     "coverage", "verdict", "ruling", "retrial", "sentencing", "documentary", "investigator",
                     "investigators", "remembrance", "commemoration", "commemorations", "inquest", "inquests"}  # ("the air accident investigator said on Thursday": who looks into it)
# Nouns of what follows an event, after a term that modifies them ("the crash site", "earthquake relief supplies",
# "flood victims"): a date of the clause is not the event's.  For dates only: "the crash site in Aske" still places it.
AFTERMATH_NOUNS = {"site", "sites", "relief", "victims", "survivors", "zone", "zones", "aid", "recovery",
                   "reconstruction", "cleanup", "clean-up", "aftermath", "response", "rubble", "debris", "wreckage",
                   # the legal proceedings that follow it ("Lehman's first bankruptcy hearing Tuesday", "the murder trial")
                   "hearing", "hearings", "trial", "trials", "proceedings", "court", "judge",
                   # those who run what follows it ("Election officials completed the count on Saturday", "the
                   # Oakland fire chief reported on Dec. 3")
                   "officials", "observers", "monitors", "chief", "chiefs", "department", "departments"}
# Nouns of a plan or a campaign for an event, after a term that modifies them ("the bankruptcy plan was proposed in
# May", "an election campaign speech in early July"): a date of the clause is the plan's, not the event's (dates only).
PLAN_NOUNS = {"plan", "plans", "proposal", "proposals", "campaign", "campaigns", "speech", "speeches", "pledge",
              "pledges", "manifesto", "blueprint", "roadmap"}
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding", "concerning", "into"}  # "into": "a report into the crash"
# Participles of setting a time: "a vote on the new proposal set for Monday" is the vote's time.
SETTING_PARTICIPLES = {"set", "scheduled", "slated", "planned", "fixed", "timed"}
# Adjectives of going on, right before a term: "during an ongoing strike in Renton, October 23".
ONGOING_BEFORE = {"ongoing", "continuing", "unfolding"}
# Nouns of trying, and words saying a try failed: what a failed try's to-infinitive says did not happen, and a date
# inside it is the try's ("the first attempt to impeach him last Saturday failed", "a failed bid to land on 3 May").
ATTEMPT_NOUNS = {"attempt", "attempts", "bid", "bids", "effort", "efforts", "try", "tries"}
# "try" before a to-infinitive is attempting ("tried to enter the synagogue"), not judging in court ("was tried in
# Magdeburg"): a term of one of these words ends where "to" follows.
TRY_FORMS = {"try", "tries", "tried", "trying"}
FAILURE_WORDS = {"failed", "unsuccessful", "abortive", "thwarted", "foiled", "aborted", "botched"}  # before the noun
FAILURE_VERBS = {"failed", "fails", "fail", "collapsed", "foundered", "faltered", "fizzled", "stalled"}
# Modals of the future and words of expecting before "to": a name in their clause is an expected holder ("Choi is
# expected to take over as acting president").
FUTURE_MODALS = {"will", "would", "shall"}
EXPECTING_WORDS = {"expected", "set", "due", "poised", "likely", "scheduled", "slated", "tipped", "going"}
# Verbs of saying: what is said after them counts nothing of their subject ("The two reports said 29 people died").
# Not "claimed": "claimed 29 lives" is no saying.
SAYING_VERBS = {"said", "says", "say", "told", "tells", "reported", "reports", "stated", "states", "announced", "noted",
                "added", "according", "estimated", "estimates"}
# Qualifiers of a noun that exclude each other ("a federal judge" is no state judge; "the preliminary report" is not the
# final one): word -> the words it excludes (``other_kind``).
CONTRASTING_QUALIFIERS = {"state": ("federal",), "federal": ("state",), "civil": ("criminal",), "criminal": ("civil",),
                          "preliminary": ("final",), "interim": ("final",), "initial": ("final",),
                          "final": ("preliminary", "interim", "initial"), "domestic": ("international", "foreign"),
                          "international": ("domestic",), "foreign": ("domestic",)}
# Verbs of winning what is counted, one act whichever is written ("won 390 seats", "capturing 390 seats"): a count
# said of the subject by one of them is the fact's when its claim uses another (``shared_subject``).
WINNING_VERBS = frozenset({"won", "win", "wins", "winning", "captured", "capture", "captures", "capturing", "secured",
                           "secure", "secures", "securing", "took", "take", "takes", "taking", "gained", "gain",
                           "gains", "gaining", "clinched", "clinch", "clinches", "clinching", "bagged", "bag",
                           "bags", "bagging", "garnered", "garner", "garners", "garnering", "obtained", "obtain",
                           "obtains", "obtaining"})
# Verbs of holding a share or a stake ("Qatar owns 12 percent of Xstrata"): the figure after one is its subject's
# (``other_holder``).
HOLDING_VERBS = frozenset({"owns", "owned", "own", "holds", "held", "hold", "controls", "controlled", "control"})
# Verbs of offering or paying a price "for" what is bought ("offered $38 billion for NXP", ``other_deal``).
OFFERING_VERBS = frozenset({"offered", "offer", "offers", "offering", "bid", "bids", "bidding", "paid", "pay", "pays",
                            "paying"})
# Nouns of a craft people are counted aboard ("243 people on the KLM jet", ``own_place``; not "on the Aske highway").
CRAFT_NOUNS = frozenset({"jet", "jets", "plane", "planes", "aircraft", "airliner", "jetliner", "flight", "ship", "ships",
                         "ferry", "boat", "boats", "vessel", "train", "bus", "helicopter", "craft", "spacecraft",
                         "capsule", "submarine", "yacht", "tanker", "liner", "cruise", "shuttle", "rocket"})
# Verbs of telling someone something: "informing 80,000 employees that ...", where "that" opens what is told, no
# relative clause about those told (``counted_relative``).
TELLING_VERBS = {"inform", "informs", "informed", "informing", "tell", "tells", "told", "telling", "notify", "notifies",
                 "notified", "notifying", "warn", "warns", "warned", "warning", "remind", "reminds", "reminded",
                 "reminding", "assure", "assures", "assured", "assuring", "advise", "advises", "advised", "advising"}
# Determiners of a partitive's noun: "two of the plane's crew", "one of its engines".
PARTITIVE_OPENERS = {"the", "its", "their", "his", "her", "our"}
# Words that say a number counts several things together ("the fires that, combined, killed 31").
JOINT_WORDS = {"combined", "together", "altogether"}
# Nouns of something two or more do together: "A and B stitched a partnership of 192 runs" (``joint_subject``).
JOINT_NOUNS = {"partnership", "partnerships", "stand", "stands", "alliance", "combined", "together", "jointly",
               "collaboration", "tandem", "duo", "pair"}
# Things divided among holders: a count of them won or held by two named holders together ("The LDP and Komeito won
# 293 seats") is their sum, no count of each (``joint_subject``)
DIVIDED_NOUNS = frozenset({"seats", "seat", "votes", "vote", "ballots", "mandates", "delegates", "electors"})
# Words of an attack itself: a date in a clause about its perpetrator with one of them dates the attack
# (``value_clause``'s person's act: "The gunman opened fire on May 23")
ATTACK_WORDS = frozenset({"opened", "fire", "attacked", "attack", "attacking", "stormed", "storm", "storming", "struck",
                          "strike", "shot", "shoot", "shooting", "fired", "killed", "kill", "killing", "stabbed", "stab",
                          "stabbing", "detonated", "bombed", "rampaged", "murdered", "massacred", "gunned", "wounded",
                          "wounding", "injured", "entered", "barricaded", "targeted", "walked", "forced", "ambushed",
                          "hijacked", "rammed", "drove", "set"})
# Nouns of the groups a figure is broken down by, after an opening "By" ("By prefecture, turnout was highest in ..."):
# not "By contrast", "By law", "By nightfall" (``group_breakdown``)
GROUP_NOUNS = frozenset({"prefecture", "state", "region", "province", "district", "county", "country", "age", "gender",
                         "sex", "party", "constituency", "city", "sector", "industry", "category", "race", "ethnicity",
                         "department", "municipality", "borough", "ward", "precinct", "income", "education"})
# Groups of people a share may be given "for"/"among" ("56.06% for men and 55.80% for women") (``group_breakdown``)
PEOPLE_GROUPS = frozenset({"men", "women", "males", "females", "boys", "girls", "adults", "children", "seniors",
                           "youths", "students", "workers", "voters", "democrats", "republicans", "whites", "blacks",
                           "hispanics", "latinos", "asians", "urban", "rural", "teenagers", "retirees", "pensioners"})
# What a figure may be said to take in or leave out, another quantity than the fact's ("The deal's value, including
# debt, is $64.5 billion"; not "40 killed, including two children": members of the count) (``measure``).
MEASURE_INCLUSIONS = {"debt", "debts", "fees", "fee", "tax", "taxes", "vat", "interest", "costs", "cost", "expenses",
                      "inflation", "bonuses", "bonus", "dividends", "charges", "tips", "shipping", "insurance"}
# Verbs of outdoing that open a sentence with what it outdoes ("Surpassing anything since 1949, the downpour ...");
# not "Beating", "Topping": a win, no comparison (``compared_with``).
FRONTED_OUTDOING = {"surpassing", "eclipsing", "exceeding", "dwarfing", "outstripping", "outpacing"}

# Determiners: words that open a noun phrase ("the", "its", "these").
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those"})
# Words before an -ed word that make it an adjective ("the revised rules", "newly elected").
ADJECTIVE_MARKERS = DETERMINERS | {"your", "newly"}
# Words that open a noun phrase a value can stand in, for attaching values to terms ("that" as a
# demonstrative, "s" the tail of a possessive cut off by tokenising).
NOUN_PHRASE_OPENERS = DETERMINERS | {"that", "s"}
# Possessive determiners ("s" the tail of "the firm's"): the noun after them is that owner's own thing.
POSSESSIVES = frozenset({"s", "its", "his", "her", "their", "our", "my", "your"})

# Verb forms that are only ever a finite verb, never a participle: one after a restrictive relative clause's own verb
# and its words is the verb of the clause the relative interrupts ("the ferry that capsized in April was raised").
FINITE_ONLY = frozenset({"was", "were", "is", "are", "has", "have", "had", "went", "came", "took", "gave", "began",
                         "fell", "rose", "saw", "became", "wrote", "spoke", "broke", "chose", "drove", "flew", "grew",
                         "knew", "threw", "drew", "stole", "froze", "sank", "ran", "withdrew", "remains", "remained"})
# Forms of "to be" that make the participle after them passive, not past ("elections are held").
PASSIVE_AUXILIARIES = ("is", "are", "be", "been", "being", "am", "'s", "'re",
                       # a present copula makes the participle after it a state: "Libya remains divided"
                       "remain", "remains", "stay", "stays", "seem", "seems", "appear", "appears", "look", "looks")

# Words that end a clause for tense: "Since the decision was announced Wednesday, they will appeal".
TENSE_BREAKS = ("and", "but", "when", "while", "after", "before", "because", "which", "who", "that", "since",
                "saying", "although", "though", "whereas")
# Prepositions that make a date a target rather than the time of the verb ("was extended to Nov. 16",
# "called an election for July 4").
TARGET_PREPOSITIONS = ("to", "until", "till", "through", "thru", "for")

# Words that do not start a noun phrase a value could modify.
FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "to", "from",
    "with", "without", "into", "onto", "over", "under", "about", "as", "than", "after", "before",
    "since", "until", "during", "between", "among", "against", "through", "across", "per", "via",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "may", "might", "must", "shall", "should", "it", "its", "this",
    "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
    "which", "who", "whom", "whose", "when", "where", "while", "not", "no", "so", "also", "too",
    "then", "there", "here", "again", "ago", "later", "earlier", "s", "amid", "following", "when",
} | REPORTING_VERBS
INTRO_PREPS = {"during", "in", "on", "after", "before", "since", "under", "amid", "following", "despite",
               "by", "at", "until", "throughout", "over", "within", "last", "earlier", "later", "as", "with"}
# Nouns of a picture: an opening phrase naming one ("In this June 18, 2015, file photo,") dates the picture, not what
# the main clause says happened (``clauses._picture_end``)
PICTURE_NOUNS = {"photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "footage",
                 "screenshot", "screengrab", "video", "videos", "snapshot"}
# Verbs whose "as" names a role or a guise, not a clause ("a gunman dressed as an officer embarked ...", "known as
# the Wild Boars", "served as the chief"): ``clauses._temporal_as``
ROLE_AS_VERBS = {"dressed", "disguised", "posing", "posed", "masquerading", "known", "described", "identified", "named",
                 "listed", "classified", "registered", "employed", "served", "serving", "worked", "working", "hired",
                 "appointed", "elected", "installed", "recognised", "recognized", "regarded", "designated", "labelled",
                 "labeled", "branded", "hailed", "remembered", "characterised", "characterized", "portrayed", "acting",
                 "acted", "reinstated"}
NEW_SUBJECT = {"a", "an", "the", "this", "these", "those", "he", "she", "they", "it", "we", "i", "its", "his",
               "her", "their"}
COMPLEMENT_VERBS = REPORTING_VERBS | {"confirmed", "confirms", "believed", "believes", "declared", "thought",
                                      "feared", "fears", "learned", "revealed", "showed", "shows", "found",
                                      "determined", "concluded", "ruled"}
AUXILIARIES = {"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "did", "should", "must", "might",
               "shall"}  # (not "may": the month)
GERUND_OPENERS = {"after", "before", "while", "when", "since", "until"}
# Words in -ing that are adjectives before a noun, no gerund: "while outgoing Prime Minister Lapid's party won 24",
# "after ruling party members left" open a clause with a subject of their own.
ING_ADJECTIVES = {"outgoing", "incoming", "ongoing", "ruling", "governing", "opposing", "sitting", "reigning",
                  "defending", "leading", "remaining", "existing", "upcoming", "neighbouring", "neighboring"}
# A subordinator then a preposition, no subject or verb of its own ("died while in custody", "once aboard the
# ferry"): a reduced clause sharing the main clause's subject and time, so it opens no clause of its own.
# Verbs of committing to an act still to come: "agreed in July to call off the search" dates the agreeing, not the
# calling off (not "decided", "voted": "decided on 26 April to block the merger" is the blocking decision itself)
DECISION_VERBS = {"agreed", "pledged", "vowed", "promised", "undertook"}
# An adverb of former time before a participle: "the tower, once located in the town, collapsed" ("once" no
# subordinator here: the phrase is an aside like "located in the town")
PARTICIPLE_LEADS = {"once", "formerly", "previously", "originally", "already", "still", "now"}
# A time adverb (or any -ly adverb) between an aside's closing comma and its subject's verb: ", later collapsed"
VERB_LEADS = {"also", "then", "later", "soon", "still", "never", "since", "now", "again", "first", "eventually"}
REDUCED_OPENERS = {"while", "whilst", "when", "though", "although", "once", "if", "unless"}
REDUCED_PREPOSITIONS = {"in", "on", "at", "under", "aboard", "inside", "during"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose", "where", "when"}
# After a comma these open a non-restrictive relative clause, an aside ("Mr Orsk, who was arrested in May, spoke").
NON_RESTRICTIVE = {"who", "which", "whose", "whom", "where"}
# A nationality adjective describes the noun after it ("the Russian-Turkish monitoring center").
DEMONYM_ENDINGS = ("an", "ish", "ese", "i")
# Nationality adjectives of nations (not "Republican", "Maui", "Veteran", which end like them): a closed list, for the
# rules that take such a word for a nation's ("the Iranian death toll", "Portuguese grid operator REN").
NATIONALITIES = frozenset("""
afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani
bahraini bangladeshi belarusian belgian beninese bhutanese bolivian bosnian brazilian british bruneian bulgarian
burkinabe burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian
cuban cypriot czech danish djiboutian dominican dutch ecuadorian egyptian emirati english eritrean estonian
ethiopian fijian filipino finnish french gabonese gambian georgian german ghanaian greek guatemalan guinean haitian
honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
jordanian kazakh kenyan korean kosovan kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian luxembourgish
macedonian malagasy malawian malaysian maldivian malian maltese mauritanian mauritian mexican moldovan mongolian
montenegrin moroccan mozambican namibian nepali nepalese nicaraguan nigerian nigerien norwegian omani pakistani
palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan salvadoran saudi
scottish senegalese serbian sierra singaporean slovak slovenian somali spanish sudanese swedish swiss syrian
taiwanese tajik tanzanian thai togolese tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
vietnamese welsh yemeni zambian zimbabwean
""".split())
# Nationality adjectives with another ending ("Greek sailors", "Dutch regulators").
DEMONYMS = frozenset({"french", "dutch", "greek", "swiss", "czech", "slovak", "slovene", "croat", "serb", "welsh",
                      "scots", "basque", "kazakh", "uzbek", "tajik", "kyrgyz", "turkmen", "lao", "cypriot", "icelandic",
                      "malagasy", "filipino", "argentine", "monegasque", "arab", "inuit", "hellenic", "gallic",
                      "nordic", "baltic", "slavic", "celtic"})
# Prepositions after which a dated noun lends its date to the event ("imploded during its June 18 descent").
TEMPORAL_PREPS = {"during", "in", "on", "at", "amid", "throughout"}

# Words that open the reference of a comparison: what follows names the other thing compared
# ("eclipsing its 2016 purchase of X for $26bn", "shy of the sale price", "compared with 2019").
# Every form of the verbs of outdoing (not "beat" or "top", which as plain past or noun mostly say who won or what led).
COMPARISON_VERBS = {"eclipsing", "surpassing", "exceeding", "overtaking", "topping", "dwarfing", "outstripping",
                    "beating", "eclipsed", "surpassed", "exceeded", "overtook", "dwarfed", "outstripped",
                    "eclipses", "surpasses", "exceeds", "overtakes", "overtaken", "dwarfs", "outstrips",
                    "outpacing", "outpaced", "outpaces", "outselling", "outsold", "outsells", "outnumbering",
                    "outnumbered", "outnumbers", "outperforming", "outperformed", "outperforms", "bettering",
                    "bettered", "betters",
                    # and what outdoes the subject: "the second-deadliest, trailing only the 2012 attack"
                    "trailing", "trailed", "trails"}
# Verbs of breaking a record: before "record" they open what is outdone ("breaking the previous record of 23.1 feet").
RECORD_BREAKING = {"breaking", "broke", "breaks", "broken", "shattering", "shattered", "smashing", "smashed",
                   "beat", "beats"}
# Verbs of drawing level: the with-phrase up to six words after them is what is matched ("tied for strongest landfall
# with the Labor Day hurricane of 1935").
TIE_VERBS = {"tied", "ties", "tying", "equalled", "equaled", "equalling", "equaling", "matched", "matching", "level"}
GAP_WORDS = {"shy", "short", "ahead"}  # "$13 shy of the sale price", "three points ahead of Lind"
# After a number, a gap without "of": "1,325 points behind Lind" (Lind is what it is compared with).
GAP_PREPOSITIONS = {"behind"}
# After a number, a gap with "of" that needs the number ("20 points clear of Syriza"; not "the road was clear of
# debris").
COUNTED_GAP_WORDS = {"clear"}
# Verbs and adjectives of likeness: what follows is what the subject is likened to, another thing ("The attacks
# mirrored the Capitol invasion of 6 January 2021", "reminiscent of the 2021 invasion", "similar to the 2019 fire").
RESEMBLING = {"mirrored", "mirroring", "mirrors", "echoed", "echoing", "echoes", "evoked", "evoking", "evokes",
              "resembled", "resembling", "resembles"}
# Prepositions of likeness: "just like the Minneapolis bridge that collapsed in 2007", "Unlike the 2019 vote": what
# follows is the thing likened to, not the subject.
LIKENING_PREPOSITIONS = {"like", "unlike"}
# Words after which "like" is a preposition, not a verb: "just like", "much like"
LIKE_LEADS = {"just", "much", "exactly", "rather", "very", "more", "not"}  # (not "looked like the bridge collapsed": a
# clause, "as if")
RESEMBLING_BEFORE = {"reminiscent": "of", "akin": "to"}  # (not "similar to": often an aside, "The fine, similar to ...,")
COMPARED = {"compared", "comparison", "compares", "compare", "comparing"}  # "compared with", "in comparison to",
# "That compares to £162 million spent on ..."
# Phrases that add another thing beside the subject: what follows is not the subject ("would pay its share in
# addition to its $5 million grant", "besides the 2019 loan"); like a comparison's reference.
ANOTHER_THING = ("in addition to", "besides", "apart from", "aside from", "alongside")
# Superlatives: "the deadliest storm since the 1990 flood" compares the storm with the flood, which it outdoes;
# besides these, a word in -iest is one ("costliest", "busiest").
SUPERLATIVES = {"worst", "best", "most", "least", "first", "largest", "biggest", "greatest", "highest", "lowest",
                "longest", "shortest", "strongest", "weakest", "fastest", "slowest", "hottest", "coldest", "widest",
                "oldest", "youngest", "smallest", "latest", "closest", "fiercest", "severest", "toughest", "lowest"}
# Words in -est that are no superlatives ("the second protest", "the third request").
NOT_SUPERLATIVES = {"protest", "interest", "contest", "request", "conquest", "harvest", "arrest", "unrest", "midwest",
                    "southwest", "northwest", "everest", "bequest", "modest", "honest", "earnest", "manifest"}
# After a number, these make it a difference, not the value ("$13 shy of", "5 points below", "3 up from").
# Comparative adjectives: "N UNIT COMPARATIVE than" states a gap ("5 days later than planned", "$2 bn cheaper than").
COMPARATIVES = ("more", "less", "fewer", "higher", "lower", "greater", "bigger", "larger", "smaller", "longer",
                "shorter", "older", "younger", "earlier", "later", "faster", "slower", "cheaper", "dearer", "deeper",
                "shallower", "taller", "wider", "narrower", "heavier", "lighter", "better", "worse", "farther", "further")
GAP_PHRASES = ("shy of", "short of", "below", "above", "ahead of", "behind", "up from", "down from",
               *(f"{c} than" for c in COMPARATIVES))
# Nouns of putting something in place: a place owning one is the act's agent when its of-phrase names the thing
# ("Azerbaijan's establishment of a checkpoint"); not nouns of saying or looking into ("Orsk's coverage of the crash")
SETTING_UP_NOUNS = {"establishment", "creation", "construction", "installation", "erection", "building", "deployment",
                    "imposition", "introduction", "setting", "opening", "closure", "blockade", "seizure", "capture"}
# Participles that join a place to the noun after it by a hyphen ("the Hopkinton-based company"): the place is that
# noun's seat
SEAT_PARTICIPLES = {"based", "headquartered"}
# Nouns of an organisation's own seat: "the headquarters of Bayer AG in Leverkusen" places Bayer itself.
SEAT_NOUNS = {"headquarters", "seat", "base", "home", "offices", "office", "hq"}
# Nouns of a gap between two figures: a number after one and "of" ("a lead of nearly 20 million votes", "a margin of
# 12 seats") is that gap, no figure of either side.
MARGIN_NOUNS = ("lead", "margin")  # (not "gap", "advantage": "after a gap of 3 years", "took advantage of 3 loopholes")
# Words of a contest's result or standing before "by" and a count: that count is the margin ("retained its majority by
# one seat", "won by six votes", "leads by 3 points", "beat Lind by 40 votes"; not a participle after a comma:
# "The delegation, led by 12 senators," names who).
MARGIN_WORDS = frozenset({"majority", "lead", "leads", "leading", "led", "won", "win", "wins", "winning", "beat", "beats",
                          "beating", "defeated", "defeats", "lost", "lose", "loses", "losing", "ahead", "behind",
                          "trail", "trails", "trailing", "trailed", "edged"})
# Before "N UNIT to M", these make N a change and M the level ("down 250 seats to 121").
# Every form of the verbs of rising and falling.
CHANGE_WORDS = ("down", "up",
                "rise", "rises", "rising", "rose", "risen", "fall", "falls", "falling", "fell", "fallen",
                "drop", "drops", "dropping", "dropped", "climb", "climbs", "climbing", "climbed",
                "gain", "gains", "gaining", "gained", "lose", "loses", "losing", "lost",
                "increase", "increases", "increasing", "increased", "decrease", "decreases", "decreasing", "decreased",
                "grow", "grows", "growing", "grew", "grown", "shrink", "shrinks", "shrinking", "shrank", "shrunk",
                "jump", "jumps", "jumping", "jumped", "slump", "slumps", "slumping", "slumped",
                "plunge", "plunges", "plunging", "plunged", "surge", "surges", "surging", "surged",
                "soar", "soars", "soaring", "soared", "tumble", "tumbles", "tumbling", "tumbled",
                "slip", "slips", "slipping", "slipped", "dip", "dips", "dipping", "dipped",
                "decline", "declines", "declining", "declined", "sink", "sinks", "sinking", "sank", "sunk",
                "skyrocket", "skyrockets", "skyrocketing", "skyrocketed", "balloon", "balloons", "ballooning",
                "ballooned", "dwindle", "dwindles", "dwindling", "dwindled", "swell", "swells", "swelling", "swelled")
# Words before a stage's term that tell it only as a time or a comparison ("Two weeks after the first round", "more
# than her first-round score"), and nouns after it naming its result: the stage is not the clause's (``another_record``).
STAGE_APART_WORDS = frozenset({"after", "before", "since", "than", "having", "until", "ahead"})
RESULT_NOUNS = frozenset({"score", "scores", "result", "results", "tally", "showing", "performance", "total"})
# Nouns of a change: a figure right before one, after "a"/"an", is the size of a change ("a 2 per cent rise to the VAT",
# "a 5% pay increase"), no level (``change_noun``).
CHANGE_NOUNS = frozenset({"rise", "rises", "increase", "increases", "hike", "hikes", "jump", "jumps", "drop", "drops",
                          "fall", "falls", "cut", "cuts", "decline", "declines", "decrease", "decreases", "gain", "gains",
                          "reduction", "reductions", "surge", "dip", "slump", "boost", "raise", "markup", "discount"})
# Verbs of revising a figure to a later one, and the words that may stand between the earlier figure and them ("448
# fatalities which has now been revised down to 435": the later figure replaces it and counts its noun).
REVISED_TO_VERBS = ("revised", "corrected", "adjusted", "lowered", "raised", "downgraded", "upgraded")
REVISION_FILLERS = ("which", "that", "has", "have", "had", "was", "were", "is", "been", "now", "later", "since",
                    "subsequently", "then")
# Verbs of revising a figure: the figure after them and "from" is the one before the revision ("The fine was
# reduced from £10m"), as after CHANGE_WORDS.
REVISING_WORDS = ("cut", "cuts", "reduce", "reduces", "reduced", "reducing", "raise", "raises", "raised", "raising",
                  "lower", "lowers", "lowered", "lowering", "revise", "revises", "revised", "revising", "trim", "trims",
                  "trimmed", "upgraded", "downgraded", "adjusted", "amended", "changed", "moved", "shifted")
# Gerunds of holding that may open each level of a change ("went from holding 11 seats to taking 41")
HOLDING_GERUNDS = ("holding", "having", "winning", "taking")
# Words by which a reported clause puts its event at a time of its own, not the report's ("said the strike began
# three days earlier", "last week", "had begun").
OWN_TIME_WORDS = frozenset({"earlier", "ago", "yesterday", "last", "previous", "previously", "before", "had", "prior"})
# Of them, those that after a compared figure tell of another time than now ("compared with ANO's 29.6% in 2017",
# "Apple's 21% a year earlier"): the figure is set aside (not "had", nor "yesterday", today's news).
ANOTHER_TIME_WORDS = OWN_TIME_WORDS - {"had", "yesterday"}
# Words by which a term's own clause says when for itself ("killed seven people days later"): a date standing apart from
# that clause is no date of the term's (judge.only_value); with the months, weekdays and day words.
WHEN_WORDS = OWN_TIME_WORDS | {"later", "afterwards", "afterward", "next", "following", "since", "until", "recently",
                               "today", "tonight", "tomorrow", "week", "month", "year", "weeks", "months", "years",
                               "days", "day"}
# Words before "to" that make what follows a plan ("plans to strike", "is expected to begin"), not a thing done.
PLAN_BEFORE_TO = EXPECTING_WORDS | {"plans", "planned", "plan", "intends", "intended", "aims", "hopes", "wants", "seeks",
                                    "vowed", "promised", "threatened"}
# Outcomes a count may join ("killed or injured", "dead or missing", "destroyed or damaged"): besides past participles.
OUTCOME_WORDS = frozenset({"dead", "missing", "injured", "wounded", "hurt", "damaged", "destroyed", "displaced",
                           "homeless", "unaccounted"})
# Labels opening a line that links to another article ("Read more: ...", "RELATED: ...", "See also ..."): the line is
# that article's headline.  "related" alone needs a colon or capitals ("Related companies said" is a sentence).
LINK_LABELS = ("read more", "read also", "also read", "see also", "related story", "related stories",
               "related coverage", "related articles", "related news", "more on this story", "you may also like",
               "further reading")
# Words of stamping before a date and a clock time ("Updated 2024-08-25 16:15"): a record's stamp.
STAMP_WORDS = frozenset({"updated", "published", "posted", "modified", "created", "edited"})
# Words between a subject and "be" that leave the subject's head as it is ("is believed to be", "is also").
BELIEF_WORDS = frozenset({"believed", "thought", "said", "reported", "known", "understood", "to", "also", "now", "still"})
# Verbs after which "by N" is the size of a change ("raises wages by 38%", "cut the rate by 0.5 points"), no margin
# of a win: the verbs of rising and falling, less those of a contest's result ("lost by six votes"), and the verbs
# of making something rise or fall.
BY_CHANGE_VERBS = frozenset(CHANGE_WORDS) - {"down", "up", "lose", "loses", "losing", "lost", "gain", "gains", "gaining",
                                             "gained"} | {
    "raise", "raises", "raised", "raising", "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing",
    "boost", "boosts", "boosted", "boosting", "lift", "lifts", "lifted", "lifting", "hike", "hikes", "hiked", "hiking",
    "lower", "lowers", "lowered", "lowering", "expand", "expands", "expanded", "widen", "widened", "narrowed"}
# Participles of comment: a trailing ", underscoring the difficulty of closing deals in 2023" says what the clause
# before shows, not more of what happened then, so its values are its own (unlike ", killing 40").
COMMENT_PARTICIPLES = frozenset({"underscoring", "underlining", "highlighting", "reflecting", "illustrating",
                                 "demonstrating", "showing", "signalling", "signaling", "suggesting", "indicating",
                                 "emphasising", "emphasizing", "echoing", "mirroring", "recalling"})
# Participles of saying: ", adding on Tuesday that ..." tells of a saying, whose time is its own, not the clause's before.
SAYING_PARTICIPLES = frozenset({"saying", "adding", "noting", "telling", "stating", "announcing", "claiming", "insisting",
                                "arguing", "explaining", "writing", "tweeting", "stressing", "warning"})
# "N of the M", "N out of M": M is the whole.
# The opener of a fronted partitive, as a pattern ("Of the 13 defendants, ...", "Among the dead, ...")
FRONTED_PARTITIVE = (r"(?:^|[,;:(]\s*|\b(?:that|and|but|while)\s+)(?:(?:out\s+)?of\s+(?:the|its|their|those|these|all)"
                     r"|among(?:\s+(?:the|its|their|those|these|all))?)\s+")
WHOLE_OPENERS = ("out of", "of", "among")  # "five among the six crew members"
# Words that make a figure a forecast, not a result ("the poll predicted the party would win 410 seats").
# Every form of the verbs of foretelling and their nouns (not the noun "project(s)", nor "estimated", which gives
# an uncertain present figure, nor "expected", which also says what happened as expected).
FORECAST_WORDS = ("predict", "predicts", "predicting", "predicted", "prediction", "predictions",
                  "projected", "projecting", "projection", "projections",
                  "forecast", "forecasts", "forecasting", "forecasted", "forecaster", "forecasters",
                  "foresee", "foresees", "foreseeing", "foresaw", "foreseen",
                  "prognosis", "prognoses")
# Modals of possibility and the verbs of reaching a figure after them: "the toll could be more than 400", "may rise
# to 400" tell a figure that might come, not one reached.
POSSIBILITY_MODALS = ("could", "may", "might")
# Adjectives and participles of expectation before "to" and a verb of level: "the wind speed is likely to remain 100-110
# kmph", "is expected to reach 120 kmph": a figure foreseen, not a result.
EXPECTED_LEVEL_WORDS = ("likely", "expected", "poised")  # (not "set": "was set to be worth $1.7 billion", a deal's value)
LEVEL_VERBS = ("remain", "stay", "reach", "hit", "touch", "cross", "exceed", "top", "rise to", "climb to",
               "increase to", "grow to", "fall to", "drop to", "decrease to", "peak at")  # (not "be": "to be worth")
REACHING_VERBS = ("be", "reach", "rise to", "climb to", "increase to", "grow to", "exceed", "top", "surpass", "hit")
# Words of a claim that is itself an estimate or forecast ("AccuWeather estimated the damage at $250 billion"): it reads
# a forecast's figure as its own.
ESTIMATE_WORDS = frozenset(FORECAST_WORDS) | {"estimate", "estimates", "estimated", "estimating"}  # (not "expected":
# "higher than expected" is no estimate)
# Verbs of asking: a figure in what they ask for ("asked the judge to sentence him to 30 years", "sought a 30-year
# term") is a request, not what was decided. Not "proposed"/"offered": a deal's proposal is often its price.
REQUEST_WORDS = ("ask", "asks", "asked", "asking", "seek", "seeks", "sought", "seeking", "urge", "urges", "urged",
                 "urging", "request", "requests", "requested", "requesting", "demand", "demands", "demanded",
                 "demanding", "call for", "calls for", "called for", "calling for", "push for", "pushed for",
                 "pushing for", "argue for", "argues for", "argued for", "arguing for", "press for", "pressed for",
                 "pressing for")

# Words before "that" whose clause, with a bare "be" in it, says what someone asks should happen (the mandative
# subjunctive: "the request that he be sentenced to 24 years", "urged that the fine be set at $5 million"): a
# proposal, not what was decided. Not "ordered"/"ruled": a court's order is the decision.
MANDATIVE_WORDS = {"ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting", "demand",
                   "demands", "demanded", "demanding", "urge", "urges", "urged", "urging", "recommend", "recommends",
                   "recommended", "recommending", "recommendation", "propose", "proposes", "proposed", "proposing",
                   "proposal", "suggest", "suggests", "suggested", "suggesting", "insist", "insists", "insisted",
                   "insisting", "plea", "motion", "argued", "argue", "argues", "arguing"}
# Words that may stand before an infinitive "be" (no subjunctive then): "could be sentenced", "to be jailed".
BARE_BE_LEADS = {"to", "not", "will", "would", "shall", "should", "could", "can", "may", "might", "must", "cannot"}

# Participles before a noun that make it a proposal ("prosecutors' suggested restitution of $878 million", "the
# requested 30-year term"): what one side asks for, not what was decided. Not "proposed": a proposed deal is often
# the very deal that was then made.
PROPOSAL_PARTICIPLES = {"suggested", "requested", "recommended", "sought", "demanded"}
# Verbs of asking whose direct object is what is asked for: "Prosecutors had sought a three-year jail term".
# Past and -ing forms only ("demand", "requests" are nouns too: "Power demand hits a record 85 gigawatts"); not
# "recommend" ("voted to recommend the new three-year agreement" puts the agreement itself forward).
REQUEST_OBJECT_VERBS = {"sought", "seeking", "demanded", "demanding", "requested", "requesting"}
# Verbs that put something forward without its happening: the day of the offer is not the day of what is offered.
OFFER_VERBS = {"offer", "offers", "offered", "offering", "propose", "proposes", "proposed", "proposing", "suggest",
               "suggests", "suggested", "suggesting"}
# Nouns after "suggested"/"recommended" that make a norm, not a request: "a suggested retail price", "the recommended
# dose".
NORM_NOUNS = {"retail", "price", "prices", "dose", "doses", "dosage", "limit", "limits", "age", "intake", "reading"}
# Words of rank besides the ordinals ("the first"): before a noun and "to be" with a participle they say the act
# happened ("the last miner to be rescued", "the only one to be sworn in"), no act still to come (``intended_act``).
RANK_WORDS = frozenset({"last", "only"})
# Nouns of a bound set on a measure: a term right before one only describes it ("the speed limit was 50 mph" states no
# speed) (``bound_on``).
BOUND_NOUNS = frozenset({"limit", "limits", "cap", "caps", "ceiling", "ceilings", "threshold", "thresholds", "maximum",
                         "minimum"})

# Irregular past tenses and participles: after "and" they open a coordinated predicate
# ("was elected in May and held the seat until 2019").
IRREGULAR_PAST = {"driven", "drove", "stolen", "stole", "frozen", "froze", "hidden", "ridden", "rode", "overseen",
                  "oversaw", "undergone", "underwent",
                  "held", "won", "made", "sold", "built", "seen", "taken", "given", "found", "left", "paid", "put",
                  "set", "kept", "led", "lost", "met", "sent", "spent", "struck", "sunk", "sank", "told", "took",
                  "went", "came", "began", "begun", "became", "bought", "brought", "caught", "chose", "chosen",
                  "drew", "drawn", "fell", "fallen", "flew", "flown", "gave", "got", "grew", "grown", "hit", "hurt",
                  "ran", "rose", "risen", "saw", "shut", "split", "stood", "swore", "sworn", "thrown", "threw",
                  "wrote", "written", "cut", "beat", "beaten", "broke", "broken", "freed", "spoke", "spoken", "torn", "tore",
                  "stricken", "swept", "shaken", "shook", "burnt", "blown", "blew", "burst", "shot"}

# Verbs whose object is the one replaced: "X will replace Y as leader" - Y is the predecessor.
# Every form of the verbs of replacing and removing from office.
# Nouns naming a person by their relation to another: in "Orsk's successor" Orsk is the other one, never the one
# the noun names (unlike "Velmar's regulator", where the owner places the noun).
RELATION_NOUNS = {"successor", "successors", "predecessor", "predecessors", "rival", "rivals", "opponent",
                  "opponents", "challenger", "deputy", "deputies", "wife", "husband", "widow", "spouse", "partner",
                  "son", "daughter", "father", "mother", "brother", "sister", "lawyer", "lawyers", "attorney",
                  "attorneys", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "replacement"}
# Nouns of kin and kinship: "the mother and widow of two people killed", "families of 14 victims" (what is counted after
# their "of" is some of the victims, those the kin belong to)
KIN_NOUNS = frozenset({"mother", "mothers", "father", "fathers", "parent", "parents", "widow", "widows", "widower",
                       "wife", "wives", "husband", "husbands", "son", "sons", "daughter", "daughters", "family",
                       "families", "relative", "relatives", "sibling", "siblings", "children", "brother", "brothers",
                       "sister", "sisters", "kin", "loved"})
# Words after a bare count that say where a part of a toll was ("two outside", "42 at the metro station", "27 more in
# hospitals"): a breakdown by place
BREAKDOWN_PLACE_WORDS = frozenset({"at", "in", "inside", "outside", "on", "near", "aboard", "abroad", "elsewhere", "from"})
SUCCESSION_VERBS = {"defeat", "defeats", "defeated", "defeating", "beat", "beats", "beating", "beaten",
                    "replace", "replaces", "replaced", "replacing", "succeed", "succeeds", "succeeded", "succeeding",
                    "oust", "ousts", "ousted", "ousting", "unseat", "unseats", "unseated", "unseating",
                    "supersede", "supersedes", "superseded", "superseding", "supplant", "supplants", "supplanted",
                    "supplanting", "depose", "deposes", "deposed", "deposing", "topple", "topples", "toppled",
                    "toppling", "overthrow", "overthrows", "overthrew", "overthrown", "overthrowing",
                    "dethrone", "dethrones", "dethroned", "dethroning",
                    "impeach", "impeaches", "impeached", "impeaching"}
# Nouns of a win whose "over" names the one beaten, as the object of a verb of defeating does ("a resounding victory
# over far-right leader Anna Orsk") (``predecessor``).
VICTORY_NOUNS = frozenset({"victory", "victories", "win", "wins", "triumph", "landslide", "upset"})
# Of these, the verbs that remove their object from office: a title in the object's phrase was held until then
# ("lawmakers impeached acting President Han": Han no longer is; "defeated incumbent Sunak" says no such thing).
REMOVAL_VERBS = {verb for verb in SUCCESSION_VERBS if verb.startswith(("oust", "unseat", "depos", "toppl", "overthr",
                                                                       "dethron", "impeach"))}
# Words whose to-infinitive shares their time ("is set to close on 13 October", "began to sink on Monday",
# "decided to block it in April"): the infinitive is their complement, not an intended act of another verb.
# Stems; any inflection counts ("decided", "decides").
INFINITIVE_SHARERS = ("want", "wish", "decid", "agre", "refus", "try", "tri", "attempt", "plan", "hop", "expect",
                      "begin", "began", "begun", "start", "continu", "fail", "manag", "vot", "choos", "chose",
                      "promis", "threaten", "seek", "sought", "aim", "intend", "offer", "prepar", "need", "has",
                      "have", "had", "used", "set", "due", "going", "about", "able", "unable", "likely", "unlikely",
                      "ready", "appear", "seem", "poised", "schedul", "slated", "designed", "meant", "allow",
                      "permit", "forc", "got", "get", "came", "come", "went", "ceas", "stop", "is", "was", "are",
                      "were", "be", "been", "first", "last", "next", "only")
# Verbs of putting someone in a post: their to-infinitive is the post taken up at their time ("In 2011 the
# president appointed him to lead the guard", "was elected to head the party in May"), no act still to come
# (``relations._infinitive_head``). Stems; any inflection counts.
APPOINTING_VERBS = ("appoint", "elected", "named", "picked", "tapped", "hired", "selected", "designated", "assigned",
                    "promoted", "installed")
# Verbs of holding a post, after an appointing verb's "to" ("appointed him to lead the guard"; not "hired them to
# build the stadium", a task).
POST_VERBS = frozenset({"lead", "head", "run", "chair", "command", "serve", "direct", "manage", "oversee", "govern",
                        "helm"})
# Object pronouns: "appointed him to lead": the verb before one is the infinitive's head.
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# A sentence opening with one of these is a fronted subordinate clause that ends at its comma
# ("While the Senate approved the bill, the court blocked it"); unlike "On 9 May," it does not cover the sentence.
FRONTED_SUBORDINATORS = {"while", "whilst", "although", "though", "whereas", "because", "if", "unless", "once"}
# Words of contrast that open a clause of their own after a non-restrictive relative clause ("..., which is 27.45%,
# while Roe ended third").
CONTRAST_OPENERS = {"while", "whilst", "whereas", "although", "though"}  # (not "but": "who won 52% in 2019, but only 41%
# in 2023" goes on with the relative clause)
# Nouns of an actor or a site that an event's noun may modify ("the disaster agency put the toll at 174 on Sunday",
# "the crash site was sealed off on 3 May"): the subject is that actor or site, not the event (``noun_modifier``).
ACTOR_HEADS = frozenset({"agency", "agencies", "authority", "authorities", "office", "officials", "official",
                         "committee", "commission", "ministry", "department", "board", "panel", "team", "teams", "unit",
                         "squad", "investigators", "spokesman", "spokeswoman", "spokesperson", "chief", "victims",
                         "survivors", "suspects", "suspect", "site", "scene", "zone"})
# Words of a time to come in a clause ("will be held on 14 November", "is due to open"): what it tells was still to
# happen when the text was written.
TO_COME_WORDS = frozenset({"will", "shall", "due", "scheduled"})
# Prepositions that open a phrase of the main clause after a trailing reporting clause ("..., officials said on
# Sunday, in one of the worst disasters").
AFTER_REPORT_PREPOSITIONS = frozenset({"in", "at", "during", "amid", "after", "before", "with", "as"})
# Determiners that, after "than", make the count after them an amount known before ("more than the 1.94 inches that
# fell in August"), a comparison's reference, no bound.
DEFINITE_REFERENCE = frozenset({"the", "its", "their", "his", "her", "that", "those"})
# Words that open a clause's subject: after "but", a clause of its own ("..., but the disaster appeared ...").
SUBJECT_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "it", "he", "she",
                             "they", "we"})
# Verbs of taking place: a relative clause of them after an event's noun tells when it happened ("the election that took
# place this year", "the crash, which happened on 1 June"); "took" only before "place".
OCCURRING_VERBS = {"took", "happened", "occurred", "held"}
# Words that end a company's name ("Northwind Ocean Private Ltd", "Beta Corp."): part of the name, never a person.
COMPANY_SUFFIXES = frozenset({"ltd", "limited", "pte", "private", "pvt", "plc", "inc", "incorporated", "corp",
                              "corporation", "co", "llc", "llp", "gmbh", "ag", "sa", "nv", "bv", "ab", "asa", "oy"})
# The word that ends a political body's name ("the National Front Party"): after a name, its kind (not "Coalition",
# "League": a wider body with a name of its own)
PARTY_HEADS = frozenset({"party"})
# The last words of a body's name ("the Federal Deposit Insurance Corp.", "the Fire Department", "the Central Disaster
# and Safety Countermeasure Headquarters"): a lower-case term among the words before them names no thing of its own
ORGANISATION_HEADS = frozenset({"corp", "corporation", "inc", "ltd", "company", "co", "fund", "department", "dept",
                                "headquarters", "agency", "authority", "office", "service", "services", "commission",
                                "committee", "council", "board", "bureau", "ministry", "administration", "institute",
                                "foundation", "association", "society", "force", "brigade", "centre", "center",
                                "station", "unit", "team", "squad", "group", "union", "federation", "organisation",
                                "organization", "trust", "bank", "court", "tribunal", "police"})
# Particles of phrasal verbs: "for carrying out the shooting", "was carried out by five gunmen" (not "down": "was voted
# down by 12 votes" is a margin)
PARTICLES = frozenset({"out", "up", "off"})
# Capitalised words after a place that make a company's brand of it ("Jeju Air", "Velmar Motors", "Aske Telecom"): the
# company is named after the place, not in it.
# Kinds of company that stand before a company's name ("medical device firm Abiomed", "Danish shipping giant Maersk"):
# a place before them describes the company (``attributive_place``).
COMPANY_KIND_NOUNS = frozenset({"firm", "company", "maker", "manufacturer", "developer", "startup", "producer",
                                "retailer", "carrier", "airline", "lender", "insurer", "operator", "giant", "chain",
                                "supplier", "provider", "conglomerate", "automaker", "carmaker", "chipmaker", "drugmaker",
                                "bank"})
BRAND_NOUNS = frozenset({"air", "airlines", "airways", "aviation", "motors", "group", "holdings", "telecom", "energy",
                         "steel", "electric", "petroleum", "oil", "gas", "shipping", "lines"})

# Phrases relating one event to another in time: in "suspended the licences after a collision in 2019" the collision is
# another event, at another time; values inside the phrase are its, values outside it the main event's.
# ("since" is left out: "trapped since the flood of 23 June" dates the state's start by the flood.)
TEMPORAL_RELATIONS = ("after", "following", "before", "prior to", "ahead of", "in the wake of", "in the aftermath of",
                      "in response to", "preceding",
                      # the verb of one event coming after another: "The purge follows Cisco's late 2022 cutbacks", "the
                      # quake was followed by a tsunami"
                      "follows", "followed",
                      # another event the clause's is tied to, not one at its time: "arrested on Friday in connection
                      # with the crash"
                      "in connection with", "in connection to", "related to", "stemming from", "in relation to",
                      # the offence a verdict is for: "sentenced in July 2018 for their role in the disaster"
                      "for their role in", "for his role in", "for her role in", "for its role in",
                      # a cause, earlier than what it caused: "it would close Friday because of the fire"
                      "because of", "owing to")
# Words before "after"/"before" that make it no temporal relation ("named after", "appeared before the court").
NOT_TEMPORAL_BEFORE = {"named", "renamed", "looked", "look", "looks", "looking", "sought", "modelled", "modeled",
                       "chased", "appeared", "appear", "appears", "testified", "testify", "brought", "stood", "came"}
# Who or what one appears "before": a place of hearing, not an earlier event ("before the court on Monday").
BEFORE_AUDIENCES = {"court", "judge", "jury", "committee", "panel", "parliament", "congress", "lawmakers", "reporters",
                    "cameras", "crowd", "audience", "voters", "tribunal", "magistrate", "senators", "legislators"}

# Route roles: the preposition before a place says what the place is to a journey ("from Aske to Velmar",
# "out of Aske, en route for Velmar", "over Tindra"; a verb of leaving before its place: "left Aske").
ROUTE_PREPOSITIONS = {
    "from": "origin", "out of": "origin", "left": "origin", "leaving": "origin", "departed": "origin",
    "departing": "origin",
    "to": "destination", "towards": "destination", "toward": "destination", "bound for": "destination",
    "en route to": "destination", "en route for": "destination", "headed for": "destination",
    "heading for": "destination", "left for": "destination", "departed for": "destination",
    "way to": "destination", "set off for": "destination", "set out for": "destination", "ends at": "destination",
    "terminates at": "destination", "ending at": "destination",
    "over": "path", "across": "path", "through": "path", "via": "path",
}
# Verbs of a route's ends in a claim, before its value ("Stage 5 finished in Saint-Vulbas", "The rally started from
# Aske"): the role the claim gives the value (only a claim's: "The talks ended in Geneva" tells of no journey)
CLAIM_ROUTE_PHRASES = {
    "finished in": "destination", "finishes in": "destination", "finish in": "destination", "finished at": "destination",
    "finishing in": "destination", "started in": "origin", "starts in": "origin", "start in": "origin",
    "started from": "origin", "starting in": "origin", "set off from": "origin", "began in": "origin",
}
# Words naming one end of a journey themselves: a term with one of them asks for that role
# ("departure", "took off" ask for the origin; "destination", "bound", "en route" for the destination).
ROUTE_ROLE_WORDS = {
    "departed": "origin", "departing": "origin", "departure": "origin", "departures": "origin", "departs": "origin",
    "depart": "origin", "takeoff": "origin", "take off": "origin", "took off": "origin", "taking off": "origin",
    "takes off": "origin",
    "destination": "destination", "bound": "destination", "headed": "destination", "heading": "destination",
    "en route": "destination", "arrived": "destination", "arrival": "destination", "arriving": "destination",
    "originates": "origin", "originated": "origin", "originating": "origin", "ends at": "destination",
    "terminates": "destination", "terminating": "destination",
}

# Determiners that mark another instance of a kind: "a separate landslide", "another quake", "a second crash", "an
# earlier incident": that instance's values are not the one the fact is about.
OTHER_INSTANCE = ("another", "a separate", "a second", "a third", "an earlier", "a previous", "a different", "a similar",
                  "a later", "a subsequent", "an unrelated", "the previous", "the preceding", "the last",
                  "a return", "a repeat",  # "a return visit", "a repeat inspection"
                  # an ordinal past the first, definite too: "the third round of water discharge" (not a rank,
                  # "the second-largest", nor a part, "the second half": ORDINAL_NOT_INSTANCE)
                  "a fourth", "a fifth", "the second", "the third", "the fourth", "the fifth",
                  # after a possessive: "Velmar's last referendum", "its previous owner"
                  "s last", "s previous", "its last", "its previous", "their last", "their previous",
                  # an owner's next one is a coming instance: "its next landing attempt in 2024" (not "the next day")
                  "s next", "its next", "their next", "his next", "her next")

# Adjectives of likeness in an of-phrase after an indefinite noun: "a massacre of similar proportions", "a quake of
# comparable strength" is another instance, as "a similar massacre" is.
LIKENESS_ADJECTIVES = frozenset({"similar", "comparable"})

# Words after an ordinal that make it a place or a part, no other instance ("the third time", "the second half"; a
# superlative makes it a rank too: numbers.superlative).
ORDINAL_NOT_INSTANCE = {"half", "quarter", "time", "times", "place"}

# Prepositions after which a noun completes another noun ("the repair bill from the floods", "the survey of the
# damage", "its debt to the bank"): the clause's date or number is the head noun's predicate's, not the term's.
COMPLEMENT_PREPOSITIONS = {"of", "from", "to"}
# Head nouns that are a part or aspect of the event itself: their date is the event's ("the outbreak of the war on
# 27 September", "the sound of the blast on Monday"); with the time nouns ("the night of the fire") and the
# quantities of it ("most of the fires").
EVENT_ASPECTS = {"start", "outbreak", "onset", "beginning", "height", "peak", "first", "last", "rest", "most", "all",
                 "some", "many", "more", "fewer", "less", "dozens", "hundreds", "thousands", "part", "half", "one", "none",
                 "each", "both", "any", "several", "few", "scene", "site", "sound", "sounds", "noise", "flash", "glow",
                 "roar", "impact"}

# Nouns of how many there are ("the total number of affected employees is 1,267"): a number said of one is the count
# of the noun completing it, not of another thing.
QUANTITY_HEADS = {"number", "total", "count", "tally", "amount"}
# Nouns of a run of events before "of": the events themselves are the subject ("A series of explosions occurred on
# October 28", "a wave of strikes began on Monday"), not a head they complete (``relations._complement_head``).
RUN_HEADS = {"series", "wave", "spate", "string", "flurry", "barrage", "succession"}

# Verbs linking a subject to a noun phrase that is the subject itself ("Alpha is a Velmar firm"): a nationality or
# place describing that noun phrase is said of the subject.
COPULAS = {"is", "was", "are", "were", "remains", "remained", "became", "becomes", "s"}
# Verbs that link a subject to what it is, taking no object ("Roe became the home secretary").
LINKING_VERBS = COPULAS | {"become", "remain", "been", "being", "be", "becoming", "stayed", "stays", "stay"}
# Prepositions that place what happens at their object ("in a Velmar hiking accident", "near the Aske ferry
# terminal"): a place describing that object places the clause's event too.
# Prepositions that open a phrase, not a clause: a noun in a clause one opens is no subject, so a past participle
# after it describes it ("– on top of the 7,500 redundancies announced last July").
PHRASE_PREPOSITIONS = frozenset({"on", "in", "at", "of", "for", "with", "after", "before", "from", "over", "amid",
                                 "despite", "beyond", "besides"})
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "inside", "outside", "within", "around", "across", "throughout", "off",
                         "on", "along", "beyond", "into", "onto", "nearby", "between", "aboard"}
# Words of nearness before a place ("its epicentre near Marrakesh"): the place is a point the thing is close to.
VICINITY_WORDS = ("near", "nearby", "close to", "near to", "outside", "just outside", "not far from", "on the outskirts of")
# Nouns naming a place: a place name describing one ("Aske airport", "the Velmar region") is where that place is.
# Words of company: a count whose verb has a named person after one ("seven people died alongside Lind") counts
# those besides the named, a part of the whole.
BESIDES_WORDS = frozenset({"alongside", "besides", "beside"})
# Words that make a capitalised name a thing's, not a person's ("Orsk Highway", "Lake Orsk", "Orsk Airlines"): no
# companion after "alongside" (with PLACE_NOUNS and COMPANY_SUFFIXES).
NAMED_THING_WORDS = frozenset({"highway", "road", "route", "street", "avenue", "lake", "river", "airlines", "airways",
                               "air", "company", "group", "bank", "mount"})
# Verbs of giving people a home: a count right after one ("camps that house almost one million refugees", "is home
# to 600,000 people") counts who live there, a population, not an event's count.
HOUSING_VERBS = frozenset({"house", "houses", "housed", "housing", "shelter", "shelters", "sheltering"})
# A fact's terms that name a population itself: a count of who live somewhere is that fact's own.
RESIDENT_TERMS = frozenset({"population", "residents", "inhabitants", "home to"})
PLACE_NOUNS = {"airport", "airports", "port", "ports", "harbour", "harbor", "city", "town", "village", "region",
               "district", "province", "county", "state", "area", "island", "islands", "coast", "valley", "border",
               "capital", "suburb", "suburbs", "neighbourhood", "neighborhood", "station", "base", "peninsula",
               "countryside", "territory", "municipality", "commune", "department", "prefecture", "mountains", "hills",
               "river", "lake", "bay", "sea", "shore", "metro", "downtown", "outskirts", "airfield", "terminal",
               "square", "park", "headquarters", "campus", "enclave", "exclave", "corridor"}
# Nouns a distance may be measured from ("40 km of the provincial capital", "within 5 km of the epicentre"), not what a
# measure before "of" is an amount of ("90 km of cable") (``measure_of``).
REFERENCE_NOUNS = PLACE_NOUNS | {"epicentre", "epicenter", "site", "scene", "crater", "wreck", "wreckage", "summit",
                                 "front", "frontline", "coastline", "shoreline", "centre", "center"}

# Words that negate their clause's verb ("did not sign", "was never elected", "cannot testify"; "isn't": an
# auxiliary's "n't" too): such a clause does not state that its name or value holds.
NEGATIONS = {"not", "never", "cannot"}
# After a negation, words that make it no denial of the verb: a focus ("not only", "not until 3 May": the time it
# did happen) or a bound ("not more than 40"), with the comparatives.
NOT_DENIALS = {"only", "just", "merely", "simply", "least", "until", "till", "before", "after", "since", "quite",
               "far", "even", "yet", "long",
               "guilty"}  # "pleaded not guilty on Thursday", "found not guilty": a plea or verdict, made
# After a negated part, these open the part that holds ("was not an aftershock, but a fresh tremor").
CONTRASTS = {"but", "rather", "instead"}
# Before a number, words that make it a span of time ("for 12 days", "during the next 15 years"): after a negation
# it is how long the negated state lasts, not denied.
SPAN_WORDS = {"for", "during", "over", "within", "next", "throughout"}
# Prepositions whose place, right after a noun of the subject noun phrase, locates that noun ("the hall in Velmar",
# "the mayor of Aske", "a man from Orsk"), not the event of the clause's verb.
SUBJECT_PLACE_PREPOSITIONS = {"in", "at", "near", "of", "from"}
# Pronouns that, opening a clause reported right after its verb, stand for the reporting subject ("Northwind said it
# would appeal", "Lind announced she was resigning", "the ministry said its inquiry would report in May").
REPORTED_PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their"}
# After "according to", nouns of a plan or rule: the phrase says "in keeping with" ("rebuilt according to the plans of
# Anna Orsk"), and names no source of what is said.
CONFORMITY_NOUNS = {"plan", "plans", "design", "designs", "drawing", "drawings", "blueprint", "blueprints", "rule",
                    "rules", "law", "laws", "schedule", "timetable", "tradition", "traditions", "custom", "specification",
                    "specifications", "standard", "standards", "pattern", "model", "instructions", "wishes", "terms",
                    "protocol", "procedure", "procedures", "recipe", "script", "scale"}
# The state a count of people is in, when a word right after the count names it ("3,958 people dead and 9,000
# missing"): each group is one state, its words the adjectives, participles and nouns that name it.  A count in one
# state does not count another ("9,000 missing" is no death toll).
STATE_GROUPS = {
    "dead": {"dead", "deceased", "killed", "died", "deaths", "death", "fatalities", "lives", "bodies", "perished", "drowned"},
    "missing": {"missing", "unaccounted"},
    "injured": {"injured", "wounded", "hurt", "injuries", "hospitalised", "hospitalized"},
    "displaced": {"displaced", "homeless", "evacuated", "evacuees", "uprooted"},
    "rescued": {"rescued", "saved", "survivors", "survived"},
    "arrested": {"arrested", "detained", "jailed", "held"},
    "aboard": {w for w in ABOARD_WORDS if " " not in w},  # "on board" too (kinds/number reads the two words as one)
}
# Nouns of a state befalling those counted after them and "of": "the deaths of 22 crew" (noun -> the state word of
# STATE_GROUPS it names; not "loss", "lives", "evacuation": "the loss of 2,000 jobs", "saved the lives of 155 people",
# "the evacuation of 88,000 residents" count no dead, and evacuees are often the fact's own count).
STATE_NOUNS_OF = {"deaths": "dead", "death": "dead"}
# What shows or tells of an event, not an act in it: "a video on 16 January that showed the landing", "the ceremony on
# 3 May that marked the disaster" (``dated_relative``: the date is the telling's).
SHOWING_VERBS = {"showed", "shows", "show", "depicted", "depicts", "captured", "captures", "filmed", "films",
                 "recorded", "records", "documented", "documents", "marked", "marks", "honoured", "honored",
                 "celebrated", "celebrates", "remembered", "remembers", "recounted", "recounts", "retold"}
TELLING_NOUNS = {"video", "videos", "film", "films", "book", "books", "ceremony", "ceremonies", "memorial", "service",
                 "exhibition", "documentary", "photo", "photos", "photograph", "footage", "post", "posts", "article",
                 "interview", "speech", "broadcast", "programme", "program", "event", "concert", "vigil"}
# People a name before them may describe ("the Lockerbie bomber", "Love Parade mayor"): a clause about them is
# theirs, not the named event's (``_name_modifier``).
# People an event phrase names ("the Southport stabbing suspect", "the Velmar shooting victims")
EVENT_PEOPLE = frozenset({"suspect", "suspects", "killer", "killers", "attacker", "attackers", "gunman", "gunmen",
                          "shooter", "victim", "victims", "survivor", "survivors", "accused", "defendant", "bomber",
                          "bombers"})
ROLE_NOUNS = EVENT_PEOPLE | {"mayor", "organiser", "organisers", "organizer", "organizers", "pilot", "pilots", "captain",
                             "driver", "owner", "owners", "operator", "chief", "boss", "founder", "families",
                             "relatives", "defendants", "judge", "prosecutor", "prosecutors", "investigators",
                             "officials", "spokesman", "spokeswoman", "minister", "governor"}
# Each state's words, the other way round: word -> state.
STATE_OF = {word: state for state, words in STATE_GROUPS.items() for word in words}
# Verbs that put the count after them in a state ("killed at least 40", "Greece arrests 9 survivors"): verb -> the
# state word of STATE_GROUPS it is a form of.
STATE_VERBS = {"killed": "killed", "kills": "killed", "kill": "killed", "injured": "injured", "injures": "injured",
               "wounded": "wounded", "wounds": "wounded", "hospitalised": "hospitalised", "hospitalized": "hospitalized",
               "displaced": "displaced", "displaces": "displaced", "evacuated": "evacuated", "evacuates": "evacuated",
               "rescued": "rescued", "rescues": "rescued", "arrested": "arrested", "arrests": "arrested",
               "detained": "detained", "detains": "detained", "jailed": "jailed", "arrest": "arrested",
               "rescue": "rescued", "evacuate": "evacuated", "detain": "detained", "injure": "injured",
               # (and their -ing forms: "crashed into a wall, killing 179 people")
               "killing": "killed", "injuring": "injured", "wounding": "wounded", "displacing": "displaced",
               "evacuating": "evacuated", "rescuing": "rescued", "arresting": "arrested", "detaining": "detained"}
# A harm an adverb makes deadly ("fatally shot 32 people", "mortally wounded two officers"): its count is of the dead.
FATAL_ADVERBS = {"fatally", "mortally"}
FATAL_HARMS = {"shot", "shooting", "shoots", "stabbed", "stabbing", "stabs", "wounded", "wounding", "wounds", "injured",
               "injuring", "injures", "struck", "striking", "strikes", "hit", "hitting", "hits", "beaten", "beat", "beating"}
# Words that may stand between a count and its state ("9,000 still missing", "40 people reported dead").
STATE_FILLERS = {"still", "now", "reportedly", "reported", "confirmed", "feared", "believed", "presumed", "listed",
                 "officially", "were", "are", "have", "had", "been", "remain", "remained", "remaining", "later",
                 "so", "far", "thus", "be", "could", "would", "may", "might",  # "65,000 people could be saved"
                 "went", "gone", "go", "goes", "became", "become", "becomes", "got", "gotten"}  # "6 went missing"
# An earlier report's figure, superseded ("from a previous report that said 11,300 were dead", "an initial estimate
# put the toll at 50"): these words before one of the report nouns.
# Not "preliminary", "first" or "original": "the NTSB's preliminary report said 38 cars derailed" is a report in force.
# Verbs of saying whose past perfect before a count tells an earlier report ("Officials had said that 17 people had been
# killed, but ..."): not "estimated" ("had estimated winds of 120 mph") nor "added" ("had added 300 jobs").
PERFECT_SAYING_VERBS = frozenset({"said", "reported", "announced", "stated", "told", "claimed"})
# Words telling a count as a tally still running, maybe short of the final one ("49 seats so far") (``running_tally``).
RUNNING_TALLY_WORDS = frozenset({"so far", "thus far", "to date", "at last count", "at the last count"})
EARLIER_WORDS = {"previous", "earlier", "initial", "prior", "old", "older", "outdated", "erroneous", "incorrect",
                 "mistaken"}
# Nouns of an intended act: a term in the object of their to-infinitive ("a motion to dismiss the complaint", "a bid
# to block the deal") names what the act is about, not the clause's event.
INTENT_NOUNS = frozenset({"motion", "motions", "request", "requests", "petition", "petitions", "application",
                          "applications", "appeal", "appeals", "move", "moves", "attempt", "attempts", "bid", "bids",
                          "effort", "efforts", "plan", "plans", "proposal", "proposals", "campaign", "campaigns"})
REPORT_NOUNS = {"report", "reports", "estimate", "estimates", "figure", "figures", "count", "counts", "toll", "tolls",
                "tally", "tallies", "assessment", "assessments", "statement", "statements", "reporting", "numbers",
                "data", "account", "accounts", "projection", "projections", "update", "updates"}
# An earlier statement, superseded ("had previously suggested that the credit would cover one day", "officials
# initially said 38 died"): one of these adverbs right before a verb of saying or of putting a figure.
EARLIER_ADVERBS = {"previously", "initially", "originally", "earlier"}
# Adverbs that may stand between "has"/"have" and its participle ("has all but handed", "have already filed"), besides
# those in -ly
PERFECT_ADVERBS = frozenset({"all", "but", "already", "now", "also", "just", "since", "still", "never", "not", "yet",
                             "ever", "effectively", "finally"})
EARLIER_SAYING = SAYING_VERBS | {"suggested", "claimed", "put", "gave", "estimated", "predicted", "promised",
                                  "believed", "thought", "feared"}  # ("It was initially believed 77 people had died")
# Verbs whose that-clause the subject says is false ("denied that the toll had reached 11,300"), and the nouns of a
# claim they may take first ("dismissed reports that ...").
DENIAL_VERBS = {"deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "refuting", "dismiss",
                "dismisses", "dismissed", "dismissing", "reject", "rejects", "rejected", "rejecting", "dispute",
                "disputes", "disputed", "disputing", "contest", "contests", "contested", "debunk", "debunked"}
# Adverbs of error before a verb of saying: what "police mistakenly said" is what the writer says is false. Only verbs
# whose object is the report itself (not "told 45 patients", nor acts: "mistakenly gave 14 patients the wrong vaccine").
ERROR_ADVERBS = frozenset({"mistakenly", "wrongly", "falsely", "erroneously", "incorrectly", "inaccurately", "wrongfully"})
ERROR_SAYING_VERBS = frozenset({"said", "says", "reported", "reports", "stated", "states", "announced", "announces",
                                "claimed", "claims", "suggested", "suggests", "believed", "believes", "thought", "assumed"})
CLAIM_NOUNS = {"claim", "claims", "report", "reports", "suggestion", "suggestions", "allegation", "allegations",
               "rumour", "rumours", "rumor", "rumors", "assertion", "assertions", "speculation", "accusation",
               "accusations", "notion", "idea"}
# Plural nouns of a part, a group or an amount before "of" ("Parts of the dam collapsed", "Thousands of protesters
# marched", "Members of the crew were rescued"): the noun after "of" is what the clause tells of.
PART_NOUNS = {"parts", "members", "sections", "pieces", "portions", "remnants", "groups", "numbers", "tens", "billions",
              "lots", "crowds", "swaths", "swathes", "stretches", "areas", "units", "teams", "columns", "waves"}
# Nouns of a group that take no plural -s ("379 passengers and crew", "40 students and staff").
COLLECTIVE_NOUNS = {"crew", "staff", "personnel", "police", "military", "public", "cattle", "livestock", "clergy",
                    "faculty", "management", "workforce", "family", "household", "media", "press"}
# A noun of a physical event used as a figure of speech names no such event: after an adjective of public life
# ("a political storm", "a diplomatic earthquake", "the perfect storm") or before "of" and a thing that is no matter
# ("a storm of criticism", "a wave of protests", "a flood of complaints").
FIGURATIVE_MODIFIERS = {"political", "diplomatic", "media", "legal", "financial", "social", "electoral", "perfect",
                        "public-relations", "pr", "online", "internet", "twitter", "constitutional", "emotional",
                        "economic", "market", "corporate", "ethical", "moral", "culture", "cultural"}
FIGURATIVE_NOUNS = {"storm", "storms", "firestorm", "earthquake", "quake", "tsunami", "avalanche", "flood", "deluge",
                    "wave", "waves", "explosion", "eruption", "meltdown", "hurricane", "tornado", "whirlwind",
                    "landslide", "fire", "blaze", "crash", "shockwave", "shockwaves", "tremor", "tremors", "torrent"}
FIGURATIVE_OBJECTS = {"criticism", "protest", "protests", "outrage", "anger", "complaints", "questions", "support",
                      "condemnation", "controversy", "lawsuits", "claims", "applause", "praise", "tributes", "messages",
                      "emails", "letters", "calls", "orders", "resignations", "speculation", "rumours", "rumors",
                      "misinformation", "disinformation", "sympathy", "donations", "applications", "requests", "abuse",
                      "layoffs", "bankruptcies", "strikes", "arrests", "news", "activity", "emotion", "emotions",
                      "publicity", "investment", "money", "cash", "goodwill", "indignation"}
# Before a title, words that make its holder a past one ("former board chair Dahl", "ex-chair", "then-President Orsk",
# "the late president"): no statement of who holds it now.
PAST_HOLDER_WORDS = {"former", "ex", "erstwhile", "onetime", "one-time", "then", "late", "previous", "past", "outgoing"}
# Words before a title marking it as not yet held ("incoming President Lai", "future chair Anna Novak").
FUTURE_HOLDER_WORDS = {"incoming", "future"}  # right before the title ("incoming President Lai")
# Words before a title that say when or how it is held ("the former home secretary", "the new prime minister").
TITLE_QUALIFIERS = PAST_HOLDER_WORDS | FUTURE_HOLDER_WORDS | {"new", "current", "acting", "interim"}

# Nouns that only frame an amount after "of" ("a total of $42 billion", "a price tag of $69 billion"): they name no
# other quantity than the subject's own sum or price, so the amount goes on to the clause's terms (``amount_of``).
FRAME_NOUNS = {"total", "sum", "amount", "figure", "value", "valuation", "tally", "estimate", "record", "combined",
               "reported", "estimated", "whopping", "staggering", "further", "additional", "extra", "net", "gross",
               "worth", "price", "tag", "cost", "size"}

# Heads of an institution's name; a place after them with "of" is part of that name ("National Bank of Santa Clara",
# "Ministry of Finance of Velmar"), not where the clause's subject is (``place_in_name``).
INSTITUTION_NOUNS = {"bank", "corporation", "company", "council", "authority", "agency", "department", "ministry",
                     "university", "college", "institute", "commission", "association", "society", "trust",
                     "foundation", "group", "church", "museum", "hospital", "academy", "federation", "union", "board",
                     "bureau", "office", "service", "court", "tribunal", "assembly", "parliament", "club", "school",
                     "brigade", "police", "government", "administration", "prosecutor", "prosecutors"}

# Words before a number that add it to an earlier one ("will extend an additional 100 billion yen", "a further 50
# deaths were confirmed"): the number is the addition, not the total nor the first sum (``added_amount``; "another 39"
# may be one or another group: attached loosely).
ADDED_WORDS = ("an additional", "a further", "an extra", "a fresh")

# Compass words: "30 km east-northeast of Wajima", "north of the city" place something relative to a point of
# reference (``reference_point``).
COMPASS_WORDS = COMPASS_POINTS | {"northerly", "southerly", "easterly", "westerly"}
# Words that place a part of a place, or tell it from an older one, joined to its name ("Orsk-North", "Old-Orsk"):
# the joined name is still that place (``place_in_name``).
PLACE_QUALIFIERS = COMPASS_WORDS | {"old", "new", "greater", "upper", "lower", "central", "inner", "outer", "east",
                                    "west", "north", "south", "centre", "center"}

# Verbs of answering for something: a "for" phrase after one names the reason, another event than the one dated
# ("apologized at a hearing on Tuesday for the update that crashed millions of computers").
RESPONSE_VERBS = {"apologized", "apologised", "apologizes", "apologises", "apologize", "apologise", "apologizing",
                  "apologising", "blamed", "blames", "fined", "fines", "punished", "thanked", "thanks", "praised",
                  "criticized", "criticised", "condemned", "condemns", "compensated", "penalized", "penalised",
                  "rebuked", "reprimanded", "faulted", "credited"}

# Verbs that act on an event that has already happened, or put off one still to come: their date is that act's,
# not the event's ("His lawyers appealed the verdict on 5 February", "violated the ceasefire on 12 December", "The
# court reserved its verdict on 24 October") (``acted_on``).
ACTING_ON_VERBS = frozenset({
    "appealed", "appeals", "appealing", "challenged", "challenges", "challenging", "contested", "contests",
    "violated", "violates", "violating", "breached", "breaches", "breaching", "upheld", "upholds", "upholding",
    "overturned", "overturns", "overturning", "quashed", "quashes", "reversed", "reverses", "extended", "extends",
    "extending", "renewed", "renews", "postponed", "postpones", "postponing", "delayed", "delays", "deferred",
    "defers", "reserved", "reserves", "adjourned", "welcomed", "welcomes", "hailed", "hails", "condemned", "condemns",
    "denounced", "denounces", "criticised", "criticized", "protest", "protested", "protesting", "commemorated", "commemorates", "commemorating", "mourned", "mourns",
    "condoled", "condoles", "lamented", "laments", "deplored", "deplores", "decried", "decries",
    "investigated", "investigates", "investigating", "probed", "probes", "probing", "recalled", "recalls",
    "recalling", "remembered", "remembers", "defended", "defends", "blamed", "blames",
    # telling of or looking into a past event: "the panel reviewed the crash on 3 May", "announced his arrest on
    # Wednesday"
    "announced", "announces", "disclosed", "discloses", "revealed", "reveals", "discussed", "discusses", "described", "describes", "examined", "examines", "reviewed", "reviews",
    # ruling on a thing already made: "the court on Tuesday rejected the impeachment"
    "rejected", "rejects", "rejecting", "dismissed", "dismisses", "dismissing", "annulled", "annuls", "invalidated",
    "invalidates", "voided", "voids",
    # disputing a figure already given: "Trump on Thursday disputed the official death toll"
    "disputed", "disputes", "disputing", "questioned", "questions", "questioning",
})
# Prepositions some of them take before what they act on ("appealed against the verdict").
ACTING_ON_PREPOSITIONS = frozenset({"against", "over"})
# Verbs of judging or answering for a past deed, whose "for" names the deed: "convicted three men for the downing of
# the plane", "was jailed for the attack" (the verb's date is the judging's, not the deed's)
JUDGING_VERBS = frozenset({
    "convicted", "sentenced", "jailed", "imprisoned", "charged", "indicted", "acquitted", "cleared", "fined",
    "tried", "prosecuted", "punished", "blamed", "arrested", "detained", "sued", "compensated", "apologised",
    "apologized", "honoured", "honored", "praised", "thanked", "condemned", "sanctioned", "penalised", "penalized",
    "claimed", "claims",  # "claimed responsibility on Tuesday for a bombing": the deed came before the claim
})

# Adverbs of what is usual: a figure in their clause is the norm, not what happened ("Usually, the region receives
# around 1.5 mm of rain in September") (``usual_figure``).
HABITUAL_ADVERBS = frozenset({"usually", "normally", "typically", "ordinarily", "customarily", "habitually"})

# Words that a count is over a whole wider than one place or part: "more than 90 deaths statewide" (``wider_count``)
SCOPE_WORDS = frozenset({"statewide", "nationwide", "countrywide", "worldwide", "overall", "altogether"})

# Words before what was promised or planned at some earlier time, whose figures and dates are that plan's, not what
# happened: "Tesla promised that deliveries would begin in 2021", "had said it would deliver them in 2023", "promising a
# release date in 2021", "wanted the base model to sell at under $50,000" (``past_plan``)
PLAN_VERBS = frozenset({"promised", "promising", "pledged", "pledging", "vowed", "vowing", "wanted", "hoped"})
# A try tells a goal, not what came of it: the figure right after its infinitive ("was trying to climb to 4,000 feet";
# not its date, "had tried to walk away in May", the try's own time, nor "attempting to drill through 57 meters")
TRYING_VERBS = frozenset({"try", "tries", "tried", "trying", "attempted", "attempting", "aimed", "aiming"})
EARLIER_SAYING_LEADS = frozenset({"had", "originally", "initially", "once", "previously", "first"})

# Words ending in -ing that are no verb ("during the night", "the spring of 2023"): no -ing clause of their own
ING_NOT_VERBS = frozenset({"during", "spring", "springs", "evening", "morning", "building", "bring", "thing", "king",
                           "ring", "wing", "string", "nothing", "something", "anything", "everything", "sibling",
                           "ceiling", "wedding", "meeting", "funding", "housing", "clothing", "feeling", "offspring",
                           "sterling", "shilling", "pudding", "railing", "awning", "lightning", "ping", "sing"})

# Verbs of taking part: a count of those who went, visited or attended ("175,000 Indians have gone for Haj") is no
# count of the dead or hurt among them
PARTICIPATION_VERBS = ("went", "gone", "visited", "travelled", "traveled", "attended", "performed", "took part",
                       "taken part", "arrived", "joined", "gathered")
# Verbs that give someone a sum, the one given to named right before it ("awarded Chris Orsk $15 million").
GIVING_VERBS = frozenset({"awarded", "award", "awards", "awarding", "paid", "pay", "pays", "paying", "gave", "give",
                          "gives", "giving", "granted", "grant", "grants", "granting", "offered", "offer", "offers",
                          "owed", "owe", "owes", "lent", "lend", "lends", "sent", "send", "sends"})
# Verbs of giving or getting a sum, after "each": "are each making a $5 billion deposit" (``per_member``)
SHARE_VERBS = frozenset({"making", "made", "make", "makes", "paid", "paying", "pay", "pays", "gave", "giving", "give",
                         "gives", "contributed", "contributing", "contribute", "contributes", "deposited", "depositing",
                         "deposit", "put", "putting", "invested", "investing", "invest", "received", "receiving",
                         "receive", "receives", "got", "get", "gets", "earned", "earning", "earn", "owe", "owes",
                         "owed", "lost", "lose", "loses", "donated", "donating", "donate", "provided", "providing",
                         "provide", "committed", "committing", "commit", "pledged", "pledging", "pledge"})

# Capitalised nouns a year after which is part of a name ("the Finance Bill 2024", "the Finance Act, 2024", "Expo
# 2020"): that year names the thing, it dates no event (``name_year``)
NAME_YEAR_NOUNS = frozenset({"bill", "act", "law", "budget", "expo", "census", "agenda", "vision", "strategy",
                             "framework", "amendment", "regulation", "regulations", "ordinance", "decree", "code"})

# Participles of scheduling: "set for 3 May", "scheduled for Monday" give the date planned
SCHEDULED_WORDS = frozenset({"set", "scheduled", "rescheduled", "planned", "slated", "due", "pencilled", "penciled",
                             "earmarked", "timed", "booked"})

# Nouns of a figure said of an event ("the toll from the landslide", "its estimate of the damage"): the clause's date
# dates the figure's statement or change, not the event
FIGURE_NOUNS = frozenset({"toll", "tally", "count", "estimate", "estimates", "figure", "figures", "total", "bill",
                          "cost", "costs", "damage", "losses"})

# Nouns of proposing: "introduced the motion to remove Lind" proposes the removal, it does not do it
PROPOSAL_NOUNS = frozenset({"motion", "motions", "resolution", "resolutions", "bill", "bills", "proposal", "proposals",
                            "petition", "petitions", "plan", "plans", "measure", "request", "call", "demand"})
# Verbs that enact what a proposal proposes: "passed a motion to remove Lind" removes her
ENACTING_VERBS = frozenset({"passed", "adopted", "approved", "carried", "ratified", "enacted", "signed", "backed",
                            "endorsed", "granted", "accepted"})
# Verbs of declaring and the complements that make the declaration an ending: "the outbreak was declared over in
# December" dates the end of the outbreak, not its declaration (``declared_end``).
DECLARING_VERBS = frozenset({"declared", "declare", "declares", "declaring", "pronounced", "pronounce"})
END_COMPLEMENTS = frozenset({"over", "ended", "finished", "extinguished", "contained", "closed"})
# Verbs that end what their subject names: "The eruption ended on December 21" dates the end, not the eruption.
ENDING_VERBS = frozenset({"ended", "ends", "stopped", "stops", "ceased", "ceases", "subsided", "subsides", "concluded",
                          "concludes", "finished", "finishes", "halted", "petered"})
# Verbs of setting an event's time: their own date is the setting's ("the vote was rescheduled on Monday"; "called"
# only in the passive: "the election was called in April", not "called the fence a breach"; not "announced": a deal
# announced on a day was made that day)
SETTING_VERBS = frozenset({"called", "scheduled", "rescheduled"})
# Words that a plan was changed: a date "set for" in their sentence is the plan's, not the event's
PLAN_CHANGES = frozenset({"postponed", "delayed", "cancelled", "canceled", "scrubbed", "called off", "pushed back",
                          "put off", "rescheduled", "moved up", "brought forward", "scrapped", "abandoned"})

# Nouns of a deal a buyer's possessive may own ("Comcast's deal is valued at $65 billion", "Velmar's bid")
DEAL_NOUNS = frozenset({"deal", "bid", "offer", "takeover", "acquisition", "purchase", "buyout", "merger", "proposal"})
# Nouns of a deal's paper, whose "value of" is the deal's own ("an acquisition agreement with a value of $35 billion")
AGREEMENT_NOUNS = frozenset({"agreement", "contract", "transaction", "sale"})
# Words of acquiring and the preposition before what is acquired: "buying Denbury", "its acquisition of Bass acreage".
# A value in a clause where one names something the fact's claim does not is another deal's (``other_deal``).
ACQUIRING_WORDS = ("acquisition of", "purchase of", "takeover of", "buyout of", "merger with", "bid for", "bids for",
                   "offer for", "offers for", "buy", "buys", "buying",
                   "bought", "acquire", "acquires", "acquiring", "acquired", "purchase", "purchases", "purchased",
                   "purchasing")  # (the longer phrases first: a table's first phrase that fits is taken)
# Verbs of the other sides of a price: a sum after them and "for" is a price as after a verb of buying
SELLING_PAYING_VERBS = ("sell", "sells", "selling", "sold", "pay", "pays", "paying", "paid")

# Verbs of being present at an event: their subject watched or hosted it ("Erdogan attended the signing"), no party
# to it (``witness``).
ATTENDING_VERBS = frozenset({"attended", "attends", "attending", "witnessed", "witnesses", "witnessing", "watched",
                             "watches", "observed"})  # (not a host, nor who presides: a party to the event)

# Modals before "have" and a participle: what did not, or may not, have happened ("would have created", "might have
# started") (``counterfactual``).
PERFECT_MODALS = {"would", "could", "might", "should"}
# Prepositions before a name whose 's owns a noun after it ("related to FTX's collapse in 2022") (``date_of``).
OWNER_PREPOSITIONS = {"to", "of", "for", "after", "over", "about", "from", "with", "before", "since", "following"}
# After "continued": its infinitive or particle ("continued to rage", "continued on"), or a phrase of when or where the
# thing went on ("The series continues at 9pm tonight"; not "continued support", an adjective) (``ongoing``).
GOING_ON_AFTER = {"to", "on", "through", "at", "in", "into", "for", "until", "till", "throughout", "overnight"}
# Participles of a figure said of its noun: ", with the death toll rising to 45" (no absolute clause of its own).
AMOUNTING_PARTICIPLES = {"standing", "reaching", "totalling", "totaling"}
# Prefixes that, hyphen-joined to a word, make another thing of it: a "semi-final" is no final, a "vice-president" no
# president, "pro-Russian separatists" no Russians ("co-founder",
# "mid-July", "counter-offensive", "sub-committee" are left out: still a founder, a July, an offensive, a committee;
# "ex-" too: a former holder is the term's, said to be past, PAST_HOLDER_WORDS).
# Prefixes of a ship's name, written in capitals before it ("the MV Bukoba", "HMS Sheffield"): a place word after one
# names the vessel, not where anything is.
VESSEL_PREFIXES = {"mv", "ms", "ss", "hms", "rms", "uss", "fv"}  # (not "MT": Mount in a headline's capitals)
HYPHEN_PREFIXES = {"semi", "quarter", "pre", "post", "anti", "non", "vice", "pro", "pseudo", "quasi", "by"}  # ("by-election")
# Nationalities whose country's name starts otherwise (the rules compare a nationality with a place by their first two
# letters: "French", "France").
NATION_OF = {"dutch": "netherlands", "danish": "denmark", "filipino": "philippines", "swiss": "switzerland",
             "welsh": "wales", "emirati": "uae", "burkinabe": "burkina", "ivorian": "cote"}
# Words before "if" that make it "whether" ("asked if she had been there", "would not say if"): no condition.
ASKING_WORDS = {"asked", "ask", "asks", "asking", "wondered", "wonder", "unclear", "know", "knew", "clear", "sure",
                "whether", "check", "checked", "decide", "determine"}
# Words that, a space before a role word, make another role ("vice president", "deputy prime minister").
ROLE_PREFIXES = {"vice", "deputy"}
# Adverbs that put a clause's event at an earlier time than the story's: "had previously won the title in 2008" tells
# of an earlier instance, which may or may not be the fact's.
PAST_INSTANCE_ADVERBS = {"previously", "formerly"}
# Words of an end: a term holding one makes the fact about a span's end ("the term ended", "the deadline"), so a date
# after "until" is its value, no mere end of a state (span_end).
END_WORDS = {"end", "ends", "ended", "ending", "expire", "expires", "expired", "expiry", "expiration", "deadline",
             "deadlines", "last", "lasted", "lasts", "until", "over"}

# Adjectives of a later instance, right before a term: "a revised offer", "an extended deadline" may be another than the
# fact's (or the fact's own, if it is about the latest one); "new" only before a noun of what replaces an earlier one
# (REPLACED_NOUNS: "the new deadline"; "the new bridge" is the bridge itself).
LATER_INSTANCE_WORDS = {"revised", "extended", "amended"}  # (not "latest", "updated": a toll fact is the latest)
REPLACED_NOUNS = {"deadline", "deadlines", "date", "dates", "offer", "offers", "bid", "bids", "target", "targets",
                  "schedule", "timeline", "proposal", "proposals"}

# Words before a name and a value whose verb is left out ("Massa won 37% and Milei 30%", "55.7% against Massa's
# 44.3%"): the value is that name's.
GAPPING_OPENERS = {"and", "against", "versus", "vs", "while", "whereas", "to"}

# Verbs (and "guilty") of a legal act whose ground follows with "of", "for", "in" or "over": "convicted in April of
# the murder of Floyd in May 2020", "sentenced on Friday for the killing" (``legal_ground``).
LEGAL_ACTS = frozenset({
    "convicted", "convicts", "convict", "sentenced", "sentences", "sentence", "charged", "charges", "indicted",
    "indicts", "acquitted", "acquits", "jailed", "jails", "imprisoned", "fined", "fines", "prosecuted", "tried",
    "arrested", "arrests", "detained", "guilty", "cleared", "sued", "sues", "accused"})
LEGAL_GROUND_PREPOSITIONS = frozenset({"of", "for", "in", "over", "with"})
# Nouns of a dated event that a legal act's ground may name ("of the murder of George Floyd"; not "of two counts of
# fraud", "in prison", "in court": a date after those is the act's).
LEGAL_GROUND_EVENTS = frozenset({
    "murder", "murders", "murdering", "killing", "killings", "death", "deaths", "assaulting", "attacking", "shooting", "shootings", "attack", "attacks",
    "assault", "bombing", "bombings", "massacre", "stabbing", "kidnapping", "abduction", "rape", "robbery", "heist",
    "theft", "crash", "collapse", "fire", "blaze", "explosion", "riot", "riots", "insurrection", "coup", "mutiny",
    "siege", "hijacking", "downing",
    # the deed of a charge of causing harm: "not guilty of having caused the accident", "acquitted of causing the
    # disaster"
    "accident", "accidents", "disaster", "tragedy", "sinking", "derailment", "collision", "blast", "spill"})

# Nouns before "of" and a percentage that name no particular figure ("a share of 38%", "a majority of 59%"): unlike
# "pay raises of 38%" or "a premium of 40%", they leave the figure to the clause (``noun_share``).
GENERIC_FIGURE_NOUNS = frozenset({
    "share", "rate", "total", "level", "figure", "average", "margin", "majority", "minimum", "maximum", "record",
    "peak", "high", "low", "value", "amount", "sum", "proportion", "percentage", "portion", "part", "fraction",
    "estimate", "score", "result", "tally", "count", "number", "vote", "votes", "support", "turnout", "approval",
    "increase", "decrease", "rise", "fall", "drop", "gain", "loss", "jump", "growth", "decline", "cut", "change"})

# Verbs of moving someone or something up or down ("hauled the miners up from the 700-metre-deep shaft"): after
# them "up/down from the N-noun" is a movement from a place its number describes, no earlier level of a figure
# (not verbs of changing a figure: "whittled down from the 80-seat majority").
MOVEMENT_VERBS = frozenset({"climbed", "climb", "climbs", "brought", "bring", "lowered", "hauled", "pulled", "lifted",
                            "carried", "airlifted", "winched", "rescued", "jumped", "leapt", "leaped", "fell", "came",
                            "walked", "stepped", "ran", "slid", "abseiled", "rappelled", "flew", "plunged"})

# Words before "with" that make what follows it a partner of the subject, not the subject itself ("began talks with
# the Centre Party", "form a government with the Greens", "a coalition with Labour"), and nouns of partners right after
# it ("with its preferred allies, the Centre Party"). Not a noun of a role or job: "an officer with the city police"
# says whom the officer works for.
COMPANION_HEADS = {"talks", "negotiations", "negotiate", "negotiated", "negotiating", "coalition", "government",
                   "alliance", "allied", "agreement", "deal", "pact", "partnership", "cooperation", "merger", "merge",
                   "merged", "together", "forces", "teamed", "team", "sided", "meeting", "met", "meet", "meets"}
COMPANION_NOUNS = {"allies", "ally", "partners", "partner", "coalition", "allied"}

# Verbs that bring a count to a new level: "bringing his career golds to 14", "took the toll to 40", "pushed its
# stake to 9%": the noun before "to" is what the number after it counts.
BRINGING_TO_VERBS = frozenset({"bring", "brings", "brought", "bringing", "take", "takes", "took", "taking", "taken",
                               "push", "pushes", "pushed", "pushing", "raise", "raises", "raised", "raising", "lift",
                               "lifts", "lifted", "lifting", "increase", "increases", "increased", "increasing",
                               "boost", "boosts", "boosted", "boosting", "swell", "swelled", "swelling", "put", "puts",
                               "putting"})
# Nouns that stand for a figure before "of" and its number ("the whopping number of 14", "a total of 40"): the
# number counts what the noun before them names.
PLACEHOLDER_FIGURES = frozenset({"number", "total", "tally", "figure", "count", "sum"})
# Nouns naming the figure of a unit, between it and "of": "a magnitude rating of 7.0", "a death toll figure of 40".
READING_NOUNS = PLACEHOLDER_FIGURES | {"rating", "reading", "estimate", "level", "value"}
