"""Rules of session 18, on invented sentences."""

import pytest

from .helpers import verdicts

VERDICT = """
facts:
  - id: verdict
    claim: The jury found Anna Orsk guilty on 2 November 2023.
    kind: date
    about: [verdict, convicted]
    value: 2023-11-02
"""
TRUCE = """
facts:
  - id: truce
    claim: The truce was signed on 9 November 2020.
    kind: date
    about: [truce]
    value: 2020-11-09
"""
EXTENSION = """
facts:
  - id: extension
    claim: The truce was extended on 9 December 2020.
    kind: date
    about: [extended, extension]
    value: 2020-12-09
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a verb that acts on a past event, or puts off a coming one, dates that act: only a possible conflict
    (VERDICT, "Her lawyers appealed the verdict on 5 February 2024.", "silent"),
    (VERDICT, "Her lawyers appealed against the jury's guilty verdict on 5 February 2024.", "silent"),
    (VERDICT, "The verdict was appealed on 5 February 2024.", "silent"),
    (VERDICT, "The verdict was later overturned on 5 February 2024.", "silent"),
    (VERDICT, "The court reserved its verdict on 24 October 2023.", "silent"),
    (TRUCE, "Velmar violated the truce on 12 December 2020.", "silent"),
    (TRUCE, "The truce was breached on 12 December 2020.", "silent"),
    # a matching date still agrees
    (TRUCE, "Leaders welcomed the truce on 9 November 2020.", "agree"),
    # the event's own verb, or the term in another clause, still dates it
    (VERDICT, "The jury delivered its verdict on 3 November 2023.", "differ"),
    (TRUCE, "The truce, which Velmar violated, was signed on 10 November 2020.", "differ"),
    (VERDICT, "She welcomed the news that the verdict came on 3 November 2023.", "differ"),
    (VERDICT, "Her lawyers appealed to the court, and the verdict came on 3 November 2023.", "differ"),
    # the verb is the fact's own term
    (EXTENSION, "Both sides extended the truce on 10 December 2020.", "differ"),
    # a name between the verb and the term: not one noun phrase
    (VERDICT, "Lawyers defended Orsk after the verdict on 3 November 2023.", "differ"),
])
def test_a_date_of_an_act_on_the_event_is_not_the_events(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})[record.split("id: ")[1].split()[0]]["a.txt"] == verdict
