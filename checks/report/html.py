"""The discrepancy report as one self-contained HTML page: no network, no external CSS or JS.

The page has a headline; the matrix of facts x sources (colour plus symbol, so it
reads without colour), with filters by verdict and a search box over fact ids and
claims; the evidence per fact (each matrix cell links to it, the found value marked
inside the quote); a per-source view of what each source and outlet got right and
wrong; the facts every source is silent on; drafts; notes.

Every piece of fact or source text goes through ``html.escape``; element ids are
numbers the renderer makes, never text from the inputs.  A Content-Security-Policy
allows only this page's own style and script (by hash), so even markup that slipped
through could not load or run anything.

Size: silent cells are never repeated as evidence.  Up to ``detail_max_sources`` sources
([tool.fact-checks]; 60 by default, ``DETAIL_DEFAULTS["html"]``) the matrix has a cell per source;
beyond that each fact's row counts its verdicts and
lists only its non-silent sources, so the page grows with what sources say, not
with facts x sources.
"""

from __future__ import annotations

import base64
import hashlib
import html
import unicodedata
from collections import Counter
from pathlib import PurePosixPath

from .. import __version__
from ..model import Evidence, FactReport, Report, Result
from ..safe_text import lines
from .overview import (DETAIL_DEFAULTS, NOT_CHECKED, NOT_READ, at, SILENT_NAMES, TITLE, WORDS, Overview, cell, detailed,
                       expected_words, fact_counts, not_checked, notes_shown, now_does, overview, plural, said, status,
                       evidence_note, shown_evidence, value_words)

GRID_COLUMNS = DETAIL_DEFAULTS["html"]  # sources shown one by one when detail_max_sources is not set
SYMBOL = {"differ": "✗", "known": "⚑", "agree": "✓", "silent": "·", "draft": "✎"}
CLASS = {"differ": "d", "known": "k", "agree": "a", "silent": "s", "draft": "r"}
GROUPS = {"differ": "Differs", "known": "Differs, acknowledged", "agree": "Agrees"}
AGREE_QUOTES = 10  # agreeing sources quoted per fact; the rest are listed by name and line
FILTERS = (("differ", "new discrepancy"), ("known", "acknowledged only"), ("agree", "all agree"),
           ("silent", "no source mentions it"))

