"""Rules of session 22, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, strategies as st

from checks.money import fact_currency, same_currency, unit_scale

from .helpers import one, record

STRUCK = record("date", "earthquake, struck, rocked", "2023-09-08")
MAGNITUDE = record("number", "magnitude, measured", "6.8", "magnitude")
QUAKE_MAGNITUDE = record("number", "quake, magnitude", "7.8", "magnitude")
BUDGET = record("number", "budget, spend", "120", "billion dirhams")
BUDGET_MAD = record("number", "budget, spend", "120", "billion Moroccan dirhams")
BUDGET_PKR = record("number", "budget", "500", "crore, PKR")

CASES = [
    # after a noun, "that" before a participle is a relative pronoun, no determiner: the participle is the clause's
    # verb, and its date is the event's ("that damaged houses" after a verb stays a determiner)
    (STRUCK, "The earthquake that rocked the region on Sept. 7 last year damaged 900 homes.", "differ"),
    (STRUCK, "The earthquake that rocked the region on Sept. 8 last year damaged 900 homes.", "agree"),

    # a hyphened measure whose unit is the fact's only term there states the fact ("a 6.8-magnitude quake" for a
    # fact about the magnitude); beside another term it still modifies its own noun ("a 6.3-magnitude aftershock
    # followed the quake")
    (MAGNITUDE, "A 6.8-magnitude earthquake hit the region on Friday.", "agree"),
    (MAGNITUDE, "A 6.9-magnitude earthquake hit the region on Friday.", "differ"),
    (QUAKE_MAGNITUDE, "A 6.3-magnitude aftershock followed the quake.", "silent"),
    (QUAKE_MAGNITUDE, "A 6.3-magnitude aftershock followed the 7.8 magnitude quake.", "agree"),

    # money: a fact's unit may hold its scale and currency in one ("billion dirhams"); a currency's country
    # adjective names one of several that share a name ("Moroccan dirhams"); a bare shared name ("dirhams",
    # "Rs") is in whichever of them the fact names; another named currency is set aside, never a difference
    (BUDGET, "The state will spend a budget of 120 billion dirhams.", "agree"),
    (BUDGET, "The state will spend a budget of 125 billion dirhams.", "differ"),
    (BUDGET, "The state will spend a budget of 120 billion Moroccan dirhams.", "agree"),
    (BUDGET_MAD, "The state will spend a budget of 120 billion dirhams.", "agree"),
    (BUDGET_MAD, "The state will spend a budget of 125 billion Moroccan dirhams.", "differ"),
    (BUDGET_MAD, "The state will spend a budget of 125 billion UAE dirhams.", "silent"),
    (BUDGET_PKR, "The budget is Rs 500 crore.", "agree"),
    (BUDGET_PKR, "The budget is Rs 510 crore.", "differ"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_22_rule_cases(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


SCALES = {"million": 1e6, "billion": 1e9, "bn": 1e9, "crore": 1e7}
CURRENCIES = {"dirhams": "AED", "Moroccan dirhams": "MAD", "euros": "EUR", "dollars": "USD", "rupees": "INR"}


@given(st.sampled_from(sorted(SCALES)), st.sampled_from(sorted(CURRENCIES)))
def test_a_scale_before_a_currency_in_a_facts_unit_is_read_as_both(scale, currency):
    unit = f"{scale} {currency}"
    assert fact_currency((unit,)) == CURRENCIES[currency]
    assert unit_scale(unit) == SCALES[scale]


@given(st.sampled_from(["AED", "MAD", "INR", "PKR", "LKR", "MXN", "CLP", "USD", "EUR"]),
       st.sampled_from(["AED", "MAD", "INR", "PKR", "USD", "EUR"]))
def test_only_a_bare_shared_name_crosses_currencies(wanted, unit):
    # a code or a country's own name matches only itself; "dirhams" or "Rs" written bare matches any currency
    # of that name, never one of another
    assert same_currency(wanted, unit, f"12 {unit}") == (wanted == unit)
    dirhams = {"AED", "MAD"}
    assert same_currency(wanted, unit, "12 billion dirhams") == (wanted == unit or {wanted, unit} <= dirhams)
