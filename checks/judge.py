"""Judging one fact against one indexed source: relevant sentences, candidate values, the verdict."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from .attribution import Decision
from .attribution.clauses import _past, says_its_own
from .attribution.figures import degree_adjective, figurative
from .attribution.names import claim_route, context_nations, journey_role, name_clause, office_words, other_agent, other_nation, other_office
from .attribution.rules import CLAUSE_RULES, held_before, restated
from .attribution.ranks import claim_ordinals, other_rank
from .attribution.relations import another_instance, dated_instance, earlier_year, per_member, wider_count
from .attribution.values import INCLUDED_PART, distance_from, forecast, share_whole, whole_end
from .attribution.subjects import claim_buyer, claim_names, claim_qualifiers, other_kind, claim_places, joint_count, other_deal, other_holder, other_place, other_recipient, other_owner, other_person, other_subject
from .dates.editions import Editions, another_edition, claim_editions
from .dates.fragments import YEAR
from .index import Indexed, SourceIndex
from .lang.calendar import DAY_WORDS, MONTH_PARTS, MONTHS, WEEKDAYS, YEAR_PARTS
from .lang.grammar import ACQUIRING_WORDS, REPLACED_NOUNS, TO_COME_WORDS, RESULT_NOUNS, STAGE_APART_WORDS, DIVIDED_NOUNS, PICTURE_NOUNS, SELLING_PAYING_VERBS, DIMENSION_OF, ESTIMATE_WORDS, FUNCTION_WORDS, GIVING_VERBS, SCOPE_WORDS, WHEN_WORDS, WINNING_VERBS
from .lang.cues import KNOWN_EVENT_NOUNS
from .lang.numbers import HARMED_UNITS, OWN_COUNT_WORDS, PEOPLE_UNITS, UNITS
from .kinds import KINDS
from .match import Hit, Term, Vocabulary, compile_terms, find
from .money import is_money
from .model import SET_ASIDE, UNLINKED, Evidence, Fact, Mention, Period, Result, Sentence
from .numbers import numbers
from .verdict import APPOSED, age_fact, decide, is_age, unit_terms
from .words import alternation, normalise, words

__all__ = ["Candidate", "Prepared", "Sibling", "prepare", "prepare_all", "relevant", "candidates", "judge_fact", "fact_evidence",
           "evidence", "attributed", "as_evidence"]


class Candidate(NamedTuple):
    """A value the engine looked at for a fact, and what it made of it (for explain and evidence).  A named tuple,
    not a frozen dataclass (made in a third of the time): one is made for each value attributed in each sentence."""

    sentence: Indexed
    mention: Mention | None  # dates and numbers
    found: str
    agrees: bool | None  # None: not a value of this fact (wrong unit)
    attached: bool
    why: str
    rule: str  # the attribution rule that decided (or the comparison that set the value aside)
    line: int
    span: tuple[int, int]
    exact: bool = False  # agrees, as precisely as the fact's value
    aside: str = ""  # attached loosely: were it to conflict, only a possible conflict (why)
    far: int = 0  # conflicts, far from the fact's value (verdict.FAR_OFF: 1, REMOTE_OFF: 2)
    alone: bool = False  # its sentence's only value of the fact's kind (a date, a number, in any unit): said plainly
    via: str = ""  # a restated value's: the rule that attached the value it restates
    term: str = ""  # the term a value only shares a clause with
    unlinked: bool = False  # set aside only for standing in another clause, and may agree as the only value (only_value)


@dataclass(frozen=True)
class Prepared:
    about: tuple[Term, ...]
    values: tuple[Term, ...]
    rivals: tuple[Term, ...]
    units: tuple[Term, ...]
    context: tuple[Term, ...]
    unless: tuple[Term, ...]
    starts: dict | None = None  # word -> about-terms that may begin there (from the Vocabulary)
    name_starts: dict | None = None  # the same for value and rival names
    # whether a sentence's ranks ("the fourth nation") are read: evidence reads none for a fact whose value no rank
    # can state (compare sets them all aside), explain shows them all
    ranks: bool = True
    editions: Editions | None = None  # what a date fact's claim names, and in which years (dates.editions)
    known: frozenset[str] = frozenset()  # a number or date fact's words (claim, terms, context), for other_deal
    age: bool = False  # a number fact whose unit is an age, for other_person
    age_then: bool = False  # a number fact of an age at the time of an act ("was 19 years old when"), for _age_now
    years: frozenset[str] = frozenset()  # the years a number fact's claim names, for dated_instance and earlier_year
    nations: tuple[str, ...] = ()  # the context's capitalised words, when it names a nation: for other_nation
    dimension: str = ""  # the dimension a number fact's terms name ("wide": width), for _unstated_dimension
    past: bool = False  # a party fact whose claim says who held a title in the past ("was chief"), for _past_holder
    origin: frozenset[str] = frozenset()  # the place a number fact's claim measures its distance from, for _same_origin
    earlier: frozenset[str] = frozenset()  # a party fact's rivals its claim says were held before ("had been X")
    places: frozenset[str] = frozenset()  # the places a number fact's claim counts in ("in the UAE"), for other_place
    recipient: bool = False  # whether a number fact's claim names whom a sum is given to ("awarded Anna Orsk"), for other_recipient
    named: bool = False  # whether a date or number fact's claim names something (a deal's object), for other_deal
    buyer: frozenset[str] = frozenset()  # the buyer a date or number fact's claim opens with, for other_deal
    route: str = ""  # a place fact's value's role in a journey as its claim gives it ("took off from Aske": origin)
    offices: frozenset[str] = frozenset()  # the organisation a party fact's titled terms name, for other_office
    qualifiers: frozenset[str] = frozenset()  # the claim's qualifiers that exclude others ("state court"), for other_kind
    story: frozenset[str] = frozenset()  # the earliest year of the dated facts filed beside it, for earlier_year
    ordinals: tuple = ()  # the ranks the claim's ordinals name, with their series ("his seventh world title"), for other_rank
    expects: bool = False  # whether a number fact's claim is itself an expectation ("expects revenue to reach"), for _estimate
    siblings: tuple = ()  # the records of its kind filed beside it (Sibling), for another_record


class Sibling(NamedTuple):
    """A record of a fact's kind filed beside it: a value the grammar gives both facts that is this one's value is
    this one's (``another_record``)."""

    fact: Fact
    prepared: Prepared  # its own, for its kind's compare
    own: tuple[Term, ...]  # its about- and context terms that the fact's own terms do not hold
    stage: tuple[Term, ...] = ()  # its context terms that the fact's own terms do not hold (its stage: "first round")
    mine: tuple[Term, ...] = ()  # the fact's context terms that its context does not hold (the fact's own stage)


def prepare(fact: Fact, *, story: frozenset[str] = frozenset()) -> Prepared:
    names = fact.value if isinstance(fact.value, tuple) else ()
    return Prepared(compile_terms(fact.about), compile_terms(names, names=True), compile_terms(fact.rivals, names=True, strict=True),
                    unit_terms(fact), compile_terms(fact.context), compile_terms(fact.unless),
                    editions=claim_editions(fact.claim) if fact.kind == "date" else None,
                    known=_known_words(fact) if fact.kind in ("date", "number") else frozenset(),
                    age=fact.kind == "number" and age_fact(fact),
                    age_then=_age_then(fact),
                    years=_claim_years(fact.claim) if fact.kind == "number" else frozenset(),
                    nations=context_nations([w for term in fact.context for w in words(term)]),
                    dimension=_dimension(fact) if fact.kind == "number" else "",
                    past=fact.kind == "party" and bool(_PAST_CLAIM.search(_CLAIM_HEAD.split(fact.claim, 1)[0])),
                    origin=_claim_origin(fact) if fact.kind == "number" else frozenset(),
                    earlier=_earlier_rivals(fact) if fact.kind == "party" else frozenset(),
                    places=claim_places(fact.claim) if fact.kind == "number" and _counts_people(fact) else frozenset(),
                    recipient=fact.kind == "number" and bool(_GIVEN_TO.search(fact.claim)),
                    named=fact.kind in ("date", "number") and (bool(claim_names(fact.claim)) or _opens_with_name(fact.claim)),
                    buyer=claim_buyer(fact.claim) if fact.kind in ("date", "number") else frozenset(),
                    route=claim_route(fact.claim, names) if fact.kind == "place" else "",
                    offices=office_words(fact.about) if fact.kind == "party" else frozenset(),
                    qualifiers=claim_qualifiers(fact.claim), story=story, ordinals=claim_ordinals(fact.claim),
                    expects=_expects(fact))


