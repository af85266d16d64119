"""People: Vietnamese names with their titles, forms of address and every mention.

A person is found from its family name. The body is cut into runs of capitalised words on one
line; a run word that is a family name (data/surnames.txt) followed by one to four capitalised
syllables is a name candidate ("Lâm Thị Phương Thanh"). A candidate is dropped when it starts
inside a place or an institution named after someone (data/person_not_names.txt: "Hà Nội",
"Thành phố Hồ Chí Minh") and held in doubt when the word before it makes it a street, a school or
a place ("phố Nguyễn Cảnh Chân", "Đoàn TNCS …"), when it sits inside an organization found
earlier, or when its line is a headline in Title Case. A doubtful candidate needs a title or a
form of address that leads into it ("Chủ tịch UBND tỉnh Lê Văn A", "đồng chí …").

Titles follow one grammar (Ideas #11 of the research notes): a position head (data/positions.txt,
with "Phó"/"Quyền" before it: "Phó Bí thư") and an organization tail made of capitalised words,
acronyms and the words of data/person_title_words.txt ("Tỉnh ủy Nghệ An", "Ủy ban nhân dân
tỉnh"). A tail stops at any other word (a verb: "chủ trì"), at punctuation and at the next name.
After a name, titles chain on with "," or "kiêm" ("…, Ủy viên Bộ Chính trị, Bí thư Trung ương
Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương"); before a name, a title leads straight into it
("Phó Thủ tướng Phạm Bình Minh"), possibly after a chain of titles and a form of address
("Bí thư Trung ương Đảng, Phó Thủ tướng …", "Bí thư Tỉnh ủy, đồng chí …") or through a dash ("Chủ
tịch UBND tỉnh Long An - Trần Văn Cần"). A short aside may stand between a name and its titles
("Vương Trinh Quốc (sinh năm 1976), Chánh Văn phòng …"); a title after "thừa ủy quyền của", "thay
mặt" (data/person_proxy_cues.txt) is the principal's, not that of the name after its comma.

Names without a known family name are taken only where the page says they are names: the byline
the layout found ("Hương Giang", "KIỂU BẢO"; initials such as "T.H" are not a person), a photo
credit ("Ảnh: Thanh Sơn") and a form of address ("ông Bá Trí"). A name written again is one
Person with several mentions, its upper-case form in a headline included; a given name alone
after a form of address ("ông Cường") is a mention only when it points to exactly one person.

Everything is compiled patterns and set look-ups over the capitalised runs, so the whole text is
never parsed. underthesea is not called: on these texts its POS tagger reads every Title-Case
word as a proper noun (Np) and lower-cased names as verbs or common nouns, and its NER tags
"đồng chí Lâm Thị Phương Thanh" as a location (benchmarks/ner_baseline.py compares it), so it
cannot confirm a doubtful candidate better than the rules above. A doubtful headline candidate
is kept only when the same name is read elsewhere in the text.

`mentioned_before(people, offset)` resolves a bare "Đồng chí cũng đề nghị …" to the person who
acts last before it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Iterator, Sequence

import regex

from . import _guard
from ._data import read_lines
from .models import Person

_LETTER = r"\p{L}\p{M}"
# A capitalised word; an apostrophe may sit inside ("K'Mák", "H'Hen").
_CAP = rf"\p{{Lu}}[{_LETTER}]*(?:['’]\p{{L}}[{_LETTER}]*)?"
_RUN = regex.compile(rf"(?<![{_LETTER}\d'’]){_CAP}(?:[ \t]+{_CAP})*(?![{_LETTER}\d])")
_RUN_WORD = regex.compile(_CAP)
_SHORT_RUN = regex.compile(rf"{_CAP}(?:[ \t]+{_CAP}){{0,4}}(?![{_LETTER}\d])")  # 5 words: one too many for a name
# Runs of upper-case words, where a headline may name a person again ("PHÓ THỦ TƯỚNG NGÔ XUÂN LỘC").
_UPPER_RUN = regex.compile(rf"(?<![{_LETTER}])[\p{{Lu}}\p{{M}}]+(?:[ \t]+[\p{{Lu}}\p{{M}}]+)+(?![{_LETTER}])")
_UPPER_WORD = regex.compile(r"[\p{Lu}\p{M}]+")
# Words and single punctuation marks, for the title grammar (a line at a time).
_TOKEN = regex.compile(rf"[{_LETTER}\d]+(?:['’][{_LETTER}]+)?|[^\s]")
_SPACES = regex.compile(r"[ \t]*")
_NEXT_TOKEN = regex.compile(rf"[ \t]*([{_LETTER}\d]+(?:['’][{_LETTER}]+)?|[^\s])")
_TOKEN_CHUNK = 6
# Up to _TOKEN_CHUNK tokens in a row, as _NEXT_TOKEN would read them one after another: one call
# for them all, their offsets and texts taken with `starts`/`ends`/`captures`.
_NEXT_TOKENS = regex.compile(rf"(?:{_NEXT_TOKEN.pattern}){{0,{_TOKEN_CHUNK}}}")
_NEXT_WORD = regex.compile(rf"[ \t]+([{_LETTER}\d]+(?:['’][{_LETTER}]+)?|[^\s])")  # the same, after white space
_APOSTROPHE_ANCHOR = regex.compile(r"[HK]['’]\p{Lu}")
_HEADLINE_WORD = regex.compile(rf"([{_LETTER}])[{_LETTER}]*")  # a word, its first letter captured
_LEAD_LETTERS = regex.compile(rf"[{_LETTER}]+")  # the letters a data entry opens with
_WORD_START = regex.compile(rf"(?<![{_LETTER}])\p{{L}}")  # a letter with none before it

# Between a name and its first title: ",", " - ", "(".
_FIRST_SEP = regex.compile(r"[ \t]*,[ \t]*\n?[ \t]*|[ \t]*-[ \t]*|[ \t]*\([ \t]*|[ \t]+giữ[ \t]+chức(?:[ \t]+vụ)?[ \t]+")
# Between two titles of a chain.
_NEXT_SEP = regex.compile(r"[ \t]*,[ \t]*\n?[ \t]*|[ \t]+-[ \t]+|[ \t]+kiêm[ \t]+|[ \t]*;[ \t]*kiêm[ \t]+")
# A non-final title item may run on, in lower case, up to its comma when a title follows it.
_RUN_ON = regex.compile(rf"(?:[ \t]+(?!(?i:và|cùng|với|ông|bà|đồng)(?![{_LETTER}]))[{_LETTER}]+){{1,6}}(?=[ \t]*,)")
# A comma inside an organization's name: "Sở Văn hóa, Thể thao và Du lịch".
_WORD2 = r"\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+[\p{Ll}\p{M}]+)?"
_LISTED_NAME = regex.compile(rf",[ \t]+(?:{_WORD2}[ \t]*,[ \t]+){{0,2}}{_WORD2}[ \t]+và[ \t]+{_WORD2}(?![{_LETTER}])")

# A photo credit: "Ảnh: Thanh Sơn", "(Ảnh: TTXVN/Thanh Sơn)".
_PHOTO = regex.compile(
    rf"(?<![{_LETTER}])(?:Ảnh|ẢNH|Ảnh minh họa|Đồ họa|(?:Bài|Tin)(?:,| và)[ \t]+ảnh)[ \t]*[:-][ \t]*(?:[\p{{Lu}}\d]{{2,}}[ \t]*/[ \t]*)?"
    rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})(?=[ \t]*(?:$|[\n/.,;)\]]))",
    regex.MULTILINE,
)

# The rest of a clause after a title, up to its punctuation (for `_lower_case_tail`).
_CLAUSE_REST = regex.compile(rf"(?:[ \t]+[{_LETTER}]+){{1,8}}(?=[ \t]*(?:[,;.)…]|$))", regex.MULTILINE)
_LINKS = frozenset({"và", "của"})
_NUMBERED = frozenset({"khu", "đoàn", "số", "quận", "phường", "lữ"})  # words a number may follow in a title
_PLACE_SHORT_FORMS = frozenset({"TP", "Tp", "TX"})  # "UBND TP. Đà Nẵng": the dot and space go on to the place
_COLON = regex.compile(r"[ \t]*:[ \t]*")
_DASH_LEAD = regex.compile(r"[ \t]+[-–][ \t]+")  # a title, then a dash, then the name it leads into
_NAME_LIST_GAP = regex.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
_COMMA_BEFORE = regex.compile(r"[ \t]*,[ \t]*$")
_FORMER = regex.compile(rf"(?<![{_LETTER}])nguyên[ \t]+$")  # "nguyên Chủ tịch nước": former
# "Tham dự có các đồng chí: A, …; B, …": every name of the list is addressed so.
_LIST_OPENER = regex.compile(rf"(?<![{_LETTER}])(?i:các|những)[ \t]+(đồng chí|ông|bà)[ \t]*:?[ \t]*$")
_LIST_GAP = regex.compile(r"[ \t]*[;,][ \t]*(?:và[ \t]+)?")
# A signature block: the position on its own line(s) over the name ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
_SIGNATURE_PREFIX = regex.compile(r"(?:KT|TM|TL|TUQ|Q|T/M|K/T|T/L)\.?[ \t]+")
# What legal-document sites put where the signature was: "(Đã ký)", "[đã ký]", "(Đã ký và đóng dấu)".
_SIGNED_MARK = regex.compile(r"[ \t]*[(\[][ \t]*(?i:đã[ \t]+ký)[^\n)\]]*[)\]][ \t]*")
# The forms of address that vouch for a name without a known family name ("ông Bá Trí").
_ADDRESS = regex.compile(rf"(?<![{_LETTER}])(?:[đĐ]ồng[ \t]+chí|[ôÔ]ng|[bB]à)[ \t]+(?=\p{{Lu}})")
# Letters every match of it holds, and how far before them it starts: a text has only a few dozen
# of these, so they are found with str.find and the pattern is tried there alone.
_ADDRESS_LETTERS = (("ông", 0), ("Ông", 0), ("bà", 0), ("Bà", 0), ("ồng", 1))
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A given name alone after one: "ông Cường".
_GIVEN_ALONE = regex.compile(rf"\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?![{_LETTER}])(?![ \t]+\p{{Lu}})")
_OPEN_QUOTES = frozenset('“"‘\'«')
_CLOSE_QUOTES = frozenset('”"’\'»')
_OPENERS = "([{\"'“‘-–"  # marks that may cling to the word before a name: "(phường Hạ Đình)"
# Words of other lists that are given names as well: institution words, and the form of address
# "Anh" ("Nguyễn Anh Tuấn", "Trần Tuấn Anh").
_GIVEN_NAMES_TOO = frozenset({"trường", "đoàn", "giới", "anh"})

_MAX_GIVEN = 4  # syllables after the family name
_COMMON_SURNAMES = 16  # the head of surnames.txt: the family names that may start a second name in a run
_PRE_TITLE_REACH = 400  # characters from a title's head to the name it leads into, at most
_ORG_REACH = 400  # an organization's name is never longer than this
_HEADLINE_MAX = 300  # a headline line is shorter than this
_MASK_REACH = 48  # the longest not-a-name phrase, in characters, with room to spare
_MAX_TAIL_WORDS = 16
# Legal sites copy documents hard-wrapped, a line break every 80 or so characters, and the break
# falls inside names and titles ("Bộ trưởng Bộ Tư pháp Lê Thành\nLong", "Phó\nChánh Văn phòng").
_MIN_SOFT_BREAKS = 4  # so many before a text counts as hard-wrapped: a news page has a caption or two
_WRAP_WIDTH = 40  # a wrapped line is filled nearly to the page width; a shorter one ends by itself
_FIELD_LABEL = regex.compile(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,3}[ \t]*:")  # "Ngày ban hành:", a site's table row


# ---------------------------------------------------------------- word lists
@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Single family names, and the compound ones by their first syllable ("Tôn" → ("Tôn", "Nữ"))."""
    single, compound = set(), {}
    for entry in read_lines("surnames.txt"):
        words = tuple(entry.split())
        if len(words) == 1:
            single.add(words[0])
        else:
            compound.setdefault(words[0], []).append(words)
    return frozenset(single), {k: tuple(sorted(v, key=len, reverse=True)) for k, v in compound.items()}


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    """The most frequent family names (the head of surnames.txt): a second one inside a long
    capitalised run starts a second name."""
    return frozenset(read_lines("surnames.txt")[:_COMMON_SURNAMES])


