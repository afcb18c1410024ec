"""``newsdesk run``: a batch over WARC files, folders and URLs, on this machine or on Ray."""

from __future__ import annotations

import json
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsdesk.cli import app
from newsdesk.errors import NewsdeskError
from newsdesk.options import AttributionMode, Options

if TYPE_CHECKING:  # the engines load pyarrow and rich draws the bar; `newsdesk extract` waits for neither
    from rich.console import Console

    from newsdesk.engines.summary import RunSummary

_FORMATS = ("parquet", "jsonl")
_ENGINES = ("local", "ray")


def _options(attribution: str, no_attribution: bool) -> Options:
    if attribution not in ("auto", "rules", "model", "off"):
        raise typer.BadParameter("--attribution takes auto, rules, model or off")
    mode: AttributionMode = "off" if no_attribution else attribution  # type: ignore[assignment]
    return Options(attribution=mode)


def _check(fmt: str, engine: str, db: str | None) -> None:
    if fmt not in (*_FORMATS, "store"):
        raise typer.BadParameter("--format takes parquet, jsonl or store")
    if engine not in _ENGINES:
        raise typer.BadParameter("--engine takes local or ray")
    if fmt == "store" and not db:
        raise typer.BadParameter("--format store needs --db (a store URL or SQLite path)")


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="WARC files (.warc, .warc.gz), folders, page files, URLs.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder (articles, rejects, shard ledger).")],
    fmt: Annotated[str, typer.Option("--format", help="parquet, jsonl, or store (with --db).")] = "parquet",
    db: Annotated[str | None, typer.Option("--db", help="The store for --format store.")] = None,
    engine: Annotated[str, typer.Option(help="local (a process pool) or ray (Ray Data).")] = "local",
    workers: Annotated[int, typer.Option(help="Worker processes (local) or actors (ray); 0: one per core.")] = 0,
    page_timeout: Annotated[float, typer.Option(help="Seconds a page may take before it is rejected.")] = 60.0,
    address: Annotated[str | None, typer.Option(help="Ray cluster address (auto: the running cluster).")] = None,
    attribution: Annotated[str, typer.Option(help="auto, rules, model or off.")] = "auto",
    no_attribution: Annotated[bool, typer.Option("--no-attribution", help="Extraction and metadata only.")] = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Extract every page of many inputs into OUT, shard by shard (one shard per WARC file).

    Articles go to OUT/articles/published_date=DAY/, rejects with their reasons to OUT/rejects/;
    finished shards are recorded in OUT/_shards, so running the same command again after a crash
    does only what is left. Exit code 0 when every shard is finished, 2 on a run that could not go on."""
    _check(fmt, engine, db)
    settings = _Settings(fmt, db, engine, workers or None, page_timeout, address, _options(attribution, no_attribution))
    from rich.console import Console

    console = Console(stderr=True, soft_wrap=True)
    try:
        summary = _run(inputs, out, settings, console, progress)
    except NewsdeskError as error:
        console.print(f"newsdesk: {error}", highlight=False)
        raise typer.Exit(2) from error
    (out / "_summary.json").write_text(json.dumps(summary.to_dict(), indent=1), encoding="utf-8")
    for line in summary.lines():
        console.print(line, highlight=False)
    raise typer.Exit(0 if summary.complete and summary.total.balanced else 2)


@dataclass(frozen=True)
class _Settings:
    fmt: str
    db: str | None
    engine: str
    workers: int | None
    page_timeout: float
    address: str | None
    options: Options


def _run(inputs: list[str], out: Path, settings: _Settings, console: Console, show_progress: bool) -> RunSummary:
    from newsdesk.cli.progress import RichProgress
    from newsdesk.engines.outputs import open_output
    from newsdesk.engines.shards import Ledger, plan_shards
    from newsdesk.engines.tracker import Batch

    shards = plan_shards(inputs)
    ledger = Ledger(out)
    skipped = sum(ledger.done(shard) is not None for shard in shards)
    bar = RichProgress(console, len(shards), skipped) if show_progress else None
    output = open_output(out, settings.fmt, settings.db)
    batch = Batch(shards, output, ledger, settings.options, settings.workers, settings.page_timeout, bar)
    with bar or nullcontext():
        if settings.engine == "ray":
            from newsdesk.engines.ray_data import run_ray

            return run_ray(batch, settings.address)
        from newsdesk.engines.local import run_local

        return run_local(batch)
