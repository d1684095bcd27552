"""The HTML report: one self-contained page, every text escaped, every link landing, small at scale."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.model import Evidence, Fact, FactReport, Report, Result
from checks import __version__
from checks.report.html import CSP, GRID_COLUMNS, SCRIPT, STYLE, content_hash, esc, fold, short_name, to_html

from .samples import NOV9, ev, sample


class Page(HTMLParser):
    """Tags (with attribute names), ids, internal links and text of a page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.shape: list[tuple] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.attrs: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._in: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.shape.append((tag, tuple(sorted(a))))
        self.attrs.append((tag, a))
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        self._in.append(tag)

    def handle_endtag(self, tag):
        self.shape.append(("/" + tag,))

    def handle_data(self, data):
        self.text.append(data)

    @property
    def all_text(self) -> str:
        return "".join(self.text)


def test_self_contained():
    html = to_html(sample())
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?(?:https?:|//|data:|file:)""", html, re.I)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    page = Page(html)
    assert [t for t, a in page.attrs if t == "script"] == ["script"]  # one inline script, no src
    assert all("src" not in a for t, a in page.attrs)
    assert html.count("<style>") == 1


def test_csp_allows_only_the_pages_own_style_and_script():
    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    html = to_html(sample())
    assert f'content="{CSP}"' in html
    assert f"style-src {digest(STYLE)}" in CSP and f"script-src {digest(SCRIPT)}" in CSP
    assert "default-src 'none'" in CSP and "unsafe-inline" not in CSP
    assert f"<style>{STYLE}</style>" in html and f"<script>{SCRIPT}</script>" in html


def test_deterministic():
    assert to_html(sample()).encode() == to_html(sample()).encode()


def test_every_internal_link_lands():
    page = Page(to_html(sample()))
    for href in page.links:
        assert href.startswith("#"), href
        assert href[1:] in page.ids, f"{href} goes nowhere"


def test_matrix_cells_link_to_their_evidence():
    html = to_html(sample())
    matrix = Page(html[html.index('<section id="matrix">'):html.index('<section id="evidence">')])
    cells = [a for t, a in matrix.attrs if t == "td"]
    assert len(cells) == 4 * 3  # four checked facts (not the draft) x three sources
    assert all(h[1:] in Page(html).ids for h in matrix.links)
    page = Page(html)
    evidence = {i for i in page.ids if re.fullmatch(r"e\d+-\d+", i)}
    non_silent = sum(1 for fr in sample().facts for r in fr.results if r.verdict != "silent")
    assert len(evidence) == non_silent  # one block per non-silent cell; silent ones never repeated


def test_found_value_is_marked_and_verdicts_show_symbol_and_words():
    html = to_html(sample())
    assert "The truce of <mark>Nov. 10, 2020</mark> held." in html
    assert '<td class="d"><a href="#e1-1" title="a.txt: differs">✗</a></td>' in html
    assert '<td class="k"><a href="#e1-3" title="c.txt: differs, acknowledged">⚑</a></td>' in html
    assert '<td class="s">·</td>' in html
    assert "Dates it by when it took effect." in html


def test_sections_and_views():
    html = to_html(sample())
    for anchor in ("matrix", "evidence", "stale", "silent", "drafts", "sources", "notes"):
        assert f'id="{anchor}"' in html
    page = Page(html)
    assert "Daily Ledger" in page.all_text  # outlet names in the per-source view
    assert "By outlet" in page.all_text
    assert 'data-st="differ"' in html and 'data-st="agree"' in html and 'data-st="silent"' in html
    assert 'type="search"' in html


NASTY_SOURCE = '<img src=x onerror="document.title=\'pwned\'">.txt'
NASTY_QUOTE = "Before <script>document.title='pwned'</script> on 10 November & after \"quoted\" 'x'"


def nasty() -> Report:
    quote = NASTY_QUOTE
    e = ev(4, quote, "10 November", "2020-11-10", False)
    fact = Fact("x<b>bold</b>", "A claim with <i>tags</i> & \"quotes\"", "date", ("x",), NOV9, "facts/<f>.yaml", 1,
                known=((NASTY_SOURCE, "<script>alert(1)</script>"),))
    return Report((NASTY_SOURCE,), (FactReport(fact, (Result(NASTY_SOURCE, "differ", (e,), True,
                                                             "<script>alert(1)</script>"),)),),
                  ("<script>note</script>",), ((NASTY_SOURCE, "<b>Outlet</b>"),))


def plain() -> Report:
    """``nasty`` with every text replaced by harmless text of its own."""
    e = ev(4, "Before on 10 November after", "10 November", "2020-11-10", False)
    fact = Fact("x", "A claim", "date", ("x",), NOV9, "facts/f.yaml", 1, known=(("s.txt", "r"),))
    return Report(("s.txt",), (FactReport(fact, (Result("s.txt", "differ", (e,), True, "r"),)),), ("note",),
                  (("s.txt", "Outlet"),))


def test_markup_in_any_text_shows_as_text():
    html = to_html(nasty())
    page = Page(html)
    assert page.shape == Page(to_html(plain())).shape  # not one tag or attribute more
    assert NASTY_QUOTE.replace("10 November", "") .split(" on ")[0] in page.all_text
    assert NASTY_SOURCE in page.all_text
    assert "x<b>bold</b>" in page.all_text and "A claim with <i>tags</i>" in page.all_text
    assert "<script>alert(1)</script>" in page.all_text
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=" in html


# non-empty: an empty reason or outlet is rightly left out, which changes the page's shape
TEXT = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40),
                 st.lists(st.sampled_from(["<", ">", "&", '"', "'", "<script>", "</script>", "<img onerror=x>",
                                           "<!--", "-->", "]]>", "&amp;", "a", " ", "\n", "`", "="]),
                          min_size=1, max_size=12).map("".join))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fact_id=TEXT, claim=TEXT, source=TEXT, quote=TEXT, reason=TEXT, outlet=TEXT, note=TEXT,
       lo=st.integers(-5, 50), hi=st.integers(-5, 50))
