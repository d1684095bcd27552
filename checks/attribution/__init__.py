"""Does a value found in a sentence belong to what the fact's about-term names?

The rules, in order (each returns a small frozen Decision saying why):
1. Binding: a value written as part of another phrase belongs to that phrase:
   a date or hyphenated number before a noun ("the 2020 ceasefire",
   "the 44-day conflict"), a date after "X of" ("the statement of 9 November"),
   a title right before a name ("French President Emmanuel Macron"), a title
   or age in apposition after a name ("Mara Lind, the CEO", "Oskar, 19,").
   It is attributed when that phrase holds an about-term, and set aside when
   it holds something else.
2. Clause: otherwise the value is attributed when an about-term stands in the
   same clause.  Clauses are cut at subordinators and relative pronouns
   ("before", "after", "which", "that"), at reporting verbs ("said on
   Monday" dates the saying) and at semicolons, dashes and brackets.

Each rule is a named function in VALUE_RULES (dates, numbers) or NAME_RULES
(names), tried in order (checks/attribution/rules.py); the first that decides wins, and its name goes with
the Decision (``python -m checks explain`` shows it).
"""

from .clauses import Analysed, Decision, analyse
from .rules import NAME_RULES, PLACE_RULES, VALUE_RULES, attach_name, attach_place, attach_value, first_decision

__all__ = ["Analysed", "Decision", "analyse", "NAME_RULES", "PLACE_RULES", "VALUE_RULES", "attach_name", "attach_place",
           "attach_value", "first_decision"]
