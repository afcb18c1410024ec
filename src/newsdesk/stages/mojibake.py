"""Repair of double-encoded text ("mojibake"): UTF-8 bytes that were once read as windows-1252 or
latin-1 and written out again, so that "it’s" reads "itâ€™s" (or "itâ\\x80\\x99s"; in markup,
"it&acirc;&euro;&trade;s", which the HTML parser turns into the same characters).

Such pages decode cleanly, so the decoder cannot see the damage: the bytes are valid UTF-8 and say
so. The damage is in the text itself, where each original character became two to four characters
of the 0x80-0xFF range whose bytes, read as UTF-8, give it back. A run is repaired only when its
bytes form exactly one well-formed UTF-8 character, so that legitimate accented text ("café’s",
"São Paulo", "née»") stays as written: an accented letter is seldom followed by the one to three
characters a UTF-8 sequence needs, and a lone run that gives back a letter is left alone.

The repair runs on what a layout kept (the story, headline, standfirst, bylines, captions), not on
the whole page: a few kilobytes rather than the hundreds a page's markup weighs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.stages.draft import Draft

__all__ = ["repair_draft"]


def _byte_of_character() -> dict[str, int]:
    """Each character a single byte of 0x80-0xFF turns into: latin-1 reads it as itself, windows-1252
    gives 27 of 0x80-0x9F printable meanings (the other five stay C1 controls, as browsers keep them)."""
    table = {chr(byte): byte for byte in range(0x80, 0x100)}
    for byte in range(0x80, 0xA0):
        try:
            table[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            continue
    return table


_BYTE_OF = _byte_of_character()
_C = "[" + re.escape("".join(c for c, b in _BYTE_OF.items() if 0x80 <= b <= 0xBF)) + "]"
# A UTF-8 lead byte read as latin-1, then as many continuation bytes as that lead announces.
_DAMAGED = re.compile(f"[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}}")
_LEAD = re.compile("[\u00c2-\u00f4]")
# A no-break space read as latin-1 is "Â" and the space itself; once white space is collapsed only
# "Â" and an ordinary space are left.
_LONE_SPACE_LEAD = re.compile("\u00c2(?=\\s|$)")
_TELLTALE_FROM, _TELLTALE_TO = 0x2000, 0x2BFF  # punctuation, currency, letterlike, arrows, symbols
_EMOJI_FROM = 0x1F000

Restoration = tuple[int, int, str]


def _restorations(text: str) -> list[Restoration]:
    """(start, end, original) of each damaged run whose bytes are one well-formed UTF-8 character."""
    if text.isascii() or not _LEAD.search(text):  # nearly all text: no lead character at all
        return []
    found = []
    for match in _DAMAGED.finditer(text):
        try:
            original = bytes(_BYTE_OF[c] for c in match.group()).decode("utf-8")
        except UnicodeDecodeError:  # e.g. an overlong or surrogate sequence: not UTF-8 after all
            continue
        found.append((match.start(), match.end(), original))
    return found


def _damaged(text: str) -> bool:
    """Damage beyond doubt: a run that gives back punctuation, a symbol or an emoji ("â€™" is ’),
    the commonest damage by far; or two runs or more (no-break spaces that lost their second half
    included). One run alone that gives a letter could be legitimate text ("É‘", a capital before
    a quote mark), so it does not convince."""
    found = _restorations(text)
    if len(found) >= 2 or any(
        _TELLTALE_FROM <= ord(original) <= _TELLTALE_TO or ord(original) >= _EMOJI_FROM for *_, original in found
    ):
        return True
    return len(found) + len(_LONE_SPACE_LEAD.findall(text)) >= 2


def _restore(text: str, found: list[Restoration]) -> str:
    pieces, last = [], 0
    for start, end, original in found:
        pieces += [text[last:start], original]
        last = end
    return "".join(pieces) + text[last:]


def _repaired(text: str) -> tuple[str, int]:
    """Every damaged run restored, twice over for text encoded twice (each pass adds a layer)."""
    text, count = _LONE_SPACE_LEAD.subn("", text)
    for _ in range(2):
        found = _restorations(text)
        if not found:
            break
        text = _restore(text, found)
        count += len(found)
    return text, count


def repair_draft(draft: Draft) -> tuple[Draft, int]:
    """The draft with its kept text repaired (the body, headline, standfirst, authors, publisher,
    captions and credits), judged as one text, and how many characters were restored."""
    images = [(image.caption or "", *image.credits) for image in draft.images]
    fields = [*draft.paragraphs, draft.headline or "", draft.standfirst or "", *draft.authors, draft.publisher or ""]
    if not _damaged("\n".join([*fields, *(text for texts in images for text in texts)])):
        return draft, 0
    total = 0

    def fix(text: str | None) -> str | None:
        nonlocal total
        if not text:
            return text
        fixed, count = _repaired(text)
        total += count
        return fixed

    repaired = replace(
        draft,
        paragraphs=tuple(fix(p) or p for p in draft.paragraphs),
        headline=fix(draft.headline),
        standfirst=fix(draft.standfirst),
        authors=tuple(fix(a) or a for a in draft.authors),
        publisher=fix(draft.publisher),
        images=tuple(
            replace(i, caption=fix(i.caption), credits=tuple(fix(c) or c for c in i.credits)) for i in draft.images
        ),
    )
    return repaired, total
