"""The CLI over the pipeline and the store: ingest a page, ask who said what about whom."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "independent-starmer-trump.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "cli.db")
    result = CliRunner().invoke(app, ["ingest", str(EXAMPLE), str(ROOT / "no-such-page.txt"), "--db", path])
    assert result.exit_code == 1, result.output  # one input was rejected
    assert "2 inputs: 1 added, 1 rejected (not-found: 1)" in result.output
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_ingesting_again_changes_nothing(db: str) -> None:
    output = run("ingest", str(EXAMPLE), "--db", db, "--quiet")
    assert "1 inputs: 0 added, 1 unchanged, 0 rejected" in output
    assert "1 articles, 1 stories, 1 rejects kept" in output


def test_what_has_starmer_said_about_trump(db: str) -> None:
    quotes = json.loads(run("quotes", "--speaker", "Starmer", "--about", "Trump", "--format", "json", "--db", db))
    assert quotes
    assert {q["speaker"] for q in quotes} == {"Keir Starmer"}
    assert all("Donald Trump" in q["about"] for q in quotes)
    nobody = run("quotes", "--speaker", "Starmer", "--about", "Nobody Atall", "--format", "json", "--db", db)
    assert json.loads(nobody) == []


def test_search_finds_the_story_with_its_quotes_and_filters_by_date(db: str) -> None:
    found = json.loads(run("search", "interference", "--speaker", "Sir Keir", "--format", "json", "--db", db))
    assert found["total"] == 1
    assert found["hits"][0]["article"]["publisher"] == "The Independent"
    assert found["hits"][0]["quotes"]
    later = json.loads(run("search", "interference", "--since", "2024-10-25", "--format", "json", "--db", db))
    assert later["total"] == 0


def test_speakers_lists_counts_as_csv(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run("speakers", "--format", "csv", "--db", db))))
    starmer = next(r for r in rows if r["id"] == "keir-starmer")
    assert int(starmer["quotes"]) >= 3


@pytest.mark.parametrize(
    "args",
    [
        ["search", "x", "--since", "last tuesday"],
        ["search", "x", "--kind", "shouted"],
        ["quotes", "--format", "xml"],
    ],
)
def test_bad_options_are_refused(db: str, args: list[str]) -> None:
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == 2


def test_a_store_that_cannot_be_opened_is_reported(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["speakers", "--db", str(tmp_path / "missing" / "x.db")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_what_starmer_said_leaves_out_what_he_hoped(db: str) -> None:
    """Sir Keir "hoped to meet Ms Harris": an intention, not a statement."""
    every = json.loads(run("quotes", "--speaker", "Starmer", "--format", "json", "--db", db))
    said = json.loads(run("quotes", "--speaker", "Starmer", "--act", "speech", "--format", "json", "--db", db))
    hoped = [q for q in every if q["cue"] == "hoped"]
    assert [q["act"] for q in hoped] == ["intention"]
    assert said and all(q["act"] == "speech" for q in said) and hoped[0] not in said
    either = ["quotes", "--speaker", "Starmer", "--format", "json", "--db", db]
    repeated = json.loads(run(*either, "--act", "speech", "--act", "intention"))
    listed = json.loads(run(*either, "--act", "speech,intention"))
    assert repeated == listed and len(listed) == len(said) + 1


def test_quotes_show_their_act_in_a_table_and_csv(db: str) -> None:
    table = run("quotes", "--speaker", "Starmer", "--act", "intention", "--db", db)
    assert "[indirect, intention] Keir Starmer (hoped): to meet Ms Harris" in table
    rows = list(csv.DictReader(io.StringIO(run("quotes", "--act", "intention", "--format", "csv", "--db", db))))
    assert [(r["speaker"], r["act"], r["cue"]) for r in rows] == [("Keir Starmer", "intention", "hoped")]


def test_search_takes_the_act_filter_too(db: str) -> None:
    found = json.loads(run("search", "--act", "intention", "--format", "json", "--db", db))
    assert found["total"] == 1 and [q["cue"] for q in found["hits"][0]["quotes"]] == ["hoped"]
    assert json.loads(run("search", "--act", "evidence", "--format", "json", "--db", db))["total"] == 0


@pytest.mark.parametrize("act", ["said", "speech,wants", "Hearsay"])
def test_a_word_that_is_no_act_is_refused_with_the_acts_named(db: str, act: str) -> None:
    result = CliRunner().invoke(app, ["quotes", "--act", act, "--db", db])
    assert result.exit_code == 2
    said = " ".join(result.output.replace("│", " ").split())  # the message as words, out of its box
    assert "not an act" in said and "speech, written, belief, intention, stance, evidence" in said
