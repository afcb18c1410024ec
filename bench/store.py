"""Store benchmark: ingest rate into SQLite and PostgreSQL, and query latency on >= 10k records.

    python bench/store.py [--pages DIR] [--records 10000] [--batch 200] [--backends sqlite,postgres] [--pg URL]

1. Runs the pipeline once over the first ``--max-pages`` bench pages (default: 200 of the 421 news
   pages in ../shared/bench/metadata/naeb/html) and caches the records in .bench/ (ignored by git:
   records made from bench pages are never committed); an interrupted run resumes.
2. Replicates the records with new ids, URLs and a marker line up to ``--records`` (each replica is a
   near-duplicate of its original, so the store groups them: the worst case for grouping).
3. Times ``Store.put_many`` over all records, ``--batch`` at a time (one transaction each; 1 times
   ``Store.put``, a transaction per record), into a fresh SQLite file and a fresh PostgreSQL database
   (a throwaway durable cluster on 127.0.0.1 unless --pg is given): records per second. Then the
   first 2,000 again (all "unchanged": the cost of idempotence), and the load average around each.
4. Times queries: quotes by speaker (the most quoted names, as typed by a user), full-text article
   search (words drawn from the texts), and both together: p50 and p95 in milliseconds.

Prints a Markdown table and one JSON line with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "store"))

from newsdesk.adapters.files import iter_pages  # noqa: E402
from newsdesk.adapters.store import Filters, Store, open_store  # noqa: E402
from newsdesk.model import Article, Rejected, from_json  # noqa: E402
from newsdesk.options import Options  # noqa: E402
from newsdesk.pipeline import run_many  # noqa: E402

DEFAULT_PAGES = ROOT.parent / "shared" / "bench" / "metadata" / "naeb" / "html"
CACHE = ROOT / ".bench" / "store-records.tsv"


def extract(pages: Path, cache: Path, max_pages: int) -> tuple[list[Article], dict[str, float]]:
    """The pipeline's records of the first ``max_pages`` bench pages, cached record by record so that
    an interrupted run resumes; with how fast this run made the ones it made."""
    cache.parent.mkdir(exist_ok=True)
    done = {line.split("\t", 1)[0]: line.split("\t", 1)[1] for line in _lines(cache)}
    files = sorted(str(p) for p in pages.iterdir() if p.name.endswith((".html", ".html.gz")))[:max_pages]
    todo = [f for f in files if f not in done]
    options = Options()
    started = time.perf_counter()
    with cache.open("a", encoding="utf-8") as out:
        for outcome in run_many(iter_pages(todo, options), options):
            body = "" if isinstance(outcome, Rejected) else json.dumps(outcome.to_json_dict(), ensure_ascii=False)
            out.write(f"{outcome.source}\t{body}\n")
            out.flush()
            done[outcome.source] = body
    seconds = time.perf_counter() - started
    records = [from_json(Article, done[f]) for f in files if done.get(f)]
    figures = {"pages": len(files), "rejected": sum(1 for f in files if not done.get(f))}
    if todo:
        figures["extract_pages_per_s_this_run"] = round(len(todo) / seconds, 2)
    return records, figures


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line] if path.exists() else []


def replicate(records: list[Article], total: int) -> list[Article]:
    """``total`` records: the originals, then copies with new ids, URLs and a marker line."""
    out = list(records)
    copy = 0
    while len(out) < total:
        copy += 1
        for record in records:
            if len(out) >= total:
                break
            marker = f"\n\n(Replica {copy} of this story for the store benchmark.)"
            out.append(
                record.replace(
                    id=f"{record.id}-r{copy}",
                    source=f"{record.source}#replica-{copy}",
                    url=f"{record.url}?replica={copy}" if record.url else None,
                    text=record.text + marker,
                )
            )
    return out


def time_ingest(store: Store, records: list[Article], batch: int) -> dict[str, float]:
    """Records per second of wall time, and this process's CPU time per record: on a shared machine
    the second varies far less with the others' load (PostgreSQL's own work is not in it)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    statuses: dict[str, int] = {}
    for start in range(0, len(records), batch):
        chunk = records[start : start + batch]
        for result in store.put_many(chunk) if batch > 1 else [store.put(chunk[0])]:
            statuses[result.status] = statuses.get(result.status, 0) + 1
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "records": len(records),
        "batch": batch,
        "seconds": round(seconds, 1),
        "records_per_s": round(len(records) / seconds, 1),
        "client_cpu_ms_per_record": round(cpu / len(records) * 1000, 2),
    } | {f"put_{status}": count for status, count in statuses.items()}


