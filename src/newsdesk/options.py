"""One options object, built once at the boundary (CLI, API, engine) and handed to every stage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["AttributionMode", "Options"]

AttributionMode = Literal["auto", "rules", "model", "off"]


@dataclass(frozen=True)
class Options:
    """How to read a page.

    attribution: "off" skips the NLP stages (extraction and metadata only); "rules" uses the
        rule-based attributor only; "model" requires trained weights; "auto" uses them when present.
    verbatim: take a text input as the article body exactly as it is (no layout, no chrome
        removal), so that every span indexes the input file.
    fetch_timeout: seconds allowed for fetching a URL.
    """

    attribution: AttributionMode = "auto"
    verbatim: bool = False
    fetch_timeout: float = 20.0
    max_bytes: int = 50_000_000

    @property
    def nlp_enabled(self) -> bool:
        return self.attribution != "off"
