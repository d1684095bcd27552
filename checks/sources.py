"""Read a sources folder: every text file, decoded, with its sentences and their lines."""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterator

from .errors import Problem, SourceError
from .fsspec_sources import is_url, size_and_bytes, walk
from .kinds.date import parse_date_value
from .htmltext import visible_text
from .yamlnodes import load
from .model import Sentence, Source
from .lang.abbreviations import ABBREVIATIONS, SENTENCE_OPENERS

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
MAX_SENTENCE_CHARS = 2_000  # far longer than any real sentence
RUN_ON_CHARS = 400  # a stretch this long with no punctuation mark at all is a run of words, not a sentence
UNSPLIT = None  # the sentences of a source read with split=False or longer than a window: made when judged
WINDOW_CHARS = 250_000  # a source longer than this is split and judged in windows (checks/windows.py)
DEFAULT_MAX_MB = 50  # a source larger than this is refused (max_source_mb / --max-source-mb raise it)
# A sentence ends at . ! ? (with closing quotes/brackets) before white space, or at a line break.
# \x1e: a block's edge in a web page.  The group (empty, its stop alone matched): a space lost between two
# sentences in scraped text ("the decision.Yoon was", "charges.During"), a lower-case word's stop right before a
# capitalised word.  Every branch begins with one of .!?\n\x1e, so the search skips to those characters (a branch
# opening with a look-behind, as the lost space's did, was tried at every character: half the splitting time).
_BOUNDARY = re.compile(r"[.!?](?:[.!?]*[\"'”’)\]]*(?=\s)|(?:(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])|(?<=\d[.!?])(?=[A-Z][a-z]{2}))())"
                       r"|\n|\x1e")  # (a stop glued to the next sentence after a word or a day: "on May 15.During")
_PUNCTUATION = re.compile(r"[,;:()\"“”—–]")  # any of these: prose, however long the sentence
_HAS_WORD = re.compile(r"[^\W_]")  # a letter or a digit
_AFTER_LAST_NON_WORD = re.compile(r"(?s:.*[^\w.])?")  # matched from a point: its end is where a run of [\w.] begins
# An HTML tag left in scraped text ('<a href="https://...">Storm Daniel</a>'): markup, not prose (a date in its address
# dates nothing); only tags of inline and block markup, on one line, so "x < 5 and y > 3" stays as it is.
_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|blockquote|br|cite|div|em|figcaption|figure|font|h[1-6]|hr|i|img|li|ol|p|q|"
                         r"small|span|strong|sub|sup|time|u|ul)\b(?:\s[^<>\n]{0,2000})?/?>", re.IGNORECASE)
# A web address written out in the text ("Source: https://www.npr.org/2025/04/03/quake-ceasefire"): no prose (the
# date and the words of its path state nothing); read as its host ("npr.org"). Linear: one run of non-space.
_URL = re.compile(r"\b(?:https?://|www\.)(?P<host>[\w.-]*\w)(?::\d+)?(?:[/?#][^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?",
                  re.IGNORECASE)  # (a full stop or comma after it is the sentence's)
_MOJIBAKE = re.compile("â€[™œ\x9d“”˜¦–—]|Ã[©¨ ¤¶¼§±¡³ºª¢]")


@dataclass(frozen=True)
class SourceFolder:
    """What a sources folder holds: the sources, notes for the reader, and files that could not be used."""

    sources: tuple[Source, ...]
    notes: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]  # (name, why): the run says so in its exit status
    unlisted: tuple[str, ...] = ()  # folders that could not be listed ("sub/"; "" the folder itself)


def read_sources(folder: Path | str, *, max_mb: float = DEFAULT_MAX_MB) -> tuple[tuple[Source, ...], tuple[str, ...]]:
    """All sources under ``folder`` sorted by name, and notes (files skipped or passed over included)."""
    found = read_folder(folder, max_mb=max_mb)
    return found.sources, found.notes


