"""Attribution rules for relations between events and things (issue 12, rules on stories nobody tuned to):
another thing added beside the subject, temporal relations, route roles, numbers inside names, the source of a
report, another instance of the event, and an event noun that only completes another noun.  Invented sentences."""

import pytest

from tests.test_attribute import values


@pytest.mark.parametrize("text, about, expected", [
    # another thing added beside the subject is no value of the subject
    ("The city will pay $40 million toward the bridge in addition to its $5 million grant.", ["bridge", "pay"],
     [("$40 million", True, "value_clause"), ("$5 million", False, "compared_with")]),
    ("Besides the $5 million grant, the city will pay $40 million toward the bridge.", ["bridge", "pay"],
     [("$5 million", False, "compared_with"), ("$40 million", True, "value_clause")]),
    ("In addition to its $5 million grant, the city will pay $40 million toward the bridge.", ["bridge", "pay"],
     [("$5 million", False, "compared_with"), ("$40 million", True, "value_clause")]),
    # a plain coordination adds nothing apart: both are the subject's
    ("The city will pay $40 million toward the bridge and a $5 million grant.", ["bridge", "pay"],
     [("$40 million", True, "value_clause"), ("$5 million", True, "value_clause")]),
])
def test_another_thing_added(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    # what a superlative outdoes is another event of its kind
    ("The flood on 3 May 2021 was the deadliest since the storm of 1998.", ["flood", "storm"],
     [("3 May 2021", True, "value_clause"), ("1998", False, "compared_with")]),
    ("The flood was the costliest in the valley since the 1998 storm.", ["flood", "storm"],
     [("1998", False, "compared_with")]),
    # "since" after a lasting state is no comparison
    ("The flood has closed the road since 3 May 2021.", ["flood"], [("3 May 2021", True, "value_clause")]),
])
def test_superlative_since(text, about, expected):
    assert values(text, about, "date") == expected