def _opening(entry: str) -> str:
    """The letters a data entry opens with, up to any other character ("UV.BTV" → "UV")."""
    m = _LEAD_LETTERS.match(entry)
    return m.group() if m else ""


def _alternation(entries) -> str:
    """A regex alternation of phrases, longest first, white space between words flexible."""
    phrases = sorted(set(entries), key=len, reverse=True)
    return "|".join(r"[ \t]+".join(map(regex.escape, p.split())) for p in phrases)


def _grouped_alternation(entries) -> str:
    """`_alternation(entries)` for a case-insensitive pattern, the phrases that open with the same
    letters written after them once ("Bí thư", "Bí thư Thường trực" → "Bí(?:[ \t]+thư…|[ \t]+thư)").
    It matches the same: phrases that open with other letters never match where these do, and each
    group keeps its order. But the pattern tries a few dozen openings instead of every phrase."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted(set(entries), key=len, reverse=True):
        groups.setdefault(_opening(phrase).casefold(), []).append(phrase)
    alternatives = []
    for phrases in groups.values():
        lead = regex.escape(_opening(phrases[0]))
        rests = []
        for phrase in phrases:
            written = r"[ \t]+".join(map(regex.escape, phrase.split()))
            rests.append(written[len(lead) :])  # its own opening differs from `lead` in case at most
        alternatives.append(f"{lead}(?:{'|'.join(rests)})")
    return "|".join(alternatives)


@lru_cache(maxsize=1)
def _head_pattern() -> regex.Pattern:
    heads = _grouped_alternation(read_lines("positions.txt"))
    return regex.compile(
        rf"(?<![{_LETTER}])(?:nguyên[ \t]+)?(?i:(?:(?:Phó|Quyền)[ \t]+)?(?:{heads}))(?![{_LETTER}])"
    )


@lru_cache(maxsize=1)
def _head_first_words() -> frozenset[str]:
    """The first words a capitalised title can open with ("phó", "bí", "ủy" …), case-folded."""
    return frozenset({"phó", "quyền"} | {h.split()[0].casefold() for h in read_lines("positions.txt")})


@lru_cache(maxsize=1)
def _head_openers() -> frozenset[str]:
    """The letters `_head_pattern()` can match first, case-folded: each position's opening letters,
    up to any other character ("Bí thư" → "bí", "UV.BTV" → "uv"), and "phó", "quyền"."""
    return frozenset({"phó", "quyền"} | {_opening(h).casefold() for h in read_lines("positions.txt")})


def _may_open_head(word: str) -> bool:
    """False when `_head_pattern()` cannot match at `word`: a capitalised word of letters only, with
    no letter right after it. (The pattern's case-insensitive matching also pairs "İ" with "i" and
    "ı" with "I", which case-folding does not: such a word is left to the pattern.)"""
    return word.casefold() in _head_openers() or _has_apostrophe(word) or "İ" in word or "ı" in word


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    return tuple(read_lines("honorifics.txt"))


@lru_cache(maxsize=1)
def _honorific_before() -> regex.Pattern:
    """A form of address ending right where a name starts (searched in a short window)."""
    return regex.compile(rf"(?<![{_LETTER}/])(?i:{_alternation(_honorifics())})[ \t]+$")


@lru_cache(maxsize=1)
def _honorific_before_reversed() -> regex.Pattern:
    """`_honorific_before` searched from the end: it matches a window exactly when that does."""
    return regex.compile(r"(?r)" + _honorific_before().pattern, _honorific_before().flags)


@lru_cache(maxsize=1)
def _degree_suffixes() -> tuple[str, ...] | None:
    """What a window ends with, trailing " .," stripped, when `_degrees_before` can match it: the
    last word of a degree, so stripped (None: a degree ends in punctuation only, no such test)."""
    suffixes = {entry.split()[-1].rstrip(" \t.,") for entry in read_lines("person_degrees.txt")}
    return None if "" in suffixes else tuple(sorted(suffixes))


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    return frozenset(h.casefold() for h in _honorifics() if " " not in h)


@lru_cache(maxsize=1)
def _degree_pattern() -> regex.Pattern:
    return regex.compile(rf"(?:{_alternation(read_lines('person_degrees.txt'))})(?![{_LETTER}])[ \t]*")


@lru_cache(maxsize=1)
def _degrees_before() -> regex.Pattern:
    degrees = _alternation(read_lines("person_degrees.txt"))
    return regex.compile(rf"(?<![{_LETTER}])(?:(?:{degrees})[ \t.,]*)+$")


@lru_cache(maxsize=1)
def _degree_first_words() -> frozenset[str]:
    return frozenset(d.split()[0].split(".")[0].rstrip(",") for d in read_lines("person_degrees.txt"))


@lru_cache(maxsize=1)
def _degree_openers() -> dict[str, tuple[str, ...]]:
    """The first word of each degree, by its first character: `_degree_pattern()` matches only
    where one of them is written."""
    table: dict[str, set[str]] = {}
    for degree in read_lines("person_degrees.txt"):
        first = degree.split()[0]
        table.setdefault(first[0], set()).add(first)
    return {k: tuple(sorted(v)) for k, v in table.items()}


@lru_cache(maxsize=None)
def _degree_cue(opening: str) -> regex.Pattern | None:
    """A degree, rank or honour right before a capitalised word: "Nhà báo Hữu Thọ", searched at
    a run that opens with the word `opening`. Only the degrees that open with the same letters
    can match there: a pattern of those alone is much faster than one of all."""
    entries = [d for d in read_lines("person_degrees.txt") if _opening(d) == _opening(opening)]
    if not entries:
        return None
    return regex.compile(rf"(?<![{_LETTER}])(?:{_alternation(entries)})(?![{_LETTER}])[ \t.,]*[ \t](?=\p{{Lu}})")


@lru_cache(maxsize=1)
def _lead_in() -> regex.Pattern:
    """What may stand between a title and the name it leads into: a form of address, degrees, ranks."""
    degrees = _alternation(read_lines("person_degrees.txt"))
    honorifics = _alternation(_honorifics())
    return regex.compile(
        rf"(?:[ \t]*,[ \t]*(?:(?i:{honorifics})[ \t]+|(?=(?:{degrees})(?![{_LETTER}])))|[ \t]+(?:(?i:{honorifics})[ \t]+)?)"
        rf"(?:(?:{degrees})(?![{_LETTER}])[ \t.,]*)*"
    )


@lru_cache(maxsize=1)
def _aside() -> regex.Pattern:
    """An aside between a name and its first title, up to the separator before the title: a short
    bracket ("(sinh năm 1976)", "(thứ hai từ trái)") or comma clauses opened by a word of
    data/person_asides.txt or an age (", sinh năm 1968, dân tộc Dao")."""
    cues = _alternation(read_lines("person_asides.txt"))
    return regex.compile(
        rf"(?:[ \t]*\([^()\n]{{1,60}}\)|(?:[ \t]*,[ \t]*(?:(?i:{cues})(?![{_LETTER}])[^,;()\n]{{0,30}}|\d{{1,3}}[ \t]+tuổi))+)"
        rf"(?=[ \t]*[,-])"
    )


@lru_cache(maxsize=1)
def _proxy_cue() -> regex.Pattern:
    """The end of "thừa ủy quyền của", "thay mặt" …: a title after it is the principal's."""
    cues = _alternation(read_lines("person_proxy_cues.txt"))
    return regex.compile(rf"(?<![{_LETTER}])(?i:{cues})(?:[ \t]+của)?[ \t]+$")


