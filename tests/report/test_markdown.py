"""The Markdown report: exact output for a small Report, and text that always shows literally.

Escaping is checked by parsing the output with a CommonMark parser (plus GitHub's
tables and strikethrough): what a claim or quote says must come back as text, never
as emphasis, links, code, HTML or extra table cells.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.model import Evidence, Fact, FactReport, Report, Result
from checks.report.markdown import code, emphasised, flatten, text, to_markdown

from .samples import NOV9, ev, sample

markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py (the test extra) parses the Markdown")

GOLDEN = """\
# Fact consistency report

**1 new discrepancy** (not acknowledged) · 4 facts checked (and 1 draft, not checked) against 3 sources · \
5 agree, 1 differ, 1 known, 5 silent

**1 acknowledgement no longer holds**: see below.

New discrepancies:

- ceasefire-signed: `a.txt:3` says 10 Nov 2020, expected 9 Nov 2020

## Matrix

| fact             |  1  |  2  |  3  |
| ---------------- | :-: | :-: | :-: |
| ceasefire-signed |  X  |  +  |  k  |
| war-length       |  +  |  .  |  .  |
| pm-office        |  +  |  +  |  +  |
| orphan           |  .  |  .  |  .  |

`+` agrees · `X` differs, not acknowledged · `k` differs, acknowledged · `.` silent

Sources:

1. `a.txt` (Daily Ledger)
2. `b.txt`
3. `c.txt`

## Discrepancies

### ceasefire-signed

**Claim:** The ceasefire was signed on 9 November 2020.

**Expected:** 9 Nov 2020 · `facts/war.yaml:2` · 1 new, 1 acknowledged, 1 agree

- `X` **differs** in `a.txt`
  - `a.txt:3` found 10 Nov 2020
    > The truce of **Nov. 10, 2020** held.
- `k` **differs, acknowledged** in `c.txt` (Dates it by when it took effect.)
  - `c.txt:1` found 10 Nov 2020
    > The ceasefire took effect on **10 November**.
- `+` **agrees** in `b.txt`
  - `b.txt:7` found 9 Nov 2020
    > The ceasefire was signed on **9 November 2020**.

## Acknowledgements that no longer hold

These sources are acknowledged as differing, but no longer differ: remove them from the fact's `known`.

- war-length: `b.txt` is now silent (acknowledged: Said 42 days once.) · `facts/war.yaml:9`

## Facts no source mentions

Every source is silent on these: reword their `about` terms, or prune them.

- orphan: Nobody mentions this. · `facts/people.yaml:8`

## Drafts

Not checked until they have a `value`:

- draft-fact: Still being researched. · `facts/people.yaml:14`

## Notes

