"""A run keeps its shards' answers spooled (checks/spool.py) and of its sources little more than their
names (spool.Collected): neither may change a report, in any format."""

from dataclasses import replace
from pathlib import Path

import pytest

from checks import spool
from checks.model import FactReport
from checks.pipeline import check_all, check_folder
from checks.report.render import FORMATS, render
from checks.sources import read_folder

ROOT = Path(__file__).resolve().parent.parent


def in_memory(report):
    """The report with every fact's results as a plain tuple: nothing read from a spool any more."""
    return replace(report, facts=tuple(FactReport(fr.fact, tuple(fr.results)) for fr in report.facts))


def every_format(report) -> dict[str, str]:
    """Each format rendered, the counted matrices (past detail_max_sources) as well as the detailed ones."""
    out = {fmt: render(report, fmt) for fmt in FORMATS}
    out.update({f"{fmt} counted": render(report, fmt, 2) for fmt in ("text", "md", "html")})
    return out


def many_sources(folder: Path, count: int) -> Path:
    """Sources made from the seeds' lines, so that some facts find something in many of them."""
    lines = [line for p in sorted((ROOT / "seeds").glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if len(line) > 40]
    folder.mkdir()
    for i in range(count):
        (folder / f"g{i:03d}.txt").write_text("\n\n".join(lines[(i * 7 + j) % len(lines)] for j in range(5)) + "\n",
                                              encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_spooled_run_reports_what_a_run_held_in_memory_reports(tmp_path, monkeypatch, jobs):
    seeds = many_sources(tmp_path / "gen", 60)
    held, problems = check_all(ROOT / "facts", seeds, jobs=jobs)  # a small run: its spool stays in memory
    expected = every_format(in_memory(held))
    assert every_format(held) == expected
    # on disk from the first byte, and nothing kept unpacked: each fact read from the file at each reading
    made = []

    class Recorded(spool.Spool):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(spool, "Spool", Recorded)
    monkeypatch.setattr(spool, "MEMORY_MB", 1e-6)
    monkeypatch.setattr(spool, "KEEP_RESULTS", 0)
    spooled, spooled_problems = check_all(ROOT / "facts", seeds, jobs=jobs)
    assert [s.file._rolled for s in made] == [True] and not made[0].kept  # in a file, none kept unpacked
    assert every_format(spooled) == expected and spooled_problems == problems
    assert spooled.digest == held.digest


def plain_folder(tmp_path: Path) -> Path:
    """Notes (a Windows-1252 file, a web page, a file that is not a source), outlets and dates, and a
    sources.yaml entry with no file: what a streamed run keeps besides the names (spool.Collected)."""
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (seeds / "a.txt").write_text("On November 9, 2020, the leaders signed it.\n", encoding="utf-8")
    (seeds / "b.txt").write_bytes("Caf\xe9 talks ended on 10 November 2020.\n".encode("cp1252"))
    (seeds / "d.json").write_text("{}", encoding="utf-8")
    (seeds / "sub" / "e.html").write_text("<p>The deal was signed on 9 November 2020.</p>", encoding="utf-8")
    (seeds / "f.txt").write_text("It was signed by the Prime Minister.\n", encoding="utf-8")
    (seeds / "g.txt").write_text("The ceasefire began on 10 November 2020.\n", encoding="utf-8")
    (seeds / "sources.yaml").write_text("a.txt: {outlet: TASS, published: 2020-11-10}\nf.txt: {outlet: Reuters}\n"
                                        "missing.txt: {outlet: X}\n", encoding="utf-8")
    return seeds


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_streamed_run_keeps_every_note_outlet_and_the_inputs_digest(tmp_path, jobs):
    seeds = plain_folder(tmp_path)
    streamed, problems = check_all(ROOT / "facts", seeds, jobs=jobs)
    whole, whole_problems = check_folder(ROOT / "facts", read_folder(seeds))
    assert streamed.notes == whole.notes and streamed.outlets == whole.outlets and streamed.sources == whole.sources
    assert streamed.digest == whole.digest and streamed.skipped == whole.skipped == ()
    assert every_format(streamed) == every_format(whole) and problems == whole_problems