@lru_cache(maxsize=None)
def _not_names_with(word: str) -> tuple[regex.Pattern, ...]:
    """The not-a-name phrases that hold `word` (case-folded), as one pattern per phrase length."""
    phrases = [p for p in read_lines("person_not_names.txt") if word in (w.casefold() for w in _TOKEN.findall(p))]
    if not phrases:
        return ()
    return (regex.compile(rf"(?<![{_LETTER}])(?i:{_alternation(phrases)})(?![{_LETTER}])"),)


@lru_cache(maxsize=None)
def _not_names_over(word: str) -> regex.Pattern:
    """Matches at the word `word` of the text (letters only, here case-folded) where it stands in
    one of the not-a-name phrases that hold it, the part of the phrase before it as a look-behind.

    A quick test before the window search of `_mask_end`: when it fails, no not-a-name phrase
    covers the word. Any phrase the search finds over the word matches here too (the look-arounds
    ignore the edges of the window, so this only ever says yes more often)."""
    phrases = [p for p in read_lines("person_not_names.txt") if word in (w.casefold() for w in _TOKEN.findall(p))]
    befores_by_rest: dict[str, list[str]] = {}  # the rest of a phrase → what may stand before it
    for phrase in phrases:
        words = phrase.split()
        for k, w in enumerate(words):
            for letter in _WORD_START.finditer(w):  # "Hồ" and also "TP.Hồ" → "Hồ"
                opening = _opening(w[letter.start() :])
                if opening.casefold() != word and "İ" not in opening and "ı" not in opening:
                    continue  # it cannot match where the text's word is `word`
                before = r"[ \t]+".join(map(regex.escape, words[:k])) + (r"[ \t]+" if k else "") + regex.escape(w[: letter.start()])
                rest = r"[ \t]+".join([regex.escape(w[letter.start() :]), *map(regex.escape, words[k + 1 :])])
                befores_by_rest.setdefault(rest, []).append(before)
    alternatives = [
        rf"(?={rest})" if "" in befores else rf"(?={rest})(?<={'|'.join(befores)})"
        for rest, befores in befores_by_rest.items()
    ]
    return regex.compile(rf"(?i:{'|'.join(alternatives)})")


@lru_cache(maxsize=1)
def _mask_stops() -> tuple[str, ...]:
    """Line ends and punctuation that no not-a-name phrase holds: no match of one runs across them."""
    phrases = read_lines("person_not_names.txt")
    return tuple(stop for stop in "\n,;:()" if not any(stop in p for p in phrases))


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Every word of person_not_names.txt, case-folded: a name whose first word is none of them is never masked."""
    return frozenset(w.casefold() for line in read_lines("person_not_names.txt") for w in _TOKEN.findall(line))


@lru_cache(maxsize=1)
def _not_after() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("person_not_after.txt"))


@lru_cache(maxsize=1)
def _school_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("person_school_words.txt"))


@lru_cache(maxsize=1)
def _school_second_words() -> frozenset[str]:
    """The last words of the two-word entries ("tiểu học" → "học"): only they call for a look further back."""
    return frozenset(w.split()[-1] for w in _school_words() if " " in w)


@lru_cache(maxsize=1)
def _title_stops() -> frozenset[str]:
    return frozenset(read_lines("person_title_stops.txt"))


@lru_cache(maxsize=1)
def _byline_roles() -> tuple[str, ...]:
    return tuple(sorted(read_lines("person_byline_roles.txt"), key=len, reverse=True))


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]  # case-folded
    capital: bool  # the first word must be capitalised in the text


@lru_cache(maxsize=1)
def _title_words() -> dict[str, tuple[_Phrase, ...]]:
    """Title-tail words by their first word (case-folded), longest first."""
    table: dict[str, list[_Phrase]] = {}
    for entry in read_lines("person_title_words.txt"):
        words = tuple(w.casefold() for w in entry.split())
        table.setdefault(words[0], []).append(_Phrase(words, entry[0].isupper()))
    return {k: tuple(sorted(v, key=lambda p: len(p.words), reverse=True)) for k, v in table.items()}


@lru_cache(maxsize=1)
def _capital_phrase_seconds() -> dict[str, frozenset[str]]:
    """The second words of the capitalised title-tail words of 2+ syllables, by their first word."""
    table: dict[str, set[str]] = {}
    for first, phrases in _title_words().items():
        for p in phrases:
            if p.capital and len(p.words) >= 2:
                table.setdefault(first, set()).add(p.words[1])
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _institution_words() -> frozenset[str]:
    """One-word title-tail entries ("Sở", "Ban", "Hội"), case-folded."""
    return frozenset(k for k, phrases in _title_words().items() if any(len(p.words) == 1 for p in phrases))


# ---------------------------------------------------------------- small helpers
_BATCH = 256  # matches taken at a time by `_match_batches`


def _match_batches(pattern: regex.Pattern, text: str) -> Iterator[list[regex.Match]]:
    """`_guard.finditer(pattern, text)` a few hundred matches at a time (one generator step per
    batch, not per match; memory stays bounded on a big text): the same time budget, and on a
    timeout the matches found so far with the same warning."""
    seconds = _guard.budget(len(text))
    matches = pattern.finditer(text, 0, len(text), timeout=seconds)
    while True:
        batch: list[regex.Match] = []
        try:
            batch.extend(islice(matches, _BATCH))
        except TimeoutError:
            _guard.warn(_guard._describe(pattern, 0, len(text), seconds))
            if batch:
                yield batch
            return
        if not batch:
            return
        yield batch


def _run_words(start: int, said: str, split: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word of a capitalised run found at `start`: its words are
    `said.split()` (no white space inside a word, only spaces and tabs between), so they are
    counted off instead of found by a regex pass over the run."""
    words = []
    if len(said) == sum(map(len, split)) + len(split) - 1:  # one space or tab between words
        for word in split:
            end = start + len(word)
            words.append((start, end, word))
            start = end + 1
        return words
    pos = 0
    for word in split:
        pos = said.index(word, pos)
        end = pos + len(word)
        words.append((start + pos, start + end, word))
        pos = end
    return words


