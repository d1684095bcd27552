"""The discrepancy report in Markdown: for GitHub (files, job summaries) and a terminal pager.

In order: a headline (new discrepancies first, then facts, sources and counts);
the matrix of facts x sources with a legend; each discrepancy with its claim,
expected value and, per source, the verdict, ``source:line`` and the quoted
sentence with the found value in bold; acknowledgements that no longer hold;
facts every source is silent on; drafts; notes.

Every piece of fact or source text goes through ``text`` (or ``code``), which
escapes what Markdown would otherwise read as markup, so a claim or quote shows
literally, and collapses line breaks so a table row or list item stays one line.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Evidence, Fact, FactReport, Report, Result
from ..safe_text import terminal
from .overview import (NOT_CHECKED, NOT_READ, at, SILENT_NAMES, SYMBOLS, TITLE, WORDS, Overview, cell, detailed,
                       detail_limit, expected_words, fact_counts, first_differing, not_checked, notes_shown, now_does, overview,
                       plural, evidence_note, shown_evidence, value_words)

HEADLINE_ITEMS = 20  # new discrepancies listed in the headline before "and N more"
LEGEND = ("`+` agrees · `X` differs, not acknowledged · `k` differs, acknowledged · `.` silent")

_SPACE = re.compile(r"\s+")
# Characters Markdown (GitHub's included) can read as markup anywhere in a line:
# code, emphasis, links, raw HTML, tables, strikethrough, math; an entity; an emoji code.
_SPECIAL = re.compile(r"[\\`*_\[\]<>|~$]|&(?=#?\w+;)|:(?=[\w+-]+:)")


def flatten(value: str) -> str:
    """One line: runs of white space (line breaks included) become a space; control characters are shown escaped
    as a terminal shows them (``\x1b``: safe_text.terminal)."""
    return terminal(_SPACE.sub(" ", value))


def text(value: str, *, start: bool = False, heading: bool = False) -> str:
    """Fact or source text, escaped to show literally; ``start``: it begins a block."""
    out = _SPECIAL.sub(lambda m: "\\" + m.group(), flatten(value))
    if heading:
        out = out.replace("#", "\\#")
    if start:
        out = out.lstrip()
        number = re.match(r"\d{1,9}(?=[.)])", out)
        if number:  # "1." or "1)" would start an ordered list
            out = out[:number.end()] + "\\" + out[number.end():]
        elif out[:1] in ("#", "+", "=", "-"):  # a heading, list item or rule
            out = "\\" + out
    return out


def code(value: str) -> str:
    """A code span that shows ``value`` exactly, whatever backticks it holds; a name's line break or control
    character shown escaped (``x\n::error``), so two names never look alike."""
    value = terminal(value)
    if not value.strip():
        return text(value) or "(none)"
    fence = "`" * (max((len(run) for run in re.findall(r"`+", value)), default=0) + 1)
    pad = " " if value[0] in "` " or value[-1] in "` " else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def _word(c: str) -> bool:
    """A character that is neither white space nor punctuation, as CommonMark's flanking rules see it."""
    return not c.isspace() and unicodedata.category(c)[0] not in "PS"


def emphasised(e: Evidence) -> str:
    """The quoted sentence with the found value (``Evidence.span``) in bold."""
    quote = e.quote
    lo, hi = (max(0, min(len(quote), n)) for n in e.span)
    before, value, after = (flatten(part) for part in (quote[:lo], quote[lo:hi] if lo < hi else "",
                                                        quote[max(lo, hi):]))
    if value.strip():
        before, value, after = _emphasisable(before, value, after)
    before_md = text(before.lstrip(), start=True)
    value_md = text(value, start=not before_md)
    after_md = text(after.rstrip(), start=not before_md and not value_md)
    bold = f"**{value_md}**" if value_md else ""
    return (before_md + bold + after_md) or "(no quote)"


