"""A streamed folder (listed once, texts read shard by shard) is exactly the folder read whole."""

from pathlib import Path

from checks.pipeline import check_all, check_folder
from checks.report.render import to_json
from checks.sources import read_folder
from checks.stream import folder_of, list_folder, read_entries

ROOT = Path(__file__).resolve().parent.parent


def odd_folder(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (seeds / "a.txt").write_text("On November 9, 2020, the leaders signed it.\n", encoding="utf-8")
    (seeds / "b.txt").write_bytes("Caf\xe9 talks ended on 10 November 2020.\n".encode("cp1252"))
    (seeds / "c.bin.txt").write_bytes(b"\0\0\0binary")
    (seeds / "d.json").write_text("{}", encoding="utf-8")
    (seeds / "sub" / "e.html").write_text("<p>The deal was signed on 9 November 2020.</p>", encoding="utf-8")
    (seeds / "f.txt").write_text("It was signed by the Prime Minister.\n", encoding="utf-8")
    (seeds / "sources.yaml").write_text("a.txt: {outlet: TASS, published: 2020-11-10}\nmissing.txt: {outlet: X}\n",
                                        encoding="utf-8")
    return seeds


def test_a_folder_read_shard_by_shard_in_any_order_is_the_folder_read_whole(tmp_path):
    for folder in (odd_folder(tmp_path), ROOT / "seeds"):
        listing = list_folder(folder)
        half = len(listing.entries) // 2
        shards = [read_entries(listing.entries[half:]), read_entries(listing.entries[:half])]  # the later first
        assert folder_of(listing, [r for shard in shards for r in shard]) == read_folder(folder)


def test_a_streamed_run_is_the_run_on_the_folder_read_whole(tmp_path):
    seeds = odd_folder(tmp_path)
    for jobs in (1, 2):
        streamed, problems = check_all(ROOT / "facts", seeds, jobs=jobs)
        whole, whole_problems = check_folder(ROOT / "facts", read_folder(seeds))
        assert to_json(streamed) == to_json(whole) and problems == whole_problems