def _age_then(fact: Fact) -> bool:
    """A number fact of someone's age at the time of an act (``_age_now``)."""
    return fact.kind == "number" and bool(_AGE_THEN.search(fact.claim))


# a claim of someone's age at the time of an act: "was 19 years old when he", "aged 18 at the time of the attack"
_AGE_THEN = re.compile(r"\b(?:years?\s+old|aged\s+\d+)\b[^.;]{0,40}?\b(?:when|at\s+the\s+time)\b", re.IGNORECASE)


def prepare_all(facts) -> list[Prepared]:
    """Each fact prepared as the checks use it: with its story's time (``story_times``) and the records of its kind
    filed beside it (``Sibling``; a number's only when they share a unit).  Records of one shape (terms, context,
    units) have the same records beside them: worked out once per shape, one tuple shared (a file of thousands of
    records alike costs no more than one)."""
    facts = list(facts)
    times = story_times(facts)
    base = [prepare(f, story=times.get(f.file, frozenset())) for f in facts]
    groups: dict[tuple[str, str], list[int]] = {}
    for n, f in enumerate(facts):
        if f.kind in ("date", "number"):
            groups.setdefault((f.file, f.kind), []).append(n)
    out = list(base)
    for members in groups.values():
        shape = {n: _shape(base[n], facts[n].unit) for n in members}
        alike: dict[tuple, list[int]] = {}
        for n in members:
            alike.setdefault(shape[n], []).append(n)
        for mine, same in alike.items():  # (a record of the same shape holds no term of its own: no sibling)
            sibs = tuple(sib for m in members if shape[m] != mine for sib in [_sibling(mine, facts[m], base[m])] if sib)
            for n in same if sibs else ():
                out[n] = replace(base[n], siblings=sibs)
    return out


def _shape(prepared: Prepared, unit: tuple[str, ...]) -> tuple:
    """What decides a record's siblings: the words of its terms, its context terms, its units."""
    return (frozenset(t.parts for t in prepared.about + prepared.context), prepared.context,
            frozenset(u.lower() for u in unit))


def _sibling(mine: tuple, fact: Fact, theirs: Prepared) -> Sibling | None:
    """The record ``fact`` as a sibling of the records of shape ``mine`` (``_shape``): of a number's, only when they
    share a unit; none when it holds no term of its own."""
    held, context, units = mine
    if fact.kind == "number" and units.isdisjoint(u.lower() for u in fact.unit):
        return None
    own = tuple(t for t in theirs.about + theirs.context if t.parts not in held)
    staged = {t.parts for t in theirs.context}
    return Sibling(fact, theirs, own, tuple(t for t in theirs.context if t.parts not in held),
                   tuple(t for t in context if t.parts not in staged)) if own else None


def story_times(facts) -> dict[str, frozenset[str]]:
    """Per fact file, the time of the story it records: the earliest year of its date facts (so a background event's
    date filed with them moves it back too: README, ``earlier_year``)."""
    years: dict[str, int] = {}
    for f in facts:
        if f.kind == "date" and isinstance(f.value, Period) and not f.value.yearless:
            years[f.file] = min(years.get(f.file, f.value.first.year), f.value.first.year)
    return {k: frozenset({str(v)}) for k, v in years.items()}


def _claim_origin(fact: Fact) -> frozenset[str]:
    """'The epicentre was about 40 km (25 miles) northwest of Herat city': the words of the place the claim measures
    its value from ({'herat', 'city'}), or none."""
    return next((found for m in numbers(fact.claim, []) for found in [distance_from(m.after)] if found), frozenset())


# a verb of giving and a name after it: the claim says whom its sum went to ("awarded Anna Orsk $16 million")
_GIVEN_TO = re.compile(r"\b(?:" + alternation(GIVING_VERBS) + r")\s+(?:[a-z-]+\s+){0,2}[A-Z]")


def _opens_with_name(claim: str) -> bool:
    """'Microsoft paid $7.5 billion ...': a claim opening with a capitalised word that is no function word names its
    subject (maybe; "Officials said ..." too, harmless for ``other_deal``, which needs a word of acquiring)."""
    first = next(iter(words(claim)), None)
    return first is not None and first.capitalised and first.norm not in FUNCTION_WORDS


def _counts_people(fact: Fact) -> bool:
    """A number fact counting people (its unit: people, persons, the dead, victims...)."""
    return any(normalise(u) in PEOPLE_UNITS or normalise(u) in HARMED_UNITS for u in fact.unit)


def _earlier_rivals(fact: Fact) -> frozenset[str]:
    """'... he had been Bolsonaro's justice minister': the rivals a party fact's claim says were held before (after
    "had been", "former", "formerly", "previously", "once", "ex-"), lower-cased."""
    return frozenset(r.lower() for r in fact.rivals
                     if re.search(_EARLIER_HELD + re.escape(r) + r"\b", fact.claim, re.IGNORECASE))


# a mark of a title held before, then maybe an owner's possessive or an article ("had been Bolsonaro's justice minister")
_EARLIER_HELD = r"\b(?:had\s+been|former|formerly|previously|once|ex-)\s+(?:[\w-]+['’]s?\s+|the\s+|an?\s+)?"
_PAST_CLAIM = re.compile(r"\b(?:was|were|had\s+been|served\s+as|became)\b", re.IGNORECASE)
# the claim's main clause ends at a relative word: "Lind chairs the board that was founded in 1990"
_CLAIM_HEAD = re.compile(r"\b(?:which|that|who|whose|when|where)\b", re.IGNORECASE)


def _dimension(fact: Fact) -> str:
    """The dimension a fact's terms name ("wide", "width": width), or ''."""
    return next((DIMENSION_OF[w.norm] for term in fact.about for w in words(term) if w.norm in DIMENSION_OF), "")


_YEAR = re.compile(rf"\b{YEAR}\b")  # the years a claim names
_SINCE = re.compile(r"\b(?:since|than)\s+(?:(?:in|the)\s+)?\Z", re.IGNORECASE)


def _claim_years(claim: str) -> frozenset[str]:
    """The years a claim names as its own time: not a point of comparison ("the highest since 1997", "more than in
    2015"; the level a change came from: "down from 71% in 2019"), which names another time."""
    compared = {m.start(1) for m in _FROM_IN_YEAR.finditer(claim)}
    return frozenset(m.group() for m in _YEAR.finditer(claim) if m.start() not in compared
                     and not _SINCE.search(claim, max(0, m.start() - 16), m.start()))


def _known_words(fact: Fact) -> frozenset[str]:
    """The words of a fact's claim, terms and context, lower-cased: what ``other_deal`` checks a deal's object by."""
    return frozenset(w.norm for text in (fact.claim, *fact.about, *fact.context) for w in words(text))


def judge_fact(fact: Fact, indexes: list[SourceIndex], vocabulary: Vocabulary,
               prepared: Prepared | None = None) -> list[tuple[int, Result]]:
    """The results of one fact that are not plainly silent, by source position.

    ``prepared``: the fact's compiled terms when made once for many shards (``prepare(fact)``).
    """
    known = fact.known_map
    out = []
    for i, found in fact_evidence(fact, indexes, vocabulary, prepared):
        if not found and indexes[i].source.name not in known:
            continue  # plainly silent: most sources naming a fact's term state none of its values
        result = decide(indexes[i].source.name, fact, found)
        if result.verdict != "silent" or result.known:
            out.append((i, result))
    if known:  # an acknowledged source that is now silent still gets its own result
        said = {i for i, _ in out}
        out.extend((i, decide(idx.source.name, fact, [])) for i, idx in enumerate(indexes)
                   if idx.source.name in known and i not in said)
    return out


