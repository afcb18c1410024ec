"""Bytes to text: encodings declared, wrong or missing; binary and empty input rejected."""

from __future__ import annotations

import pytest

from newsdesk.stages.decode import Decoded, Rejection, decode, looks_like_html

TEXT = "Café owners said the new rules were “unworkable”, according to the council."


@pytest.mark.parametrize(
    ("data", "charset"),
    [
        (TEXT.encode("utf-8"), None),
        (TEXT.encode("utf-8"), "iso-8859-1"),  # a wrong declaration: clean UTF-8 wins
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), None),
        (TEXT.encode("utf-16"), None),
        (TEXT.encode("cp1252"), "windows-1252"),
    ],
)
def test_text_comes_back_whatever_the_encoding(data: bytes, charset: str | None) -> None:
    decoded = decode(data, charset)
    assert isinstance(decoded, Decoded)
    assert decoded.text == TEXT


def test_undeclared_legacy_encoding_is_detected() -> None:
    text = ("Les élèves ont déclaré que la réforme était « inacceptable » et très coûteuse. " * 20).strip()
    decoded = decode(text.encode("cp1252"))
    assert isinstance(decoded, Decoded)
    assert decoded.detected
    assert "élèves" in decoded.text


def test_meta_charset_is_read() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9</p></body></html>'.encode("latin-1")
    decoded = decode(html)
    assert isinstance(decoded, Decoded) and "Café" in decoded.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"   \n\n\t ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary")],
)
def test_bad_bytes_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    decoded = decode(data)
    assert isinstance(decoded, Rejection)
    assert decoded.reason == reason


def test_line_ends_are_normalised() -> None:
    decoded = decode(b"one\r\ntwo\rthree")
    assert isinstance(decoded, Decoded) and decoded.text == "one\ntwo\nthree"


@pytest.mark.parametrize(
    ("text", "is_html"),
    [("<!DOCTYPE html><html>", True), ("  <html lang='en'>", True), ("<p>Hello</p>", True), ("Hello <b>", False)],
)
def test_html_is_recognised_by_its_start(text: str, is_html: bool) -> None:
    assert looks_like_html(text) is is_html


@pytest.mark.parametrize(
    ("data", "keeps_bytes"),
    [
        (TEXT.encode("utf-8"), True),  # the bytes are the text: the HTML parser may read them as they are
        (b"plain ASCII page", True),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), False),  # the byte-order mark is dropped
        (b"one\r\ntwo", False),  # line ends are changed
        (b"one\rtwo", False),  # the same length, other text
        (TEXT.encode("utf-8") + b"\x07", False),  # a control character is removed
        (TEXT.encode("cp1252"), False),  # not UTF-8
        (TEXT.encode("utf-16"), False),
    ],
)
def test_utf8_bytes_are_kept_only_when_they_are_the_text(data: bytes, keeps_bytes: bool) -> None:
    decoded = decode(data)
    assert isinstance(decoded, Decoded)
    assert (decoded.utf8 is not None) is keeps_bytes
    if decoded.utf8 is not None:
        assert decoded.utf8.decode("utf-8") == decoded.text


@pytest.mark.parametrize("control", [*range(1, 9), *range(14, 32), 127])  # NUL: a binary file
def test_each_control_character_is_removed(control: int) -> None:
    decoded = decode(TEXT.encode("utf-8") + bytes([control]) + TEXT.encode("utf-8"))
    assert isinstance(decoded, Decoded) and decoded.text == TEXT + TEXT


@pytest.mark.parametrize("kept", [b"\t", b"\n", b"\x0b", b"\x0c", b" "])
def test_white_space_characters_are_not_controls(kept: bytes) -> None:
    decoded = decode(TEXT.encode("utf-8") + kept + TEXT.encode("utf-8"))
    assert isinstance(decoded, Decoded) and decoded.text == TEXT + kept.decode() + TEXT
