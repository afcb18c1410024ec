"""The HTTP API and the web page: a thin FastAPI shell over the store and the pipeline."""

from newsdesk.api.app import create_app

__all__ = ["create_app"]
