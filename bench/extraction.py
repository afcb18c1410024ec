"""Body extraction: newsdesk against its peers on the same pages, in the same run.

    python bench/extraction.py [--bench DIR] [--repeat N] [--rounds N] [--peers trafilatura,readability,resiliparse]

For each tool: pages per second over the benchmark's pages and, where ../shared holds the scorer,
its F1. newsdesk is timed as the command a user runs (`newsdesk extract DIR --jsonl
--no-attribution`, start-up included) and in this process like the peers, which are timed in
this process reading the same files (start-up excluded, which favours them). Each rate is given
by the wall clock and by CPU time (user + system of the process doing the work): on a machine
shared with other jobs the wall clock moves with their load, CPU time much less. Memory: the
peak RSS of one newsdesk run over the pages once and over them ``--repeat`` times, both measured
before any peer is loaded into this process (a child forked from a large parent would report the
parent's pages); a flat figure means no growth per page.

Peers come from the `bench` extra (pip install -e '.[bench]'); a peer that is not installed is
skipped with a note.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
DEFAULT_BENCH = SHARED / "bench" / "extraction" / "scrapinghub"
NEWSDESK = Path(sys.executable).parent / "newsdesk"
_KEYS = ("f1", "precision", "recall")


def bench_pages(bench: Path) -> tuple[Path, list[Path]] | None:
    """The bench's html/ folder and its page files, or None (with a note) when it has none."""
    html = bench / "html"
    if not html.is_dir():
        print(f"no pages at {html}: pass --bench DIR")
        return None
    return html, sorted(p for p in html.iterdir() if p.name.endswith((".html", ".html.gz")))


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


Timing = tuple[float, float]  # wall-clock seconds, CPU seconds


