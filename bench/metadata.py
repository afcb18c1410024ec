"""Metadata: headline, authors and published date of newsdesk against trafilatura on NAEB, in
the same run.

    python bench/metadata.py [--bench DIR]

Scored by ../shared/eval/score.py metadata: title exact, authors exact set, date on the right day,
and the share of dates that carry a time and a UTC offset. trafilatura's date comes from htmldate
(a day, never a time with its offset); its authors are split on "; ".
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import SHARED, _read, bench_pages, run_newsdesk, score

DEFAULT_BENCH = SHARED / "bench" / "metadata" / "naeb"
_KEYS = ("title_exact", "authors_exact_set", "date_day", "date_with_time_and_offset")


def run_trafilatura(files: list[Path], out: Path) -> float | None:
    try:
        import trafilatura
    except ImportError:
        print("  trafilatura: not installed; pip install -e '.[bench]'")
        return None
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        for path in files:
            try:
                found = trafilatura.bare_extraction(_read(path), with_metadata=True)
            except Exception:  # a crash on one page counts as nothing found
                found = None
            record = {
                "source": str(path),
                "headline": found.title if found else None,
                "authors": found.author.split("; ") if found and found.author else [],
                "published": found.date if found else None,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args(argv)
    found = bench_pages(args.bench)
    if found is None:
        return 2
    html, files = found
    print(f"{len(files)} pages from {html}")
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "newsdesk.jsonl"
        (seconds, _cpu), _rss = run_newsdesk(html, ours)
        print(f"  newsdesk     {len(files) / seconds:6.1f} pages/s  {score(ours, args.bench, 'metadata', _KEYS)}")
        theirs = Path(tmp) / "trafilatura.jsonl"
        taken = run_trafilatura(files, theirs)
        if taken is not None:
            print(f"  trafilatura  {len(files) / taken:6.1f} pages/s  {score(theirs, args.bench, 'metadata', _KEYS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
