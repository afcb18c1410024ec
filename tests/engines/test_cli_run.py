"""``newsdesk run``: the closing summary, the exit code, and the files it leaves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers.ccnews import edge_cases, news_page, write_warc
from newsdesk.cli import app


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("in") / "CC-NEWS-x.warc.gz"
    edges = edge_cases(huge_bytes=0)
    write_warc(path, [news_page(n) for n in range(3)] + [edges["image"]])
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["run", *args, "--no-progress", "--no-attribution", "--workers", "1"])
    return result.exit_code, result.output


def test_a_run_prints_the_balance_and_writes_its_summary(archive: Path, tmp_path: Path) -> None:
    code, output = _run(str(archive), "--out", str(tmp_path), "--format", "jsonl")
    assert code == 0
    assert "inputs 4 = articles 3 + rejects 1 (not-html 1)" in output
    summary = json.loads((tmp_path / "_summary.json").read_text())
    assert summary["total"] == {"inputs": 4, "articles": 3, "rejects": 1, "reasons": {"not-html": 1}}
    code, output = _run(str(archive), "--out", str(tmp_path), "--format", "jsonl")
    assert code == 0 and "1 shards were finished by an earlier run and skipped" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "csv"], "--format takes parquet, jsonl or store"),
        (["--engine", "spark"], "--engine takes local or ray"),
        (["--format", "store"], "--format store needs --db"),
    ],
)
def test_bad_options_are_refused(archive: Path, tmp_path: Path, args: list[str], message: str) -> None:
    code, output = _run(str(archive), "--out", str(tmp_path), *args)
    assert code == 2 and message in " ".join(output.split())


def test_an_output_folder_of_another_format_is_refused(archive: Path, tmp_path: Path) -> None:
    assert _run(str(archive), "--out", str(tmp_path), "--format", "jsonl")[0] == 0
    code, output = _run(str(archive), "--out", str(tmp_path), "--format", "parquet")
    assert code == 2 and "holds jsonl output" in output