def _has_apostrophe(word: str) -> bool:
    return "'" in word or "’" in word


def _is_title_case(word: str) -> bool:
    """'Thanh', 'K'Mák', 'Y' — not an acronym such as 'UBND'."""
    return word[0].isupper() and (len(word) == 1 or not word.isupper())


def _is_all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _tidy(text: str) -> str:
    return " ".join(text.split())


class _Tokens:
    """The words and marks after a position, read lazily (a chunk at a time) up to the end of the line."""

    __slots__ = ("text", "pos", "items", "done")

    def __init__(self, text: str, pos: int):
        self.text, self.pos, self.items, self.done = text, pos, [], False

    def __getitem__(self, k: int) -> tuple[int, int, str] | None:
        items = self.items
        while len(items) <= k and not self.done:
            m = _NEXT_TOKENS.match(self.text, self.pos)
            said = m.captures(1)
            items += zip(m.starts(1), m.ends(1), said)
            self.done = len(said) < _TOKEN_CHUNK  # the line (or the text) ends here
            self.pos = m.end()
        return items[k] if k < len(items) else None


@dataclass
class _Candidate:
    start: int  # normalised offsets of the name
    end: int
    name: str
    how: str = "surname"  # surname, address, byline, photo
    doubt: str | None = None  # context, headline (judged only for a name with no cue: see `_Reader.doubt`)
    word_before: str | None = None  # the word before it in its capitalised run
    honorific: str | None = None
    titles: list[tuple[int, int]] = field(default_factory=list)
    pre_titled: bool = False
    post_titled: bool = False
    accepted: bool = False


