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
