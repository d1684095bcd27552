"""Abbreviations after which a full stop does not end a sentence."""

from __future__ import annotations

from .calendar import MONTH_ABBREVIATIONS
from .titles import TITLES

ABBREVIATIONS = TITLES | set(MONTH_ABBREVIATIONS) | {
    "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "dept", "est", "fig", "approx", "u.s", "u.k", "u.n",
    "e.g", "i.e", "a.m", "p.m", "ft", "rs",  # "Rs. 615 crore": a currency before an amount
}

# Capitalised words that open a sentence, not a name: after an initialism's full stop ("... in the U.K. On
# Tuesday, ...") one of them starts a new sentence ("U.S. President" does not).
SENTENCE_OPENERS = {"on", "the", "in", "it", "its", "but", "and", "a", "an", "this", "that", "these", "those", "he",
                    "she", "they", "we", "i", "there", "at", "after", "before", "since", "while", "when", "as", "by",
                    "for", "from", "if", "however", "meanwhile", "last", "earlier", "later", "yet", "so", "still",
                    "during", "under", "with", "what", "his", "her", "their", "our"}