def fact_evidence(fact: Fact, indexes: list[SourceIndex], vocabulary: Vocabulary,
                  prepared: Prepared | None = None) -> list[tuple[int, list[Evidence]]]:
    """The evidence of one fact in each source where the vocabulary says it may be mentioned: what
    ``decide`` makes the verdict of (a large source's windows add up their evidence, checks/windows.py)."""
    prepared = prepare(fact) if prepared is None else prepared
    starts = vocabulary.starts(prepared.about)
    ranked = KINDS[fact.kind].ranks
    prepared = replace(prepared, starts=starts, name_starts=vocabulary.starts(prepared.values + prepared.rivals),
                       ranks=ranked is not None and ranked(fact))
    return [(i, evidence(fact, indexes[i], prepared, sentences))
            for i, sentences in vocabulary.sentences_for(prepared.about, starts).items()]


def evidence(fact: Fact, idx: SourceIndex, prepared: Prepared, only: list[int] | None = None) -> list[Evidence]:
    """The values attributed to the fact in the source's sentences (``only``: those worth reading)."""
    return attributed(candidates(fact, idx, prepared, only, comparable=True))


def attributed(found: list[Candidate]) -> list[Evidence]:
    """The candidates attributed to the fact, as the evidence ``decide`` weighs (explain and the benchmark's rule
    tally make a verdict from candidates they already hold); then the values ``only_value`` may take (``unlinked``)
    and one conflicting value set aside, which bars it (``decide`` weighs both, and shows neither unless taken)."""
    out = [as_evidence(c) for c in found if c.attached and c.agrees is not None]
    out += [replace(as_evidence(c), bond=UNLINKED) for c in found if c.unlinked]
    barred = next((c for c in found if not c.attached and c.agrees is False), None)
    return out + [replace(as_evidence(barred), bond=SET_ASIDE)] if barred else out


def as_evidence(c: Candidate) -> Evidence:
    """An attributed candidate as the evidence ``decide`` weighs."""
    return Evidence(c.line, c.sentence.sentence.text, c.found, bool(c.agrees), c.span,
                    c.mention.approx if c.mention else "",
                    (c.sentence.sentence.start + c.mention.group) if c.mention and c.mention.group else 0,
                    c.exact and not c.aside,  # a loosely attached value ("outside Tehran") states nothing exactly
                    "" if c.agrees else c.aside, bool(c.mention and c.mention.relative), _bond(c), c.far, c.term)


def _bond(c: Candidate) -> str:
    """How a rule attached its value, for ``decide``'s weighing: by sharing a clause with a term only (the rules
    tried last; "alone" when it is its sentence's only value of the fact's kind), or by a construction of its own
    (every other rule); a restated value ("on Wednesday (Feb 8)") as the value it restates."""
    rule = c.via if c.rule == "restated_amount" else c.rule
    if rule in CLAUSE_RULES:
        return "alone" if c.alone else "clause"
    return "construction" if rule else ""




def _unlinked(may: bool, item: Indexed, value, c, d: Decision, hits: list) -> bool:
    """For a kind that ``may`` (``Kind.only_value``): a value set aside only because it stands apart from every term
    (``Decision.apart``) that states the fact's value exactly, which ``only_value`` may take.  Not a date with no year
    ("on November 19": an anniversary's day too), a bare figure, or a value apart from a term whose clause says when
    or how many for itself (``says_its_own``: "injured many"); not a name inside a longer one ("told Dow Jones" for
    Lidiane Jones) or apart from a term whose clause names another agent or negates it (``other_agent``)."""
    if not may or d.attached or not (c.agrees and c.exact and d.apart and d.rule in CLAUSE_RULES):
        return False
    if isinstance(value, Mention):
        if value.kind == "date" and value.value.yearless:
            return False
        if value.kind == "number" and not value.unit:
            return False  # a bare figure ("Lind (52') scored"): too common to be the source's statement alone
        own = _WHEN if value.kind == "date" else OWN_COUNT_WORDS
        return not says_its_own(item.analysed, hits, own, (value.start, value.end))
    if other_agent(item.analysed, hits):
        return False
    text = item.sentence.text
    return not (_NAME_BEFORE.search(text[max(0, value.start - 60):value.start]) or _NAME_AFTER.match(text, value.end))


_WHEN = WHEN_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(DAY_WORDS)
_NAME_BEFORE = re.compile(r"\S\s+[A-Z][\w'’.-]*\s+\Z")  # "told Dow Jones": a capital word before, not the first
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")  # "Jones Day"


def relevant(idx: SourceIndex, prepared: Prepared, only: list[int] | None = None) -> list[tuple[Indexed, list]]:
    """Sentences that mention an about-term (and pass context/unless), with the term hits.

    ``only``: the sentences worth reading (from the Vocabulary); None reads all.
    """
    out = []
    paragraphs_ok: dict[int, bool] = {}
    sentences, about, starts, unless = idx.sentences, prepared.about, prepared.starts, prepared.unless
    for j in (range(len(sentences)) if only is None else only):
        item = sentences[j]
        ws, text = item.words, item.sentence.text
        hits = [h for h in find(ws, text, about, starts, item.positions) if not figurative(ws, h) and not degree_adjective(ws, h, text)]
        if any(h.first == h.last and ws[h.first].norm in _DATE_PARTS for h in hits):
            hits = [h for h in hits if not _part_of_a_date(item, h)]
        if not hits:
            continue
        if unless and find(ws, text, unless):
            continue
        if prepared.context:
            para = item.sentence.paragraph
            if para not in paragraphs_ok:
                paragraphs_ok[para] = any(
                    find(s.words, s.sentence.text, prepared.context) for s in idx.paragraph(para))
            if not paragraphs_ok[para]:
                continue
        out.append((item, hits))
    return out


_DATE_PARTS = frozenset(MONTH_PARTS) | frozenset(YEAR_PARTS)  # "early", "end": words a date may hold


def _part_of_a_date(item: Indexed, h) -> bool:
    """'at the end of September 2022': a term ("ends") that is only the part of a period a date names is no term."""
    w = item.words[h.first]
    return w.norm in _DATE_PARTS and any(m.start <= w.start and w.end <= m.end for m in item.dates)


def candidates(fact: Fact, idx: SourceIndex, prepared: Prepared, only: list[int] | None = None,
               comparable: bool = False) -> list[Candidate]:
    """Every value of the fact's kind in its relevant sentences, attributed or set aside.

    ``comparable``: only the values the fact can compare that are attributed to it (evidence needs no more): one
    that is not a value of the fact (another unit) is left out before the attribution rules, the costliest step,
    are asked of it, and one the rules set aside is left out before a Candidate is made of it."""
    kind = KINDS[fact.kind]
    out, named = [], {}  # named: whether a sentence names a context term (by id), for _context_elsewhere
    for item, hits in relevant(idx, prepared, only):
        context = None  # the fact's context terms in this sentence: found once, when a value is first attached
        first, values = len(out), 0
        for value in kind.mentions(item, prepared):
            c = kind.compare(fact, value, prepared)
            values += 1
            if comparable and c.agrees is None:
                continue
            d = _instance_of(fact, item, value, c, _as_the_fact_says(item, value, prepared, hits,
                                                                     kind.attach(item.analysed, value, hits)),
                             prepared, hits)
            if d.attached and prepared.context:
                if context is None:
                    context = find(item.words, item.sentence.text, prepared.context)
                    named[id(item)] = bool(context)
                d = _thing_of_clause(item.analysed, value, hits, context) or _nation(item, value, hits, prepared) or d
            unlinked = _unlinked(kind.only_value, item, value, c, d, hits)
            if comparable and not (d.attached or unlinked or c.agrees is False):
                continue  # (a set-aside conflict is kept: it bars only_value)
            out.append(Candidate(item, value if isinstance(value, Mention) else None, c.found, c.agrees,
                                 d.attached, c.why or d.why, c.rule or d.rule, _line(item.sentence, value.start),
                                 (value.start, value.end), c.exact, d.weak if d.attached else "", c.far,
                                 via=d.via, term=d.term, unlinked=unlinked))
        if values == 1 and len(out) == first + 1:
            out[first] = out[first]._replace(alone=True)
    return _context_elsewhere(out, named)


