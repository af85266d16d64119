"""Organizations: a grammar of Vietnamese organ names, built from word lists in tuyengiao/data/.

A name is a chain of *units*, each nested in the next, closed by an optional *place*:

    Ban Tuyên giáo | Tỉnh ủy | Lạng Sơn          unit (head + function), committee, bare place
    Thường trực | HĐND | huyện Sa Thầy          parent unit, abbreviation, level word + place
    Ban Chấp hành | Trung ương | Hội Nông dân | Việt Nam

Units come from the data files: heads with their role (org_heads.tsv: "Ban" needs a function,
"Tỉnh ủy" stands alone, "Thường trực" needs a body after it), functions (org_functions.tsv),
abbreviations (org_abbreviations.tsv), well-known bodies (org_gazetteer.tsv), level words
(org_levels.tsv) and provinces (provinces.txt). Capitalisation is the main cue: names are
capitalised ("Ban Tuyên giáo Tỉnh ủy"), generic talk is not ("ban tuyên giáo các cấp"). All-caps
header lines ("ỦY BAN NHÂN DÂN / TỈNH NINH THUẬN") are read by a stricter, case-blind variant of
the same grammar that takes listed words only. Plural and generic talk (org_generic.tsv) is
dropped; the longest span wins.

Each distinct name (case and white space folded) becomes one Organization with every mention,
a `type`, a `level`, and a `canonical` name where the text allows: abbreviations spelled out and
a bare "Tỉnh ủy" or "UBND tỉnh" completed with the text's province (from the title, the byline or
the first full mention).

Speed: the grammar is compiled once, its word lists as regex tries, and tried only where a listed
first word stands (a trigger scan), so a parse stays linear in the text's length. underthesea is
used for one thing only, without importing it: its word list (Viet74K) tells whether three
syllables after an unlisted capitalised function are one word ("Cựu chiến binh") or a name
followed by a verb ("Quốc dân tuyển sinh").
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from . import _guard
from ._data import read_lines, read_table
from .models import Organization
from .text import standardize_tones, tidy

__all__ = ["extract", "match_organization", "find_organizations"]

TYPES = ("party", "state", "mass", "military", "media", "education", "enterprise", "other")  # SPEC.md
_B0 = r"(?<![\p{L}\p{N}])"
_B1 = r"(?![\p{L}\p{N}])"
_NOT_SYMBOL_BEFORE = r"(?<![-/])"  # "NQ-HĐND", "QĐ-UBND": an issuer code inside a symbol
_NOT_SYMBOL_AFTER = r"(?![-/]\p{Lu})"  # "951/UBND-TH"
_THE_CITY = "Thành phố"  # Hà Nội's and Hồ Chí Minh City's own texts: "UBND Thành phố", "Hội Nông dân Thành phố"


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """The grouping key: case and white space folded."""
    return " ".join(name.split()).casefold()


def _variants(phrase: str, *, lower: bool = True) -> set[str]:
    """A listed phrase as it may be written: as listed, first letter up or down, all caps."""
    out = {phrase, phrase[:1].upper() + phrase[1:], phrase.upper()}
    if lower:
        out.add(phrase.lower())
        out.add(phrase[:1] + phrase[1:].lower())
    if " và " in phrase:  # scraped texts glue words: "Kế hoạchvà Đầu tư"; "và" is also written "&"
        out |= {v.replace(" và ", joined) for v in set(out) for joined in ("và ", " & ")}
    return out


def _usual_spellings(phrase: str) -> set[str]:
    """A phrase as texts usually write it: as listed, capitalised, all caps, its inner words in lower
    case or all capitalised ("Ban chấp hành", "Quốc Hội"). For the trigger scan and the blockers, where
    an exact trie is cheaper than a case-blind one."""
    out = _variants(phrase, lower=False)
    if " " in phrase:
        first, *rest = phrase.split()
        out.add(" ".join([first, *(w if w.isupper() and len(w) > 1 else w.lower() for w in rest)]))
        out.add(" ".join(w[:1].upper() + w[1:] for w in phrase.split()))
    return out


def _table(name: str) -> list[tuple[str, ...]]:
    return [tuple(cell if cell != "-" else "" for cell in row) for row in read_table(name)]


# ------------------------------------------------------------------ the lexicon
@dataclass(frozen=True)
class _Entry:
    type: str  # "" when the parent decides
    level: str
    role: str  # func, known, parent, complete, committee, gazetteer, abbreviation
    canonical: str = ""  # long form (abbreviations) or canonical name (gazetteer)


@dataclass(frozen=True)
class _Lexicon:
    heads: dict[str, _Entry]  # casefolded head → entry
    gazetteer: dict[str, _Entry]
    abbreviations: dict[str, _Entry]  # as written (case-sensitive)
    functions: dict[str, str]  # casefolded function → type hint
    takes: dict[str, frozenset[str]]  # casefolded head of role "known" → the functions it takes
    heads_parent: frozenset[str]  # casefolded heads that may stand for a part of the body after them
    levels_capitalised: frozenset[str]  # "Tỉnh", "Huyện": level words that need their place
    levels: dict[str, tuple[str, str]]  # casefolded level word → (level, kind)
    provinces: dict[str, str]  # casefolded variant → province name
    not_names: dict[str, frozenset[str]]  # head → following syllables that make another word
    generic_before: tuple[str, ...]
    generic_after: tuple[str, ...]
    proper: dict[str, str]  # casefolded listed phrase → as listed (to re-case all-caps names)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    heads = {h.casefold(): _Entry(t, lv, role) for h, t, lv, role in _table("org_heads.tsv")}
    gazetteer = {}
    for name, t, lv, canonical in _table("org_gazetteer.tsv"):
        gazetteer[name.casefold()] = _Entry(t, lv, "gazetteer", canonical or name)
    abbreviations = {
        a: _Entry(t, lv, role, long) for a, long, t, lv, role in _table("org_abbreviations.tsv") if role != "part"
    }
    functions: dict[str, str] = {}
    takes: dict[str, set[str]] = {}
    for row in _table("org_functions.tsv"):
        functions.setdefault(row[0].casefold(), row[1] if len(row) > 1 else "")
        for head in (row[2].split("|") if len(row) > 2 and row[2] else ()):
            takes.setdefault(head.casefold(), set()).add(row[0].casefold())
    levels = {w.casefold(): (lv, kind) for w, lv, kind in _table("org_levels.tsv")}
    provinces = {}
    for row in read_table("provinces.txt"):
        for variant in row:
            provinces[variant.casefold()] = row[0]
    not_names = {row[0]: frozenset(row[1].split()) for row in read_table("org_not_names.tsv")}
    generic = read_table("org_generic.tsv")
    proper = {}
    for phrase in [*(h for h, *_ in read_table("org_heads.tsv")), *(r[0] for r in read_table("org_functions.tsv")),
                   *(r[0] for r in read_table("org_gazetteer.tsv")), *(r[0] for r in read_table("org_levels.tsv")),
                   *(v for row in read_table("provinces.txt") for v in row)]:
        proper.setdefault(phrase.casefold(), phrase)
    return _Lexicon(
        heads=heads,
        gazetteer=gazetteer,
        abbreviations=abbreviations,
        functions=functions,
        takes={h: frozenset(v) for h, v in takes.items()},
        heads_parent=frozenset({h.casefold() for h, _t, _l, role in _table("org_heads.tsv") if role == "parent"} | {"ủy ban"}),
        levels_capitalised=frozenset(w for w, *_ in _table("org_levels.tsv") if w[:1].isupper() and w[1:2].islower() and w not in ("Trung ương", "Việt Nam")),
        levels=levels,
        provinces=provinces,
        not_names=not_names,
        generic_before=tuple(c for w, c in generic if w == "before"),
        generic_after=tuple(c for w, c in generic if w == "after_class"),
        proper=proper,
    )


# ------------------------------------------------------------------ the grammar
def _not_name_guard(lex: _Lexicon, head: str) -> str:
    """A negative lookahead keeping a bare head from reading "Hội nghị" or "Đảng viên" as a name."""
    words = lex.not_names.get(head)
    if not words:
        return ""
    return r"(?![ \t]+(?i:" + "|".join(sorted(map(regex.escape, words), key=len, reverse=True)) + r"))"


def _optional(x: str) -> str:
    """`(?:x)?` without a repeat: to `regex` every repeat costs set-up at each match, a branch does not.
    (Same order of trial: x first, then nothing.)"""
    return "(?:" + x + "|)"


def _lazy_optional(x: str) -> str:
    """`(?:x)??` without a repeat: nothing first, then x."""
    return "(?:|" + x + ")"


def _first_char_guard(words, *extra: str) -> str:
    """A lookahead for the characters (and `extra` literal starts) an alternation of `words` can start
    with: one cheap test that spares trying every alternative where a name goes no further."""
    chars = "".join("\\" + c if c in "\\[]^-" else c for c in sorted({w[0] for w in words}))
    return "(?=[" + chars + "]" + "".join("|" + e for e in extra) + ")"


def _grammar() -> tuple[str, dict[str, list[str]]]:
    """The pattern text and its word lists.

    All-caps header lines ("ỦY BAN NHÂN DÂN / TỈNH NINH THUẬN") go through the same grammar: every
    listed word is also matched in capitals (`_FOLDED`), and an all-caps place follows an all-caps level word.

    Each big list appears once or twice in the pattern: the `regex` module's cost per match grows
    with the pattern's size, so the function loop is shared by every head that takes functions, and
    which head takes which function ("Bộ" only ministries) is checked afterwards, in `_accept`.
    """
    lex = _lexicon()
    heads = read_table("org_heads.tsv")
    by_role: dict[str, set[str]] = {}
    for head, _t, _l, role in heads:
        by_role.setdefault(role, set()).update(_variants(head, lower=False))
    lists: dict[str, set[str]] = {
        "heads": set().union(*(by_role.get(r, set()) for r in ("func", "known", "parent", "complete", "located"))),
        "hcomplete": by_role.get("complete", set()),
        "hcommittee": by_role.get("committee", set()),
        "hdescribed": by_role.get("described", set()),
        "gaz": set(),
        "abbr": set(lex.abbreviations),
        "func": set(),
        "lvl": set(),
        "lvlbare": set(),
        "prov": set(),
        "stop": set(read_lines("org_stopwords.txt")),
        "surname": set(_surnames()),
    }
    for name, *_ in read_table("org_gazetteer.tsv"):
        if name not in lex.not_names:  # bare "Đảng" gets its own guarded alternative
            lists["gaz"] |= _variants(name, lower=False)
    for row in read_table("org_functions.tsv"):
        # As listed ("Tuyên giáo", "giám sát") or capitalised; the rest of the words in any case (`_FOLDED`).
        lists["func"] |= _variants(row[0], lower=False)
    for word, _level, _kind in read_table("org_levels.tsv"):
        lists["lvl"] |= _variants(word, lower=False)
        if word[:1].islower() or word in ("TP", "TP.", "Tp.", "TW", "TƯ", "Trung ương", "Việt Nam", _THE_CITY):
            lists["lvlbare"] |= {word, word.upper()}
    for row in read_table("provinces.txt"):
        for variant in row:
            lists["prov"] |= _variants(variant, lower=False)
    lists["blockers"] = set().union(*map(_usual_spellings, lists["heads"] | lists["hcommittee"] | lists["gaz"])) | (
        lists["lvl"] | lists["prov"] | set(read_lines("org_not_functions.txt"))
    )

    cap = r"\p{Lu}\p{Ll}*" + _B1
    # A name may wrap onto the next line, but the header's place-and-date line ("Bắc Ninh, ngày …")
    # under "ĐẢNG CỘNG SẢN VIỆT NAM" or an organ's name is never part of it.
    place_date_line = r"(?![ \t]*[^\n,]{1,40},[ \t]*[Nn]gày\b)"
    # Nor is the party's header line: a two-column header copied to text puts "ĐẢNG CỘNG SẢN VIỆT NAM"
    # just before or after the issuer's lines ("TỈNH ỦY THỪA THIÊN HUẾ / ĐẢNG CỘNG SẢN VIỆT NAM").
    party_line = "ĐẢNG CỘNG SẢN VIỆT NAM"
    line_break = r"\n(?<!" + party_line + r"[ \t]*\n)" + place_date_line + r"(?![ \t]*" + party_line + ")"
    sp = r"(?:[ \t]+" + _optional(line_break) + r"[ \t]*|" + line_break + r"[ \t]*)"
    low = r"(?:[ \t]+(?!\L<stop>" + _B1 + r")\p{Ll}+" + _B1 + r")"
    free_func = r"(?!\L<blockers>" + _B1 + r")\p{Lu}\p{Ll}*" + _B1 + low + r"{1,2}"
    # After a level word, a run of capitalised syllables is a place ("huyện Lục Ngạn") unless it
    # reads as a person's name ("Chủ tịch UBND huyện Nguyễn Thanh Nguyên", "… Lê Văn Nam").
    person = r"\L<surname>" + _B1 + r"(?:[ \t]+(?:Văn|Thị)" + _B1 + r"|(?:[ \t]+\p{Lu}\p{Ll}*" + _B1 + r"){2})"
    place_run = r"(?!" + person + ")" + cap + r"(?:[ \t]+(?!Khóa)" + cap + r"){1,3}"
    # In capitals, after a level word in capitals: "UBND HUYỆN PHONG ĐIỀN".
    caps_run = r"(?<=\p{Lu}[ \t])(?!KHÓA)\p{Lu}{2,}" + _B1 + r"(?:[ \t]+(?!KHÓA)\p{Lu}+" + _B1 + r"){0,3}"
    # A place straight after a committee, with no level word, must not be the next person's name.
    # In capitals, only at the end of a header line: "HUYỆN ỦY GIO LINH", not "HUYỆN ỦY GIO LINH TỔ CHỨC …".
    bare_place = (r"(?:\L<prov>" + _B1 + r"|(?!\L<surname>" + _B1 + r")" + place_run
                  + r"|(?=\p{Lu}{2})(?<=\p{Lu}[ \t])(?!\L<lvl>" + _B1 + ")" + caps_run + r"(?=[ \t]*(?:\n|$)))")
    single_place = cap + r"(?=[ \t]*(?:[,.;:)\]|\n]|$))"
    place = r"(?:\L<prov>" + _B1 + "|" + place_run + "|" + single_place + "|" + caps_run + r"|\d{1,3}" + _B1 + ")"
    joiner = _optional(r"[ \t]+(?:và|VÀ|&)(?=[ \t]+[\p{Lu}\d])|[ \t]*[-–]")
    func_loop = r"(?:" + joiner + r"[ \t]+(?:\L<func>" + _B1 + "|" + free_func + r")){1,5}"
    paren = _optional(r"[ \t]*\([\p{Lu}Đ&]{2,8}\)")
    # "Đảng" alone is the Communist Party; "Đảng Cộng sản Trung Quốc" is another (listed, or not read).
    dang = r"(?:Đảng|ĐẢNG)" + _B1 + _not_name_guard(lex, "Đảng") + r"(?![ \t]+\p{Lu}\p{Ll}*[ \t]+\p{Ll})"
    hoi = r"Hội" + _B1 + _not_name_guard(lex, "Hội")
    committee = r"\L<hcommittee>" + _B1 + _optional(r"[ \t]+" + bare_place)
    # "(Phó) Trưởng ban Tuyên giáo …", "Trưởng đoàn đại biểu Quốc hội tỉnh"
    lower_heads = r"|(?<=Trưởng[ \t])ban" + _B1 + r"|đoàn(?=[ \t]+(?:[đĐ]ại biểu|ĐB))"
    # "thường trực HĐND tỉnh"
    lower_units = r"|thường trực(?=[ \t]+(?:\L<abbr>|\L<hcommittee>|\L<hcomplete>)" + _B1 + r")"
    # A committee takes a function when one follows ("Huyện đoàn Cơ quan"), a bloc in any case
    # ("Đảng ủy Khối Doanh nghiệp", "Đảng bộ Khối Cơ quan và Doanh nghiệp"); else its place follows.
    committee_function = r"(?=[ \t]+(?:\p{Lu}\p{Ll}*[ \t]+\p{Ll}|Khối" + _B1 + "))"
    # The gazetteer first, then any head with its functions (which heads need or take which
    # functions is checked in `_accept`), then a committee with or without a place.
    # Every alternative of a unit starts with a word of one of these lists or a literal below.
    unit_start = _first_char_guard(lists["gaz"] | lists["heads"] | lists["hcommittee"] | lists["abbr"] | {"Đảng", "ĐẢNG", "Hội"},
                                   "ban", "đoàn", "thường trực")
    unit = (
        r"(?P<u>" + unit_start + r"(?:"
        r"\L<gaz>" + _B1
        + r"|(?:\L<heads>" + _B1 + lower_heads + r"|\L<hcommittee>" + _B1 + committee_function + ")"
        + _optional(func_loop)
        # "Ban Chỉ đạo 35", "Quân khu 2"; "Trường THPT Chuyên Lê Quý Đôn" (a school named after a person),
        # "Trường Đại học Tây Nguyên", "Đại học Huế" (a university named after its region or town)
        + _optional(r"(?<=Chỉ đạo|CHỈ ĐẠO|Quân khu|QUÂN KHU)[ \t]+\d{1,4}" + _B1 + r"(?![/.,-]\d)")
        + _optional(r"(?<=phổ thông|THPT|THCS|cơ sở|[Tt]iểu học|[Mm]ầm non|nội trú|Trường Chính trị|Đại học)"
                    + _optional(r"[ \t]+Chuyên") + r"[ \t]+" + cap + r"(?:[ \t]+" + cap + r"){0,3}")
        + r"|\L<abbr>" + _B1
        + r"|" + committee
        + "|" + dang
        + "|" + hoi
        + lower_units
        + r")" + paren + ")"
    )
    center = r"(?:Trung ương|TRUNG ƯƠNG)"
    # News glues the city to its short level word: "UBND TP.HCM", "Sở Y tế TP.Hồ Chí Minh".
    glued_city = r"(?:TP|Tp)\.(?:HCM" + _B1 + "|" + cap + r"(?:[ \t]+" + cap + r"){0,2})"
    # A bare level word ("tỉnh") may close a name; a capitalised one ("Tỉnh") only with its place
    # (checked in `_accept`).
    locus_start = _first_char_guard(lists["lvl"] | lists["prov"] | {"Việt Nam", "VIỆT NAM", "Trung ương", "TRUNG ƯƠNG"})
    locus = (
        locus_start + r"(?P<loc>" + _optional(r"(?:Việt Nam|VIỆT NAM)" + _B1 + _optional(r"[ \t]+(?=\L<lvlbare>)"))
        + r"(?:" + glued_city + r"|\L<lvl>" + _B1 + _optional(r"[ \t]+" + place) + r"|\L<prov>" + _B1 + r")"
        r"|(?:Việt Nam|VIỆT NAM)" + _B1 + "|" + center + _B1 + r")"
    )
    number = _optional(r"(?<=\s)(?:số|SỐ)[ \t]+\d{1,4}" + _B1)
    # "Tổ công tác chuyên trách … của (Thủ tướng) Chính phủ": a task force named by its task and its body.
    word = r"[^\s,.;:()\[\]]+"
    described = _optional(
        r"\L<hdescribed>(?:[ \t]+(?!của" + _B1 + r")" + word + r"){1,12}[ \t]+của[ \t]+"
        + _optional(r"(?:Thủ tướng|Chủ tịch|Bộ trưởng)[ \t]+")
    )
    pattern = (
        _B0 + _NOT_SYMBOL_BEFORE + described
        + r"(?:" + _lazy_optional(center + r"[ \t]+(?=\p{Lu})") + unit + _optional(sp + r"(?=\S)") + r"){1,5}"
        + _optional(locus) + number + _NOT_SYMBOL_AFTER
    )
    used = {k: sorted(v, key=len, reverse=True) for k, v in lists.items() if f"\\L<{k}>" in pattern}
    return pattern, used


@lru_cache(maxsize=1)
def _surname_set() -> frozenset[str]:
    return frozenset(_surnames())


@lru_cache(maxsize=1)
def _surnames() -> tuple[str, ...]:
    try:
        return read_lines("surnames.txt")
    except (FileNotFoundError, OSError):
        return ()


def _trie(words: list[str], fold_tails: bool = False) -> str:
    """An alternation of literal words as a regex trie (longest first, backtracking to shorter ones).

    With `fold_tails`, each word's first letter is matched as written and the rest in any case:
    real texts write a listed name's inner words every way ("Hội Cựu Chiến binh", "Quốc Hội",
    "Cổng thông tin điện tử"), and one case-blind trie is smaller than a trie of every spelling.

    The `regex` module's named lists (`\\L<name>`) test every candidate length against a set, which
    costs tens of microseconds at each trigger; a trie fails on the first wrong character.
    """
    if fold_tails:
        by_first: dict[str, set[str]] = {}
        for word in words:
            by_first.setdefault(word[:1], set()).add(word[1:].lower())
        return "(?:" + "|".join(regex.escape(first) + "(?i:" + _trie(sorted(tails)) + ")"
                                for first, tails in sorted(by_first.items())) + ")" if words else "(?!)"
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = []
        for char in sorted(k for k in node if k):
            child, text = node[char], regex.escape(char)
            while len(child) == 1 and "" not in child:
                (char2, child), = child.items()
                text += regex.escape(char2)
            alternatives.append(text + build(child))
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return _optional(body) if "" in node else body

    return "(?:" + build(root) + ")" if words else "(?!)"


# The word lists whose words are matched with their first letter as written and the rest in any case.
_FOLDED = frozenset({"heads", "hcomplete", "hcommittee", "hdescribed", "gaz", "func"})


def _compile(pattern: str, lists: dict[str, list[str]], flags: int = 0) -> regex.Pattern:
    for name, words in lists.items():
        pattern = pattern.replace("\\L<" + name + ">", _trie(words, fold_tails=name in _FOLDED))
    return regex.compile(pattern, flags)


@dataclass(frozen=True)
class _Machinery:
    mixed: regex.Pattern  # the grammar, matched where a trigger word stands
    trigger: regex.Pattern  # the first words names can start with
    scan: re.Pattern  # the same trigger for the standard `re` module, without its start boundary (see `_triggers`)
    captured: tuple[int, int]  # the numbers of the groups "u" (units) and "loc" (locus) in `mixed`


@lru_cache(maxsize=1)
def _machinery() -> _Machinery:
    mixed, mixed_lists = _grammar()
    # Whole starts, not first words: "Đại hội" and "Công tác" never reach the grammar. The starts in
    # their usual spellings: an exact trie scans faster than a case-blind one.
    starts = _variants("Trung ương", lower=False) | _variants("Đảng", lower=False) | {"Hội"}
    for name, values in mixed_lists.items():
        if name in ("gaz", "heads", "hcommittee", "hdescribed"):
            starts.update(values)
    starts = set().union(*map(_usual_spellings, starts)) | set(mixed_lists["abbr"])
    # Where a name may start: a listed first word, or the few lower-case heads the grammar allows.
    words = _trie(sorted(w for w in starts if w[:1].isupper()))
    trigger = regex.compile(
        _B0 + r"(?:" + words + _B1
        + r"|thường(?=[ \t]trực)|(?<=Trưởng[ \t])ban|đoàn(?=[ \t](?:[đĐ]ại biểu|ĐB)))"
    )
    # The standard `re` module scans a text several times faster when every top-level alternative
    # starts with a literal character (it then skips to the next possible first character): no leading
    # lookbehind, the start boundary is checked in `_triggers`. `[^\W_]` is `[\p{L}\p{N}]` in
    # Python's own (possibly older) Unicode tables; `_triggers` makes up the difference.
    by_first: dict[str, list[str]] = {}
    for w in sorted(w for w in starts if w[:1].isupper()):
        by_first.setdefault(w[0], []).append(w[1:])
    scan = re.compile("|".join(
        [regex.escape(first) + _trie(rests) + r"(?![^\W_])" for first, rests in sorted(by_first.items())]
        + [r"thường(?=[ \t]trực)", r"ban(?<=Trưởng[ \t]ban)", r"đoàn(?=[ \t](?:[đĐ]ại biểu|ĐB))"]
    ))
    mixed = _compile(mixed, mixed_lists)
    # By number: `regex` looks a group's name up slowly, at a good part of a short match's cost.
    captured = (mixed.groupindex["u"], mixed.groupindex["loc"])
    return _Machinery(mixed, trigger, scan, captured)


_MOTTO = regex.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", regex.IGNORECASE)
_TITLE_QUALIFIER = regex.compile(r"(?:Phó Bí thư|Phó Chủ tịch|Ủy viên|Phó Trưởng ban|Phó trưởng ban)[ \t]+$")
_PERSON_AFTER_TINH = regex.compile(r"(?<![\p{L}])tỉnh[ \t]+(\p{Lu}.*)$")  # the place after the level word "tỉnh"
_DEPUTIES_BEFORE = regex.compile(r"(?<![\p{L}])(?i:đại biểu)[ \t]+$")
_HEAD_OF_BEFORE = regex.compile(r"[Tt]rưởng[ \t]+$")  # "Phó Trưởng Ban Thường trực Ban Tuyên giáo": a title
_LAW_BEFORE = regex.compile(r"\bLuật\b[^.;:\n()]{0,80}$")
_LAW_BEFORE_REVERSE = regex.compile(_LAW_BEFORE.pattern, regex.REVERSE)  # whether it matches, found from the end


@lru_cache(maxsize=1)
def _generic_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """The cues of org_generic.tsv as two patterns: just before a name, and just after it."""
    lex = _lexicon()
    def alternation(cues):
        return "|".join(r"[ \t]+".join(map(regex.escape, c.split())) for c in sorted(cues, key=len, reverse=True))
    # Matched backwards from the name's start (see `_generic_before`): only whether it matches counts.
    before = regex.compile(
        r"(?<![\p{L}])(?:(?i:" + alternation(lex.generic_before) + r")|các(?:[ \t]+\p{L}+,){1,4})[ \t]+$",
        regex.REVERSE,
    )
    after = regex.compile(r"[ \t]*(?i:" + alternation(lex.generic_after) + r")(?![\p{L}\p{N}])")
    return before, after
_TRAILING_PAREN = regex.compile(r"[ \t]*\([^()]*\)$")
_CLASS_NAMES = frozenset(
    k.casefold()
    for k in ("UBND", "HĐND", "HĐNĐ", "Ủy ban nhân dân", "Hội đồng nhân dân", "Tòa án nhân dân", "Viện Kiểm sát nhân dân",
              "TAND", "VKSND", "Mặt trận Tổ quốc", "MTTQ", "Ủy ban Mặt trận Tổ quốc", "Công an", "Công đoàn",
              "Đảng ủy", "Đảng bộ")
)


# ------------------------------------------------------------------ finding names
class _Found(NamedTuple):
    start: int
    end: int
    units: tuple[str, ...]
    locus: str | None
    caps: bool


def _candidates(text: str, start: int = 0, end: int | None = None) -> list[_Found]:
    machinery = _machinery()
    end = len(text) if end is None else end
    found: list[_Found] = []
    last = start
    mixed = machinery.mixed.match
    seconds = _guard.budget(end - start)  # the patterns are linear: this is a safety net
    try:
        for pos in _triggers(machinery, text, start, end):
            if pos < last:
                continue
            # As (concurrent=False, partial=False, timeout=seconds), positionally: parsing keyword
            # arguments costs a good part of a short match, and releasing the GIL for a match of a
            # few microseconds costs more than it frees.
            m = mixed(text, pos, end, False, False, seconds)
            if m:
                f = _found(text, m, machinery.captured)
                if len(f.units) > 1 and (placed := _placed_committee(f.units)) is not None:
                    cut = m.spans(machinery.captured[0])[placed][1]
                    if (shorter := mixed(text, pos, cut, False, False, seconds)) is not None:
                        f = _found(text, shorter, machinery.captured)
                elif f.locus is None and (inner := _body_read_as_place(f.units[-1])):
                    # "Chi bộ Phòng Dân tộc": the committee's "place" is a body, read whole from its start
                    at = m.spans(machinery.captured[0])[len(f.units) - 1][0] + inner
                    if (body := mixed(text, at, end, False, False, seconds)) is not None:
                        b = _found(text, body, machinery.captured)
                        committee = f.units[-1][:inner].rstrip()
                        f = _Found(f.start, b.end, (*f.units[:-1], committee, *b.units), b.locus, f.caps and b.caps)
                found.append(f)
                last = f.end
    except TimeoutError:
        _guard.warn(f"regex timeout: organization names from character {last} on took more than {seconds:.1f} s; skipped")
    return found


@lru_cache(maxsize=4096)  # chains recur within and across texts
def _placed_committee(units: tuple[str, ...]) -> int | None:
    """The index of a committee with its own place inside a chain, where the name really ends: nothing
    nests under "Tỉnh ủy Lạng Sơn", so in a header "TỈNH ỦY LẠNG SƠN / BAN TUYÊN GIÁO" are two names."""
    functions = _lexicon().functions
    for i, unit in enumerate(units[:-1]):
        entry, _hint, _head, rest = _unit_entry(unit)
        if entry is not None and entry.role == "committee" and rest and rest not in functions:
            return i
    return None


@lru_cache(maxsize=4096)
def _body_read_as_place(unit: str) -> int:
    """Where a body's name starts inside a committee's bare place ("Đảng ủy Sở Y", "Chi bộ Phòng Dân"),
    else 0: the grammar reads capitalised words after a committee as its place. ("Thành ủy Hội An":
    "Hội" stays a place.)"""
    entry, _hint, head, rest = _unit_entry(unit)
    if entry is None or entry.role != "committee" or not rest or unit.isupper():
        return 0
    if rest.split()[0] not in _body_heads():
        return 0
    return [w.start() for w in _WORD.finditer(unit)][len(head.split())]


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The one-word heads of bodies that need or take a function: "Sở", "Phòng", "Trường" (not "Hội")."""
    return frozenset(h.casefold() for h, _t, _l, role in read_table("org_heads.tsv")
                     if role in ("func", "known") and " " not in h and h != "Hội")


