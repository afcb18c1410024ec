"""Near-duplicate stories (wire copies carried by several outlets): MinHash over word shingles.

Pure functions. A story's signature is the minimum of ``PERMUTATIONS`` hash permutations over its
five-word shingles; two stories whose signatures agree on a share of positions at or above
``THRESHOLD`` are copies of one story (the share estimates the Jaccard similarity of their shingle
sets). Signatures are cut into ``BANDS`` bands; stories that share a band hash are the candidates a
store compares, so finding copies never scans the whole store.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

__all__ = ["BANDS", "PERMUTATIONS", "THRESHOLD", "band_hashes", "content_hash", "signature", "similarity"]

PERMUTATIONS = 64
BANDS = 16
THRESHOLD = 0.7
SHINGLE_WORDS = 5
_PRIME = (1 << 61) - 1
_MASK32 = (1 << 32) - 1
_WORD = re.compile(r"\w+")
# Fixed seeds: signatures must compare across processes and releases.
_RNG = np.random.default_rng(20241024)
_A = _RNG.integers(1, _MASK32, size=PERMUTATIONS, dtype=np.uint64)
_B = _RNG.integers(0, _MASK32, size=PERMUTATIONS, dtype=np.uint64)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def content_hash(text: str) -> str:
    """A hash of a story's words (case and spacing ignored): equal for the same story however spaced."""
    return hashlib.sha256(" ".join(_words(text)).encode("utf-8")).hexdigest()


def _shingle_hashes(words: list[str]) -> np.ndarray:
    width = min(SHINGLE_WORDS, len(words))
    shingles = {" ".join(words[i : i + width]) for i in range(len(words) - width + 1)}
    # CRC-32: stable across processes (unlike hash()) and many times faster than a cryptographic hash.
    return np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a story's text; empty for a text without words."""
    words = _words(text)
    if not words:
        return ()
    hashes = _shingle_hashes(words)
    # (a*x + b) mod p with a, x < 2^32 and p = 2^61 - 1 never overflows 64 bits.
    permuted = (hashes[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)
    return tuple(int(v) & _MASK32 for v in permuted.min(axis=0))


def band_hashes(sig: tuple[int, ...]) -> list[str]:
    """One short hash per band of a signature, tagged with its band number."""
    if not sig:
        return []
    rows = len(sig) // BANDS
    return [
        f"{band}:" + hashlib.blake2b(repr(sig[band * rows : (band + 1) * rows]).encode(), digest_size=8).hexdigest()
        for band in range(BANDS)
    ]


def similarity(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """The share of signature positions on which two stories agree (0.0 when either is empty)."""
    if not first or len(first) != len(second):
        return 0.0
    return sum(a == b for a, b in zip(first, second, strict=True)) / len(first)
