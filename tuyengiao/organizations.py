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
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import _guard
from ._data import read_lines, read_table
from .models import Organization, Span
from .text import normalize, tidy

__all__ = ["extract", "match_organization", "find_organizations"]

TYPES = ("party", "state", "mass", "military", "media", "education", "enterprise", "other")
_WS = regex.compile(r"\s+")
_B0 = r"(?<![\p{L}\p{N}])"
_B1 = r"(?![\p{L}\p{N}])"
_NOT_SYMBOL_BEFORE = r"(?<![-/])"  # "NQ-HĐND", "QĐ-UBND": an issuer code inside a symbol
_NOT_SYMBOL_AFTER = r"(?![-/]\p{Lu})"  # "951/UBND-TH"


def _key(name: str) -> str:
    """The grouping key: case and white space folded."""
    return _WS.sub(" ", name).strip().casefold()


def _variants(phrase: str, *, lower: bool = True) -> set[str]:
    """A listed phrase as it may be written: as listed, first letter up or down, all caps."""
    out = {phrase, phrase[:1].upper() + phrase[1:], phrase.upper()}
    if lower:
        out.add(phrase.lower())
        out.add(phrase[:1] + phrase[1:].lower())
    if " và " in phrase:  # scraped texts glue words: "Kế hoạchvà Đầu tư"
        out |= {v.replace(" và ", "và ") for v in set(out)}
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
    abbreviations = {a: _Entry(t, lv, role, long) for a, long, t, lv, role in _table("org_abbreviations.tsv")}
    functions = {}
    for row in _table("org_functions.tsv"):
        functions.setdefault(row[0].casefold(), row[1] if len(row) > 1 else "")
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


