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
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

__all__ = [
    "BANDS",
    "PERMUTATIONS",
    "THRESHOLD",
    "Fingerprint",
    "band_hashes",
    "content_hash",
    "fingerprint",
    "regroup",
    "signature",
    "similarity",
]

PERMUTATIONS = 64
BANDS = 16
THRESHOLD = 0.6
SHINGLE_WORDS = 5
# Arithmetic modulo the Mersenne prime 2^31 - 1 with a and b drawn from all of it: (a*x + b) mod p is
# then uniform for every shingle, so each is equally likely to be a permutation's minimum. (With a
# below 2^32 and p = 2^61 - 1, a shingle whose hash x was small stayed small and won most minima.)
_PRIME = (1 << 31) - 1
_MASK32 = (1 << 32) - 1
_WORD = re.compile(r"\w+")
# Fixed seeds: signatures must compare across processes and releases.
_RNG = np.random.default_rng(20241024)
_A = _RNG.integers(1, _PRIME, size=PERMUTATIONS, dtype=np.uint64)
_B = _RNG.integers(0, _PRIME, size=PERMUTATIONS, dtype=np.uint64)


@dataclass(frozen=True)
class Fingerprint:
    """What identifies a story's words: their hash (equal however spaced or cased) and their MinHash
    signature (close for near-duplicates)."""

    content_hash: str
    signature: tuple[int, ...]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _hash_words(words: list[str]) -> str:
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def content_hash(text: str) -> str:
    """A hash of a story's words (case and spacing ignored): equal for the same story however spaced."""
    return _hash_words(_words(text))


def _shingle_hashes(words: list[str]) -> np.ndarray:
    """CRC-32 of each run of ``SHINGLE_WORDS`` words (stable across processes, unlike hash(), and
    many times faster than a cryptographic hash). A shingle seen twice is hashed twice: the minimum
    below does not change, and that is cheaper than building a set of strings."""
    width = min(SHINGLE_WORDS, len(words))
    encoded = [w.encode() for w in words]
    count = len(encoded) - width + 1
    crc, join = zlib.crc32, b" ".join
    return np.fromiter((crc(join(encoded[i : i + width])) for i in range(count)), dtype=np.uint64, count=count)


def _permuted_minima(hashes: np.ndarray) -> np.ndarray:
    """For each permutation, the least ``(a*x + b) mod (2^31 - 1)`` over the shingle hashes ``x``.

    x is below 2^32 and a, b below 2^31, so ``a*x + b`` stays below 2^64; the modulo folds the high
    bits down instead of dividing, in place: twice ``v & p + v >> 31`` leaves it below p + 2, and the
    lesser of it and ``it - p`` (which wraps past 2^64 when it is below p) is the remainder."""
    values = np.multiply(hashes[:, None], _A[None, :])
    values += _B
    for _ in range(2):
        high = values >> np.uint64(31)
        values &= np.uint64(_PRIME)
        values += high
    np.minimum(values, values - np.uint64(_PRIME), out=values)
    minima: np.ndarray = values.min(axis=0)
    return minima


def _signature_of_words(words: list[str]) -> tuple[int, ...]:
    if not words:
        return ()
    return tuple(int(v) & _MASK32 for v in _permuted_minima(_shingle_hashes(words)))


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a story's text; empty for a text without words."""
    return _signature_of_words(_words(text))


def fingerprint(text: str) -> Fingerprint:
    """The content hash and signature of a story, its words read once."""
    words = _words(text)
    return Fingerprint(_hash_words(words), _signature_of_words(words))


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


def regroup(stories: Iterable[tuple[str, tuple[int, ...]]]) -> dict[str, str]:
    """Each story's group, the stories taken in the order they were stored, as storing them anew
    would decide: the group of the most similar earlier story that shares a band with it, at or
    above ``THRESHOLD``, else a group of its own (its id)."""
    groups: dict[str, str] = {}
    signatures: dict[str, tuple[int, ...]] = {}
    by_band: dict[str, list[str]] = defaultdict(list)
    for story_id, sig in stories:
        bands = band_hashes(sig)
        candidates = {other for band in bands for other in by_band[band]}
        score, group = max(((similarity(sig, signatures[o]), groups[o]) for o in candidates), default=(0.0, story_id))
        groups[story_id] = group if score >= THRESHOLD else story_id
        signatures[story_id] = sig
        for band in bands:
            by_band[band].append(story_id)
    return groups
