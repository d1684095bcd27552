"""The pytest shell: one item per fact, at its line, failing, xfailing, skipping as the verdicts say."""

import textwrap

import pytest

SOURCES = {
    "nine.txt": "The ceasefire was signed on 9 November 2020.\n",
    "ten.txt": "Intro line.\nThe ceasefire was signed on the night of November 10, 2020.\n",
    "none.txt": "Nothing relevant here.\n",
}

FACTS = """
facts:
  - id: ceasefire-signed
    claim: The ceasefire was signed on 9 November 2020.
    kind: date
    about: [ceasefire]
    value: 2020-11-09
{known}
  - id: unmentioned
    claim: Something nobody wrote about.
    kind: place
    about: [zeppelin]
    value: Berlin
    tags: [airships]
"""


@pytest.fixture
def suite(pytester):
    def make(known: str = "", extra: str = ""):
        pytester.makefile(".toml", pyproject=textwrap.dedent("""
            [tool.pytest.ini_options]
            facts_dir = "facts"
            seeds_dir = "seeds"
        """))
        (pytester.path / "facts").mkdir(exist_ok=True)
        (pytester.path / "facts" / "war.yaml").write_text(FACTS.format(known=known).lstrip("\n") + extra)
        (pytester.path / "seeds").mkdir(exist_ok=True)
        for name, text in SOURCES.items():
            (pytester.path / "seeds" / name).write_text(text)
        return pytester
    return make


def run(pytester, *args):
    return pytester.runpytest("-p", "checks.pytest_plugin", "-ra", "facts", *args)


def test_a_new_discrepancy_fails_with_its_evidence(suite):
    result = run(suite())
    result.assert_outcomes(failed=1, skipped=1)
    out = result.stdout.str()
    assert "ten.txt:2: found 10 Nov 2020" in out
    assert '"The ceasefire was signed on the night of November 10, 2020."' in out
    assert "expected: 9 Nov 2020" in out
    assert "Traceback" not in out and "raise " not in out
    result.stdout.fnmatch_lines(["SKIPPED [[]1[]] facts/war.yaml:8: no source mentions it",
                                 "FAILED facts/war.yaml::ceasefire-signed*"])


def test_the_sources_may_be_an_fsspec_url(suite):
    pytest.importorskip("fsspec", reason="fsspec comes with the dask extra: pip install -e '.[dask]'")
    pytester = suite()
    url = (pytester.path / "seeds").as_uri()  # file:///...: what s3://bucket/news is to an object store
    (pytester.path / "seeds").rename(pytester.path / "elsewhere")  # the ini's folder no longer exists
    result = run(pytester, "--seeds-dir", (pytester.path / "elsewhere").as_uri())
    result.assert_outcomes(failed=1, skipped=1)
    out = result.stdout.str()
    assert "ten.txt:2: found 10 Nov 2020" in out and "Traceback" not in out
    # the next commands name the URL, as typed
    assert f"--seeds {(pytester.path / 'elsewhere').as_uri()}" in out and url not in out


def test_acknowledged_discrepancy_xfails_with_the_reason(suite):
    result = run(suite("    known:\n      ten.txt: Counts from when it took effect."))
    result.assert_outcomes(xfailed=1, skipped=1)
    result.stdout.fnmatch_lines(["*XFAIL*ceasefire-signed*Counts from when it took effect*"])


def test_stale_acknowledgement_fails(suite):
    result = run(suite("    known:\n      nine.txt: Wrongly thought to differ."))
    result.assert_outcomes(failed=1, skipped=1)
    assert "nine.txt: acknowledged as differing (Wrongly thought to differ.) but now agrees" in result.stdout.str()


def test_summary_shows_the_matrix(suite):
    result = run(suite("    known:\n      ten.txt: x"))
    result.stdout.fnmatch_lines([
        "*fact consistency*",
        "*1  2  3*",
        "ceasefire-signed   +  .  k",
        "unmentioned        .  .  .",
    ])


def test_items_report_the_records_line_and_select_by_id_kind_and_tag(suite):
    s = suite("    known:\n      ten.txt: x")
    result = run(s, "--collect-only", "-q")
    result.stdout.fnmatch_lines(["facts/war.yaml::ceasefire-signed", "facts/war.yaml::unmentioned"])
    run(s, "-k", "unmentioned").assert_outcomes(skipped=1)
    run(s, "-m", "date").assert_outcomes(xfailed=1)
    run(s, "-m", "airships").assert_outcomes(skipped=1)
    items, _ = s.inline_genitems("-p", "checks.pytest_plugin", "facts")
    assert [i.location[1] for i in items] == [1, 8]  # 0-based: records at lines 2 and 9


def test_a_broken_fact_file_is_a_collection_error_not_a_traceback(suite):
    s = suite()
    (s.path / "facts" / "broken.yaml").write_text("facts:\n  - id: x\n    kind: dates\n")
    result = run(s)
    out = result.stdout.str()
    assert "broken.yaml:2: the record has no 'claim'" in out
    assert "Traceback" not in out
    assert result.ret != 0
    result.assert_outcomes(failed=1, skipped=1, errors=1)  # the good file still runs