def shown_name(name: str) -> str:
    """A file name as every report and message shows it: bytes that are not UTF-8 (which the file system
    hands over as surrogate escapes, and no UTF-8 output can hold) become a visible ``\\xNN``, and a
    backslash of the name is doubled, so the file named ``caf\\xe9.txt`` (shown ``caf\\\\xe9.txt``) and
    the one whose name holds the byte 0xE9 (shown ``caf\\xe9.txt``) keep two names."""
    if "\\" in name:
        name = name.replace("\\", "\\\\")
    if not any("\udc80" <= c <= "\udcff" for c in name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_folder(folder: Path | str, *, max_mb: float = DEFAULT_MAX_MB) -> SourceFolder:
    """Every source under ``folder`` (or the one file it names), read, with notes and what was skipped."""
    listing = list_folder(folder, max_mb=max_mb)
    return folder_of(listing, read_entries(listing.entries, max_mb))


def one_source_file(path: Path) -> str:
    """The name a single file given as the sources has, once it is known to be a source."""
    if path.suffix.lower() not in TEXT_SUFFIXES + PAGE_SUFFIXES:
        raise SourceError([Problem(shown_name(str(path)), 0, "this is a file, not a folder of sources, and not "
                                   f"a source either (only {', '.join(TEXT_SUFFIXES + PAGE_SUFFIXES)} are read)",
                                   "point --seeds at the folder of source texts, or at one text file",
                                   code="missing")])
    return shown_name(path.name)


def missing_folder(root: Path) -> SourceError:
    return SourceError([Problem(shown_name(str(root)), 0, "the sources folder does not exist",
                                "create it or point --seeds at the folder of source texts", code="missing")])


def _walk(root: Path, base: Path, unreadable: dict[str, str]) -> tuple[list[tuple[str, str | None, str, str, int]], array]:
    """Every entry under ``root`` (links to folders not entered), classified as it is met: (its name
    relative to ``root``, its path, kind, why, where its stat is) by ``_classify``, and the stats, four
    numbers each (a stat at -1 is not known); each folder that could not be listed goes in ``unreadable``
    (by name) with why: ``Path.rglob`` would pass over such a folder in silence, and its sources with
    it.  The DirEntry knows links and folders without a system call and stats a file once; neither it
    nor a Path is kept (100,000 of them would weigh some 100 MB), nor a path that is the root's and the
    relative name (None), nor a tuple per stat: a row weighs a fourth of what it would."""
    rows: list[tuple[str, str | None, str, str, int]] = []
    stats = array("q")
    head = str(root / "x")[:-1]  # what a path is made of before the relative name
    folders = [(root, "")]
    while folders:
        folder, prefix = folders.pop()
        found: list[tuple[str, str | None, str, str, int]] = []
        inner: list[tuple[Path, str]] = []
        try:
            with os.scandir(folder) as listing:
                for entry in listing:  # one at a time: a folder of 100,000 files is never listed whole
                    path = folder / entry.name
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            inner.append((path, prefix + entry.name + "/"))
                    except OSError:
                        pass  # _classify says why it cannot be used
                    kind, why, info = _classify(path, base, entry)
                    relative, shown = prefix + entry.name, str(path)
                    found.append((relative, None if shown == head + relative else shown, kind, why,
                                  len(stats) // 4 if info else -1))
                    stats.extend(info)
        except OSError as exc:
            unreadable[prefix.rstrip("/") or "."] = (
                f"a folder that cannot be read ({exc.strerror or exc}), so none of its files were checked; "
                "check its permissions")
            continue
        rows.extend(found)
        folders.extend(inner)
    return rows, stats


_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def _classify(path: Path, base: Path, entry=None) -> tuple[str, str, tuple]:
    """("file" | "dir" | "note" | "skip", why, stat) for one entry of the folder (``entry``: its
    os.DirEntry, whose one stat is used); never raises.  ``stat`` is what says a file is unchanged since
    the store recorded it (size, mtime_ns, ctime_ns, inode), () for a link."""
    try:
        if entry.is_symlink() if entry is not None else path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except RuntimeError:  # Python 3.11 reports a loop so
                return "note", "not followed, the link is a loop (it leads back to itself)", ()
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    return "note", "not followed, the link is a loop (it leads back to itself)", ()
                if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                    return "note", (f"not followed, a broken link (to '{shown_name(os.readlink(path))}', "
                                    "which does not exist)"), ()
                raise
            if target != base and base not in target.parents:
                return "note", "not followed, it links outside the sources folder", ()
            mode, found = target.stat().st_mode, ()
            if stat.S_ISDIR(mode):
                return "note", "not followed, a link to a folder (the files in the folder are read where they are)", ()
        else:
            info = entry.stat(follow_symlinks=False) if entry is not None else path.lstat()
            mode, found = info.st_mode, (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
    except OSError as exc:
        return "skip", f"cannot be read ({exc.strerror or exc}); check its permissions", ()
    if stat.S_ISDIR(mode):
        return "dir", "", ()
    if stat.S_ISREG(mode):
        return "file", "", found
    kind = next((what for test, what in _NOT_REGULAR if test(mode)), "not a regular file")
    return "note", f"not read, {kind} is not a file of text", ()


def _read(path: Path, suffix: str, max_mb: float, size: int | None = None) -> tuple[str, str, str]:
    """(why it was skipped, text, note) for one file (``size``: as listed, if known)."""
    try:
        size = path.stat().st_size if size is None else size
        if size > max_mb * 1_000_000:
            return (f"{size / 1e6:.0f} MB is over the {max_mb:g} MB limit for one source "
                    "(raise it with --max-source-mb or the max_source_mb ini setting)"), "", ""
        raw = path.read_bytes()
    except OSError as exc:
        return f"cannot be read ({exc.strerror}); check its permissions", "", ""
    return source_text(raw, suffix)


def source_text(raw: bytes, suffix: str) -> tuple[str, str, str]:
    """(why it was skipped, text, note) for a file's bytes, wherever they were read."""
    text, note = _decode_unicode(raw)
    if text is None:
        if b"\0" in raw[:8192] or raw.count(b"\0") > len(raw) // 100:
            return "binary, not text (it holds NUL bytes)", "", ""
        text, note = decode(raw)
    if suffix in PAGE_SUFFIXES:
        text = visible_text(text)
        note = "; ".join(n for n in (note, "read as a web page: visible text only") if n)
    elif "<" in text:
        text, tags = _INLINE_TAG.subn("", text)
        if tags:
            note = "; ".join(n for n in (note, f"held {tags} HTML tag(s) such as <a href=...>, read without them") if n)
    if "://" in text or "www." in text:
        text, links = _URL.subn(_host, text)
        if links:
            note = "; ".join(n for n in (note, f"held {links} web address(es), read as their host only") if n)
    if _MOJIBAKE.search(text):
        note = "; ".join(n for n in (note, "holds mojibake such as 'â€™' (text decoded twice somewhere upstream)") if n)
    return "", text, note


def _host(m: re.Match) -> str:
    host = m.group("host")
    return host[4:] if host.lower().startswith("www.") else host


# Byte order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
         (b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16"))


def _decode_unicode(raw: bytes) -> tuple[str | None, str]:
    """Text saved as UTF-16 or UTF-32 with a byte order mark, as editors write it (its NUL bytes are
    not binary); None for anything else."""
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            try:
                return body.decode(codec), ""
            except UnicodeDecodeError:
                return body.decode(codec, "replace"), f"not valid {label} throughout; bad bytes shown as U+FFFD"
    return None, ""


def decode(raw: bytes) -> tuple[str, str]:
    """Text from bytes: UTF-8 (BOM or not), else Windows-1252 (a superset of Latin-1 in practice); and a note."""
    try:
        return raw.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "not UTF-8; decoded as Windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "not UTF-8; decoded as Latin-1"


def make_source(name: str, text: str, **extra) -> Source:
    """A source from its text; line breaks of any convention count as one line each.  A text longer
    than a window is split as it is judged, window by window (its sentences are UNSPLIT here)."""
    text = prepared_text(text)
    return Source(name=name, text=text, sentences=split_sentences(text) if len(text) <= WINDOW_CHARS else UNSPLIT,
                  **extra)


def prepared_text(text: str) -> str:
    """The text as sentences are split from it: one line break convention, normalised."""
    return normalise(text.replace("\r\n", "\n").replace("\r", "\n"))


def normalise(text: str) -> str:
    """The text as it is matched and quoted: composed (NFC: ``ce\u0301asefire`` is ``céasefire``) and
    without invisible format characters (category Cf: soft hyphens, zero-width spaces and joiners,
    direction marks), which would split a word or a number (``4\u200b44 days`` is 444 days).
    Neither touches a line break, so line numbers still point into the file."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    if any(unicodedata.category(c) == "Cf" for c in set(text)):
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return text


# A line that is an item of a bulleted list: its items share what the line before them is about ("At a Glance" and
# its points), so they stay in one paragraph, where a fact's context is looked for.
_BULLET = re.compile(r"[ \t\u00a0]*[•◦▪‣·*–-][ \t\u00a0]")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with their offsets and 1-based lines; linear in the length of the text."""
    return tuple(iter_sentences(text))


def iter_sentences(text: str) -> Iterator[Sentence]:
    """``split_sentences`` one sentence at a time: a large source is judged in windows of them
    (checks/windows.py), so its sentences are never all held at once."""
    start, line, paragraph = 0, 1, 0
    width = wrap_width(text)
    for m in _BOUNDARY.finditer(text):
        end, mark = m.end(), m.group()
        if mark == "\n" or mark == "\x1e":
            if end < len(text) and (text[end].islower() or width and _wrapped_line(text, m.start(), end, width)):
                continue  # a wrapped line: the sentence goes on
        elif m.lastindex:  # the space lost after a stop
            if _abbreviation_before(text, end - 1):
                continue  # "Mrs.Lind"
        elif not _ends_sentence(text, m.start(), end):
            continue
        if end - start > RUN_ON_CHARS:
            yield from _pieces(text, start, end, line, paragraph)
        else:  # most sentences: one piece (no generator stacked for it)
            sentence = _piece(text, start, end, line, paragraph)
            if sentence is not None:
                yield sentence
        line += text.count("\n", start, end)
        if mark == "\n" and not _BULLET.match(text, end):
            paragraph += 1  # a list's items stay in the paragraph that opens the list
        start = end
    yield from _pieces(text, start, len(text), line, paragraph)


# A hard-wrapped text (plain-text wire copy, mail): no line longer than this, and at least this many lines going on
# in small letters after a line break
_WRAP_MAX_WIDTH = 100
_WRAP_MIN_WIDTH = 55
_WRAP_MIN_RUNS = 3
_RUN_ON_LINE = re.compile(r"[^\W\d_]\n[a-z]")  # a line ending in a letter, the next going on in small letters
_LINE_END_STOPS = ".!?:;\"”’)]"


def wrap_width(text: str) -> int:
    """The width a hard-wrapped text is wrapped at (its longest line), or 0 when its lines are not wrapped: a line
    break then parts sentences only after punctuation or a short line, not after a full line ending in a word
    ("said Stanford attorney\nAli Fazel", "U.S. District Judge\nDavid Hittner").  Wrapped means a longest line of
    55 to 100 characters and at least three full lines (three quarters of the longest) going on in small letters after
    their break (not short lines: share buttons, list items)."""
    if len(_RUN_ON_LINE.findall(text, 0, len(text))) < _WRAP_MIN_RUNS:
        return 0
    lines = text.split("\n")
    longest = max(map(len, lines))
    if not _WRAP_MIN_WIDTH <= longest <= _WRAP_MAX_WIDTH:
        return 0  # (lines shorter than a wrapped page's: a list, no prose)
    full = sum(1 for line, after in zip(lines, lines[1:]) if 4 * len(line.rstrip()) >= 3 * longest
               and line.rstrip()[-1:].isalpha() and after[:1].islower())
    return longest if full >= _WRAP_MIN_RUNS else 0


def _wrapped_line(text: str, stop: int, end: int, width: int) -> bool:
    """Does the line ending at ``stop`` run on into the next: a line of a wrapped text at least three quarters of its
    width, ending in a word (no stop, colon or closing quote), before a line of text (not a blank line, nor a list's
    item)?  A headline or a byline is shorter than a full line."""
    first = text.rfind("\n", 0, stop) + 1
    last = text[first:stop].rstrip()
    if not (4 * len(last) >= 3 * width and last[-1:] not in _LINE_END_STOPS and end < len(text)
            and not text[end].isspace() and not _BULLET.match(text, end)):
        return False
    following = text.find("\n", end)
    nxt = text[end:following if following >= 0 else len(text)].rstrip()
    return 4 * len(nxt) >= 3 * width or nxt[-1:] in _LINE_END_STOPS  # (a short line with no stop is a heading)


def _pieces(text: str, start: int, end: int, line: int, paragraph: int) -> Iterator[Sentence]:
    # A run-on text with no sentence punctuation (a scraped page, a hostile file) is cut into pieces
    # of bounded length, so the work per sentence is bounded and the whole run stays linear.  The work
    # on one sentence grows with its length times its values, so a stretch with no punctuation mark at
    # all (a list of words, not prose) is cut shorter still.
    while end - start > RUN_ON_CHARS:
        most = MAX_SENTENCE_CHARS if _PUNCTUATION.search(text, start, min(end, start + MAX_SENTENCE_CHARS)) \
            else RUN_ON_CHARS
        if end - start <= most:
            break
        cut = text.rfind(" ", start + most // 2, start + most)
        cut = cut + 1 if cut > start else start + most
        sentence = _piece(text, start, cut, line, paragraph)
        if sentence is not None:
            yield sentence
        line += text.count("\n", start, cut)
        start = cut
    sentence = _piece(text, start, end, line, paragraph)
    if sentence is not None:
        yield sentence


def _piece(text: str, start: int, end: int, line: int, paragraph: int) -> Sentence | None:
    """The sentence in text[start:end] without its surrounding white space; None if it holds no word."""
    chunk = text[start:end]
    stripped = chunk.lstrip()
    lead = len(chunk) - len(stripped)
    stripped = stripped.rstrip()
    if stripped and _HAS_WORD.search(stripped):  # punctuation alone (". . .", "***") holds nothing to check
        first = start + lead
        return Sentence(stripped, first, line + text.count("\n", start, first) if lead else line, paragraph)
    return None


_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.K", "U.S", "U.N" (the last full stop is the boundary's)
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]*)\b")


def _opener_after(text: str, end: int) -> bool:
    """'... in the U.S., Europe and U.K. On Tuesday, ...': after an initialism, a capitalised sentence opener
    (On, The, It, But ...) starts a new sentence; a name ('U.K. officials', 'U.S. President') does not."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1).casefold() in SENTENCE_OPENERS


def _word_before(text: str, stop: int) -> str:
    """The word (dots included: 'U.S') ending at the full stop at ``stop``, at most 30 characters of it; ""
    if none.  (The run of word characters and dots before the stop, found from its last other character:
    a search for the word tried each of the 30 places before the stop.)"""
    if text[stop] != ".":
        return ""
    return text[_AFTER_LAST_NON_WORD.match(text, max(0, stop - 30), stop).end():stop]


def _abbreviation_before(text: str, stop: int) -> bool:
    return _word_before(text, stop).casefold() in ABBREVIATIONS


def _ends_sentence(text: str, stop: int, end: int) -> bool:
    if text[stop] == "." and stop and (text[stop - 1].isalnum() or text[stop - 1] in "._"):
        before = _word_before(text, stop)
        if before:
            word = before.casefold()
            initials = _INITIALISM.fullmatch(before) is not None  # "U.S", "D.Y" ("CJI D.Y. Chandrachud"), "J.R.R"
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or initials:
                return initials and _opener_after(text, end)
    rest = text[end:end + 3].lstrip()
    return not (rest and rest[0].islower())


METADATA = "sources.yaml"
PUBLISHED_YEARS = (1000, 8999)
META_FIELDS = {"published": "publication date, YYYY-MM-DD; relative dates are resolved against it",
               "outlet": "who published it; reports show it beside the file name",
               "url": "where it was found", "title": "its headline", "published_from": "where the date comes from",
               "note": "free text"}


def read_metadata(root: Path) -> tuple[dict[str, dict], list[str]]:
    """Optional ``sources.yaml``: source name -> published, outlet, url, title."""
    path = root / METADATA
    if not path.is_file():
        return {}, []
    return metadata_of(path.read_bytes(), shown_name(path.as_posix()))


def metadata_of(raw: bytes, name: str) -> tuple[dict[str, dict], list[str]]:
    """``sources.yaml``'s bytes read as read_metadata reads the file (``name``: where it is, for messages)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise SourceError([Problem(name, line, f"byte 0x{raw[exc.start]:02X} is not UTF-8",
                                   "save sources.yaml as UTF-8 (retype the accented letters on this line)",
                                   code="encoding")]) from None
    doc, problems = load(text, name, nesting="sources.yaml nests two levels: a source's file name, then its fields")
    if doc is not None and not isinstance(doc.value, dict):
        problems.append(Problem(name, doc.line, "sources.yaml must map source names to their details",
                                "write 'file.txt:' then indented 'published: YYYY-MM-DD', 'outlet: ...'"))
    out: dict[str, dict] = {}
    for source, entry in (doc.value.items() if doc is not None and isinstance(doc.value, dict) else ()):
        if not isinstance(entry.value, dict):
            problems.append(Problem(name, entry.line, f"the entry for '{source}' must be a mapping",
                                    "indent 'published: YYYY-MM-DD' and 'outlet: ...' under the name"))
            continue
        fields: dict = {}
        for key, node in entry.value.items():
            if key not in META_FIELDS:
                problems.append(Problem(name, entry.key_lines[key], f"unknown field '{key}'",
                                        f"allowed: {', '.join(META_FIELDS)}"))
            elif key == "published":
                _published(node, name, fields, problems)
            elif not isinstance(node.value, str):  # a list or mapping would be dropped in silence
                problems.append(Problem(name, node.line, f"'{key}' must be text, not '{yaml_text(node)}'",
                                        f"write {key}: and one line of text"))
            elif key == "outlet":
                fields["outlet"] = node.value
        out[source] = fields
    if problems:
        raise SourceError(problems)
    return out, []


def _published(node, name: str, fields: dict, problems: list[Problem]) -> None:
    try:
        period = parse_date_value(node.value) if isinstance(node.value, str) else None
    except ValueError:  # year 0: no such year on the calendar
        period = None
    if period is None or period.first != period.last:
        problems.append(Problem(name, node.line, f"'{yaml_text(node)}' is not a day",
                                "write published: YYYY-MM-DD, or leave it out if the day is unknown"))
    elif not PUBLISHED_YEARS[0] <= period.first.year <= PUBLISHED_YEARS[1]:
        # relative dates count years either side of it, which must stay on the calendar
        problems.append(Problem(name, node.line, f"'{node.value}' is out of range",
                                f"a publication year from {PUBLISHED_YEARS[0]} to {PUBLISHED_YEARS[1]}"))
    else:
        fields["published"] = period.first


def yaml_text(node) -> str:
    """A value as it would be written in YAML (flow style), never the loader's objects."""
    value = node.value
    if isinstance(value, list):
        return "[" + ", ".join(yaml_text(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {yaml_text(item)}" for key, item in value.items()) + "}"
    return str(value)


# A folder read in two steps, so that a run can read each shard's texts where it checks them
# (checks/stream.py, checks/shards.py): list once, then read entries.

@dataclass(frozen=True, slots=True)  # slots: a listing holds one per file (100,000 and more)
class Entry:
    order: int  # position among every entry of the folder, by name (notes keep this order)
    name: str
    path: str
    meta: tuple[tuple[str, object], ...]  # from sources.yaml
    stat: tuple = ()  # (size, mtime_ns, ctime_ns, inode) as listed; () when unknown (a link, a URL)


class Entries(Sequence):
    """A folder's files as columns, each Entry made when it is asked for: the names one after another in
    one string, the paths only where one is not ``base`` and the name, orders and stats in arrays, the
    metadata only where sources.yaml gives some.  100,000 Entry objects weigh some 50 MB (a path and a
    stat tuple each), and a name string each 7 MB more, scattered among what listing the folder made
    and let go of: every forked worker would hold all of it.  These columns weigh 7 MB."""

    def __init__(self, base: str):
        self.base = base  # what a file's path is made of before its name
        self.adding: list[str] = []  # names appended and not yet joined (``seal``)
        self.names = ""  # the names joined, each ending where ``ends`` says
        self.ends = array("q")
        self.orders = array("q")
        self.stats = array("q")  # (size, mtime_ns, ctime_ns, inode) of each file, size -1 when not known
        self.paths: dict[int, str] = {}
        self.metas: dict[int, tuple] = {}

    def append(self, entry: Entry) -> None:
        i = len(self.orders)
        self.adding.append(entry.name)
        self.orders.append(entry.order)
        self.stats.extend(entry.stat if len(entry.stat) == 4 else (-1, 0, 0, 0))
        if entry.path != self.base + entry.name:
            self.paths[i] = entry.path
        if entry.meta:
            self.metas[i] = entry.meta

    def seal(self) -> Entries:
        """The names appended joined to the others (the strings appended are let go of)."""
        if self.adding:
            end = self.ends[-1] if self.ends else 0
            for name in self.adding:
                end += len(name)
                self.ends.append(end)
            self.names += "".join(self.adding)
            self.adding = []
        return self

    def name(self, i: int) -> str:
        """The name of entry ``i`` (not negative)."""
        if self.adding:
            self.seal()
        return self.names[self.ends[i - 1] if i else 0:self.ends[i]]

    def __len__(self) -> int:
        return len(self.orders)

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            return self._part(start, max(start, stop)) if step == 1 else tuple(map(self._entry, range(start, stop, step)))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._entry(i)

    def _part(self, start: int, stop: int) -> Entries:
        """Entries ``start`` to ``stop`` as columns of their own: what a shard's task carries (500 entries
        in some 25 KB, where 500 Entry objects weigh 200 KB, and Dask keeps its last messages)."""
        self.seal()
        out, first = Entries(self.base), self.ends[start - 1] if start else 0
        out.names = self.names[first:self.ends[stop - 1]] if stop > start else ""
        out.ends = array("q", [end - first for end in self.ends[start:stop]])
        out.orders, out.stats = self.orders[start:stop], self.stats[4 * start:4 * stop]
        out.paths = {i - start: self.paths[i] for i in range(start, stop) if i in self.paths}
        out.metas = {i - start: self.metas[i] for i in range(start, stop) if i in self.metas}
        return out

    def _entry(self, i: int) -> Entry:
        name, stat = self.name(i), tuple(self.stats[4 * i:4 * i + 4])
        return Entry(self.orders[i], name, self.paths.get(i) or self.base + name, self.metas.get(i, ()),
                     stat if stat[0] >= 0 else ())

    def __iter__(self):
        return map(self._entry, range(len(self)))

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))