- c.txt: not UTF-8; decoded as Windows-1252
"""


def test_golden_markdown():
    assert to_markdown(sample()) == GOLDEN


def test_golden_markdown_is_byte_identical_across_runs():
    assert to_markdown(sample()).encode("utf-8") == to_markdown(sample()).encode("utf-8")


def test_sections_in_order():
    out = to_markdown(sample())
    order = ["# Fact consistency report", "New discrepancies:", "## Matrix", "## Discrepancies",
             "## Acknowledgements that no longer hold", "## Facts no source mentions", "## Drafts", "## Notes"]
    assert [out.index(h) for h in order] == sorted(out.index(h) for h in order)


def test_new_discrepancies_come_before_acknowledged_ones():
    base = sample().facts[0]
    acknowledged_only = FactReport(base.fact, base.results[1:])  # b.txt agrees, c.txt differs (known)
    new = FactReport(Fact("later-new", "x", "date", ("x",), NOV9, "f.yaml", 30), (
        Result("b.txt", "silent"),
        Result("c.txt", "differ", (ev(4, "It was 10 Nov.", "10 Nov", "2020-11-10", False),))))
    out = to_markdown(Report(("b.txt", "c.txt"), (acknowledged_only, new)))
    assert out.index("### later-new") < out.index("### ceasefire-signed")
    assert out.index("- later-new:") < out.index("## Matrix")  # listed in the headline


def test_wide_reports_count_verdicts_per_fact():
    names = tuple(f"s{i:03d}.txt" for i in range(50))
    fact = Fact("f", "c", "date", ("x",), NOV9, "f.yaml", 1)
    results = tuple(Result(n, "agree", (ev(1, "On 9 Nov.", "9 Nov", "2020-11-09", True),)) if i % 10 == 0
                    else Result(n, "silent") for i, n in enumerate(names))
    out = to_markdown(Report(names, (FactReport(fact, results),)))
    assert "| fact | + agree | X differ | k known | . silent |" in out
    assert "| f    |       5 |        0 |       0 |       45 |" in out
    assert "With 50 sources (more than detail_max_sources = 40) the matrix counts" in out
    assert "the JSON report has every result" in out


# ------------------------------------------------------------------ escaping, checked by a parser

def parse(markdown: str) -> str:
    md = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")
    return md.render(markdown)


class Tags(HTMLParser):
    """The tags of rendered Markdown, and the text of each paragraph, table cell, heading and quote."""

    BLOCKS = {"p", "td", "th", "h1", "h2", "h3", "li"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.blocks: list[str] = []
        self._open: list[list[str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in self.BLOCKS:
            self._open.append([])

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self._open:
            self.blocks.append("".join(self._open.pop()))

    def handle_data(self, data):
        for chunk in self._open:
            chunk.append(data)


NASTY = ("a | b * c _d_ `e` **f** <script>alert(1)</script> <img src=x onerror=alert(1)> [l](http://x) "
         "~~s~~ $x$ &amp; :rocket: \\ # h")


def fact_with(claim: str = "claim", quote: str = "On 9 November 2020.", value: str = "9 November 2020",
              fact_id: str = "f", source: str = "a.txt") -> Report:
    start = quote.find(value) if value in quote else 0
    e = Evidence(3, quote, "2020-11-10", False, (start, start + len(value)))
    fact = Fact(fact_id, claim, "date", ("x",), NOV9, "facts/f.yaml", 1)
    return Report((source,), (FactReport(fact, (Result(source, "differ", (e,)),)),))


def test_claim_with_markup_shows_literally():
    tags = Tags(parse(to_markdown(fact_with(claim=NASTY))))
    assert f"Claim: {NASTY}" in tags.blocks
    assert not {"script", "img", "a", "em", "s", "del"} & set(tags.tags)


def test_quote_with_markup_shows_literally_with_the_value_in_bold():
    quote = f"{NASTY} on 9 November 2020 | end"
    tags = Tags(parse(to_markdown(fact_with(quote=quote))))
    assert quote in tags.blocks  # the blockquote's paragraph
    assert "strong" in tags.tags
    assert not {"script", "img", "a", "em", "s", "del"} & set(tags.tags)


def test_fact_id_and_source_with_pipes_keep_the_table_shape():
    report = fact_with(fact_id="a|b|c", source="x|y`z.txt")
    html = parse(to_markdown(report))
    assert html.count("<tr>") == 2  # header and one fact
    assert Tags(html).blocks.count("a|b|c") >= 1


def test_block_starts_are_escaped():
    for claim in ("# heading", "- item", "+ item", "1. first", "2) second", "> quote", "=====", "---"):
        quote = f"{claim} 9 November 2020"
        tags = Tags(parse(to_markdown(fact_with(quote=quote, fact_id=claim))))
        assert quote in tags.blocks, claim
        assert claim in tags.blocks, claim  # the id, in its table cell and list item


def test_code_spans_hold_backticks():
    assert code("a`b") == "``a`b``"
    assert code("`x`") == "`` `x` ``"
    assert Tags(parse(code("``x`` y"))).blocks == ["``x`` y"]


def test_line_breaks_and_control_characters_cannot_break_a_line():
    # a quote: white space runs become one space, a control character is shown escaped as a terminal shows it
    assert flatten("a\nb\r\nc\td\x1b[31m") == "a b c d\\x1b[31m"
    assert "\n" not in text("one\n# two")
    # a name: its line break is shown, so "x\ny" and "x y" never look alike
    assert code("x\ny") != code("x y")
    assert "\x1b" not in code("x\x1by")


def test_emphasis_holds_when_the_value_touches_a_word():
    e = Evidence(1, 'He paid US"250" then.', "250", False, (10, 15))
    assert emphasised(e) == 'He paid **US"250"** then.'
    assert Tags(parse(emphasised(e))).tags == ["p", "strong"]


# ------------------------------------------------------------------ property: any text stays text

# any text, and text made of what Markdown treats as markup
PIECES = list("\\`*_[]<>|~$&#:;!()-+=.1 aZé\n\t\"'{}\u00a0\x1b") + ["&amp;", "<b>", "http://x", "   ", "1. ", "- "]
TEXT = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
                 st.lists(st.sampled_from(PIECES), max_size=20).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim=TEXT, before=TEXT, value=TEXT.filter(lambda s: s.strip()), after=TEXT, fact_id=TEXT)
def test_any_text_keeps_the_table_and_shows_literally(claim, before, value, after, fact_id):
    quote = before + value + after
    e = Evidence(2, quote, "x", False, (len(before), len(before) + len(value)))
    facts = (FactReport(Fact(fact_id, claim, "date", ("x",), NOV9, "f.yaml", 1), (
                 Result("a.txt", "differ", (e,)), Result("b.txt", "silent"))),
             FactReport(Fact("other", "c", "date", ("x",), NOV9, "f.yaml", 5), (
                 Result("a.txt", "silent"), Result("b.txt", "silent"))))
    html = parse(to_markdown(Report(("a.txt", "b.txt"), facts)))
    table = html[html.index("<table>"):html.index("</table>")]
    assert table.count("<tr>") == 3  # header + two facts, whatever the id holds
    assert all(row.count("<td") == 3 for row in table.split("<tr>")[2:])
    tags = Tags(html)
    assert not {"script", "img", "a", "em", "s", "del", "hr", "h4", "h5", "h6", "pre"} & set(tags.tags)
    assert ("Claim: " + flatten(claim)).strip() in [b.strip() for b in tags.blocks]
    assert flatten(quote).strip() in [b.strip() for b in tags.blocks]


def test_acknowledged_entries_have_one_layout_whatever_their_number_of_lines():
    """A source with one quote and one with two read alike: a line for the source, an item per quote."""
    one = (ev(1, "Signed on 10 November 2020.", "10 November 2020", "2020-11-10", False),)
    two = one + (ev(6, "It was 9 November 2020.", "9 November 2020", "2020-11-09", True),)
    fact = Fact("f", "c", "date", ("x",), NOV9, "facts/f.yaml", 1, known=(("a.txt", "why a"), ("b.txt", "why b")))
    out = to_markdown(Report(("a.txt", "b.txt"), (FactReport(fact, (
        Result("a.txt", "differ", one, known=True, reason="why a"),
        Result("b.txt", "differ", two, known=True, reason="why b"))),)))
    assert "- `k` **differs, acknowledged** in `a.txt` (why a)\n  - `a.txt:1` found 10 Nov 2020\n    > Signed" in out
    assert "- `k` **differs, acknowledged** in `b.txt` (why b)\n  - `b.txt:1` found 10 Nov 2020\n    > Signed" in out
    assert "  - `b.txt:6` found 9 Nov 2020 (agrees)\n    > It was" in out
