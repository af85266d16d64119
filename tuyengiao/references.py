"""References: every mention of one specific document, with its number, date, issuer and subject.

What is read (SPEC.md, Reference):
- symbols in both official styles — Party "05-CT/TW", "36-HD/VPTW" (Hướng dẫn 36-HD/VPTW) and state
  "15/2018/NĐ-CP", "1147/QĐ-TTg", "123/UBND-VX" (Nghị định 30/2020/NĐ-CP), joint (liên tịch) ones naming
  every issuer "01/2015/TTLT-BNV-BTC", "72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN" — with the noise of real
  texts: spaces around "-" and "/", "TƯ" for "TW", "ND-CP" for "NĐ-CP", lower case, line breaks;
- numbered mentions after a type word ("Chỉ thị số 05-CT/TW", "Nghị quyết số 35, 36 và 37-NQ/TW",
  "Chỉ thị 05"), the type word deciding the kind and the symbol's code standing in when it is absent;
- popular names with no number: "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Đại hội XIII của
  Đảng", "Luật Đất đai năm 2013", "Hiến pháp năm 2013", "Điều lệ Đảng", "Cương lĩnh …", and named
  plans, programmes and reports that carry a period, a term or a congress;
- a formal document's own "Số: …" in its header, with the header's body and trích yếu;
- the tail of each mention: ", ngày 15/5/2016", "của Bộ Chính trị" (or a joint "của Bộ Chính trị, Ban Bí
  thư"), "(khóa XII)", "về …" or a quoted title; or the body before it ("Ban Chấp hành Đảng bộ tỉnh khóa
  XIII đã ban hành …", its khóa being the term).

Short forms ("Chỉ thị 05") take the symbol of a full form of the same kind and number in the text, and
mentions of one symbol share what the fullest of them says. Named documents are reported once each.
The word lists and codes live in data/doc_kinds.tsv, doc_code_aliases.tsv, issuer_codes.tsv,
ordinals.tsv, roman_numerals.tsv and reference_words.json.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ._data import read_json, read_lines, read_table
from .dates import match_day as _dates_match_day
from .models import Reference

_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
_UPPER = _LOWER.upper()
_LETTERS = _LOWER + _UPPER
_UP = frozenset(_UPPER)
_LOW = frozenset(_LOWER)

_MAX_NAME_WORDS = 30
_MAX_SUBJECT_CHARS = 700
_MAX_ISSUER_WORDS = 24  # a joint issuer: "Ủy ban Thường vụ Quốc hội-Chính phủ-Đoàn Chủ tịch Ủy ban Trung ương MTTQ …"
_QUALIFIED_NUMBER = re.compile(rf"(?:[{_LOWER}]+[ \t]+){{1,3}}số[ \t]*:?[ \t]*(?=\d)")
# "Kết luận Thanh tra số 289/TB-TTCP": a capitalised qualifier too, but not a law's name ("Luật Đất đai số …").
_QUALIFIED_NUMBER_CAPS = re.compile(rf"(?:[{_LETTERS}]+[ \t]+){{1,3}}số[ \t]*:?[ \t]*(?=\d)")
_NESTED_LAW_WORDS = ("luật", "nghị định", "nghị quyết", "bộ luật", "pháp lệnh", "hiến pháp", "quyết định", "thông tư")
_CLAUSE_AHEAD = re.compile(rf"(?:[{_LETTERS}\d]+[ \t]+){{0,7}}[{_LETTERS}]+")
# Bodies' names (up to 10 words; a comma only before another capital: "Bộ Chính trị, Ban Bí thư"), then a verb.
_BODY_AHEAD = re.compile(rf"(?:[{_LETTERS}\d\-]+(?:,(?=[ \t]+[{_UPPER}]))?[ \t]+){{1,11}}[{_LETTERS}]+")
_ISSUED_ON = re.compile(r"(?:được[ \t]+)?(?:ký[ \t]+)?(?:ban[ \t]+hành|ký)[ \t]+(?=ngày)", re.IGNORECASE)
_PLENUM_COMMITTEE = re.compile(
    r"[ \t]+(?:của[ \t]+)?(?:(?i:ban[ \t]+chấp[ \t]+hành)|BCH)[ \t]+(?i:trung[ \t]+ương|TW|TƯ)(?:[ \t]+(?i:đảng))?(?!\w)"
)
_BODY_OPENERS = ("căn cứ", "xét ", "kính gửi", "điều ", "chương ", "phần ", "mục ", "theo đề nghị", "thực hiện ")
_TRAILING_TERM = re.compile(r"[ \t]*\(?[ \t]*(?i:khóa)[ \t]+([IVXLivxl]{1,7})[ \t]*\)?$")
_ROMAN_LETTERS = frozenset("IVXLivxl")  # the letters _TRAILING_TERM reads a term with
# A quoted title opens with any of these; news texts use single quotes too: về ‘Tăng cường …’, về 'Một số …'.
_QUOTE_CLOSERS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
# Typed texts mix the straight and the curly forms of one pair: "Một số vấn đề …”, “Một số vấn đề …".
_QUOTE_TWINS = {"“": '"', '"': "”", "‘": "'", "'": "’"}
_UPPER_LETTER = re.compile(f"[{_UPPER}]")
_LOWER_LETTER = re.compile(f"[{_LOWER}]")
_SUBJECT_STOPS = re.compile(
    # "… các cấp vừa được ký ban hành": the sentence goes on about the document, the trích yếu is over.
    r"(?P<issued>[ \t](?:(?:vừa|mới|đã)[ \t]+(?:được[ \t]+)?|được[ \t]+)(?:ký[ \t]+)?(?:ban[ \t]+hành|ký)(?!\w))|"
    r"(?P<elided>…|\.\.)|"  # an elision: the title was cut short by the writer
    rf"\.(?=\s|$)|[;:|\n(,“\"]|[ \t](?:và|gắn|do|trong|theo|đồng)[ \t]|(?<=[\d{_LOWER}])(?=[{_UPPER}][{_LOWER}])"
)


# ---------------------------------------------------------------- the grammar, built once from data
@dataclass(frozen=True)
class _Grammar:
    symbol: re.Pattern
    symbol_start: re.Pattern
    symbol_reach: int | None
    type_word: re.Pattern
    token: re.Pattern
    term: re.Pattern
    plenum: re.Pattern
    congress: re.Pattern
    anchor: re.Pattern
    number: re.Pattern
    list_sep: re.Pattern
    header_number: re.Pattern
    kinds: dict  # type word (lower, single-spaced) -> (kind, name mode)
    party_codes: dict  # code (upper) -> kind
    state_codes: dict
    aliases: dict
    issuer_codes: frozenset
    ordinals: dict
    romans: dict
    words: dict


def _alternation(items) -> str:
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(set(items), key=len, reverse=True))


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    kinds, party, state = {}, {}, {}
    for word, pcodes, scodes, kind, mode in read_table("doc_kinds.tsv"):
        kinds[word.lower()] = (kind, mode)
        for codes, table in ((pcodes, party), (scodes, state)):
            for code in codes.split(","):
                if code != "-":
                    table.setdefault(code.upper(), kind)
    aliases = {a.upper(): b.upper() for a, b in read_table("doc_code_aliases.tsv")}
    for alias, canon in aliases.items():
        for table in (party, state):
            if canon in table:
                table.setdefault(alias, table[canon])
    issuer_codes = frozenset(row[0].upper() for row in read_table("issuer_codes.tsv"))
    ordinals = {w: int(n) for w, n in read_table("ordinals.tsv")}
    romans = {r: int(n) for r, n in read_table("roman_numerals.tsv")}
    words = read_json("reference_words.json")

    tok = rf"[{_LETTERS}\d]{{1,12}}"
    # A state code group: a joint (liên tịch) symbol names every issuer, "UBTWMTTQVN", "ĐCTUBTWMTTQVN".
    stok = rf"[{_LETTERS}\d][{_LETTERS}\d&]{{0,19}}"  # "BLĐTB&XH" is seen too
    party_types = _alternation(party)
    symbol = re.compile(
        # The number, not glued to a word, a date or another number: "05", "30c".
        r"(?P<n>\d(?<![\w/.\-]\d)\d{0,4}[a-zA-Z]?)(?:"
        # Party: 05-CT/TW, 100 - KL/TW, 84 QĐ/TWĐTN, 367-QĐ/TWĐTN-VP
        rf"(?:[ \t]{{0,2}}-[ \t]{{0,2}}|[ \t])(?P<pt>(?i:{party_types}))[ \t]{{0,2}}/[ \t]{{0,2}}"
        rf"(?P<pi>{tok}(?:-{tok}){{0,3}})"
        r"|"
        # State: 15/2018/NĐ-CP, 1147/QĐ-TTg, 123/UBND-VX, 45/2019/QH14, 35/NQ- CP
        rf"[ \t]?/[ \t]?(?:(?P<sy>(?:19|20)\d\d)[ \t]?/[ \t]?)?"
        # Groups are joined by "-"; a normative or joint symbol with its year may also use "/" between the
        # type code and the issuers: 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN; without the year only before a
        # capital, as in a joint quy chế "01/QCPH/UBND-UBMTTQ" (not a date's "12/5/2020").
        rf"(?P<sc>{stok}(?:(?:-[ \t]?|[ \t]-[ \t]?|(?(sy)/|/(?=[{_UPPER}]))){stok}){{0,5}})"
        r")(?![\w/])"
    )
    # Where the number of a symbol can start, and how far before the symbol's first "/" that can be: a number
    # of at most 6 characters, then a Party type code between a dash (up to 5 characters with its spaces) and
    # up to 2 spaces, or a state symbol's "/" at once. Keep it in step with the pattern above: _Reader tries the
    # pattern only there (_symbol_matches). A code with a space in it has no bound (any white space matches it).
    symbol_start = re.compile(r"\d(?<![\w/.\-]\d)")
    symbol_reach = None if any(" " in code for code in party) else 6 + 5 + max(map(len, party), default=0) + 2
    type_word = re.compile(rf"(?:{_alternation(kinds)})(?!\w)")  # matched on the lower-cased text
    token = re.compile(r"\n[ \t]*\n|\n|[^\s,;.:!?()“”\"|]+|[,;.:!?()“”\"|]")
    roman = _alternation(romans)
    ordinal = _alternation(ordinals)
    term = re.compile(
        rf"(?P<open>\([ \t]*)?(?i:khóa)[ \t]+(?P<terms>(?:{roman})(?![\w])(?:[ \t]*(?:,|và)[ \t]*(?:(?i:khóa)[ \t]+)?(?:{roman})(?![\w])){{0,3}})"
        r"(?P<close>[ \t]*\))?"
    )
    number_word = rf"(?:\d{{1,2}}(?![\d/.,]\d)|(?:{ordinal})(?![\w])(?!\s+(?:19|20)\d\d))"
    plenum = re.compile(
        # "Hội nghị lần thứ 7 của Ban Chấp hành Trung ương": the "của" is often written
        rf"(?i:(?P<hn>hội\s+nghị\s+)?(?:lần\s+thứ\s+(?P<a>{number_word})\s+)?(?:(?:của\s+)?(?:ban\s+chấp\s+hành|bch)\s+)?"
        rf"(?:trung\s+ương|tw|tư)(?:\s+đảng)?(?:\s*(?:lần\s+thứ\s+)?(?P<b>{number_word}))?)(?!\w)"
    )
    congress = re.compile(
        rf"(?i:đại\s+hội)(?P<mid>(?:[ \t]+(?!(?i:lần|và|nghị|đại\s+hội|của|về|khóa|nhiệm)\b)[^\s,.;:()“”\"|]+){{0,8}}?)"
        rf"[ \t]+(?:(?i:lần\s+thứ)[ \t]+(?P<n>{roman}|{number_word})|(?P<r>{roman}))(?![\w])"
    )
    anchor = re.compile(
        rf"(?i:giai\s*đoạn|nhiệm\s+kỳ|thời\s+kỳ|năm)\s+(?:19|20)\d\d(?:\s*-\s*(?:(?:19|20)\d\d|\d\d))?(?!\d)"
        rf"|(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?(?![\d/])"
        rf"|(?i:khóa)\s+(?P<term>{roman})(?![\w])"
        rf"|(?i:lần\s+thứ)\s+(?P<nth>{roman}|{number_word})(?![\w])"
        rf"|(?i:đại\s+hội)\s+(?P<cong>{roman})(?![\w])"
        r"|\(\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*-\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*\)"
    )
    # "Kế hoạch 5 năm", "Chương trình 3 cấp": a count, not a document's number; but in "Nghị quyết số 18
    # ngày 25-10-2017" the "ngày" opens the date of issue.
    units = _alternation(words["number_units"])
    dated = r"[ \t]+\d{1,2}(?:[-/.]\d|[ \t]+(?i:tháng))"
    number = re.compile(
        rf"(?P<num>\d{{1,5}}[a-zA-Z]?)(?!\d)(?![\w/.,\-]\w)(?![ \t]*(?i:{units})(?!\w)(?!{dated}))"
    )
    list_sep = re.compile(r"[ \t]*(?:,|;|&|(?i:và))[ \t]*(?:(?i:số)[ \t]+)?")
    # "Số: 1528/QĐ-UBND", or with the symbol on the next line where a table cell wraps ("Số:\n14/2007/QĐ-UBND");
    # legal-document sites may name the type too: "Nghị quyết số: 653/2019/UBTVQH14".
    header_number = re.compile(
        rf"^[ \t|]*(?:(?i:{_alternation(kinds)})[ \t]+)?(?i:số)[ \t]*(?::|\.)?[ \t]*(?:\n[ \t]*)?(?=\d)", re.MULTILINE
    )
    return _Grammar(
        symbol, symbol_start, symbol_reach, type_word, token, term, plenum, congress, anchor, number, list_sep,
        header_number,
        kinds, party, state, aliases, issuer_codes, ordinals, romans, words,
    )


@lru_cache(maxsize=1)
def _type_word_finder() -> tuple[re.Pattern, tuple[int | None, ...], tuple[int | None, ...]]:
    """One pattern that finds every type word in the lower-cased text in a single scan.

    The type words are grouped by their first syllable; a group is searched from one letter of that syllable,
    its "anchor": the last letter that is not plain ASCII ("ị" of "nghị"), else the first ("q" of "quy"). Such
    letters are rare in running text, so the scan stops seldom. At an anchor the pattern checks the syllable
    behind it, the word boundary before the syllable (no letter, digit, "_" or "/"), and ahead of it the group's
    words longest first, as g.type_word would. Each group captures its type word: the group's number tells how
    far before the anchor the word starts (offsets[number]). A text position starts at most one type word, so
    the matches, one per anchor, are every type word (_find_type_words).

    Also returns, by group number, how many first syllables start the group's words: the group's own and any
    shorter one it begins with ("kế" in "kết", "quy" in "quyết"). A search of each syllable finds the word that
    many times. (A longer syllable cannot: a group's syllable is followed by a space or the word's end.)
    """
    words: dict[str, list[str]] = {}
    for kind in sorted(_grammar().kinds, key=len, reverse=True):
        words.setdefault(kind.split()[0], []).append(kind)
    alternatives, offsets = [], [None]  # offsets[n]: group n's anchor is that far into its syllable
    repeats = [None]  # repeats[n]: how many first syllables start group n's words
    for first, kinds in words.items():
        at = max((i for i, c in enumerate(first) if not c.isascii()), default=0)
        ahead = _alternation(kind[len(first) :] for kind in kinds)  # g.type_word's order: longest first
        alternatives.append(
            re.escape(first[at])
            + rf"(?<={re.escape(first[: at + 1])})(?<![\w/]{'.' * (at + 1)})"  # the syllable, a word start before it
            + rf"(?=({re.escape(first[at + 1 :])}(?:{ahead})(?!\w)))"
        )
        offsets.append(at)
        repeats.append(sum(1 for syllable in words if first.startswith(syllable)))
    return re.compile("|".join(alternatives)), tuple(offsets), tuple(repeats)


@lru_cache(maxsize=1)
def _word_sets():
    g = _grammar()
    w = g.words
    return {
        "org_heads": tuple(sorted(w["org_heads"], key=len, reverse=True)),
        "issue_verbs": tuple(sorted(w["issue_verbs"], key=len, reverse=True)),
        "issuer_stop": frozenset(w["issuer_stop_words"]),
        "issuer_stop_phrases": tuple(w["issuer_stop_phrases"]),
        "issuer_caps_stop_phrases": tuple(w["issuer_caps_stop_phrases"]),
        "issuer_caps_stop_firsts": frozenset(p.split()[0] for p in w["issuer_caps_stop_phrases"]),
        "subject_verbs": tuple(sorted(w["subject_verbs"], key=len, reverse=True)),
        "name_stop": frozenset(w["name_stop_words"]),
        "name_stop_phrases": tuple(w["name_stop_phrases"]),
        "name_bridges": tuple(sorted(w["name_bridges"], key=len, reverse=True)),
        "anchored_stop": frozenset(w["anchored_stop_words"]),
        "comma_words": tuple(w["name_comma_words"]),
        "soft_wrap": frozenset(w["soft_wrap_words"]),
        "issuer_wrap_heads": tuple(w["issuer_wrap_heads"]),
        "subject_breaks": tuple(w["subject_breaks"]),
        "subject_predicate": re.compile(
            r"[ \t](?:" + "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in w["subject_predicates"]) + r")(?!\w)",
            re.IGNORECASE,
        ),
        "platform_names": tuple(sorted(w["platform_names"], key=len, reverse=True)),
        "header_marks": tuple(m.upper() for m in w["header_marks"]),
        "mass_header_marks": tuple(m.upper() for m in w["mass_header_marks"]),
        "not_a_law_after": tuple(w["not_a_law_after"]),
        "clause_verbs": frozenset(w["clause_verbs"]),
        "org_clause_verb": re.compile(
            r"[ \t](?:" + "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in w["org_clause_verbs"]) + r")(?!\w)",
            re.IGNORECASE,
        ),
        "generic_documents": tuple(w["generic_documents"]),
        "plural_markers": frozenset(w["plural_markers"]),
        "all_levels": tuple(w["all_levels"]),
        "not_a_document": {k: tuple(v) for k, v in w["not_a_document"].items()},
    }


@lru_cache(maxsize=1)
def _header_lines() -> tuple[frozenset, tuple[str, ...]]:
    """The formal type lines (upper case) and the enacting lines of a document's header."""
    return frozenset(t.upper() for t in read_lines("formal_doc_types.txt")), tuple(read_lines("enacting_lines.txt"))


