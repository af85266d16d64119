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

import re
import unicodedata
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ._data import read_table
from .models import Span

# Same-length replacements: odd spaces → " ", dashes and minus → "-", a lone CR and other line ends → LF.
_SAME_LENGTH_MAP = {
    **dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    "\r": "\n",
    "\x85": "\n",  # NEXT LINE, a line end like the two below
    "\u2028": "\n",
    "\u2029": "\n",
}
_SAME_LENGTH = str.maketrans(_SAME_LENGTH_MAP)
# These characters are rare, so finding them beats str.translate (slow on non-ASCII text) by far.
_SAME_LENGTH_SITES = regex.compile("[" + regex.escape("".join(_SAME_LENGTH_MAP)) + "]+")
# The same characters for the test alone: the standard library's search of a set is several times faster.
_SAME_LENGTH_ANY = re.compile("[" + re.escape("".join(_SAME_LENGTH_MAP)) + "]")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# Length-changing spots: CRLF, zero-width characters, and a base with combining marks.
# (One capturing group each, for regex.split in _apply_edits.) A run of marks takes along the
# base letter before it (see _apply_edits): "\P{M}?\p{M}+" in one pattern is seven times slower.
_EDIT_SITES = regex.compile(r"(\r\n|[" + _ZERO_WIDTH + r"]|\p{M}+)")
_NOT_MARKS = "\r" + _ZERO_WIDTH  # first characters of the sites that are not runs of marks
_GRAPHEME = regex.compile(r"(\X)", regex.DOTALL)
_SPACES = regex.compile(r"\s+")
# str.split() also splits on these four, which regex's \s (Unicode White_Space) does not.
_SPLIT_ONLY = regex.compile("[\x1c-\x1f]")


def _has_split_only(value: str) -> bool:
    """`_SPLIT_ONLY.search(value)` as a bool, with four substring tests (several times faster)."""
    return "\x1c" in value or "\x1d" in value or "\x1e" in value or "\x1f" in value


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


@lru_cache(maxsize=1)
def _tone_prefilter() -> re.Pattern:
    """A looser, much faster test than `_tone_rule`'s pattern: every text that pattern matches, this
    one matches too (the same old-style endings, with no check before them and, after them, only
    Vietnamese letters and combining marks excluded, all of them within the pattern's \\p{L} and \\p{M})."""
    _, pairs = _tone_rule()
    letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
    ending = "|".join(map(re.escape, sorted(pairs, key=len, reverse=True)))
    return re.compile(f"(?:{ending})(?![{letters}{letters.upper()}\u0300-\u036f])")


def standardize_tones(text: str) -> str:
    """'hoà' → 'hòa', 'thuỷ' → 'thủy'; the length never changes."""
    if not _tone_prefilter().search(text):
        return text  # nothing the tone pattern could match
    pattern, pairs = _tone_rule()
    return pattern.sub(lambda m: pairs[m.group()], text)


_DROP_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH))


def _replacement(piece: str) -> str:
    """What one site becomes: CRLF → LF, zero-width characters dropped (also inside a grapheme,
    where "\\X" puts a joiner), the rest composed to NFC."""
    if piece == "\r\n":
        return "\n"
    return unicodedata.normalize("NFC", piece.translate(_DROP_ZERO_WIDTH))


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
        if _length_kept(original):
            return cls(original, standardize_tones(_same_length(original)))
        composed, edits = _apply_edits(original, _EDIT_SITES, with_base=True)
        if not unicodedata.is_normalized("NFC", composed):
            # Compositions across what we cut apart (Hangul jamo and the like): go grapheme by grapheme.
            composed, edits = _apply_edits(original, _GRAPHEME, with_base=False)
        normalized = standardize_tones(_same_length(composed))
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
        if not self.n_starts:  # no length-changing edit: the offsets are the caller's
            return Span(self.original[start:end], start, end)
        o_start, o_end = self.original_start(start), self.original_end(end)
        return Span(self.original[o_start:o_end], o_start, o_end)

    def value(self, start: int, end: int) -> str:
        """A field value taken from normalised text: white space folded, ends stripped."""
        return tidy(self.normalized[start:end])


def _length_kept(original: str) -> bool:
    """True when normalising cannot change the length: NFC already, no CRLF, no zero-width character."""
    return (
        unicodedata.is_normalized("NFC", original)
        and "\r\n" not in original
        and not any(mark in original for mark in _ZERO_WIDTH)
    )


def _same_length(text: str) -> str:
    """Odd spaces, dashes and line ends replaced one for one (what str.translate(_SAME_LENGTH) does)."""
    if not _SAME_LENGTH_ANY.search(text):
        return text
    return _SAME_LENGTH_SITES.sub(lambda match: match.group().translate(_SAME_LENGTH), text)


def _apply_edits(
    original: str, sites: regex.Pattern, with_base: bool
) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The text with every site replaced, and the edits (n_start, n_end, o_start, o_end) that changed it.

    No Python work per unchanged character: one split, one replacement per distinct site, and
    running sums of the pieces' lengths. With `with_base`, a site that is a run of combining
    marks takes along the character just before it when that is not itself a site (what
    `\\P{M}?\\p{M}+` would match).
    """
    # Splitting on a capturing group: pieces[0::2] are kept as they are, pieces[1::2] are the sites.
    pieces = sites.split(original)
    kept, found = pieces[0::2], pieces[1::2]
    if with_base:
        takes = [bool(before) and site[0] not in _NOT_MARKS for before, site in zip(kept, found)]
        found = [before[-1] + site if take else site for before, site, take in zip(kept, found, takes)]
        kept[:-1] = [before[:-1] if take else before for before, take in zip(kept, takes)]
    table = {site: _replacement(site) for site in set(found)}
    if all(table[site] == site for site in table):
        return original, []
    replaced = list(map(table.__getitem__, found))
    o_lengths, n_lengths = [0] * len(pieces), [0] * len(pieces)
    o_lengths[0::2] = n_lengths[0::2] = list(map(len, kept))
    o_lengths[1::2] = map(len, found)
    n_lengths[1::2] = map(len, replaced)
    o_ends, n_ends = list(accumulate(o_lengths)), list(accumulate(n_lengths))
    edits = [
        (n_ends[i - 1], n_ends[i], o_ends[i - 1], o_ends[i])
        for i, site, new in zip(range(1, len(pieces), 2), found, replaced)
        if new != site
    ]
    out = [""] * len(pieces)
    out[0::2], out[1::2] = kept, replaced
    return "".join(out), edits


def tidy(value: str) -> str:
    """Fold runs of white space (line ends included) into one space and strip the ends."""
    if _has_split_only(value):
        return _SPACES.sub(" ", value).strip()
    return " ".join(value.split())  # the same, several times faster


def normalize(text: str) -> str:
    """The normalised form the extractors read: NFC, standard tones, plain spaces and dashes, LF."""
    return SourceText.prepare(text).normalized
