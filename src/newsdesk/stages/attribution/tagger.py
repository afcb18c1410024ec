"""The trained attribution tagger: a linear-chain CRF (CRFsuite) over the features of ``features``,
and where its weights live.

Weights are files in ``newsdesk/models/``, each with a JSON model card beside it that names its
training data and that data's terms. ``--attribution auto`` uses only weights whose card allows them
as a default (``"may_be_default": true``); ``--attribution model`` uses the card named
``attribution`` whatever its terms (the user's explicit choice). Nothing is downloaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from newsdesk.errors import ModelError
from newsdesk.stages.attribution.features import FEATURES_VERSION, Features

__all__ = ["MODELS", "CrfTagger", "ModelCard", "Tagger", "default_card", "find_card", "load_tagger"]

MODELS = Path(__file__).resolve().parent.parent.parent / "models"
_CARD_SUFFIX = ".card.json"


class Tagger(Protocol):
    """Anything that tags a sequence of token features: BIO labels and each label's probability."""

    def tag(self, sequence: list[Features]) -> tuple[list[str], list[float]]: ...


@dataclass(frozen=True)
class ModelCard:
    """What a weights file is: its file, the data it learned from, the data's terms, and whether
    those terms allow it to run by default."""

    name: str
    weights: Path
    data: str
    terms: str
    may_be_default: bool
    features: str
    stage: str

    @staticmethod
    def read(path: Path) -> ModelCard:
        """The card at ``path``; raises ModelError when it is unreadable or names no weights file."""
        try:
            raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return ModelCard(
                name=str(raw["name"]),
                weights=path.parent / str(raw["weights"]),
                data=str(raw["data"]),
                terms=str(raw["terms"]),
                may_be_default=bool(raw.get("may_be_default", False)),
                features=str(raw.get("features", "")),
                stage=str(raw.get("stage", "newsdesk.attribution.crf/1")),
            )
        except (OSError, ValueError, KeyError) as error:
            raise ModelError(f"unreadable model card {path}: {error}", reason="model-broken") from error


def _cards(folder: Path) -> list[ModelCard]:
    if not folder.is_dir():
        return []
    cards = [ModelCard.read(p) for p in sorted(folder.glob(f"*{_CARD_SUFFIX}"))]
    return [c for c in cards if c.weights.is_file() and c.features == FEATURES_VERSION]


def default_card(folder: Path = MODELS) -> ModelCard | None:
    """Weights that may run by default (their data's terms allow it), or None: then ``auto`` means
    the rules."""
    return next((c for c in _cards(folder) if c.may_be_default), None)


def find_card(folder: Path = MODELS) -> ModelCard:
    """The weights ``--attribution model`` asks for: the default-safe ones first, else any; raises
    ModelError when none are built (see ``newsdesk train-attribution``)."""
    cards = _cards(folder)
    if not cards:
        raise ModelError(
            f"no attribution weights in {folder}: build them with `newsdesk train-attribution`, "
            "or use --attribution rules"
        )
    return next((c for c in cards if c.may_be_default), cards[0])


class CrfTagger:
    """A CRFsuite model: Viterbi labels, and the marginal probability of each chosen label."""

    def __init__(self, weights: Path) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(weights))
        except (OSError, ValueError) as error:
            raise ModelError(f"unreadable weights {weights}: {error}", reason="model-broken") from error

    def tag(self, sequence: list[Features]) -> tuple[list[str], list[float]]:
        """Labels of a token sequence, and the model's probability for each."""
        if not sequence:
            return [], []
        labels: list[str] = self._tagger.tag(sequence)
        probabilities = [float(self._tagger.marginal(label, i)) for i, label in enumerate(labels)]
        return labels, probabilities


@lru_cache(maxsize=4)
def load_tagger(weights: Path) -> CrfTagger:
    """The tagger for a weights file, loaded once per process."""
    return CrfTagger(weights)