@lru_cache(maxsize=1)
def _org_heads_caps() -> tuple[str, ...]:
    return tuple(h.upper() + " " for h in _word_sets()["org_heads"])


@lru_cache(maxsize=1)
def _org_heads_lower() -> tuple[str, ...]:
    return tuple(h.lower() for h in _word_sets()["org_heads"])


# The letters an anchor ("năm 2020", "khóa XII", "(1/1/2020 - …)") or a term ("(khóa XII)") can start with,
# case folded as the patterns fold it (the Kelvin sign is a "k").
_ANCHOR_FIRST = frozenset("GKLNTgklntĐđ\u212a12(")
_TERM_FIRST = frozenset("(Kk\u212a")
_PLENUM_FIRST = frozenset("BHLTbhlt")  # "Hội nghị …", "lần thứ …", "Ban Chấp hành …", "Trung ương …"
_ISSUED_FIRST = frozenset("BKbkĐđ\u212a")  # "được ký …", "ký …", "ban hành …"

# Patterns used inside the reader, compiled once.
_RX_YEAR_AFTER_NAM = re.compile(r"năm[ \t]+(?:19|20)\d\d(?!\d)", re.IGNORECASE)
_RX_DOT_OR_NL = re.compile(r"\.(?=\s|$)|\n")
_RX_CODE_JOIN = re.compile(r"[ \t]*([-/])[ \t]*")
_RX_SPACED_DASH = re.compile(r"[ \t]-|-[ \t]")
_RX_MORE_PLENUMS = re.compile(r"[ \t]*(?:,|và)[ \t]*(\d{1,2})(?![\d/.,]\d)(?!\w)")
_RX_ROMAN = re.compile(r"[IVXL]+")
_RX_CONGRESS_PARTY = re.compile(r"[ \t]+(?:của[ \t]+)?(?:Đảng(?:[ \t]+(?:bộ|Cộng[ \t]+sản[ \t]+Việt[ \t]+Nam))?(?:[ \t]+(?:tỉnh|thành[ \t]+phố|huyện))?)")
_RX_NEXT_WORD = re.compile(rf"[ \t]+([{_LETTERS}]+)")
_RX_PLATFORM_EDITION = re.compile(r"[ \t]*\((?:bổ sung, phát triển|sửa đổi, bổ sung)[^()\n]{0,30}\)")
_RX_IN_YEAR = re.compile(r"[ \t]+năm[ \t]+(?:19|20)\d\d(?!\d)")
_RX_OF_PARTY = re.compile(r"[ \t]+của[ \t]+Đảng(?:[ \t]+Cộng[ \t]+sản[ \t]+Việt[ \t]+Nam)?")
_RX_WORD = re.compile(rf"[{_LETTERS}]+")
_RX_NON_SPACE = re.compile(r"\S+")
_RX_AMENDED = re.compile(r"\((?:sửa đổi|sửa đổi, bổ sung)\)")
_RX_DIGIT_AHEAD = re.compile(r"\s*\d")
_RX_ANCHOR_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?=(?i:nhiệm\s+kỳ|tầm\s+nhìn|giai\s+đoạn|khóa)\b)")
_RX_ANCHOR_GOES_ON_NO_TERM = re.compile(r"[ \t]*,?[ \t]*(?=(?i:nhiệm\s+kỳ|tầm\s+nhìn|giai\s+đoạn)\b)")
_RX_YEAR_WORD = re.compile(r"[ \t]+năm\b")
_RX_ANCHORED_PARTY = re.compile(r"[ \t]+(?:của[ \t]+)?Đảng(?:[ \t]+(?:bộ(?:[ \t]+(?:tỉnh|thành[ \t]+phố|huyện))?|Cộng[ \t]+sản[ \t]+Việt[ \t]+Nam))?(?!\w)")
_RX_OF_BODY_AT = re.compile(r"của[ \t]+([^,;.:()\n]{2,120}?)[ \t]*(?:\([^()\n]{0,150}\)[ \t]*)?tại[ \t]+$")
_RX_DAY_LEAD = re.compile(r"(?i:ngày)[ \t]+[^,\n]{3,25},[ \t]*$")
_RX_LINE = re.compile(r"[^\n]+")
_RX_VV_LINE = re.compile(r"(?i:v/v|về việc)[ \t:]+(\S.*)$")
_RX_SESSION = re.compile(r"(?i:kỳ[ \t]+họp[ \t]+(?:thứ[ \t]+\w+|chuyên[ \t]+đề|bất[ \t]+thường))(?!\w)")
_RX_EDITION_NOTE = re.compile(r"[ \t]*\([^()]{1,30}\)$")
_RX_VV_OPEN = re.compile(r"^(?i:V/v|về việc)\s+")
_RX_WORD_CHARS = re.compile(r"\w+")
_RX_AND_ONLY = re.compile(r"\s+(?i:và)\s+")
# A page's date stamp standing alone on a line, above a copied document's header: "21/10/2019", "08/07/2024 11:38".
_RX_PAGE_STAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{4}(?:[ \t]+\d{1,2}:\d{2})?")
_RX_NEXT_CONGRESS = re.compile(r"[ \t]+(?i:đại[ \t]+hội)(?!\w)")
_RX_DATELINE = re.compile(rf"[{_LETTERS} .]{{2,40}},[ \t]*(?i:ngày)[ \t]+\d")
_RX_YEARS_LINE = re.compile(r"(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?")
_RX_TRAILING_YEAR = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d$")
_RX_SPACES_DASHES = re.compile(r"[\s-]+")
_RX_LAST_WORDS = re.compile(r"(?:(\w+)[ \t]+)?(\w+)[ \t]+$")
_RX_COMMITTEE = re.compile(r"(?i:chấp\s+hành|bch)(?!\w)")
# ", ngày 7/6, Đoàn kiểm tra …", ", sáng 12-3, …": the sentence's own time between commas opens its main clause.
_TIME_FIRST = frozenset("0123456789sScCtTnN")  # where _RX_CLAUSE_TIME can start
_RX_CLAUSE_TIME = re.compile(
    r"(?i:(?:sáng|chiều|tối|trưa)[ \t]+)?(?i:ngày[ \t]+)?\d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)?\d\d)?[ \t]*,"
)