def _grammar(caps: bool) -> tuple[str, dict[str, list[str]]]:
    """The pattern text and its named lists; `caps` = the strict, case-blind variant for all-caps lines."""
    lex = _lexicon()
    heads = read_table("org_heads.tsv")
    by_role: dict[str, set[str]] = {}
    for head, _t, _l, role in heads:
        by_role.setdefault(role, set()).update(_variants(head, lower=False))
    lists: dict[str, set[str]] = {
        "hfunc": by_role.get("func", set()),
        "hknown": by_role.get("known", set()),
        "hparent": by_role.get("parent", set()) | {"Ủy ban", "ỦY BAN"},
        "hcomplete": by_role.get("complete", set()),
        "hcommittee": by_role.get("committee", set()),
        "gaz": set(),
        "abbr": set(lex.abbreviations),
        "func": set(),
        "funccap": set(),
        "hdescribed": by_role.get("described", set()),
        "notfunc": set(read_lines("org_not_functions.txt")),
        "lvlbare": set(),
        "lvlprov": set(),
        "lvlplace": set(),
        "prov": set(),
        "stop": set(read_lines("org_stopwords.txt")),
        "blockers": set(),
        "surname": set(_surnames()),
    }
    for name, *_ in read_table("org_gazetteer.tsv"):
        if name not in lex.not_names:  # bare "Đảng" gets its own guarded alternative
            lists["gaz"] |= _variants(name, lower=False)
    known_heads = sorted({h for h, _t, _l, role in heads if role == "known"}, key=len, reverse=True)
    for row in read_table("org_functions.tsv"):
        lists["func"] |= _variants(row[0])
        lists["funccap"] |= _variants(row[0], lower=False) - {row[0].lower()} | {row[0]}
        takers = row[2].split("|") if len(row) > 2 else []
        for h in takers:
            lists.setdefault("known" + str(known_heads.index(h)), set()).update(_variants(row[0]))
    for word, _level, kind in read_table("org_levels.tsv"):
        target = {"province": "lvlprov", "city": "lvlprov"}.get(kind, "lvlplace")
        lists[target] |= _variants(word, lower=False)
        if word[:1].islower() or word in ("TP", "TP.", "Tp.", "TW", "TƯ", "Trung ương", "Việt Nam"):
            lists["lvlbare"].add(word)
            lists["lvlbare"].add(word.upper())
    for row in read_table("provinces.txt"):
        for variant in row:
            lists["prov"] |= _variants(variant, lower=False)
    lists["blockers"] = (
        lists["hfunc"] | lists["hknown"] | lists["hparent"] | lists["hcomplete"] | lists["hcommittee"]
        | lists["gaz"] | lists["lvlprov"] | lists["lvlplace"] | lists["prov"] | lists["notfunc"]
    )

    if caps:
        cap = r"[\p{Lu}\p{N}]+" + _B1
        sp = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
        free_func = r"(?!)"
        place_run = cap + r"(?:[ \t]+" + cap + r"){0,3}"
    else:
        cap = r"\p{Lu}\p{Ll}*" + _B1
        sp = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
        low = r"(?:[ \t]+(?!\L<stop>" + _B1 + r")\p{Ll}+" + _B1 + r")"
        free_func = r"(?!\L<blockers>" + _B1 + r")\p{Lu}\p{Ll}*" + _B1 + low + r"{1,2}"
        place_run = r"(?!\L<blockers>" + _B1 + r"|\L<surname>" + _B1 + r")" + cap + r"(?:[ \t]+(?!Khóa)" + cap + r"){1,3}"
    single_place = cap + r"(?=[ \t]*(?:[,.;:)\]|\n]|$))"
    prov = r"\L<prov>" + _B1
    place = r"(?:" + prov + "|" + place_run + "|" + single_place + r"|\d{1,3}" + _B1 + ")"
    func = r"(?:\L<func>" + _B1 + "|" + free_func + ")"
    funccap = r"(?:\L<funccap>" + _B1 + "|" + free_func + ")"
    joiner = r"(?:[ \t]+(?:và|VÀ|&)|[ \t]*[-–])?[ \t]+"
    funcseq = func + r"(?:" + joiner + funccap + r"){0,4}"
    knownseq = r"\L<func>" + _B1 + r"(?:" + joiner + r"\L<funccap>" + _B1 + r"){0,4}"
    capseq = r"\L<funccap>" + _B1 + r"(?:" + joiner + r"\L<funccap>" + _B1 + r"){0,4}"
    # Heads of role "known" take only the functions listed for them ("Bộ Tài chính", "Đoàn giám sát").
    known_units = "|".join(
        regex.escape(v) + r"[ \t]+\L<known" + str(i) + ">" + _B1
        for i, h in enumerate(known_heads)
        for v in sorted(_variants(h, lower=False), key=len, reverse=True)
        if "known" + str(i) in lists
    ) or r"(?!)"
    paren = r"(?:[ \t]*\([\p{Lu}Đ&]{2,8}\))?"
    dang = r"(?:Đảng|ĐẢNG)" + _B1 + _not_name_guard(lex, "Đảng")
    hoi = (r"Hội" + _B1 + _not_name_guard(lex, "Hội")) if not caps else r"(?!)"
    bare_place = r"(?:" + prov + "|" + (place_run if not caps else r"(?!)") + ")"
    unit = (
        r"(?P<u>(?:"
        r"\L<gaz>" + _B1
        + r"|\L<abbr>" + _B1
        + r"|\L<hcommittee>" + _B1 + r"(?:[ \t]+(?:" + capseq + "|" + bare_place + "))?"
        + r"|\L<hcomplete>" + _B1
        + r"|\L<hfunc>[ \t]+" + funcseq
        + r"|" + known_units
        + r"|\L<hparent>" + _B1
        + "|" + dang
        + "|" + hoi
        + r")" + paren + ")"
    )
    if not caps:
        # Lower-case heads that still name one body: "thường trực HĐND tỉnh", "(Phó) Trưởng ban Tuyên giáo …",
        # "Trưởng đoàn đại biểu Quốc hội tỉnh".
        unit = (
            r"(?:" + unit
            + r"|(?P<u>thường trực(?=[ \t]+(?:\L<abbr>|\L<hcommittee>|\L<hcomplete>)" + _B1 + r"))"
            + r"|(?P<u>(?<=Trưởng[ \t])ban[ \t]+" + knownseq + r")"
            + r"|(?P<u>đoàn[ \t]+(?:đại biểu Quốc hội|ĐBQH|ĐB Quốc hội)" + _B1 + r")"
            + r")"
        )
    center = r"(?:Trung ương|TRUNG ƯƠNG)"
    locus_core = (
        r"(?:\L<lvlprov>(?:[ \t]+(?:" + prov + "|" + place_run + "|" + single_place + r"))?"
        r"|\L<lvlplace>(?:[ \t]+" + place + r")?"
        r"|" + prov + r")"
    )
    # A bare level word ("tỉnh") may close a name; a capitalised one ("Tỉnh") only with its place.
    locus = (
        r"(?P<loc>(?:Việt Nam|VIỆT NAM)" + _B1 + r"(?:[ \t]+(?:" + locus_core + "))?"
        r"|(?=\L<lvlbare>" + _B1 + r"|\L<prov>" + _B1 + r"|\L<lvlprov>[ \t]+\p{Lu}|\L<lvlplace>[ \t]+[\p{Lu}\d])" + locus_core
        + r"|" + center + _B1 + r")"
    )
    number = r"(?:[ \t]+(?:số|SỐ)[ \t]+\d{1,4}" + _B1 + r")?"
    # "Tổ công tác chuyên trách … của (Thủ tướng) Chính phủ": a task force named by its task and its body.
    word = r"[^\s,.;:()\[\]]+"
    described = (
        r"(?:\L<hdescribed>(?:[ \t]+(?!của" + _B1 + r")" + word + r"){1,12}[ \t]+của[ \t]+"
        r"(?:(?:Thủ tướng|Chủ tịch|Bộ trưởng)[ \t]+)?)?"
    ) if not caps else ""
    pattern = (
        _B0 + _NOT_SYMBOL_BEFORE + described + r"(?:" + center + r"[ \t]+(?=\p{Lu}))?" + unit
        + r"(?:" + sp + r"(?:" + center + r"[ \t]+)?" + unit + r"){0,4}"
        + r"(?:" + (r"[ \t]+" if not caps else sp) + locus + r")?" + number + _B1 + _NOT_SYMBOL_AFTER
    )
    used = {k: sorted(v, key=len, reverse=True) for k, v in lists.items() if f"\\L<{k}>" in pattern}
    return pattern, used


