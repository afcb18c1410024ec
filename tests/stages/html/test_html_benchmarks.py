"""Floors on the shared benchmarks (skipped in a fresh clone): a change that loses quality fails
here. The figures the docs report come from bench/ with their commands; these are floors below
them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from newsdesk.adapters.files import iter_pages
from newsdesk.model import Article
from newsdesk.options import Options
from newsdesk.pipeline import run_many


def _scorer(shared: Path):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(shared / "eval"))
    spec = importlib.util.spec_from_file_location("records", shared / "eval" / "records.py")
    assert spec and spec.loader
    return __import__("extraction"), __import__("metadata"), __import__("records")


def _records(folder: Path) -> list[dict[str, object]]:
    options = Options(attribution="off")
    return [o.to_json_dict() for o in run_many(iter_pages([str(folder)], options), options)]


def test_scrapinghub_body_f1_floor(shared: Path) -> None:
    import json

    extraction, _metadata, records = _scorer(shared)
    bench = shared / "bench" / "extraction" / "scrapinghub"
    gold = {k: v["articleBody"] for k, v in json.loads((bench / "ground-truth.json").read_text()).items()}
    found = records.by_key(_records(bench / "html"), set(gold))
    result = extraction.scrapinghub(gold, {k: r.get("text") for k, r in found.items()})
    assert result["f1"] >= 0.97 and result["precision"] >= 0.96 and result["recall"] >= 0.96


def test_naeb_metadata_floors(shared: Path) -> None:
    import json

    _extraction, metadata, records = _scorer(shared)
    bench = shared / "bench" / "metadata" / "naeb"
    gold = json.loads((bench / "articles.json").read_text())
    result = metadata.naeb(gold, records.by_key(_records(bench / "html"), set(gold)))
    assert result["title_exact"] >= 0.93 and result["authors_exact_set"] >= 0.82
    assert result["date_day"] >= 0.82 and result["date_with_time_and_offset"] >= 0.90


def test_no_scrapinghub_page_is_rejected(shared: Path) -> None:
    outcomes = _records(shared / "bench" / "extraction" / "scrapinghub" / "html")
    assert all(o.get("schema") == Article.model_fields["schema_"].default for o in outcomes)
