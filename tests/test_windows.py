"""A large source judged in windows (checks/windows.py): the same verdicts and evidence as the whole
text, never its whole index in memory or in the store."""

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.facts import load_facts
from checks.index import build_vocabulary, index_sources
from checks.judge import judge_fact, prepare
from checks.pipeline import check, evaluate
from checks.sources import RUN_ON_CHARS, WINDOW_CHARS, make_source, split_sentences
from checks.store import Store, open_store, text_digest
from checks.windows import JUDGED_CHARS, judge_windows, windows

from .helpers import write

FACTS = """\
facts:
  - id: accord-signed
    claim: The Velmar accord was signed on 4 May 2019.
    kind: date
    about: [Velmar accord]
    value: 2019-05-04
  - id: bridge-length
    claim: The Orsk bridge is 420 metres long.
    kind: number
    about: [Orsk bridge]
    value: 420
    unit: [metres, metre]
  - id: harbour-chief
    claim: Anna Novak is the harbour master of Velmar.
    kind: party
    about: [Anna Novak]
    value: [harbour master]
    rivals: [mayor]
  - id: ferry-opened
    claim: The Kessel ferry opened in March 2018.
    kind: date
    about: [Kessel ferry]
    value: 2018-03
    context: [Kessel]
    known:
      big.txt: Counts from the first crossing.
"""


def _facts():
    with tempfile.TemporaryDirectory() as tmp:
        return load_facts(write(Path(tmp) / "facts" / "f.yaml", FACTS).parent)


TEST_FACTS = _facts()

# Invented sentences: the facts' terms with values that agree, differ or are yearless (their year
# comes from the paragraph), and filler that mentions none of them.
SENTENCES = [
    "The Velmar accord was signed on 4 May 2019.",
    "The Velmar accord was signed on 5 May.",
    "In March 2018, the Kessel ferry began to run.",
    "The Kessel ferry opened on 12 March.",
    "Officials said the Velmar accord took effect in June.",
    "The Orsk bridge spans 420 metres.",
    "The Orsk bridge measures 455 metres.",
    "Harbour master Anna Novak spoke on Tuesday.",
    "Mayor Anna Novak opened the session.",
    "Talks resumed in September 2020 after a pause.",
    "The weather was calm and the roads were clear.",
    "Fishing boats left at dawn.",
    "A new school opened in the district.",
    # a conflicting value beside an exact statement: a possible conflict, in windows as in the whole text
    "The Velmar accord of 4 May 2019 replaced the Velmar accord of 9 June 2018.",
]

PARAGRAPHS = st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join),
                      min_size=1, max_size=8)


def source_of(text: str, published=date(2021, 6, 1)):
    return replace(make_source("big.txt", text), published=published)


def whole(text: str, published=date(2021, 6, 1)):
    """Results of every fact on the text indexed whole, as judge_fact gives them."""
    idx, = index_sources([source_of(text, published)])  # split whole, however long
    vocabulary = build_vocabulary([idx])
    return {(k, r.source, r.verdict, r.evidence, r.known) for k, fact in enumerate(TEST_FACTS)
            for _, r in judge_fact(fact, [idx], vocabulary, prepare(fact))}


def windowed(text: str, size: int, published=date(2021, 6, 1)):
    found = judge_windows(list(TEST_FACTS), [prepare(f) for f in TEST_FACTS], source_of(text, published), size)
    return {(k, r.source, r.verdict, r.evidence, r.known) for k, r in found}


def of_fact(found, fact_id: str):
    """(verdict, evidence) of one fact."""
    k = next(k for k, f in enumerate(TEST_FACTS) if f.id == fact_id)
    (verdict, evidence), = [(verdict, evidence) for j, _, verdict, evidence, _ in found if j == k]
    return verdict, evidence


@settings(max_examples=60, deadline=None)
@given(paragraphs=PARAGRAPHS, size=st.integers(1, 400), published=st.sampled_from([None, date(2021, 6, 1)]))
def test_windows_give_the_verdicts_and_evidence_of_the_whole_text(paragraphs, size, published):
    # a size of a few characters makes every sentence a window of its own, mid-paragraph too
    text = "\n".join(paragraphs)
    assert windowed(text, size, published) == whole(text, published)


@settings(max_examples=30, deadline=None)
@given(paragraphs=PARAGRAPHS, size=st.integers(1, 400))
def test_windows_hold_every_sentence_once_in_order(paragraphs, size):
    text = "\n\n".join(paragraphs)
    taken = [s for window in windows(source_of(text), size) for s in window.sentences]
    assert taken == list(split_sentences(text))


