"""newsdesk's own errors. Foreign errors (httpx, OS, codecs) are mapped to these at the adapters,
so callers only ever catch newsdesk's.

    NewsdeskError
    ├── InputError          an input could not be read: missing, unreadable, not a page
    │   ├── FetchError      a URL timed out, failed or answered an error status
    │   └── DecodeError     bytes that are binary, empty or in no encoding we can detect
    └── ModelError          an NLP model or a trained component is missing or broken
"""

from __future__ import annotations

__all__ = ["DecodeError", "FetchError", "InputError", "ModelError", "NewsdeskError"]


class NewsdeskError(Exception):
    """Base of every error newsdesk raises. ``reason`` is a short, stable code for counters."""

    reason = "error"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class InputError(NewsdeskError):
    reason = "unreadable"


class FetchError(InputError):
    reason = "fetch-failed"


class DecodeError(InputError):
    reason = "undecodable"


class ModelError(NewsdeskError):
    reason = "model-missing"