_WORD = regex.compile(r"\S+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


def _triggers(machinery: _Machinery, text: str, start: int, end: int):
    """The start of every match of `machinery.trigger` in text[start:end], as its `finditer` gives
    them (the same positions, matches not overlapping), found with the faster `machinery.scan`.

    `scan` lacks the trigger's start boundary, checked here, and reads "letter or digit" with
    Python's Unicode tables: a character that `regex` knows as a letter and Python does not yet
    (never the case in Vietnamese) makes `scan` accept too much, so such a match is confirmed by
    the trigger itself.
    """
    search = machinery.scan.search
    exact = machinery.trigger.match
    word_char = _WORD_CHAR.match
    pos = start
    while True:
        m = search(text, pos, end)
        if m is None:
            return
        p, e = m.span()
        if p > 0:
            before = text[p - 1]
            if before.isalnum() or (before >= "\x80" and word_char(before)):
                pos = p + 1
                continue
        if e < end and text[e] >= "\x80" and not text[e].isalnum():
            confirmed = exact(text, p, end)
            if confirmed is None:
                pos = p + 1
                continue
            e = confirmed.end()
        yield p
        pos = e


def _found(text: str, m: regex.Match, captured: tuple[int, int]) -> _Found:
    start, end = m.span()
    name = text[start:end]
    if name[-1:].isspace():  # the chain's last space, when nothing followed
        name = name.rstrip()
        end = start + len(name)
    units, loci = m.captures(*captured)  # the groups "u" and "loc"
    return _Found(start, end, tuple(units), loci[-1] if loci else None, name.isupper())


_PAREN = regex.compile(r"[ \t]*\([^()]*\)")


@lru_cache(maxsize=8192)
def _unit_entry(unit: str) -> tuple[_Entry | None, str, str, str]:
    """What one unit is: its table entry, the type its function suggests ("Ban Tuyên giáo" → party),
    its head and its function, casefolded."""
    lex = _lexicon()
    text = " ".join((_PAREN.sub("", unit) if "(" in unit else unit).split())
    key = text.casefold()
    if key in lex.gazetteer:
        return lex.gazetteer[key], "", key, ""
    if text in lex.abbreviations:
        return lex.abbreviations[text], "", key, ""
    words = key.split()
    for n in range(min(len(words), 6), 0, -1):
        head = " ".join(words[:n])
        entry = lex.heads.get(head)
        if entry is not None:
            rest = " ".join(words[n:])
            return entry, lex.functions.get(rest, ""), head, rest
    if words and words[0] == "hội":
        return _Entry("mass", "", "complete"), "", "hội", ""
    return None, "", key, ""


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Vietnamese words of three syllables, from the word list that underthesea ships (Viet74K)."""
    import importlib.util
    from pathlib import Path

    try:  # find the file without importing underthesea itself (its import is slow)
        spec = importlib.util.find_spec("underthesea")
        folders = list(spec.submodule_search_locations or ()) if spec else []
        data = (Path(folders[0]) / "corpus" / "data" / "Viet74K.txt").read_text("utf-8")
    except (ImportError, IndexError, OSError, ValueError):
        return frozenset()
    words = [w for w in data.splitlines() if w.count(" ") == 2]
    return frozenset(standardize_tones(unicodedata.normalize("NFC", "\n".join(words))).casefold().split("\n"))


@lru_cache(maxsize=8192)  # names recur within and across texts
def _overlong(unit: str) -> bool:
    words = unit.split()
    if len(words) < 4 or not words[-3][:1].isupper() or not (words[-2][:1].islower() and words[-1][:1].islower()):
        return False
    three = " ".join(words[-3:]).casefold()
    lex = _lexicon()
    if three in lex.functions:
        return False
    tail = " ".join(words[1:]).casefold()
    if tail in lex.functions:
        return False
    return three not in _lexicon_words()


_REJECT, _KEEP, _BARE_HOI, _FREE_HEAD = "reject", "keep", "bare Hội", "free head"


@lru_cache(maxsize=8192)
def _units_verdict(units: tuple[str, ...], locus: str | None, caps: bool) -> str:
    """What the units alone say of a candidate: _REJECT, _KEEP, _BARE_HOI (a bare "Hội" at the
    end, kept unless the text goes on with "Hội nghị" …, which `_accept` reads) or _FREE_HEAD (kept
    unless a surname stands before it: a first head taking an unlisted function, "Trường Giang khẳng")."""
    lex = _lexicon()
    verdict = _KEEP
    for i, unit in enumerate(units):
        entry, _hint, head, rest = _unit_entry(unit)
        if entry is None:
            return _REJECT
        if entry.role in ("func", "known") and not rest and not (head in lex.heads_parent and i < len(units) - 1):
            if i == len(units) - 1 and locus and locus.casefold() in lex.provinces:
                continue  # "Báo Lạng Sơn", "Đài Hà Nội": named by the province
            if head == "đoàn" and i == len(units) - 1 and locus and _level_of("", (), locus) == "commune":
                continue  # "Đoàn xã Yang Tao", "Đoàn thị trấn Phú Thịnh": the commune's Youth Union
            if head != "hội" or caps or unit.isupper():
                return _REJECT  # "Ban", "Sở" alone
            if i < len(units) - 1:
                return _REJECT
            verdict = _BARE_HOI
        if entry.role == "known" and rest not in lex.takes.get(head, ()):
            return _REJECT  # "Bộ Thủ tục hành chính"
    entry = _unit_entry(units[-1])[0]
    if entry.role in ("parent", "located") and locus is None:
        return _REJECT
    first, _hint, _head, rest = _unit_entry(units[0])
    if verdict is _KEEP and first.role == "func" and rest and rest not in lex.functions:
        return _FREE_HEAD
    return verdict


def _generic_before(before_re: regex.Pattern, text: str, start: int) -> bool:
    """Does a generic cue ("các", "những" …) end just before `start` (up to 40 characters back)?

    `before_re` ends with "[ \t]+$" and runs backwards, so a match anchored at `start` decides,
    except where `$` matches before a line end that closes the stretch: then anchored at `start - 1`.
    """
    lo = max(0, start - 40)
    return bool(before_re.match(text, lo, start) or (text[start - 1] == "\n" and before_re.match(text, lo, start - 1)))


@lru_cache(maxsize=8192)
def _names_a_body(units: tuple[str, ...]) -> bool:
    """Is one of the units a listed body or a committee ("Bộ Chính trị", "Tỉnh ủy …"), specific by itself?"""
    return any(_unit_entry(u)[0].role in ("gazetteer", "committee") for u in units)


def _given_name(text: str, start: int) -> bool:
    """Is a head with an unlisted function (_FREE_HEAD) a syllable of a person's name, after the
    surname ("Bùi Trường Giang khẳng định": "Trường" + "Giang khẳng" is no school)?"""
    if start < 2 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 8):start - 1].split()
    return bool(before) and before[-1] in _surname_set()


_UNIVERSITY_TAIL = regex.compile(r"(?<=(?i:đại học)[ \t]+)\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*)+$")


def _university_tail_cut(name: str) -> int:
    """How many characters of a person's name end "Trường Đại học Vinh Nguyễn Văn A" (a title
    before the name): the university's own name is a province or stops before a surname."""
    tail = _UNIVERSITY_TAIL.search(name)
    if tail is None:
        return 0
    words = tail.group().split()
    provinces = _lexicon().provinces
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]).casefold() in provinces:
            keep = n
            break
    else:
        surnames = _surname_set()
        keep = next((i for i in range(1, len(words)) if words[i] in surnames  # not "Y Hà Nội"
                     and not any(" ".join(words[i:i + n]).casefold() in provinces for n in (2, 3))), len(words))
    return len(tail.group()) - len(" ".join(words[:keep])) if keep < len(words) else 0


