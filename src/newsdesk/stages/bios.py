"""The note about the writer printed at the foot of a story ("Jane Doe is a health reporter who...")
is about the author, not part of the story: it leaves the body and is kept among the removed parts
with its reason.

A paragraph is such a note when it sits among the story's last paragraphs, is short, and opens with
the full name of one of the story's own authors and a verb that introduces a person ("is", "writes",
"covers"...). A first name alone does not count ("Lauren has written..."): the byline gives the full
name, and a story may well end on a sentence about someone else who shares a first name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.model import Removed
from newsdesk.stages.draft import Draft
from newsdesk.vocab.bylines import AUTHOR_BIO_VERBS

__all__ = ["without_author_bios"]

_LAST_PARAGRAPHS = 4  # how far from the foot of the story a note may sit
_MAX_WORDS = 130  # a note runs to a hundred-odd words; longer paragraphs are story, whoever they open with
# After the name: perhaps an apposition ("Jane Doe, a former teacher, is..."), then the verb. One
# pattern for every page; the names are compared as text, so no page compiles a pattern of its own.
_AFTER_NAME = re.compile(rf"(?:,[^,.]{{1,80}},)?\s+(?:{'|'.join(sorted(AUTHOR_BIO_VERBS))})\b")


def _opens_with_author(paragraph: str, names: list[str]) -> bool:
    return any(paragraph.startswith(name) and _AFTER_NAME.match(paragraph, len(name)) for name in names)


def without_author_bios(draft: Draft) -> Draft:
    """The draft with its authors' notes moved from the body to ``removed`` ("author bio")."""
    names = [name for name in draft.authors if len(name.split()) >= 2]
    if not names or len(draft.paragraphs) <= 1:
        return draft
    first_checked = max(1, len(draft.paragraphs) - _LAST_PARAGRAPHS)
    bios = {
        i
        for i in range(first_checked, len(draft.paragraphs))
        if len(draft.paragraphs[i].split()) <= _MAX_WORDS and _opens_with_author(draft.paragraphs[i], names)
    }
    if not bios:
        return draft
    return replace(
        draft,
        paragraphs=tuple(p for i, p in enumerate(draft.paragraphs) if i not in bios),
        removed=(*draft.removed, *(Removed(text=draft.paragraphs[i], reason="author bio") for i in sorted(bios))),
    )
