"""Every date rule gives what its examples say."""

import pytest

from checks.dates.forms import RULES, dates

EXAMPLES = [(rule.name, text, label) for rule in RULES for text, label in rule.examples]


@pytest.mark.parametrize("rule, text, label", EXAMPLES, ids=[f"{r}:{t}" for r, t, _ in EXAMPLES])
def test_rule_examples(rule, text, label):
    assert [m.value.label for m in dates(text)] == ([label] if label else [])


def test_every_rule_has_an_example_of_what_it_finds():
    assert all(any(label for _, label in rule.examples) for rule in RULES)
