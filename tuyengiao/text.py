"""The text layer: one normalised copy of the caller's text for the extractors, and an exact way back.

Extractors read `SourceText.normalized`, where Unicode is NFC, tone marks sit in one
style ("uỷ" → "ủy", "hoà" → "hòa"), odd spaces are plain spaces, dashes are "-" and line ends
are "\\n". Every offset they find goes back through `SourceText.span`, which returns the exact
slice of the string the caller passed in, so `span.text == original[span.start:span.end]`.

Most edits keep the length (a dash for a dash, "uỷ" for "ủy"). Only three change it — NFC
composition of a base letter with its combining marks, CRLF → LF, and dropped zero-width
characters — and each is recorded as an edit (normalised range ↔ original range).
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ._data import read_table
from .models import Span

# Same-length replacements: odd spaces → " ", dashes and minus → "-", a lone CR → LF.
_SAME_LENGTH = str.maketrans(
    {
        **dict.fromkeys(map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " "),
        **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"),
        ord("\r"): "\n",
        ord("\u2028"): "\n",
        ord("\u2029"): "\n",
    }
)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# Length-changing spots: CRLF, zero-width characters, and a base with combining marks.
_EDIT_SITES = regex.compile(r"\r\n|[" + _ZERO_WIDTH + r"]|\P{M}?\p{M}+")
_NEEDS_EDITS = regex.compile(r"\r\n|[" + _ZERO_WIDTH + r"]|\p{M}")
_GRAPHEME = regex.compile(r"\X", regex.DOTALL)
_SPACES = regex.compile(r"\s+")


@lru_cache(maxsize=1)
def _tone_rule():
    """The old→standard tone table, as one regex and its replacement map (upper case included)."""
    pairs = {}
    for old, new in read_table("tone_styles.tsv"):
        for a, b in ((old, new), (old.capitalize(), new.capitalize()), (old.upper(), new.upper())):
            pairs[unicodedata.normalize("NFC", a)] = unicodedata.normalize("NFC", b)
    # Only at a syllable's end ("hoàn" keeps its mark) and not after q ("quý" is standard).
    pattern = regex.compile(r"(?<![qQ])(?:" + "|".join(map(regex.escape, pairs)) + r")(?![\p{L}\p{M}])")
    return pattern, pairs


def standardize_tones(text: str) -> str:
    """'hoà' → 'hòa', 'thuỷ' → 'thủy'; the length never changes."""
    pattern, pairs = _tone_rule()
    return pattern.sub(lambda m: pairs[m.group()], text)


def _replacement(piece: str) -> str:
    if piece == "\r\n":
        return "\n"
    if piece in _ZERO_WIDTH:
        return ""
    return unicodedata.normalize("NFC", piece)


@dataclass(frozen=True)
class SourceText:
    """The caller's string, its normalised copy, and the edits between them."""

    original: str
    normalized: str
    # Parallel lists: edit k turned original[o_starts[k]:o_ends[k]] into normalized[n_starts[k]:n_ends[k]].
    n_starts: tuple[int, ...] = field(default=(), repr=False)
    n_ends: tuple[int, ...] = field(default=(), repr=False)
    o_starts: tuple[int, ...] = field(default=(), repr=False)
    o_ends: tuple[int, ...] = field(default=(), repr=False)

    @classmethod
    def prepare(cls, original: str) -> SourceText:
        if not _NEEDS_EDITS.search(original):
            return cls(original, standardize_tones(original.translate(_SAME_LENGTH)))
        composed, edits = _apply_edits(original, _EDIT_SITES)
        if not unicodedata.is_normalized("NFC", composed):
            # Compositions across what we cut apart (Hangul jamo and the like): go grapheme by grapheme.
            composed, edits = _apply_edits(original, _GRAPHEME)
        normalized = standardize_tones(composed.translate(_SAME_LENGTH))
        if edits:
            return cls(original, normalized, *map(tuple, zip(*edits)))
        return cls(original, normalized)

    # ------------------------------------------------------------ offsets
    def original_start(self, n: int) -> int:
        """The original offset where a span starting at normalised offset n starts."""
        k = bisect_right(self.n_starts, n) - 1
        if k < 0:
            return n
        if n < self.n_ends[k]:
            return self.o_starts[k]
        return self.o_ends[k] + (n - self.n_ends[k])

    def original_end(self, n: int) -> int:
        """The original offset where a span ending at normalised offset n ends."""
        k = bisect_left(self.n_starts, n) - 1
        if k < 0:
            return n
        if n <= self.n_ends[k]:
            return self.o_ends[k]
        return self.o_ends[k] + (n - self.n_ends[k])

    def span(self, start: int, end: int) -> Span:
        """The caller's own text for normalised offsets [start, end)."""
        o_start, o_end = self.original_start(start), self.original_end(end)
        return Span(self.original[o_start:o_end], o_start, o_end)

    def value(self, start: int, end: int) -> str:
        """A field value taken from normalised text: white space folded, ends stripped."""
        return tidy(self.normalized[start:end])


def _apply_edits(original: str, sites: regex.Pattern) -> tuple[str, list[tuple[int, int, int, int]]]:
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    copied = 0  # original offset up to which text has been copied
    length = 0  # length of the normalised text built so far
    for match in sites.finditer(original):
        piece = match.group()
        replacement = _replacement(piece)
        if replacement == piece:
            continue
        start, end = match.span()
        pieces.append(original[copied:start])
        length += start - copied
        edits.append((length, length + len(replacement), start, end))
        pieces.append(replacement)
        length += len(replacement)
        copied = end
    pieces.append(original[copied:])
    return "".join(pieces), edits


def tidy(value: str) -> str:
    """Fold runs of white space (line ends included) into one space and strip the ends."""
    return _SPACES.sub(" ", value).strip()


def normalize(text: str) -> str:
    """The normalised form the extractors read: NFC, standard tones, plain spaces and dashes, LF."""
    return SourceText.prepare(text).normalized
