"""Titles people hold: the abbreviated ones written before a name, and the words of offices."""

from __future__ import annotations

# Titles and ranks written before a name ("Gen.", "Sen.", "Mr.").
TITLES = {"mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cpt", "sgt", "adm",
          "cmdr", "maj", "rev", "jr", "sr", "pres", "sec", "atty", "supt", "hon", "mt"}
# Words that end a title right before a name ("Prime Minister Pashinyan"); another capitalised
# word there is taken for the person's first name ("Armenian Prime Minister Nikol Pashinyan")
# and left out of the title.  (The survey uses it.)
OFFICE_WORDS = frozenset({"minister", "president", "premier", "chancellor", "secretary", "spokesperson",
                          "spokesman", "spokeswoman", "king", "queen", "prince", "princess", "emperor", "ceo",
                          "chairman", "chairwoman", "chair", "director", "governor", "mayor", "senator",
                          "ambassador", "envoy", "general", "commander", "leader", "head", "chief", "judge",
                          "pope", "patriarch", "speaker", "deputy", "representative", "officer", "coach"})
# Offices whose "of" names the place they hold sway over ("the Sultan of Sokoto", "the governor of Sokoto state"):
# that place is the office's domain, no place of an event
DOMAIN_OFFICES = frozenset({"sultan", "emir", "sheikh", "shah", "king", "queen", "prince", "princess", "emperor",
                            "empress", "governor", "mayor", "premier", "president", "archbishop", "bishop", "cardinal",
                            "duke", "duchess", "earl", "baron", "rajah", "maharaja", "tsar", "czar", "mufti", "imam",
                            "rabbi", "abbot", "minister", "commissioner", "speaker", "regent", "prefect", "viceroy",
                            "chancellor"})  # (not "head", "chief", "count":
# "the head of Loch Fyne")
# Words that end a person's own name ("George O'Toole Jr.", "Louis III"): after a name, no other person's name
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Verbs of taking a new office right after a person's name ("Dow CEO Mara Lind will become executive chairman"): the
# title before the name is the one held before, and the words between them that put the change ahead ("will", "is
# set to"). (``names.title_before_name``)
BECOMING_VERBS = frozenset({"become", "becomes", "became", "becoming"})
BEFORE_BECOMING = frozenset({"will", "would", "is", "was", "set", "to", "expected", "due", "soon", "later", "then",
                             "has", "had", "have", "shall", "eventually"})