@lru_cache(maxsize=1)
def _surnames() -> tuple[str, ...]:
    try:
        return read_lines("surnames.txt")
    except (FileNotFoundError, OSError):
        return ()


@dataclass(frozen=True)
class _Machinery:
    mixed: regex.Pattern  # the grammar, matched where a trigger word stands
    caps: regex.Pattern  # its strict, case-blind variant, run over all-caps stretches
    firsts: frozenset[str]  # the first words names can start with


@lru_cache(maxsize=1)
def _machinery() -> _Machinery:
    mixed, mixed_lists = _grammar(caps=False)
    caps, caps_lists = _grammar(caps=True)
    firsts = {"Trung", "TRUNG", "Đảng", "ĐẢNG", "Hội", "thường", "ban", "đoàn"}
    for name, values in mixed_lists.items():
        if name in ("gaz", "abbr", "hcommittee", "hcomplete", "hfunc", "hparent", "hdescribed"):
            firsts.update(v.split()[0] for v in values)
    for head, _t, _l, role in read_table("org_heads.tsv"):
        firsts.update(v.split()[0] for v in _variants(head, lower=False))
    return _Machinery(
        regex.compile(mixed, **mixed_lists),
        regex.compile(caps, regex.IGNORECASE, **caps_lists),
        frozenset(firsts),
    )


