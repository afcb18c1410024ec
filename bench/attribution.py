"""Attribution benchmark: newsdesk's two paths and textacy's direct_quotations, in the same run, on
PolNeAR dev (../shared/bench/attribution/polnear/dev), scored by ../shared/eval/score.py.

    .venv/bin/python bench/attribution.py            # all systems, all 84 dev articles
    .venv/bin/python bench/attribution.py --limit 20 # a quick look
    .venv/bin/python bench/attribution.py --systems rules --components  # where the parse's time goes

Speed is articles per second per core, end to end from the text file (decode, parse, entities,
attribution): one process, timed by its CPU clock, so other load on the machine slows it less than
wall time would. newsdesk runs as its CLI does (``run_many``: eight articles' texts parsed in one
call). textacy parses with the same spaCy model, an article's paragraphs in one call, and runs
paragraph by paragraph (an odd quote mark in a paragraph costs that paragraph; on a whole article
it costs the article).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "bench" / "attribution" / "polnear" / "dev"
SCORER = SHARED / "eval" / "score.py"

# texts in, each text's attributions out: a system may parse its texts together, as the CLI does
Extractor = Callable[[list[str]], list[list[dict[str, Any]]]]


def newsdesk_extractor(mode: str) -> Extractor:
    from newsdesk.model import Article
    from newsdesk.options import Options
    from newsdesk.pipeline import RawPage, run_many

    options = Options(attribution=mode, verbatim=True)  # type: ignore[arg-type]

    def run(texts: list[str]) -> list[list[dict[str, Any]]]:
        pages = (RawPage(source="bench.txt", data=text, kind="text") for text in texts)
        return [
            [a.to_json_dict() for a in outcome.attributions] if isinstance(outcome, Article) else []
            for outcome in run_many(pages, options)
        ]

    return run


def textacy_extractor() -> Extractor:
    from textacy.extract.triples import direct_quotations

    from newsdesk.nlp import load_nlp

    nlp = load_nlp()

    def run(texts: list[str]) -> list[list[dict[str, Any]]]:
        return [quotes(text) for text in texts]

    def quotes(text: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        start = 0
        paragraphs = text.split("\n\n")
        for paragraph, doc in zip(paragraphs, nlp.pipe(paragraphs), strict=True):
            try:
                triples = list(direct_quotations(doc))
            except (ValueError, IndexError):
                triples = []  # an odd quote mark: textacy gives up on the paragraph
            for triple in triples:
                content = triple.content
                found.append(
                    {
                        "content_span": [start + content.start_char, start + content.end_char],
                        "speaker_span": _span(triple.speaker, start),
                        "cue_span": _span(triple.cue, start),
                    }
                )
            start += len(paragraph) + 2
        return found

    return run


def _span(tokens: list[Any], offset: int) -> list[int] | None:
    if not tokens:
        return None
    return [offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1])]


def _score(records: list[dict[str, Any]], folder: Path, name: str) -> dict[str, Any]:
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCORER), "attribution", str(path), "--bench", str(DEV), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    scored: dict[str, Any] = json.loads(result.stdout)
    return scored


def _run(name: str, extract: Extractor, texts: list[tuple[str, str]]) -> tuple[list[dict[str, Any]], float]:
    extract([texts[0][1]])  # load models before the clock starts
    started = time.process_time()
    found = extract([text for _stem, text in texts])
    seconds = time.process_time() - started
    return [{"id": stem, "attributions": a} for (stem, _text), a in zip(texts, found, strict=True)], seconds


def _row(name: str, scored: dict[str, Any], seconds: float, articles: int) -> str:
    direct = scored["recall_by_kind"]["direct"]["speaker"]
    return (
        f"| {name} | {articles / seconds:.1f} | {scored['content_overlap']['f1']:.3f} | "
        f"{scored['content_exact']['f1']:.3f} | {scored['speaker']['f1']:.3f} | "
        f"{scored['cue']['f1']:.3f} | {direct:.3f} |"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N dev articles")
    parser.add_argument("--systems", default="rules,model,textacy", help="comma-separated: rules, model, textacy")
    parser.add_argument("--components", action="store_true", help="also CPU seconds of each pipeline component")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print("bench/attribution.py needs ../shared (PolNeAR dev and the scorer)", file=sys.stderr)
        return 2
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((DEV / "text").glob("*.txt"))][: args.limit]
    systems: dict[str, Callable[[], Extractor]] = {
        "rules": lambda: newsdesk_extractor("rules"),
        "model": lambda: newsdesk_extractor("model"),
        "textacy": textacy_extractor,
    }
    print(
        f"PolNeAR dev, {len(texts)} articles; {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start"
    )
    print(
        "| system | articles/s per core | content F1 | content exact F1 | speaker F1 | cue F1 | "
        "direct: speaker recall |"
    )
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.systems.split(","):
            records, seconds = _run(name, systems[name](), texts)
            scored = _score(records, Path(tmp), name)
            label = {
                "rules": "newsdesk --attribution rules (default)",
                "model": "newsdesk --attribution model",
                "textacy": "textacy 0.13 direct_quotations",
            }[name]
            print(_row(label, scored, seconds, len(texts)), flush=True)
    if args.components:
        print(f"parse CPU seconds by component: {_component_seconds(texts)}", flush=True)
    return 0


def _component_seconds(texts: list[tuple[str, str]]) -> dict[str, float]:
    """CPU seconds each component of the process's pipeline spends on the texts, one doc at a time
    (``nlp.pipe`` batches, so the sum is a little above a run's parse time)."""
    from newsdesk.nlp import load_nlp

    nlp = load_nlp()
    spent = dict.fromkeys(["tokenizer", *nlp.pipe_names], 0.0)
    for _stem, text in texts:
        started = time.process_time()
        doc = nlp.make_doc(text)
        spent["tokenizer"] += time.process_time() - started
        for name, component in nlp.pipeline:
            started = time.process_time()
            doc = component(doc)
            spent[name] += time.process_time() - started
    return {name: round(seconds, 2) for name, seconds in spent.items()}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
