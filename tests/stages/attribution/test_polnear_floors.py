"""Floors on PolNeAR dev for both attribution paths, scored by ../shared/eval/score.py (the
yardstick): a change that loses attributions or speakers fails here. Skips without ../shared."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsdesk.stages.attribution.tagger import MODELS, find_card
from newsdesk.stages.draft import Draft
from newsdesk.stages.enrich import enrich

# Measured figures, less a margin; the benchmark (bench/attribution.py) prints the exact ones.
FLOORS = {
    "rules": {"content_overlap": 0.73, "content_exact": 0.43, "speaker": 0.66},
    "model": {"content_overlap": 0.80, "content_exact": 0.44, "speaker": 0.67},
}


@pytest.fixture(scope="module")
def dev(shared: Path, nlp) -> list[tuple[str, Any]]:  # type: ignore[no-untyped-def]
    texts = sorted((shared / "bench" / "attribution" / "polnear" / "dev" / "text").glob("*.txt"))
    docs = nlp.pipe(p.read_text(encoding="utf-8") for p in texts)
    return [(p.stem, doc) for p, doc in zip(texts, docs, strict=True)]


def _score(shared: Path, dev: list[tuple[str, Any]], mode: str, tmp_path: Path) -> dict[str, Any]:
    records = tmp_path / f"{mode}.jsonl"
    with records.open("w", encoding="utf-8") as out:
        for stem, doc in dev:
            found = enrich(Draft(paragraphs=(doc.text,)), lambda _texts, d=doc: [d], mode)  # type: ignore[misc]
            attributions = [a.to_json_dict() for a in found.attributions]
            out.write(json.dumps({"id": stem, "attributions": attributions}) + "\n")
    scorer = shared / "eval" / "score.py"
    result = subprocess.run(
        [sys.executable, str(scorer), "attribution", str(records), "--json"], check=True, capture_output=True, text=True
    )
    scored: dict[str, Any] = json.loads(result.stdout)
    return scored


@pytest.mark.parametrize("mode", ["rules", "model"])
def test_polnear_dev_floors(shared: Path, dev, mode: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if mode == "model" and not any(MODELS.glob("*.crfsuite")):
        pytest.skip("no trained weights: newsdesk train-attribution builds them")
    if mode == "model":
        find_card()  # the card must be readable and name weights of the current features
    scored = _score(shared, dev, mode, tmp_path)
    assert scored["missing"] == 0
    for name, floor in FLOORS[mode].items():
        assert scored[name]["f1"] >= floor, (name, scored[name])