@dataclass(frozen=True)
class Listing:
    root: str
    entries: tuple[Entry, ...] | Entries  # the files to read, by name
    head: tuple[str, ...]  # notes before any entry's (sources.yaml's own)
    notes: tuple[tuple[int, str], ...]  # (order, note) of entries that are not sources
    skipped: tuple[tuple[int, str, str], ...]  # (order, name, why) found while listing
    ignored: tuple[str, ...]
    meta_names: tuple[str, ...]  # names sources.yaml describes
    max_mb: float
    unlisted: tuple[str, ...] = ()  # folders that could not be listed ("sub/"; "" the folder itself): any name
    # may be in one, so a `known` name is not said not to exist


@dataclass(frozen=True, slots=True)  # slots: a streamed run keeps one per file
class Read:
    """One entry, read: its source, or why it was skipped; and its note."""

    order: int
    name: str
    source: Source | None
    why: str
    note: str


def list_folder(folder: Path | str, *, max_mb: float = DEFAULT_MAX_MB) -> Listing:
    if is_url(folder):
        return _list_url(folder, max_mb)
    root = Path(folder)
    if root.is_file():  # one file is a corpus of one source, without sources.yaml
        entry = Entry(0, one_source_file(root), str(root), ())
        return Listing(str(root.parent), (entry,), (), (), (), (), (), max_mb)
    if not root.is_dir():
        raise missing_folder(root)
    entries, notes, skipped, ignored = Entries(str(root / "x")[:-1]), [], [], []
    unreadable: dict[str, str] = {}
    rows, stats = _walk(root, root.resolve(), unreadable)
    meta, head = {}, []
    if "." in unreadable:  # named as given: "./" would say nothing
        skipped.append((-1, shown_name(str(root)).rstrip("/") + "/", unreadable["."]))
    else:
        try:
            meta, head = read_metadata(root)
        except OSError as exc:  # a read error like any source's (it was taken for a report not written)
            skipped.append((-1, METADATA, f"cannot be read ({exc.strerror or exc}); check its permissions"))
    rows.sort(key=lambda row: (shown_name(row[0]), row[0]))  # by name, then by path (the root's and the name)
    for order, (relative, path, kind, why, at) in enumerate(rows):
        name = shown_name(relative)
        path, info = path or entries.base + relative, tuple(stats[4 * at:4 * at + 4]) if at >= 0 else ()
        if kind == "note":
            notes.append((order, f"{name}: {why}"))
        elif kind == "skip" or relative in unreadable:
            skipped.append((order, f"{name}/" if relative in unreadable else name, why or unreadable[relative]))
        elif kind == "file" and name != METADATA:
            if PurePosixPath(relative).suffix.lower() in TEXT_SUFFIXES + PAGE_SUFFIXES:
                entries.append(Entry(order, name, path, _plain(meta.get(name, {})), info))
            else:
                ignored.append(name)
        rows[order] = None  # let go of each row as its Entry is made
    return Listing(str(root), entries.seal(), tuple(head), tuple(notes), tuple(skipped), tuple(ignored),
                   tuple(meta), max_mb, tuple("" if name == "." else name + "/" for name in unreadable))