def _context_elsewhere(out: list[Candidate], named: dict[int, bool]) -> list[Candidate]:
    """'Lind secured 49.11 percent of the vote. Lind had won the first round with 31.36 percent.', one paragraph, for
    a fact whose context is the first round: a conflicting value in a sentence naming no context term, where another
    sentence of its paragraph names one and states the fact's value, may tell of another thing the paragraph names
    (the runoff): a possible conflict.  ``named``: whether each sentence with an attached value names a context term,
    as ``candidates`` found once (none for a fact with no context)."""
    stating = {c.sentence.sentence.paragraph for c in out if c.attached and c.agrees and named.get(id(c.sentence))}
    if not stating:
        return out
    return [c._replace(aside=CONTEXT_ELSEWHERE) if c.attached and c.agrees is False and not c.aside
            and c.sentence.sentence.paragraph in stating and not named.get(id(c.sentence)) else c for c in out]


CONTEXT_ELSEWHERE = ("possible conflict: another sentence of its paragraph names the fact's context and states the "
                     "fact's value; this one names no context term")


def _age_now(item: Indexed, value: Mention, fact: Fact, prepared: Prepared) -> Decision | None:
    """'Roe, 23, and his lawyers said ...', published in 2021, for a fact of Roe's age when he did what the story
    tells in 2018 ("was 19 years old when"): an age in apposition after a name is the person's age when the text was
    written; that many years after the story's time it is older by them: no statement of the age then."""
    published = item.dating.published
    story = prepared.years or prepared.story
    if published is None or not story or not (APPOSED.search(value.before[-40:]) and value.after[:1] == ","):
        return None
    first = min(int(y) for y in story)
    gap = published.year - first
    if gap < 1 or not fact.value < value.value <= fact.value + gap + 1:
        return None
    return Decision(False, f"is the age when the text was written ({published.year}), {gap} year(s) after the story's "
                           f"{first}: no statement of the age then", rule="age_now")


def _of_its_time(item: Indexed, value: Mention, fact: Fact, prepared: Prepared, d: Decision) -> Decision | None:
    """A conflicting value told of another time than the fact's: an age when the text was written (``_age_now``),
    or a date still to come then (``_still_to_come``)."""
    if prepared.age_then:
        return _age_now(item, value, fact, prepared)
    return _still_to_come(item, value, fact, d) if value.kind == "date" else None


def _still_to_come(item: Indexed, value: Mention, fact: Fact, d: Decision) -> Decision | None:
    """'the election will be held on November 14', 'will be sworn in on Wednesday', in a text written after the
    fact's time: a date after the text's own, in a clause that tells of a time to come ("will", "is due to"), is of
    something still to happen when it was written, maybe another instance (or the fact's, put off): attached only
    loosely (a possible conflict, no difference)."""
    published = item.dating.published
    if published is None or not isinstance(fact.value, Period) or value.value.yearless or fact.value.yearless \
            or not fact.value.last < published < value.value.first:
        return None
    an = item.analysed
    k = an.index_at(value.start)
    cue = next((w.text for j, w in enumerate(an.words[:k]) if an.clause[j] == an.clause[k] and w.norm in TO_COME_WORDS),
               None)
    if cue is None:
        return None
    why = f"told as still to come ('{cue}') after the text was written ({published.isoformat()}), maybe another " \
          "instance than the fact's earlier one"
    return replace(d, weak=f"possible conflict: {why}", rule="still_to_come")


def _another_record(item: Indexed, value, siblings: tuple[Sibling, ...], own: list) -> Decision | None:
    """'Lund ran the 100 metres in 9.58 seconds', for a fact of Roe's time filed beside one of Lund's 100-metre time
    of 9.58: a conflicting value that the grammar gives as well to a term only another record of the same file and
    kind holds, and that is that record's value, states that record's, not this fact's."""
    if isinstance(value, Mention):  # a bracketed restatement is the record's whose value it restates
        value = restated(item.sentence.text, value, item.dates if value.kind == "date" else item.numbers) or value
    for sib in siblings:
        kind = KINDS[sib.fact.kind]
        hits = find(item.words, item.sentence.text, sib.own)
        if hits and kind.compare(sib.fact, value, sib.prepared).agrees and kind.attach(item.analysed, value, hits).attached \
                and not _given_both(item, value, own, hits):
            term = item.sentence.text[hits[0].start:hits[0].end]
            return Decision(False, f"the value of {sib.fact.id}, filed beside it, which the sentence names ('{term}'): "
                                   "that record's, not this fact's", rule="another_record")
        stage = sib.stage and _in_clause(item, value, sib.stage)
        if stage and not (sib.mine and _in_clause(item, value, sib.mine)):
            return Decision(False, f"in the stage of {sib.fact.id}, filed beside it ('{stage}'): that record's, not "
                                   "this fact's", rule="another_record")
    return None


def _given_both(item: Indexed, value, own: list, theirs: list) -> bool:
    """Does the sentence give the value to the fact's own term too: a name of the fact's before it in its clause, with
    no name of the other record's between ("Ana Roe ran the 100 metres in 9.58 seconds"), or a term of the fact's
    joined by "and"/"or" to the other record's ("Roe and Lund both ran 9.58", "The truce was signed and took effect on
    10 November")?"""
    an, text = item.analysed, item.sentence.text
    k = an.index_at(value.start)
    for h in own:
        if an.clause[h.first] == an.clause[k] and h.last < k and _a_name(h.term.text) \
                and normalise(text[h.start:h.end]) == " ".join(h.term.parts) \
                and not any(h.last < t.first < k and _a_name(t.term.text) for t in theirs):
            return True  # (as written: "Orsak" is no "Orsk"; not past the other record's name: "Roe took silver as
            # Lund won the 100 metres in 9.58 seconds")
        if any(_JOINED_BY.fullmatch(text, min(h.end, t.end), max(h.start, t.start)) for t in theirs
               if h.end <= t.start or t.end <= h.start):
            return True
    return False


_JOINED_BY = re.compile(r"\s+(?:and|or)\s+")


def _in_clause(item: Indexed, value, terms: tuple[Term, ...]) -> str:
    """The first of ``terms`` in the value's clause, or ''; not in an opening phrase or a comparison ("Two weeks after
    the first round, Roe took 58.3%", "more than double her first-round score"), nor after a word of time ("after")."""
    an = item.analysed
    clause = an.clause[an.index_at(value.start)]
    hit = next((h for h in find(item.words, item.sentence.text, terms) if an.clause[h.first] == clause
                and clause != an.intro and not an.is_reference(h.first) and not _told_apart(an, h)), None)
    return item.sentence.text[hit.start:hit.end] if hit else ""


def _told_apart(an, h) -> bool:
    """A stage term told only as a time or a comparison: after "after", "before", "since", "than", "having" (a few words
    back) or followed by "score"/"result"/"tally" of it ("her first-round score")."""
    back = {w.norm for w in an.words[max(0, h.first - 4):h.first]}
    return bool(back & STAGE_APART_WORDS) or (h.last + 1 < len(an.words) and an.words[h.last + 1].norm in RESULT_NOUNS)


def _instance_of(fact: Fact, item: Indexed, value, c, d: Decision, prepared: Prepared, hits: list) -> Decision:
    """``d``, or a set-aside when a conflicting date before the term's noun names another instance (``_far_instance``),
    or a ranked phrase does (``_ranked``), or the value is a record's filed beside it (``_another_record``)."""
    if d.attached and c.agrees is False and prepared.siblings:
        d = _another_record(item, value, prepared.siblings, hits) or d
    if d.attached and c.agrees is False and isinstance(value, Mention):
        d = _of_its_time(item, value, fact, prepared, d) or d
    if d.attached and c.agrees is False and (d.rule == "date_modifier" or d.rule == "date_of" and _names_instance(item, value)) \
            and _far_instance(fact, value):
        return Decision(False, f"names another instance by its date ('{value.text}'), far from the fact's: no "
                               "statement of the fact's", rule="another_instance")
    if d.attached and prepared.ordinals and isinstance(value, Mention):
        return _ranked(fact, item, value, prepared, hits, d)
    return d