# ---------------------------------------------------------------- small helpers
def _is_cap(word: str) -> bool:
    return bool(word) and word[0] in _UP


def _is_lower(word: str) -> bool:
    return bool(word) and word[0] in _LOW


@lru_cache(maxsize=8192)
def _is_all_caps(word: str) -> bool:
    letters = [c for c in word if c in _UP or c in _LOW]
    return len(letters) >= 2 and all(c in _UP for c in letters)


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


_PHRASE_INDEX: dict[int, tuple] = {}  # id(phrases) -> (phrases, {first letter: the phrases starting with it})


def _phrase_index(phrases) -> dict | None:
    entry = _PHRASE_INDEX.get(id(phrases))
    if entry is not None and entry[0] is phrases:
        return entry[1]
    if not isinstance(phrases, tuple) or any(not p for p in phrases):
        return None
    index: dict[str, tuple] = {}
    for phrase in phrases:
        index[phrase[0]] = index.get(phrase[0], ()) + (phrase,)
    _PHRASE_INDEX[id(phrases)] = (phrases, index)
    return index


def _starts_with_words(text: str, pos: int, phrases) -> str | None:
    """The first phrase (lower case, single-spaced) that text[pos:] starts with as whole words."""
    index = _phrase_index(phrases)
    if index is not None and pos < len(text):
        c = text[pos]
        if not c.isspace():
            # The folded chunk starts with this letter's lower case: only the phrases starting with it can match.
            group = index.get(c.lower()[0])
            if group is None:
                return None
            # And with the next letter too, when it is one (a final sigma's lower case depends on what follows).
            pair = text[pos : pos + 2]
            if len(pair) == 2 and not pair[1].isspace() and "Σ" not in pair:
                key = pair.lower()
                if len(key) == 2 and not any(p.startswith(key) or p == key[0] for p in group):
                    return None
            phrases = group
    chunk = _fold(text[pos : pos + 60])
    for phrase in phrases:
        if chunk.startswith(phrase) and (len(chunk) == len(phrase) or not chunk[len(phrase)].isalnum()):
            return phrase
    return None


_PHRASE_PATTERNS: dict[int, tuple] = {}  # id(phrases) -> (phrases, their pattern or None)


def _phrase_pattern(phrases) -> re.Pattern | None:
    """The phrases as one pattern for _Reader._starts_with, matched on the lower-cased text.

    It reads as _starts_with_words does: leading white space skipped, any run of white space between
    two words, the phrases tried in order, each ending where a word ends (no letter or digit after it).
    None when a phrase is empty or not single-spaced: then only _starts_with_words says what matches.
    """
    entry = _PHRASE_PATTERNS.get(id(phrases))
    if entry is not None and entry[0] is phrases:
        return entry[1]
    pattern = None
    if isinstance(phrases, tuple) and phrases and all(p and p == " ".join(p.split()) for p in phrases):
        # One group per phrase: m.lastindex tells which phrase matched.
        alternatives = "|".join("(" + r"\s+".join(map(re.escape, p.split(" "))) + ")" for p in phrases)
        pattern = re.compile(rf"\s*(?:{alternatives})(?![^\W_])")
    _PHRASE_PATTERNS[id(phrases)] = (phrases, pattern)
    return pattern


def match_day(text: str, pos: int = 0):
    """dates.match_day, skipped where no day can start: a day opens with "ngày" or a digit."""
    if pos < len(text):
        c = text[pos]
        if not (c.isdecimal() or c == "n" or c == "N"):
            return None
    return _dates_match_day(text, pos)


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    return " ".join(word.lower().split())


def _skip_spaces(text: str, pos: int, soft_newline: bool = True) -> int:
    n = len(text)
    while pos < n and text[pos] in " \t":
        pos += 1
    if soft_newline and pos < n and text[pos] == "\n":
        nxt = pos + 1
        while nxt < n and text[nxt] in " \t":
            nxt += 1
        if nxt < n and (text[nxt] in _LOW or text[nxt].isdigit() or text[nxt] == "("):
            return nxt
    return pos


def _roman(value: int) -> str:
    out = ""
    for v, r in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out += r
            value -= v
    return out