def _names_the_city(text: str, start: int, end: int, locus: str) -> bool:
    """A capitalised "Thành phố" on the organ's own line stands for the city itself, not a new sentence."""
    return locus == _THE_CITY and "\n" not in text[start:end]


def _accept(text: str, f: _Found) -> _Found | None:
    """Drop generic and plural talk, positions' qualifiers, law names and source tags."""
    lex = _lexicon()
    start, end, units = f.start, f.end, f.units
    if not units:
        return None
    # "Phó Bí thư Thường trực Tỉnh ủy": "Thường trực" belongs to the title.
    first = units[0].casefold()
    if len(units) > 1 and (
        (first.startswith("thường trực") and _TITLE_QUALIFIER.search(text, max(0, start - 20), start))
        or (first == "ban thường trực" and _HEAD_OF_BEFORE.search(text, max(0, start - 12), start))
    ):
        nxt = text.find(units[1], start)
        if nxt < 0:
            return None
        start, units = nxt, units[1:]
    if text.startswith(" viên", end) and f.locus is None and _key(units[-1])[-2:] in ("ủy", "uỷ"):
        return None  # "ông Phạm Trọng Hổ, Huyện ủy viên, Phó Chủ tịch …"
    verdict = _units_verdict(units, f.locus, f.caps)
    if verdict is _REJECT or (verdict is _FREE_HEAD and _given_name(text, start)):
        return None
    if verdict is _BARE_HOI:
        # A bare "Hội" is the association the text is about ("công tác Hội"), unless it is "Hội nghị" …
        following = text[f.end:f.end + 12].split()
        if following and any(following[0].casefold().startswith(w) for w in lex.not_names.get("Hội", ())):
            return None
    if f.locus is None and _overlong(units[-1]):
        # "Trường Đại học Kinh tế Quốc dân tuyển sinh": an unlisted function takes two syllables here,
        # not three, unless the three make one word of underthesea's lexicon ("Cựu chiến binh").
        cut = units[-1].rstrip()
        last = cut[: cut.rfind(" ")].rstrip()
        units = (*units[:-1], last)
        end = start + len(text[start:end].rstrip()) - (len(cut) - len(last))
        f = _Found(f.start, end, f.units, f.locus, f.caps)
    if (f.locus and f.locus[:1].isupper() and f.locus in lex.levels_capitalised and text.endswith(f.locus, 0, end)
            and not _names_the_city(text, start, end, f.locus)):
        end -= len(f.locus)  # "… Hội Cựu chiến binh tỉnh Tham gia": no bare "Tỉnh"
        while end > 0 and text[end - 1].isspace():
            end -= 1
        f = _Found(f.start, end, f.units, None, f.caps)
    person = _PERSON_AFTER_TINH.search(f.locus) if f.locus and "tỉnh " in f.locus else None
    if person and person.group(1).casefold() not in lex.provinces and text.endswith(f.locus, 0, end):
        # "Chủ tịch HĐND tỉnh Thái Bảo": not a province but the person named after the title
        first_word = person.group(1).split()[0]
        if first_word in _surname_set():
            end -= len(person.group(1)) + (len(f.locus) - person.end())
            while text[end - 1].isspace():
                end -= 1
            f = _Found(f.start, end, f.units, f.locus[: person.start(1)].rstrip(), f.caps)
    if f.locus is None and text.find("ại học ", start, end) >= 0 and (cut := _university_tail_cut(text[start:end])):
        end -= cut
        units = (*units[:-1], units[-1].rstrip()[:-cut].rstrip())
        f = _Found(f.start, end, units, None, f.caps)
    if (f.locus and len(units) == 1 and _key(units[0]) == "quốc hội"
            and _DEPUTIES_BEFORE.search(text, max(0, start - 12), start)):
        # "các đại biểu Quốc hội tỉnh": the province's deputies to the National Assembly, which has no place
        end = start + len(units[0].rstrip())
        f = _Found(f.start, end, units, None, f.caps)
    before_re, after_re = _generic_patterns()
    if start and text[start - 1] in " \t\n" and _generic_before(before_re, text, start):
        return None  # "các Đảng ủy trực thuộc", "các Huyện, Thị, Thành đoàn"
    # A name with no place of its own followed by "các cấp", "các huyện" …: generic talk.
    # So is a class of bodies closing the name: "Ban Tuyên giáo Đảng ủy cấp xã".
    specific = f.locus is not None or _names_a_body(units)
    name_key = _key(" ".join(units))
    if (not specific or _key(units[-1]) in _CLASS_NAMES) and not (f.locus and f.locus.casefold().startswith("việt nam")):
        if after_re.match(text, end):
            return None
    # "Luật Tổ chức HĐND và UBND": an institution type inside a law's name.
    if f.locus is None and name_key in _CLASS_NAMES and _LAW_BEFORE_REVERSE.search(text, max(0, start - 90), start):
        return None
    # "(Cổng TTĐT tỉnh AG)-", "(TGCT)": a source tag at the head of a paragraph.
    window = max(0, start - 60)
    if text.find("(", window, start) >= 0:  # most names have none before them: no need to find the line's start
        head = text[text.rfind("\n", window, start) + 1 or window:start]
        if head.lstrip().startswith("(") and ")" not in head:
            close = text.find(")", end, end + 25)
            if close >= 0 and "\n" not in text[end:close]:
                return None
    if f.caps or text[start:end].isupper():
        motto = _MOTTO.search(text, max(0, start - 40), min(len(text), end + 40))
        if motto and motto.start() < end and start < motto.end():
            return None
    trailing = _TRAILING_PAREN.search(text, start, end) if text[end - 1] == ")" else None
    if trailing:  # "đại biểu Quốc hội (ĐBQH)": the short form is the deputies', not part of the name
        end = trailing.start()
        units = (*units[:-1], _TRAILING_PAREN.sub("", units[-1]))
    if (start, end) != (f.start, f.end):
        return _Found(start, end, units, f.locus, f.caps)
    return f