STYLE = """
:root{--fg:#1b1b1b;--muted:#5f5f5f;--bg:#fff;--line:#d0d0d0;--d:#9a3a00;--dbg:#fbd9c5;--k:#6e4d00;--kbg:#fbe7b0;
--a:#00507f;--abg:#d3e7f5;--s:#8a8a8a;--mark:#ffe58a}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--muted:#a8a8a8;--bg:#151515;--line:#444;--d:#ffb48a;
--dbg:#5a2a0c;--k:#ffd97a;--kbg:#4a3a08;--a:#9fd2ff;--abg:#0e3550;--s:#8a8a8a;--mark:#6b5a00}}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0 auto;max-width:90rem;padding:0 1rem 4rem;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg)}
h1{font-size:1.5rem;margin:1rem 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.5rem 0 .25rem;overflow-wrap:anywhere}
a{color:inherit}code{font-size:.9em;overflow-wrap:anywhere}
nav a{margin-right:.8em}
.gen{font-size:.85em;margin:0 0 .5rem}
.b{display:inline-block;padding:0 .4em;border-radius:.3em;white-space:nowrap}
.d{color:var(--d);background:var(--dbg)}.k{color:var(--k);background:var(--kbg)}.a{color:var(--a);background:var(--abg)}
.s,.r{color:var(--s)}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0}
.controls fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.controls legend{float:left;margin-right:.5rem;color:var(--muted)}
.controls input[type=search]{font:inherit;padding:.3rem .5rem;min-width:14rem;flex:1;max-width:30rem}
.scroll{overflow:auto;border:1px solid var(--line);max-height:80vh;max-width:100%}
table{border-collapse:collapse}
table.grid{width:100%}
.m th,.m td{border:1px solid var(--line);padding:0;text-align:center;min-width:1.8em;height:1.8em}
.m thead th{position:sticky;top:0;background:var(--bg);z-index:1;font-weight:normal;font-size:.85em}
.m thead th.v{vertical-align:bottom;padding:.3em 0}
.m thead th.v a{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;
text-decoration:none;text-align:left}
.m thead th.v b{font-weight:600}
.m thead th:first-child{text-align:left;vertical-align:bottom;padding:.2em .5em}
.m tbody th{position:sticky;left:0;background:var(--bg);text-align:left;padding:.1em .5em;font-weight:normal;
white-space:nowrap;z-index:0}
table.grid th:first-child{width:1%}
.m td a{display:block;text-decoration:none;line-height:1.8em}
.m td.n{white-space:nowrap;padding:0 .5em;text-align:left}
.m td.c{text-align:left;padding:.2em .4em;min-width:12rem}
.m td.c a{display:inline-block;margin:.1em;padding:0 .3em;border-radius:.3em;text-decoration:none;line-height:1.5}
.legend{color:var(--muted);font-size:.9em}
.claim{margin:.25rem 0}.exp{margin:.25rem 0;color:var(--muted)}
h4{font-size:.95rem;margin:.6rem 0 .2rem;background:none!important}
ul.ev{list-style:none;padding:0;margin:.3rem 0;background:none;color:inherit}
ul.ev>li{margin:.4rem 0;padding:.2rem .5rem;border-left:.35rem solid var(--line)}
ul.ev.d>li{border-color:var(--d)}ul.ev.k>li{border-color:var(--k)}ul.ev.a>li{border-color:var(--a)}
ul.ev ul{padding-left:1rem;margin:.2rem 0}
ul.ev i{color:var(--muted)}
ul.ev a{overflow-wrap:anywhere}
.at{white-space:nowrap}.at b{white-space:normal}
ul.more>li{display:inline-block;margin:0 .8em .2rem 0;padding:0;border:0}
q{display:block;margin:.15rem 0 .15rem .3rem;padding-left:.6rem;border-left:2px solid var(--line);overflow-wrap:anywhere}
q::before,q::after{content:none}
mark{background:var(--mark);color:inherit;font-weight:600;padding:0 .1em}
:target{outline:2px solid var(--a);outline-offset:2px}
.src td{padding:0 .5em;text-align:right}.src td.l{text-align:left}.z{color:var(--muted)}
.src button{font:inherit;color:inherit;background:none;border:0;padding:0;text-decoration:underline;cursor:pointer;
text-align:left;overflow-wrap:anywhere}
.src tr.per td{text-align:left;padding:.3rem .6rem}
.muted{color:var(--muted)}
#broken{border:2px solid var(--d);padding:0 1rem .5rem;margin-top:1rem}#broken h2{color:var(--d)}
@media (max-width:40rem){body{font-size:15px;padding:0 .6rem 3rem}.m tbody th{white-space:normal;overflow-wrap:anywhere;
min-width:7rem;max-width:10rem}table.grid th:first-child{width:10rem}}
""".strip()