def _ranked(fact: Fact, item: Indexed, value: Mention, prepared: Prepared, hits: list, d: Decision) -> Decision:
    """``d``, or a set-aside when a ranked phrase names another instance than the claim's (``other_rank``): for a
    date, one whose year lies on the rank's side of the fact's; for a number, the rank itself."""
    later = None
    if value.kind == "date":
        if value.value.yearless or not isinstance(fact.value, Period) or fact.value.yearless:
            return d
        if fact.value.first.year <= value.value.first.year <= fact.value.last.year:
            return d  # the fact's own year: maybe the same event, ranked in another series or misdated
        later = value.value.first.year > fact.value.last.year
    decision = other_rank(item.analysed, item.analysed.index_at(value.start), hits, prepared.ordinals, later)
    return replace(decision, rule="other_rank") if decision else d


def _names_instance(item: Indexed, value) -> bool:
    """'the general election of October 12, 2019': a date after "of" names which instance of the noun before it is
    meant; not of a noun whose date is its value ("the deadline of 18 June 2025", ``REPLACED_NOUNS``)."""
    k = item.analysed.index_at(value.start) - 1
    return value.value.grain == "day" and k >= 1 and item.words[k].norm == "of" \
        and item.words[k - 1].norm not in REPLACED_NOUNS  # (a day: "the ceasefire of the 1990s" may be the fact's)


_INSTANCE_GAP = 60  # days between a date naming an instance ("the 1934 earthquake") and the fact's, past which it is another


def _far_instance(fact: Fact, value) -> bool:
    """'the 1934 earthquake', 'the Nov. 13 attacks in Paris', for a fact of 25 April 2015 or 22 March 2016: a date
    before the term's noun names which instance is meant; far from the fact's date (not a year's slip, "the 2014
    disaster" for 2015, which may be a misstatement) it names another one."""
    if not isinstance(value, Mention) or value.kind != "date" or not isinstance(fact.value, Period) \
            or value.value.yearless or fact.value.yearless:
        return False
    mine, theirs = value.value, fact.value
    gap = max((mine.first - theirs.last).days, (theirs.first - mine.last).days)
    if mine.grain == "year" and abs(mine.first.year - theirs.first.year) <= 1:
        return False
    if mine.grain == "day" and re.search(r"\b\d{4}\b", value.text) \
            and (mine.first.month, mine.first.day) == (theirs.first.month, theirs.first.day):
        return False  # a full date written out ("May 24, 2002" for 2022) states the fact's, maybe wrongly
    return gap > _INSTANCE_GAP


def _as_the_fact_says(item: Indexed, value, prepared: Prepared, hits: list, d: Decision) -> Decision:
    """The grammar's decision (``d``, the sentence's clauses worked out on first use), revised by what the fact's
    claim and terms say: another instance's or thing's value, a dimension the value does not state, a past holder."""
    d = _claims_route(item.analysed, value, prepared.route, hits, d)
    if d.attached and d.rule == "shared_subject":
        d = _claims_verb(item.analysed, value, prepared, d)
    if d.attached:
        return _of_the_fact(item, value, prepared, hits) or _level_now(item.analysed, value, prepared) \
            or _unstated_dimension(value, prepared, d) or _sized_head(value, prepared, d) \
            or _captioned(item, value, d) or _year_named(item, value, hits, d) \
            or _sum_by_name_only(item.analysed, value, prepared, hits, d) or _loose_share(item, value, prepared, hits, d)
    revised = _set_aside_revised(item, value, prepared, hits, d)
    return (revised.attached and _level_now(item.analysed, value, prepared)) or revised


def _loose_share(item: Indexed, value, prepared: Prepared, hits: list, d: Decision) -> Decision:
    """A share of the vote attached only loosely to the subject that won it (``part_of_whole``) is the fact's when
    the claim names that whole too (``_claimed_share``: "Lind won 49.42% of the vote")."""
    if not (d.weak and d.rule == "part_of_whole" and isinstance(value, Mention)):
        return d
    claimed = _claimed_share(item.analysed, value, prepared, hits)
    return claimed if claimed and not (claimed.attached and claimed.weak) else d


def _set_aside_revised(item: Indexed, value, prepared: Prepared, hits: list, d: Decision) -> Decision:
    """A set-aside (``d``) that the fact's claim shows is the fact's after all: a past holder the claim's past tense
    asks for, a distance from the claim's place, a part the fact counts, an estimate the claim tells of."""
    if prepared.past and d.rule == "former_holder":
        return _past_holder(item.analysed, value, hits, d)
    if prepared.origin and d.rule == "measured_quality" and isinstance(value, Mention) and _term_near(item.analysed,
                                                                                                     value, hits):
        return _same_origin(value, prepared.origin) or d
    if d.rule == "part_of_whole" and isinstance(value, Mention):  # a part the fact counts, or a share of its whole
        return _counted_part(item, value, prepared, d) or _claimed_share(item.analysed, value, prepared, hits) or d
    if d.rule == "forecast":
        return _estimate(value, prepared) or d
    if d.rule == "change_and_level" and isinstance(value, Mention) and _year_after(value.after) in prepared.years:
        # "the ANC won 40%, falling from 57.5% in 2019", for a claim of 2019's share: that earlier level is the fact's
        return Decision(True, "is the earlier level, of the year the claim names", rule="earlier_level")
    return d


_YEAR_TAIL = r"\s*(?:%|per\s?cent\b|percent\b)?\s*(?:[a-z]+\s+)?in\s+(\d{4})\b"  # "(57.5)% in 2019": the figure's year
_IN_YEAR = re.compile(_YEAR_TAIL, re.IGNORECASE)
_FROM_IN_YEAR = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?\d[\d.,]*" + _YEAR_TAIL, re.IGNORECASE)


def _year_after(after: str) -> str:
    """The year right after a figure ("57.5% in 2019", "57.5 percent of the vote in 2019": the figure's), or ''."""
    m = _IN_YEAR.match(after[:40])
    return m.group(1) if m else ""


def _level_now(an, value, prepared: Prepared) -> Decision | None:
    """'the ANC won 40% of the vote, falling from 57.5% in 2019', for a claim of 2019's share: a figure told as the
    level a change came to, when the level it came from is dated in the claim's year, is another year's."""
    if not prepared.years or not isinstance(value, Mention) or _year_after(value.after):
        return None
    m = _FROM_IN_YEAR.search(value.after[:80])
    if m is None or m.group(1) not in prepared.years:
        return None
    return Decision(False, f"is the level now; the level of {m.group(1)}, the claim's year, follows 'from'",
                    rule="earlier_level")


def _sum_by_name_only(an, value, prepared: Prepared, hits: list, d: Decision) -> Decision | None:
    """"Skype's revenue grew 25 per cent to $170 million", "took a $1.4bn charge for Skype": a sum of money tied to
    the fact only by a name its terms hold (a company's, a person's) may be any of that name's sums (a price, a
    revenue, a charge): attached loosely, when the fact has terms of other words too."""
    if d.weak or d.rule != "value_clause" or not isinstance(value, Mention) or not is_money(value.unit) \
            or all(_a_name(t.text) for t in prepared.about):
        return None
    if _FOR_BEFORE.search(an.sentence.text, max(0, value.start - 8), value.start) \
            and _BUYING.search(an.sentence.text, max(0, value.start - 80), value.start):
        return None  # "Velmar acquired Orsk for $1.9 billion": a price after "for" (not "sued Velmar for $1.9 billion")
    here = an.clause[an.index_at(value.start)]
    near = [h for h in hits if an.clause[h.first] == here]
    if not near or not all(_a_name(h.term.text) for h in near):
        return None
    return replace(d, weak=f"possible conflict: only the name '{near[0].term.text}' ties this sum to the fact, maybe "
                           "another of its sums")


_FOR_BEFORE = re.compile(r"\bfor\s+(?:about\s+|around\s+|some\s+)?\Z", re.IGNORECASE)
_BUYING = re.compile(rf"\b(?:{alternation([w for w in ACQUIRING_WORDS if ' ' not in w] + list(SELLING_PAYING_VERBS))})\b",
                     re.IGNORECASE)


def _a_name(term: str) -> bool:
    """A term written as a name: every word capitalised ("Skype", "Clive Palmer")."""
    return all(w[:1].isupper() for w in term.split())


