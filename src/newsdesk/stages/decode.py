"""Bytes to text: detect binary input, find the encoding (declared, then detected), and normalise
line ends. Returns the text, or a ``Rejection`` that says why the bytes are not a page."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

__all__ = ["Decoded", "Rejection", "decode", "looks_like_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""", re.IGNORECASE)
_HTML_START = re.compile(
    r"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<meta|<title|<div|<article|<p[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_SNIFF_BYTES = 4096
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])
_CONTROL_OR_DELETE = _CONTROL_BYTES + b"\x7f"
# Each of them alone: ``byte in data`` is one vectorised memchr pass, cheaper than copying the page.
_EACH_CONTROL = tuple(bytes([byte]) for byte in _CONTROL_OR_DELETE)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    detected: bool  # True when the encoding was guessed, not declared or UTF-8
    # The input bytes when they are the text in UTF-8 exactly (the HTML parser reads them as they
    # are, instead of encoding the text again); None when decoding changed anything.
    utf8: bytes | None = None


@dataclass(frozen=True)
class Rejection:
    stage: str
    reason: str
    detail: str = ""


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    label = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def _declared(data: bytes, header_charset: str | None) -> str | None:
    head = data[:_SNIFF_BYTES]
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for found in (_XML_ENCODING.search(head), _META_CHARSET.search(head)):
        if found and (codec := _codec(found.group(1))):
            return codec
    return _codec(header_charset)


def _is_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * 0.05


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes | str, header_charset: str | None = None) -> Decoded | Rejection:
    """Decode page bytes. Order: BOM, UTF-8 when it decodes cleanly, the declared charset (XML,
    meta, HTTP header), then detection. Rejects empty, binary and undecodable input."""
    if isinstance(data, str):
        return _finish(data, "str", detected=False)
    if not data.strip():
        return Rejection("decode", "empty", "the input holds no bytes but white space")
    if _is_binary(data):
        return Rejection("decode", "binary", "the input looks like a binary file, not a page")
    declared = _declared(data, header_charset)
    # Clean UTF-8 beats a declaration: pages that declare latin-1 but hold UTF-8 are common, and
    # non-ASCII bytes that happen to form valid UTF-8 by chance are rare.
    order = (declared,) if declared in ("utf-8-sig", "utf-16") else ("utf-8", declared)
    # In UTF-8 and the single-byte encodings a control character is its own byte: when the bytes
    # hold none, the text holds none, and the scan of the decoded text is skipped.
    controls = any(byte in data for byte in _EACH_CONTROL)
    for codec in order:
        if codec and (text := _try(data, codec)) is not None:
            decoded = _finish(text, codec, detected=False, controls=controls or codec == "utf-16")
            if codec == "utf-8" and isinstance(decoded, Decoded) and decoded.text == text:
                return replace(decoded, utf8=data)
            return decoded
    encoding = _detect(data)
    if encoding is None:
        return Rejection("decode", "undecodable", "no encoding decodes these bytes")
    text = _try(data, encoding) or data.decode(encoding, errors="replace")
    return _finish(text, encoding, detected=True)


def _detect(data: bytes) -> str | None:
    """The likeliest encoding; among equally likely ones, windows-1252, by far the commonest legacy
    encoding on the web (a French page should not come out as Czech cp1250)."""
    from charset_normalizer import from_bytes  # only pages with no usable declaration pay for it

    results = from_bytes(data[:2_000_000])
    best = results.best()
    if best is None or not best.encoding:
        return None
    for match in results:
        tied = match.chaos <= best.chaos and match.coherence >= best.coherence - 0.01
        if tied and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return str(best.encoding)


def _finish(text: str, encoding: str, *, detected: bool, controls: bool = True) -> Decoded | Rejection:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    if controls:
        text = _CONTROL.sub("", text)
    if not text.strip():
        return Rejection("decode", "empty", "the input decodes to white space only")
    return Decoded(text, encoding, detected)


def looks_like_html(text: str) -> bool:
    """True when a text starts like an HTML document (for inputs with no telling extension)."""
    return bool(_HTML_START.match(text[:2000]))