SCRIPT = r"""
(function(){
var boxes=[].slice.call(document.querySelectorAll('#filters input'));
var q=document.getElementById('q'),shown=document.getElementById('shown');
var rows=[].slice.call(document.querySelectorAll('#matrix tbody tr'));
function fold(s){return (s||'').normalize('NFD').replace(/[\u0300-\u036f]/g,'').toLowerCase();}
function split(s){return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);}
function lev(a,b,k){
  if(Math.abs(a.length-b.length)>k)return k+1;
  var prev=[],cur,i,j;for(j=0;j<=b.length;j++)prev.push(j);
  for(i=1;i<=a.length;i++){cur=[i];var low=i;
    for(j=1;j<=b.length;j++){cur.push(Math.min(prev[j]+1,cur[j-1]+1,prev[j-1]+(a[i-1]===b[j-1]?0:1)));
      if(cur[j]<low)low=cur[j];}
    if(low>k)return k+1;prev=cur;}
  return prev[b.length];
}
var outlet={};
[].forEach.call(document.querySelectorAll('#sources tr[id] td.o'),function(td){outlet[td.parentNode.id]=td.textContent;});
var vocab={},index=rows.map(function(r){
  var parts=[r.getAttribute('data-q')],f=document.getElementById(r.getAttribute('data-f'));
  if(f)[].forEach.call(f.querySelectorAll('li[id]'),function(li){
    var a=li.querySelector('a[href^="#s"]');
    if(a){parts.push(a.textContent);parts.push(outlet[a.getAttribute('href').slice(1)]||'');}
    [].forEach.call(li.querySelectorAll('q,b'),function(e){parts.push(e.textContent,e.title||'');});
  });
  var text=fold(parts.join(' \n ')),set={};
  split(text).forEach(function(w){set[w]=1;vocab[w]=1;});
  return {text:text,words:set};
});
function near(w){
  var k=w.length>=8?2:1,out=[];
  if(w.length<5)return out;
  for(var t in vocab){
    if(lev(w,t,k)<=k||(t.length>w.length&&lev(w,t.slice(0,w.length),k)<=k))out.push(t);
  }
  return out;
}
function apply(save){
  if(!q)return;
  var on={},off=[];boxes.forEach(function(b){on[b.value]=b.checked;if(!b.checked)off.push(b.value);});
  var whole=fold(q.value).trim(),ws=split(q.value),alts=ws.map(near),n=0;
  rows.forEach(function(r,i){
    var x=index[i],hit=!whole||x.text.indexOf(whole)>=0||(ws.length>0&&ws.every(function(w,j){
      return x.text.indexOf(w)>=0||alts[j].some(function(t){return x.words[t];});}));
    var show=!!on[r.getAttribute('data-st')]&&hit;
    r.hidden=!show;if(show)n++;
    var f=document.getElementById(r.getAttribute('data-f'));if(f)f.hidden=!show;
  });
  shown.textContent=n+' of '+rows.length+' facts shown';
  if(save){
    var p=new URLSearchParams();if(q.value.trim())p.set('q',q.value);if(off.length)p.set('hide',off.join(','));
    var s=p.toString();
    try{history.replaceState(null,'',location.pathname+(s?'?'+s:'')+location.hash);}catch(e){}
  }
}
function restore(){
  if(!q)return;
  var p=new URLSearchParams(location.search),hide=(p.get('hide')||'').split(',');
  q.value=p.get('q')||'';
  boxes.forEach(function(b){b.checked=hide.indexOf(b.value)<0;});
}
boxes.forEach(function(b){b.addEventListener('change',function(){apply(true);});});
if(q)q.addEventListener('input',function(){apply(true);});
var GROUPS={d:'Differs on',k:'Differs, acknowledged, on',a:'Agrees on'};
function toggle(row,open){
  var next=row.nextElementSibling;
  if(next&&next.className==='per'){next.parentNode.removeChild(next);if(!open)return;}
  var s=row.id.slice(1),td=document.createElement('td'),tr=document.createElement('tr');
  tr.className='per';td.colSpan=row.children.length;tr.appendChild(td);
  ['d','k','a'].forEach(function(c){
    var items=document.querySelectorAll('ul.ev.'+c+'>li[id$="-'+s+'"]');
    if(!items.length)return;
    var h=document.createElement('h4');h.className=c;h.textContent=GROUPS[c]+' ('+items.length+')';td.appendChild(h);
    var ul=document.createElement('ul');ul.className='ev '+c;
    [].forEach.call(items,function(li){
      var item=li.cloneNode(true),a=document.createElement('a');
      item.removeAttribute('id');a.href='#'+li.id;
      a.textContent=li.closest('article').querySelector('h3').firstChild.textContent.trim();
      item.replaceChild(a,item.firstChild);ul.appendChild(item);
    });
    td.appendChild(ul);
  });
  row.parentNode.insertBefore(tr,row.nextSibling);
}
[].forEach.call(document.querySelectorAll('#sources button[data-s]'),function(b){
  b.addEventListener('click',function(){toggle(b.closest('tr'),false);});
});
function reveal(){
  var t=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));
  for(var e=t;e;e=e.parentElement){if(e.tagName==='DETAILS')e.open=true;if(e.hidden)e.hidden=false;}
  if(t&&t.tagName==='TR'&&t.closest('#sources'))toggle(t,true);
}
window.addEventListener('hashchange',reveal);restore();apply(false);reveal();
})();
""".strip()


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = (f"default-src 'none'; style-src {_hash(STYLE)}; script-src {_hash(SCRIPT)}; "
       "img-src 'none'; base-uri 'none'; form-action 'none'")


def esc(value: object) -> str:
    # a line break in a name or quote as a reference (the same text to a browser), so no line of the
    # page begins with what a name holds ("\n::error file=…::" read by a CI log as a workflow command)
    # and any other control character shown escaped as a terminal shows it (``\x1b``): the page is a file
    # someone may ``cat``
    text = html.escape(lines(str(value)), quote=True)
    return text.replace("\n", "&#10;").replace("\r", "&#13;") if "\n" in text or "\r" in text else text