def _claims_route(an, hit, route: str, hits: list, d: Decision) -> Decision:
    """'took off from Barcelona, bound for Aske': the role the fact's claim gives its value in a journey decides a
    place with a role of its own, whatever role a term asks for ("en route from Barcelona to Aske" states the origin)."""
    if not route or d.rule not in ("route_role", "name_clause"):
        return d
    role = journey_role(an, hit.first)
    if not role:
        return d
    if role != route:
        return Decision(False, f"is the journey's {role}, not its {route} the claim names", rule="route_role")
    return name_clause(an, hit, hits) if d.rule == "route_role" else d


def _estimate(value, prepared: Prepared) -> Decision | None:
    """'AccuWeather estimated the damage at $250 billion' reads 'projected to cause $250 billion in damages': a
    forecast's figure, for a number fact whose claim is an estimate or an expectation, attached loosely."""
    if not (isinstance(value, Mention) and value.kind == "number") or (prepared.known.isdisjoint(ESTIMATE_WORDS)
                                                                       and not prepared.expects):
        return None
    why = "is a forecast, and the claim is an estimate"
    return Decision(True, why, rule="estimate_claim", weak="possible conflict: another's forecast, maybe")


# a claim that is itself an expectation: "The company expects revenue to reach $5 billion", "Gusts were expected to
# reach 155 kmph" (not "higher than expected": no "to" after it)
_EXPECTING_CLAIM = re.compile(r"\b(?:expects?|expected|expecting|likely|poised)\s+(?:[\w'’-]+\s+){0,3}?to\b", re.IGNORECASE)


def _expects(fact: Fact) -> bool:
    """Is a number fact's claim itself an expectation of its value: the expectation's "to" before the value, no comma,
    "but" or "which" between ("expects revenue to reach $5 billion"; not "expected to weaken, killed 12 people")?"""
    if fact.kind != "number":
        return False
    for m in _EXPECTING_CLAIM.finditer(fact.claim):
        if _RESULT_BEFORE.search(fact.claim, 0, m.start()):
            continue  # "fell more than expected to 3.2%", "rose as expected to 3.2%": a result
        rest = fact.claim[m.end():]
        for n in numbers(rest, []):
            if n.value == fact.value and not _NOT_GOVERNED.search(rest, 0, n.start) and len(rest[:n.start].split()) <= 3:
                return True  # (the value within a few words of "to": "to reach $5 billion"; not "to hit Kyushu on
                # Sunday killed 2 people")
    return False


_NOT_GOVERNED = re.compile(r"[,;]|\b(?:but|which|who|and)\b", re.IGNORECASE)
_RESULT_BEFORE = re.compile(r"\b(?:than|as)\s+\Z", re.IGNORECASE)


def _claims_verb(an, value, prepared: Prepared, d: Decision) -> Decision:
    """A count said of the subject by a coordinated predicate is the fact's only by a verb its claim or terms use
    ("destroyed 5,000 structures, damaged 6,837": for a claim of structures destroyed, the 6,837 were damaged)."""
    if not isinstance(value, Mention) or not prepared.known:
        return d
    verb = _predicate_verb(an, value)
    if verb in prepared.known or _stem(verb) in {_stem(w) for w in prepared.known}:
        return d  # ("killing at least 12 people" for a claim that the fire "killed" them)
    if verb in WINNING_VERBS and not prepared.known.isdisjoint(WINNING_VERBS):
        return d  # ("capturing 390 seats" for a claim that the party "won" them: one act)
    return Decision(False, f"is said of the subject by '{verb}', a verb the claim does not use", rule="shared_subject")


def _holds_share(an, k: int, hits: list, end: int = -1) -> bool:
    """A term before the share at word k, with one verb at most between ("Milei won this Sunday's election with 55.8%
    of votes"), or right after it in its clause ("59% of members agreed to approve"); not a term that is the share's
    own unit, up to its last word ``end``, nor another figure's ("55.7 percent ..., against 44.3 percent" for the term
    "percent" holds nothing)."""
    for h in hits:
        if k <= h.first <= end or h.first and an.words[h.first - 1].norm[:1].isdigit():
            continue
        if 0 < k - h.last <= 12 and sum(_past(w) for w in an.words[h.last + 1:k]) <= 1:
            return True
        if 0 < h.first - k <= 8 and (an.clause[h.first] == an.clause[k] or an.clause[k] == an.intro):
            return True  # (not past a clause's opening: "59.75% of the vote, while Galvez received ..."; but an opening
            # phrase's share is the subject's after it: "With 26% of the vote, Roe came second")
    return False


def _predicate_verb(an, value: Mention) -> str:
    """The verb of the value's predicate, coordinated with the subject's first: the clause's opening verb ("destroyed",
    past "and"), or the last -ing participle before the value in a participle clause ("destroying 8,000 homes and
    killing at least 12 people": "killing")."""
    ws, k = an.words, an.index_at(value.start)
    first = next(i for i in range(k + 1) if an.clause[i] == an.clause[k])
    if an.clause[k] in an.trailing:
        last = next((i for i in range(k - 1, first - 1, -1) if ws[i].norm.endswith("ing") and len(ws[i].norm) > 5), None)
        if last is not None:
            return ws[last].norm
    return ws[first + 1].norm if ws[first].norm == "and" and first + 1 < len(ws) else ws[first].norm


