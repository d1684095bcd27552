"""Sentence splitting (checks/sources.py): where a sentence ends, including a space lost in scraped text."""

import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from checks import sources
from checks.lang.abbreviations import ABBREVIATIONS
from checks.model import Sentence
from checks.sources import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_stop_right_before_a_capitalised_word_ends_a_sentence_when_the_space_was_lost():
    assert texts("The court upheld the ruling.Lind was removed. Then it rained.") == [
        "The court upheld the ruling.", "Lind was removed.", "Then it rained."]
    assert [s.start for s in split_sentences("It ended.Lind left.")] == [0, 9]


def test_abbreviations_domains_and_initials_keep_their_sentence():
    for text in ("Mrs.Lind said so.", "See velmar.co.uk for more.", "The U.S.Army came.", "It cost 3.5 million."):
        assert texts(text) == [text]


WORDS = st.text(alphabet="abcdefghij", min_size=3, max_size=8).filter(lambda w: w not in ABBREVIATIONS)


@given(st.lists(st.lists(WORDS, min_size=2, max_size=6), min_size=2, max_size=5))
def test_sentences_joined_without_a_space_are_split_back(sentences):
    # (a stop after an abbreviation, "Dec.Lind", stays inside its sentence)
    written = [" ".join(ws).capitalize() + "." for ws in sentences]
    assert texts("".join(written)) == written


# ------------------------------------------------------------------ the splitter as it was written first
# A plain copy of the first splitter, kept as the reference: the quicker one (a boundary pattern every branch of
# which begins with a stop or a line break; the word before a stop found from the last character that is not part
# of it; one piece made without a generator) must cut every text where this one does.

_OLD_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n|\x1e|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])"
                           r"|(?<=\d[.!?])(?=[A-Z][a-z]{2})")  # (a day's stop glued to the next sentence: session 50)
_OLD_WORD_BEFORE = re.compile(r"([\w.]+)\.+$")


def _old_word_before(text, stop):
    return _OLD_WORD_BEFORE.search(text, max(0, stop - 30), stop + 1)


def _old_ends_sentence(text, stop, end):
    if text[stop] == "." and stop and (text[stop - 1].isalnum() or text[stop - 1] in "._"):
        before = _old_word_before(text, stop)
        if before:
            word = before.group(1).casefold()
            initials = sources._INITIALISM.fullmatch(before.group(1)) is not None  # "J.R.R. Tolkien" (d71990d)
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or initials:
                return initials and sources._opener_after(text, end)
    rest = text[end:end + 3].lstrip()
    return not (rest and rest[0].islower())


def _old_pieces(text, start, end, line, paragraph):
    while end - start > sources.RUN_ON_CHARS:
        most = sources.MAX_SENTENCE_CHARS if sources._PUNCTUATION.search(
            text, start, min(end, start + sources.MAX_SENTENCE_CHARS)) else sources.RUN_ON_CHARS
        if end - start <= most:
            break
        cut = text.rfind(" ", start + most // 2, start + most)
        cut = cut + 1 if cut > start else start + most
        yield from _old_piece(text, start, cut, line, paragraph)
        line += text.count("\n", start, cut)
        start = cut
    yield from _old_piece(text, start, end, line, paragraph)


def _old_piece(text, start, end, line, paragraph):
    chunk = text[start:end]
    stripped = chunk.lstrip()
    lead = len(chunk) - len(stripped)
    stripped = stripped.rstrip()
    if stripped and sources._HAS_WORD.search(stripped):
        first = start + lead
        yield Sentence(stripped, first, line + text.count("\n", start, first), paragraph)


def old_split(text):
    start, line, paragraph, out = 0, 1, 0, []
    width = sources.wrap_width(text)  # (a hard-wrapped text's full lines run on: a rule added later, asked alike)
    for m in _OLD_BOUNDARY.finditer(text):
        end = m.end()
        if not m.group():
            before = _old_word_before(text, end - 1)
            if before and before.group(1).casefold() in ABBREVIATIONS:
                continue
        elif m.group() not in "\n\x1e":
            if not _old_ends_sentence(text, m.start(), end):
                continue
        elif end < len(text) and (text[end].islower() or width and sources._wrapped_line(text, m.start(), end, width)):
            continue
        out.extend(_old_pieces(text, start, end, line, paragraph))
        line += text.count("\n", start, end)
        if m.group() == "\n" and not sources._BULLET.match(text, end):  # (a list's items: one paragraph, added later)
            paragraph += 1
        start = end
    out.extend(_old_pieces(text, start, len(text), line, paragraph))
    return tuple(out)


# what decides a cut: stops, quotes and brackets after them, line breaks, block edges, abbreviations, initialisms,
# sentence openers, glued words, accents, and words long enough to pass the 30 characters looked back
PIECES = st.sampled_from(["abc", "Xyz", "Mr", "Mrs", "U", "S", "U.S", "etc", "Jan", "a", "b", "Dr", "On", "The",
                          "wordy", "x" * 35, "é", "ok_", "3", "45", ".", ".", ".", "!", "?", "..", " ", " ", " ", "  ",
                          "\n", "\n\n", "\x1e", '"', "'", "”", "’", ")", "]", ",", "-", "(", "\t"])


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, max_size=60))
def test_the_splitter_cuts_where_the_first_one_did(pieces):
    text = "".join(pieces)
    assert split_sentences(text) == old_split(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["wordy", " ", " ", "x", ".", ",", "\n"]), min_size=100, max_size=800))
def test_the_splitter_cuts_run_on_text_where_the_first_one_did(pieces):
    text = "".join(pieces)  # few stops: stretches longer than RUN_ON_CHARS, cut into pieces
    assert split_sentences(text) == old_split(text)


def test_the_splitter_cuts_the_seeds_where_the_first_one_did():
    for path in sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").rglob("*.txt")):
        text = sources.prepared_text(path.read_text(encoding="utf-8", errors="replace"))
        assert split_sentences(text) == old_split(text), path


def test_a_bulleted_lists_items_share_one_paragraph():
    text = "At a Glance\n\n  • Hurricane Velmar hit Aske.\n  • At least 52 people were killed.\n- It cost $2 billion.\n\nMore."
    paragraphs = {s.text: s.paragraph for s in split_sentences(text)}
    items = [paragraphs[t] for t in ("• Hurricane Velmar hit Aske.", "• At least 52 people were killed.",
                                     "- It cost $2 billion.")]
    assert len(set(items)) == 1
    assert paragraphs["More."] != items[0] and paragraphs["At a Glance"] != items[0]


@given(st.lists(st.text(alphabet="abcdefghij ", min_size=1, max_size=20).map(str.strip).filter(bool), min_size=1,
                max_size=6), st.sampled_from(["•", "*", "-", "–", "▪"]))
def test_any_list_of_bulleted_lines_is_one_paragraph(items, bullet):
    text = "Intro line.\n" + "\n".join(f"{bullet} {item}." for item in items)
    found = [s.paragraph for s in split_sentences(text) if s.text.startswith(bullet)]
    assert len(found) == len(items) and len(set(found)) == 1
