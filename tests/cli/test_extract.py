"""`newsdesk extract` as a user runs it: formats, stdin, bad input, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SEED = EXAMPLES / "independent-starmer-trump.txt"
runner = CliRunner()


def test_jsonl_gives_one_record_per_input() -> None:
    result = runner.invoke(app, ["extract", str(SEED), str(EXAMPLES / "westport-wildfire-evacuation.txt"), "--jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["schema"] for r in records] == ["newsdesk.article/3"] * 2
    assert records[0]["headline"] == "Starmer has not spoken to Trump about US election interference row"


def test_summary_prints_who_said_what() -> None:
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0
    assert "by David Lynch · 2024-10-24T22:00:00+01:00 · The Independent" in result.stdout
    assert "[direct, speech] Keir Starmer (told → ITV): “No, he’s in the middle of a campaign,”" in result.stdout
    assert "[indirect, intention] Keir Starmer (hoped): to meet Ms Harris" in result.stdout


def test_markdown_and_json(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert runner.invoke(app, ["extract", str(SEED), "--json", "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text())[0]["authors"] == ["David Lynch"]
    markdown = runner.invoke(app, ["extract", str(SEED), "--markdown"]).stdout
    assert markdown.startswith("# Starmer has not spoken to Trump")
    assert "## Who said what" in markdown


def test_stdin_is_read_as_a_page() -> None:
    result = runner.invoke(app, ["extract", "-", "--jsonl", "--no-attribution"], input=SEED.read_text())
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "<stdin>" and record["attributions"] == []


def test_bad_inputs_are_rejected_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (tmp_path / "menu.txt").write_text("Home\nNews\nSport\n")
    inputs = [
        str(tmp_path / "empty.txt"),
        str(tmp_path / "image.html"),
        str(tmp_path / "menu.txt"),
        str(tmp_path / "missing.txt"),
        str(SEED),
    ]
    result = runner.invoke(app, ["extract", *inputs, "--jsonl", "--no-attribution"])
    assert result.exit_code == 1  # something was rejected
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(inputs)  # every input accounted for, in order
    assert [r.get("reason") for r in records] == ["empty", "binary", "no-story", "not-found", None]
    assert all(r["rejected"] for r in records[:4])
    assert result.stderr.count("newsdesk: rejected") == 4


def test_schema_command_prints_the_record_schema() -> None:
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert schema["title"] == "Article"
    assert {"headline", "authors", "published", "attributions", "removed"} <= set(schema["properties"])


def test_unknown_attribution_mode_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", str(SEED), "--attribution", "magic"])
    assert result.exit_code == 2