def _stem(word: str) -> str:
    """A verb without its -ing or -ed ("killing", "killed": "kill")."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[:-len(ending)]
    return word


def _counted_part(item: Indexed, value: Mention, prepared: Prepared, d: Decision) -> Decision | None:
    """'a cable car with eight passengers, including six children', for a fact counting children: a part after a word
    of including, written in the fact's own unit (not a word for people in general), is the count the fact wants (a
    part whose noun is left out, "69 deaths, including 11 in Varnia", only for a fact whose context names its place)."""
    unit = normalise(value.unit)
    if not d.why.startswith(INCLUDED_PART) or not unit or unit in PEOPLE_UNITS:
        return None
    after = [w.norm for w in words(item.sentence.text[value.end:value.end + 40])]
    if unit not in after[:3] and not any(f" {' '.join(t.parts)} " in f" {' '.join(after)} " for t in prepared.context):
        return None  # (its noun left out: counted at the fact's own place, "including 11 in Varnia", it still is)
    if not any(" ".join(t.parts) == unit for t in prepared.units):
        return None
    return Decision(True, f"is the part counted in the fact's unit ('{value.unit}')", rule="counted_part")


def _claimed_share(an, value: Mention, prepared: Prepared, hits: list) -> Decision | None:
    """``_claims_whole``, unless the share is told of another instance ("At the last election in 2013, the CDU won
    41.5% of the vote": that election's) or forecast ("a poll projected Lind would win 51.7 percent of the vote")."""
    claimed = prepared.known and _claims_whole(an, value, prepared.known, hits)
    other = claimed and another_instance(an, value, hits)
    if other:
        return replace(other, rule="another_instance")
    foreseen = claimed and forecast(an, value, hits)  # ("an exit poll projected that Lind would win 51.7 percent")
    if foreseen and not foreseen.attached:
        return _estimate(value, prepared) or replace(foreseen, rule="forecast")
    return claimed


def _claims_whole(an, value: Mention, known: frozenset[str], hits: list) -> Decision | None:
    """'Milei obtained 55.69% of the votes', for a claim "Milei won about 55.7% of the valid votes": a share of the
    whole the claim's words name (the noun ending the of-phrase, singular or plural) is the fact's share."""
    whole = share_whole(an, value)
    if not whole or not _holds_share(an, an.index_at(value.start), hits, an.index_at(value.end - 1)):
        return None  # the claim's holder must hold it: not "Milei won, and blank ballots made up 5% of the votes"
    noun = an.words[whole_end(an, whole) - 1].norm  # ("of votes compared with 49.1%": the whole ends at its verb)
    if not ({noun, noun.rstrip("s"), noun + "s"} & known) or noun in FUNCTION_WORDS:
        return None
    return Decision(True, f"is a share of '{noun}', as the claim's value is", rule="claims_whole")


def _term_near(an, value: Mention, hits: list, reach: int = 10) -> bool:
    """A term at most ``reach`` words from the value ("The epicenter was 35 kilometers northwest of Herat", "sank 75
    kilometers off Pylos"; not "The epicentre was 10 km deep, and the nearest hospital is 40 km from Herat")."""
    k = an.index_at(value.start)
    return any(0 < k - h.last <= reach or 0 < h.first - k <= reach for h in hits)


def _same_origin(value: Mention, origin: frozenset[str]) -> Decision | None:
    """'35 kilometers northwest of Herat city', for a fact whose claim measures a distance from Herat: a distance
    from the place the claim names is the fact's measure (from another place, it stays set aside)."""
    shared = distance_from(value.after) & origin
    if not shared:
        return None
    return Decision(True, f"is a distance from '{' '.join(sorted(shared))}', as the claim's is", rule="same_origin")


def _of_the_fact(item: Indexed, value, prepared: Prepared, hits: list) -> Decision | None:
    """An attached value that the fact's claim shows is another's: another edition's year, another person's age,
    another dated instance's figure, another deal's figure."""
    if isinstance(value, Mention) and value.kind == "number":
        decision = _figure_of_the_fact(item, value, prepared, hits)
        if decision and decision.attached:  # a loose one: what the claim's names set aside is another's outright
            other = _anothers(item, value, prepared)
            return other if other and not other.attached else decision
        if decision:
            return decision
    if prepared.editions is not None:
        decision = _edition(item.sentence.text, value, prepared.editions)
        if decision:
            return decision
    decision = None if isinstance(value, Mention) else _title_of_another(item, value, prepared, hits)
    if decision:
        return decision
    if prepared.qualifiers:
        at = item.analysed.index_at(value.start) if isinstance(value, Mention) else value.first
        decision = other_kind(item.analysed, at, prepared.qualifiers, hits)
        if decision:
            return replace(decision, rule="other_kind")
    return _anothers(item, value, prepared) or _name_of_earlier_time(item, value, prepared)


def _title_of_another(item: Indexed, value: Hit, prepared: Prepared, hits: list) -> Decision | None:
    """A title the claim says was held before, marked as former here; or another office's title."""
    if prepared.earlier and value.term.text.lower() in prepared.earlier \
            and held_before(item.analysed, [value]):  # (marked as past, not as to come: "Incoming justice minister")
        return Decision(False, "a title the claim says was held before, marked as former here", rule="former_holder")
    if prepared.offices:
        decision = other_office(item.analysed, value, hits, prepared.offices)
        if decision:
            return replace(decision, rule="other_office")
    return None


def _name_of_earlier_time(item: Indexed, value, prepared: Prepared) -> Decision | None:
    """'In Turkey's worst mine disaster, 301 people died in 2014 in the town of Soma': a name or place in a clause
    dated to a year before the fact's time (``earlier_year``, as for a number, but never by the claim's years: "the
    name will first be used in 2029" names a time to come) tells of that earlier time: attached loosely."""
    if isinstance(value, Mention):
        return None
    years, whose = _earliest_time(item, prepared)
    decision = earlier_year(item.analysed, value, item.dates, years, whose=whose) if years else None
    return replace(decision, rule="earlier_year") if decision else None


def _anothers(item: Indexed, value, prepared: Prepared) -> Decision | None:
    """A number another place's, another person's age, another deal's or recipient's, as the claim's names show."""
    if prepared.places and isinstance(value, Mention) and value.kind == "number":
        decision = other_place(item.analysed, item.analysed.index_after(value.start), prepared.places)
        if decision:
            return replace(decision, rule="other_place")
    if prepared.age and isinstance(value, Mention) and is_age(value):
        decision = other_person(item.analysed, item.analysed.index_at(value.start), prepared.known)
        if decision:
            return replace(decision, rule="other_person")
    if prepared.known and prepared.named and isinstance(value, Mention):
        return _deal(item.analysed, value, prepared.known, prepared.buyer) or (
            _recipient(item.analysed, value, prepared.known) if prepared.recipient else None) or _holder(
            item.analysed, value, prepared.known)
    return None


def _figure_of_the_fact(item: Indexed, value: Mention, prepared: Prepared, hits: list) -> Decision | None:
    """A number another dated instance's, of an earlier time, or each member's share, as the claim shows."""
    if prepared.years and not prepared.age:  # (an age's claim year is a birth year: "born on 21 April 1926")
        decision = dated_instance(item.analysed, item.analysed.index_at(value.start), hits, prepared.years)
        if decision:
            return replace(decision, rule="dated_instance")
    years, whose = _earliest_time(item, prepared)
    if years and not prepared.age:  # (an age: "born in 2006, he was 17")
        decision = earlier_year(item.analysed, value, item.dates, years, whose=whose)
        if decision:
            return replace(decision, rule="earlier_year")
    if prepared.known.isdisjoint(_EACH_WORDS):
        decision = per_member(item.analysed, value)
        if decision:
            return replace(decision, rule="per_member")
    scope = wider_count(item.analysed, value) if prepared.known.isdisjoint(SCOPE_WORDS) else ""
    if scope:
        why = f"counted over a wider whole ('{scope}') than the claim names"
        return Decision(True, why, rule="wider_count", weak="possible conflict: " + why)
    return None


_EACH_WORDS = {"each", "apiece", "per"}  # a claim about each member's figure reads them


def _earliest_time(item: Indexed, prepared: Prepared) -> tuple[frozenset[str], str]:
    """The earliest year a fact's own time may be, and how ``earlier_year`` names it: the years its claim names;
    else the year before its story's (``story_times``: a figure of the year before may be the story's own, "Velmar
    reported its annual results on 20 February 2024. Last year, revenue rose to $12.2 billion"); else ten years
    before the source's publication (``_publication_time``)."""
    if prepared.years:
        return prepared.years, "the claim's {first}"
    if prepared.story:
        return frozenset(str(int(y) - 1) for y in prepared.story), "{first}, the year before its file's dated facts"
    return _publication_time(item), "{first}, ten years before publication"


def _publication_time(item: Indexed) -> frozenset[str]:
    """For a number fact whose claim names no year: ten years before the source's publication, as the earliest the
    claim's time may be, so that a clause dated before that tells of an earlier time."""
    published = item.dating.published
    return frozenset({str(published.year - _HISTORY_YEARS)}) if published else frozenset()


_HISTORY_YEARS = 10  # a clause dated this many years before publication tells of history, not of a recent story
# (nearer years may be the story's own, told again in a retrospective)


def _past_holder(an, value, hits: list, d: Decision) -> Decision:
    """'Lee, the former chief of police in Yongsan,', for a fact whose claim says who held the title in the past
    ("Lee was chief on the night of the crush"): a past holder is that fact's, attached loosely (a matching one
    agrees; another may have held it at another time than the claim's: a possible conflict); not one to come."""
    near = [h for h in hits if 0 < value.first - h.last <= 2 or 0 < h.first - value.last <= 4]
    if not held_before(an, near):  # the title marked as past stands by this name ("Lind, the former chief,")
        return d
    why = "held the title before now, as the claim's past tense says"
    return Decision(True, why, rule="former_holder", weak="possible conflict: held the title at some earlier time")


def _unstated_dimension(value, prepared: Prepared, d: Decision) -> Decision | None:
    """'a downhill 40-meter back alley', for a fact about the alley's width: a length written before a noun, with no
    word of a dimension after it, states the thing's chief extent, not the width, depth or height the fact's terms
    name: attached loosely (a matching one agrees, another is a possible conflict)."""
    if prepared.dimension in ("", "length") or not isinstance(value, Mention) or value.kind != "number" \
            or UNITS.get(normalise(value.unit), ("",))[0] != "length" or not value.after.startswith("-") \
            or _BY.match(value.after) or value.before.endswith("-by-"):
        return None  # ("a 4-meter-by-40-meter path": width by length, both stated)
    after = words(value.after)
    if len(after) < 2 or any(w.norm in DIMENSION_OF for w in after[:3]):
        return None  # "a 3.2m-wide alley" states the width
    why = f"'{value.text}-{after[0].text}' before a noun states no {prepared.dimension}"
    return Decision(True, d.why, rule="dimension_of", weak="possible conflict: " + why)


_BY = re.compile(r"-[^\W\d_]+-by-")


def _captioned(item: Indexed, value, d: Decision) -> Decision | None:
    """'This picture from detikcom shows officials displaying the black box after it was recovered on November 1,
    2018', 'FILE - People look at flowers ... Monday July 18, 2016': a picture's caption (a still picture's noun
    opening the sentence, then "shows"; an agency's "FILE -" opening it) dates the moment it
    shows, maybe not the fact's: a date there is attached loosely (a matching one agrees, another is a possible
    conflict)."""
    text = item.sentence.text
    if not isinstance(value, Mention) or value.kind != "date" or not (_CAPTION.match(text) or _file_picture(item, value, d)):
        return None
    return replace(d, weak="possible conflict: a picture's caption, dating the moment it shows, maybe another")


# a caption: a determiner and a still picture's noun opening the sentence (maybe "undated", "file"...: not "The bigger
# picture shows"), then a verb of showing (not a video, which shows an event as it happens; not "Police said satellite images showed")
_STILLS = PICTURE_NOUNS - {"video", "videos", "footage"}
_CAPTION = re.compile(r"\s*(?:In\s+)?(?:This|These|The|A|An)\s+(?:(?:undated|file|handout|aerial|satellite)\s+)?(?:"
                      + alternation(_STILLS)
                      + r")\b[^.;:]{0,80}?\b(?:shows?|showed|showing|depicts?|depicted)\b", re.IGNORECASE)
# an agency's file picture: "FILE - People look at flowers ... Monday July 18, 2016 in Velmar" (its date only shares a
# clause with the terms; "FILE - ..., where the truck attack happened on July 15, 2016" dates the attack)
_FILE_PICTURE = re.compile(r"\s*FILE(?:\s+PHOTO)?\s*[-–—:]\s")


def _file_picture(item: Indexed, value: Mention, d: Decision) -> bool:
    """A date of a file picture's own clause (its first), sharing only a clause with the terms."""
    m, an = _FILE_PICTURE.match(item.sentence.text), item.analysed
    return m is not None and d.rule in CLAUSE_RULES and an.index_after(m.end()) < len(an.words) \
        and an.clause[an.index_at(value.start)] == an.clause[an.index_after(m.end())]


def _year_named(item: Indexed, value, hits: list, d: Decision) -> Decision | None:
    """'search for the remains of victims of the 2011 earthquake and tsunami ... in December 2018', 'marked on Monday
    the second anniversary of the 2011 earthquake': a date that only shares a clause with the terms, when every term
    stands in a noun phrase a year of its own opens ("the 2011 earthquake and tsunami"), another year than the date's,
    is the clause's other act's: the phrase names its event by that year."""
    if d.rule != "value_clause" or not isinstance(value, Mention) or value.kind != "date" or value.value.yearless:
        return None
    text, span = item.sentence.text, range(value.value.first.year, value.value.last.year + 1)
    for y in item.dates:
        if y is not value and y.value.grain == "year" and not y.value.yearless and y.value.first.year not in span \
                and _all_named(item, y, sorted(hits, key=lambda h: h.start)):
            return Decision(False, f"'{text[y.start:y.end]}' names the terms' event by its year: the clause's date "
                                   "is another act's", rule="year_named")
    return None


def _all_named(item: Indexed, year: Mention, hits: list) -> bool:
    """Does the year modify every term's noun, one of an unplanned event (``KNOWN_EVENT_NOUNS``; the grammar's
    ``date_modifier``), or a noun the term is joined to by "and" ("the 2011 earthquake and tsunami")?"""
    named = None
    for h in hits:
        joined = named is not None and _JOINED.fullmatch(item.sentence.text, named.end, h.start)
        if _past(item.words[h.last]):
            return False  # a verb, no noun the year opens ("the 2020 port blast resumed": the resuming)
        if not joined:
            d = KINDS["date"].attach(item.analysed, year, [h])
            if not (d.attached and d.rule == "date_modifier" and item.words[h.last].norm in KNOWN_EVENT_NOUNS):
                return False  # (an unplanned event's year is its time; "the 2024 budget" was passed in 2023)
        named = h
    return named is not None


_JOINED = re.compile(r"\s+and\s+|\s*,\s*")


def _divided(unit: str) -> bool:
    """A unit of things divided among holders (``DIVIDED_NOUNS``: seats, votes), singular or plural."""
    return unit in DIVIDED_NOUNS or unit + "s" in DIVIDED_NOUNS


def _sized_head(value, prepared: Prepared, d: Decision) -> Decision | None:
    """'Estonia's 101-seat parliament', for a fact about a party's seats: a count of things divided among holders
    hyphened to its noun before another noun gives the size of that noun, the whole, so it counts the fact's thing
    only when the claim or the terms name that noun (``known``)."""
    if d.rule != "hyphenated_modifier" or not prepared.known or not isinstance(value, Mention) \
            or value.kind != "number" or not value.after.startswith("-") or not _divided(normalise(value.unit)):
        return None  # (a margin's "six-wicket win", a measure's "984-foot ship": the head's, as the fact's)
    after = words(value.after)
    j = next((j for j in range(1, min(len(after), 4)) if not after[j].capitalised), 0)  # past a name's adjective:
    # "the 101-seat Estonian parliament"
    if not j or after[j].norm in FUNCTION_WORDS or _past(after[j]) \
            or any(value.after[a.end:b.start] != " " for a, b in zip(after[:j], after[1:j + 1])):
        return None
    head = after[j].norm
    if any(w.norm in prepared.known for w in after[1:j]):
        return None  # "the 17-seat EKRE faction": the claim's own holder
    if any(head.startswith(w[:5]) or w.startswith(head[:5]) for w in prepared.known if len(w) > 3):
        return None
    return Decision(False, f"gives the size of the '{head}' it stands before, which the claim does not name",
                    rule="sized_head")


def _deal(an, value: Mention, known: frozenset[str], buyer: frozenset[str]) -> Decision | None:
    """``other_deal``: a value in a clause about acquiring something the claim does not name ("buying Denbury"), or
    by another buyer than the claim's."""
    decision = other_deal(an, an.index_at(value.start), known, buyer)
    return replace(decision, rule="other_deal") if decision else None


def _recipient(an, value: Mention, known: frozenset[str]) -> Decision | None:
    """``other_recipient``: a sum given to someone the claim does not name ("awarded co-plaintiff Chris Orsk $15m")."""
    decision = other_recipient(an, an.index_after(value.start), known) if value.kind == "number" else None
    return replace(decision, rule="other_recipient") if decision else None


def _holder(an, value: Mention, known: frozenset[str]) -> Decision | None:
    """``other_holder``: a figure held by a name the claim does not name ("Qatar owns 12 percent of Xstrata")."""
    decision = other_holder(an, an.index_at(value.start), known) if value.kind == "number" else None
    return replace(decision, rule="other_holder") if decision else None


def _edition(text: str, value, editions: Editions) -> Decision | None:
    """``another_edition``: a year written against a name the claim does not give it ("the 2015 World Cup")."""
    why = another_edition(text, value.start, value.end, editions)
    return Decision(False, why, rule="another_edition") if why else None


def _nation(item: Indexed, value, hits: list, prepared: Prepared) -> Decision | None:
    """``other_nation``: a name titled as another nation's holder than the one the context names."""
    if not prepared.nations or isinstance(value, Mention):
        return None
    decision = other_nation(item.analysed, value, hits, prepared.nations)
    return replace(decision, rule="other_nation") if decision else None


def _thing_of_clause(an, value, hits: list, context: list) -> Decision | None:
    """``other_owner``, ``other_subject`` and ``joint_count`` for a fact whose context terms (found in the sentence:
    ``context``) name its thing: a value of another named thing, in a clause about one, or counting several things
    together, is set aside."""
    k = an.index_at(value.start)
    decision = other_owner(an, k, value.end, context)
    if decision:
        return replace(decision, rule="other_owner")
    decision = other_subject(an, k, context, hits,
                             figure_at=value.start if isinstance(value, Mention) and value.kind == "number" else None)
    if decision:
        return replace(decision, rule="other_subject")
    decision = joint_count(an, k) if isinstance(value, Mention) and value.kind == "number" else None
    return replace(decision, rule="joint_count") if decision else None


def _line(sentence: Sentence, offset: int) -> int:
    """The source line of a character of a sentence (counted within the sentence: linear overall)."""
    return sentence.line + sentence.text.count("\n", 0, offset)