def _emphasisable(before: str, value: str, after: str) -> tuple[str, str, str]:
    """The split of a quote where ** around the value counts as emphasis (the value is not blank)."""
    # white space at the edges of the value would stop ** from counting as emphasis
    stripped = value.strip()
    lead = len(value) - len(value.lstrip())
    before, after = before + value[:lead], value[lead + len(stripped):] + after
    value = stripped
    # ** between a letter and punctuation does not open or close: take in the rest of the word
    if before and _word(before[-1]) and not _word(value[0]):
        while before and _word(before[-1]):
            before, value = before[:-1], before[-1] + value
    if after and _word(after[0]) and not _word(value[-1]):
        while after and _word(after[0]):
            value, after = value + after[0], after[1:]
    return before, value, after


def where(source: str, line: int) -> str:
    return code(at(source, line))


# ------------------------------------------------------------------ sections


def markdown_sections(report: Report, max_sources: int | None = None) -> list[str]:
    """The report as a list of self-contained sections, each ending in a blank line; past ``max_sources``
    sources (None: ``DETAIL_DEFAULTS["md"]``) the matrix counts each fact's verdicts."""
    ov = overview(report)
    sections = [_headline(ov)]
    if not_checked(report):
        sections.append(_not_checked(ov))
    sections.append(_matrix(ov, max_sources))
    if ov.discrepant:
        sections.append("## Discrepancies\n\n")
        sections.extend(_discrepancy(fr) for fr in ov.discrepant)
    if ov.doubtful:
        sections.append(_doubtful(ov))
    if ov.stale:
        sections.append(_stale(ov))
    if ov.silent_facts:
        sections.append(_silent_facts(ov))
    if ov.drafts:
        sections.append(_drafts(ov))
    if notes_shown(report):
        sections.append("## Notes\n\n" + "".join(f"- {text(n)}\n" for n in notes_shown(report)) + "\n")
    return sections


def to_markdown(report: Report, max_sources: int | None = None) -> str:
    return "".join(markdown_sections(report, max_sources)).rstrip("\n") + "\n"


def _headline(ov: Overview) -> str:
    lines = [f"# {TITLE}", ""]
    n_new = len(ov.new)
    broken = not_checked(ov.report)
    first = f"**{plural(n_new, 'new discrepancy', 'new discrepancies')}** (not acknowledged)" if n_new \
        else "**No new discrepancies**"
    if ov.report.skipped:  # nor when a source was not read
        first = (f"**{plural(len(ov.report.skipped), 'source')} {NOT_READ}** (see Notes) · "
                 + (first if n_new else "no new discrepancies in the sources that were read"))
    if broken:  # never "all is well" when a fact file was not read
        first = (f"**{plural(len(broken), 'fact file')} {NOT_CHECKED}** (invalid: see below) · "
                 + (first if n_new or ov.report.skipped else "no new discrepancies in the facts that were checked"))
    facts = plural(len(ov.checked), "fact")
    drafts = f" (and {plural(len(ov.drafts), 'draft')}, not checked)" if ov.drafts else ""
    sources = plural(len(ov.report.sources), "source")
    lines.append(f"{first} · {facts} checked{drafts} against {sources} · {ov.count_line()}")
    if ov.stale:
        lines += ["", f"**{plural(len(ov.stale), 'acknowledgement')} no longer "
                      f"{'holds' if len(ov.stale) == 1 else 'hold'}**: see below."]
    if n_new:
        lines += ["", "New discrepancies:", ""]
        for fr, r in ov.new[:HEADLINE_ITEMS]:
            e = first_differing(r)
            at = where(r.source, e.line) if e else code(r.source)
            found = text(value_words(fr.fact, e.found)) if e else "?"
            lines.append(f"- {text(fr.fact.id, start=True)}: {at} says {found}, expected {text(expected_words(fr.fact))}")
        if n_new > HEADLINE_ITEMS:
            lines.append(f"- … and {n_new - HEADLINE_ITEMS:,} more under Discrepancies below")
    return "\n".join(lines) + "\n\n"