def test_draft_is_skipped(suite):
    s = suite(extra="""
  - id: drafty
    claim: A draft.
    kind: date
    about: [ceasefire]
""")
    result = run(s, "-k", "drafty", "-rs")
    result.assert_outcomes(skipped=1)
    assert "draft" in result.stdout.str()


# ------------------------------------------------------------------ detail_max_sources

def counted(result) -> bool:
    return "3 sources are too many to show one by one" in result.stdout.str()


def test_the_summary_counts_past_detail_max_sources_from_the_flag_or_ini(suite):
    s = suite()
    assert not counted(run(s, "--detail-max-sources", "3"))
    assert counted(run(s, "--detail-max-sources", "2"))
    assert counted(run(s, "-o", "detail_max_sources=2"))
    assert not counted(run(s, "-o", "detail_max_sources=2", "--detail-max-sources", "3"))  # the flag wins


def test_detail_max_sources_comes_from_tool_fact_checks_for_the_matrix_and_the_report(suite):
    s = suite()
    (s.path / "pyproject.toml").write_text('[tool.fact-checks]\nreport_dir = "out"\ndetail_max_sources = 2\n'
                                           '[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    assert counted(run(s))
    assert "(more than detail_max_sources = 2)" in (s.path / "out" / "discrepancies.md").read_text()


@pytest.mark.parametrize("args, message", [
    (("--detail-max-sources", "-3"), "--detail-max-sources = '-3' is not a number of sources"),
    (("-o", "detail_max_sources=lots"), "the ini setting detail_max_sources = 'lots' is not a number of sources"),
])
def test_a_bad_detail_max_sources_is_a_usage_error_naming_it(suite, args, message):
    result = run(suite(), *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert message in result.stderr.str() and "Traceback" not in result.stderr.str()


def test_a_bad_detail_max_sources_in_pyproject_names_the_file_and_line(suite):
    s = suite()
    (s.path / "pyproject.toml").write_text('[tool.fact-checks]\ndetail_max_sources = "all"\n'
                                           '[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    result = run(s)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "pyproject.toml:2: [tool.fact-checks] detail_max_sources = 'all' is not a number of sources" \
        in result.stderr.str()


# ------------------------------------------------------------------ pytest-xdist

BRIDGE_FACTS = """facts:
  - id: bridge-opened
    claim: The Varnholt bridge opened on 3 May 2021.
    kind: date
    about: [Varnholt bridge]
    value: 2021-05-03
    known:
      g007.txt: Gives the day the first lorry crossed.
  - id: ferry-crew
    claim: The Ostmere ferry has a crew of 14.
    kind: number
    about: [Ostmere ferry]
    value: 14
    unit: [sailors, crew members]
  - id: harbour-master
    claim: Tilde Brannock is the harbour master of Ostmere.
    kind: party
    about: [Tilde Brannock, Brannock]
    value: harbour master
    rivals: [mayor]
"""

BRIDGE_LINES = ("The Varnholt bridge opened on {day} May 2021 after two years of work.",
                "The Ostmere ferry sails with {crew} sailors on board.",
                "Tilde Brannock, the {title} of Ostmere, welcomed the first ships.",
                "Gulls circled over the quiet harbour all morning.")


def generated(folder, count: int) -> None:
    import random

    rng = random.Random(11)
    folder.mkdir()
    for i in range(count):
        lines = [rng.choice(BRIDGE_LINES).format(day=rng.choice((3, 3, 4)), crew=rng.choice((14, 14, 15)),
                                                 title=rng.choice(("harbour master", "mayor")))
                 for _ in range(3)]
        (folder / f"g{i:03d}.txt").write_text("\n\n".join(lines) + "\n")


def test_xdist_workers_give_the_serial_report_byte_for_byte(pytester):
    pytest.importorskip("xdist")
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    (pytester.path / "facts").mkdir()
    (pytester.path / "facts" / "harbour.yaml").write_text(BRIDGE_FACTS)
    generated(pytester.path / "seeds", 70)  # several shards for each worker
    args = ("-p", "checks.pytest_plugin", "facts", "--detail-max-sources", "50")
    serial = pytester.runpytest_subprocess(*args, "--report-dir", "serial")
    parallel = pytester.runpytest_subprocess(*args, "-n", "2", "--report-dir", "parallel")
    assert serial.ret == parallel.ret == pytest.ExitCode.TESTS_FAILED
    for name in ("discrepancies.json", "discrepancies.md", "discrepancies.html"):
        assert (pytester.path / "serial" / name).read_bytes() == (pytester.path / "parallel" / name).read_bytes()
    summary = [line for line in serial.outlines if "too many to show" in line or line.startswith(("bridge", "ferry"))]
    # the same lines; xdist prints failures in the order workers finish them, so order is not compared
    assert summary and sorted(summary) == sorted(line for line in parallel.outlines if line in summary)