def _number_value(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return _grammar().ordinals.get(word)


# ---------------------------------------------------------------- symbols
@dataclass
class _Symbol:
    start: int
    end: int
    number: str
    symbol: str
    kind: str
    party: bool


def _canon_code(code: str) -> str:
    code = code.upper()
    return _grammar().aliases.get(code, code)


def _read_symbol(m: re.Match) -> _Symbol | None:
    g = _grammar()
    if m["pt"] is not None:
        ptype = _canon_code(m["pt"])
        parts = [_canon_code(p) for p in m["pi"].split("-")]
        if not all(_plausible_code(p) or m["pi"].islower() for p in parts):
            return None
        kind = g.party_codes.get(ptype, "other")
        return _Symbol(m.start(), m.end(), m["n"], f"{m['n'].upper()}-{ptype}/{'-'.join(parts)}", kind, True)
    pieces = _RX_CODE_JOIN.split(m["sc"])
    raw = [p.strip() for p in pieces[0::2]]
    joins = pieces[1::2]  # "-" or, in a joint symbol with its year, "/"
    spaced = _RX_SPACED_DASH.search(m["sc"]) is not None
    parts = []
    for i, p in enumerate(raw):
        canon = _canon_code(p)
        known = canon in g.state_codes or canon in g.issuer_codes or canon.rstrip("0123456789") in g.issuer_codes
        if not (_plausible_code(p) or known):
            if i == 0:
                return None
            break  # "05/QĐ-UBND-Bộ …": keep what is a code
        if spaced and i > 0 and not _is_all_caps(p):
            break
        parts.append(canon)
    first = parts[0]
    if first in g.state_codes:
        kind = g.state_codes[first]
    elif m["sy"]:
        kind = "other"  # a law or a resolution of the National Assembly (45/2019/QH14): the word decides
    else:
        kind = "official_letter"  # a công văn: issuer and unit, no type code (123/UBND-VX)
    year = f"{m['sy']}/" if m["sy"] else ""
    end = m.end()
    if len(parts) < len(raw):  # cut the match back to the parts kept
        cut = m.start("sc")
        for p in raw[: len(parts)]:
            cut = m.string.index(p, cut) + len(p)
        end = cut
    code = parts[0] + "".join(j + p for j, p in zip(joins, parts[1:]))
    return _Symbol(m.start(), end, m["n"], f"{m['n'].upper()}/{year}{code}", kind, False)


_RX_UNIT_CODE = re.compile(rf"[{_UPPER}]\d\d\d?")


def _plausible_code(code: str) -> bool:
    """A symbol code is written in capitals: at least two capital letters ("TTg", "QH14", "NĐ"), or a police or
    army unit's letter and number after the issuer ("03/CT-BCA-X11", "12/KH-C06")."""
    return (sum(1 for c in code if c in _UP) >= 2 and code[0] in _UP) or _RX_UNIT_CODE.fullmatch(code) is not None


class _Tokens:
    """The tokens of a window, read from the pattern only as far as they are looked at."""

    __slots__ = ("_next", "_items")

    def __init__(self, matches):
        self._next = matches.__next__
        self._items: list[re.Match] = []

    def has(self, i: int) -> bool:
        """Whether the window has a token i (then self[i] is it)."""
        items = self._items
        while len(items) <= i:
            try:
                items.append(self._next())
            except StopIteration:
                return False
        return True

    def __getitem__(self, i: int) -> re.Match:
        return self._items[i]


# ---------------------------------------------------------------- the working record
@dataclass
class _Ref:
    start: int  # normalised offsets of the mention's text
    end: int
    kind: str
    number: str | None = None
    symbol: str | None = None
    issued_on: str | None = None
    issuer: str | None = None
    subject: str | None = None
    plenum: int | None = None
    term: str | None = None
    congress: str | None = None
    name: str | None = None
    short_form: bool = False
    full_end: int | None = None
    header: bool = False
    named: bool = False  # known by its name only
    party: bool = False


class _Reader:
    """Reads one text: finds the cores, then each mention's tail."""

    def __init__(self, context):
        self.context = context
        self.text = context.text
        self.g = _grammar()
        self.w = _word_sets()
        text = self.text
        low = text.lower()
        # The lower-cased text for _starts_with, when it lines up with the text character for character (no
        # letter whose lower case is longer, no capital sigma whose lower case depends on its neighbours).
        self.low = low if len(low) == len(text) and "Σ" not in text else None
        self.symbols: dict[int, _Symbol] = {}
        for m in self._symbol_matches():
            s = _read_symbol(m)
            if s is not None:
                self.symbols[s.start] = s
        self.type_words = self._find_type_words(low)
        self.type_word_at = {start: (end, _fold_word(written)) for start, end, written in self.type_words}
        # Where a new mention could start: symbols and type words that are capitalised or numbered.
        starts = set(self.symbols)
        for start, end, written in self.type_words:
            if _is_cap(written) or self._numbered_after(end):
                starts.add(start)
        self.starts = sorted(starts)
        self.used_symbols: set[int] = set()
        self.refs: list[_Ref] = []
        self.core_end = 0  # end of the last numbered mention read
        self.named: list[_Ref] = []  # mentions known by name, in the order read

    def _symbol_matches(self) -> list[re.Match]:
        """What g.symbol.finditer(text) gives, found faster: a symbol's number starts at most g.symbol_reach
        characters before the first "/" after it, so the pattern is tried only at such starts."""
        text, g = self.text, self.g
        if g.symbol_reach is None:
            return list(g.symbol.finditer(text))
        found = []
        done = 0  # the next symbol starts here or later: past the last one, and past the starts already tried
        slash = text.find("/")
        while slash >= 0:
            for start in g.symbol_start.finditer(text, max(done, slash - g.symbol_reach), slash):
                m = g.symbol.match(text, start.start())
                if m:
                    found.append(m)
                    done = m.end()
                    break
            else:
                done = slash
            slash = text.find("/", max(slash + 1, done))
        return found

    def _find_type_words(self, low: str) -> list[tuple[int, int, str]]:
        """(start, end, word as written) of each type word, in order.

        A word is listed once for each first syllable starting where it starts ("quyết định": "quy" and "quyết"),
        as a search of each syllable would find it.
        """
        text = self.text
        if len(low) != len(text):  # a rare letter whose lower case is longer: stay exact
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        pattern, offsets, repeats = _type_word_finder()
        found = []
        for m in pattern.finditer(low):
            n = m.lastindex
            start, end = m.start() - offsets[n], m.end(n)
            word = (start, end, text[start:end])
            found.extend([word] * repeats[n])
        found.sort()
        return found

    def _starts_with(self, pos: int, phrases) -> str | None:
        """_starts_with_words(self.text, pos, phrases), read by one pattern match on the lower-cased text."""
        pattern = _phrase_pattern(phrases) if self.low is not None else None
        if pattern is None:
            return _starts_with_words(self.text, pos, phrases)
        m = pattern.match(self.low, pos, pos + 60)  # _starts_with_words looks 60 characters ahead
        return phrases[m.lastindex - 1] if m else None

    # ------------------------------------------------------------ entry
    def read(self) -> list[_Ref]:
        header = self._header()
        if header is not None:
            self.refs.append(header)
        for found in self.type_words:
            self._type_word(*found)
        text = self.text
        for start, sym in self.symbols.items():
            if start in self.used_symbols:
                continue
            if not sym.party and "-" not in sym.symbol and sym.symbol.count("/") == 1:
                # "123/SKHĐT" alone could be anything with a slash: only after "số" or with a known code.
                code = sym.symbol.split("/")[1]
                known = code in self.g.state_codes or code.rstrip("0123456789") in self.g.issuer_codes
                if not known and not text[max(0, start - 6) : start].lower().rstrip(" \t:").endswith("số"):
                    continue
            ref = _Ref(sym.start, sym.end, sym.kind, number=sym.number, symbol=sym.symbol, party=sym.party)
            self._tail(ref, sym.end)
            self.refs.append(ref)
        self._share_coordinated()
        return self.refs

    def _share_coordinated(self) -> None:
        """'Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị': two documents of
        one kind joined by "và", the first with nothing of its own, share the date and issuer after the second. Not
        the subject: what follows the second is most often its own title."""
        ordered = sorted((r for r in self.refs if r.symbol and not r.header), key=lambda r: r.start)
        for a, b in zip(reversed(ordered[:-1]), reversed(ordered[1:])):  # from the end: a chain passes it back
            if a.kind != b.kind or a.issued_on or a.issuer or a.subject or (a.full_end or a.end) != a.end:
                continue
            if _RX_AND_ONLY.fullmatch(self.text, a.end, b.start):
                for f in ("issued_on", "issuer", "term"):
                    setattr(a, f, getattr(b, f))

    def has_start(self, a: int, b: int) -> bool:
        i = bisect_left(self.starts, a)
        return i < len(self.starts) and self.starts[i] < b

    def _numbered_after(self, pos: int) -> bool:
        p = _skip_spaces(self.text, pos)
        chunk = self.text[p : p + 4].lower()
        return chunk.startswith("số") or (p < len(self.text) and self.text[p].isdigit())

    # ------------------------------------------------------------ after a type word
    def _type_word(self, start: int, end: int, written: str) -> None:
        if start < self.core_end:
            return  # "Thông báo kết luận số 12-TB/TU": "kết luận" is inside the mention already read
        text = self.text
        pos = end
        p = _skip_spaces(text, pos)
        word = _fold_word(written)
        kind, mode = self.g.kinds[word]
        if written[0] in _LOW and not (text[p : p + 1].isdigit() or text[p : p + 2].lower() == "số" or _QUALIFIED_NUMBER.match(text, p)):
            # Generic talk ("các nghị quyết của Trung ương", "pháp luật"), unless a plenum and its term make
            # it one document: "nghị quyết Hội nghị Trung ương lần thứ 11 của BCH Trung ương Đảng (khóa XIII)".
            if word in ("nghị quyết", "kết luận"):
                self._plenum(start, p, kind, need_term=True)
            return
        if text[p : p + 2].lower() == "số" and (p + 2 >= len(text) or not text[p + 2].isalnum()):
            q = p + 2
            while q < len(text) and text[q] in " \t:.":
                q += 1
            q = _skip_spaces(text, q)
            if self._numbered(start, q, kind, explicit=True):
                return
            return
        qualified = (_QUALIFIED_NUMBER if mode == "name" else _QUALIFIED_NUMBER_CAPS).match(text, p)
        if qualified and qualified.end() in self.symbols:
            # "Chương trình hành động số 25-CTr/TU", "Thông báo kết luận số 12-TB/TU"
            self._numbered(start, qualified.end(), kind, explicit=True)
            return
        if word in ("luật", "bộ luật") and self._not_a_law(start):
            return
        if p < len(text) and text[p].isdigit():
            if self._numbered(start, p, kind, explicit=False, capitalised=_is_cap(written)):
                return
        caps = _is_cap(written)
        all_caps = _is_all_caps(written) and self._caps_context(start)
        if not caps or all_caps:
            return
        if kind in ("resolution", "conclusion", "other") and word in ("nghị quyết", "kết luận", "văn kiện"):
            if self._plenum(start, p, kind):
                return
            if word != "kết luận" and self._congress(start, p, kind):
                return
        if mode == "name":
            self._proper_name(start, end, kind, word)
        elif mode == "anchored":
            self._anchored(start, end, kind, word)

    def _not_a_law(self, pos: int) -> bool:
        """'Trường Đại học Luật Hà Nội', 'Khoa Luật': the subject of study, not a law."""
        before = _fold(self.text[max(0, pos - 25) : pos])
        return before.endswith(self.w["not_a_law_after"])

    def _caps_context(self, pos: int) -> bool:
        """Inside a line written in capitals (a title or a header): looks 80 characters each way."""
        a = self.text.rfind("\n", max(0, pos - 80), pos) + 1 or max(0, pos - 80)
        b = self.text.find("\n", pos, pos + 80)
        window = self.text[a : b if b >= 0 else pos + 80]
        upper = len(_UPPER_LETTER.findall(window))
        lower = len(_LOWER_LETTER.findall(window))
        return upper > 0 and upper / (upper + lower) > 0.8

    # ------------------------------------------------------------ numbers and symbols
    def _numbered(self, start: int, pos: int, kind: str, explicit: bool, capitalised: bool = True) -> bool:
        """'số 35, 36 và 37-NQ/TW', '05-CT/TW', '05' after a type word; True when something was read."""
        text, g = self.text, self.g
        items: list[tuple[int, int, str | None, _Symbol | None]] = []  # (start, end, number, symbol)
        p = pos
        while len(items) < 20:
            sym = self.symbols.get(p)
            if sym is not None:
                items.append((sym.start, sym.end, sym.number, sym))
                p = sym.end
            else:
                nm = g.number.match(text, p)
                if not nm or (not explicit and not capitalised):
                    break
                value = nm["num"]
                if not explicit and len(value) == 4 and value[:2] in ("19", "20"):
                    break  # "Kế hoạch 2024" is a year, not a number
                if match_day(text, p):
                    break
                items.append((nm.start(), nm.end(), value, None))
                p = nm.end()
            sep = g.list_sep.match(text, p)
            if not sep or sep.end() == p:
                break
            nxt = sep.end()
            if not (nxt < len(text) and text[nxt].isdigit()):
                break
            if nxt not in self.symbols and (items[-1][3] is not None or not g.number.match(text, nxt)):
                break  # the shared code comes last ("35, 36 và 37-NQ/TW"): "05-CT/TW và 323 tập thể" is a count
            p = nxt
        if not items:
            return False
        # Bare numbers before a full symbol share its code: "35, 36 và 37-NQ/TW".
        last_sym = None
        refs = []
        for i in range(len(items) - 1, -1, -1):
            s, e, number, sym = items[i]
            if sym is not None:
                last_sym = sym
            symbol = None
            party = False
            if sym is not None:
                symbol, party = sym.symbol, sym.party
                self.used_symbols.add(sym.start)
            elif last_sym is not None:
                sep = "-" if last_sym.party else "/"
                tail = last_sym.symbol[last_sym.symbol.index(sep) :]
                symbol, party = number.upper() + tail, last_sym.party
            ref = _Ref(s, e, kind, number=number, symbol=symbol, party=party)
            refs.append(ref)
        refs.reverse()
        refs[0].start = start
        self.core_end = items[-1][1]
        for ref in refs:
            self.refs.append(ref)
        self._tail(refs[-1], items[-1][1])
        # Every item of the list shares the date, issuer and subject that follow the last one.
        for ref in refs[:-1]:
            for f in ("issued_on", "issuer", "subject", "term"):
                setattr(ref, f, getattr(refs[-1], f))
        return True

    # ------------------------------------------------------------ popular names
    def _plenum(self, start: int, pos: int, kind: str, need_term: bool = False) -> bool:
        text = self.text
        m = self.g.plenum.match(text, pos) if text[pos : pos + 1] in _PLENUM_FIRST else None
        if not m:
            return False
        raw = m["a"] or m["b"]
        if not raw:
            return False
        if not m["hn"] and m["a"]:
            return False  # "lần thứ sáu Trung ương" without "Hội nghị" is not the form
        plenums = [_number_value(raw)]
        end = m.end()
        # "Trung ương 4, 5 và 6 (khóa XII)"
        while True:
            sep = _RX_MORE_PLENUMS.match(text[end : end + 12])
            if not sep:
                break
            plenums.append(int(sep.group(1)))
            end += sep.end()
        if any(v is None or not 1 <= v <= 30 for v in plenums):
            return False
        terms = [None]
        # "Hội nghị Trung ương lần thứ 11 của BCH Trung ương Đảng (khóa XIII)": the committee, then the term.
        committee = _PLENUM_COMMITTEE.match(text, end)
        after = committee.end() if committee else end
        p = _skip_spaces(text, after)
        p2 = p + 1 if text[p : p + 1] == "," else p
        tm = self.g.term.match(text, _skip_spaces(text, p2))
        names_committee = committee is not None or _RX_COMMITTEE.search(m.group()) is not None
        if tm is None and names_committee and _is_cap(text[p : p + 1]) and self._org_head(p):
            # "Hội nghị lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa VI": a mass
            # organisation's central committee, named before the term.
            tm = self.g.term.match(text, _skip_spaces(text, self._proper_run(after)))
        name_end = end
        if tm and (not tm["open"] or tm["close"]):
            terms = _RX_ROMAN.findall(tm["terms"])
            name_end = tm.end()
        elif need_term:
            return False  # "nghị quyết Trung ương 5" in lower case, with no term: not sure it is one document
        refs = []
        for plenum in plenums:
            for term in terms:
                refs.append(_Ref(start, name_end, kind, plenum=plenum, term=term, named=True))
        name = self.context.value(start, name_end)
        for ref in refs:
            ref.name = name
        self._tail(refs[0], name_end, issuer=False)
        for ref in refs[1:]:
            ref.issued_on, ref.subject, ref.full_end = refs[0].issued_on, refs[0].subject, refs[0].full_end
        self.refs.extend(refs)
        return True

    def _congress(self, start: int, pos: int, kind: str) -> bool:
        text = self.text
        m = self.g.congress.match(text, pos)
        if not m:
            return False
        raw = m["r"] or m["n"]
        value = self.g.romans.get(raw.upper()) if raw.upper() in self.g.romans else _number_value(raw)
        if not value:
            return False
        end = m.end()
        # "… của Đảng", "… Đảng bộ tỉnh", "… Công đoàn Việt Nam" belong to the name.
        tail = _RX_CONGRESS_PARTY.match(text[end : end + 60])
        if tail:
            end += tail.end()
        else:
            end = self._proper_run(end)
        ref = _Ref(start, end, kind, congress=_roman(value), named=True)
        ref.name = self.context.value(start, end)
        self._tail(ref, end, issuer=False)
        self.refs.append(ref)
        return True

    def _proper_run(self, pos: int) -> int:
        """Extend over a following proper name ("Công đoàn Việt Nam"); at most two lower-case bridges."""
        text = self.text
        end = pos
        p = pos
        pending = 0
        for _ in range(12):
            m = _RX_NEXT_WORD.match(text[p : p + 40])
            if not m:
                break
            word = m.group(1)
            at = p + m.start(1)
            if word in self.g.kinds or _fold(word) in self.g.kinds or at in self.type_word_at or self.g.term.match(text, at):
                break  # "Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 …": the next document
            if word.lower() == "và" and _RX_NEXT_CONGRESS.match(text, p + m.end()):
                break  # "… lần thứ XII và Đại hội Đoàn tỉnh lần thứ XII": a second congress, not more of the name
            p += m.end()
            if _is_cap(word):
                end, pending = p, 0
            else:
                pending += 1
                if pending > 2 or word.lower() in self.w["name_stop"]:
                    break
        return end

    def _proper_name(self, start: int, pos: int, kind: str, word: str) -> None:
        text = self.text
        if kind == "platform":
            end = pos
            p = _skip_spaces(text, pos)
            found = self._starts_with(p, self.w["platform_names"])
            if found:
                end = self._advance_words(p, len(found.split()))
            pm = _RX_PLATFORM_EDITION.match(text[end : end + 60])
            if pm:
                end += pm.end()
            ym = _RX_IN_YEAR.match(text[end : end + 12])
            if ym:
                end += ym.end()
            dm = _RX_OF_PARTY.match(text[end : end + 40])
            if dm:
                end += dm.end()
            if self._clause_start(start) and end == pos:
                return
            self._add_named(start, end, kind)
            return
        p = _skip_spaces(text, pos, soft_newline=False)
        first = _RX_WORD.match(text[p : p + 30])
        if not first or not (_is_cap(first.group()) or (kind == "law" and text[p : p + 7] == "sửa đổi")):
            return  # "Luật sửa đổi, bổ sung …" is written in lower case by the official style
        if kind == "charter":
            end = self._proper_run(pos)
            if end == pos:
                return
            tm = self.g.term.match(text, _skip_spaces(text, end))
            ref = self._add_named(start, end, kind)
            if tm and (not tm["open"] or tm["close"]):
                ref.end = ref.full_end = tm.end()
                ref.term = _RX_ROMAN.findall(tm["terms"])[-1]
                ref.name = self.context.value(start, ref.end)
            return
        self._law_name(start, pos, kind)

    def _advance_words(self, p: int, count: int) -> int:
        for m in _RX_NON_SPACE.finditer(self.text[p : p + 200]):
            count -= 1
            if count == 0:
                return p + m.end()
        return p

    def _law_name(self, start: int, pos: int, kind: str) -> None:
        """'Luật Đất đai năm 2013', 'Luật Thực hành tiết kiệm, chống lãng phí', 'Bộ luật Hình sự'."""
        text, w = self.text, self.w
        end = pos
        amending = False
        toks = _Tokens(self.g.token.finditer(text, pos, min(len(text), pos + 250)))
        i = 0
        count = 0
        while toks.has(i) and count < _MAX_NAME_WORDS:
            t = toks[i]
            s = t.group()
            low = s.lower()
            if count == 0 and low == "sửa":
                amending = True
            if s.startswith("\n"):
                if s.count("\n") > 1 or not self._soft_break(t.start()):
                    break
                i += 1
                continue
            if s == ",":
                nxt = self._starts_with(_skip_spaces(text, t.end()), w["comma_words"])
                if not nxt:
                    break
                i += 1
                continue
            if s == "(":
                pm = _RX_AMENDED.match(text[t.start() : t.start() + 25])
                if pm:
                    end = t.start() + pm.end()
                break
            if not (s[0] in _UP or s[0] in _LOW or s[0].isdigit() or s == "-"):
                break
            if low == "năm":
                ym = _RX_YEAR_AFTER_NAM.match(text[t.start() : t.start() + 12])
                if ym:
                    end = t.start() + ym.end()
                break
            if low.startswith("ngày") and low[4:5].isdigit():
                break  # a date glued to its word, as legal sites copy it: "Luật Xây dựng ngày26/11/2003"
            if _is_lower(s) and count > 0:
                bridge = self._starts_with(t.start(), w["name_bridges"])
                if bridge:  # "… người có công với cách mạng", "… theo phương thức đối tác công tư"
                    n = len(bridge.split())
                    if toks.has(i + n - 1):
                        end = toks[i + n - 1].end()
                        i += n
                        count += n
                        continue
                if low in w["name_stop"] and not (low == "số" and not _RX_DIGIT_AHEAD.match(text[t.end() : t.end() + 3])):
                    break
                if self._starts_with(t.start(), w["name_stop_phrases"]):
                    break  # "Luật Đất đai quy định …"
            if count > 0 and _is_cap(s) and _fold(text[t.start() : t.start() + 20]).startswith(_NESTED_LAW_WORDS):
                prev = _fold(text[max(pos, t.start() - 5) : t.start()])
                if not (prev.endswith("của") or (amending and prev.endswith("và"))):
                    break
            if low in ("và", "của"):
                nxt_i = i + 1
                if not toks.has(nxt_i):
                    break
                nxt = toks[nxt_i].group()
                if low == "của" and not _is_cap(nxt):
                    break
                if low == "và" and (nxt.lower() in ("các", "những", "một", "nhiều") or nxt.lower() in w["name_stop"]):
                    break
                if low == "và" and _is_cap(nxt) and _fold(text[toks[nxt_i].start() : toks[nxt_i].start() + 12]).startswith(("luật", "nghị", "bộ luật", "pháp lệnh")) and not amending:
                    break
                i += 1
                count += 1
                continue
            if s == "-":
                i += 1
                continue
            end = t.end()
            count += 1
            i += 1
        if end == pos:
            return
        self._add_named(start, end, kind)

    def _anchored(self, start: int, pos: int, kind: str, word: str) -> None:
        """A named plan, programme, report …: accepted only when the name carries a period, term or congress."""
        text, w, g = self.text, self.w, self.g
        if kind != "constitution" and word != "văn kiện" and self._clause_start(start):
            return
        p0 = _skip_spaces(text, pos, soft_newline=False)
        if self._starts_with(p0, w["not_a_document"].get(word, ())):
            return  # "Báo cáo viên", "Chương trình nghệ thuật …"
        if self._counted(start):
            return  # "5 Chương trình hành động của MTTQ Việt Nam trong nhiệm kỳ 2019 – 2024": several documents
        # A quoted title right after the word: Đề án “…”, Đề cương “…”.
        if p0 < len(text) and text[p0] in "“\"" and word in ("đề án", "đề cương", "chiến lược"):
            close = text.find("”" if text[p0] == "“" else '"', p0 + 1, p0 + 400)
            if close > p0 + 1 and "\n" not in text[p0:close]:
                ref = self._add_named(start, close + 1, kind)
                ref.subject = self.context.value(p0 + 1, close)
                return
        toks = g.token.finditer(text, pos, min(len(text), pos + 500))
        end = None
        term = congress = None
        saw_congress = False
        count = 0
        first_word = None
        issuer_span = None
        issuer_first = False
        for t in toks:
            s = t.group()
            am = g.anchor.match(text, t.start()) if text[t.start()] in _ANCHOR_FIRST else None
            if am and (count > 0 or kind == "constitution"):
                end = am.end()
                if am["term"]:
                    term = am["term"].upper()
                if am["nth"] and saw_congress:
                    value = g.romans.get(am["nth"].upper()) or _number_value(am["nth"])
                    congress = _roman(value) if value else None
                elif am["term"] and saw_congress and kind == "resolution":
                    congress, term = term, None  # "Nghị quyết Đại hội Đảng bộ tỉnh khóa XX"
                if am["cong"]:
                    congress = am["cong"]  # "Báo cáo chính trị tại Đại hội XIII"
                # Continue only over ", nhiệm kỳ …", ", tầm nhìn …", ", giai đoạn …".
                after = text[am.end() : am.end() + 30]
                cm = _RX_ANCHOR_GOES_ON.match(after)
                nm = g.anchor.match(text, am.end() + cm.end()) if cm else None
                while nm:
                    end = nm.end()
                    if nm["term"]:
                        term = nm["term"].upper()
                    after = text[end : end + 30]
                    cm = _RX_ANCHOR_GOES_ON_NO_TERM.match(after)
                    nm = g.anchor.match(text, end + cm.end()) if cm else None
                break
            if s.startswith("\n"):
                if s.count("\n") > 1 or not self._soft_break(t.start()):
                    break
                continue
            if s == ",":
                nxt_pos = _skip_spaces(text, t.end())
                nxt = _RX_WORD.match(text[nxt_pos : nxt_pos + 20])
                if self._starts_with(nxt_pos, w["comma_words"]):
                    continue
                if nxt and _is_cap(nxt.group()) and not self.has_start(nxt_pos, nxt_pos + 1) and count > 0:
                    continue
                break
            if s in ".;:!?|()“”\"":
                break
            low = s.lower()
            if _is_lower(s) and low in w["anchored_stop"]:
                break
            if count > 0 and self.has_start(t.start(), t.start() + 1):
                break
            if "%" in s or (s[0].isdigit() and not _RX_YEAR_WORD.match(text[t.end() : t.end() + 6])):
                break  # "… đạt 95% kế hoạch năm 2023" is a sentence, not a name
            if low == "các" and self._starts_with(t.start(), w["all_levels"]):
                return  # "Nghị quyết Đại hội Đoàn các cấp nhiệm kỳ 2017 - 2022": every level's congress, many documents
            if low == "đại" and text[t.end() : t.end() + 4].lower() == " hội":
                saw_congress = True
            if count == 0:
                first_word = s
            if low == "của" and issuer_span is None:
                issuer_span = t.end()
                issuer_first = count == 0
            count += 1
            if count > _MAX_NAME_WORDS:
                break
        if end is None:
            return
        if congress:
            party = _RX_ANCHORED_PARTY.match(text[end : end + 50])
            if party:
                end += party.end()
        ref = self._add_named(start, end, kind)
        ref.term, ref.congress = term, congress
        if first_word and _is_cap(first_word) and not self._org_head(p0) and congress is None and kind not in ("resolution", "report", "constitution"):
            ref.subject = self.context.value(p0, end)
        if issuer_span is not None:
            iss = self._issuer(_skip_spaces(text, issuer_span))
            if iss:
                ref.issuer = iss[0]
                q = _skip_spaces(text, iss[1])
                if issuer_first and text[q : q + 2].lower() == "về" and q < end:
                    ref.subject = self.context.value(q, end)

    def _counted(self, pos: int) -> bool:
        """Whether the word before pos counts documents: "các", "những", "hai", "5" — not a year, nor an ordinal
        or a number ("kỳ họp thứ 7 Chương trình …")."""
        before = _RX_LAST_WORDS.search(self.text, max(0, pos - 24), pos)
        if before is None:
            return False
        word = before.group(2)
        if word.isdigit():
            return len(word) <= 2 and (before.group(1) or "").lower() not in ("thứ", "số", "lần", "điều", "khoản", "mục")
        return word.lower() in self.w["plural_markers"]

    def _org_head(self, pos: int) -> bool:
        return self._starts_with(pos, _org_heads_lower()) is not None

    def _clause_start(self, pos: int) -> bool:
        """Whether pos opens a sentence, a line or a list item ('; Báo cáo thẩm tra …')."""
        i = pos - 1
        text = self.text
        while i >= 0 and text[i] in " \t":
            i -= 1
        if i < 0:
            return True
        c = text[i]
        if c in "\n.!?|•*+":
            return True
        if c in "-–)" and (i == 0 or text[i - 1] in " \t\n" or text[i - 1].isalnum() and c == ")"):
            j = i - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            return j < 0 or text[j] == "\n" or (c == ")" and j >= 0 and text[j].isalnum() and (j == 0 or text[j - 1] in " \n"))
        return False

    def _add_named(self, start: int, end: int, kind: str) -> _Ref:
        ref = _Ref(start, end, kind, named=True)
        ref.name = self.context.value(start, end)
        inner = any(r.start < start and r.end >= end for r in self.named[-4:])
        self.named.append(ref)
        if not inner:
            self._tail(ref, end, subject=kind not in ("law", "ordinance", "constitution", "charter", "platform"))
        self.refs.append(ref)
        return ref

    # ------------------------------------------------------------ the tail: date, issuer, term, subject
    def _tail(self, ref: _Ref, pos: int, issuer: bool = True, subject: bool = True) -> None:
        text = self.text
        end = pos
        cited = False  # a date or an issuer was read: a following verb starts the subject
        for _ in range(5):
            p = _skip_spaces(text, end)
            if text[p : p + 1] == ",":
                p = _skip_spaces(text, p + 1)
            issued = _ISSUED_ON.match(text, p) if ref.issued_on is None and text[p : p + 1] in _ISSUED_FIRST else None
            day = match_day(text, issued.end() if issued else p) if ref.issued_on is None else None
            if ref.issued_on is None and day is None and text[p : p + 1] == "(":
                # "Kết luận số 289/TB-TTCP (ngày 27/2/2020) về …": the date of issue in brackets.
                day = match_day(text, _skip_spaces(text, p + 1))
                close = _skip_spaces(text, day[2]) if day else -1
                day = (day[0], day[1], close + 1) if day and text[close : close + 1] == ")" else None
            if day and "\n" in text[end:p] and text[p : p + 4].lower() != "ngày":
                day = None  # a bare date on the next line is the article's dateline: "… Nghị quyết số 18-NQ/TW\n22/12/2024"
            if day:
                ref.issued_on, end, cited = day[0], day[2], True
                continue
            if ref.plenum is None and text[p : p + 7].lower() == "hội ngh":
                pm = self.g.plenum.match(text, p)
                if pm and pm["hn"] and (pm["a"] or pm["b"]):
                    value = _number_value(pm["a"] or pm["b"])
                    if value:
                        ref.plenum, end = value, pm.end()
                        continue
            # "Luật Tổ chức Quốc hội số 57/2014/QH13": a law known by its name, then its number.
            if ref.named and ref.symbol is None and text[p : p + 2].lower() == "số":
                sym = self.symbols.get(_skip_spaces(text, p + 2 + (text[p + 2 : p + 3] == ":")))
                if sym is not None and not sym.party:
                    ref.number, ref.symbol, end = sym.number, sym.symbol, sym.end
                    self.used_symbols.add(sym.start)
                    continue
            # "của Hội đồng nhân dân tỉnh khóa VII, kỳ họp thứ 5 về …": the session says nothing of the document.
            session = _RX_SESSION.match(text, p) if text[p : p + 1] in "kK" else None
            if session:
                end = session.end()
                continue
            tm = self.g.term.match(text, p) if text[p : p + 1] in _TERM_FIRST else None
            if tm and (not tm["open"] or tm["close"]) and ref.term is None:
                ref.term = _RX_ROMAN.findall(tm["terms"])[-1]
                end = tm.end()
                continue
            if issuer and ref.issuer is None and text[p : p + 3].lower() == "của" and text[p + 3 : p + 4] in " \t\n":
                q = _skip_spaces(text, p + 3)
                pm = self.g.plenum.match(text, q) if text[q : q + 7].lower() == "hội ngh" else None
                if pm and pm["hn"] and (pm["a"] or pm["b"]) and _number_value(pm["a"] or pm["b"]):
                    # "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII"
                    ref.issuer, end, cited = self.context.value(q, pm.end()), pm.end(), True
                    if ref.plenum is None:
                        ref.plenum = _number_value(pm["a"] or pm["b"])
                    continue
                iss = self._issuer(q)
                if iss:
                    ref.issuer, end, cited = iss[0], iss[1], True
                    continue
            break
        ref.full_end = end
        if subject and ref.subject is None:
            sub = self._subject(end, cited)
            if sub:
                ref.subject, ref.full_end = sub[0], sub[1]
        if ref.issuer is None and issuer:
            self._issuer_before(ref)

    def _issuer(self, pos: int) -> tuple[str, int] | None:
        """An issuing body after 'của': capitalised start, up to a stop word or punctuation."""
        text, w = self.text, self.w
        end = None
        count = 0
        first = True
        single_end = None  # where the first body ends when more are joined by commas
        for t in self.g.token.finditer(text, pos, min(len(text), pos + 300)):
            s = t.group()
            if s.startswith("\n"):
                if s.count("\n") > 1 or not (self._soft_break(t.start()) or self._wrapped_issuer(t.start(), end)):
                    break
                continue
            if s == "," and end is not None and self._joined_body(t.end()):
                # "của Bộ Chính trị, Ban Bí thư về …": a joint issuer, bodies listed with commas.
                if single_end is None:
                    single_end = end
                continue
            if s in ",;.:!?|()“”\"":
                break
            if first:
                if not (_is_cap(s) or _is_all_caps(s)):
                    return None
                first = False
            elif s == "-":
                continue
            else:
                low = s.lower()
                if (_is_lower(s) or _is_all_caps(s)) and low in w["issuer_stop"]:
                    break
                if _is_lower(s) and self._starts_with(t.start(), w["issuer_stop_phrases"]):
                    break
                if _is_cap(s) and low in w["issuer_caps_stop_firsts"] and self._trich_yeu_opens(
                    t.start(), w["issuer_caps_stop_phrases"]
                ):
                    break
                if _is_cap(s) and self._mention_at(t.start()):
                    break
                if text[t.start()] in _TERM_FIRST and self.g.term.match(text, t.start()):
                    break
                if low == "và":
                    nxt = _RX_NEXT_WORD.match(text[t.end() : t.end() + 30])
                    if not nxt or not _is_cap(nxt.group(1)) or self._mention_at(t.end() + nxt.start(1)):
                        break
            end = t.end()
            count += 1
            if count >= _MAX_ISSUER_WORDS:
                break
        if end is None:
            return None
        if single_end is not None and not self._issuer_closed(end):
            end = single_end  # "của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã …": a new clause, not a joint issuer
        value = self.context.value(pos, end)
        return (value, end) if value else None

    def _wrapped_issuer(self, nl: int, end: int | None) -> bool:
        """A body's name broken by a hard line wrap: "Ban Thường vụ\nTỉnh ủy Bắc Kạn"."""
        if end is None or self.text[end:nl].strip(" \t"):
            return False  # the name so far must run right up to the break, with no punctuation
        next_line = _skip_spaces(self.text, nl + 1, soft_newline=False)
        return self._starts_with(next_line, self.w["issuer_wrap_heads"]) is not None

    def _trich_yeu_opens(self, pos: int, phrases) -> bool:
        """A capitalised verb phrase then a lower-case word: "Quy định xử phạt …" opens a title, while a body's
        name goes on in capitals ("Ban Hướng dẫn Tổ chức …")."""
        phrase = self._starts_with(pos, phrases)
        if phrase is None:
            return False
        after = _RX_NEXT_WORD.match(self.text, self._advance_words(pos, len(phrase.split())))
        return after is not None and _is_lower(after.group(1))

    def _mention_at(self, pos: int) -> bool:
        """Whether a new mention starts at pos inside an issuer: a symbol, a numbered type word or a law's
        name — not a type word that is part of a body's name ("Bộ Kế hoạch và Đầu tư", "Phòng Tài chính -
        Kế hoạch")."""
        if pos in self.symbols:
            return True
        found = self.type_word_at.get(pos)
        if found is None:
            return False
        end, word = found
        if self._numbered_after(end):
            return True
        return self.g.kinds[word][1] == "name" and not self._not_a_law(pos)

    def _joined_body(self, pos: int) -> bool:
        """After a comma in an issuer: another capitalised body ("Ban Bí thư"), not a new mention."""
        q = _skip_spaces(self.text, pos, soft_newline=False)
        if self._starts_with(q, ("hội nghị", "hội thảo", "hội thi", "hội diễn")):
            return False  # a meeting, not a body
        return _is_cap(self.text[q : q + 1]) and self._org_head(q) and not self.has_start(q, q + 1)

    def _issuer_closed(self, end: int) -> bool:
        """Whether an issuer ends where a reference's tail goes on: "về …", a date, a term, or the sentence's end."""
        text = self.text
        q = _skip_spaces(text, end, soft_newline=False)
        if q >= len(text) or text[q] in ".;:()“”\"\n":
            return True
        if text[q] == ",":
            q = _skip_spaces(text, q + 1, soft_newline=False)
            return self._starts_with(q, ("ngày",)) is not None
        return self._starts_with(q, ("về", "v/v", "ngày", "khóa", "tại")) is not None

    def _issuer_before(self, ref: _Ref) -> None:
        """'Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17'; 'của Sở Tài chính tại Tờ trình số …'."""
        text, w = self.text, self.w
        window_start = max(0, ref.start - 200)
        before = text[window_start : ref.start]
        # "… của Sở Tài chính tại Tờ trình số …": the window ends with "tại" and a space (before a last line end).
        m = _RX_OF_BODY_AT.search(before) if before.rstrip("\n").rstrip(" \t").endswith("tại") else None
        if m:
            org = m.group(1)
            if _is_cap(org) and not any(f" {stop} " in f" {org.lower()} " for stop in ("về", "ngày", "số")):
                ref.issuer = " ".join(org.split())
                return
        tail = before.rstrip(" \t")
        low = tail.lower()
        if not low.endswith(w["issue_verbs"]):
            return
        verb = next((v for v in w["issue_verbs"] if low.endswith(v) and (len(low) == len(v) or low[-len(v) - 1] in " \t")), None)
        if verb is None:
            return
        head = tail[: len(tail) - len(verb)].rstrip(" \t")
        for aux in ("đã", "vừa", "mới", "cũng"):
            if head.lower().endswith(" " + aux):
                head = head[: -len(aux)].rstrip(" \t")
        # "Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành …": the body's term is the document's term.
        term = None
        # Only a head ending in a roman number (and spaces, ")" or a line end) can end in a term.
        tm = _TRAILING_TERM.search(head) if head.rstrip(" \t)\n")[-1:] in _ROMAN_LETTERS else None
        if tm and tm.group(1).upper() in self.g.romans:
            term = tm.group(1).upper()
            head = head[: tm.start()]
        cut = max(head.rfind(c) for c in ",;.:\n()“”\"")
        run = head[cut + 1 :]
        offset = window_start + cut + 1
        words = list(_RX_NON_SPACE.finditer(run))
        if not words or len(words) > 14:
            return
        heads = self.w["org_heads"]
        for i, wm in enumerate(words):
            rest = run[wm.start() :]
            if rest.startswith(heads) and any(rest.startswith(h) and (len(rest) == len(h) or rest[len(h)] in " \t") for h in heads):
                found = self._issuer(offset + wm.start())
                if found is None or found[1] < offset + len(run.rstrip()):
                    continue
                ref.issuer = found[0]
                if term and ref.term is None:
                    ref.term = term
                # "Ngày 09/9/2020, Ủy ban nhân dân tỉnh đã có Công văn …": the date of issue.
                if ref.issued_on is None:
                    lead = text[max(0, offset - 40) : offset]
                    dm = _RX_DAY_LEAD.search(lead)
                    if dm:
                        day = match_day(text, max(0, offset - 40) + dm.start())
                        if day:
                            ref.issued_on = day[0]
                return

    def _subject(self, pos: int, cited: bool) -> tuple[str, int] | None:
        text, w = self.text, self.w
        p = _skip_spaces(text, pos)
        if text[p : p + 1] == ",":
            p = _skip_spaces(text, p + 1)
        if p >= len(text):
            return None
        quoted = self._quoted(p)
        if quoted:
            return quoted
        verb = self._starts_with(p, w["subject_verbs"])
        if verb is None:
            return None
        if verb not in ("về", "v/v") and not cited:
            return None
        if verb in ("về", "v/v"):
            q = _skip_spaces(text, p + len(verb))
            if text[q : q + 4].lower() == "việc":
                q2 = _skip_spaces(text, q + 4)
                if self._quoted(q2):
                    return self._quoted(q2)
            quoted = self._quoted(q)
            if quoted:
                return quoted
        end = self._subject_end(p)
        if end is None or end <= p:
            return None
        value = self.context.value(p, end).rstrip(" ,;-")
        if len(value.split()) < 2:
            return None
        return value, end

    def _quoted(self, p: int) -> tuple[str, int] | None:
        text = self.text
        if p >= len(text) or text[p] not in _QUOTE_CLOSERS:
            return None
        limit = p + _MAX_SUBJECT_CHARS
        close = text.find(_QUOTE_CLOSERS[text[p]], p + 1, limit)
        twin = self._closing_twin(p, close if close >= 0 else min(limit, len(text)))
        if twin is not None:
            close = twin
        if close < 0 or close - p < 4:
            return None
        # "về “Tiếp tục đẩy mạnh …,” Bộ Chính trị …": the sentence's comma or full stop written inside the quotes.
        value = self.context.value(p + 1, close).rstrip(" ,;.")
        return value, close + 1

    def _closing_twin(self, p: int, before: int) -> int | None:
        """The other form of the opening quote's closer, used as a closer: after a word and not before one (an
        inner quote opens before a word: “Về chương trình "Sữa học đường" …”)."""
        text, twin = self.text, _QUOTE_TWINS[self.text[p]]
        inner = False  # an inner quote is open: its closer is not the title's
        q = text.find(twin, p + 1, before)
        while q >= 0:
            if q + 1 < len(text) and text[q + 1].isalnum() and text[q - 1].isspace():
                inner = True
            elif not text[q - 1].isspace():
                if not inner:
                    return q
                inner = False
            q = text.find(twin, q + 1, before)
        return None

    def _soft_break(self, nl: int) -> bool:
        """A single line break inside a sentence (hard-wrapped text), not the end of one."""
        text = self.text
        i = nl - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        if i < 0 or text[i] in ".;:!?|":
            return False
        j = nl + 1
        while j < len(text) and text[j] in " \t":
            j += 1
        if j >= len(text):
            return False
        if text[j] in _LOW or text[j].isdigit():
            return True
        if text[i] in ",-":
            return True
        k = i
        while k >= 0 and (text[k] in _LOW or text[k] in _UP):
            k -= 1
        return text[k + 1 : i + 1].lower() in self.w["soft_wrap"]

    def _subject_end(self, start: int) -> int | None:
        """Where a title ends: at its first stop, or before the sentence's own predicate ("… nêu rõ")."""
        text, w = self.text, self.w
        end = self._subject_stop(start)
        if end is None:
            return None
        predicate = w["subject_predicate"].search(text, start, end)
        return predicate.start() if predicate else end

    def _subject_stop(self, start: int) -> int | None:
        text, w = self.text, self.w
        limit = min(len(text), start + _MAX_SUBJECT_CHARS)
        last = start
        pos = start
        stops = _SUBJECT_STOPS
        while True:
            m = stops.search(text, pos, limit)
            if not m:
                return limit if limit == len(text) else self._cut_words(start, limit)
            c = m.group()
            i = m.start()
            if m.lastgroup in ("issued", "elided"):
                return i
            if c == "" or c == ".":  # a full stop, or two sentences glued together ("năm 2022Ban …")
                return i
            if c in ":|":
                return i
            if c == "\n":
                if text[i : i + 2] == "\n\n" or not self._soft_break(i):
                    return i
                pos = i + 1
                continue
            if c == ";":
                nxt = text.find(";", i + 1, limit)
                dot = _RX_DOT_OR_NL.search(text, i + 1, limit)
                clause_end = min(x for x in (nxt if nxt >= 0 else limit, dot.start() if dot else limit))
                q = _skip_spaces(text, i + 1)
                if q >= clause_end or self.has_start(q, clause_end) or _is_cap(text[q : q + 1]):
                    return i
                pos = i + 1
                continue
            if c == "(":
                close = text.find(")", i, min(limit, i + 200))
                if close < 0:
                    return i
                inside = text[i + 1 : close].lower()
                if any(b in inside for b in ("gọi tắt", "sau đây", "phê duyệt tại")) or self.has_start(i, close):
                    return i
                pos = close + 1
                continue
            if c in "“\"":
                close = text.find("”" if c == "“" else '"', i + 1, limit)
                pos = close + 1 if close > 0 else i + 1
                continue
            if c == ",":
                q = _skip_spaces(text, i + 1)
                if self.has_start(q, q + 1) or self._starts_with(q, w["subject_breaks"]):
                    return i
                if text[q : q + 1] in _TIME_FIRST and _RX_CLAUSE_TIME.match(text, q):
                    return i
                # ", các cấp ủy đã cụ thể hóa …": a new main clause, not more of the title.
                ahead = _CLAUSE_AHEAD.match(text, q)
                if ahead and not w["clause_verbs"].isdisjoint(ahead.group().lower().split()):
                    return i
                if self._body_acts(q):
                    return i
                pos = i + 1
                continue
            # " và ", " gắn với", " do …", " trong đó", " theo đó", " đồng thời"
            q = i + 1
            word = self._starts_with(q, ("và", "gắn với", "do", "trong đó", "theo đó", "đồng thời"))
            if word == "và":
                r = _skip_spaces(text, q + 3)
                if self.has_start(r, r + 1) or self._starts_with(r, w["generic_documents"]):
                    return i  # "… và Kết luận số …", "… và các văn bản liên quan"
            elif word == "do":
                r = _skip_spaces(text, q + 2)
                if _is_cap(text[r : r + 1]) and "ban hành" in text[r : r + 80]:
                    return i
            elif word is not None:
                return i
            pos = q

    def _body_acts(self, pos: int) -> bool:
        """', Ủy ban nhân dân thành phố ban hành Kế hoạch …', ', Bộ Chính trị, Ban Bí thư yêu cầu …': capitalised
        bodies and their verb, a new main clause."""
        text = self.text
        if text[pos : pos + 1] not in _UP or not self._org_head(pos):
            return False
        ahead = _BODY_AHEAD.match(text, pos)
        return ahead is not None and self.w["org_clause_verb"].search(ahead.group()) is not None

    def _cut_words(self, start: int, limit: int) -> int:
        space = self.text.rfind(" ", start, limit)
        return space if space > start else limit

    # ------------------------------------------------------------ the document's own header
    def _header(self) -> _Ref | None:
        text, g = self.text, self.g
        head = text[:3000]
        # The number line ("Số: 55/2007/CT-UBND") is the first line of the head where header_number, matched at
        # the line's start, ends at a symbol: only the lines holding a symbol need a try (symbols are in order).
        for start, sym in self.symbols.items():
            if start >= len(head):
                return None
            line_start = head.rfind("\n", 0, start) + 1
            m = g.header_number.match(head, line_start)
            if not m and line_start and not head[line_start:start].strip():
                m = g.header_number.match(head, head.rfind("\n", 0, line_start - 1) + 1)
            if m and m.end() == start and (m.group().lstrip(" \t|")[:2].lower() == "số" or self._alone_on_line(sym.end)):
                break
        else:
            return None
        lines = [(x.start(), x.end(), x.group()) for x in _RX_LINE.finditer(head)]
        idx = next(i for i, (a, b, _) in enumerate(lines) if a <= m.start() < b + 1)
        symbol_idx = next(i for i, (a, b, _) in enumerate(lines) if a <= sym.start < b + 1)
        near = " ".join(line for _, _, line in lines[max(0, idx - 10) : idx + 3]).upper()
        marks = self.w["header_marks"] + self.w["mass_header_marks"]
        if not any(mark in near for mark in marks):
            return None
        self.used_symbols.add(sym.start)
        ref = _Ref(m.start() + len(m.group()) - len(m.group().lstrip(" \t|")), sym.end, sym.kind,
                   number=sym.number, symbol=sym.symbol, header=True, party=sym.party)
        # The issuing body: the capitalised lines just above, skipping the motto and rules.
        body: list[str] = []
        for _, _, line in reversed(lines[max(0, idx - 12) : idx]):
            cells = [c.strip() for c in line.split("|")]
            if any(_RX_PAGE_STAMP.fullmatch(c) for c in cells):
                break  # "21/10/2019": the page's own stamp; the upper-case line above it is the page's headline
            kept = [c for c in cells if c and not self._header_noise(c)]
            if not kept:
                continue
            if len(kept) == 1 and _RX_DATELINE.match(kept[0]):
                continue  # "Hà Tĩnh, ngày 15 tháng 6 năm 2021" set above the number, between it and the body
            if not all(c.isupper() for c in kept):
                break
            body.insert(0, kept[0])
        if len(body) > 1 and self._org_head_caps(body[-1]) and self._org_head_caps(body[-2]):
            body = body[-1:]  # "UBND TỈNH LẠNG SƠN" over "SỞ Y TẾ": the lower line issues
        issuer = " ".join(" ".join(body).split()).rstrip(" ,;") or None
        # The date: on the number's line or just below it.
        for a, b, line in lines[idx : idx + 5] + lines[max(0, idx - 3) : idx][::-1]:
            k = line.lower().find("ngày")
            if k >= 0:
                day = match_day(text, a + k)
                if day:
                    ref.issued_on = day[0]
                    break
        # The type line and the trích yếu under it.
        types, enacting = _header_lines()
        subject_lines: list[str] = []
        type_seen = None
        mixed = False  # a trích yếu in lower case
        last_end = -2  # where the last trích yếu line ended
        meeting = False  # "KẾT LUẬN / HỘI NGHỊ LẦN THỨ BẢY / BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI) / về …"
        for a, b, line in lines[symbol_idx + 1 : symbol_idx + 16]:
            clean = " ".join(line.replace("|", " ").split()).rstrip(":")
            if not clean:
                continue
            if type_seen and not subject_lines and clean.isupper() and (
                clean.startswith("HỘI NGHỊ") or (meeting and clean.startswith(("BAN CHẤP HÀNH", "BCH")))
            ):
                meeting = True  # the plenum that passed the document and its committee: the trích yếu is below
                continue
            if meeting and (clean[0] in _LOW or mixed):
                # Its lines in lower case ("về xây dựng …,", "định hướng đến năm 2030"), up to the body
                # ("Hội nghị lần thứ bảy … họp ngày …"), which may follow at once.
                if clean[0] not in _LOW:
                    break
                subject_lines.append(clean)
                mixed = True
                continue
            # "QUY ĐỊNH (BỔ SUNG)": an edition note after the type word.
            type_line = _RX_EDITION_NOTE.sub("", clean)
            if type_seen is None and clean.upper() == clean and type_line in types:
                type_seen = type_line
                continue
            vv = _RX_VV_LINE.match(clean)
            if vv and not subject_lines and type_seen is None:
                subject_lines.append(vv.group(1))  # a công văn's trích yếu: "V/v tăng cường …"
                break
            if type_seen is None and not subject_lines and "ngày" in line.lower() and match_day(text, a + line.lower().find("ngày")):
                continue
            if subject_lines and not mixed and _RX_YEARS_LINE.fullmatch(clean):
                subject_lines.append(clean)  # "… TỈNH GIAI ĐOẠN / 2017-2021": the period wraps to its own line
                continue
            if clean.isupper() and not self._header_noise(clean):
                if subject_lines and (clean.startswith(enacting) or clean in types):
                    if issuer and clean.startswith(issuer) and len(clean) > len(issuer):
                        issuer = clean
                    break
                if not subject_lines and clean.startswith(enacting) and type_seen is None:
                    continue
                subject_lines.append(clean)
                continue
            # Nghị định 30/2020/NĐ-CP sets the trích yếu in lower case under the type line: "THÔNG TƯ LIÊN
            # TỊCH / Quy định chế độ tự chủ … / quản lý hành chính …"; a body line ("Căn cứ …;") is not one.
            raw_line = " ".join(line.replace("|", " ").split())
            # Party documents (Hướng dẫn 36-HD/VPTW) start it in lower case: "KẾ HOẠCH / tổ chức học tập …".
            if type_seen and not subject_lines and (_is_cap(clean) or clean[:1].islower()) and raw_line[-1] not in ".;:," and not any(
                clean.lower().startswith(o) for o in _BODY_OPENERS
            ):
                subject_lines.append(clean)
                mixed, last_end = True, b
                continue
            # A wrapped trích yếu goes on up to the first blank line.
            wrapped = mixed and a == last_end + 1
            if mixed and (clean[0] in _LOW or wrapped) and raw_line[-1] not in ".;:," and not any(
                clean.lower().startswith(o) for o in _BODY_OPENERS
            ):
                subject_lines.append(clean)
                last_end = b
                continue
            if subject_lines or type_seen:
                break
        if type_seen:
            kind = self.g.kinds.get(type_seen.lower())
            if kind:
                ref.kind = kind[0]
        if subject_lines:
            subject = " ".join(subject_lines)
            subject = _RX_VV_OPEN.sub(lambda x: x.group() if x.group().lower().startswith("về") else "", subject)
            ref.subject = subject
        ref.issuer = issuer
        return ref

    def _alone_on_line(self, pos: int) -> bool:
        """Nothing but a table rule or the end of the line follows: "Nghị quyết số: 653/2019/UBTVQH14" as a header,
        not "Quyết định số 1090/QĐ-UBND ngày … của …" opening a line of the body."""
        nl = self.text.find("\n", pos)
        rest = self.text[pos : nl if nl >= 0 else len(self.text)].strip()
        return not rest or rest[0] == "|"

    def _org_head_caps(self, line: str) -> bool:
        upper = line.upper()
        return upper.startswith(_org_heads_caps())

    def _header_noise(self, cell: str) -> bool:
        upper = cell.upper().strip()
        if _UP.isdisjoint(upper):  # no capital letter (or nothing at all)
            return True
        folded = " ".join(upper.replace("–", "-").split())
        return folded in self.w["mass_header_marks"] or any(folded in mark or mark in folded for mark in self.w["header_marks"])


# ---------------------------------------------------------------- after reading
def _resolve(refs: list[_Ref]) -> list[_Ref]:
    refs.sort(key=lambda r: (r.start, r.end))
    # "Nghị quyết Trung ương 8, Nghị quyết Trung ương 9 khóa XII": the term reaches back.
    plenary = [r for r in refs if r.plenum is not None]
    for a, b in zip(reversed(plenary[:-1]), reversed(plenary[1:])):
        if a.term is None and b.term is not None and 0 <= b.start - a.end <= 8:
            a.term = b.term
    # Short forms take the symbol of the one full form of the same kind and number.
    by_number: dict[tuple[str, str], set[str]] = {}
    for r in refs:
        if r.symbol and r.number:
            by_number.setdefault((r.kind, r.number.lstrip("0").lower()), set()).add(r.symbol)
    for r in refs:
        if r.symbol is None and r.number:
            found = by_number.get((r.kind, r.number.lstrip("0").lower()))
            if found and len(found) == 1:
                r.symbol, r.short_form = next(iter(found)), True
    # A law named with its number once ("Luật Đất đai số 45/2013/QH13") is the same law when named alone.
    # A name with its year is that year's law only ("Luật Đất đai năm 2024" is not 45/2013/QH13).
    by_name: dict[tuple[str, str], set[str]] = {}
    for r in refs:
        if r.named and r.symbol:
            key = _name_key(r.name)
            for k in {key, _bare(key)}:
                by_name.setdefault((r.kind, k), set()).add(r.symbol)
    if by_name:
        for r in refs:
            if r.named and r.symbol is None:
                found = by_name.get((r.kind, _name_key(r.name)))
                if found and len(found) == 1:
                    r.symbol = next(iter(found))
    # Mentions of one symbol share what is known: the header first, then the earliest that says it.
    groups: dict[str, list[_Ref]] = {}
    for r in refs:
        if r.symbol:
            groups.setdefault(_symbol_key(r.symbol), []).append(r)
    for group in groups.values():
        if len(group) < 2:
            continue
        ordered = sorted(group, key=lambda r: not r.header)
        for f in ("issued_on", "issuer", "subject", "term"):
            header_value = getattr(ordered[0], f) if ordered[0].header else None
            values = [getattr(r, f) for r in group if getattr(r, f)]
            # Prefer what running text says over a title in capitals.
            value = header_value or next((v for v in values if not (isinstance(v, str) and v.isupper())), None) or next(iter(values), None)
            for r in group:
                if header_value is not None or getattr(r, f) is None:
                    setattr(r, f, value)
    # A document known by its name is reported once: its fullest mention.
    by_bare: dict[tuple[str, str], list[tuple[str, _Ref]]] = {}
    for r in refs:
        if r.named and r.plenum is None and r.congress is None:
            key = _name_key(r.name)
            by_bare.setdefault((r.kind, _bare(key)), []).append((key, r))
    drop = set()
    for group in by_bare.values():
        keys = {k for k, _ in group}
        if len(keys) < 2:
            continue
        for key, r in group:
            if r.symbol is None and any(other != key and other.startswith(key + " ") for other in keys):
                drop.add(id(r))
    return [r for r in refs if id(r) not in drop]


def _name_key(name: str | None) -> str:
    return " ".join(_RX_WORD_CHARS.findall((name or "").lower()))


def _bare(key: str) -> str:
    """A name without its year: 'luật đất đai năm 2013' → 'luật đất đai'."""
    return _RX_TRAILING_YEAR.sub("", key)


def _symbol_key(symbol: str) -> str:
    return _RX_SPACES_DASHES.sub("", symbol.upper())


def extract(context) -> list[Reference]:
    """Every reference to a specific document in the context's text, one entry per mention."""
    text = context.text
    if not text:
        return []
    refs = _resolve(_Reader(context).read())
    out = []
    seen = set()
    for r in refs:
        key = (r.start, r.end, r.symbol, r.plenum, r.term, r.congress, r.number)
        if key in seen:
            continue
        seen.add(key)
        span = context.span(r.start, r.end)
        # The full span, when the tail reaches past the mention (else it would end where the mention ends).
        full = context.span(r.start, r.full_end) if r.full_end and r.full_end > r.end else span
        out.append(
            Reference(
                text=span.text, start=span.start, end=span.end, kind=r.kind, number=r.number, symbol=r.symbol,
                issued_on=r.issued_on, issuer=r.issuer, subject=r.subject, plenum=r.plenum, term=r.term,
                congress=r.congress, name=r.name if r.named else None, short_form=r.short_form,
                full_span=full if full.end > span.end else None,
            )
        )
    return out