# Where a name may start: a capitalised word, or the few lower-case heads the grammar allows.
_TRIGGER = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}&]*|thường(?=[ \t]trực)|(?<=Trưởng[ \t])ban|đoàn(?=[ \t](?:đại biểu|ĐB)))"
)
# Runs of all-caps words (a header line, a capitalised title), where the strict grammar applies.
_CAPS_WORD = r"[\p{Lu}\p{N}][\p{Lu}\p{N}&]*(?![\p{L}\p{N}])"
_CAPS_RUN = regex.compile(
    r"(?<![\p{L}\p{N}])" + _CAPS_WORD + r"(?:[ \t,:-]*(?:\n[ \t]*)?" + _CAPS_WORD + r")+"
)
_MOTTO = regex.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", regex.IGNORECASE)
_TITLE_QUALIFIER = regex.compile(r"(?:Phó Bí thư|Phó Chủ tịch|Ủy viên|Phó Trưởng ban|Phó trưởng ban)[ \t]+$")
_LAW_BEFORE = regex.compile(r"\bLuật\b[^.;:\n()]{0,80}$")
_SOURCE_TAG = regex.compile(r"(?:^|\n)[ \t]*\(([^()\n]{1,40})\)[ \t]*[-–]?")
_COORDINATED = regex.compile(r"(?<![\p{L}])các(?:[ \t]+\p{L}+,){1,4}[ \t]*$")
_TRAILING_PAREN = regex.compile(r"[ \t]*\([^()]*\)$")
_CLASS_NAMES = frozenset(
    k.casefold()
    for k in ("UBND", "HĐND", "HĐNĐ", "Ủy ban nhân dân", "Hội đồng nhân dân", "Tòa án nhân dân", "Viện Kiểm sát nhân dân",
              "TAND", "VKSND", "Mặt trận Tổ quốc", "MTTQ", "Ủy ban Mặt trận Tổ quốc", "Công an", "Công đoàn")
)


# ------------------------------------------------------------------ finding names
@dataclass(frozen=True)
class _Found:
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
    for trigger in _guard.finditer(_TRIGGER, text, start, end):
        pos = trigger.start()
        if pos < last or trigger.group() not in machinery.firsts:
            continue
        m = _guard.match(machinery.mixed, text, pos, end)
        if m:
            found.append(_Found(m.start(), m.end(), tuple(m.captures("u")), (m.captures("loc") or [None])[-1], False))
            last = m.end()
    for run in _guard.finditer(_CAPS_RUN, text, start, end):
        if sum(c.isalpha() for c in run.group()) < 6:
            continue
        for m in _guard.finditer(machinery.caps, text, run.start(), run.end()):
            found.append(_Found(m.start(), m.end(), tuple(m.captures("u")), (m.captures("loc") or [None])[-1], True))
    return found


def _longest_first(found: list[_Found]) -> list[_Found]:
    """Keep the longest of overlapping candidates, then order by position."""
    kept: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(f.end <= s or f.start >= e for s, e in taken):
            kept.append(f)
            taken.append((f.start, f.end))
    return sorted(kept, key=lambda f: f.start)


def _unit_entry(unit: str) -> _Entry | None:
    lex = _lexicon()
    text = tidy(unit)
    text = regex.sub(r"[ \t]*\([^()]*\)", "", text)
    key = text.casefold()
    if key in lex.gazetteer:
        return lex.gazetteer[key]
    if text in lex.abbreviations:
        return lex.abbreviations[text]
    if text.upper() in lex.abbreviations and text.isupper():
        return lex.abbreviations[text.upper()]
    best = ""
    for head in lex.heads:
        if (key == head or key.startswith(head + " ")) and len(head) > len(best):
            best = head
    if best:
        entry = lex.heads[best]
        if not entry.type:
            rest = key[len(best):].strip()
            hint = lex.functions.get(rest, "")
            if hint:
                return _Entry(hint, entry.level, entry.role, entry.canonical)
        return entry
    if key in ("đảng",):
        return lex.gazetteer.get("đảng")
    if key.startswith("hội"):
        return _Entry("mass", "", "complete")
    if key.startswith("thường trực"):
        return lex.heads.get("thường trực")
    if key.startswith("ban"):
        rest = key[3:].strip()
        return _Entry(lex.functions.get(rest, ""), "", "func")
    if key.startswith("đoàn"):
        return _Entry("state", "", "func")
    return None