def _list_url(url: str, max_mb: float) -> Listing:
    """A folder (or one file) at an fsspec URL, listed as list_folder lists a local one (no links there)."""
    found = walk(url)
    if found is None:
        raise missing_folder(url)
    what, files = found
    if what == "file":
        (name, path), = files
        return Listing(url, (Entry(0, one_source_file(Path(name)), path, ()),), (), (), (), (), (), max_mb)
    by_name = dict(files)
    meta, head = metadata_of(size_and_bytes(by_name[METADATA], max_mb)[1], f"{url.rstrip('/')}/{METADATA}") \
        if METADATA in by_name else ({}, [])
    entries, ignored = [], []
    for order, name in enumerate(sorted(by_name)):
        if name == METADATA:
            continue
        shown = shown_name(name)  # an object's key may hold a backslash too
        if PurePosixPath(name).suffix.lower() in TEXT_SUFFIXES + PAGE_SUFFIXES:
            entries.append(Entry(order, shown, by_name[name], _plain(meta.get(shown, {}))))
        else:
            ignored.append(shown)
    return Listing(url, tuple(entries), tuple(head), (), (), tuple(ignored), tuple(meta), max_mb)


def _plain(meta: dict) -> tuple:
    """sources.yaml's values as plain values: its scalars are str subclasses that do not travel by pickle."""
    return tuple((key, str(value) if isinstance(value, str) else value) for key, value in meta.items())


