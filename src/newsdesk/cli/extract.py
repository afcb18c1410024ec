"""``newsdesk extract`` and ``newsdesk schema``."""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli import app
from newsdesk.model import Article, Outcome, Rejected, json_schema
from newsdesk.options import AttributionMode, Options


def _format(jsonl: bool, as_json: bool, markdown: bool) -> str:
    chosen = [name for name, on in (("jsonl", jsonl), ("json", as_json), ("markdown", markdown)) if on]
    if len(chosen) > 1:
        raise typer.BadParameter("choose one of --jsonl, --json, --markdown")
    return chosen[0] if chosen else "summary"


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .html, .htm, .html.gz, .warc, .warc.gz), folders, URLs, or - for stdin."),
    ],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON record a line.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON array of records.")] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="The clean story as Markdown.")] = False,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file instead of stdout.")] = None,
    verbatim: Annotated[
        bool, typer.Option("--verbatim", help="Take a text input as the body exactly as it is.")
    ] = False,
    attribution: Annotated[str, typer.Option(help="auto, rules, model or off.")] = "auto",
    no_attribution: Annotated[bool, typer.Option("--no-attribution", help="Extraction and metadata only.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds allowed to fetch a URL.")] = 20.0,
) -> None:
    """Read pages and write one article record per input (or a rejection with its reason).

    Exit code: 0 when every input became an article, 1 when any was rejected."""
    from newsdesk.adapters.files import iter_pages
    from newsdesk.adapters.output import write_outcomes
    from newsdesk.pipeline import run_many

    gc.freeze()  # what start-up made lives to the end: the collector need not walk it on every pass
    if attribution not in ("auto", "rules", "model", "off"):
        raise typer.BadParameter("--attribution takes auto, rules, model or off")
    mode: AttributionMode = "off" if no_attribution else attribution  # type: ignore[assignment]
    options = Options(attribution=mode, verbatim=verbatim, fetch_timeout=timeout)
    fmt = _format(jsonl, as_json, markdown)
    rejected = 0
    context = output.open("w", encoding="utf-8") if output else nullcontext(sys.stdout)
    with context as stream:

        def counted() -> Iterator[Outcome]:
            nonlocal rejected
            for outcome in run_many(iter_pages(inputs, options), options):
                if isinstance(outcome, Rejected):
                    rejected += 1
                    typer.echo(
                        f"newsdesk: rejected {outcome.source}: {outcome.reason}"
                        f"{' (' + outcome.detail + ')' if outcome.detail else ''}",
                        err=True,
                    )
                yield outcome

        write_outcomes(counted(), stream, fmt)  # type: ignore[arg-type]
    raise typer.Exit(1 if rejected else 0)


@app.command()
def schema(
    reject: Annotated[bool, typer.Option("--reject", help="The schema of a rejection instead.")] = False,
) -> None:
    """Print the JSON Schema of the article record (newsdesk.article/3)."""
    model = Rejected if reject else Article
    typer.echo(json.dumps(json_schema(model), indent=1, ensure_ascii=False))
