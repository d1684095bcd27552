"""``sample()``: a small hand-built Report (straight from checks.model records, no fact
files or sources) that the render, publish, Markdown, HTML and browser tests share."""

from __future__ import annotations

from datetime import date

from checks.model import Evidence, Fact, FactReport, Period, Report, Result

NOV9 = Period(date(2020, 11, 9), date(2020, 11, 9), "2020-11-09")


def ev(line: int, quote: str, value: str, found: str, agrees: bool) -> Evidence:
    """Evidence whose span is where ``value`` stands in ``quote``."""
    start = quote.index(value)
    return Evidence(line, quote, found, agrees, (start, start + len(value)))


def sample() -> Report:
    """Three sources, five facts: a new and an acknowledged discrepancy, a stale acknowledgement,
    a fact every source agrees on, one no source mentions, and a draft."""
    ceasefire = Fact("ceasefire-signed", "The ceasefire was signed on 9 November 2020.", "date",
                     ("ceasefire",), NOV9, "facts/war.yaml", 2,
                     known=(("c.txt", "Dates it by when it took effect."),))
    war = Fact("war-length", "The war lasted 44 days.", "number", ("war",), 44.0, "facts/war.yaml", 9,
               unit=("days",), known=(("b.txt", "Said 42 days once."),))
    office = Fact("pm-office", "Pashinyan is Prime Minister.", "party", ("Pashinyan",), ("Prime Minister",),
                  "facts/people.yaml", 2)
    silent = Fact("orphan", "Nobody mentions this.", "date", ("orphan",), NOV9, "facts/people.yaml", 8)
    draft = Fact("draft-fact", "Still being researched.", "date", ("draft",), None, "facts/people.yaml", 14)
    truce_10 = "The truce of Nov. 10, 2020 held."
    signed_9 = "The ceasefire was signed on 9 November 2020."
    took_10 = "The ceasefire took effect on 10 November."
    facts = (
        FactReport(ceasefire, (
            Result("a.txt", "differ", (ev(3, truce_10, "Nov. 10, 2020", "2020-11-10", False),)),
            Result("b.txt", "agree", (ev(7, signed_9, "9 November 2020", "2020-11-09", True),)),
            Result("c.txt", "differ", (ev(1, took_10, "10 November", "2020-11-10", False),),
                   known=True, reason="Dates it by when it took effect."),
        )),
        FactReport(war, (
            Result("a.txt", "agree", (ev(5, "The war lasted 44 days.", "44 days", "44 days", True),)),
            Result("b.txt", "silent", known=True, reason="Said 42 days once."),
            Result("c.txt", "silent"),
        )),
        FactReport(office, tuple(
            Result(name, "agree", (ev(2, "Prime Minister Pashinyan spoke.", "Prime Minister", "Prime Minister",
                                      True),))
            for name in ("a.txt", "b.txt", "c.txt"))),
        FactReport(silent, tuple(Result(name, "silent") for name in ("a.txt", "b.txt", "c.txt"))),
        FactReport(draft, tuple(Result(name, "silent") for name in ("a.txt", "b.txt", "c.txt"))),
    )
    return Report(("a.txt", "b.txt", "c.txt"), facts, ("c.txt: not UTF-8; decoded as Windows-1252",),
                  (("a.txt", "Daily Ledger"),))
