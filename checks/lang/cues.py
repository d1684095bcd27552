"""Cue words: tense, business results, awards, sports."""

from __future__ import annotations

from .grammar import FUTURE_MODALS

# Words that put a clause in the future: a bare weekday or month there is the coming one
# ("the team will leave on Thursday", "a summit set for April").
FUTURE_CUES = ("will", "would", "'ll", "shall", "going to", "expect", "expects", "expected", "scheduled", "plans to",
               "plan to", "intends to", "intend to", "aims to", "hopes to", "hope to",
               "planned for", "slated for", "is due", "are due", "due to be", "due on", "set for", "set to", "is to",
               "are to", "upcoming", "coming", "as soon as", "as early as", "postponed until", "postponed to",
               "take effect", "takes effect", "take place", "takes place",
               # the present of a schedule: "the trial begins Monday", "ministers meet on Friday"
               "begins", "starts", "opens", "reopens", "closes", "ends", "concludes", "expires",
               "commences", "convenes", "resumes", "meet", "meets", "hosts",
               "host", "await", "awaits", "go to the polls", "kicks off", "is open", "are open")
# Present participles of an arranged move: "I am going on Jan. 10", "she is returning to Orsk in March" (right before
# the date, past a short place phrase) tell of a coming day.
ARRANGED_MOVES = ("going", "leaving", "returning", "travelling", "traveling", "flying")
# Words right before a date that make it a coming one ("payable Dec. 7", "the deadline is Friday").
FUTURE_BEFORE = ("payable", "effective", "starting", "beginning", "is", "are", "expected", "scheduled", "due",
                 "slated")
# Participles of a plan: an opening phrase they head dates what is set for a time, maybe to come ("Scheduled for
# December, the launch ..."), not a done act ("Announced in December, the deal ...").
PLANNED_PARTICIPLES = frozenset({"expected", "scheduled", "slated", "planned", "timed", "targeted", "proposed",
                                 "intended", "set", "due", "billed", "penciled", "pencilled"})
# Verbs of a schedule: "to" and one right before a date make it a coming one ("a pause to start on Sunday").
PLAN_VERBS = {"start", "begin", "resume", "end", "expire", "open", "close", "take", "come", "run", "launch", "finish",
              "conclude", "commence", "reopen", "restart", "lapse", "kick"}
# Verbs of ordering or scheduling an act: the act their "to" opens may be to come, whatever their tense ("ordered to
# surrender to federal custody on April 27", said in November: next April)
ORDERING_VERBS = ("ordered", "told", "instructed", "directed", "required", "summoned", "asked", "scheduled", "set",
                  "due", "slated")
# Words right before a date that make it a coming one when no past verb is near ("open until Sunday").
DEADLINE_BEFORE = ("until", "till", "through", "by")

# Past forms without -ed, and words that only describe the past.
PAST_CUES = ("was", "were", "had", "did", "told", "said", "went", "came", "took", "gave", "made", "left", "met",
             "began", "fell", "rose", "won", "lost", "saw", "found", "got", "held", "led", "ran", "sent", "spent",
             "struck", "thought", "became", "ago", "last", "sold", "paid", "bought", "brought", "fought", "caught",
             "sought", "wrote", "spoke", "broke", "chose", "drove", "flew", "grew", "knew", "threw", "drew", "shot",
             "kept", "felt", "meant", "built", "stood", "withdrew", "stole", "froze", "sank", "hid", "fled", "dealt",
             # irregular simple pasts that are no noun, adjective or present ("swept"; not "bent", "bit", "fed", "hit",
             # "hung", "slew", "woke", "sat", "withheld": "a hung parliament", "a slew of", "sat-nav")
             "swept", "tore", "befell", "shook", "blew", "wore", "swore", "awoke", "arose", "rode", "rang",
             "sang", "slid", "taught", "understood", "undertook", "underwent", "overtook", "overcame",
             "oversaw", "overran", "overthrew", "forgave", "forgot", "forbade", "drank", "ate", "crept", "clung", "dug",
             "knelt", "leapt", "slept", "sped", "sprang", "stung", "swam", "swung", "wept", "wove",
             "withstood", "upheld", "mistook", "shrank", "strode", "bled", "shone")
# Auxiliaries of the perfect ("has been reached", "have paid", "hadn't settled") and the irregular
# participles after them that neither end in -ed nor stand in PAST_CUES.
PERFECT_AUXILIARIES = ("has", "have", "had", "'ve", "’ve", "hasn't", "haven't", "hadn't", "hasn’t", "haven’t",
                       "hadn’t")
PARTICIPLES = ("been", "done", "gone", "seen", "taken", "given", "known", "shown", "written", "begun", "fallen",
               "risen", "spoken", "broken", "chosen", "driven", "flown", "grown", "thrown", "drawn", "stolen",
               "frozen", "sunk", "hidden", "eaten", "forgotten", "gotten", "beaten", "ridden", "hit", "cut", "put",
               "set", "spread", "hurt", "cost", "burnt", "swept", "torn", "worn", "sworn", "undergone", "overseen")
# Words before a definite noun phrase that put the event it names ahead, whatever the clause's
# tense: "had prepared for weeks ahead of the June 4 vote", "was tense before the May 9 final".
AHEAD_OF = ("ahead of", "before", "in advance of", "run-up to", "lead-up to", "leading up to", "until", "till",
            "awaiting", "preparing for", "preparations for", "countdown to")