def test_a_window_closes_where_a_paragraph_ends():
    text = "\n".join(["The Orsk bridge spans 420 metres. Fishing boats left at dawn."] * 6)
    cuts = [w.sentences[0] for w in windows(source_of(text), 40)]  # full after two sentences
    assert len(cuts) == 6 and all(s.text.startswith("The Orsk") for s in cuts)


def test_the_paragraph_year_is_carried_into_the_next_window():
    # one paragraph cut into windows: "5 May" takes 2019 from the sentence in the window before
    text = "The Velmar accord was signed in May 2019. " + "Fishing boats left at dawn. " * 20 + \
        "The Velmar accord was signed on 5 May."
    assert len(list(windows(source_of(text), 60))) > 2
    found = windowed(text, 60)
    verdict, evidence = of_fact(found, "accord-signed")
    assert verdict == "differ" and sorted(e.found for e in evidence) == ["2019-05", "2019-05-05"]
    assert found == whole(text)


def test_a_new_paragraph_in_a_new_window_starts_without_a_year():
    text = "Talks resumed in September 2020 after a pause.\nThe Velmar accord was signed on 5 May."
    assert len(list(windows(source_of(text, None), 1))) == 2
    verdict, evidence = of_fact(windowed(text, 1, None), "accord-signed")
    assert [e.found for e in evidence] == ["--05-05"]  # no year: compared on month and day only
    assert windowed(text, 1, None) == whole(text, None)


def test_evidence_keeps_the_lines_of_the_source():
    filler = "Fishing boats left at dawn.\n" * 40
    text = filler + "The Orsk bridge measures 455 metres.\n" + filler
    verdict, evidence = of_fact(windowed(text, 100), "bridge-length")
    assert verdict == "differ" and [e.line for e in evidence] == [41]


def test_an_acknowledged_source_that_is_silent_keeps_its_result():
    found = windowed("Fishing boats left at dawn.\n" * 30, 50)
    assert found == {(3, "big.txt", "silent", (), True)}


