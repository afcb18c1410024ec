"""Batch benchmark: pages/s of the local engine with 1 and 2 workers and of the Ray engine on the
same CC-NEWS-shaped WARC files, peak RSS per worker across the run, a kill -9 and resume into the
store, and what a day and a year of CC-NEWS cost at the measured per-core rate.

    .venv/bin/python bench/batch.py                          # 10,000 pages in 10 files (the figures)
    .venv/bin/python bench/batch.py --pages 400 --files 4    # a quick check that it all works

The WARC files are written at run time under --work (default /tmp/newsdesk-bench-batch, never in the
repository) with the tests' CC-NEWS fixture writer, from the news pages of ../shared/bench
(ScrapingHub and NAEB, each page repeated under new URLs to reach --pages), or, in a clone without
../shared, from generated pages. Results are printed as Markdown and written to WORK/results.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from helpers.ccnews import Capture, news_page, write_warc  # noqa: E402
from newsdesk.adapters.partitioned import PartitionedOutput  # noqa: E402
from newsdesk.engines.local import run_local  # noqa: E402
from newsdesk.engines.shards import Ledger, plan_shards  # noqa: E402
from newsdesk.engines.summary import RunSummary  # noqa: E402
from newsdesk.engines.tracker import Batch  # noqa: E402
from newsdesk.options import Options  # noqa: E402

# The figure for a day of CC-NEWS; a year is 365 of them.
PAGES_PER_DAY = 1_000_000


def _shared_pages() -> list[Capture]:
    """The news pages of ../shared/bench with their URLs and a fetch date (empty without it)."""
    sets = [
        (SHARED / "extraction" / "scrapinghub", "ground-truth.json"),
        (SHARED / "metadata" / "naeb", "articles.json"),
    ]
    pages = []
    for folder, gold in sets:
        if not (folder / gold).exists():
            continue
        urls = {
            key: item.get("url") or f"https://bench.example/{key}"
            for key, item in json.loads((folder / gold).read_text()).items()
        }
        for path in sorted((folder / "html").glob("*.html.gz")):
            key = path.name.removesuffix(".html.gz")
            pages.append(
                Capture(urls.get(key, f"https://bench.example/{key}"), gzip.decompress(path.read_bytes()), "text/html")
            )
    return pages


def build_inputs(work: Path, pages: int, files: int) -> tuple[list[str], str]:
    """WARC files holding ``pages`` pages in all; returns their paths and where the pages came from."""
    source = _shared_pages()
    origin = f"{len(source)} news pages of ../shared/bench (ScrapingHub, NAEB), repeated under new URLs"
    if not source:
        source = [news_page(n) for n in range(500)]
        origin = "500 generated pages (tests/helpers/ccnews.py), repeated under new URLs"
    folder = work / f"warc-{pages}-{files}"
    manifest = folder / "manifest.json"
    if manifest.exists():
        return json.loads(manifest.read_text())["files"], origin
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    captures = [source[n % len(source)] for n in range(pages)]
    captures = [
        Capture(f"{c.url}{'&' if '?' in c.url else '?'}copy={n}", c.body, c.content_type)
        for n, c in enumerate(captures)
    ]
    per_file = -(-pages // files)
    paths = []
    for number in range(files):
        path = folder / f"CC-NEWS-BENCH-{number:05d}.warc.gz"
        write_warc(path, captures[number * per_file : (number + 1) * per_file])
        paths.append(str(path))
    manifest.write_text(json.dumps({"files": paths, "origin": origin}))
    return paths, origin


def timed(engine: str, inputs: list[str], workers: int, out: Path, options: Options) -> RunSummary:
    """One run into a fresh folder (Parquet), timed by the engine's own summary."""
    shutil.rmtree(out, ignore_errors=True)
    batch = Batch(plan_shards(inputs), PartitionedOutput(out, "parquet"), Ledger(out), options, workers=workers)
    if engine == "ray":
        from newsdesk.engines.ray_data import run_ray

        return run_ray(batch)
    return run_local(batch)