def test_no_text_adds_a_tag(fact_id, claim, source, quote, reason, outlet, note, lo, hi):
    """Whatever the texts hold, the page has exactly the tags of the same page with neutral texts."""
    def report(fid, cl, src, q, why, out, nt, span):
        e = Evidence(2, q, "2020-11-10", False, span)
        fact = Fact(fid, cl, "date", ("x",), NOV9, "f.yaml", 1)
        results = (Result(src, "differ", (e,), True, why), Result(src + "\x00other", "silent"))
        return Report((src, src + "\x00other"), (FactReport(fact, results),), (nt,), ((src, out),))

    q_lo, q_hi = (max(0, min(len(quote), n)) for n in (lo, hi))
    marked = q_lo < q_hi
    html = to_html(report(fact_id, claim, source, quote, reason, outlet, note, (lo, hi)))
    neutral = to_html(report("f", "c", "s", "q" * 3, "r", "o", "n", (0, 1) if marked else (0, 0)))
    assert Page(html).shape == Page(neutral).shape
    body = html[html.index("<body>"):html.index("<script>")]
    assert "<script" not in body and "<img" not in body.replace("&lt;img", "")


def test_large_reports_summarise_and_stay_small():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "report_size.py"
    spec = importlib.util.spec_from_file_location("report_size", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    small = bench.synthetic_report(20, GRID_COLUMNS + 40, 6, seed=3)
    html = to_html(small)
    page = Page(html)
    assert not [a for t, a in page.attrs if t == "td" and a.get("class") == "s"]  # no silent cell drawn
    assert all(h[1:] in page.ids for h in page.links)
    big = bench.synthetic_report(500, 2000, 8, seed=1)
    assert len(to_html(big).encode("utf-8")) < bench.HTML_TARGET


# ------------------------------------------------------------------ the reader's page (issue 13)

def test_matrix_columns_are_named_by_outlet_or_short_name():
    page = to_html(sample())
    assert '<th scope="col" class="v"><a href="#s1" title="a.txt (Daily Ledger)"><b>1</b> Daily Ledger</a></th>' in page
    assert '<a href="#s2" title="b.txt"><b>2</b> b</a>' in page
    assert short_name("feeds/a-very-long-source-file-name-indeed.txt") == "a-very-long-source-fi…"


def test_zero_counts_get_no_verdict_colour():
    page = to_html(sample())
    head = page[page.index("<header>"):page.index("</header>")]
    assert '<span class="b z">0 known</span>' not in head  # the sample has one known
    report = Report(("a.txt", "b.txt", "c.txt"), (sample().facts[2],))  # pm-office: all agree
    head = (page := to_html(report))[page.index("<header>"):page.index("</header>")]
    assert '<span class="b z">0 differ</span>' in head and 'class="b d"' not in head


def test_no_empty_hidden_elements():
    page = to_html(sample())
    assert not re.search(r"<(\w+)[^>]*\shidden[^>]*>\s*(<\w+[^>]*>\s*</\w+>\s*)*</\1>", page)
    assert "per-source" not in page


def test_fact_ids_wrap_on_a_phone_and_found_values_stay_with_their_line():
    assert "text-overflow:ellipsis" not in STYLE
    phone = STYLE[STYLE.index("@media (max-width:40rem)"):]
    assert "overflow-wrap:anywhere" in phone
    page = to_html(sample())
    assert '<span class="at">line 3 found <b title="2020-11-10">10 Nov 2020</b></span>' in page


def test_outlet_column_is_left_aligned():
    page = to_html(sample())
    assert '<td class="l o">Daily Ledger</td>' in page and ".src td.l{text-align:left}" in STYLE


def test_the_page_says_what_it_was_generated_from_without_a_clock():
    page = to_html(sample())
    gen = re.search(r'<p class="gen muted">(.*?)</p>', page).group(1)
    assert f"fact-checks {__version__}" in gen and "5 facts in 2 fact files and 3 sources" in gen
    assert content_hash(sample())[:16] in gen
    assert content_hash(replace(sample(), digest="ab" * 32)) == "ab" * 32
    assert content_hash(replace(sample(), notes=())) == content_hash(sample())  # notes are no input
    other = replace(sample(), facts=sample().facts[:2])
    assert content_hash(other) != content_hash(sample())
    assert not re.search(r"\b\d\d:\d\d\b", gen)  # no time of day


def test_search_index_is_folded_and_holds_expected_values():
    assert fold("Pašinján ÉREVAN") == "pasinjan erevan"
    page = to_html(sample())
    assert 'data-q="ceasefire-signed the ceasefire was signed on 9 november 2020. 9 nov 2020 2020-11-09 ' in page


def test_script_keeps_search_and_filters_in_the_url():
    assert "URLSearchParams(location.search)" in SCRIPT and "history.replaceState" in SCRIPT
    assert "normalize('NFD')" in SCRIPT


def test_control_characters_reach_the_page_file_escaped():
    # the page is a file someone may cat: an escape sequence in a quote or name is shown, not acted on
    shown = esc("signed \x1b[2J on \x1b]8;;http://x.example\x07 10 November\x9b")
    assert not any(ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f for c in shown)
    assert "\\x1b[2J" in shown
    assert esc("x\ny") == "x&#10;y"  # a line break stays a line break to a browser
