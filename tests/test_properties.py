"""Properties that hold for any input, checked with hypothesis."""

import random
import string
from datetime import date

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.errors import CheckError
from checks.dates.forms import dates
from checks.numbers import numbers
from checks.facts import load_facts
from checks.pipeline import evaluate
from checks.sources import make_source

from .helpers import write

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
FORMATS = [
    lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTH_ABBR[d.month - 1]} {d.day}, {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"the {d.day}{'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} "
              f"of {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]}, {d.year}",
]
# Surrounding words that contain no digits or month names.
FILLER = st.lists(st.sampled_from(["the", "talks", "were", "held", "on", "and", "later", "report", "said",
                                   "Baku", "Yerevan", "officials", "in", "a", "statement", ",", ";"]),
                  max_size=8).map(" ".join)


@given(d=st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
       fmt=st.sampled_from(FORMATS), before=FILLER, after=FILLER)
def test_a_date_in_any_format_and_any_context_is_extracted(d, fmt, before, after):
    text = f"{before} {fmt(d)} {after}."
    found = [m.value.label for m in dates(text)]
    assert found == [d.isoformat()], text


@given(n=st.integers(min_value=0, max_value=10**9), before=FILLER)
def test_a_number_with_separators_is_read_back(n, before):
    text = f"{before} {n:,} soldiers"
    found = [m for m in numbers(text) if m.unit == "soldiers"]
    assert [m.value for m in found] == [n], text


FACTS = """
facts:
  - id: ceasefire-signed
    claim: The ceasefire was signed on 9 November 2020.
    kind: date
    about: [{term}]
    value: 2020-11-09
  - id: pm
    claim: Pashinyan is Prime Minister.
    kind: party
    about: [Nikol Pashinyan]
    value: [Prime Minister]
    rivals: [President]
  - id: war-length
    claim: The war lasted 44 days.
    kind: number
    about: [war]
    value: 44
    unit: [days]
"""
RELEVANT = [
    "The cease-fire was signed on 9 November 2020.",
    "Armenian President Nikol Pashinyan spoke.",
    "The ceasefire came on the night of November 10, 2020.",
    "The war lasted 44 days.",
    "Armenian Prime Minister Nikol Pashinian met them.",
    "The war lasted six weeks.",
]
UNRELATED = ["Markets rose 3% on 4 May 2021.", "The weather was mild.", "A bridge of 300 metres opened.",
             "Officials met in Geneva in March 2019."]


def verdict_table(tmp_path, term: str, texts: dict[str, str]):
    write(tmp_path / "facts.yaml", FACTS.format(term=term))
    facts = load_facts(tmp_path / "facts.yaml")
    sources = tuple(make_source(name, text) for name, text in texts.items())
    report = evaluate(facts, sources)
    return {(fr.fact.id, r.source): r.verdict for fr in report.facts for r in fr.results}


SOURCE_TEXTS = st.dictionaries(
    st.sampled_from([f"s{i}.txt" for i in range(6)]),
    st.lists(st.sampled_from(RELEVANT + UNRELATED), min_size=1, max_size=4).map(" ".join),
    min_size=1, max_size=4)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=SOURCE_TEXTS, extra=st.lists(st.sampled_from(UNRELATED), max_size=3), seed=st.integers(0, 99))
def test_unrelated_sentences_and_source_order_change_no_verdict(tmp_path, texts, extra, seed):
    base = verdict_table(tmp_path, "ceasefire", texts)
    padded = {name: " ".join([*extra, text, *extra]) for name, text in texts.items()}
    items = list(padded.items())
    random.Random(seed).shuffle(items)
    assert verdict_table(tmp_path, "ceasefire", dict(items)) == base


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=SOURCE_TEXTS, variant=st.sampled_from(["CEASEFIRE", "Cease-fire", "ceasefire", "Céasefire",
                                                    "cease fire", "Ceasefire"]))
def test_case_diacritics_and_hyphens_of_an_about_term_change_no_verdict(tmp_path, texts, variant):
    assert verdict_table(tmp_path, variant, texts) == verdict_table(tmp_path, "ceasefire", texts)


YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20)
    | st.sampled_from(["2020-11-09", "date", "number", "party", "place", "facts", "id"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["facts", "id", "claim", "kind", "about", "value", "unit", "rivals", "tolerance",
                         "known", "note", "x"]), children, max_size=6),
    max_leaves=20)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=YAML_VALUES)
def test_any_yaml_document_loads_or_raises_only_our_error(tmp_path, doc):
    path = tmp_path / "any.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    try:
        load_facts(path)
    except CheckError as exc:
        assert all(str(p).startswith(str(path)) or "any.yaml" in str(p) for p in exc.problems)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=string.printable + "\t:-[]{}&*!|>'\"%@`#,?", max_size=200))
def test_any_text_as_a_fact_file_loads_or_raises_only_our_error(tmp_path, text):
    path = tmp_path / "any.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_facts(path)
    except CheckError:
        pass


# Words that make up dates, and words that don't: sentences drawn from both.
_DATE_WORDS = ["the", "last", "next", "this", "on", "in", "of", "for", "over", "early", "late", "a", "two", "ago",
               "earlier", "year", "years", "week", "weekend", "month", "quarter", "period", "year-ago",
               "Monday", "Friday's", "yesterday", "tonight", "summer", "Winter", "January", "Sept.", "May",
               "Christmas", "Thanksgiving", "Day", "New", "Year's", "nineteen", "ninety-six", "thousand", "third",
               "2020", "9", "1990s", "20th", "century", "Q3", ",", "-", "'s", "12", "0735", "15:35", "1234-05-06",
               "19th-century", "quarter"]
_OTHER_WORDS = ["ceasefire", "signed", "troops", "said", "Pashinyan", "peace", "talks", "held", "was", "and"]


@given(st.lists(st.sampled_from(_DATE_WORDS + _OTHER_WORDS), max_size=12))
def test_the_quick_first_look_never_skips_a_sentence_that_holds_a_date(tokens):
    """The cheap substring checks that skip dateless sentences are exact: skipping changes nothing."""
    from checks.dates import forms as extract, relative
    text = " ".join(tokens)
    if not any(w in text.lower() for w in relative.ANCHORS):
        assert relative._RELATIVE.search(text) is None, text
    if not extract._may_hold_a_date(text):
        assert extract._DATE.search(text) is None, text



@given(st.lists(st.sampled_from(_DATE_WORDS + _OTHER_WORDS + ["FRİDAY", "Tueſday", "CHRİSTMAS", "ſpring", "nıneteen",
                                                              "thouſand", "\u212aing"]), max_size=12),
       st.dates(min_value=date(1600, 1, 1), max_value=date(2400, 12, 31)))
def test_dates_never_raise_on_letters_that_case_folding_reads_as_ascii(tokens, published):
    """'İ', 'ı', 'ſ' and the Kelvin sign match i, i, s and k in case-insensitive patterns."""
    for m in dates(" ".join(tokens), published):
        assert m.value.first <= m.value.last