def test_a_large_source_is_judged_in_windows_with_the_same_report(tmp_path):
    # a source over WINDOW_CHARS goes through judge_windows; the report is the one of its text judged whole
    unit = "\n".join(SENTENCES) + "\n"
    text = unit * (2 * WINDOW_CHARS // len(unit))
    big = source_of(text)
    assert big.sentences is None and len(list(windows(big))) >= 2  # split only as it is judged
    report = evaluate(TEST_FACTS, (big,))
    expected = whole(text)
    assert {(k, r.source, r.verdict, r.evidence, r.known) for k, fr in enumerate(report.facts)
            for r in fr.results if r.verdict != "silent" or r.known} == expected


def test_the_store_keeps_a_large_sources_results_but_not_its_index(tmp_path):
    unit = "\n".join(SENTENCES) + "\n"
    big = source_of(unit * (WINDOW_CHARS // len(unit) + 2))
    small = source_of(unit)
    first = evaluate(TEST_FACTS, (big, small), cache_dir=tmp_path)
    store = open_store(tmp_path)
    keys = [Store.index_key(s.text, s.published) for s in (big, small)]
    assert list(store.get_indexes(keys)) == [keys[1]]  # the small source's index only
    index_sources([big], store=store)  # a survey or explain of the large source: not stored either
    assert keys[0] not in store.get_indexes(keys)
    assert evaluate(TEST_FACTS, (big, small), cache_dir=tmp_path) == first  # warm: from the stored results


def test_a_large_source_is_judged_in_windows_smaller_than_the_threshold():
    # a source just over WINDOW_CHARS is already cut in windows of JUDGED_CHARS (closing at a paragraph's end),
    # so what a window's index takes stays a fraction of what a large text takes
    unit = "\n".join(SENTENCES) + "\n"
    big = source_of(unit * (WINDOW_CHARS // len(unit) + 2))
    sizes = [sum(len(s.text) for s in w.sentences) for w in windows(big)]
    assert len(sizes) >= WINDOW_CHARS // JUDGED_CHARS and max(sizes) < JUDGED_CHARS + max(map(len, SENTENCES))


@pytest.mark.xfail(strict=True, reason="year placement finds the nouns a text dates with a year (placement._event_years) "
                   "in the window, not the whole text: a fix carries the whole text's event years (dates.placement.Carry)")
def test_an_event_dated_in_an_earlier_window_gives_its_year_to_a_later_day():
    facts = load_facts_text(EVENT_FACT)
    text = ("Survivors recalled the 2014 mine disaster in Orsk.\n" + "Fishing boats left at dawn.\n" * 20
            + "Families gathered for the May 13 mine disaster in Orsk.\n")
    idx, = index_sources([source_of(text)])
    whole_text = [r for _, r in judge_fact(facts[0], [idx], build_vocabulary([idx]), prepare(facts[0]))]
    assert whole_text[0].verdict == "agree"
    assert [r for _, r in judge_windows(list(facts), [prepare(facts[0])], source_of(text), 100)] == whole_text


EVENT_FACT = """\
facts:
  - id: mine-disaster
    claim: The Orsk mine disaster happened on 13 May 2014.
    kind: date
    about: [mine disaster]
    value: 2014-05-13
"""


def load_facts_text(text: str):
    with tempfile.TemporaryDirectory() as tmp:
        return load_facts(write(Path(tmp) / "facts" / "f.yaml", text).parent)


def test_a_run_of_words_with_no_punctuation_is_cut_shorter_than_prose():
    words = "harbour boats bridge ferry accord " * 200
    pieces = split_sentences(words)
    assert max(len(s.text) for s in pieces) <= RUN_ON_CHARS
    assert " ".join(s.text for s in pieces) == words.strip()
    prose = "harbour boats, bridge ferry accord " * 200  # commas: prose, cut only at the longer bound
    assert max(len(s.text) for s in split_sentences(prose)) > RUN_ON_CHARS


def test_a_large_file_in_a_sources_folder_is_checked_in_windows(tmp_path):
    # the streamed path of `report` and pytest (a folder listed, each shard's texts read where checked)
    unit = "\n".join(SENTENCES) + "\n"
    text = unit * (WINDOW_CHARS // len(unit) + 50)
    write(tmp_path / "facts" / "f.yaml", FACTS)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "big.txt").write_text(text, encoding="utf-8")
    report = check(tmp_path / "facts", tmp_path / "seeds", cache_dir=tmp_path / "cache")
    got = {(k, r.source, r.verdict, r.evidence, r.known) for k, fr in enumerate(report.facts)
           for r in fr.results if r.verdict != "silent" or r.known}
    assert got == whole(text, None)


def test_a_sentence_said_again_is_quoted_from_one_string():
    # a text pasted many times over: its evidence holds each distinct quote once, in every window
    text = ("The Orsk bridge spans 420 metres.\n" * 40)
    found = dict(judge_windows(list(TEST_FACTS), [prepare(f) for f in TEST_FACTS], source_of(text), 100))
    result = next(r for k, r in found.items() if TEST_FACTS[k].id == "bridge-length")
    assert result.verdict == "agree"
    assert [e.line for e in result.evidence] == list(range(1, 41))
    assert len({id(e.quote) for e in result.evidence}) == 1


@given(text=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from("\udc80\udcff"),
                    max_size=40), repeat=st.integers(1, 5))
def test_a_large_text_has_the_digest_of_its_bytes(text, repeat):
    # hashed a slice at a time, the digest is the one of the whole text's UTF-8 (lone surrogates passed)
    import hashlib
    from checks import store
    whole_text = text * repeat
    expected = hashlib.sha256(whole_text.encode("utf-8", "surrogatepass")).digest()
    slice_was, store._DIGEST_SLICE = store._DIGEST_SLICE, 7
    try:
        assert text_digest(whole_text) == expected
    finally:
        store._DIGEST_SLICE = slice_was


def test_a_large_sources_results_are_held_packed_and_read_back_the_same():
    # a windowed source's results wait packed (shards.packed_row) until the shard is packed; a shard of a
    # large and a small source reads back what the large one gives alone
    from checks.shards import as_row, check_shard, make_plan, pack, packed_row, plain_row, unpack
    unit = "\n".join(SENTENCES) + "\n"
    big, small = source_of(unit * (WINDOW_CHARS // len(unit) + 2)), source_of(unit)
    result = next(r for _, r in judge_windows(list(TEST_FACTS), [prepare(f) for f in TEST_FACTS], big))
    assert plain_row(packed_row(result)) == as_row(result) == plain_row(as_row(result))
    out: dict = {}
    for _, blob in pack([(0, 0, packed_row(result)), (0, 1, as_row(result))]):
        unpack(blob, 0, ("big.txt", "big.txt"), out)
    assert out == {0: result, 1: result}
    together: dict = {}
    for k, blob in check_shard(make_plan(TEST_FACTS), [big, small]).packed:
        unpack(blob, 0, ("big.txt", "small.txt"), together.setdefault(k, {}))
    assert {k: found[0] for k, found in together.items() if 0 in found} == {
        k: r for k, r in judge_windows(list(TEST_FACTS), [prepare(f) for f in TEST_FACTS], big)}
