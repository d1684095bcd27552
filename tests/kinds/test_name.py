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
