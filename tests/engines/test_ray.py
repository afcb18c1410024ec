"""The Ray engine on a local Ray with 2 CPUs: the same outcomes as the local engine, into the same
output layout and ledger. Skipped where Ray is not installed (it is in the dev extra)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.ccnews import edge_cases, news_page, write_warc
from newsdesk.adapters.partitioned import PartitionedOutput
from newsdesk.engines.local import run_local
from newsdesk.engines.shards import Ledger, plan_shards
from newsdesk.engines.tracker import Batch
from newsdesk.options import Options

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
ray = pytest.importorskip("ray", reason="the Ray engine needs the ray extra: pip install -e '.[ray]'")

OFF = Options(attribution="off")


def _outcomes(out: Path) -> tuple[list[str], list[str]]:
    articles = [json.loads(line)["id"] for p in out.glob("articles/*/*.jsonl") for line in p.read_text().splitlines()]
    rejects = [json.loads(line)["reason"] for p in out.glob("rejects/*.jsonl") for line in p.read_text().splitlines()]
    return sorted(articles), sorted(rejects)


def test_ray_gives_what_the_local_engine_gives(tmp_path: Path) -> None:
    from newsdesk.engines.ray_data import run_ray

    edges = edge_cases(huge_bytes=0)
    inputs = []
    for n in range(2):
        inputs.append(str(tmp_path / f"CC-NEWS-{n}.warc.gz"))
        write_warc(Path(inputs[-1]), [news_page(10 * n + k) for k in range(4)] + [edges["pdf"], edges["redirect"]])
    shards = plan_shards(inputs)
    local_out, ray_out = tmp_path / "local", tmp_path / "ray"
    run_local(Batch(shards, PartitionedOutput(local_out, "jsonl"), Ledger(local_out), OFF, workers=2))
    summary = run_ray(Batch(shards, PartitionedOutput(ray_out, "jsonl"), Ledger(ray_out), OFF, workers=2))
    assert not ray.is_initialized()  # the engine stopped the Ray it started
    assert summary.engine == "ray" and summary.complete and summary.now.balanced
    assert (summary.now.inputs, summary.now.articles, summary.now.rejects) == (12, 8, 4)
    assert _outcomes(ray_out) == _outcomes(local_out)
    assert len(list((ray_out / "_shards").glob("*.json"))) == 2
