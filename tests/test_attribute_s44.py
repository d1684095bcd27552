"""Rules of session 44, on invented sentences: each group pins one rule (the comment above it)."""

from pathlib import Path

from hypothesis import given, settings, strategies as st

from .helpers import project, verdicts

# earlier_year: a number fact whose claim names no year takes its story's time from the dated facts of its file
CRASH = """\
facts:
  - id: crash-date
    claim: The Velmar Air plane crashed on 29 May 2022.
    kind: date
    about: [crashed, crash]
    value: 2022-05-29
  - id: aboard
    claim: Twenty-two people were aboard the Velmar Air plane.
    kind: number
    about: [aboard, on board]
    value: 22
    unit: [people, persons]
"""
DATE_ONLY, NUMBER_ONLY = CRASH.split("  - id: aboard")[0], "facts:\n  - id: aboard" + CRASH.split("  - id: aboard")[1]
TEXT = ("A Velmar Air plane went missing on Sunday with 22 people on board. "
        "A similar plane had gone missing in 2016 with 23 people on board.")
PUBLISHED = {"sources.yaml": "a.txt:\n  published: 2022-05-30\n"}


def test_a_clause_dated_before_the_story_tells_of_an_earlier_time(tmp_path):
    assert verdicts(tmp_path, CRASH, {"a.txt": TEXT, **PUBLISHED})["aboard"]["a.txt"] == "agree"


def test_without_a_dated_fact_beside_it_a_recent_year_may_be_the_story_own(tmp_path):
    # with no dated fact in its file, only a year ten years before publication is history: 2016 may be the story's
    assert verdicts(tmp_path, NUMBER_ONLY, {"a.txt": TEXT, **PUBLISHED})["aboard"]["a.txt"] == "differ"


def test_a_dated_fact_in_another_file_tells_nothing_of_this_one(tmp_path):
    facts_dir, seeds_dir = project(tmp_path, NUMBER_ONLY, {"a.txt": TEXT, **PUBLISHED})
    (facts_dir / "other.yaml").write_text(DATE_ONLY, encoding="utf-8")
    from checks.pipeline import check
    report = check(facts_dir, seeds_dir)
    got = {fr.fact.id: {r.source: r.verdict for r in fr.results} for fr in report.facts}
    assert got["aboard"]["a.txt"] == "differ"


def test_a_clause_of_the_story_time_or_later_still_differs(tmp_path):
    text = "A Velmar Air plane went missing in 2022 with 23 people on board."
    assert verdicts(tmp_path, CRASH, {"a.txt": text, **PUBLISHED})["aboard"]["a.txt"] == "differ"


def test_the_earliest_dated_fact_is_the_story_time(tmp_path):
    # a background date in the file (an earlier crash of 2016) makes 2016 part of the story: its figure conflicts
    facts = CRASH.replace("  - id: aboard", "  - id: first\n    claim: An earlier crash was in 2016.\n"
                          "    kind: date\n    about: [first crash]\n    value: 2016-02-24\n  - id: aboard")
    assert verdicts(tmp_path, facts, {"a.txt": TEXT, **PUBLISHED})["aboard"]["a.txt"] == "differ"


@settings(max_examples=15, deadline=None)
@given(year=st.integers(1950, 2021), count=st.integers(23, 900))
def test_any_earlier_year_sets_its_figure_aside(year, count):
    import tempfile
    text = (f"A Velmar Air plane went missing on Sunday with 22 people on board. "
            f"In {year}, a plane crashed with {count} people on board.")
    with tempfile.TemporaryDirectory() as d:
        assert verdicts(Path(d), CRASH, {"a.txt": text, **PUBLISHED})["aboard"]["a.txt"] == "agree"


def test_the_story_time_is_part_of_the_cache_key():
    from checks.facts import load_facts
    from checks.shards import make_plan
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        one = Path(d) / "one"
        one.mkdir()
        (one / "f.yaml").write_text(CRASH, encoding="utf-8")
        before = make_plan(tuple(load_facts(one))).keys
        (one / "f.yaml").write_text(CRASH.replace("2022-05-29", "2021-05-29"), encoding="utf-8")
        after = make_plan(tuple(load_facts(one))).keys
    assert before[1] != after[1]  # the number fact's record is unchanged, its story's time is not


def test_explain_names_the_rule_with_the_story_time(tmp_path):
    from checks.explain import explain_lines
    from checks.facts import load_facts
    from checks.index import index_all
    from checks.judge import story_times
    from checks.sources import read_folder
    facts_dir, seeds_dir = project(tmp_path, CRASH, {"a.txt": TEXT, **PUBLISHED})
    facts = load_facts(facts_dir)
    fact = next(f for f in facts if f.id == "aboard")
    lines = explain_lines(fact, index_all(read_folder(seeds_dir).sources),
                          story=story_times(facts).get(fact.file, frozenset()))
    assert any("earlier_year" in line and "2016" in line for line in lines), lines
