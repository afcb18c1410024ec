"""A batch run into the store: articles stored once, rejects in files with their reasons, and a run
killed with -9 and run again leaves the store as an uninterrupted run would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.ccnews import edge_cases, news_page, write_ccnews, write_warc
from helpers.killable import kill_after_first_shard
from newsdesk.adapters.store import open_store
from newsdesk.engines.local import run_local
from newsdesk.engines.outputs import open_output
from newsdesk.engines.shards import Ledger, plan_shards
from newsdesk.engines.tracker import Batch
from newsdesk.errors import InputError
from newsdesk.options import Options

OFF = Options(attribution="off")


def _run(files: list[str], out: Path, db: Path):  # type: ignore[no-untyped-def]
    return run_local(Batch(plan_shards(files), open_output(out, "store", str(db)), Ledger(out), OFF, workers=2))


def _archives(folder: Path) -> list[str]:
    files = []
    for n in range(3):
        files.append(str(folder / f"CC-NEWS-{n}.warc.gz"))
        write_ccnews(Path(files[-1]), 8, seed=n)
    return files


def test_articles_go_to_the_store_and_rejects_to_files(tmp_path: Path) -> None:
    edges = edge_cases(huge_bytes=0)
    archive = tmp_path / "day.warc.gz"
    write_warc(archive, [news_page(n) for n in range(4)] + [edges["pdf"], edges["no-body"]])
    summary = _run([str(archive)], tmp_path / "out", tmp_path / "news.db")
    assert (summary.now.inputs, summary.now.articles, summary.now.rejects) == (6, 4, 2)
    store = open_store(str(tmp_path / "news.db"))
    try:
        assert store.stats()["articles"] == 4
        analysed = store._scalar("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'articles'")  # type: ignore[attr-defined]
        assert analysed >= 1  # the batch is a bulk load: the planner sees the tables as they are
    finally:
        store.close()
    rejects = [json.loads(line) for p in (tmp_path / "out" / "rejects").glob("*.jsonl") for line in p.open()]
    assert sorted(r["reason"] for r in rejects) == ["empty", "not-html"]
    assert not (tmp_path / "out" / "articles").exists()


def test_kill_9_then_rerun_stores_what_one_clean_run_stores(tmp_path: Path) -> None:
    files = _archives(tmp_path)
    clean = _run(files, tmp_path / "clean", tmp_path / "clean.db")
    out, db = tmp_path / "out", tmp_path / "news.db"
    assert kill_after_first_shard(out, "store", str(db), files) == 1
    resumed = _run(files, out, db)
    assert resumed.shards_skipped == 1 and resumed.complete
    assert resumed.total.to_dict() == clean.total.to_dict()  # counts add up: 24 inputs, all accounted for
    stores = [open_store(str(path)) for path in (tmp_path / "clean.db", db)]
    try:
        assert stores[1].stats() == stores[0].stats()  # nothing stored twice
    finally:
        for store in stores:
            store.close()


def test_store_format_needs_a_database(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        open_output(tmp_path, "store", None)