def memory_growth(summary: RunSummary) -> list[dict[str, Any]]:
    """Per worker: peak RSS at its first sample (after 1,000 pages) and at its last, and the growth."""
    rows = []
    for worker in summary.memory:
        samples = sorted((int(pages), kb) for pages, kb in worker["rss_at"].items())
        if len(samples) >= 2:
            (first_pages, first_kb), (last_pages, last_kb) = samples[0], samples[-1]
            growth = 100.0 * (last_kb - first_kb) / first_kb
            rows.append(
                {
                    "worker": worker["worker"],
                    "pages": worker["pages"],
                    "rss_mb_at": {first_pages: first_kb // 1024, last_pages: last_kb // 1024},
                    "growth_pct": round(growth, 2),
                }
            )
    return rows


def kill_and_resume(inputs: list[str], work: Path) -> dict[str, Any]:
    """``newsdesk run --format store`` killed with SIGKILL (its whole process group) once its first
    shard is done, then run again; compared with one uninterrupted run into another store."""
    command = [
        str(ROOT / ".venv" / "bin" / "newsdesk"),
        "run",
        *inputs,
        "--format",
        "store",
        "--no-attribution",
        "--no-progress",
    ]
    clean, out = work / "clean", work / "killed"
    for folder in (clean, out):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    subprocess.run(
        [*command, "--out", str(clean / "out"), "--db", str(clean / "news.db")], check=True, capture_output=True
    )
    run = subprocess.Popen(
        [*command, "--out", str(out / "out"), "--db", str(out / "news.db")],
        start_new_session=True,
        stderr=subprocess.DEVNULL,
    )
    while not list((out / "out" / "_shards").glob("*.json")) and run.poll() is None:
        time.sleep(0.05)
    time.sleep(1.0)  # into the middle of the next shard
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    done_at_kill = len(list((out / "out" / "_shards").glob("*.json")))
    subprocess.run([*command, "--out", str(out / "out"), "--db", str(out / "news.db")], check=True, capture_output=True)
    from newsdesk.adapters.store import open_store

    stats = {}
    for name, folder in (("clean", clean), ("killed", out)):
        store = open_store(str(folder / "news.db"))
        stats[name] = store.stats()
        store.close()
    totals = {
        name: json.loads((folder / "out" / "_summary.json").read_text())["total"]
        for name, folder in (("clean", clean), ("killed", out))
    }
    return {
        "shards_done_at_kill": done_at_kill,
        "shards": len(inputs),
        "store": stats,
        "totals": totals,
        "same": stats["clean"] == stats["killed"] and totals["clean"] == totals["killed"],
    }


def cost(rate_per_core: float) -> dict[str, float]:
    """Core-hours for a day and a year of CC-NEWS at a per-core rate (pages/s)."""
    day = PAGES_PER_DAY / rate_per_core / 3600
    return {
        "pages_per_day": PAGES_PER_DAY,
        "core_hours_day": round(day, 1),
        "core_hours_year": round(day * 365),
        "hours_day_on_64_cores": round(day / 64, 2),
        "days_year_on_64_cores": round(day * 365 / 64 / 24, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsdesk-bench-batch"))
    parser.add_argument("--steps", default="local1,local2,ray,kill", help="any of local1, local2, ray, kill")
    args = parser.parse_args()
    steps = args.steps.split(",")
    inputs, origin = build_inputs(args.work, args.pages, args.files)
    options = Options()
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "pages": args.pages,
        "files": len(inputs),
        "origin": origin,
        "runs": {},
    }
    for step, engine, workers in (("local1", "local", 1), ("local2", "local", 2), ("ray", "ray", 2)):
        if step in steps:
            summary = timed(engine, inputs, workers, args.work / f"out-{step}", options)
            results["runs"][step] = {
                "engine": engine,
                "workers": workers,
                "seconds": round(summary.seconds, 1),
                "pages_per_second": round(summary.pages_per_second, 2),
                "counts": summary.now.to_dict(),
                "memory": memory_growth(summary),
            }
            print(
                f"{step}: {summary.now.line()} in {summary.seconds:.1f} s, {summary.pages_per_second:.2f} pages/s",
                flush=True,
            )
    runs = results["runs"]
    if "local1" in runs and "local2" in runs:
        results["ratio_2_vs_1"] = round(runs["local2"]["pages_per_second"] / runs["local1"]["pages_per_second"], 2)
    if "local1" in runs:
        results["cost"] = cost(runs["local1"]["pages_per_second"])
    if "kill" in steps:
        results["kill_and_resume"] = kill_and_resume(inputs[: min(4, len(inputs))], args.work / "kill")
    (args.work / "results.json").write_text(json.dumps(results, indent=1))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