# ---------------------------------------------------------------- the extractor
class _Reader:
    """One text being read: the candidates, the title items and what has been claimed so far."""

    def __init__(self, context):
        self.context = context
        self.text = _unwrapped(context.text)
        self.name_starts: set[int] = set()
        self._sorted_name_starts: list[int] = []  # the same, sorted, for range look-ups
        self.claimed: set[int] = set()  # starts of title items already given to a person
        self._org_spans: list[tuple[int, int]] | None = None  # read when first needed
        self._mask_cache: dict[int, int] = {}  # position → end of the not-a-name phrase over it (0: none)
        self.title_starts: list[int] = []  # capitalised words that may open a title (`_head_first_words`)
        self.addressed: list[int] = []  # where a name may start after "đồng chí", "ông", "bà"
        self.degree_starts: list[tuple[int, str]] = []  # capitalised runs that open with a degree, rank or honour, and that word
        self.degree_ends: set[int] = set()  # where a name may start right after a degree, rank or honour
        self._surname_spans: list[tuple[int, int]] = []  # the names found from a family name, in order
        self._headlines: dict[tuple[int, int], bool] = {}  # (line start, line end) → is it a headline

    # -------------------------------------------------------- evidence
    def _organization_spans(self) -> list[tuple[int, int]]:
        orgs = self.context.found.get("organizations") or ()
        spans = sorted((m.start, m.end) for org in orgs for m in getattr(org, "mentions", None) or (org,))
        self._org_starts = [s for s, _ in spans]
        return spans

    def _mask_end(self, pos: int) -> int:
        """End of a place or institution name (person_not_names.txt) that covers `pos`, else 0."""
        end = self._mask_cache.get(pos)
        if end is not None:
            return end
        end = 0
        word = _TOKEN.match(self.text, pos)
        if word is not None:
            folded = word.group().casefold()
            if folded in _not_name_words() and self._not_name_may_cover(pos, word.group(), folded):
                window_start = max(0, pos - _MASK_REACH)
                # No phrase holds a line end or a comma (…): no match runs across one, so the
                # matches after the last one before `pos` are the same when searched from there.
                for stop in _mask_stops():
                    window_start = max(window_start, self.text.rfind(stop, window_start, pos) + 1)
                for pattern in _not_names_with(folded):
                    # The matches come in order and never overlap: the search stops at the first
                    # one that covers `pos` or starts after it (no later one can cover it).
                    for m in _guard.finditer(pattern, self.text, window_start, pos + _MASK_REACH):
                        if m.start() > pos:
                            break
                        if pos < m.end():
                            end = max(end, m.end())
                            break
        self._mask_cache[pos] = end
        return end

    def _not_name_may_cover(self, pos: int, token: str, folded: str) -> bool:
        """A quick test before the slow window search of `_mask_end`: can a not-a-name phrase cover
        the token at `pos` at all? Asked of a word of letters only where a word starts (as at every
        caller); for any other token (and "İ", "ı", which the patterns match as case-folding does
        not) the answer is yes."""
        if not (token.isalpha() and "İ" not in token and "ı" not in token and _WORD_START.match(self.text, pos)):
            return True
        return _not_names_over(folded).match(self.text, pos) is not None

    def _may_be_masked(self, start: int, word: str) -> bool:
        """False when the capitalised word `word` at `start` is in no not-a-name phrase, so that
        `_mask_end(start)` is 0 (a quick test on the word itself)."""
        return self._token_of(start, word)[0].casefold() in _not_name_words()

    def _mask_starts_at(self, pos: int) -> bool:
        word = _TOKEN.match(self.text, pos)
        if word is None or word.group().casefold() not in _not_name_words():
            return False
        return any(p.match(self.text, pos) for p in _not_names_with(word.group().casefold()))

    def _masked(self, pos: int) -> bool:
        return self._mask_end(pos) > 0

    def _inside_organization(self, start: int, end: int) -> bool:
        if self._org_spans is None:
            self._org_spans = self._organization_spans()
        if not self._org_spans:
            return False
        span = self.context.span(start, end)
        k = bisect_right(self._org_starts, span.start) - 1
        while k >= 0 and self._org_spans[k][0] >= span.start - _ORG_REACH:
            s, e = self._org_spans[k]
            if span.end <= e and (s, e) != (span.start, span.end):
                return True
            k -= 1
        return False

    # -------------------------------------------------------- candidates
    def candidates(self) -> list[_Candidate]:
        singles = _surnames()[0]
        first_words = _head_first_words()
        degree_words = _degree_first_words()
        found: list[_Candidate] = []
        degree_starts, title_starts = self.degree_starts, self.title_starts
        # A run is made of _CAP words (no "." and no white space inside) joined by spaces and tabs.
        for batch in _match_batches(_RUN, self.text):
            for run in batch:
                said = run.group()
                if " " not in said and "\t" not in said:  # one word: no name, maybe a title's head
                    if said in degree_words:
                        degree_starts.append((run.start(), said))
                    if said.casefold() in first_words:
                        title_starts.append(run.start())
                    continue
                split = said.split()
                if split[0] in degree_words:
                    degree_starts.append((run.start(), split[0]))
                anchored = not singles.isdisjoint(split) or "'" in said or "’" in said
                folded = said.casefold().split()  # word for word the same as `split`
                titled = not first_words.isdisjoint(folded)
                if not (anchored or titled):
                    continue
                words = _run_words(run.start(), said, split)
                if titled:
                    title_starts += [start for (start, _, _), f in zip(words, folded) if f in first_words]
                if anchored:
                    self._names_in_run(words, found)
        self._surname_spans = [(c.start, c.end) for c in found]  # for `doubt`
        found += self._addressed_names(found)
        return found

    def _names_in_run(self, words: list[tuple[int, int, str]], found: list[_Candidate]) -> None:
        """The names of one capitalised run that holds a family name (or an "H'"/"K'" anchor)."""
        singles, compounds = _surnames()
        common = _common_surnames()
        heads = _head_pattern()
        text = self.text
        i = 0
        while i < len(words):
            s, e, w = words[i]
            if not (w in singles or w in compounds or _has_apostrophe(w) and _APOSTROPHE_ANCHOR.match(w)) or not _is_title_case(w):
                i += 1
                continue
            if self._may_be_masked(s, w) and self._mask_end(s):
                i = self._skip_mask(words, i)
                continue
            if i and self._is_title_word(words[i - 1 : i + 1]):
                i += 1  # the family name closes an organization's word: "Bí thư Tỉnh Đoàn Trà Vinh"
                continue
            family = 1
            for compound in compounds.get(w, ()):
                if tuple(x[2] for x in words[i : i + len(compound)]) == compound:
                    family = len(compound)
                    break
            j = i + family
            while j < len(words) and j - i - family < _MAX_GIVEN:
                gs, _, g = words[j]
                if not self._given_syllable(g, gs, heads, last_in_run=j + 1 == len(words)):
                    break
                if j - i - family >= 2 and self._mask_starts_at(gs):
                    break  # a place after a long name: "Phó Thủ tướng Trần Hồng Hà Nghệ An"
                if j - i >= 2 and g in common and len(words) - i >= 5 and not _APOSTROPHE_ANCHOR.match(w) and w != "Y":
                    break  # a second name starts here ("… xã Đinh Xá Nguyễn Văn B")
                if len(g) == 1 and not (g == "A" and j + 1 < len(words) and len(words[j + 1][2]) > 1):
                    j += j > i + family  # an initial ends a name ("Nguyễn Văn A"), never opens one;
                    break  # "A" inside a Hmong name goes on ("Hầu A Lềnh", "Giàng A Páo")
                j += 1
            if j == i + family:
                i += 1
                continue
            end = words[j - 1][1]
            if self._is_title_word(words[i:j]):
                i = j  # "Đào Tạo", "Đoàn Kết": an organization's word in Title Case
                continue
            if text.startswith("-", end) and text[end + 1 : end + 2].isupper() and not heads.match(text, end + 1):
                i = j  # hyphenated: a place ("Phan Rang-Tháp Chàm"), not "Nguyễn Thành Tâm-Ủy viên …"
                continue
            found.append(_Candidate(s, end, self.context.value(s, end), word_before=words[i - 1][2] if i > 0 else None))
            i = j

    @staticmethod
    def _is_title_word(words) -> bool:
        phrases = _title_words().get(words[0][2].casefold())
        if not phrases:
            return False
        folded = tuple(w.casefold() for _, _, w in words)
        return any(p.capital and p.words == folded for p in phrases)

    def _skip_mask(self, words, i: int) -> int:
        mask_end = self._mask_end(words[i][0])
        while i < len(words) and words[i][0] < mask_end:
            i += 1
        return i

    def _given_syllable(self, word: str, start: int, heads: regex.Pattern, last_in_run: bool = False) -> bool:
        folded = word.casefold()
        if not _is_title_case(word) or (folded in _honorific_words() and folded not in _GIVEN_NAMES_TOO):
            return False
        if folded in _institution_words() and folded not in _GIVEN_NAMES_TOO and not last_in_run:
            # "Tỉnh", "Sở", "Ban" opening a capitalised name: the person's name has ended. Alone at
            # the end of the run such a word names nothing and is a given name: "Phùng Quang Hội,".
            return False
        if _may_open_head(word) and heads.match(self.text, start):
            return False
        return not self._org_word_at(start, word, lower_rest=True)

    def _token_of(self, start: int, word: str) -> tuple[str, int]:
        """The `_TOKEN` at `start`, where the capitalised word `word` is read, and its end: the word
        itself unless an apostrophe follows it (the token then reads on)."""
        end = start + len(word)
        if self.text[end : end + 1] in ("'", "’"):
            m = _TOKEN.match(self.text, start)
            return m.group(), m.end()
        return word, end

    def _org_word_at(self, start: int, word: str, lower_rest: bool) -> int:
        """End of a capitalised title-tail word of 2+ syllables starting with `word` here ("Thanh
        niên"), else 0."""
        token, token_end = self._token_of(start, word)
        first = token.casefold()
        seconds = _capital_phrase_seconds().get(first)
        if seconds is None:
            return 0
        # Most given names ("Thanh", "Văn") open such a phrase: the word after them settles it at once.
        second = _NEXT_WORD.match(self.text, token_end)
        if second is None or second.group(1).casefold() not in seconds or (lower_rest and not second.group(1).islower()):
            return 0
        for phrase in _title_words().get(first, ()):
            if not phrase.capital or len(phrase.words) < 2:
                continue
            end = self._phrase_end(token_end, phrase.words[1:], lower_rest)
            if end:
                return end
        return 0

    def _phrase_end(self, pos: int, rest: tuple[str, ...], lower: bool) -> int:
        for word in rest:
            m = _SPACES.match(self.text, pos)
            t = _TOKEN.match(self.text, m.end())
            if m.end() == pos or not t or t.group().casefold() != word or (lower and not t.group().islower()):
                return 0
            pos = t.end()
        return pos

    def _doubt(self, cand: _Candidate, word_before_in_run: str | None) -> str | None:
        before = self.text[max(0, cand.start - 24) : cand.start]
        if "\n" in before:
            before = before[before.rindex("\n") + 1 :]
        prev = before.split()
        prev_word = prev[-1].casefold().lstrip(_OPENERS) if prev else ""
        if prev_word in _not_after() or prev_word.rstrip(".") in _not_after():
            return "context"
        if len(prev) >= 2 and f"{prev[-2].casefold().lstrip(_OPENERS)} {prev_word}" in _not_after():
            return "context"  # "Giải thưởng Lý Tự Trọng", "học bổng Nguyễn Sinh Sắc"
        if word_before_in_run and word_before_in_run.casefold() in _not_after():
            return "context"
        if word_before_in_run and _is_all_caps(word_before_in_run) and cand.start not in self.degree_ends:
            return "context"  # "UBND Nguyễn …", but "PGS,TS Lê Quốc Lý" is a scholar
        if word_before_in_run and word_before_in_run.casefold() in _institution_words():
            return "context"  # "Sở Nguyễn …", "Hội Nguyễn …": an institution's name
        if word_before_in_run and len(prev) >= 2 and prev[-2].casefold().lstrip(_OPENERS) in _not_after():
            return "context"  # a place's later syllables: "huyện Si Ma Cai", "thôn Sư Lỗ Thượng"
        if self.text[cand.start - 1 : cand.start] in _OPEN_QUOTES and self.text[cand.end : cand.end + 1] in _CLOSE_QUOTES:
            return "context"  # a quoted name is a title or a motto: "Giải thưởng “Mai Vàng”"
        if self._inside_organization(cand.start, cand.end):
            return "context"
        return None

    def names_a_school(self, start: int) -> bool:
        """Do the one or two words before `start`, on its line, name a kind of school?"""
        text, schools = self.text, _school_words()
        word_end = start - 1
        if word_end < 0 or text[word_end] != " ":
            return False
        word_start = max(text.rfind(" ", max(0, start - 24), word_end), text.rfind("\n", max(0, start - 24), word_end)) + 1
        last = text[word_start:word_end].casefold().lstrip(_OPENERS)
        if last in schools:
            return True
        if last not in _school_second_words() or word_start < 2 or text[word_start - 1] != " ":
            return False
        before = text.rfind(" ", max(0, word_start - 16), word_start - 1) + 1
        return f"{text[before : word_start - 1].casefold().lstrip(_OPENERS)} {last}" in schools

    def doubt(self, cand: _Candidate) -> str | None:
        """Why a name found from its family name may be no person ("context", "headline"), or None.
        Asked only of a name with no title or form of address: one with a cue is kept anyway."""
        doubt = self._doubt(cand, cand.word_before)
        if doubt is None and self._headline(cand, self._surname_spans, self._headlines):
            doubt = "headline"
        return doubt

    def _headline(self, cand: _Candidate, names: list[tuple[int, int]], cache: dict | None = None) -> bool:
        """Is the candidate on a line in Title Case (a headline), not counting the names on it?"""
        lo = max(0, cand.start - _HEADLINE_MAX)
        line_start = self.text.rfind("\n", lo, cand.start) + 1
        if line_start == 0 and lo > 0:
            return False
        line_end = self.text.find("\n", cand.end, cand.end + _HEADLINE_MAX)
        if line_end < 0:
            if len(self.text) - cand.end > _HEADLINE_MAX:
                return False
            line_end = len(self.text)
        if line_end - line_start > _HEADLINE_MAX:
            return False
        key = (line_start, line_end)
        if cache is not None and key in cache:
            return cache[key]
        # The words of the line outside the names on it. A name starts and ends at a word's
        # edges and names never overlap, so the words between the names are read piece by piece.
        findall = _HEADLINE_WORD.findall
        k = bisect_right(names, (line_start, -1))
        firsts: list[str] = []  # the first letter of each word
        pos = line_start
        while k < len(names) and names[k][0] < line_end:
            s, e = names[k]
            if s > pos:
                firsts += findall(self.text, pos, s)
            pos = max(pos, e)
            k += 1
        if pos < line_end:
            firsts += findall(self.text, pos, line_end)
        result = len(firsts) >= 4 and sum(map(str.isupper, firsts)) >= 0.7 * len(firsts)
        if cache is not None:
            cache[key] = result
        return result

    def _address_ends(self) -> list[int]:
        """Where each match of `_ADDRESS` ends, in order (what `finditer` gives: no two can overlap)."""
        text = self.text
        ends = []
        for letters, back in _ADDRESS_LETTERS:
            at = text.find(letters)
            while at >= 0:
                start = at - back
                # A letter right before it is no form of address ("không", "công"): the common case.
                if start >= 0 and (start == 0 or text[start - 1] not in _ASCII_LETTERS):
                    m = _ADDRESS.match(text, start)
                    if m:
                        ends.append(m.end())
                at = text.find(letters, at + 1)
        ends.sort()
        return ends

    def _addressed_names(self, found: list[_Candidate]) -> list[_Candidate]:
        """Names without a known family name right after "đồng chí", "ông", "bà" ("ông Bá Trí")."""
        taken = {c.start for c in found}
        out = []
        heads = _head_pattern()
        self.addressed = self._address_ends()
        vouched = list(self.addressed)
        for start, opening in self.degree_starts:
            cue = _degree_cue(opening)
            m = cue.match(self.text, start) if cue else None
            if m:
                vouched.append(m.end())
                self.degree_ends.add(m.end())
        for after in vouched:
            run = _SHORT_RUN.match(self.text, after)
            if not run or after in taken:
                continue
            words = [(x.start() + run.start(), x.end() + run.start(), x.group()) for x in _RUN_WORD.finditer(run.group())]
            if not 2 <= len(words) <= 4 or any(len(w) < 2 for _, _, w in words) or self._masked(words[0][0]):
                continue  # "đồng chí N V": initials are no name
            if not all(self._given_syllable(w, s, heads) and not self._org_word_at(s, w, False) for s, _, w in words):
                continue
            if any(w.casefold() in _institution_words() for _, _, w in words):
                continue
            start, end = words[0][0], words[-1][1]
            out.append(_Candidate(start, end, self.context.value(start, end), how="address"))
        return out

    # -------------------------------------------------------- titles
    def title_end(self, pos: int) -> int:
        """Where the organization tail of a title whose head ends at `pos` ends."""
        text = self.text
        tokens = _Tokens(text, pos)
        degrees, degree_openers = _degree_pattern(), _degree_openers()
        table = _title_words()
        end, k, words = pos, 0, 0
        while words < _MAX_TAIL_WORDS:
            token = tokens[k]
            if token is None:
                break
            s, e, w = token
            if s in self.name_starts or (text.startswith(degree_openers.get(w[0], ()), s) and degrees.match(text, s)):
                break
            phrase = self._tail_phrase(tokens, k, table)
            if phrase:
                k += phrase
                end = tokens[k - 1][1]
                words += phrase
                if w[0].isupper() and self._ends_capitalised_word(tokens, k):
                    k += 1  # "Ban Thanh niên Trường học Trung ương Đoàn"
                    end = tokens[k - 1][1]
                continue
            following = tokens[k + 1]
            if w == "," and words:
                listed = _LISTED_NAME.match(text, s)
                if listed and not _head_pattern().match(text, _SPACES.match(text, s + 1).end()):
                    tokens = _Tokens(text, listed.end())
                    k, end = 0, listed.end()
                    words += 3
                    continue
            if w.isdigit() and len(w) <= 3 and k and tokens[k - 1][2].casefold() in _NUMBERED and tokens[k - 1][1] == end:
                k += 1  # "Quân khu 4", "UBND Quận 1"
                end = e
                words += 1
                continue
            if w[0].isupper() and w[0].isalpha() and w.casefold() not in _honorific_words():
                k += 1
                end = e
                words += 1
                if self._ends_capitalised_word(tokens, k):
                    k += 1
                    end = following[1]
                continue
            if w == "." and k and tokens[k - 1][1] == s and following is not None and following[2][0].isupper() and (
                following[0] == e or (tokens[k - 1][2] in _PLACE_SHORT_FORMS and text[e:following[0]] == " ")
            ):
                k += 1  # a dotted short form, read on: "Ủy viên T.Ư Đảng", "Chủ tịch UBND TP.Long Xuyên", "TP. Huế"
                continue
            if w in ("và", "&", "-") and following is not None:
                ns, _, nw = following
                if nw[0].isupper() and ns not in self.name_starts and not (w != "&" and _head_pattern().match(text, ns)):
                    k += 1
                    continue
            break
        return end

    def _ends_capitalised_word(self, tokens, k: int) -> bool:
        """Whether token k, one lower-case syllable after a capitalised word of a title's tail, ends
        that word: when the name goes on after it or a person's name follows ("Hội đồng Lý luận
        Trung ương", "Ban Thanh niên Trường học Trung ương Đoàn", "… Kinh tế Quốc dân Hoàng Văn
        Cường"). Verbs and function words never do ("… Nghệ An dự Hội nghị")."""
        following = tokens[k]
        if following is None or not following[2].islower() or following[2] in _title_stops():
            return False
        after = tokens[k + 1]
        if after is None or after[0] <= following[1]:
            return False
        if after[2] in ("và", "-") and tokens[k + 2] is not None:
            joined = tokens[k + 2]  # "Chi cục Trồng trọt và Bảo vệ thực vật"
            return joined[2][0].isupper() and joined[0] not in self.name_starts and not _head_pattern().match(self.text, joined[0])
        return after[0] in self.name_starts or (after[2][0].isupper() and after[2][0].isalpha())

    def _tail_phrase(self, tokens, k: int, table) -> int:
        """How many tokens a title-tail word starting at token k covers (0 if none)."""
        w = tokens[k][2]
        phrases = table.get(w.casefold())
        if not phrases:
            return 0
        upper = w[0].isupper()
        for phrase in phrases:
            if phrase.capital and not upper:
                continue
            words = phrase.words
            size = len(words)
            x = 1
            while x < size:
                t = tokens[k + x]
                if t is None or t[2].casefold() != words[x]:
                    break
                x += 1
            else:
                return size
        return 0

    def set_name_starts(self, starts) -> None:
        self.name_starts = set(starts)
        self._sorted_name_starts = sorted(self.name_starts)

    def _name_starts_within(self, start: int, end: int) -> bool:
        """Does a name start in [start, end)? A bisect, so a text full of names stays linear."""
        k = bisect_left(self._sorted_name_starts, start)
        return k < len(self._sorted_name_starts) and self._sorted_name_starts[k] < end

    def post_titles(self, cand: _Candidate) -> list[tuple[int, int]]:
        """The chain of titles after a name: ", Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, …"."""
        heads = _head_pattern()
        sep = _FIRST_SEP.match(self.text, cand.end)
        if not (sep and heads.match(self.text, sep.end())):
            aside = _aside().match(self.text, cand.end)  # "Vương Trinh Quốc (sinh năm 1976), Chánh Văn phòng …"
            sep = _FIRST_SEP.match(self.text, aside.end()) if aside else sep
        items: list[tuple[int, int]] = []
        while sep:
            head = heads.match(self.text, sep.end())
            if not head:
                break
            end = self.title_end(head.end())
            lead = _lead_in().match(self.text, end)
            if lead and lead.end() in self.name_starts and "," not in lead.group():
                break  # it leads into the next name: "Võ Văn Kiệt, nguyên Chủ tịch nước Trương Tấn Sang"
            run_on = _RUN_ON.match(self.text, end)
            if (
                run_on
                and not self._name_starts_within(end, run_on.end())
                and all(w == "của" or w not in _title_stops() for w in run_on.group().casefold().split())
            ):
                after = _NEXT_SEP.match(self.text, run_on.end())
                if after and heads.match(self.text, after.end()):
                    end = run_on.end()
            end = self._lower_case_tail(end)
            items.append((head.start(), end))
            sep = _NEXT_SEP.match(self.text, end)
        return items

    def _lower_case_tail(self, end: int) -> int:
        """An organization name that goes on in lower case up to the end of the clause: "Cục An ninh
        đối ngoại", "Ủy ban Quốc phòng và an ninh của Quốc hội". Every word must be a title-tail word."""
        m = _CLAUSE_REST.match(self.text, end)
        if not m or self._name_starts_within(end, m.end()):
            return end
        words = m.group().casefold().split()
        if words[0] in _LINKS or words[-1] in _LINKS:
            return end
        table, k = _title_words(), 0
        while k < len(words):  # the words must read as title-tail words, phrase by phrase
            if words[k] in _LINKS:
                k += 1
                continue
            size = next((len(p.words) for p in table.get(words[k], ()) if tuple(words[k : k + len(p.words)]) == p.words), 0)
            if not size:
                return end
            k += size
        return m.end()

    def title_items(self) -> list[tuple[int, int]]:
        """Every capitalised title in the text, for titles written before a name."""
        heads = _head_pattern()
        items = []
        last_end = -1
        starts = self._sorted_name_starts
        for start in self.title_starts:
            if start < last_end:
                continue
            k = bisect_right(starts, start)
            if k == len(starts) or starts[k] - start > _PRE_TITLE_REACH or self.text.find("\n", start, starts[k]) >= 0:
                continue  # no name follows on this line: the title cannot lead into one
            head = heads.match(self.text, start)
            if head:
                end = self.title_end(head.end())
                former = _FORMER.search(self.text, max(0, start - 10), start)
                items.append((former.start() if former else start, end))
                last_end = end
        return items

    def attach_pre_titles(self, cands: list[_Candidate], items: list[tuple[int, int]]) -> None:
        by_start = {c.start: c for c in cands}
        order = {c.start: k for k, c in enumerate(cands)}
        self._items_by_end = {end: (start, end) for start, end in items}
        lead_in = _lead_in()
        for item in items:
            if item[0] in self.claimed:
                continue
            m = lead_in.match(self.text, item[1])
            target = m.end() if m else item[1]
            cand = by_start.get(target)
            if cand is None and (dash := _DASH_LEAD.match(self.text, item[1])):
                # "Chủ tịch UBND tỉnh Long An - Trần Văn Cần trao …": a dash, and no title of its own
                dashed = by_start.get(dash.end())
                if dashed is not None and not dashed.titles:
                    cand, target = dashed, dash.end()
            if cand is None:
                colon = _COLON.match(self.text, item[1])
                cand = by_start.get(colon.end()) if colon else None
                if cand is not None and not cand.titles:
                    self._attach_to_list(cands, order[cand.start], item)
                continue
            if cand.titles and cand.pre_titled:
                continue
            if "," in self.text[item[1] : target] and self._on_behalf_of(item):
                continue  # "Thừa ủy quyền của Chủ tịch nước, Đại tá …"
            chain = [item]
            # Titles chained before it with commas: "Bí thư Trung ương Đảng, Phó Thủ tướng …".
            while True:
                head_start = chain[0][0]
                prev = self._item_before(head_start)
                if prev is None or prev[0] in self.claimed or prev in chain or self._on_behalf_of(prev):
                    break
                chain.insert(0, prev)
            for it in chain:
                self.claimed.add(it[0])
            cand.titles = chain + cand.titles
            cand.pre_titled = True
            if cand.honorific is None:
                cand.honorific = self._honorific_in(item[1], target) or self._honorific_at(chain[0][0])

    def _on_behalf_of(self, item: tuple[int, int]) -> bool:
        """Does a proxy cue stand before the title ("Thay mặt Chủ tịch nước, …")? It is then not the
        title of the name that follows its comma."""
        return _proxy_cue().search(self.text, max(0, item[0] - 40), item[0]) is not None

    def _attach_to_list(self, cands: list[_Candidate], k: int, item: tuple[int, int]) -> None:
        """"các Phó Chủ tịch UBTƯ MTTQ Việt Nam: A, B, C": the title goes to every name of the list."""
        self.claimed.add(item[0])
        while k < len(cands):
            cand = cands[k]
            cand.titles = [item] + cand.titles
            cand.pre_titled = True
            if cand.post_titled or k + 1 == len(cands):
                break
            gap = _NAME_LIST_GAP.fullmatch(self.text, cand.end, cands[k + 1].start)
            if not gap:
                break
            k += 1

    def _item_before(self, head_start: int) -> tuple[int, int] | None:
        """The title that ends with a comma right before `head_start`."""
        gap = _COMMA_BEFORE.search(self.text, max(0, head_start - 12), head_start)
        return self._items_by_end.get(gap.start()) if gap else None

    def signature_title(self, cand: _Candidate) -> tuple[int, int] | None:
        """The position written over a name that stands alone on its line, as in a signature block."""
        text = self.text
        line_start = cand.start
        while line_start > 0 and text[line_start - 1] in " \t":
            line_start -= 1
        if line_start > 0 and text[line_start - 1] != "\n":
            return None
        after = _SPACES.match(text, cand.end).end()
        if after < len(text) and text[after] != "\n":
            return None
        lo = max(0, line_start - _HEADLINE_MAX)
        above = text[lo:line_start].rstrip()
        cut = above.rfind("\n")
        if cut < 0 and lo > 0:
            return None
        line = above[cut + 1 :]
        start = lo + cut + 1
        if _SIGNED_MARK.fullmatch(line):  # "(Đã ký)" between the position and the name
            above = above[: cut + 1].rstrip()
            cut = above.rfind("\n")
            if cut < 0 and lo > 0:
                return None
            line = above[cut + 1 :]
            start = lo + cut + 1
        prefix = _SIGNATURE_PREFIX.match(line)
        offset = start + (prefix.end() if prefix else 0)
        head = _head_pattern().match(text, offset)
        if not head or not line.isupper():
            return None
        end = start + len(line)
        return (offset, end) if self.title_end(head.end()) >= end or head.end() == end else None

    # -------------------------------------------------------- forms of address
    def _honorific_at(self, start: int) -> str | None:
        window = self.text[max(0, start - 40) : start]
        suffixes = _degree_suffixes()
        # ("$" also matches before a final line end.)
        if suffixes is None or (window[:-1] if window.endswith("\n") else window).rstrip(" \t.,").endswith(suffixes):
            degrees = _degrees_before().search(window)  # "đồng chí Tiến sĩ Thái Văn Tài"
            if degrees:
                window = window[: degrees.start()]
        # Searched backwards first: whether a form of address ends the window is found fast that
        # way, and the forward search then gives the match as before.
        m = _honorific_before().search(window) if _honorific_before_reversed().search(window) else None
        return _honorific_as_listed(m.group()) if m else None

    def _honorific_in(self, start: int, end: int) -> str | None:
        """The form of address in the gap between a title and its name (", đồng chí ")."""
        m = _honorific_anywhere().search(self.text, start, end)
        return _honorific_as_listed(m.group()) if m else None