def read_entries(entries, max_mb: float = DEFAULT_MAX_MB, *, split: bool = True) -> list[Read]:
    """Each entry read; ``split=False`` leaves the sentences to ``split_now`` (a source whose results
    are all in the store is never split)."""
    out = []
    for entry in entries:
        if is_url(entry.path):  # listed by _list_url: read where this runs (a Dask worker reads its own shard)
            why, raw = size_and_bytes(entry.path, max_mb)
            why, text, note = (why, "", "") if why else source_text(raw, PurePosixPath(entry.name).suffix.lower())
        else:
            path = Path(entry.path)
            why, text, note = _read(path, path.suffix.lower(), max_mb, entry.stat[0] if entry.stat else None)
        source = None
        if not why:
            notes, meta = (note,) if note else (), dict(entry.meta)
            source = (make_source(entry.name, text, notes=notes, **meta) if split
                      else Source(name=entry.name, text=_lines(text), sentences=UNSPLIT, notes=notes, **meta))
        out.append(Read(entry.order, entry.name, source, why, "" if why else note))
    return out



def _lines(text: str) -> str:
    return prepared_text(text)  # as make_source has it (line breaks, NFC, no format characters), not split


def folder_of(listing: Listing, reads: list[Read]) -> SourceFolder:
    """The SourceFolder ``read_folder`` gives, from the listing and every entry's Read (texts may be
    left out of ``reads``' sources: only names, dates and outlets are used here)."""
    by_order = sorted([(order, "note", note) for order, note in listing.notes]
                      + [(r.order, "read", r) for r in reads]
                      + [(order, "skip", (name, why)) for order, name, why in listing.skipped])
    notes, skipped, sources = list(listing.head), [], []
    for _, what, item in by_order:
        if what == "note":
            notes.append(item)
        elif what == "skip":
            skipped.append(item)
        elif item.source is None:
            skipped.append((item.name, item.why))
        else:
            sources.append(item.source)
            if item.note:
                notes.append(f"{item.source.name}: {item.note}")
    if listing.ignored:
        notes.append(f"not sources (only {', '.join(TEXT_SUFFIXES + PAGE_SUFFIXES)} are read): "
                     f"{', '.join(listing.ignored)}")
    notes.extend(f"{name}: SKIPPED, {why}" for name, why in skipped)
    names = {s.name for s in sources}
    notes.extend(f"{METADATA}: '{name}' is not a source in this folder" for name in listing.meta_names
                 if name not in names)
    return SourceFolder(tuple(sources), tuple(notes), tuple(skipped), listing.unlisted)