def _accept(text: str, f: _Found) -> _Found | None:
    """Drop generic and plural talk, positions' qualifiers, law names and source tags."""
    lex = _lexicon()
    start, end, units = f.start, f.end, list(f.units)
    if not units:
        return None
    # "Phó Bí thư Thường trực Tỉnh ủy": "Thường trực" belongs to the title.
    if units[0].casefold().startswith("thường trực") and len(units) > 1 and _TITLE_QUALIFIER.search(text, max(0, start - 20), start):
        nxt = text.find(units[1], start)
        if nxt < 0:
            return None
        start, units = nxt, units[1:]
    entries = [_unit_entry(u) for u in units]
    last = entries[-1]
    if last is None or (last.role == "parent" and f.locus is None):
        return None
    if len(units) == 1 and units[0].casefold() in ("việt nam", "trung ương"):
        return None
    before = text[max(0, start - 30):start]
    before_words = before.split()
    tail = " ".join(before_words[-2:]).casefold()
    last_word = before_words[-1].casefold() if before_words else ""
    if _COORDINATED.search(before):  # "các Huyện, Thị, Thành đoàn"
        return None
    for cue in lex.generic_before:
        if (last_word == cue if " " not in cue else tail.endswith(cue)) and not before.endswith(("\n", ",", ";", ":")):
            return None
    has_place = f.locus is not None or any(e is not None and e.role in ("gazetteer", "committee") for e in entries)
    name_key = _key(" ".join(units))
    after = text[end:end + 30].lstrip(" \t").casefold()
    if not has_place or name_key in _CLASS_NAMES or (f.locus or "").casefold() in ("việt nam",) and False:
        for cue in lex.generic_after:
            if after.startswith(cue + " ") or after.startswith(cue + ",") or after == cue:
                if not (f.locus and f.locus.casefold() == "việt nam"):
                    return None
    # "Luật Tổ chức HĐND và UBND": an institution type inside a law's name.
    if f.locus is None and name_key in _CLASS_NAMES and _LAW_BEFORE.search(text, max(0, start - 90), start):
        return None
    # "(Cổng TTĐT tỉnh AG)-", "(TGCT)": a source tag at the head of a paragraph.
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if head.lstrip().startswith("(") and ")" not in head and text.find(")", end) != -1 and text.find(")", end) - end < 25:
        if _SOURCE_TAG.match(text, line_start - 1 if line_start else 0):
            return None
    if _MOTTO.search(text, max(0, start - 40), min(len(text), end + 40)):
        m = _MOTTO.search(text, max(0, start - 40), min(len(text), end + 40))
        if m.start() <= start < m.end() or m.start() < end <= m.end():
            return None
    trailing = _TRAILING_PAREN.search(text, start, end)
    if trailing:  # "đại biểu Quốc hội (ĐBQH)": the short form is the deputies', not part of the name
        end = trailing.start()
        units[-1] = _TRAILING_PAREN.sub("", units[-1])
    if (start, end) != (f.start, f.end):
        return _Found(start, end, tuple(units), f.locus, f.caps)
    return f


def find_organizations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, tuple[str, ...], str | None, bool]]:
    """Every organization name in a normalised text: (start, end, units, place, all_caps), longest spans."""
    accepted = [a for a in (_accept(text, f) for f in _candidates(text, start, end)) if a]
    return [(f.start, f.end, f.units, f.locus, f.caps) for f in _longest_first(accepted)]