def _honorific_as_listed(said: str) -> str:
    said = " ".join(said.split()).casefold()
    return next((h for h in _honorifics() if h.casefold() == said), said)


@lru_cache(maxsize=1)
def _honorific_anywhere() -> regex.Pattern:
    return regex.compile(rf"(?<![{_LETTER}/])(?i:{_alternation(_honorifics())})(?![{_LETTER}])")


def _unwrapped(text: str) -> str:
    """The text with the line breaks of a hard-wrapped document read as spaces (same length, same
    offsets); short lines, and headings and signature lines in capitals, keep theirs."""
    breaks = []
    lines = text.split("\n")
    at = -1  # the line break before the current line
    for line, next_line in zip(lines, lines[1:]):
        at += len(line) + 1
        if (
            next_line[:1].isalpha()
            and len(line) >= _WRAP_WIDTH
            and (line[-1].isalpha() or line[-1] == ",")  # the sentence goes on into the next line
            and not line.isupper()
            and not next_line.isupper()
            and not _FIELD_LABEL.match(next_line)
        ):
            breaks.append(at)
    if len(breaks) < _MIN_SOFT_BREAKS:
        return text
    pieces, previous = [], 0
    for at in breaks:
        pieces.append(text[previous:at])
        previous = at + 1
    pieces.append(text[previous:])
    return " ".join(pieces)