def _not_checked(ov: Overview) -> str:
    lines = [f"## {NOT_CHECKED}", "",
             "These fact files are invalid, so none of their facts was checked: fix them (`python -m checks lint`).", ""]
    for name, errors in not_checked(ov.report):
        lines.append(f"- {code(name)}: **{NOT_CHECKED}**" + ("" if errors else " (invalid)"))
        lines.extend(f"  - {where(name, line)}: {text(error)}" for line, error in errors)
    return "\n".join(lines) + "\n\n"


def _matrix(ov: Overview, max_sources: int | None) -> str:
    report = ov.report
    lines = ["## Matrix", ""]
    if not ov.checked:
        return "## Matrix\n\nNo facts checked.\n\n"
    if not report.sources:
        return "## Matrix\n\nNo sources to check against.\n\n"
    ids = [text(fr.fact.id) for fr in ov.checked]
    if detailed(report, "md", max_sources):
        lines += _grid(ov, ids)
    else:
        lines += _count_table(ov, ids, max_sources)
    return "\n".join(lines) + "\n\n"


def _grid(ov: Overview, ids: list[str]) -> list[str]:
    """A column per source, numbered, with the legend and the numbered sources below."""
    report = ov.report
    name_w = max(len("fact"), *(len(i) for i in ids))
    w = max(3, len(str(len(report.sources))))
    lines = [f"| {'fact':<{name_w}} | " + " | ".join(f"{i + 1:^{w}}" for i in range(len(report.sources))) + " |",
             f"| {'-' * name_w} | " + " | ".join(":" + "-" * (w - 2) + ":" for _ in report.sources) + " |"]
    for fact_id, fr in zip(ids, ov.checked):
        lines.append(f"| {fact_id:<{name_w}} | " + " | ".join(f"{SYMBOLS[cell(r)]:^{w}}" for r in fr.results) + " |")
    lines += ["", LEGEND, "", "Sources:", ""]
    outlets = dict(report.outlets)
    for i, name in enumerate(report.sources):
        extra = f" ({text(outlets[name])})" if outlets.get(name) else ""
        lines.append(f"{i + 1}. {code(name)}{extra}")
    return lines


def _count_table(ov: Overview, ids: list[str], max_sources: int | None) -> list[str]:
    """Too many sources for a column each: a fact's verdicts, counted."""
    name_w = max(len("fact"), *(len(i) for i in ids))
    order = ("agree", "differ", "known", "silent")
    heads = [f"{SYMBOLS[k]} {k}" for k in order]
    lines = [f"| {'fact':<{name_w}} | " + " | ".join(heads) + " |",
             f"| {'-' * name_w} | " + " | ".join("-" * (len(h) - 1) + ":" for h in heads) + " |"]
    for fact_id, fr in zip(ids, ov.checked):
        tally = fact_counts(fr)
        lines.append(f"| {fact_id:<{name_w}} | " + " | ".join(f"{tally[k]:>{len(h)},}" for k, h in zip(order, heads))
                     + " |")
    limit = detail_limit("md", max_sources)
    lines += ["", f"With {len(ov.report.sources):,} sources (more than detail_max_sources = {limit:,}) the matrix "
                  "counts each fact's verdicts instead of giving every source a column; the JSON report has every "
                  "result."]
    return lines


def _result_order(r: Result) -> int:
    return ("differ", "known", "agree", "silent").index(cell(r))


def _discrepancy(fr: FactReport) -> str:
    fact = fr.fact
    cells = fact_counts(fr)
    tally = ", ".join(f"{cells[k]} {w}" for k, w in
                      (("differ", "new"), ("known", "acknowledged"), ("agree", "agree"), ("silent", "silent"))
                      if cells[k])
    lines = [f"### {text(fact.id, heading=True)}", "",
             f"**Claim:** {text(fact.claim)}", "",
             f"**Expected:** {text(expected_words(fact))} · {where(fact.file, fact.line)} · {tally}", ""]
    silent = []
    for r in sorted(fr.results, key=_result_order):  # sorted() is stable: source order within a verdict
        if cell(r) == "silent":
            silent.append(r.source)
        else:
            lines.extend(_source_lines(fact, r))
    if silent:
        names = ", ".join(code(s) for s in silent[:SILENT_NAMES])
        more = f" and {len(silent) - SILENT_NAMES:,} more" if len(silent) > SILENT_NAMES else ""
        lines.append(f"- `{SYMBOLS['silent']}` **silent**: {names}{more}")
    return "\n".join(lines) + "\n\n"


