"""The local engine end to end: WARC files in, partitioned articles and rejects out, every input
accounted for, finished shards skipped on a rerun, and a kill -9 healed by running again."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from helpers.ccnews import edge_cases, news_page, write_ccnews, write_warc
from helpers.killable import kill_after_first_shard
from newsdesk.adapters.partitioned import PartitionedOutput
from newsdesk.engines.local import run_local
from newsdesk.engines.shards import Ledger, plan_shards
from newsdesk.engines.tracker import Batch
from newsdesk.errors import InputError
from newsdesk.options import Options

OFF = Options(attribution="off")
EDGES = ["pdf", "image", "no-body", "redirect", "cp1252-declared-utf8"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("day")
    edges = edge_cases(huge_bytes=1000)
    write_warc(folder / "CC-NEWS-a.warc.gz", [news_page(n, published=f"2024-05-0{1 + n % 2}") for n in range(6)])
    write_warc(folder / "CC-NEWS-b.warc.gz", [news_page(10 + n) for n in range(3)] + [edges[e] for e in EDGES])
    return [str(folder / "CC-NEWS-a.warc.gz"), str(folder / "CC-NEWS-b.warc.gz")]


def _run(inputs: list[str], out: Path, fmt: str = "jsonl"):  # type: ignore[no-untyped-def]
    output = PartitionedOutput(out, fmt)  # type: ignore[arg-type]
    return run_local(Batch(plan_shards(inputs), output, Ledger(out), OFF, workers=2))


def _lines(folder: Path, pattern: str) -> list[dict[str, object]]:
    return [json.loads(line) for path in sorted(folder.glob(pattern)) for line in path.read_text().splitlines()]


def test_every_input_is_an_article_or_a_reject(inputs: list[str], tmp_path: Path) -> None:
    summary = _run(inputs, tmp_path)
    assert summary.now.inputs == 14 and summary.now.balanced
    assert (summary.now.articles, summary.now.rejects) == (10, 4)
    assert dict(summary.now.reasons) == {"not-html": 2, "empty": 1, "http-301": 1}
    articles = _lines(tmp_path, "articles/*/*.jsonl")
    rejects = _lines(tmp_path, "rejects/*.jsonl")
    assert len(articles) == 10 and len({a["id"] for a in articles}) == 10
    assert sorted(r["reason"] for r in rejects) == ["empty", "http-301", "not-html", "not-html"]
    assert all(r["input"]["warc_file"] in inputs for r in rejects)  # each reject can be found again


def test_articles_are_partitioned_by_publication_day(inputs: list[str], tmp_path: Path) -> None:
    _run(inputs, tmp_path)
    for path in (tmp_path / "articles").glob("*/*.jsonl"):
        day = path.parent.name.removeprefix("published_date=")
        assert all(str(a["published"]).startswith(day) for a in _lines(path.parent, path.name))
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == [
        "published_date=2024-05-01",
        "published_date=2024-05-02",
    ]
    assert not list((tmp_path / "_staging").glob("*/*"))


def test_parquet_output_reads_back_as_one_dataset(inputs: list[str], tmp_path: Path) -> None:
    summary = _run(inputs, tmp_path, "parquet")
    table = ds.dataset(tmp_path / "articles", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == summary.now.articles
    assert set(table.column("published_date").to_pylist()) == {"2024-05-01", "2024-05-02"}
    row = table.slice(0, 1).to_pylist()[0]
    assert dict(row["input"])["target_uri"] == row["url"]


def test_a_rerun_skips_finished_shards(inputs: list[str], tmp_path: Path) -> None:
    first = _run(inputs, tmp_path)
    again = _run(inputs, tmp_path)
    assert (again.shards_skipped, again.shards_done, again.now.inputs) == (2, 0, 0)
    assert again.total.to_dict() == first.total.to_dict()
    assert len(_lines(tmp_path, "articles/*/*.jsonl")) == first.now.articles


def test_one_folder_takes_one_format(tmp_path: Path) -> None:
    PartitionedOutput(tmp_path, "jsonl")
    with pytest.raises(InputError, match="holds jsonl output"):
        PartitionedOutput(tmp_path, "parquet")


def test_an_uncommitted_shard_leaves_nothing_where_readers_look(tmp_path: Path) -> None:
    output = PartitionedOutput(tmp_path, "jsonl")
    from newsdesk.model import Article

    output.shard("s1").add(Article(id="1", source="x", published="2024-05-01"))
    assert not (tmp_path / "articles").exists()
    output.shard("s1")  # a rerun of the shard starts it afresh
    assert not (tmp_path / "_staging" / "s1").exists()


def test_kill_9_mid_run_then_a_rerun_adds_up_with_no_duplicates(tmp_path: Path) -> None:
    files = []
    for n in range(3):
        files.append(str(tmp_path / f"CC-NEWS-{n}.warc.gz"))
        write_ccnews(Path(files[-1]), 8, seed=n)
    out = tmp_path / "out"
    done_before = kill_after_first_shard(out, "jsonl", "", files)
    assert done_before == 1, "the run should have been killed after its first shard"
    summary = _run(files, out)
    assert summary.shards_skipped == done_before and summary.complete
    assert summary.total.inputs == 24 and summary.total.balanced
    articles = _lines(out, "articles/*/*.jsonl")
    assert len(articles) == summary.total.articles == 24
    assert len({a["id"] for a in articles}) == 24  # no duplicates