# ---------------------------------------------------------------- assembly
def extract(context) -> list[Person]:
    """Every person named in the body, with titles as written, the form of address and each mention."""
    reader = _Reader(context)
    text = reader.text
    cands = reader.candidates()
    # A place in a title leads straight into a name ("… xã Đinh Xá Nguyễn Văn B"): it is no person.
    starts = {c.start for c in cands}
    cands = [c for c in cands if _SPACES.match(text, c.end).end() not in starts or c.how != "surname"]
    # A school named after someone keeps its name even behind a title: "Hiệu trưởng Trường THPT
    # Nguyễn Du" is no person, and the title before it runs on over the school's name.
    cands = [c for c in cands if c.how != "surname" or not reader.names_a_school(c.start)]
    reader.set_name_starts(c.start for c in cands)

    cands.sort(key=lambda c: c.start)
    listed: str | None = None  # the form of address of a list: "các đồng chí: A, …; B, …"
    chain_end = -1
    for cand in cands:
        cand.honorific = reader._honorific_at(cand.start)
        opener = None
        before = text[max(0, cand.start - 24) : cand.start]
        if "ông" in before or "bà" in before or "chí" in before:  # the list's form of address, as written
            opener = _LIST_OPENER.search(text, max(0, cand.start - 24), cand.start)
        if opener:
            listed = _honorific_as_listed(opener.group(1))
        elif not (listed and chain_end >= 0 and _LIST_GAP.fullmatch(text, chain_end, cand.start)):
            listed = None
        cand.honorific = cand.honorific or listed
        items = reader.post_titles(cand)
        if items:
            cand.titles = items
            cand.post_titled = True
            reader.claimed.update(s for s, _ in items)
        elif (signed := reader.signature_title(cand)) is not None:
            cand.titles = [signed]
            cand.post_titled = True
        chain_end = items[-1][1] if items else cand.end
    reader.attach_pre_titles(cands, reader.title_items())

    accepted_names: set[str] = set()
    for cand in cands:
        cued = bool(cand.honorific or cand.pre_titled or cand.post_titled)
        if cand.how == "surname" and not cued:
            cand.doubt = reader.doubt(cand)
        if cand.how == "address" or cand.doubt is None or cued:
            cand.accepted = True
            accepted_names.add(cand.name.casefold())
    for cand in cands:
        if not cand.accepted and cand.doubt == "headline":
            cand.accepted = cand.name.casefold() in accepted_names  # named again below the headline

    kept = [c for c in cands if c.accepted]
    credited = _credited(context, reader, kept)
    if credited:
        # A credited name holds the names read inside it: "Âu Thành" is part of the byline "Lạc Âu Thành".
        kept = [c for c in kept if not any(o.start <= c.start and c.end <= o.end for o in credited)]
    return _people(context, reader, kept + credited)


