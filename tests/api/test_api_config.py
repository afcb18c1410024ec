"""Settings of the store and the server: defaults, then a TOML file, then the environment, then the
command line; a bad value is refused with its origin named."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.config import ConfigError, Settings, load_settings


def test_each_layer_overrides_the_one_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a folder without a ./newsdesk.toml
    toml = tmp_path / "settings.toml"
    toml.write_text('db = "file.db"\nextract_workers = 4\nrequest_timeout = 12\n', encoding="utf-8")
    environ = {"NEWSDESK_EXTRACT_WORKERS": "3", "NEWSDESK_ALLOW_PRIVATE_URLS": "yes"}
    settings = load_settings(toml, environ, db="cli.db")
    assert (settings.db, settings.extract_workers, settings.request_timeout) == ("cli.db", 3, 12.0)
    assert settings.allow_private_urls is True
    assert load_settings(None, {}) == Settings()
    assert load_settings(None, {}, db=None).db == Settings().db  # a flag not given overrides nothing


@pytest.mark.parametrize(
    ("environ", "origin"),
    [
        ({"NEWSDESK_EXTRACT_WORKERS": "0"}, "extract_workers must be 1 or more"),
        ({"NEWSDESK_EXTRACT_WORKERS": "two"}, "expected int"),
        ({"NEWSDESK_READS": "sometimes"}, "reads must be"),
        ({"NEWSDESK_ALLOW_PRIVATE_URLS": "perhaps"}, "expected true or false"),
    ],
)
def test_a_bad_value_is_refused(environ: dict[str, str], origin: str) -> None:
    with pytest.raises(ConfigError, match=origin):
        load_settings(None, environ)


def test_an_unknown_setting_in_the_file_is_refused(tmp_path: Path) -> None:
    toml = tmp_path / "newsdesk.toml"
    toml.write_text("workers = 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(toml, {})
