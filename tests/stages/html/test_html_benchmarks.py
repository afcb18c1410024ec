"""Floors on the shared benchmarks (skipped in a fresh clone): a change that loses quality fails
here. The figures the docs report come from bench/ with their commands; these are floors a little
below them."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

from newsdesk.adapters.files import iter_pages
from newsdesk.model import ARTICLE_SCHEMA
from newsdesk.options import Options
from newsdesk.pipeline import run_many


def _scorer(shared: Path):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(shared / "eval"))
    return __import__("extraction"), __import__("metadata"), __import__("records")


def _records(folder: Path) -> list[dict[str, Any]]:
    options = Options(attribution="off")
    return [o.to_json_dict() for o in run_many(iter_pages([str(folder)], options), options)]


def _scrapinghub(shared: Path, folder: str) -> dict[str, Any]:
    extraction, _metadata, records = _scorer(shared)
    bench = shared / "bench" / "extraction" / "scrapinghub"
    gold = {k: v["articleBody"] for k, v in json.loads((bench / "ground-truth.json").read_text()).items()}
    found = records.by_key(_records(bench / folder), set(gold))
    result: dict[str, Any] = extraction.scrapinghub(gold, {k: r.get("text") for k, r in found.items()})
    return result


def test_scrapinghub_body_f1_floor(shared: Path) -> None:
    result = _scrapinghub(shared, "html")
    assert result["f1"] >= 0.973 and result["precision"] >= 0.97 and result["recall"] >= 0.97


def test_flattened_pages_through_the_text_path_floor(shared: Path) -> None:
    assert _scrapinghub(shared, "flat")["f1"] >= 0.90


def test_wcxb_article_floor(shared: Path) -> None:
    extraction, _metadata, records = _scorer(shared)
    bench = shared / "bench" / "extraction" / "wcxb"
    gold = json.loads(gzip.decompress((bench / "dev" / "ground-truth.json.gz").read_bytes()))
    files = json.loads((bench / "metadata.json").read_text())["files"]
    articles = {k: v for k, v in gold.items() if files.get(k, {}).get("page_type") == "article"}
    options = Options(attribution="off")
    paths = [str(bench / "dev" / "html" / f"{k}.html.gz") for k in sorted(articles)]
    outcomes = [o.to_json_dict() for o in run_many(iter_pages(paths, options), options)]
    result = extraction.wcxb(articles, dict.fromkeys(articles, "article"), records.by_key(outcomes, set(articles)))
    assert result["article_f1"] >= 0.95
    assert result["by_type"]["article"]["rejected"] <= 2  # a portfolio shell, a page whose gold is empty


def test_naeb_metadata_floors(shared: Path) -> None:
    _extraction, metadata, records = _scorer(shared)
    bench = shared / "bench" / "metadata" / "naeb"
    gold = json.loads((bench / "articles.json").read_text())
    result = metadata.naeb(gold, records.by_key(_records(bench / "html"), set(gold)))
    assert result["title_exact"] >= 0.95 and result["authors_exact_set"] >= 0.90
    assert result["date_day"] >= 0.85 and result["date_with_time_and_offset"] >= 0.91


def test_no_scrapinghub_page_is_rejected(shared: Path) -> None:
    outcomes = _records(shared / "bench" / "extraction" / "scrapinghub" / "html")
    assert all(o.get("schema") == ARTICLE_SCHEMA for o in outcomes)
