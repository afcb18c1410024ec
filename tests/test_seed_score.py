"""The founding page against its hand-made gold record, scored by ../shared/eval/score.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_seed_passes_every_check(shared: Path, tmp_path: Path) -> None:
    seed = shared / "fixtures" / "seed" / "independent-starmer-trump.txt"
    records = tmp_path / "seed.jsonl"
    cli = [sys.executable, "-m", "newsdesk", "extract", str(seed), "--jsonl", "-o", str(records)]
    subprocess.run(cli, check=True, cwd=ROOT)
    scored = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "seed", str(records)],
        check=True,
        capture_output=True,
        text=True,
    )
    last = scored.stdout.strip().splitlines()[-1]
    checks, passed = (int(part.split("=")[1]) for part in last.split())
    misses = [line for line in scored.stdout.splitlines() if line.startswith("MISS")]
    assert passed >= 60, misses  # the floor; today every one of the 72 passes
    assert passed == checks, misses