def match_organization(text: str, pos: int) -> tuple[int, int] | None:
    """The longest organization name starting exactly at `pos` in a normalised text, as (start, end).

    For other extractors (the recommendations' "by" and "to"): `text` should be normalised the way
    `context.text` is (NFC, standard tones); generic talk ("các sở, ban, ngành") gives None.
    """
    if pos < 0 or pos >= len(text):
        return None
    window_end = min(len(text), pos + 300)
    best = None
    for f in _candidates(text, pos, window_end):
        if f.start != pos:
            continue
        accepted = _accept(text, f)
        if accepted and accepted.start == pos and (best is None or accepted.end > best[1]):
            best = (accepted.start, accepted.end)
    return best


# ------------------------------------------------------------------ describing names
def _type_of(units: tuple[str, ...]) -> str | None:
    entries = [_unit_entry(u) for u in units]
    for entry in entries:
        if entry is not None and entry.type:
            return entry.type
    return None


def _level_of(units: tuple[str, ...], locus: str | None) -> str | None:
    lex = _lexicon()
    if locus:
        words = tidy(locus)
        key = words.casefold()
        if key.startswith("việt nam") and key != "việt nam":
            key = key[len("việt nam"):].strip()
        for level_word, (level, kind) in sorted(lex.levels.items(), key=lambda kv: -len(kv[0])):
            if key == level_word or key.startswith(level_word + " "):
                rest = key[len(level_word):].strip()
                if kind == "city" and rest and rest not in lex.provinces:
                    return "district"  # "thành phố Vinh": a provincial city
                return level
        if key in lex.provinces:
            return "province"
    for unit in reversed(units):
        entry = _unit_entry(unit)
        if entry is None:
            continue
        if entry.role == "committee" and len(tidy(unit).split()) > 2:
            rest = " ".join(tidy(unit).split()[2:]).casefold()
            if rest in lex.provinces:
                return "province"
        if entry.level:
            return entry.level
    return None


def _recase(name: str) -> str:
    """An all-caps name in the case of the lists: "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN" → "Ủy ban nhân dân tỉnh Ninh Thuận"."""
    lex = _lexicon()
    words = name.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(8, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n]).casefold()
            if phrase in lex.proper:
                out.append(lex.proper[phrase])
                i += n
                break
            if n == 1 and words[i] in lex.abbreviations:
                out.append(words[i])
                i += 1
                break
        else:
            out.append(words[i][:1] + words[i][1:].lower())
            i += 1
    return " ".join(out)


def _expand(name: str) -> str:
    """Abbreviations spelled out, parenthesised short forms dropped: a canonical spelling."""
    lex = _lexicon()
    name = regex.sub(r"[ \t]*\([\p{Lu}Đ&]{2,8}\)", "", name)
    words = name.split()
    out = []
    for w in words:
        entry = lex.abbreviations.get(w)
        if entry and entry.canonical:
            out.append(entry.canonical)
        elif w in ("TW", "TƯ"):
            out.append("Trung ương")
        elif w in ("TP", "TP.", "Tp."):
            out.append("thành phố")
        elif w == "ĐBQH":
            out.append("Đại biểu Quốc hội")
        else:
            out.append(w)
    return " ".join(out)


_PROVINCE_MARKERS = ("tỉnh ủy", "tỉnh đoàn", "tỉnh")
_CITY_MARKERS = ("thành ủy", "thành đoàn", "thành phố")


def _document_province(context, names: list[tuple[str, tuple[str, ...], str | None]]) -> str | None:
    """The text's own province: from the title, the byline's affiliation, or the first full mention."""
    lex = _lexicon()
    prov = _provinces_regex()
    sources = []
    layout = getattr(context, "layout", None)
    if layout is not None:
        if layout.title:
            sources.append(layout.title)
        if layout.author and layout.author.affiliation:
            sources.append(layout.author.affiliation)
    for source in sources:
        m = prov.search(normalize(source))
        if m:
            return lex.provinces[m.group().casefold()]
    for name, units, locus in names:
        m = prov.search(name)
        if m and not name.casefold().endswith("việt nam"):
            return lex.provinces[m.group().casefold()]
    return None