def find_organizations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) of every organization name in a normalised text, longest spans, in order."""
    return [(f.start, f.end) for f in _find(text, start, end)]


def _find(text: str, start: int = 0, end: int | None = None) -> list[_Found]:
    """The accepted names, in text order. No overlap is left to resolve: `_candidates` never
    overlap (a trigger inside a name already read is skipped) and `_accept` only narrows a span."""
    return [a for f in _candidates(text, start, end) if (a := _accept(text, f)) is not None]


def match_organization(text: str, pos: int) -> tuple[int, int] | None:
    """The longest organization name starting exactly at `pos` in a normalised text, as (start, end).

    For other extractors (the recommendations' "by" and "to"): `text` should be normalised the way
    `context.text` is (NFC, standard tones, see `tuyengiao.text.normalize`). Generic talk ("các sở,
    ban, ngành") and positions ("Phó Bí thư Thường trực …" at "Thường trực") give None.
    """
    if not 0 <= pos < len(text):
        return None
    best = None
    for f in _find(text, pos, min(len(text), pos + 400)):
        if f.start == pos and (best is None or f.end > best[1]):
            best = (f.start, f.end)
    return best


# ------------------------------------------------------------------ describing names
@lru_cache(maxsize=8192)  # names recur within and across texts
def _type_of(units: tuple[str, ...]) -> str | None:
    """The first unit's own type when its head says ("Sở", "Hội", "Đảng ủy"), else its parent's, else its function's."""
    described = [_unit_entry(u)[:2] for u in units]
    first, hint = described[0]
    if first is not None and first.type and not first.type.startswith("~") and not (first.role == "gazetteer" and len(units) > 1):
        return first.type
    for entry, parent_hint in described[1:]:
        if entry is not None and entry.type and not entry.type.startswith("~"):
            return entry.type
        if parent_hint:
            return parent_hint
    if hint:
        return hint
    if first is not None and first.type:
        return first.type.lstrip("~")
    return None


_CENTRAL_WORD = regex.compile(r"(?<![\p{L}])(?:(?i:Trung ương)|TW|TƯ|T\.Ư)(?![\p{L}])")


@lru_cache(maxsize=8192)  # names recur within and across texts
def _level_of(name: str, units: tuple[str, ...], locus: str | None) -> str | None:
    lex = _lexicon()
    if locus:
        key = tidy(locus).casefold()
        if key.startswith("tp.") and key[3:4].isalpha():  # glued: "TP.HCM", "TP.Long Xuyên"
            key = "tp. " + key[3:]
        if key.startswith("việt nam") and key != "việt nam":
            key = key[len("việt nam"):].strip()
        if key in lex.provinces:
            return "province"
        words = key.split()
        for n in range(min(3, len(words)), 0, -1):
            level_word = " ".join(words[:n])
            if level_word in lex.levels:
                level, kind = lex.levels[level_word]
                rest = " ".join(words[n:])
                if kind == "city" and rest and rest not in lex.provinces and rest != "hcm":
                    return "district"  # "thành phố Vinh": a provincial city
                return level
    if _CENTRAL_WORD.search(name):
        return "central"
    for unit in reversed(units):
        entry = _unit_entry(unit)[0]
        if entry is None:
            continue
        if entry.role == "committee":
            rest = " ".join(tidy(unit).split()[2:]).casefold()
            if rest in lex.provinces:
                return "province"
        if entry.level:
            return entry.level
    return None


_GLUED_CITY = regex.compile(r"(?<![\p{L}])(TP\.|Tp\.)(?=\p{Lu})")  # "TP.HCM": spelled out as "TP. HCM"


@lru_cache(maxsize=8192)  # names recur within and across texts
def _recase(name: str) -> str:
    """An all-caps name in the case of the lists: "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN" → "Ủy ban nhân dân tỉnh Ninh Thuận"."""
    lex = _lexicon()
    words = _GLUED_CITY.sub(r"\1 ", name).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(8, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n]).casefold()
            if phrase in lex.proper:
                out.append(lex.proper[phrase])
                i += n
                break
            if n == 1 and (words[i] in lex.abbreviations or words[i] in _expansions()):  # "UBND", "PTNT"
                out.append(words[i])
                i += 1
                break
        else:
            out.append(words[i][:1] + words[i][1:].lower())
            i += 1
    text = " ".join(out)
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def _expansions() -> dict[str, str]:
    table = {a: e.canonical for a, e in _lexicon().abbreviations.items() if e.canonical}
    table.update((row[0], row[1]) for row in read_table("org_abbreviations.tsv") if len(row) > 1)
    return table


@lru_cache(maxsize=1)
def _phrase_abbreviations() -> tuple[str, ...]:
    return tuple(short for short in _expansions() if " " in short)


_SHORT_FORM = regex.compile(r"[ \t]*\([\p{Lu}Đ&]{2,8}\)")


@lru_cache(maxsize=8192)  # names recur within and across texts
def _expand(name: str) -> str:
    """Abbreviations spelled out, parenthesised short forms dropped: a canonical spelling."""
    name = " ".join(_GLUED_CITY.sub(r"\1 ", _SHORT_FORM.sub("", name) if "(" in name else name).split())
    table = _expansions()
    for short in _phrase_abbreviations():  # "BCH quân sự" is a command, not a "Ban Chấp hành"
        if short in name:
            name = name.replace(short, table[short])
    text = " ".join(table.get(w, w) for w in name.split())
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def _provinces_regex() -> regex.Pattern:
    variants = sorted({v for row in read_table("provinces.txt") for v in row}, key=len, reverse=True)
    # "Hồ Chí Minh" is a province only as a city's name: "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh".
    return regex.compile(
        _B0 + r"(?:(?<=(?:[Tt]hành phố|TP\.?|Tp\.?)[ \t])Hồ Chí Minh|(?!Hồ Chí Minh)\L<p>)" + _B1, regex.IGNORECASE, p=variants
    )


@lru_cache(maxsize=4096)
def _province_in(text: str) -> str | None:
    """The province named in a normalised text, if any."""
    m = _provinces_regex().search(text)
    return _lexicon().provinces.get(m.group().casefold()) if m else None


def _document_province(context, names: list[str]) -> str | None:
    """The text's own province: from the title, the byline's affiliation, or the first full mention."""
    layout = getattr(context, "layout", None)
    if layout is not None:
        for source in (layout.title, layout.author.affiliation if layout.author else None):
            if source and (found := _province_in(source)):  # the layout's fields are already normalised
                return found
    for name in names:
        if not name.casefold().endswith("việt nam") and (found := _province_in(name)):
            return found
    return None


_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})
_PROVINCE_ENDINGS = ("tỉnh ủy", "tỉnh đoàn", " tỉnh")
_CITY_ENDINGS = ("thành ủy", "thành đoàn", " thành phố")


