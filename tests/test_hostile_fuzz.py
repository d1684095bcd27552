"""The fuzzer of issue 14: mutated fact files, sources and sources.yaml never end in a traceback.

Each example copies one fact file and two sources (with their sources.yaml), mutates them (bytes
flipped, the file cut short, control and format characters or YAML structure inserted, a random
YAML document, an odd file name) and runs ``python -m checks report`` on them in-process, then
``lint`` and ``explain``. Every outcome must be a clean result: a report on standard output that is
valid JSON, exit 0, 1 (a fact differs: a cut fact file can lose the acknowledgement that kept it
green), 2 or 3, and on standard error only ``file:line: what — how to fix`` problems, notes and error
lines; and nothing any of the three prints holds a control character (ESC, C1, ...) or a line that
starts with ``::`` (a GitHub workflow command).

CI runs 50 examples; ``HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_hostile_fuzz.py``
runs the profile's 2,000 (see tests/conftest.py).
"""

import contextlib
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.cli import main

ROOT = Path(__file__).resolve().parent.parent
FACT_FILE = "war-2020.yaml"
SOURCES = ["000_a2bbd7d84d4df84a.txt", "001_95ab33f6f5344fd0.txt"]
EXAMPLES = settings().max_examples if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 50

INSERTS = ["\x00", "\x07", "\x1b[2J", "\x7f", "\x85", "\u200b", "\u00ad", "\ufeff", "\u202e", "\u2028", "\r",
           "\n", "\t", "e\u0301", "&#10;", "<p>", "</li>", ":", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ",
           "!!python/object/apply:os.system ", "'", '"', "#", "|", ">", "? ", "---\n", "...\n", "%YAML 1.1\n",
           "0000-01-01", "2020-13-45", "9" * 40, "-1e999", ".nan", "~", "null", "\ud800"]


def _mutation():
    return st.one_of(
        st.tuples(st.just("flip"), st.integers(0, 100_000), st.integers(0, 255)),
        st.tuples(st.just("cut"), st.integers(0, 100_000)),
        st.tuples(st.just("insert"), st.integers(0, 100_000), st.sampled_from(INSERTS)),
        st.tuples(st.just("insert"), st.integers(0, 100_000), st.text(max_size=8)),
    )


SCALARS = st.one_of(st.text(max_size=20), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none(),
                    st.dates().map(str), st.sampled_from(["date", "number", "name", "2020-11-09", "9 November"]))
KEYS = st.one_of(st.sampled_from(["facts", "id", "claim", "kind", "value", "about", "tolerance", "known",
                                  "published", "outlet", "unit", "status"]), st.text(max_size=6))
DOCUMENTS = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                         max_leaves=20)


def mutate(data: bytes, mutations) -> bytes:
    for mutation in mutations:
        at = mutation[1] % (len(data) + 1)
        if mutation[0] == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([mutation[2]]) + data[at + 1:]
        elif mutation[0] == "cut":
            data = data[:at]
        elif mutation[0] == "insert":
            data = data[:at] + mutation[2].encode("utf-8", "surrogatepass") + data[at:]
    return data


MUTATIONS = st.lists(_mutation(), max_size=5)
FACT_TEXT = st.one_of(MUTATIONS.map(lambda m: ("mutated", m)),
                      DOCUMENTS.map(lambda d: ("document", d)),
                      st.fixed_dictionaries({"facts": st.lists(st.dictionaries(KEYS, DOCUMENTS, max_size=6), max_size=3)})
                      .map(lambda d: ("document", d)))
NAMES = st.sampled_from([b"a.txt", b"caf\xe9.txt", b"x\n::error::y.txt", b"page.html", b"-o.md", b" .txt",
                         b"\xff\xfe.htm"])
LINE = re.compile(r"^.+?:\d+(:\d+)?: .+")  # file:line: what — how to fix
# C0 controls but line break and tab, DEL, C1 controls, bidirectional controls: never printed raw
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def fact_bytes(choice) -> bytes:
    how, what = choice
    original = (ROOT / "facts" / FACT_FILE).read_bytes()
    if how == "mutated":
        return mutate(original, what)
    return yaml.safe_dump(what, allow_unicode=True).encode("utf-8")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(facts=FACT_TEXT, source=MUTATIONS, meta=st.one_of(st.just([]), MUTATIONS), name=NAMES, page=st.booleans())
def test_mutated_inputs_never_end_in_a_traceback(facts, source, meta, name, page):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "facts").mkdir()
        (root / "seeds").mkdir()
        (root / "facts" / FACT_FILE).write_bytes(fact_bytes(facts))
        shutil.copy(ROOT / "seeds" / SOURCES[0], root / "seeds" / SOURCES[0])
        text = (ROOT / "seeds" / SOURCES[1]).read_bytes()
        if page:
            text = b"<html><body><p>" + text.replace(b"\n\n", b"</p>\n\n<p>") + b"</p></body></html>"
        os.makedirs(os.fsencode(root / "seeds"), exist_ok=True)
        with open(os.path.join(os.fsencode(root / "seeds"), name), "wb") as handle:
            handle.write(mutate(text, source))
        (root / "seeds" / "sources.yaml").write_bytes(mutate((ROOT / "seeds" / "sources.yaml").read_bytes(), meta))
        where = ["--facts", str(root / "facts"), "--seeds", str(root / "seeds")]
        status, out, err = run(["report", "--no-cache", "--format", "json", *where])
        lines = err.getvalue().splitlines()
        assert status in (0, 1, 2, 3), err.getvalue()
        assert not any("Traceback" in line for line in lines)
        strange = [line for line in lines if not (line.startswith(("note: ", "error: ", "wrote ", "warning: "))
                                                  or LINE.match(line))]
        assert not strange, err.getvalue()
        if out.getvalue():
            report = json.loads(out.getvalue())
            assert isinstance(report, dict)
        else:
            assert status == 2 and lines  # nothing checked: the reason was given
        for argv in (["lint", str(root / "facts"), "--seeds", str(root / "seeds")],
                     ["explain", "ceasefire-signed", *where]):
            code, more, said = run(argv)
            assert code in (0, 1, 2, 3), said.getvalue()
            assert_printable(more.getvalue() + said.getvalue())
        assert_printable(out.getvalue() + err.getvalue())
        assert sorted(p.name for p in root.iterdir()) == ["facts", "seeds"]  # nothing written beside


def run(argv: list[str]) -> tuple[int, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return status, out, err


def assert_printable(text: str) -> None:
    assert not UNSAFE.search(text), [m.group() for m in UNSAFE.finditer(text)]
    assert not any(line.startswith("::") for line in text.splitlines()), text
