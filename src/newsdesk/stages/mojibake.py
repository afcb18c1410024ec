"""Repair of double-encoded text ("mojibake"): UTF-8 bytes that were once read as windows-1252 or
latin-1 and written out again, so that "it’s" reads "itâ€™s", "itâ\\x80\\x99s" or, in markup,
"it&acirc;&euro;&trade;s".

Such pages decode cleanly, so the decoder cannot see the damage: the bytes are valid UTF-8 and say
so. The damage is in the text itself, where each original character became two to four characters
of the 0x80-0xFF range whose bytes, read as UTF-8, give it back. A run is repaired only when its
bytes form exactly one well-formed UTF-8 character, so that legitimate accented text ("café’s",
"São Paulo", "née»") stays as written: an accented letter is seldom followed by the one to three
characters a UTF-8 sequence needs, and a lone run that gives back a letter is left alone.
"""

from __future__ import annotations

import html
import re

__all__ = ["repair_mojibake"]


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

# The same test, cheaply, on the text's UTF-8 bytes: a lead character (U+00C2-U+00F4) followed by
# a continuation character (U+0080-U+00BF or one of windows-1252's printable 0x80-0x9F).
_SUSPECT_BYTES = re.compile(
    rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c]"
    rb"|\xe2(?:\x80[\x93-\xba]|\x82\xac|\x84\xa2))"
)
# In markup the damage may be written as character references: a lead character's reference
# ("&acirc;", "&#226;") followed by another reference or a non-ASCII character.
_LEAD_REFERENCE = re.compile(
    rb"&(?:[A-Za-z]{1,2}(?:circ|tilde|uml|ring|grave|acute|cedil|lig)|ETH|eth|THORN|szlig|times"
    rb"|Oslash|oslash|divide|#(?:19[4-9]|2[0-4]\d)|#[xX](?:[cC][2-9a-fA-F]|[dDeE][0-9a-fA-F]|[fF][0-4]));"
    rb"(?:&|[\x80-\xff])"
)
_REFERENCE_RUN = re.compile(r"(?:&(?:#\d{2,5}|#[xX][0-9a-fA-F]{2,4}|[A-Za-z]{2,8});|[\u0080-\u2122]){2,}")

_TELLTALE_FROM, _TELLTALE_TO = 0x2000, 0x2BFF  # punctuation, currency, letterlike, arrows, symbols
_EMOJI_FROM = 0x1F000

Restoration = tuple[int, int, str]


def _suspect(text: str, markup: bool) -> bool:
    """A quick look for any trace of damage, so that clean text (nearly all) costs next to nothing."""
    if text.isascii() and not markup:
        return False
    data = text.encode("utf-8", "surrogatepass")
    return _SUSPECT_BYTES.search(data) is not None or (markup and _LEAD_REFERENCE.search(data) is not None)


def _unescape_damaged(text: str) -> str:
    """Runs of character references (and non-ASCII characters) written out as characters where the
    characters hold damage; references that do not, and any that stand for ASCII, stay as written."""

    def unescape(match: re.Match[str]) -> str:
        run = match.group()
        if "&" not in run:
            return run
        characters = html.unescape(run)
        damaged = not any(c.isascii() for c in characters) and _DAMAGED.search(characters)
        return characters if damaged else run

    return _REFERENCE_RUN.sub(unescape, text)


def _restorations(text: str) -> list[Restoration]:
    """(start, end, original) of each damaged run whose bytes are one well-formed UTF-8 character."""
    found = []
    for match in _DAMAGED.finditer(text):
        try:
            original = bytes(_BYTE_OF[c] for c in match.group()).decode("utf-8")
        except UnicodeDecodeError:  # e.g. an overlong or surrogate sequence: not UTF-8 after all
            continue
        found.append((match.start(), match.end(), original))
    return found


def _convincing(found: list[Restoration]) -> bool:
    """Damage beyond doubt: a run that gives back punctuation, a symbol or an emoji ("â€™" is ’),
    the commonest damage by far; or two runs or more. One run alone that gives a letter could be
    legitimate text ("É‘", a capital before a quote mark), so it does not convince."""
    return len(found) >= 2 or any(
        _TELLTALE_FROM <= ord(original) <= _TELLTALE_TO or ord(original) >= _EMOJI_FROM for *_, original in found
    )


def _restore(text: str, found: list[Restoration]) -> str:
    pieces, last = [], 0
    for start, end, original in found:
        pieces += [text[last:start], original]
        last = end
    return "".join(pieces) + text[last:]


def repair_mojibake(text: str, markup: bool = False) -> tuple[str, int]:
    """The text with each double-encoded character restored, and how many were restored. ``markup``:
    the text is HTML, where damage may also be written as character references. Text that was
    encoded twice over (each pass adding a layer) gets a second pass."""
    if not _suspect(text, markup):
        return text, 0
    original = text
    if markup:
        text = _unescape_damaged(text)
    repaired = 0
    for _ in range(2):
        found = _restorations(text)
        if not found or not _convincing(found):
            break
        text = _restore(text, found)
        repaired += len(found)
    return (text, repaired) if repaired else (original, 0)
