"""detail_max_sources: past that many sources the terminal matrix, the text format, Markdown and HTML
count each fact's verdicts instead of showing every source; JSON and JSON lines keep every result."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from hypothesis import given, settings, strategies as st

from checks.model import Evidence, Fact, FactReport, Report, Result, Results
from checks.report.html import to_html
from checks.report.markdown import to_markdown
from checks.report.overview import CELLS, DETAIL_DEFAULTS, SYMBOLS, cell, fact_counts
from checks.report.render import render, to_text
from checks.terminal_matrix import matrix

from .samples import NOV9

VERDICTS = ("agree", "differ", "known", "silent")


def result(name: str, kind: str) -> Result:
    if kind == "silent":
        return Result(name, "silent")
    e = Evidence(1, "Signed on 9 November 2020.", "2020-11-09", kind == "agree", (10, 25))
    return Result(name, "agree" if kind == "agree" else "differ", (e,), kind == "known",
                  "Dated otherwise." if kind == "known" else "")


def report_of(rows: list[list[str]], sparse: bool = False) -> Report:
    """One fact per row, one source per column; ``sparse``: results kept as model.Results (as a run keeps them)."""
    names = tuple(f"s{i:03d}.txt" for i in range(len(rows[0]) if rows else 0))
    facts = []
    for k, row in enumerate(rows):
        fact = Fact(f"fact-{k}", "Signed on 9 November 2020.", "date", ("signed",), NOV9, "facts/f.yaml", 1 + 6 * k)
        results = tuple(result(n, v) for n, v in zip(names, row))
        if sparse:
            results = Results(tuple(Result(n, "silent") for n in names),
                              {i: r for i, r in enumerate(results) if r.verdict != "silent"})
        facts.append(FactReport(fact, results))
    return Report(names, tuple(facts))


def wide(n: int) -> Report:
    return report_of([[("agree", "differ", "silent", "known")[i % 4] for i in range(n)]])


# ------------------------------------------------------------------ the threshold, both sides

def md_counted(report: Report, limit=None) -> bool:
    return re.search(r"^\| fact +\| \+ agree \|", to_markdown(report, limit), re.M) is not None


def html_counted(report: Report, limit=None) -> bool:
    return '<th scope="col">verdicts</th>' in to_html(report, limit)


def terminal_counted(report: Report, limit=None) -> bool:
    return "too many to show one by one" in "".join(t for line in matrix(report, 80, limit) for t, _ in line)


def text_counted(report: Report, limit=None) -> bool:
    return "too many to show one by one" in to_text(report, limit)


OUTPUTS = {"md": md_counted, "html": html_counted, "terminal": terminal_counted, "text": text_counted}


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("limit", [0, 1, 7])
def test_a_setting_of_n_shows_n_sources_and_counts_n_plus_one(output, limit):
    counted = OUTPUTS[output]
    if limit:
        assert not counted(wide(limit), limit)
    assert counted(wide(limit + 1), limit)


@pytest.mark.parametrize("output", OUTPUTS)
def test_each_output_has_its_own_default(output):
    limit = DETAIL_DEFAULTS["terminal" if output == "text" else output]
    counted = OUTPUTS[output]
    assert not counted(wide(limit)) and counted(wide(limit + 1))


def test_json_keeps_every_result_whatever_the_setting():
    report = wide(12)
    assert render(report, "json", 0) == render(report, "json")
    assert len(json.loads(render(report, "json", 0))["facts"][0]["results"]) == 12
    assert render(report, "jsonl", 0) == render(report, "jsonl")


def test_the_text_format_names_the_sources_that_differ():
    out = to_text(wide(12), 5)
    assert "12 sources are too many to show one by one (detail_max_sources = 5)" in out
    assert "fact-0  3 agree  3 differ  3 known  3 silent" in out
    assert "  differ: s001.txt, s005.txt, s009.txt" in out
    assert "1 facts x 12 sources: 3 agree, 3 differ, 3 known, 3 silent" in out


# ------------------------------------------------------------------ counts equal the full view

def md_grid_counts(report: Report) -> list[Counter]:
    """The full Markdown grid, each fact's row of symbols counted."""
    symbol = {v: k for k, v in SYMBOLS.items()}
    rows = [line for line in to_markdown(report, len(report.sources)).splitlines() if line.startswith("| fact-")]
    return [Counter(symbol[c.strip()] for c in row.strip("|").split("|")[1:]) for row in rows]


def md_count_table(report: Report) -> list[Counter]:
    rows = [line for line in to_markdown(report, 0).splitlines() if line.startswith("| fact-")]
    order = ("agree", "differ", "known", "silent")
    return [Counter(dict(zip(order, (int(c.replace(",", "")) for c in row.strip("|").split("|")[1:])))) for row in rows]


def html_grid_counts(report: Report) -> list[Counter]:
    kind = {"a": "agree", "d": "differ", "k": "known", "s": "silent"}
    page = to_html(report, len(report.sources))
    body = page[page.index("<tbody>"):page.index("</tbody>")]
    return [Counter(kind[c] for c in re.findall(r'<td class="([adks])">', row)) for row in body.split("</tr>")[:-1]]


def html_count_cells(report: Report) -> list[Counter]:
    kind = {"a": "agree", "d": "differ", "k": "known", "s": "silent"}
    page = to_html(report, 0)
    cells = re.findall(r'<td class="n">(.*?)</td>', page)
    return [Counter({kind[k]: int(n.replace(",", "")) for k, n in re.findall(r'<span class="([adks])">.(\d[\d,]*)</span>', c)})
            for c in cells]


def terminal_full_counts(report: Report) -> list[Counter]:
    symbol = {v: k for k, v in SYMBOLS.items()}
    out = []
    for line in matrix(report, 10_000, len(report.sources)):
        if line[0][0].startswith("fact-"):
            out.append(Counter(symbol[t.strip()] for t, _ in line[1:]))
    return out


def terminal_counted_counts(report: Report) -> list[Counter]:
    out = []
    for line in matrix(report, 10_000, 0):
        if line[0][0].startswith("fact-"):
            text = "".join(t for t, _ in line[1:])
            out.append(Counter({k: int(n) for n, k in re.findall(r"(\d+) (agree|differ|known|silent)", text)}))
    return out


rows = st.integers(1, 9).flatmap(lambda n: st.lists(st.lists(st.sampled_from(VERDICTS), min_size=n, max_size=n),
                                                   min_size=1, max_size=4))


@settings(max_examples=60, deadline=None)
@given(rows, st.booleans())
def test_the_counts_of_the_count_view_are_the_counts_of_the_full_view(grid, sparse):
    report = report_of(grid, sparse)
    truth = [+Counter(cell(r) for r in fr.results) for fr in report.facts]
    assert [+c for c in md_count_table(report)] == [+c for c in md_grid_counts(report)] == truth
    assert [+c for c in html_count_cells(report)] == [+c for c in html_grid_counts(report)] == truth
    assert [+c for c in terminal_counted_counts(report)] == [+c for c in terminal_full_counts(report)] == truth
    assert [+fact_counts(fr) for fr in report.facts] == truth
    assert all(sum(fact_counts(fr)[k] for k in CELLS) == len(report.sources) for fr in report.facts)