def _load() -> str:
    return " ".join(f"{n:.2f}" for n in os.getloadavg())


def latency(run: Callable[[], object], times: int) -> dict[str, float]:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 2),
        "n": len(samples),
    }


def query_figures(store: Store, records: list[Article], times: int) -> dict[str, dict[str, float]]:
    rng = random.Random(5)
    started = time.perf_counter()
    speakers = [g.name for g in store.speakers(limit=50)]
    first_speaker_ms = round((time.perf_counter() - started) * 1000, 1)  # rebuilds the name index
    surnames = [name.split()[-1] for name in speakers if len(name.split()) > 1] or speakers
    words = [w for r in records[:200] for w in r.text.split() if w.isalpha() and len(w) > 5]
    pick = rng.choice
    figures = {
        "speaker_quotes": latency(lambda: store.quotes(Filters(speaker=pick(surnames), limit=50)), times),
        "full_text_articles": latency(lambda: store.articles(Filters(query=pick(words))), times),
        "full_text_and_speaker": latency(
            lambda: store.articles(Filters(query=pick(words), speaker=pick(speakers))), times
        ),
        "speaker_page": latency(lambda: store.speaker(pick(speakers)), times),
    }
    figures["first_speaker_list_ms"] = {"ms": first_speaker_ms}
    return figures


def open_backend(name: str, pg_url: str | None, workdir: Path) -> tuple[Store, Callable[[], None]]:
    if name == "sqlite":
        path = workdir / "bench-store.db"
        for leftover in workdir.glob("bench-store.db*"):
            leftover.unlink()
        return open_store(str(path)), lambda: None
    if pg_url:
        return open_store(pg_url), lambda: None
    from pgcluster import Cluster

    cluster = Cluster(durable=True)
    store = open_store(cluster.start())
    return store, cluster.stop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200, help="records per transaction (1: Store.put each)")
    parser.add_argument("--max-pages", type=int, default=200, help="bench pages to extract (then replicated)")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--pg", help="a PostgreSQL URL (an empty database); default: a throwaway cluster")
    parser.add_argument("--queries", type=int, default=200, help="runs of each query")
    args = parser.parse_args()
    if not args.pages.exists() and not CACHE.exists():
        sys.exit(f"no bench pages at {args.pages} (they live in ../shared, which a fresh clone lacks)")
    records, extraction = extract(args.pages, CACHE, args.max_pages)
    corpus = replicate(records, args.records)
    report: dict[str, object] = {
        "machine": f"{platform.node()} {platform.machine()}, shared with other work",
        "originals": len(records),
        "records": len(corpus),
        "extraction": extraction,
    }
    workdir = ROOT / ".bench"
    for backend in args.backends.split(","):
        store, stop = open_backend(backend, args.pg, workdir)
        try:
            load_before = _load()
            ingest = time_ingest(store, corpus, args.batch)
            again = time_ingest(store, corpus[:2000], args.batch)
            started = time.perf_counter()
            store.refresh_statistics()  # as `newsdesk ingest` does at its end
            report[backend] = {
                "ingest": ingest,
                "reingest_unchanged": again,
                "refresh_statistics_s": round(time.perf_counter() - started, 2),
                "load_average_before_after_ingest": [load_before, _load()],
                "stats": store.stats(),
                **query_figures(store, records, args.queries),
            }
        finally:
            store.close()
            stop()
        print(f"{backend}: {json.dumps(report[backend])}", file=sys.stderr)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