@lru_cache(maxsize=1)
def _provinces_regex() -> regex.Pattern:
    lex = _lexicon()
    variants = sorted({v for row in read_table("provinces.txt") for v in row}, key=len, reverse=True)
    del lex
    return regex.compile(_B0 + r"\L<p>" + _B1, regex.IGNORECASE, p=variants)


def _canonical(name: str, units: tuple[str, ...], locus: str | None, caps: bool,
               fuller: dict[str, str], province: str | None) -> str | None:
    lex = _lexicon()
    base = _recase(name) if caps else name
    key = _key(base)
    if len(units) == 1 and locus is None:
        entry = _unit_entry(units[0])
        if entry is not None and entry.role == "gazetteer":
            return entry.canonical
    if key in fuller:
        return _expand(fuller[key])
    expanded = _expand(base)
    low = expanded.casefold()
    if locus is None or low.endswith((" tỉnh", " thành phố")):
        if province:
            if low.endswith(_PROVINCE_MARKERS) or low.endswith(_CITY_MARKERS) and _is_city(province):
                return f"{expanded} {province}"
            if low.startswith("sở ") and locus is None:
                return f"{expanded} tỉnh {province}" if not _is_city(province) else f"{expanded} thành phố {province}"
        if locus is None and not any((_unit_entry(u) or _Entry("", "", "")).role == "gazetteer" for u in units):
            return None if _needs_place(expanded) else expanded
    return expanded


def _is_city(province: str) -> bool:
    return province in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")


def _needs_place(name: str) -> bool:
    """A short form whose body depends on the place it is spoken from ("Ban Thường vụ", "UBND")."""
    low = name.casefold()
    lex = _lexicon()
    last = low.split()[-1] if low.split() else ""
    return (
        low in lex.heads
        or low.endswith(("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng bộ",
                         "tỉnh đoàn", "thành đoàn", "huyện đoàn", "nhân dân", "mặt trận tổ quốc", "hội"))
        or last in ("tỉnh", "huyện", "xã", "phường", "quận")
        or low.startswith(("ban ", "sở ", "hội ", "thường trực", "văn phòng"))
    )


# ------------------------------------------------------------------ the extractor
def extract(context) -> list[Organization]:
    text = context.text
    found = find_organizations(text)
    groups: dict[str, list] = {}
    order: list[str] = []
    for start, end, units, locus, caps in found:
        name = context.value(start, end)
        key = _key(name)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((start, end, name, units, locus, caps))

    # Fuller names that extend a short one with a place: "HĐND huyện" → "HĐND huyện Sa Thầy".
    names = [(groups[k][0][2], groups[k][0][3], groups[k][0][4]) for k in order]
    fuller: dict[str, str] = {}
    for name, units, locus in names:
        base = _recase(name) if name.isupper() else name
        for other, _u, other_locus in names:
            o = _recase(other) if other.isupper() else other
            if other_locus and len(o) > len(base) and _key(o).startswith(_key(base) + " "):
                fuller.setdefault(_key(base), o)
    province = _document_province(context, names)

    out = []
    for key in order:
        mentions = groups[key]
        start, end, name, units, locus, caps = mentions[0]
        first = context.span(start, end)
        spans = tuple(context.span(s, e) for s, e, *_ in mentions)
        out.append(
            Organization(
                text=first.text,
                start=first.start,
                end=first.end,
                name=name,
                mentions=spans,
                canonical=_canonical(name, units, locus, caps, fuller, province),
                type=_type_of(units) or _default_type(name),
                level=_level_of(units, locus),
            )
        )
    return out


def _default_type(name: str) -> str | None:
    low = name.casefold()
    if low.startswith(("ban thường vụ", "ban chấp hành", "bch", "btv", "thường trực", "ban chỉ đạo")):
        return "party"
    return None