# Nouns of events that are planned, so a text can name them before they happen in any tense ("has
# postponed the June 4 vote"): a date before one of them keeps the placement near publication.
SCHEDULED_EVENTS = ("election", "elections", "vote", "votes", "poll", "polls", "referendum", "primary", "primaries",
                    "caucus", "caucuses", "runoff", "ballot", "hearing", "hearings", "trial", "sentencing",
                    "arraignment", "meeting", "meetings", "summit", "talks", "session", "deadline", "launch",
                    "release", "opening", "debate", "conference", "ceremony", "inauguration", "swearing-in",
                    "match", "game", "final", "race", "concert", "festival", "premiere", "auction", "visit",
                    "rally", "parade", "march", "strike", "walkout", "kickoff", "start", "date", "appointment",
                    "sale", "offering", "ipo", "listing", "closing")
# Verbs whose past is their bare form ("A storm hit Aske on 5 January"): past after a singular subject, whose present
# would take -s ("hits"); not after a plural.
SAME_FORM_PAST = ("hit", "cut", "put", "set", "shut", "burst", "cost", "hurt", "split", "spread", "quit", "beat",
                  "cast", "let")
# Plural nouns without -s: the bare verb after them is a present too ("the people hit the streets").
IRREGULAR_PLURALS = {"people", "police", "children", "men", "women", "cattle"}
# Words in -ed that are no past tense.
# Participles of combining, not of an event: a phrase they open after a comma (", combined with a burn ahead of
# splashdown on December 11") adds a part of the main clause's act, so its date leans as that clause does (not
# "linked to", "compared with": another thing, with a time of its own).
STATIVE_PARTICIPLES = ("combined", "coupled", "paired")
NOT_PAST = ("need", "seed", "speed", "hundred", "proceed", "exceed", "succeed", "feed", "breed", "bleed", "indeed",
            "deed", "shed", "bed", "red", "wed", "embed", "sacred", "naked", "wicked", "kindred", "beloved")

# Words of business and the economy: in a sentence with one of them, "a year ago" is the quarter
# in focus a year before.
RESULTS_WORDS = ("profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "earnings", "earned",
                 "income", "net", "results", "dividend", "margin", "margins", "eps", "turnover", "shipments",
                 "economy", "gdp", "growth", "grew", "fiscal", "quarterly", "output", "inflation", "company",
                 "companies", "firm", "bank", "shares", "deliveries", "orders", "production", "unemployment",
                 "spending", "deal", "report", "reported", "forecast", "expects", "charge", "charges", "expense",
                 "expenses", "interest", "million", "billion", "cents", "quarter")

# Words before "of the year" that make it an award's title ("player of the year").
AWARD_WORDS = ("player", "person", "man", "woman", "car", "book", "album", "song", "record", "team", "coach",
               "manager", "goal", "film", "artist", "entertainer", "athlete", "rookie", "word", "teacher")

# Words of a game: "the fourth quarter" beside one of them is no date.
SPORTS_WORDS = ("points", "scored", "scoring", "touchdown", "touchdowns", "halftime", "overtime", "quarterback",
                "rebounds", "assists", "yards", "buzzer", "three-pointer", "field goal", "game", "games", "match",
                "playoff", "playoffs", "play-off", "lead", "rallied", "basket", "baskets", "goal", "goals")
# Nouns of what happens unplanned: a date inside a definite noun phrase of one ("the collision on Tuesday would cost
# millions") names when it happened, whatever the clause's verb says of what it brings.
# Verbs of remembering: a definite event they take is behind ("recalling the September 8 earthquake").
REMEMBERING_VERBS = ("recall", "recalls", "recalled", "recalling", "remember", "remembers", "remembered", "remembering",
                     "commemorate", "commemorates", "commemorated", "commemorating", "mourn", "mourns", "mourned",
                     "mourning")
KNOWN_EVENT_NOUNS = ("collision", "collisions", "crash", "crashes", "accident", "incident", "attack", "attacks",
                     "explosion", "explosions", "blast", "fire", "fires", "wildfire", "quake", "earthquake", "earthquakes",
                     "storm", "flood", "floods", "flooding", "derailment", "collapse", "shooting", "killing", "killings",
                     "murder", "bombing", "raid", "spill", "leak", "outage", "eruption", "landslide", "sinking",
                     "grounding", "disaster", "tragedy", "death", "deaths", "arrest", "resignation", "ouster", "firing",
                     "failure", "breach", "hack", "cyberattack", "stabbing", "assault", "riot", "riots", "massacre",
                     "shootout", "rampage")
# Words of a recurring or repeated event: a yearless day in their sentence may be another year's ("attacked again on
# Oct. 9", "floods hit on May 20 every year").
RECURRENCE_WORDS = ("again", "once more", "anew", "every year", "each year", "annually", "yearly", "annual",
                    "tradition", "traditional", "traditionally")
# The modal future: a yearless day in its clause is a coming one, never a retelling ("Crowds will gather on Jan. 4").
MODAL_FUTURE = (*sorted(FUTURE_MODALS - {"would"}), "'ll", "’ll", "going to")  # ("would": a past's future too)
