"""``newsdesk serve``: the HTTP API and the web page over the configured store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli import app


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: Annotated[str | None, typer.Option("--db", help="Store: a file path or postgresql://...")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="A newsdesk.toml settings file.")] = None,
) -> None:
    """Serve the API (OpenAPI docs at /docs) and the web page; stop with Ctrl-C."""
    import uvicorn

    from newsdesk.adapters.store import StoreError
    from newsdesk.api import create_app
    from newsdesk.config import ConfigError, load_settings

    try:
        settings = load_settings(config, db=db)
        application = create_app(settings)
    except (StoreError, ConfigError) as error:
        typer.echo(f"newsdesk: {error}", err=True)
        raise typer.Exit(2) from error
    shown = f"[{host}]" if ":" in host else host
    writes = "POST /ingest needs the bearer token" if settings.token else "POST /ingest is off (no token configured)"
    typer.echo(
        f"newsdesk: serving {settings.db} at http://{shown}:{port}/  (API docs: /docs; {writes}; "
        f"{settings.extract_workers} extraction worker(s))"
    )
    uvicorn.run(application, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
