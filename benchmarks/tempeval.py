"""The date extractor on TempEval-3 DATE expressions, beside dateparser and datefinder.

    python benchmarks/tempeval.py [--sets platinum,train] [--systems engine,dateparser,datefinder] [--json PATH]

Reads ../shared/data/tempeval3/ (see its SOURCE.md).  For each document the
<TEXT> is stripped of its tags (the gold TIMEX3 spans are kept as character
offsets in the stripped text) and the <DCT> is the reference date.  Scoring
follows TempEval-3, on gold TIMEX3 of type DATE:

- strict F1: a prediction whose span equals a gold span;
- relaxed F1: a prediction whose span overlaps a gold span;
- value F1: an overlapping prediction whose normalised value equals the gold value.

The engine's periods map to TIMEX values as follows: a day 2013-03-22; a
month 2013-03; a year 2013; a part of a month or year ("early December",
"late 2011") the month or year (TimeML keeps the part in its MOD attribute);
an ISO week 2013-W12; a weekend 2013-W12-WE; a quarter 2013-Q1; a season
2013-SU/FA/WI/SP; a decade 199 (the 1990s); a century 19; a yearless date
XXXX-11-09.  Vague references (now, recently, in the future) are scored as
PRESENT_REF/PAST_REF/FUTURE_REF; the engine finds them but gives them no
calendar value, so they can neither agree nor differ with a fact.

Values are compared once written one way (2000-W7 = 2000-W07, 198X = 198),
as the gold writes both.  Dates that TimeML types TIME ("Friday afternoon",
"15:00 GMT Saturday") or SET ("each July") are not predicted as DATE.
dateparser and datefinder give datetimes, scored as days.  They are
benchmark-only (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "tempeval3"

from checks.dates.placement import dated_sentences  # noqa: E402
from checks.dates.relative import vague_references  # noqa: E402
from checks.sources import make_source  # noqa: E402

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str
    text: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    dct: date
    gold: tuple[Timex, ...]


def read_document(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', raw, re.S)
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    out, gold, pos, open_timex = [], [], 0, None
    for m in _TAG.finditer(body):
        out.append(html.unescape(body[pos:m.start()]))
        pos = m.end()
        length = sum(len(p) for p in out)
        if m.group(2) == "TIMEX3" and not m.group(1):
            attrs = dict(_ATTR.findall(m.group(3)))
            open_timex = (length, attrs)
        elif m.group(2) == "TIMEX3" and open_timex:
            start, attrs = open_timex
            if attrs.get("type") == "DATE":
                text = "".join(out)[start:length]
                gold.append(Timex(start, length, attrs.get("value", ""), text))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return Document(path.name, "".join(out), date.fromisoformat(dct.group(1)), tuple(gold))


def timex_value(label: str) -> str:
    """The TIMEX3 value of an engine period label."""
    label = label.split(" (")[0]
    if label.endswith("/weekend"):
        d = date.fromisoformat(label.split("/")[0])
        return f"{d.isocalendar().year}-W{d.isocalendar().week:02d}-WE"
    if label.startswith("--"):
        return "XXXX" + label[1:]
    if re.fullmatch(r"\d{4}s", label):
        return label[:3]
    if re.fullmatch(r"\d\dxx", label):  # a century: 19xx -> 19
        return label[:2]
    return label


# TimeML types a day given with a time of day ("Friday afternoon", "15:00 GMT Saturday") as
# TIME, and a recurring one ("each July") as SET, not DATE; the engine reads both as the
# period itself, so they are set aside before scoring, for every system alike.
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:morning|afternoon|evening|night|at\s+\d{1,2}(?::\d\d|\s*[ap]\.?m\b))\b",
                                re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?:\d:\d\d|\d\s*(?i:[ap]\.m\.|[ap]m\b))(?:\s+[A-Z]{2,4})?\s+$")


# "each July", "every Thursday" recur: TimeML types them SET.
_EVERY_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.IGNORECASE)


def is_time(text: str, start: int, end: int) -> bool:
    """True when TimeML would type the date TIME or SET rather than DATE."""
    before = text[max(0, start - 16):start]
    return bool(_PART_OF_DAY_AFTER.match(text, end) or _CLOCK_BEFORE.search(before) or _EVERY_BEFORE.search(before))


def engine(doc: Document) -> list[Timex]:
    source = make_source(doc.name, doc.text)
    source = source.__class__(name=source.name, text=source.text, sentences=source.sentences, published=doc.dct)
    out = []
    for sentence, found in dated_sentences(source):
        for m in found:
            out.append(Timex(sentence.start + m.start, sentence.start + m.end, timex_value(m.value.label), m.text))
    taken = [(t.start, t.end) for t in out]
    for start, end, value in vague_references(doc.text):
        if not any(a < end and start < b for a, b in taken):
            out.append(Timex(start, end, value, doc.text[start:end]))
    return out


def _spans(text: str, found: list[tuple[str, datetime]]) -> list[Timex]:
    out, pos = [], 0
    for substring, when in found:
        at = text.find(substring, pos)
        if at < 0:
            at = text.find(substring)
        if at < 0:
            continue
        pos = at + len(substring)
        out.append(Timex(at, at + len(substring), when.date().isoformat(), substring))
    return out


def dateparser_system(doc: Document) -> list[Timex]:
    from dateparser.search import search_dates
    base = datetime(doc.dct.year, doc.dct.month, doc.dct.day)
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    return _spans(doc.text, found)


def datefinder_system(doc: Document) -> list[Timex]:
    import datefinder
    base = datetime(doc.dct.year, doc.dct.month, doc.dct.day)
    out = []
    try:
        for when, (start, end) in datefinder.find_dates(doc.text, index=True, base_date=base):
            out.append(Timex(start, end, when.date().isoformat(), doc.text[start:end]))
    except (ValueError, OverflowError, TypeError):
        pass
    return out


def dates_only(doc: Document, found: list[Timex]) -> list[Timex]:
    """Set aside, for every system alike, what TimeML would type TIME or SET."""
    return [t for t in found if not is_time(doc.text, t.start, t.end)]


SYSTEMS = {"engine": engine, "dateparser": dateparser_system, "datefinder": datefinder_system}


def same_value(gold: str, found: str) -> bool:
    """Values equal once written one way: the gold has both 2000-W7 and 2000-W07 for a week,
    and both 198 and 198X for a decade (19 and 19XX for a century)."""
    return _canonical(gold) == _canonical(found)


def _canonical(value: str) -> str:
    return _DECADE.sub(r"\1", _WEEK.sub(r"-W0\1", value))


_WEEK = re.compile(r"-W(\d)(?!\d)")
_DECADE = re.compile(r"^(\d{2,3})X+$")


def f1(correct: int, predicted: int, gold: int) -> float:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def score(pairs: list[tuple[Document, list[Timex]]]) -> dict:
    strict = relaxed = valued = predicted = gold = 0
    for doc, found in pairs:
        predicted += len(found)
        gold += len(doc.gold)
        for p in found:
            overlapping = [g for g in doc.gold if p.start < g.end and g.start < p.end]
            strict += any(g.start == p.start and g.end == p.end for g in overlapping)
            relaxed += bool(overlapping)
            valued += any(same_value(g.value, p.value) for g in overlapping)
    return {"strict_f1": f1(strict, predicted, gold), "relaxed_f1": f1(relaxed, predicted, gold),
            "value_f1": f1(valued, predicted, gold), "gold": gold, "predicted": predicted}


_WEEKDAY = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:that|the\s+(?:following|next|previous|preceding|same))\b|\bthe\s+day\b", re.IGNORECASE)
_VAGUE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def category(g: Timex, found: list[Timex], text: str) -> str:
    """Why the engine missed a gold DATE or gave it another value."""
    hit = [p for p in found if p.start < g.end and g.start < p.end]
    if hit:
        p = hit[0]
        if _WEEKDAY.search(g.text) and re.fullmatch(r"\d{4}-\d\d-\d\d", p.value):
            return "wrong value: a weekday placed in another week (or the gold's creation time is off)"
        if p.value[:4] == g.value[:4]:
            return "wrong value: same year, other granularity (quarter, month, day or XX in the gold)"
        if re.fullmatch(r"\d{4}(-\d\d)?(-\d\d)?", p.value) and len(p.value) == len(g.value):
            return "wrong value: another year for a date the text gives without one"
        return "wrong value: other"
    if g.value in _VAGUE_VALUES:
        return "missed: vague reference not in the engine's list (current, recent, future, already)"
    if is_time(text, g.start, g.end) or re.search(r"\b(?:morning|afternoon|evening|night)\b|\d\s*[ap]\.m\.|\d:\d\d",
                                                  g.text, re.IGNORECASE):
        return "missed: a day with a time of day, which TimeML types TIME (the gold is inconsistent)"
    if g.value.startswith("P"):
        return "missed: a duration the gold types DATE (five years, daily)"
    if _ANAPHOR.search(g.text):
        return "missed: anaphoric (that year, the day before, the following year)"
    if re.search(r"\b(?:days|weeks|months|years)\b", g.text, re.IGNORECASE):
        return "missed: a bare plural (weeks, days, recent years)"
    if "X" in g.value:
        return "missed: underspecified in the gold (XXXX, WXX)"
    return "missed: other"


def noise(p: Timex) -> str:
    """What a found date is when the gold has nothing there."""
    if p.value in _VAGUE_VALUES:
        return "found, not annotated: vague reference (now, recently, at the time)"
    if re.fullmatch(r"\d{4}", p.value) and p.text.isdigit():
        return "found, not annotated: a year (the 1953 team, a 1987 Chevrolet)"
    return "found, not annotated: other (datelines, this year's campaign, the quarter)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="platinum,train")
    parser.add_argument("--systems", default="engine,dateparser,datefinder")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"error: the benchmark needs the TempEval-3 data in {args.data} (../shared/data/tempeval3)",
              file=sys.stderr)
        return 2
    results: dict = {}
    for set_name in args.sets.split(","):
        docs = [read_document(p) for p in sorted((args.data / set_name).rglob("*.tml"))]
        results[set_name] = {}
        print(f"\n{set_name}: {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold DATE expressions")
        print(f"{'system':<12} {'strict F1':>9} {'relaxed F1':>10} {'value F1':>9} {'seconds':>8}")
        misses: Counter = Counter()
        examples: dict[str, list[str]] = {}
        for system in args.systems.split(","):
            try:
                SYSTEMS[system](docs[0])  # warm up (imports, compiled patterns) before the clock starts
                start = time.perf_counter()
                pairs = [(d, dates_only(d, SYSTEMS[system](d))) for d in docs]
                seconds = time.perf_counter() - start
            except ImportError:
                print(f"{system:<12} skipped: not installed (pip install -e '.[bench]')")
                continue
            row = score(pairs) | {"seconds": round(seconds, 2)}
            results[set_name][system] = row
            print(f"{system:<12} {row['strict_f1']:>9.3f} {row['relaxed_f1']:>10.3f} {row['value_f1']:>9.3f} "
                  f"{row['seconds']:>8.2f}")
            if system == "engine":
                for doc, found in pairs:
                    for g in doc.gold:
                        if not any(p.start < g.end and g.start < p.end and same_value(g.value, p.value) for p in found):
                            why = category(g, found, doc.text)
                            misses[why] += 1
                            examples.setdefault(why, []).append(f"{g.text!r} (gold {g.value})")
                    for p in found:
                        if not any(p.start < g.end and g.start < p.end for g in doc.gold):
                            why = noise(p)
                            misses[why] += 1
                            examples.setdefault(why, []).append(f"{p.text!r} ({p.value})")
        if misses:
            print(f"engine's remaining errors on {set_name}, by category (gold missed or mis-valued, then extra):")
            for why, count in sorted(misses.items(), key=lambda kv: (kv[0].startswith("found"), -kv[1])):
                print(f"  {count:>4}  {why}: " + ", ".join(examples[why][:3]))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