@lru_cache(maxsize=8192)  # names recur within and across texts
def _is_complete(name: str, units: tuple[str, ...], locus: str | None) -> bool:
    """Does the name say where it stands by itself ("UBND tỉnh Bắc Giang", "Bộ Tài chính", "Ban Tuyên giáo Trung ương")?"""
    lex = _lexicon()
    if locus:
        key = tidy(locus).casefold()
        if key not in lex.levels or lex.levels[key][0] == "central":
            return True
    if _CENTRAL_WORD.search(name) or _province_in(name):
        return True
    for unit in units:
        entry = _unit_entry(unit)[0]
        if entry is None:
            continue
        if (entry.role in ("gazetteer", "complete") and entry.level == "central" and locus is None
                and entry.canonical.casefold() != "đảng cộng sản việt nam"):
            return True
        if entry.role == "committee" and len(tidy(unit).split()) > 2:
            rest = " ".join(tidy(unit).split()[2:]).casefold()
            if rest not in lex.functions:  # "Huyện ủy Phong Điền", not "Đảng ủy Công an" (+ "tỉnh")
                return True
    last, _hint, _head, rest = _unit_entry(units[-1])
    if locus is None and last is not None and last.role in ("func", "known") and rest:
        # "Bộ Tài chính", "Trường Đại học Kinh tế Quốc dân": central bodies, schools and media are named uniquely
        return last.level == "central" or last.type in ("education", "media", "enterprise")
    return False


