"""The web page: server-rendered HTML (Jinja2, every value escaped), one stylesheet, no script."""

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

__all__ = ["STATIC_DIR", "TEMPLATES_DIR"]