def _credited(context, reader: _Reader, kept: list[_Candidate]) -> list[_Candidate]:
    """The byline and photo credits: names the page itself marks as people."""
    out = []
    taken = {(c.start, c.end) for c in kept}
    photos = [m for batch in _match_batches(_PHOTO, reader.text) for m in batch] if _may_hold_photo_credit(reader.text) else []
    for m in photos:
        s, e = m.span("name")
        name = context.value(s, e)
        if (s, e) in taken or not _credit_name(name) or reader._masked(s):
            continue
        out.append(_Candidate(s, e, name, how="photo"))
        taken.add((s, e))
    author, at = context.layout.author, context.layout.author_at  # the layout found the byline's name
    if author is not None and at is not None and _credit_name(author.name):
        start, end = at
        if (start, end) not in taken:
            cand = _Candidate(start, end, _tidy(author.name), how="byline")
            role = _byline_role(reader.text, start)
            if role:
                cand.titles = [role]
            out.append(cand)
    return out


def _may_hold_photo_credit(text: str) -> bool:
    """A cheap test before the `_PHOTO` scan: every credit holds "Ả" ("Ảnh", "ẢNH"), "Đồ họa", or
    "Bài"/"Tin" with "ảnh"."""
    return "Ả" in text or "Đồ họa" in text or ("ảnh" in text and ("Bài" in text or "Tin" in text))


def _credit_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or any(not w[0].isupper() or "." in w or any(ch.isdigit() for ch in w) for w in words):
        return False
    if words[0].casefold() in _institution_words() or _head_pattern().match(name):
        return False
    return not all(_is_all_caps(w) and len(w) > 4 for w in words)


def _byline_role(text: str, start: int):
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" \t:")
    for role in _byline_roles():
        if before == role or before.endswith(" " + role):
            return (line_start + text[line_start:start].rindex(role), line_start + text[line_start:start].rindex(role) + len(role))
    return None


def _people(context, reader: _Reader, kept: list[_Candidate]) -> list[Person]:
    text = reader.text
    groups: dict[str, list[_Candidate]] = {}
    for cand in sorted(kept, key=lambda c: c.start):
        groups.setdefault(cand.name.casefold(), []).append(cand)
    _add_upper_case_mentions(reader, groups)
    _add_given_name_mentions(reader, groups)
    people = []
    for key, cands in groups.items():
        cands.sort(key=lambda c: c.start)
        seen_spans: set[tuple[int, int]] = set()
        mentions = []
        for c in cands:
            if (c.start, c.end) not in seen_spans:
                seen_spans.add((c.start, c.end))
                mentions.append(context.span(c.start, c.end))
        titles = _merge_titles([context.value(s, e) for c in cands for s, e in c.titles])
        honorific = next((c.honorific for c in cands if c.honorific), None)
        name = next((c.name for c in cands if not c.name.isupper()), cands[0].name)
        first = mentions[0]
        people.append(
            Person(first.text, first.start, first.end, name, tuple(mentions), tuple(titles), honorific)
        )
    people.sort(key=lambda p: p.start)
    return people


def _add_upper_case_mentions(reader: _Reader, groups: dict[str, list[_Candidate]]) -> None:
    """"PHÓ THỦ TƯỚNG NGÔ XUÂN LỘC" in a headline is a mention of Ngô Xuân Lộc."""
    wanted: dict[tuple[str, ...], str] = {}
    for key, cands in groups.items():
        name = cands[0].name
        words = name.upper().split()  # word for word the upper-case form of name.split()
        if 2 <= len(words) <= 1 + _MAX_GIVEN + 2 and not name.isupper():
            wanted[tuple(words)] = key
    if not wanted:
        return
    if len(wanted) <= 64 and not any(name[-1] in reader.text for name in wanted):
        return  # no upper-case form of any name: skip the scan
    sizes = sorted({len(k) for k in wanted}, reverse=True)
    taken = {(c.start, c.end) for cands in groups.values() for c in cands}
    for run in (run for batch in _match_batches(_UPPER_RUN, reader.text) for run in batch):
        words = [(m.start(), m.end(), m.group()) for m in _UPPER_WORD.finditer(reader.text, run.start(), run.end())]
        i = 0
        while i < len(words):
            for size in sizes:
                if i + size > len(words):
                    continue
                key = wanted.get(tuple(w for _, _, w in words[i : i + size]))
                if key is not None:
                    span = (words[i][0], words[i + size - 1][1])
                    if span not in taken:
                        groups[key].append(_Candidate(*span, groups[key][0].name, how="upper"))
                    i += size - 1
                    break
            i += 1


def _add_given_name_mentions(reader: _Reader, groups: dict[str, list[_Candidate]]) -> None:
    """"ông Cường" after "Hoàng Văn Cường": only when one person has that given name."""
    owners: dict[str, list[str]] = {}
    for key, cands in groups.items():
        words = cands[0].name.split()
        if len(words) >= 2:
            owners.setdefault(words[-1], []).append(key)
    if not owners:
        return
    taken = sorted((c.start, c.end) for cands in groups.values() for c in cands)
    starts = [a for a, _ in taken]
    for after in reader.addressed:
        m = _GIVEN_ALONE.match(reader.text, after)
        if not m:
            continue
        keys = owners.get(m.group(), ())
        s, e = m.span()
        k = bisect_right(starts, s) - 1
        if len(keys) != 1 or (k >= 0 and taken[k][1] > s):
            continue
        first = groups[keys[0]][0]
        if first.start < s:
            groups[keys[0]].append(_Candidate(s, e, first.name, how="given"))


def _title_key(title: str) -> tuple[str, ...]:
    words = title.casefold().split()
    return tuple(w for k, w in enumerate(words) if k == 0 or w != words[k - 1])


def _merge_titles(titles: list[str]) -> list[str]:
    """One entry per title: written twice ("Trưởng Ban Ban …" and "Trưởng Ban …") counts once, the
    cleaner form kept; a title that only begins a longer one ("Phó Thủ tướng" beside "Phó Thủ
    tướng Chính phủ") gives way to it."""
    chosen: dict[tuple[str, ...], str] = {}
    for title in titles:
        title = _tidy(title)
        key = _title_key(title)
        if key not in chosen or len(title) < len(chosen[key]):
            chosen[key] = title
    keys = list(chosen)
    out = []
    for key in keys:
        if any(other != key and len(other) > len(key) and other[: len(key)] == key for other in keys):
            continue
        out.append(chosen[key])
    return out


# ---------------------------------------------------------------- anaphora
def mentioned_before(people: Sequence[Person], offset: int, *, addressed_as: str | None = None) -> Person | None:
    """The person named last before `offset` (an offset into the caller's text).

    "Đồng chí cũng đề nghị …" refers back to this person. Only people who act in the text are
    looked at first: those with a form of address or a title ("đồng chí Lâm Thị Phương Thanh"),
    not a name quoted as an idea ("tư tưởng … Hồ Chí Minh"), a byline or a photo credit; when no
    such person comes before `offset`, the last person named at all. With `addressed_as`
    ("đồng chí", "ông", "bà"), people addressed that way come first.
    """
    def last(candidates) -> Person | None:
        best, best_start = None, -1
        for person in candidates:
            for mention in person.mentions or ():
                if best_start < mention.start < offset:
                    best, best_start = person, mention.start
        return best

    actors = [p for p in people if p.honorific or p.titles]
    if addressed_as:
        wanted = addressed_as.casefold()
        found = last(p for p in actors if (p.honorific or "").casefold() == wanted)
        if found is not None:
            return found
    return last(actors) or last(people)
