"""kinds: party and place share the name reading: value names and rivals found in a sentence."""

import pytest

from checks.errors import FactError
from checks.facts import load_facts
from checks.kinds import KINDS

from ..helpers import one, write

MAYOR = """
- id: lindqvist-office
  claim: Aino Lindqvist is the mayor of Harrowgate.
  kind: party
  about: [Aino Lindqvist, Lindqvist]
  value: [Mayor]
  rivals: [Governor]
"""


def test_party_and_place_are_one_reading_with_their_own_rules():
    party, place = KINDS["party"], KINDS["place"]
    assert party.mentions is place.mentions and party.fields == place.fields
    # a place name is no title: places skip the title rules
    assert party.attach.__name__ == "attach_name" and place.attach.__name__ == "attach_place"


@pytest.mark.parametrize("text, verdict, found", [
    ("Mayor Aino Lindqvist opened the fair.", "agree", ["Mayor"]),
    ("Governor Aino Lindqvist opened the fair.", "differ", ["Governor"]),
    ("The Governor of Harrowgate met Lindqvist.", "silent", []),  # the title is the Governor's own
])
def test_names_agree_or_differ_when_attached(tmp_path, text, verdict, found):
    assert one(tmp_path, MAYOR, text) == (verdict, found)


def test_a_name_cannot_be_both_value_and_rival(tmp_path):
    path = write(tmp_path / "f.yaml", "facts:\n" + MAYOR.replace("[Governor]", "[governor, mayor]").replace(
        "\n-", "\n  -").replace("\n  ", "\n    ").replace("\n    -", "\n  -"))
    with pytest.raises(FactError) as err:
        load_facts(path)
    assert [p.code for p in err.value.problems] == ["rival-is-value"]


@pytest.mark.parametrize("value, warned", [
    # a name listed twice is the sign of "[Aske, Aske, Velmar]": the comma split 'Aske, Velmar' into two values
    ("[Aske, Aske, Velmar]", True),
    ("[Aske, aske]", True),
    # a quoted value keeps its comma; distinct names are fine
    ("['Aske, Velmar', Aske]", False),
    ("[Aske, Tindra]", False),
])
def test_a_repeated_value_is_a_warning_and_keeps_the_record(tmp_path, value, warned):
    assert _place_warnings(tmp_path, "[landfall]", value) == ([("value-repeated", "warning", 6)] if warned else [])


@pytest.mark.parametrize("about, warned", [
    # a value listed among the fact's own terms is read as the subject in every sentence that names it, so no
    # sentence can state it: a warning at the term's line, the record kept
    ("[Aske, second attack]", True),
    ("[second attack, ' aske ']", True),
    ("[second attack, Aske harbour]", False),
])
def test_a_value_listed_as_an_about_term_is_a_warning(tmp_path, about, warned):
    assert _place_warnings(tmp_path, about, "[Aske]") == ([("value-as-term", "warning", 5)] if warned else [])


def _place_warnings(tmp_path, about: str, value: str) -> list[tuple[str, str, int]]:
    """The problems of one place record (code, severity, line), which must be kept (warnings only)."""
    from checks.facts import read_facts
    write(tmp_path / "f.yaml", "facts:\n  - id: site\n    claim: c\n    kind: place\n"
                               f"    about: {about}\n    value: {value}\n")
    facts, problems = read_facts(tmp_path)
    assert [f.id for f in facts] == ["site"]
    return [(p.code, p.severity, p.line) for p in problems]