@lru_cache(maxsize=8192)  # names recur within and across texts
def _with_province(expanded: str, units: tuple[str, ...], locus: str | None, province: str | None) -> str | None:
    if not province:
        return None
    low = expanded.casefold()
    city = province in _CITIES
    if low.endswith(_PROVINCE_ENDINGS) and not (city and low.endswith(" tỉnh")):
        return f"{expanded} {province}"
    if low.endswith(_CITY_ENDINGS) and city:
        return f"{expanded} {province}"
    first = _unit_entry(units[0])[0]
    if locus is None and len(units) == 1 and first is not None and first.level == "province" and first.role == "func":
        return f"{expanded} {'thành phố' if city else 'tỉnh'} {province}"  # "Sở Y tế" → "Sở Y tế tỉnh Lạng Sơn"
    return None


# ------------------------------------------------------------------ the extractor
@dataclass(slots=True)
class _Group:
    key: str
    mentions: list[_Found]
    name: str
    units: tuple[str, ...]
    locus: str | None
    # Set once every mention is read:
    cased: str = ""  # the name in the case of running text (an all-caps name re-cased)
    complete: bool = False  # says where it stands by itself (`_is_complete`)
    fuller: _Group | None = None  # the first fuller name of the same text that extends this one


def _canonical(g: _Group, province: str | None, depth: int = 0) -> str | None:
    whole = _lexicon().gazetteer.get(_key(g.cased))
    if whole is not None:
        return whole.canonical
    if g.complete:
        return _expand(g.cased)
    if g.fuller is not None and depth < 4:
        return _canonical(g.fuller, province, depth + 1)
    return _with_province(_expand(g.cased), g.units, g.locus, province)


