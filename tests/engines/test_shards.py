"""Shards: one per WARC file, loose pages grouped, keys stable across runs; the ledger round-trips."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from helpers.ccnews import write_ccnews
from newsdesk.engines import shards as shards_module
from newsdesk.engines.shards import Ledger, plan_shards
from newsdesk.engines.summary import Counts


def _tree(root: Path) -> None:
    (root / "day" / "sub").mkdir(parents=True)
    write_ccnews(root / "day" / "CC-NEWS-1.warc.gz", 2)
    write_ccnews(root / "day" / "sub" / "CC-NEWS-2.warc.gz", 2)
    for name in ("a.html", "b.txt", "sub/c.htm"):
        (root / "day" / name).write_text("<p>x</p>")
    (root / "day" / "notes.md").write_text("not a page")


def test_one_shard_per_warc_file_and_one_for_the_loose_pages(tmp_path: Path) -> None:
    _tree(tmp_path)
    planned = plan_shards([str(tmp_path / "day"), "https://example.org/story"])
    assert [(s.kind, len(s.members)) for s in planned] == [("warc", 1), ("warc", 1), ("files", 4)]
    assert planned[0].key.startswith("CC-NEWS-1-") and planned[1].key.startswith("CC-NEWS-2-")
    assert planned[2].members[-1] == "https://example.org/story"
    assert not any("notes.md" in member for shard in planned for member in shard.members)


def test_keys_are_stable_and_unique(tmp_path: Path) -> None:
    _tree(tmp_path)
    first = [s.key for s in plan_shards([str(tmp_path / "day")])]
    again = [s.key for s in plan_shards([str(tmp_path / "day")])]
    assert first == again and len(set(first)) == len(first)
    # The same file name in two folders makes two shards.
    write_ccnews(tmp_path / "day" / "sub" / "CC-NEWS-1.warc.gz", 1)
    keys = [s.key for s in plan_shards([str(tmp_path / "day")])]
    assert len(set(keys)) == len(keys) == 4


def test_loose_files_are_grouped(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(shards_module, "FILES_PER_SHARD", 2)
    names = [str(tmp_path / f"{n}.html") for n in range(5)]
    assert [len(s.members) for s in plan_shards(names)] == [2, 2, 1]


def test_an_empty_folder_and_a_missing_file_still_make_a_shard(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    planned = plan_shards([str(tmp_path / "empty"), str(tmp_path / "gone.warc.gz")])
    assert [s.kind for s in planned] == ["warc", "files"]


def test_the_ledger_remembers_finished_shards(tmp_path: Path) -> None:
    write_ccnews(tmp_path / "a.warc.gz", 1)
    [shard] = plan_shards([str(tmp_path / "a.warc.gz")])
    ledger = Ledger(tmp_path / "out")
    assert ledger.done(shard) is None
    counts = Counts(inputs=3, articles=2, rejects=1, reasons=Counter({"not-html": 1}))
    ledger.mark_done(shard, counts)
    assert Ledger(tmp_path / "out").done(shard) == counts
    # A marker cut short (a crash while writing it is not possible: it is renamed into place) reads as not done.
    (tmp_path / "out" / "_shards" / f"{shard.key}.json").write_text("{")
    assert ledger.done(shard) is None