def badge(kind: str, label: str) -> str:
    return f'<span class="b {CLASS[kind]}">{SYMBOL[kind]} {label}</span>'


def fold(value: str) -> str:
    """Text as the search box compares it: no diacritics, lower case (the page's script folds the same way)."""
    return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c)).lower()


def short_name(source: str, outlet: str = "", width: int = 22) -> str:
    """A matrix column's label: the outlet where known, else the file name without its folder and extension."""
    name = outlet or PurePosixPath(source).stem or source
    return name if len(name) <= width else name[: width - 1] + "…"


def content_hash(report: Report) -> str:
    """The inputs' digest when the engine gave one; else a sha256 of what the report holds."""
    if report.digest:
        return report.digest
    h = hashlib.sha256()
    for part in (report.sources, report.outlets, report.facts, report.broken_problems):
        h.update(repr(part).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def marked_quote(e: Evidence) -> str:
    """The quote, escaped, with the found value (``Evidence.span``) in <mark>."""
    quote = e.quote
    lo, hi = (max(0, min(len(quote), n)) for n in e.span)
    if lo >= hi:
        return esc(quote)
    return f"{esc(quote[:lo])}<mark>{esc(quote[lo:hi])}</mark>{esc(quote[hi:])}"


class _Page:
    def __init__(self, report: Report, max_sources: int | None = None):
        self.report = report
        self.ov: Overview = overview(report)
        self.number = {name: i + 1 for i, name in enumerate(report.sources)}  # source -> column number
        self.fact_no = {id(fr): i + 1 for i, fr in enumerate(report.facts)}  # fact -> element number
        self.outlets = dict(report.outlets)
        self.large = not detailed(report, "html", max_sources)  # a row per fact with counts, not a cell per source
        self.out: list[str] = []

    def w(self, *parts: str) -> None:
        self.out.extend(parts)

    # -------------------------------------------------------------- page

    def render(self) -> str:
        self.w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
               '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
               f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
               f"<title>{TITLE}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n")
        self.headline()
        self.not_checked()
        self.matrix()
        self.evidence()
        self.stale()
        self.silent_facts()
        self.drafts()
        self.sources()
        self.notes()
        self.w(f"<script>{SCRIPT}</script>\n</body>\n</html>\n")
        return "".join(self.out)

    def headline(self) -> None:
        ov = self.ov
        n_new = len(ov.new)
        broken = not_checked(self.report)
        first = (f'<strong class="b d">{SYMBOL["differ"]} {plural(n_new, "new discrepancy", "new discrepancies")}'
                 f'</strong> (not acknowledged)' if n_new else "<strong>No new discrepancies</strong>")
        skipped = self.report.skipped
        if skipped:  # nor when a source was not read
            first = (f'<strong class="b d">{plural(len(skipped), "source")} {NOT_READ}</strong> '
                     f'(<a href="#notes">see the notes</a>) · '
                     + (first if n_new else "no new discrepancies in the sources that were read"))
        if broken:  # never "all is well" when a fact file was not read
            first = (f'<strong class="b d">{plural(len(broken), "fact file")} {NOT_CHECKED}</strong> '
                     f'(invalid: <a href="#broken">see why</a>) · '
                     + (first if n_new or skipped else "no new discrepancies in the facts that were checked"))
        drafts = f" (and {plural(len(ov.drafts), 'draft')}, not checked)" if ov.drafts else ""
        self.w(f"<header>\n<h1>{TITLE}</h1>\n{self.generated()}<p>{first} · {plural(len(ov.checked), 'fact')} "
               f"checked{drafts} against {plural(len(self.report.sources), 'source')}</p>\n<p>")
        # a zero is no alarm: only a count above zero gets its verdict's colour
        self.w(" ".join(badge(k, f"{ov.counts[k]:,} {k}") if ov.counts[k] else
                        f'<span class="b z">{ov.counts[k]:,} {k}</span>' for k in ("differ", "known", "agree", "silent")))
        self.w("</p>\n")
        if ov.stale:
            self.w(f'<p><strong class="b d">{plural(len(ov.stale), "acknowledgement")} no longer '
                   f'{"holds" if len(ov.stale) == 1 else "hold"}</strong>: <a href="#stale">see below</a></p>\n')
        links = [("broken", NOT_CHECKED)] if broken else []
        links += [("matrix", "Matrix"), ("evidence", "Evidence")]
        if ov.stale:
            links.append(("stale", "Stale acknowledgements"))
        if ov.silent_facts:
            links.append(("silent", "Facts no source mentions"))
        if ov.drafts:
            links.append(("drafts", "Drafts"))
        links.append(("sources", "Sources"))
        self.w("<nav>" + "".join(f'<a href="#{a}">{t}</a>' for a, t in links) + "</nav>\n</header>\n")

    def generated(self) -> str:
        """What the page was made from and by: no clock time, so the same inputs give the same bytes."""
        report = self.report
        files = len({fr.fact.file for fr in report.facts} | set(report.broken))
        return (f'<p class="gen muted">Generated by fact-checks {esc(__version__)} from '
                f"{plural(len(report.facts), 'fact')} in {plural(files, 'fact file')} and "
                f"{plural(len(report.sources), 'source')} · inputs sha256 "
                f'<code title="{esc(content_hash(report))}">{esc(content_hash(report)[:16])}</code></p>\n')

    def not_checked(self) -> None:
        broken = not_checked(self.report)
        if not broken:
            return
        self.w(f'<section id="broken">\n<h2>{NOT_CHECKED}: {plural(len(broken), "fact file")} invalid</h2>\n'
               "<p>None of the facts in these files was checked: fix them "
               "(<code>python -m checks lint</code> shows the same errors).</p>\n<ul>\n")
        for name, errors in broken:
            self.w(f'<li><code>{esc(name)}</code>: <strong class="b d">{NOT_CHECKED}</strong>'
                   + ("" if errors else " (invalid)"))
            if errors:
                self.w("<ul>\n" + "".join(f"<li><code>{esc(at(name, line))}</code>: {esc(error)}</li>\n"
                                          for line, error in errors) + "</ul>\n")
            self.w("</li>\n")
        self.w("</ul>\n</section>\n")

    def matrix(self) -> None:
        ov, report = self.ov, self.report
        self.w('<section id="matrix">\n<h2>Matrix</h2>\n')
        if not ov.checked:
            self.w("<p>No facts checked.</p>\n</section>\n")
            return
        self.w('<div class="controls">\n<fieldset id="filters"><legend>Show facts with</legend>')
        for kind, label in FILTERS:
            self.w(f'<label><input type="checkbox" value="{kind}" checked> {badge(kind, label)}</label>')
        self.w('</fieldset>\n<input type="search" id="q" placeholder="Search facts, outlets, quotes…" '
               'aria-label="Search facts, outlets, sources, quotes and values" autocomplete="off">\n'
               f'<span id="shown" class="muted" aria-live="polite">{len(ov.checked)} of {len(ov.checked)} '
               'facts shown</span>\n</div>\n')
        grid = not self.large
        self.w(f'<div class="scroll">\n<table class="m{" grid" if grid else ""}">\n<thead><tr><th>fact</th>')
        if grid:
            for name in report.sources:
                n, outlet = self.number[name], self.outlets.get(name, "")
                full = f"{name} ({outlet})" if outlet else name
                self.w(f'<th scope="col" class="v"><a href="#s{n}" title="{esc(full)}"><b>{n}</b> '
                       f"{esc(short_name(name, outlet))}</a></th>")
        else:
            self.w('<th scope="col">verdicts</th><th scope="col">sources that mention it</th>')
        self.w("</tr></thead>\n<tbody>\n")
        for fr in ov.checked:
            f = self.fact_no[id(fr)]
            st = status(fr)
            search = esc(fold(f"{fr.fact.id} {fr.fact.claim} {expected_words(fr.fact)} {fr.fact.value_text} "
                              f"{fr.fact.file}"))
            self.w(f'<tr data-st="{st}" data-f="f{f}" data-q="{search}"><th scope="row">'
                   f'<a href="#f{f}" title="{esc(fr.fact.claim)}">{esc(fr.fact.id)}</a></th>')
            if grid:
                for r in fr.results:
                    self.w(self.grid_cell(f, r))
            else:
                self.compact_cells(f, fr)
            self.w("</tr>\n")
        self.w("</tbody>\n</table>\n</div>\n")
        self.w('<p class="legend">' + " ".join(badge(k, WORDS[k]) for k in ("differ", "known", "agree", "silent")) +
               ("" if grid else f" · {len(report.sources):,} sources: each row counts its verdicts and lists the "
                                "sources that mention the fact, by number") + "</p>\n")
        if grid:
            self.w('<p class="legend">Sources: ' + " · ".join(
                f'<a href="#s{self.number[name]}">{self.number[name]}</a> {esc(name)}'
                + (f" ({esc(self.outlets[name])})" if self.outlets.get(name) else "") for name in report.sources)
                + "</p>\n")
        self.w("</section>\n")

    def grid_cell(self, f: int, r: Result) -> str:
        kind = cell(r)
        if kind == "silent":
            return '<td class="s">·</td>'
        s = self.number[r.source]
        return (f'<td class="{CLASS[kind]}"><a href="#e{f}-{s}" title="{esc(r.source)}: {WORDS[kind]}">'
                f'{SYMBOL[kind]}</a></td>')

    def compact_cells(self, f: int, fr: FactReport) -> None:
        """A large report's row: the verdict counts, then a link per differing source; agreeing ones by count."""
        counts = fact_counts(fr)
        self.w('<td class="n">' + " ".join(f'<span class="{CLASS[k]}">{SYMBOL[k]}{counts[k]:,}</span>'
                                           for k in ("differ", "known", "agree", "silent") if counts[k]) + "</td>")
        chips = []
        for kind in ("differ", "known"):
            for r in said(fr):
                if cell(r) == kind:
                    s = self.number[r.source]
                    chips.append(f'<a class="{CLASS[kind]}" href="#e{f}-{s}" title="{esc(r.source)}">'
                                 f'{SYMBOL[kind]}{s}</a>')
        if counts["agree"]:
            chips.append(f'<a class="a" href="#a{f}">{SYMBOL["agree"]} {counts["agree"]:,} agree</a>')
        self.w('<td class="c">' + "".join(chips) + "</td>")

    # -------------------------------------------------------------- evidence

    def evidence(self) -> None:
        self.w('<section id="evidence">\n<h2>Evidence</h2>\n')
        shown = [fr for fr in self.ov.checked if status(fr) != "silent"]
        if not shown:
            self.w("<p>No source says anything about any fact.</p>\n")
        # facts with new discrepancies first, then acknowledged, then agreeing
        for kind in ("differ", "known", "agree"):
            for fr in shown:
                if status(fr) == kind:
                    self.fact(fr)
        self.w("</section>\n")

    def fact(self, fr: FactReport) -> None:
        fact, f = fr.fact, self.fact_no[id(fr)]
        counts = fact_counts(fr)
        tally = " ".join(badge(k, f"{counts[k]:,}") for k in ("differ", "known", "agree", "silent") if counts[k])
        self.w(f'<article id="f{f}">\n<h3>{esc(fact.id)} {tally}</h3>\n<p class="claim">{esc(fact.claim)}</p>\n'
               f'<p class="exp">Expected {self.value(fr, fact.value_text)} · <code>{esc(fact.file)}:{fact.line}</code>'
               "</p>\n")
        for kind in ("differ", "known", "agree"):
            results = [r for r in fr.results if cell(r) == kind]
            if results:
                self.group(fr, kind, results)
        silent = [r.source for r in fr.results if r.verdict == "silent"]
        if silent:
            names = ", ".join(f'<a href="#s{self.number[s]}">{esc(s)}</a>' for s in silent[:SILENT_NAMES])
            more = f" and {len(silent) - SILENT_NAMES:,} more" if len(silent) > SILENT_NAMES else ""
            self.w(f'<p class="s">{SYMBOL["silent"]} Silent ({len(silent):,}): {names}{more}</p>\n')
        self.w("</article>\n")

    def group(self, fr: FactReport, kind: str, results: list[Result]) -> None:
        """The sources of one verdict on a fact: quoted, but only the first AGREE_QUOTES that agree."""
        f = self.fact_no[id(fr)]
        anchor = f' id="a{f}"' if kind == "agree" else ""
        self.w(f'<h4 class="{CLASS[kind]}"{anchor}>{SYMBOL[kind]} {GROUPS[kind]} ({len(results):,})</h4>\n'
               f'<ul class="ev {CLASS[kind]}">\n')
        quoted = results if kind != "agree" else results[:AGREE_QUOTES]
        for r in quoted:
            self.result(fr, r, kind)
        self.w("</ul>\n")
        if len(quoted) < len(results):
            self.w(f'<p class="muted">{len(results) - len(quoted):,} more agree:</p>\n<ul class="ev a more">'
                   + "".join(self.unquoted(f, r) for r in results[len(quoted):]) + "</ul>\n")

    def result(self, fr: FactReport, r: Result, kind: str) -> None:
        """One source's evidence: ``<li id=eF-S>`` (the matrix cell's target), compact: it repeats at scale.

        The source's link comes first (the per-source view puts the fact's in its place); "line N found X"
        stays on one line.
        """
        f, s = self.fact_no[id(fr)], self.number[r.source]
        head = f'<li id="e{f}-{s}"><a href="#s{s}">{esc(r.source)}</a>'
        reason = f' <i>({esc(r.reason)})</i>' if kind == "known" and r.reason else ""
        shown = shown_evidence(r)
        if r.verdict != "differ" and len(shown) == 1:  # agrees: the first quote; the value it states is marked in it
            e = r.evidence[0]
            also = sorted({x.line for x in r.evidence[1:]} - {e.line})
            more = f' <i>(also {", ".join(map(str, also))})</i>' if also else ""
            self.w(f'{head} <span class="at">line {e.line} {self.found(fr, e, r)}</span>{more}<q>{self.quote(e)}</q>\n')
        elif len(r.evidence) == 1:
            e = r.evidence[0]
            self.w(f'{head} <span class="at">line {e.line} {self.found(fr, e, r)}</span>{reason}'
                   f"<q>{self.quote(e)}</q>\n")
        else:
            self.w(f"{head}{reason}<ul>\n")
            for e in shown:
                self.w(f'<li><span class="at">line {e.line} {self.found(fr, e, r)}</span><q>{self.quote(e)}</q>\n')
            self.w("</ul>\n")

    def unquoted(self, f: int, r: Result) -> str:
        s = self.number[r.source]
        return f'<li id="e{f}-{s}"><a href="#s{s}">{esc(r.source)}</a>:{r.evidence[0].line}\n'

    @staticmethod
    def quote(e: Evidence) -> str:
        return marked_quote(e)

    def found(self, fr: FactReport, e: Evidence, r: Result) -> str:
        hedge = f" ({esc(e.approx)})" if e.approx else ""
        return f"found {self.value(fr, e.found)}{hedge}{esc(evidence_note(e, r))}"

    @staticmethod
    def value(fr: FactReport, label: str) -> str:
        """A value in words, in bold; a date's normalised label as its tooltip (and for the search box)."""
        words = value_words(fr.fact, label)
        tip = f' title="{esc(label)}"' if words != label else ""
        return f"<b{tip}>{esc(words)}</b>"

    # -------------------------------------------------------------- other lists

    def stale(self) -> None:
        if not self.ov.stale:
            return
        self.w('<section id="stale">\n<h2>Acknowledgements that no longer hold</h2>\n<p>These sources are '
               "acknowledged as differing but no longer differ: remove them from the fact's <code>known</code>."
               "</p>\n<ul>\n")
        for fr, r in self.ov.stale:
            now = now_does(r)
            self.w(f'<li><a href="#f{self.fact_no[id(fr)]}">{esc(fr.fact.id)}</a>: '
                   f'<a href="#s{self.number[r.source]}">{esc(r.source)}</a> {now} (acknowledged: {esc(r.reason)}) · '
                   f"<code>{esc(fr.fact.file)}:{fr.fact.line}</code></li>\n")
        self.w("</ul>\n</section>\n")

    def silent_facts(self) -> None:
        facts = self.ov.silent_facts
        if not facts:
            return
        self.w('<section id="silent">\n<h2>Facts no source mentions</h2>\n<p>Every source is silent on these: '
               "reword their <code>about</code> terms, or prune them.</p>\n<ul>\n")
        for fr in facts:
            self.w(f'<li id="f{self.fact_no[id(fr)]}"><b>{esc(fr.fact.id)}</b>: {esc(fr.fact.claim)} · '
                   f"<code>{esc(fr.fact.file)}:{fr.fact.line}</code></li>\n")
        self.w("</ul>\n</section>\n")

    def drafts(self) -> None:
        if not self.ov.drafts:
            return
        self.w('<section id="drafts">\n<h2>Drafts</h2>\n<p>Not checked until they have a <code>value</code>:</p>\n'
               "<ul>\n")
        for fr in self.ov.drafts:
            self.w(f'<li id="f{self.fact_no[id(fr)]}"><b>{esc(fr.fact.id)}</b>: {esc(fr.fact.claim)} · '
                   f"<code>{esc(fr.fact.file)}:{fr.fact.line}</code></li>\n")
        self.w("</ul>\n</section>\n")

    def sources(self) -> None:
        """Per source: how often it agrees and differs; choosing one lists its evidence (the page's script
        gathers it from the Evidence section, so no quote is repeated).  Per outlet too, where known."""
        report = self.report
        tally = self.tally()
        self.w('<section id="sources">\n<h2>Sources</h2>\n')
        if self.outlets:
            self.outlet_table(tally)
        talking = [name for name in report.sources if any(tally[name][k] for k in ("differ", "known", "agree"))]
        quiet = [name for name in report.sources if name not in talking]
        if talking:
            self.source_table(talking, tally)
        if quiet:
            self.w(f"<p>{plural(len(quiet), 'source')} mention{'s' if len(quiet) == 1 else ''} no fact: ")
            self.w(", ".join(f'<span id="s{self.number[q]}">{self.number[q]}. {esc(q)}</span>' for q in quiet))
            self.w("</p>\n")
        self.w("</section>\n")

    def tally(self) -> dict[str, Counter]:
        """Per source, its cells over the checked facts."""
        tally: dict[str, Counter] = {name: Counter() for name in self.report.sources}
        for fr in self.ov.checked:
            for r in fr.results:
                if r.source in tally:
                    tally[r.source][cell(r)] += 1
        return tally

    def source_table(self, talking: list[str], tally: dict[str, Counter]) -> None:
        """A row per source that mentions a fact; its button lists the source's evidence."""
        self.w("<p>What each source got right and wrong: choose one to list its evidence.</p>\n"
               '<div class="scroll"><table class="m src">\n<thead><tr><th scope="col">#</th>'
               '<th scope="col">source</th>' + ('<th scope="col">outlet</th>' if self.outlets else "") +
               "".join(f'<th scope="col">{SYMBOL[k]} {k}</th>' for k in ("differ", "known", "agree")) +
               "</tr></thead>\n<tbody>\n")
        for name in talking:
            n, c = self.number[name], tally[name]
            outlet = f'<td class="l o">{esc(self.outlets.get(name, ""))}</td>' if self.outlets else ""
            self.w(f'<tr id="s{n}"><td>{n}</td><td class="l"><button type="button" data-s="{n}">{esc(name)}</button>'
                   f"</td>{outlet}" + "".join(f'<td class="{CLASS[k] if c[k] else "z"}">{c[k]:,}</td>'
                                         for k in ("differ", "known", "agree")) + "</tr>\n")
        self.w("</tbody>\n</table></div>\n")

    def outlet_table(self, tally: dict[str, Counter]) -> None:
        by_outlet: dict[str, Counter] = {}
        for name in self.report.sources:
            outlet = self.outlets.get(name)
            if not outlet:
                continue
            c = by_outlet.setdefault(outlet, Counter())
            c["sources"] += 1
            c.update({k: tally[name][k] for k in ("differ", "known", "agree")})
        self.w('<h3>By outlet</h3>\n<div class="scroll"><table class="m src"><thead><tr><th scope="col">outlet</th>'
               '<th scope="col">sources</th>' +
               "".join(f'<th scope="col">{SYMBOL[k]} {k}</th>' for k in ("differ", "known", "agree")) +
               "</tr></thead>\n<tbody>\n")
        for outlet in sorted(by_outlet, key=lambda o: (-by_outlet[o]["differ"], -by_outlet[o]["known"], o)):
            c = by_outlet[outlet]
            self.w(f'<tr><th scope="row">{esc(outlet)}</th><td>{c["sources"]:,}</td>' +
                   "".join(f'<td class="{CLASS[k] if c[k] else "z"}">{c[k]:,}</td>' for k in ("differ", "known", "agree"))
                   + "</tr>\n")
        self.w("</tbody></table></div>\n<h3>By source</h3>\n")

    def notes(self) -> None:
        notes = notes_shown(self.report)
        if not notes:
            return
        self.w('<section id="notes">\n<h2>Notes</h2>\n<ul>\n')
        self.w("".join(f"<li>{esc(n)}</li>\n" for n in notes))
        self.w("</ul>\n</section>\n")


def to_html(report: Report, max_sources: int | None = None) -> str:
    """The page; past ``max_sources`` sources (None: ``DETAIL_DEFAULTS["html"]``) the matrix counts each fact's verdicts."""
    return _Page(report, max_sources).render()