def _doubtful(ov: Overview) -> str:
    """Facts every source agrees with (or is silent on) whose evidence also shows a conflicting value that
    did not make the source differ: worth a reader's look, not a failure."""
    lines = ["## Possible conflicts", "",
             "These sources agree, but also hold a conflicting value that the checker took to be about "
             "something else; read the quote to be sure.", ""]
    for fr, results in ov.doubtful:
        lines.append(f"### {text(fr.fact.id, heading=True)}")
        lines.append("")
        lines.append(f"**Expected:** {text(expected_words(fr.fact))} · {where(fr.fact.file, fr.fact.line)}")
        lines.append("")
        for r in results:
            lines.extend(_source_lines(fr.fact, r))
        lines.append("")
    return "\n".join(lines) + "\n"


def _source_lines(fact: Fact, r: Result) -> list[str]:
    """What one source that is not silent says about the fact: one layout whatever the number of quotes.

    A line for the source (verdict, name, an acknowledgement's reason), then an item per quote:
    ``source:line`` found X, and the sentence.
    """
    c = cell(r)
    reason = f" ({text(r.reason)})" if c == "known" and r.reason else ""
    # an agreeing source shows its first quote and possible conflicts; a differing one every quote
    shown = shown_evidence(r)
    also = sorted({e.line for e in r.evidence[1:]} - {e.line for e in shown}) if len(shown) < len(r.evidence) else []
    more = f" (also at line{'s' if len(also) > 1 else ''} {', '.join(map(str, also))})" if also else ""
    lines = [f"- `{SYMBOLS[c]}` **{WORDS[c]}** in {code(r.source)}{reason}"]
    for k, e in enumerate(shown):
        lines.extend(_evidence(fact, e, r, "" if k else more))
    return lines


def _evidence(fact: Fact, e: Evidence, r: Result, more: str) -> list[str]:
    hedge = f" ({text(e.approx)})" if e.approx else ""
    return [f"  - {where(r.source, e.line)} found {text(value_words(fact, e.found))}{hedge}{evidence_note(e, r)}{more}",
            f"    > {emphasised(e)}"]


def _stale(ov: Overview) -> str:
    lines = ["## Acknowledgements that no longer hold", "",
             "These sources are acknowledged as differing, but no longer differ: "
             "remove them from the fact's `known`.", ""]
    for fr, r in ov.stale:
        now = now_does(r)
        lines.append(f"- {text(fr.fact.id, start=True)}: {code(r.source)} {now} "
                     f"(acknowledged: {text(r.reason)}) · {where(fr.fact.file, fr.fact.line)}")
    return "\n".join(lines) + "\n\n"


def _silent_facts(ov: Overview) -> str:
    lines = ["## Facts no source mentions", "",
             "Every source is silent on these: reword their `about` terms, or prune them.", ""]
    for fr in ov.silent_facts:
        lines.append(f"- {text(fr.fact.id, start=True)}: {text(fr.fact.claim)} · {where(fr.fact.file, fr.fact.line)}")
    return "\n".join(lines) + "\n\n"


def _drafts(ov: Overview) -> str:
    lines = ["## Drafts", "", "Not checked until they have a `value`:", ""]
    for fr in ov.drafts:
        lines.append(f"- {text(fr.fact.id, start=True)}: {text(fr.fact.claim)} · {where(fr.fact.file, fr.fact.line)}")
    return "\n".join(lines) + "\n\n"


__all__ = ["to_markdown", "markdown_sections", "text", "code", "emphasised"]