def _described(g: _Group, depth: int = 0) -> tuple[str | None, str | None]:
    """The type and level, from the name itself or else from its fuller form."""
    kind, level = _type_of(g.units), _level_of(g.name, g.units, g.locus)
    if (kind is None or level is None) and g.fuller is not None and depth < 4:
        other_kind, other_level = _described(g.fuller, depth + 1)
        kind, level = kind or other_kind, level or other_level
    return kind, level


def extract(context) -> list[Organization]:
    text = context.text
    groups: dict[str, _Group] = {}
    folded: dict[str, tuple[str, str]] = {}  # raw slice → (name, key): names recur verbatim
    for f in _find(text):
        raw = text[f.start:f.end]
        if raw in folded:
            name, key = folded[raw]
        else:
            name = " ".join(raw.split())  # what context.value gives, without its regex
            key = name.casefold()  # `_key(name)`: the name's white space is folded already
            folded[raw] = name, key
        group = groups.get(key)
        if group is None:
            groups[key] = _Group(key, [f], name, f.units, f.locus)
            continue
        group.mentions.append(f)
        if group.name.isupper() and not name.isupper():  # the name as written in running text, not in a header
            group.name, group.units, group.locus = name, f.units, f.locus

    ordered = list(groups.values())
    province = _document_province(context, [g.name for g in ordered])
    for g in ordered:
        g.cased = _recase(g.name) if g.name.isupper() else g.name
        g.complete = _is_complete(g.name, g.units, g.locus)

    # A short form stands for the first fuller name of the same text that extends it:
    # "Ban Thường vụ" → "Ban Thường vụ Tỉnh ủy" → "Ban Thường vụ Tỉnh ủy Yên Bái".
    cased_keys = [_key(g.cased) for g in ordered]
    by_key = sorted(zip(cased_keys, range(len(ordered))))
    sorted_keys = [k for k, _ in by_key]
    for g, cased_key in zip(ordered, cased_keys):
        if g.complete or (len(g.units) == 1 and _unit_entry(g.units[0])[0].role == "gazetteer"):
            continue
        prefix = cased_key + " "
        first = None
        for k in range(bisect_left(sorted_keys, prefix), len(sorted_keys)):
            if not sorted_keys[k].startswith(prefix):
                break
            first = by_key[k][1] if first is None else min(first, by_key[k][1])
        if first is not None:
            g.fuller = ordered[first]

    span = context.span
    out = []
    for g in ordered:
        spans = tuple([span(f.start, f.end) for f in g.mentions])
        kind, level = _described(g)
        out.append(
            Organization(
                text=spans[0].text,
                start=spans[0].start,
                end=spans[0].end,
                name=g.name,
                mentions=spans,
                canonical=_canonical(g, province),
                type=kind,
                level=level,
            )
        )
    return out
