"""The memoised attribute ruler and lemmatizer (``newsdesk.nlp.MemoisedAttributes``) give the
parse the same coarse tags, morphology and lemmas as the model's shipped components, token for
token, on the bundled example pages and on the words whose patterns read a neighbour."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
_NEIGHBOURS = [
    "There is no plan, and there were never any talks.",  # "is" after an expletive: a VERB
    "We're gonna win this, y'all, and it ain't over.",  # "gon na", "y' all", "ai n't"
    "I told you and you told me; it hit them and it was over.",  # case by dependency
    "Tabs\tand  double  spaces,\n\nand paragraph breaks.",  # space tokens the ruler re-tags
]


@pytest.fixture(scope="module")
def shipped(nlp):  # type: ignore[no-untyped-def]
    """The same model with its own attribute ruler and lemmatizer, as it ships."""
    from newsdesk.nlp import load_model

    return load_model(memoise=False)


def _reading(doc) -> list[tuple[str, str, str, str, str, str]]:  # type: ignore[no-untyped-def]
    return [(t.text, t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in doc]


def test_the_memoised_components_replace_the_shipped_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "newsdesk_memoised_attributes" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names


def test_same_tags_and_lemmas_as_the_shipped_model(nlp, shipped) -> None:  # type: ignore[no-untyped-def]
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + _NEIGHBOURS
    for ours, theirs in zip(nlp.pipe(texts), shipped.pipe(texts), strict=True):
        assert _reading(ours) == _reading(theirs)


def test_a_second_pass_reads_the_memo_and_agrees(nlp, shipped) -> None:  # type: ignore[no-untyped-def]
    text = _NEIGHBOURS[0]
    assert _reading(nlp(text)) == _reading(nlp(text)) == _reading(shipped(text))
