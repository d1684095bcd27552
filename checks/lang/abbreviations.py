"""Abbreviations after which a full stop does not end a sentence."""

from __future__ import annotations

from .calendar import MONTH_ABBREVIATIONS

# Titles and ranks written before a name ("Gen.", "Sen.", "Mr.").
TITLES = {"mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cpt", "sgt", "adm",
          "cmdr", "maj", "rev", "jr", "sr", "pres", "sec", "atty", "supt", "hon", "mt"}
ABBREVIATIONS = TITLES | set(MONTH_ABBREVIATIONS) | {
    "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "dept", "est", "fig", "approx", "u.s", "u.k", "u.n",
    "e.g", "i.e", "a.m", "p.m", "ft", "rs",  # "Rs. 615 crore": a currency before an amount
}
