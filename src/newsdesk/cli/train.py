"""``newsdesk train-attribution``: build the attribution tagger's weights from annotated articles.

Reads a folder in PolNeAR's layout (``text/X.txt`` and ``attributions/X_<annotator>.ann``, brat
standoff; the alphabetically first annotator's file where there are several), parses each text with
the same spaCy pipeline as ``extract``, and trains a CRF on the features of
``newsdesk.stages.attribution.features``. Writes the weights and a model card (JSON) that names the
data and its terms. Weights are only as free as their data: unless ``--may-be-default`` is given,
``--attribution auto`` will not use them and a user must ask for them with ``--attribution model``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli import app

# The weights folder, named here without importing the NLP stages: `newsdesk --help` and `extract
# --no-attribution` must not pay for loading spaCy.
MODELS = Path(__file__).resolve().parent.parent / "models"

__all__ = ["read_corpus", "train_attribution"]

_POLNEAR_TERMS = (
    "PolNeAR (Newell, Margolin and Ruths, LREC 2018) states no license: research use only. "
    "Its distributors ask that models trained on it are not shipped as a default."
)


def read_corpus(split: Path) -> Iterator[tuple[str, str, str]]:
    """(name, text, annotation) of each annotated article of a PolNeAR-style folder."""
    text_dir, ann_dir = split / "text", split / "attributions"
    annotations = sorted(ann_dir.glob("*.ann"))
    for path in sorted(text_dir.glob("*.txt")):
        mine = [a for a in annotations if a.name.rsplit("_", 1)[0] == path.stem]
        if mine:
            yield path.stem, path.read_text(encoding="utf-8"), mine[0].read_text(encoding="utf-8")


def _trainer_items(split: Path, limit: int | None) -> Iterator[tuple[list[dict[str, str | float]], list[str]]]:
    from newsdesk.nlp import load_nlp
    from newsdesk.stages.attribution.attribute import field_attributions
    from newsdesk.stages.attribution.features import rule_labels
    from newsdesk.stages.attribution.training import gold_tags, parse_brat, tagged_paragraphs
    from newsdesk.stages.entities import build_index
    from newsdesk.stages.entities.mentions import Field

    corpus = list(read_corpus(split))[:limit]
    nlp = load_nlp()
    for (_name, _text, annotation), doc in zip(corpus, nlp.pipe(t for _n, t, _a in corpus), strict=True):
        field_ = Field("body", doc, 0)
        rules = rule_labels(doc, field_attributions(field_, build_index([field_])))
        yield from tagged_paragraphs(doc, rules, gold_tags(doc, parse_brat(annotation)))


def _card(weights: Path, data: str, terms: str, may_be_default: bool, articles: int) -> dict[str, object]:
    from newsdesk.stages.attribution.features import FEATURES_VERSION

    return {
        "name": weights.stem,
        "weights": weights.name,
        "stage": f"newsdesk.attribution.crf-{weights.stem.removeprefix('attribution-')}/1",
        "kind": "linear-chain CRF (CRFsuite), BIO tags for source, cue and content",
        "features": FEATURES_VERSION,
        "data": data,
        "articles": articles,
        "terms": terms,
        "may_be_default": may_be_default,
        "built_by": "newsdesk train-attribution",
        "built": time.strftime("%Y-%m-%d"),
    }


@app.command("train-attribution")
def train_attribution(
    split: Annotated[Path, typer.Argument(help="Folder with text/*.txt and attributions/*.ann (PolNeAR's train).")],
    out: Annotated[Path, typer.Option(help="Weights file to write.")] = MODELS / "attribution-polnear.crfsuite",
    data: Annotated[str, typer.Option(help="The data's name, for the model card.")] = "PolNeAR train split",
    terms: Annotated[str, typer.Option(help="The data's terms, for the model card.")] = _POLNEAR_TERMS,
    may_be_default: Annotated[
        bool, typer.Option("--may-be-default", help="The data's terms allow these weights as the default.")
    ] = False,
    c1: Annotated[float, typer.Option(help="L1 penalty (keeps the weights small).")] = 2.0,
    c2: Annotated[float, typer.Option(help="L2 penalty.")] = 0.01,
    iterations: Annotated[int, typer.Option(help="Most L-BFGS iterations.")] = 200,
    limit: Annotated[int | None, typer.Option(help="Use only the first N articles (a quick trial).")] = None,
) -> None:
    """Train the attribution tagger and write its weights and model card."""
    import pycrfsuite

    if not (split / "text").is_dir() or not (split / "attributions").is_dir():
        raise typer.BadParameter(f"{split} has no text/ and attributions/ folders")
    trainer = pycrfsuite.Trainer(verbose=False)
    sequences = 0
    for features, tags in _trainer_items(split, limit):
        trainer.append(features, tags)
        sequences += 1
    articles = len(list(read_corpus(split))[:limit])
    typer.echo(f"newsdesk: training on {sequences} paragraphs of {articles} articles", err=True)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    card = out.with_name(out.stem + ".card.json")
    card.write_text(json.dumps(_card(out, data, terms, may_be_default, articles), indent=1) + "\n", encoding="utf-8")
    size = out.stat().st_size / 1e6
    typer.echo(f"newsdesk: wrote {out} ({size:.1f} MB) and {card.name}", err=True)
