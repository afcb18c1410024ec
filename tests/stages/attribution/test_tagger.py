"""Weights and their cards: built by `newsdesk train-attribution` from annotated articles, used by
`--attribution model`, and by `auto` only when their data's terms allow a default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.errors import ModelError
from newsdesk.stages.attribution.tagger import default_card, find_card
from newsdesk.stages.draft import Draft
from newsdesk.stages.enrich import RULES_STAGE, enrich

# Two small articles of our own, annotated in brat standoff the way PolNeAR is.
ARTICLES = {
    "harbour": (
        "Ana Ruiz said the harbour would reopen in May.\n\n“We are ready,” said Tom Baker.",
        [("Ana Ruiz", "said", "the harbour would reopen in May"), ("Tom Baker", "said", "“We are ready,”")],
    ),
    "school": (
        "The head teacher said the school was safe.\n\n“It is fine,” said Lena Park.",
        [("The head teacher", "said", "the school was safe"), ("Lena Park", "said", "“It is fine,”")],
    ),
}


def _brat(text: str, events: list[tuple[str, str, str]]) -> str:
    lines, n, search = [], 0, 0
    for e, (source, cue, content) in enumerate(events, start=1):
        ids = []
        for role, words in (("Source", source), ("Cue", cue), ("Content", content)):
            start = text.index(words, search if role == "Source" else 0)
            n += 1
            ids.append(f"{role}:T{n}")
            lines.append(f"T{n}\t{role} {start} {start + len(words)}\t{words}")
        search = text.index(source, search) + 1
        lines.append(f"E{e}\tAttribution:{ids[1].split(':')[1]} {' '.join(ids)}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    for name, (text, events) in ARTICLES.items():
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{name}_a1.ann").write_text(_brat(text, events), encoding="utf-8")
    return root


def _train(corpus: Path, models: Path, *extra: str) -> Path:
    weights = models / "attribution-tiny.crfsuite"
    result = CliRunner().invoke(
        app, ["train-attribution", str(corpus), "--out", str(weights), "--iterations", "20", *extra]
    )
    assert result.exit_code == 0, result.output
    return weights


def test_training_writes_weights_and_a_card_that_names_the_data(corpus: Path, tmp_path: Path) -> None:
    weights = _train(corpus, tmp_path, "--data", "two test articles", "--terms", "ours")
    card = json.loads((tmp_path / "attribution-tiny.card.json").read_text(encoding="utf-8"))
    assert weights.stat().st_size > 0
    assert (card["data"], card["terms"], card["may_be_default"]) == ("two test articles", "ours", False)
    assert card["weights"] == weights.name and card["articles"] == 2


def test_auto_keeps_to_the_rules_unless_the_card_allows_a_default(corpus: Path, tmp_path: Path, parse) -> None:  # type: ignore[no-untyped-def]
    _train(corpus, tmp_path)
    assert default_card(tmp_path) is None
    assert find_card(tmp_path).name == "attribution-tiny"
    draft = Draft(paragraphs=("Ana Ruiz said the harbour would reopen in May.",))
    assert enrich(draft, parse, "auto", tmp_path).stage == RULES_STAGE
    by_model = enrich(draft, parse, "model", tmp_path)
    assert by_model.stage == "newsdesk.attribution.crf-tiny/1"
    assert all(a.method == "crf" for a in by_model.attributions)


def test_weights_whose_terms_allow_it_run_by_default(corpus: Path, tmp_path: Path, parse) -> None:  # type: ignore[no-untyped-def]
    _train(corpus, tmp_path, "--may-be-default")
    card = default_card(tmp_path)
    assert card is not None and card.may_be_default
    draft = Draft(paragraphs=("Ana Ruiz said the harbour would reopen in May.",))
    assert enrich(draft, parse, "auto", tmp_path).stage == "newsdesk.attribution.crf-tiny/1"


def test_model_mode_without_weights_is_a_model_error(tmp_path: Path, parse) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelError, match="train-attribution"):
        enrich(Draft(paragraphs=("Ana Ruiz said so.",)), parse, "model", tmp_path)
    assert enrich(Draft(paragraphs=("Ana Ruiz said so.",)), parse, "rules", tmp_path).stage == RULES_STAGE


def test_a_folder_without_annotations_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train-attribution", str(tmp_path)])
    assert result.exit_code != 0
