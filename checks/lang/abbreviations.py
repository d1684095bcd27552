"""Abbreviations after which a full stop does not end a sentence."""

from __future__ import annotations

from .calendar import MONTH_ABBREVIATIONS
from .titles import TITLES

ABBREVIATIONS = TITLES | set(MONTH_ABBREVIATIONS) | {
    "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "dept", "est", "fig", "approx", "u.s", "u.k", "u.n",
    "e.g", "i.e", "a.m", "p.m", "ft", "rs",  # "Rs. 615 crore": a currency before an amount
}
