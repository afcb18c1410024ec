"""The command line: a thin typer shell over the pipeline (and, later, the store and engines).

Each command lives in its own module and registers itself on ``app``.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="newsdesk",
    help="Read news pages like a careful editor: clean story records, every statement attributed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Commands register themselves on import.
from newsdesk.cli import extract as _extract  # noqa: E402,F401
from newsdesk.cli import run as _run  # noqa: E402,F401
from newsdesk.cli import serve as _serve  # noqa: E402,F401
from newsdesk.cli import store as _store  # noqa: E402,F401
from newsdesk.cli import train as _train  # noqa: E402,F401


def main() -> None:
    """Entry point of the ``newsdesk`` script."""
    app()


__all__ = ["app", "main"]