def run_newsdesk(folder: Path, out: Path, passes: int = 1) -> tuple[Timing, int]:
    """Wall and CPU seconds and peak RSS (KiB) of one `newsdesk extract` over the folder,
    ``passes`` times."""
    command = [str(NEWSDESK), "extract", *[str(folder)] * passes, "--jsonl", "--no-attribution", "-o", str(out)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(process.pid, 0)
    return (time.perf_counter() - start, usage.ru_utime + usage.ru_stime), usage.ru_maxrss


def compile_bytecode() -> None:
    """Write the package's bytecode, as installing a wheel does: where PYTHONDONTWRITEBYTECODE is set
    (this machine sets it), an editable install would otherwise compile every module at each start."""
    import compileall

    import newsdesk

    compileall.compile_dir(Path(newsdesk.__file__).parent, quiet=1)


def _timed(work: Callable[[], object]) -> Timing:
    """Wall and CPU seconds of a call in this process."""
    start, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - start, time.process_time() - cpu


def run_newsdesk_in_process(folder: Path, out: Path) -> Timing:
    """Wall and CPU seconds newsdesk's pipeline takes over the folder in this process, timed like
    the peers (reading and writing included, start-up excluded)."""
    from newsdesk.adapters.files import iter_pages
    from newsdesk.adapters.output import write_outcomes
    from newsdesk.options import Options
    from newsdesk.pipeline import run_many

    options = Options(attribution="off")

    def work() -> None:
        with out.open("w", encoding="utf-8") as handle:
            write_outcomes(run_many(iter_pages([str(folder)], options), options), handle, "jsonl")

    return _timed(work)


def _trafilatura() -> Callable[[str], str | None]:
    import trafilatura

    def extract(html: str) -> str | None:
        result = trafilatura.bare_extraction(html, with_metadata=True)
        return result.text if result is not None else None

    return extract


def _readability() -> Callable[[str], str | None]:
    from lxml import html as lxml_html
    from readability import Document

    def extract(html: str) -> str | None:
        summary = Document(html).summary(html_partial=True)
        return lxml_html.fromstring(summary).text_content() if summary else None

    return extract


def _resiliparse() -> Callable[[str], str | None]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def extract(html: str) -> str | None:
        return extract_plain_text(HTMLTree.parse(html), main_content=True)

    return extract


PEERS: dict[str, Callable[[], Callable[[str], str | None]]] = {
    "trafilatura": _trafilatura,
    "readability": _readability,
    "resiliparse": _resiliparse,
}


def run_peer(name: str, files: list[Path], out: Path) -> Timing | None:
    """Wall and CPU seconds one peer takes over the files (reading included), or None when it
    is not installed."""
    try:
        extract = PEERS[name]()
    except ImportError as error:
        print(f"  {name}: not installed ({error.name}); pip install -e '.[bench]'")
        return None

    def work() -> None:
        with out.open("w", encoding="utf-8") as handle:
            for path in files:
                try:
                    text = extract(_read(path))
                except Exception:  # a peer's crash on one page counts as an empty result
                    text = None
                handle.write(json.dumps({"source": str(path), "text": text}, ensure_ascii=False) + "\n")

    return _timed(work)


def score(records: Path, bench: Path, task: str = "extraction", keys: tuple[str, ...] = _KEYS) -> str:
    """The scorer's chosen figures (name=value), or a note when ../shared is absent."""
    if not SCORER.exists():
        return "(no ../shared/eval/score.py: speed only)"
    done = subprocess.run(
        [sys.executable, str(SCORER), task, str(records), "--bench", str(bench)],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    figures = dict(item.split("=", 1) for item in lines[-1].split()) if lines else {}
    return " ".join(f"{k}={figures[k]}" for k in keys if k in figures)


def _fastest(timings: list[Timing]) -> Timing:
    """The fastest round's wall clock and CPU time (each the least of the rounds)."""
    return min(t[0] for t in timings), min(t[1] for t in timings)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="folder holding html/ (and gold)")
    parser.add_argument("--repeat", type=int, default=3, help="passes for the memory check")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per tool; the fastest counts")
    parser.add_argument("--peers", default="trafilatura,readability,resiliparse")
    args = parser.parse_args(argv)
    found = bench_pages(args.bench)
    if found is None:
        return 2
    html, files = found
    compile_bytecode()
    print(f"{len(files)} pages from {html}; machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print(f"each rate is the fastest of {args.rounds} rounds, the rounds of all tools taken in turn")
    peers = [p for p in args.peers.split(",") if p]
    timings: dict[str, list[Timing]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        outs = {name: Path(tmp) / f"{index}.jsonl" for index, name in enumerate(["cli", "in process", *peers])}
        _timing, rss_once = run_newsdesk(html, Path(tmp) / "once.jsonl")
        _timing, rss_repeated = run_newsdesk(html, Path(tmp) / "repeat.jsonl", args.repeat)
        for _round in range(args.rounds):
            timings.setdefault("cli", []).append(run_newsdesk(html, outs["cli"])[0])
            timings.setdefault("in process", []).append(run_newsdesk_in_process(html, outs["in process"]))
            for name in peers:
                if (taken := run_peer(name, files, outs[name])) is not None:
                    timings.setdefault(name, []).append(taken)
        rates = {name: _rates(len(files), _fastest(found)) for name, found in timings.items()}
        for name, (wall, cpu) in rates.items():
            label = {"cli": "newsdesk (CLI)", "in process": "newsdesk (in process)"}.get(name, name)
            note = "  (start-up included)" if name == "cli" else ""
            print(f"  {label:<22} {wall:7.1f} pages/s  {cpu:7.1f} pages/CPU-s  {score(outs[name], args.bench)}{note}")
    if "trafilatura" in rates:
        peer = rates["trafilatura"]
        for name, label in (("cli", "newsdesk (CLI)"), ("in process", "newsdesk (in process)")):
            wall, cpu = (rates[name][i] / peer[i] for i in (0, 1))
            print(f"{label} / trafilatura: {wall:.2f}x the pages per second (wall clock), {cpu:.2f}x (CPU time)")
    print(
        f"newsdesk peak memory: {rss_once / 1024:.0f} MiB for one pass, {rss_repeated / 1024:.0f} MiB for {args.repeat}"
    )
    return 0


def _rates(pages: int, timing: Timing) -> tuple[float, float]:
    return pages / timing[0], pages / max(timing[1], 1e-9)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
