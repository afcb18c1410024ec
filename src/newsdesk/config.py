"""Settings of the store and the server, read once at the boundary: defaults, then a TOML file, then
the environment (``NEWSDESK_*``), each overriding the one before.

    # newsdesk.toml (or the file named by --config / NEWSDESK_CONFIG)
    db = "newsdesk.db"                 # NEWSDESK_DB: a file path or postgresql://...
    token = "a long random string"     # NEWSDESK_TOKEN: bearer token for POST /ingest (none: writes refused)
    reads = "open"                     # NEWSDESK_READS: "open", or "token" to ask for the token on reads too
    max_body_bytes = 5000000           # NEWSDESK_MAX_BODY_BYTES: larger request bodies get 413
    request_timeout = 30.0             # NEWSDESK_REQUEST_TIMEOUT: seconds per request before 503
    extract_workers = 2                # NEWSDESK_EXTRACT_WORKERS: processes running /extract and /ingest
    fetch_timeout = 10.0               # NEWSDESK_FETCH_TIMEOUT: seconds to fetch a URL given to the API
    allow_private_urls = false         # NEWSDESK_ALLOW_PRIVATE_URLS: fetch loopback/private/link-local hosts
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

from newsdesk.errors import NewsdeskError

__all__ = ["ConfigError", "Settings", "load_settings"]

DEFAULT_CONFIG_FILE = "newsdesk.toml"
_ENV_PREFIX = "NEWSDESK_"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


class ConfigError(NewsdeskError):
    reason = "bad-config"


@dataclass(frozen=True)
class Settings:
    db: str = "newsdesk.db"
    token: str | None = None
    reads: Literal["open", "token"] = "open"
    max_body_bytes: int = 5_000_000
    request_timeout: float = 30.0
    fetch_timeout: float = 10.0
    allow_private_urls: bool = False
    extract_workers: int = 2


def _coerce(name: str, kind: type, value: Any) -> Any:
    """A setting's value from TOML or an environment string, checked against its type."""
    if kind is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        raise ConfigError(f"{name}: expected true or false, got {value!r}")
    try:
        return kind(value)
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{name}: expected {kind.__name__}, got {value!r}") from error


_KINDS: dict[str, type] = {
    "db": str,
    "token": str,
    "reads": str,
    "max_body_bytes": int,
    "request_timeout": float,
    "fetch_timeout": float,
    "allow_private_urls": bool,
    "extract_workers": int,
}


def _apply(settings: Settings, values: Mapping[str, Any], origin: str) -> Settings:
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"{origin}: unknown setting(s) {', '.join(unknown)}")
    changes = {name: _coerce(name, _KINDS[name], value) for name, value in values.items()}
    if changes.get("reads", settings.reads) not in ("open", "token"):
        raise ConfigError(f"{origin}: reads must be 'open' or 'token'")
    if changes.get("extract_workers", settings.extract_workers) < 1:
        raise ConfigError(f"{origin}: extract_workers must be 1 or more")
    return replace(settings, **changes)


def load_settings(
    config_file: Path | None = None, environ: Mapping[str, str] | None = None, **overrides: Any
) -> Settings:
    """Settings from defaults, the TOML file (``config_file``, else ``$NEWSDESK_CONFIG``, else
    ``./newsdesk.toml`` when present), the environment, then ``overrides`` that are not None.
    Raises ConfigError for an unreadable file, an unknown setting or a value of the wrong type."""
    environ = os.environ if environ is None else environ
    settings = Settings()
    path = config_file or (Path(environ["NEWSDESK_CONFIG"]) if environ.get("NEWSDESK_CONFIG") else None)
    if path is None and Path(DEFAULT_CONFIG_FILE).is_file():
        path = Path(DEFAULT_CONFIG_FILE)
    if path is not None:
        try:
            settings = _apply(settings, tomllib.loads(path.read_text(encoding="utf-8")), str(path))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"{path}: {error}") from error
    from_env = {
        f.name: environ[_ENV_PREFIX + f.name.upper()]
        for f in fields(Settings)
        if _ENV_PREFIX + f.name.upper() in environ
    }
    settings = _apply(settings, from_env, "environment")
    return _apply(settings, {k: v for k, v in overrides.items() if v is not None}, "command line")
