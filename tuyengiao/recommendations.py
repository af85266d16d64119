"""Recommendations: who proposes what to whom, item by item.

A recommendation act is a verb of proposing or demanding — "kiến nghị", "đề nghị", "đề xuất",
"yêu cầu" — used as a verb, with what follows it read into an addressee (`to`) and a list of
items. Three shapes are read:

* a sentence: "[by] đã kiến nghị với [to] một số nội dung: A; B; C…",
  "Đồng thời đề nghị, trong thời gian tới [to] tăng cường …; hướng dẫn …",
  "cử tri phường Hạ Đình đề nghị [to] có giải pháp …; tăng cường …". The passage may go on into
  the next sentences of the paragraph when they open with a connective and an action
  ("… Đồng thời, tăng cường …", "… Trong đó, mỗi vị đại biểu nên …") or with a bare action
  ("Rà soát, tập trung thực hiện …");
* a list announced by a colon at the end of a line ("… kiến nghị như sau:" and "-", "+", "a)",
  "1." lines), where a line "Đối với Trung ương:" names the addressee of the lines below it;
* a formal section "III. KIẾN NGHỊ, ĐỀ XUẤT" read the same way, block by block.

Items are split at ";" and at list markers, never at commas; a lead-in ("một số nội dung:",
"như:") is not an item; trailing "…", "...", ";" and "." are dropped. Procedural and noun uses are
skipped: "Theo đề nghị của Sở Nội vụ", "Xét đề nghị …", "đáp ứng yêu cầu nhiệm vụ", "các kiến
nghị của cử tri", "MỤC ĐÍCH, YÊU CẦU".

`by` is the subject before the verb as written ("Ban Tuyên giáo Tỉnh ủy", "cử tri phường Hạ
Đình"), a person's name when the subject names one ("Chủ tịch HĐND huyện Lê Văn Nam" → "Lê Văn
Nam"), or, for "Đồng chí cũng đề nghị …" and a subjectless "Đồng thời đề nghị …", the person named
last before — one introduced as a speaker ("đồng chí X", a title) first, never a name inside the
items just read ("… phong cách Hồ Chí Minh"), nor one only credited for a photo — or the body that is
the previous sentence's subject; an act earlier in the same paragraph, or voters the paragraph opens with
("Cử tri xã A phản ánh: …. …, đề nghị …"), come first.
A formal section's items are proposed by the body in the document's header. `to` is the noun
phrase between the verb and the first word that opens the content (data/recommendation_item_starts.txt),
never cutting through an organization found earlier.

The word lists live in data/recommendation_*.txt|tsv. Every pattern is compiled once, bounded
and linear; the text is only read around the verbs and headings, found with str.find (_Anchors).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Sequence

import regex

from . import organizations as _organizations
from ._data import read_lines, read_table
from .models import Recommendation
from .text import normalize


_NOT_AFTER_WORD = r"(?<![\p{L}\p{M}\d])"
_NOT_BEFORE_WORD = r"(?![\p{L}\p{M}\d])"
_WORD = regex.compile(r"[\p{L}\p{M}\d]+(?:[/'’-][\p{L}\p{M}\d]+)*")

# A sentence ends at a line end, or at ". ! ? …" before white space and a capital (or a line end).
# "TP. Hồ Chí Minh", "TS. Nguyễn …" are not ends. Nor is the line end of a hard-wrapped line, as
# legal-document sites copy formal texts ("Chủ\ntịch UBND tỉnh yêu cầu …", "đơn vị\ncấp tỉnh"):
# one after a word and before a lower-case word, or one after a comma ("đơn vị cấp tỉnh,\nChủ tịch
# UBND các huyện"), when the next line opens with a word, not a list marker ("a)", "b.").
_ABBREVIATIONS = r"(?<!(?<![\p{L}\p{M}])(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|CN|Th|St|Mr|Ms|Đ/c|đ/c|P|Q|H|T))"
_WRAPPED_NEXT_LINE = (  # what follows "\n" on a wrapped line: the line end comes first in the patterns (fast)
    r"(?:(?<=[\p{L}\p{M}\d]\n)(?=[ \t]*\p{Ll})|(?<=,\n))[ \t]*\p{L}[\p{L}\p{M}]*(?![\p{L}\p{M}).])"
)
_WRAPPED_LINE_END = r"\n(?=" + _WRAPPED_NEXT_LINE + r")"
_SENTENCE_END = regex.compile(
    r"\n(?!" + _WRAPPED_NEXT_LINE + r")|"
    + _ABBREVIATIONS + r"(?:[.!?]+|…+)[\"”’)\]]*(?=[ \t]*(?:\n|$)|[ \t]+[\"“'(]?[\p{Lu}\d])"
)
_WRAPPED = regex.compile(_WRAPPED_LINE_END)
_LINE_BREAK = regex.compile(r"\n(?!" + _WRAPPED_NEXT_LINE + r")")
_ELLIPSIS_END = regex.compile(r"(?:…|\.\.\.)[\"”’)\]]*\s*$")
_LIST_MARKER = regex.compile(
    r"[ \t]*(?:[-+•*·▪◦]|\(?[a-zđ]\)|\(?\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*\.(?!\d)|[ivx]{1,4}\))[ \t]*"
)
_ROMAN_HEADING = regex.compile(r"[ \t]*[IVXLC]{1,5}[ \t]*[.)/:-]")
_SIGNATURE = regex.compile(r"[ \t]*(?:Nơi nhận|NƠI NHẬN|T/M|TM\.|TM |KT\.|KT |TL\.|TL |Q\.|Người ký|\./\.)")
_COLON_AT_LINE_END = regex.compile(r":[ \t]*(?:\n|$)")
_BLANK = regex.compile(r"\s*")
_LINE = regex.compile(r"[^\n]+")
_CREDIT = regex.compile(r"(?<![\p{L}\p{M}])(?:[Ảả]nh|ẢNH)[ \t]*:[ \t]*$")  # "Ảnh: Hồng Cẩm", "Tin, ảnh: …"
_INTRODUCED = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Cc]ử tri|[Đđ]ại biểu))[ \t]+$"
)
_AFTER_PLACE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|TP\.?|Tp\.?|thôn|bản|ấp|làng|sông|núi)[ \t]*$"
)
# "xã", also "Xã" as in "Cử tri Xã Lực Hành, huyện Yên Sơn"
_PLACE_UNIT = r"(?:[tT]ỉnh|[hH]uyện|[xX]ã|[pP]hường|[qQ]uận|[tT]hị xã|[tT]hị trấn|[tT]hành phố|TP\.?)"
_PROPER_NAME = r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,4}"
_PLACE_AT_START = regex.compile(r"[ \t]*" + _PLACE_UNIT + r"[ \t]+\p{Lu}")
_PLACE_NAME = regex.compile(r"(?:" + _PLACE_UNIT + r"[ \t]+)?" + _PROPER_NAME)
_PLACE = _PLACE_UNIT + r"[ \t]+" + _PROPER_NAME
_ENDS_IN_PLACE = regex.compile(r"(?<![\p{L}\p{M}])" + _PLACE + r"$")
_VOTERS = regex.compile(r"[Cc]ử tri(?:[ \t]+" + _PLACE + r"(?:[ \t]*,[ \t]*" + _PLACE + r")*)?")  # "Cử tri xã A, huyện B"
_LINE_HEAD = regex.compile(r"(?:^|\n)[ \t]*(?:[-+•*]|[a-zđ\d]{1,2}[.)])?[ \t]*$")
_MOTTO = regex.compile(r"CỘNG HÒA|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập")
_NUMBER_LINE = regex.compile(r"Số\s*[:\d]")
_COORDINATION = regex.compile(r"[ \t]*(?:,|và|hoặc)[ \t]*")
_COORDINATION_GAP = regex.compile(r"\s*(?:,|và|hoặc)\s*")
_PREPOSITION = regex.compile(r"[ \t]*(?:với|lên|tới|đến|đối với)(?![\p{L}\p{M}\d])[ \t]*")
_COMMAS = regex.compile(r"[ \t,]*")
_PAST = regex.compile(r"(?<![\p{L}\p{M}\d])đã(?![\p{L}\p{M}\d])", regex.IGNORECASE)
_FUTURE = regex.compile(r"(?<![\p{L}\p{M}\d])sẽ(?![\p{L}\p{M}\d])", regex.IGNORECASE)
_ROMAN_LOWER = regex.compile(r"[ \t]*[IVXLC]{1,5}[ \t]*[.)/:-]\s*\p{Ll}")
_LIST_COMMA_BEFORE = regex.compile(r"[\p{L}\p{M}\d)][ \t]*,[ \t]*$")
_COMMA_AFTER = regex.compile(r"[ \t]*,")
_SUMMARY = regex.compile(
    r"[ \t]*(?:nhiều|một\s+số|các|những|hàng\s+loạt)\s+(?:vấn\s+đề|nội\s+dung|ý\s+kiến|kiến\s+nghị|đề\s+xuất|lĩnh\s+vực|giải\s+pháp|biện\s+pháp)"
    r"(?![\p{L}\p{M}\d])", regex.IGNORECASE)
_PLACE_HEAD = regex.compile(r"(?:TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)(?![\p{L}\p{M}])(?!\s+ỦY)")
_CONSEQUENCE = regex.compile(r"(?<![\p{L}\p{M}])(?:nên|thì)[ \t]+(?=\p{Lu})", regex.REVERSE)  # the last one
_NAMED_NEXT = regex.compile(r"[ \t]+\p{Lu}")  # a capitalised word right after a verb: an addressee's name
_NEWS_TAG = regex.compile(r"\p{Lu}{2,6}[ \t]+[-–—][ \t]+(?=\p{Lu})")  # a paper's dateline tag: "TPO - ", "KTĐT - "
_OPENING_QUOTE = regex.compile(r"[“\"‘]")
_ENDS_WITH_AND = regex.compile(r"(?<![\p{L}\p{M}])(?:và|rồi)$", regex.IGNORECASE)
_NAME_TAILS = frozenset(("ủy", "quyền", "tỉnh", "huyện", "xã", "phường", "thị trấn", "quận"))
# An adverb right before a verb makes it a verb: "Hà Tĩnh còn đề nghị được hỗ trợ …"
_ADVERB_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:cũng|còn|đã|đang|vừa|đều|sẽ|tiếp tục)[ \t]+$", regex.IGNORECASE | regex.REVERSE
)
# a number right before ("50 kiến nghị", "1.200 đề xuất"); one closed by a comma ends a clause
# ("… dự kiến kế hoạch năm 2020, yêu cầu các sở …")
_COUNT_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\d/.,-])(?<![sS]ố[ \t])\d(?:[\d.,]*\d)?[ \t]*%?[ \t]*$")
_PARENS = regex.compile(r"\([^()\n]{0,200}\)")
_SPACES = regex.compile(r"\s+")
_TRAILING_CHAR = regex.compile(r"[\s.;,:…]")  # with "./.", what an item's end loses (see _trailing_start)
_SPLIT_MARKS = regex.compile(r"[;()\[\]]")  # the characters _split looks at
_LEADING = regex.compile(r"^(?:[\s,;:]|[-+•*·▪◦](?=\s))+")

# Item starts that open a topic or a state as often as an action ("có 95% …", "về phía tỉnh …")
_NOT_ACTIONS = frozenset(("có", "không", "về", "việc", "khi", "cho", "được"))
_TOPIC_COMMAS = 4  # "Đối với công tác thi đua, khen thưởng, đảm bảo …": commas looked at for the content

_INNER_DONG_CHI = " đồng chí "  # inside a subject: "Kết luận hội nghị đồng chí Chủ tịch UBND tỉnh"
_MAX_ADDRESSEE_WORDS = 45
_MAX_SUBJECT_WORDS = 16
_SUBJECTLESS_REACH = 1500  # "Đồng thời đề nghị …" refers to someone named this close before
_MENTIONS_LOOKED_AT = 60  # person mentions looked at, going back from a verb
_LOOK_BACK = 1200  # how far back a sentence start is looked for
_LONGEST_SENTENCE = 3000  # how far forward a sentence end is looked for


# ---------------------------------------------------------------- word lists
def _alternation(phrases, *, flexible_case: bool = False) -> str:
    """One regex alternation of the phrases, longest first, spaces as runs of white space."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"\s+".join(regex.escape(word) for word in phrase.split())
        if flexible_case and phrase[:1].islower():
            first = phrase[0]
            body = f"[{first}{first.upper()}]" + body[len(regex.escape(first)):]
        parts.append(body)
    return "|".join(parts) or r"(?!x)x"


def _bounded(alternation: str) -> str:
    return _NOT_AFTER_WORD + r"(?:" + alternation + r")" + _NOT_BEFORE_WORD


def _first_words(phrases, *, flexible_case: bool = False) -> tuple[str, ...]:
    """The first words of the phrases as _alternation writes them (with a capitalised twin under
    flexible_case): every match of that alternation starts with one of them."""
    firsts = set()
    for phrase in phrases:
        first = phrase.split()[0]
        firsts.add(first)
        if flexible_case and phrase[:1].islower():  # "[kK]iến": each character of the class
            firsts.update(capital + first[1:] for capital in first[0].upper())
    return tuple(sorted(firsts))


@dataclass(frozen=True)
class _Lexicon:
    verbs: tuple[str, ...]
    verb: regex.Pattern  # the prefilter: any verb, lower case or capitalised
    verb_firsts: tuple[str, ...]  # the literal first words a `verb` match starts with
    verb_at: regex.Pattern  # a verb at a given position
    not_before: dict[str, regex.Pattern]
    not_after: dict[str, regex.Pattern]
    coordinated_action: regex.Pattern  # "phát hiện, đề xuất …", "tham mưu, đề xuất …"
    action_start: regex.Pattern  # an item start that is an action, not "có", "về" …, any case
    topic_opener: regex.Pattern  # "Đối với …," opening a sentence
    item_start: regex.Pattern  # lower case, at a position
    item_start_any_case: regex.Pattern
    exception: regex.Pattern
    after_name: regex.Pattern  # "lãnh đạo": a verb after a name, a noun elsewhere
    noun_heads: frozenset[str]
    lead_in: regex.Pattern  # at the end of the stretch before a colon
    lead_in_whole: regex.Pattern
    connective: regex.Pattern  # at a sentence's start
    kept_connectives: frozenset[str]
    ordinals: frozenset[str]
    adverbial: regex.Pattern  # "trong thời gian tới" right after the verb
    heading: regex.Pattern
    heading_firsts: tuple[str, ...]  # the literal first words of a heading's words
    cue: regex.Pattern  # "Đối với Trung ương:"
    aux: regex.Pattern
    lead: regex.Pattern
    subordinate: regex.Pattern  # "do … nên", "mặc dù …": a clause before the subject, not the subject
    pronouns: frozenset[str]
    honorific: regex.Pattern
    reuse: frozenset[str]
    title: regex.Pattern
    name_at_end: regex.Pattern
    name_anywhere: regex.Pattern


def _context_table(name: str, verbs: tuple[str, ...], *, before: bool) -> dict[str, regex.Pattern]:
    by_verb: dict[str, list[str]] = {verb: [] for verb in verbs}
    for row in read_table(name):
        phrase = row[0]
        targets = [v.strip() for v in row[1].split(",")] if len(row) > 1 and row[1].strip() else verbs
        for verb in targets:
            by_verb.setdefault(verb, []).append(phrase)
    out = {}
    for verb, phrases in by_verb.items():
        words = [p for p in phrases if _WORD.fullmatch(p.replace(" ", "")) or " " in p]
        marks = [p for p in phrases if p not in words]
        alts = []
        if words:
            alts.append(_bounded(_alternation(words)))
        if marks:
            alts.append("|".join(regex.escape(m) for m in marks))
        body = "|".join(alts) or r"(?!x)x"
        if before:
            # Anchored at the end and only asked yes or no: searched from the right (REVERSE), it
            # fails at once wherever "$" does not hold instead of trying every phrase everywhere.
            out[verb] = regex.compile(r"(?:" + body + r")[ \t]*$", regex.IGNORECASE | regex.REVERSE)
        else:
            out[verb] = regex.compile(r"[ \t]*(?:" + body + r")", regex.IGNORECASE)
    return out


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    verbs = tuple(v.lower() for v in read_lines("recommendation_verbs.txt"))
    starts = read_lines("recommendation_item_starts.txt")
    actions = [s for s in starts if s not in _NOT_ACTIONS]
    subject_rows = read_table("recommendation_subject_words.txt")
    kinds: dict[str, list[str]] = {}
    for row in subject_rows:
        if len(row) >= 2:
            kinds.setdefault(row[0], []).append(row[1])
    connective_rows = read_table("recommendation_connectives.txt")
    connectives = [row[0] for row in connective_rows]
    kept = frozenset(row[0] for row in connective_rows if len(row) > 1 and row[1] == "keep")
    lead_heads = read_lines("recommendation_lead_ins.txt")
    lead_in = (
        r"(?:(?:một\s+số|các|những|nhiều|mấy|\d+)\s+)?(?:" + _alternation(lead_heads) + r")"
        r"(?:\s+(?:cụ\s+thể\s+như\s+sau|như\s+sau|sau\s+đây|cụ\s+thể|sau|chủ\s+yếu|trọng\s+tâm|chính|quan\s+trọng))?"
        r"(?:\s+(?:như|gồm|là))?"
        r"|(?:cụ\s+thể\s+)?như\s+sau|sau\s+đây|cụ\s+thể|như|gồm|gồm\s+có|bao\s+gồm|là"
    )
    heading_words = read_lines("recommendation_headings.txt")
    heading_phrases = [w for w in heading_words] + [w.upper() for w in heading_words]
    heading_alt = _alternation(heading_phrases, flexible_case=True)
    heading = regex.compile(
        # Possessive runs of blanks: a line of spaces cannot be split among them (quadratic otherwise).
        r"^[ \t]*+(?:(?P<number>[IVXLC]{1,5}|\d{1,2}|[A-Z])[ \t]*+)?(?:[.)/:-][ \t]*+)?"
        r"(?:(?:MỘT SỐ|NHỮNG|CÁC|Một số|Những|Các)[ \t]+)?"
        r"(?P<words>(?:" + heading_alt + r")(?:[ \t]*(?:,|và|VÀ|-|/)[ \t]*(?:" + heading_alt + r"))*)"
        r"[ \t]*+:?[ \t]*+$",
        regex.MULTILINE,
    )
    cue_words = read_lines("recommendation_addressee_cues.txt")
    surnames = _surnames()
    syllable = r"\p{Lu}[\p{Ll}\p{M}]*"
    name = r"(?:" + _alternation(surnames) + r")(?:[ \t]+" + syllable + r"){1,4}"
    verb_alt = _alternation(verbs, flexible_case=True)
    return _Lexicon(
        verbs=verbs,
        verb=regex.compile(_bounded(verb_alt)),
        verb_firsts=_first_words(verbs, flexible_case=True),
        verb_at=regex.compile(r"(?:" + verb_alt + r")" + _NOT_BEFORE_WORD),
        not_before=_context_table("recommendation_not_before.tsv", verbs, before=True),
        not_after=_context_table("recommendation_not_after.tsv", verbs, before=False),
        coordinated_action=regex.compile(
            _bounded(_alternation(actions)) + r"[ \t]*,[ \t]*$",
            regex.REVERSE,  # a yes-or-no test anchored at the end, like not_before
        ),
        action_start=regex.compile(r"(?:" + _alternation(actions) + r")" + _NOT_BEFORE_WORD, regex.IGNORECASE),
        topic_opener=regex.compile(
            r"(?:" + _alternation(read_lines("recommendation_topic_openers.txt"), flexible_case=True) + r")"
            + _NOT_BEFORE_WORD
        ),
        item_start=regex.compile(r"(?:" + _alternation(starts) + r")" + _NOT_BEFORE_WORD),
        item_start_any_case=regex.compile(r"(?:" + _alternation(starts) + r")" + _NOT_BEFORE_WORD, regex.IGNORECASE),
        after_name=regex.compile(
            r"(?:" + _alternation(read_lines("recommendation_item_starts_after_name.txt")) + r")" + _NOT_BEFORE_WORD
        ),
        exception=regex.compile(
            r"(?:" + _alternation(read_lines("recommendation_item_start_exceptions.txt")) + r")" + _NOT_BEFORE_WORD
        ),
        noun_heads=frozenset(w.lower() for w in read_lines("recommendation_noun_heads.txt")),
        lead_in=regex.compile(r"(?:^|(?<=\s))(?:" + lead_in + r")\s*$", regex.IGNORECASE),
        lead_in_whole=regex.compile(r"^\s*(?:" + lead_in + r")\s*$", regex.IGNORECASE),
        connective=regex.compile(
            r"(?P<word>" + _alternation(connectives) + r")" + _NOT_BEFORE_WORD + r"[ \t]*,?[ \t]*", regex.IGNORECASE
        ),
        kept_connectives=kept,
        ordinals=frozenset(row[0] for row in connective_rows if len(row) > 1 and row[1] == "ordinal"),
        adverbial=regex.compile(
            r"(?:trong\s+thời\s+gian\s+(?:tới|đến|sắp\s+tới)|thời\s+gian\s+(?:tới|đến)|trong\s+năm\s+(?:tới|\d{4})"
            r"|từ\s+nay\s+đến\s+cuối\s+năm|sắp\s+tới|h[ằà]ng\s+(?:năm|quý|tháng|tuần))" + _NOT_BEFORE_WORD + r"[ \t]*,?[ \t]*",
            regex.IGNORECASE,
        ),
        heading=heading,
        heading_firsts=_first_words(heading_phrases, flexible_case=True),
        cue=regex.compile(
            r"(?P<cue>" + _alternation(cue_words, flexible_case=True) + r")" + _NOT_BEFORE_WORD + r"[ \t]*"
        ),
        aux=regex.compile(_bounded(_alternation(kinds.get("aux", ()))), regex.IGNORECASE),
        lead=regex.compile(
            r"^\s*(?:(?:" + _alternation(kinds.get("lead", ())) + r")" + _NOT_BEFORE_WORD + r"[ \t]*,?[ \t]*)+",
            regex.IGNORECASE,
        ),
        subordinate=regex.compile(
            r"^\s*(?:" + _alternation(kinds.get("subordinate", ())) + r")" + _NOT_BEFORE_WORD, regex.IGNORECASE
        ),
        pronouns=frozenset(w.lower() for w in kinds.get("pronoun", ())),
        honorific=regex.compile(
            r"^(?:" + _alternation(kinds.get("honorific", ())) + r")" + _NOT_BEFORE_WORD + r"\s+", regex.IGNORECASE
        ),
        reuse=frozenset(w.lower() for w in kinds.get("reuse", ())),
        title=regex.compile(r"^(?:" + _alternation(read_lines("recommendation_titles.txt")) + r")" + _NOT_BEFORE_WORD),
        name_at_end=regex.compile(_NOT_AFTER_WORD + r"(?P<name>" + name + r")[ \t]*$"),
        name_anywhere=regex.compile(_NOT_AFTER_WORD + r"(?P<name>" + name + r")" + _NOT_BEFORE_WORD),
    )


def _surnames() -> tuple[str, ...]:
    try:
        names = tuple(n for n in read_lines("surnames.txt") if " " not in n)
    except (FileNotFoundError, OSError):  # the people extractor's list; a short one if it is absent
        names = ()
    return names or ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
                     "Hồ", "Ngô", "Dương", "Lý", "Lâm", "Mai", "Đinh", "Trịnh", "Đào", "Hà", "Ma")


# ---------------------------------------------------------------- finding verbs and headings
class _Anchors:
    """The verbs and the section headings of one text, found without a regex scan of the whole text.

    A regex scan costs about as much for a plain word as for the verb pattern itself, while
    str.find is many times faster. So the first words of the verbs and headings ("kiến", "Đề",
    "KIẾN" …) are found once with str.find, and the patterns are tried only there: every match
    starts at such a word (a heading at the start of its line), so the matches are the same as
    those of finditer. The patterns tried at one position are short and linear.
    """

    def __init__(self, text: str, lex: _Lexicon):
        self.text, self.lex = text, lex
        at = {word: _find_all(text, word) for word in {*lex.verb_firsts, *lex.heading_firsts}}
        self._verb_firsts = sorted(i for word in lex.verb_firsts for i in at[word])
        self._heading_firsts = sorted(i for word in lex.heading_firsts for i in at[word])

    def verbs(self, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
        """What lex.verb.finditer(text, pos, endpos) gives."""
        text, verb = self.text, self.lex.verb
        endpos = len(text) if endpos is None else endpos
        firsts = self._verb_firsts
        resume = pos
        for i in firsts[bisect_left(firsts, pos):bisect_left(firsts, endpos)]:
            if i >= resume:  # not inside the last match
                m = verb.match(text, i, endpos)
                if m:
                    yield m
                    resume = m.end()

    def headings(self, pos: int = 0) -> Iterator[regex.Match]:
        """What lex.heading.finditer(text, pos) gives: only the starts of lines holding a first word are tried."""
        text, heading = self.text, self.lex.heading
        firsts = self._heading_firsts
        resume = pos
        line_start = looked_from = 0  # the line start of the last first word, found looking back to it
        for i in firsts[bisect_left(firsts, pos):]:
            newline = text.rfind("\n", looked_from, i)  # back to the last first word only: linear
            if newline >= 0:
                line_start = newline + 1
            looked_from = i
            if line_start < resume:
                continue  # a line tried already, or one before pos or inside the last match
            m = heading.match(text, line_start)
            if m:
                yield m
            resume = m.end() if m else line_start + 1


def _find_all(text: str, literal: str) -> list[int]:
    """Where literal is written in text."""
    found = []
    i = text.find(literal)
    while i >= 0:
        found.append(i)
        i = text.find(literal, i + 1)
    return found


# ---------------------------------------------------------------- the walk over a text
@dataclass
class _Draft:
    """A recommendation before it is turned into offsets of the caller's text."""

    verb: str
    start: int
    end: int
    by: str | None
    to: str | None
    items: list[tuple[int, int]]


class _Reader:
    def __init__(self, context, anchors: _Anchors):
        self.context = context
        self.text = anchors.text
        self.lex = anchors.lex
        self.anchors = anchors
        self.drafts: list[_Draft] = []
        self.consumed: list[tuple[int, int]] = []
        self._consumed_starts: list[int] = []
        self._consumed_reach: list[int] = []
        found = getattr(context, "found", {}) or {}
        self.people = tuple(found.get("people", ()) or ())
        self.organizations = tuple(found.get("organizations", ()) or ())
        self._match_org = getattr(_organizations, "match_organization", None)
        self._org_spans = sorted(
            (m.start, m.end) for org in self.organizations for m in (getattr(org, "mentions", None) or ())
        )
        self._org_starts = [start for start, _ in self._org_spans]
        self._org_ends = frozenset(end for _, end in self._org_spans)
        # every person mention, in text order (original offsets), for range look-ups
        self._mentions = sorted(  # by (start, end), then k: the order they are listed in
            (m.start, m.end, k) for k, person in enumerate(self.people) for m in person.mentions or ()
        )
        self._mention_starts = [t[0] for t in self._mentions]
        self.skip_until = self._title_end()
        self._issuer_cache: str | None | bool = False

    # ------------------------------------------------------------ offsets
    def original(self, pos: int) -> int:
        """The caller's offset for a normalised one: context.span(pos, pos).start, without building a Span."""
        return self.context.source.original_start(pos)

    def _title_end(self) -> int:
        """Normalised offset where the headline ends (its verbs are a summary, not an act)."""
        layout = getattr(self.context, "layout", None)
        span = getattr(layout, "title_span", None)
        if span is None:
            return 0
        newline = self.text.find("\n")
        first_line_end = len(self.text) if newline < 0 else newline
        return first_line_end if self.original(first_line_end) <= span.end + 1 else 0

    def is_consumed(self, pos: int) -> bool:
        k = bisect_right(self._consumed_starts, pos) - 1
        return k >= 0 and pos < self._consumed_reach[k]

    def consume(self, start: int, end: int) -> None:
        if not self.consumed or start >= self.consumed[-1][0]:  # the usual case: in text order
            self.consumed.append((start, end))
            self._consumed_starts.append(start)
            self._consumed_reach.append(max(end, self._consumed_reach[-1] if self._consumed_reach else end))
            return
        self.consumed.append((start, end))
        self.consumed.sort()
        self._consumed_starts = [s for s, _ in self.consumed]
        reach, out = -1, []
        for _, e in self.consumed:
            reach = max(reach, e)
            out.append(reach)
        self._consumed_reach = out

    def consumed_floor(self, pos: int) -> int:
        k = bisect_right(self._consumed_starts, pos) - 1
        return max(0, min(self._consumed_reach[k], pos)) if k >= 0 else 0

    # ------------------------------------------------------------ main
    def read(self) -> list[_Draft]:
        for section in self._sections():
            self._read_section(*section)
        last_rejected_end = -10
        for match in self.anchors.verbs(self.skip_until):
            start, end = match.span()
            if self.is_consumed(start):
                continue
            if not self._is_act(start, end, last_rejected_end):
                last_rejected_end = end
                continue
            self._read_sentence(start, end)
        self.drafts.sort(key=lambda d: (d.start, d.end))
        return self.drafts

    # ------------------------------------------------------------ is this verb an act?
    def _is_act(self, start: int, end: int, last_rejected_end: int) -> bool:
        text, lex = self.text, self.lex
        verb = _verb_key(text[start:end])
        left = text[max(0, start - 40):start]
        if lex.not_before[verb].search(left):
            return False
        if _COUNT_BEFORE.search(left):
            return False  # "tiếp nhận 50 kiến nghị", "100% đề xuất": counted nouns
        if lex.coordinated_action.search(left) and not _NAMED_NEXT.match(text, end):
            # "phát hiện, đề xuất nhiều kiến nghị": one activity in a list of them; but
            # "BTV Tỉnh ủy xem xét, đề nghị Ban Chấp hành Đảng bộ tỉnh xử lý …" names whom it asks
            return False
        if 0 <= start - last_rejected_end <= 5 and _COORDINATION_GAP.fullmatch(text, last_rejected_end, start):
            return False  # "các đề xuất, kiến nghị của …": a noun coordinated with a noun
        noun_after = lex.not_after[verb].match(text, end, min(len(text), end + 40))
        if noun_after and not (noun_after.group().strip().lower() == "được" and _ADVERB_BEFORE.search(left)):
            return False  # "kiến nghị được giải quyết" is a noun, "còn đề nghị được hỗ trợ" asks for help
        if _LIST_COMMA_BEFORE.search(left) and _COMMA_AFTER.match(text, end):
            return False  # "các ý kiến, kiến nghị, phản ánh của cử tri": one noun in a list of nouns
        line_end = _LINE_BREAK.search(text, end, min(len(text), end + 200))
        rest = text[end:line_end.start() if line_end else end + 200].strip()
        if not rest or rest in ".;,":
            return False
        if verb == "yêu cầu" and rest.startswith(":") and _LINE_HEAD.search(text[max(0, start - 12):start]):
            return False  # "2. Yêu cầu: …" in a plan names its requirements
        return True

    # ------------------------------------------------------------ sentences
    def sentence_start(self, pos: int, floor: int = 0) -> int:
        lo = max(floor, pos - _LOOK_BACK)
        last = lo
        # A line end (not a wrapped line's) is a sentence end of its own and no other end runs over
        # one, so the ends found from lo and from the last such line end before pos are the same after it.
        scan_from = self.text.rfind("\n", lo, pos)
        while scan_from > lo and _WRAPPED.match(self.text, scan_from):
            scan_from = self.text.rfind("\n", lo, scan_from)
        scan_from = max(lo, scan_from)
        for m in _SENTENCE_END.finditer(self.text, scan_from, pos):
            last = m.end()
        return last + len(_BLANK.match(self.text, last, pos).group())

    def sentence_end(self, pos: int, limit: int | None = None) -> int:
        limit = min(len(self.text), pos + _LONGEST_SENTENCE) if limit is None else limit
        m = _SENTENCE_END.search(self.text, pos, limit)
        return limit if m is None else (m.start() if m.group() == "\n" else m.end())

    def _read_sentence(self, start: int, end: int) -> None:
        text, lex = self.text, self.lex
        verb = _verb_key(text[start:end])
        floor = self.consumed_floor(start)
        sentence_start = self.sentence_start(start, floor)
        after = self.after_verb(end, verb)
        to, items_start, list_colon = after
        if not list_colon and to is None and self._subjectless(start, sentence_start) and not self._opens_content(items_start):
            return  # "Kiến nghị tại Kỳ họp thứ 3": a label, not an act
        if not list_colon and to is None and _SUMMARY.match(self.text, items_start) and not any(
            mark in self.text[items_start:self.sentence_end(items_start)] for mark in ":;"
        ):
            return  # "cử tri đã phản ánh, kiến nghị nhiều vấn đề liên quan đến …": a summary, no proposal
        units, passage_end, structured = self._units(items_start, list_colon)
        if not units:
            return
        by = self.resolve_by(start, sentence_start)
        self._emit_units(verb, by, to, units, min(sentence_start, start), passage_end, structured)

    def _subjectless(self, verb_start: int, sentence_start: int) -> bool:
        before = self.text[sentence_start:verb_start]
        lead = self.lex.lead.match(before)
        return not before[lead.end() if lead else 0:].strip(" \t,")

    def _opens_content(self, pos: int) -> bool:
        """Whether an action word, or a colon's list, opens the content at pos."""
        text = self.text
        pos += len(_BLANK.match(text, pos, min(len(text), pos + 20)).group())
        return bool(self.lex.item_start_any_case.match(text, pos))

    def after_verb(self, end: int, verb: str):
        """(to, where the items start, whether a colon opens a list) for the text after a verb."""
        text, lex = self.text, self.lex
        pos = end
        # "kiến nghị, đề xuất với …": one act with two verbs
        m = _COORDINATION.match(text, pos)
        if m and lex.verb_at.match(text, m.end()):
            pos = lex.verb_at.match(text, m.end()).end()
        m = _PREPOSITION.match(text[pos:pos + 20])
        preposition = bool(m)
        if m:
            pos += m.end()
        pos += len(_COMMAS.match(text, pos).group())
        if text.startswith(":", pos):
            return None, pos + 1, self._colon_opens_list(pos)
        if not preposition and verb == "đề xuất" and text[pos:pos + 1].islower():
            return None, pos, False  # "đề xuất những cơ chế, chính sách mới …": what is proposed, no addressee
        adverbial_start = pos
        m = lex.adverbial.match(text, pos)
        if m:
            pos = m.end()
        return self._addressee(pos, adverbial_start, preposition)

    def _colon_opens_list(self, colon: int) -> bool:
        return bool(_COLON_AT_LINE_END.match(self.text, colon))

    def _addressee(self, pos: int, adverbial_start: int, preposition: bool):
        text, lex = self.text, self.lex
        limit = self.sentence_end(pos)
        previous_word = before_previous = ""
        count = 0
        for w in _WORD.finditer(text, pos, limit):
            word_start = w.start()
            if count == 0:
                if word_start > pos and text[pos:word_start].strip():
                    break  # a quotation mark or bracket: no addressee
            else:
                colon = text.find(":", previous_end, word_start)
                if colon >= 0:
                    return self._before_colon(pos, colon)
                if (word_start - previous_end > 1 and text[word_start] in "cC"
                        and text.find(";", previous_end, word_start) >= 0 and _VOTERS.match(text, word_start)):
                    break  # "đề nghị Nhà nước cấp xi măng …; cử tri …": another group's act, no addressee
                quote = word_start - previous_end > 1 and _OPENING_QUOTE.search(text, previous_end, word_start)
                if quote and text[word_start].islower():
                    # "đề nghị các vị ĐBQH “tranh luận đến cùng …”": a quoted clause is the content
                    return self._clean_to(pos, quote.start()), quote.start(), False
            after_name = (
                count > 0
                and lex.after_name.match(text, word_start)  # the cheap test first
                and (previous_word[:1].isupper() or previous_word in _NAME_TAILS
                     or self.original(previous_end) in self._org_ends)
            )
            nested = (
                count > 0 and w.group() in lex.verb_firsts and text[word_start].islower()
                and lex.verb_at.match(text, word_start)
            )
            # "trả lời những thắc mắc, kiến nghị của cơ sở": a noun in the content, not a nested act
            nested_act = bool(nested) and self._is_act(word_start, nested.end(), -10)
            if (
                # "đề nghị Đoàn ĐBQH tỉnh | kiến nghị Quốc hội …": the content is itself an act
                (after_name or nested_act or lex.item_start.match(text, word_start))
                # "Ban Chỉ đạo", "các Tổ công tác"; but "các thành viên trong Tổ, | trong quá trình …"
                and not (previous_word.lower() in lex.noun_heads and text[previous_end:word_start].isspace()
                         # "thuộc T.Ư Đoàn | tập trung", "Tỉnh Đoàn | tập trung": the end of a name
                         and not (previous_word[:1].isupper() and before_previous[:1].isupper()))
                and not lex.exception.match(text, word_start)
                and not (count and self._exception_from(previous_start, word_start))
                and not self._inside_organization(word_start)
            ):
                if count == 0:
                    return None, adverbial_start, False
                to = self._clean_to(pos, word_start)
                if to is not None and not preposition and _SUMMARY.match(text, pos):
                    # "kiến nghị các vấn đề liên quan đến … chưa được khắc phục; …": what is proposed
                    return None, adverbial_start, False
                return to, word_start, False
            count += 1
            if count > _MAX_ADDRESSEE_WORDS:
                break
            before_previous, previous_word = previous_word, w.group()
            previous_start, previous_end = word_start, w.end()
        else:
            # the sentence ended: a colon at its end opens a list
            tail = text[previous_end if count else pos:limit + 1]
            colon = tail.find(":")
            if count and colon >= 0:
                return self._before_colon(pos, previous_end + colon)
        # no content word found: an organization name, if one starts here, is the addressee
        match_org = self._match_org
        if match_org is not None:
            try:
                found = match_org(text, pos)
            except Exception:  # a concurrent extractor's bug must not stop this one
                found = None
            if found and found[1] < limit:
                return self._clean_to(pos, found[1]), found[1], False
        return None, adverbial_start, False

    def _exception_from(self, previous_start: int, word_start: int) -> bool:
        """A noun phrase that starts at the previous word and runs over this one ("Đào tạo")."""
        m = self.lex.exception.match(self.text, previous_start)
        return bool(m and m.end() > word_start)

    def _starts_organization(self, pos: int) -> bool:
        if pos < 0 or not self._org_spans:
            return False
        o = self.original(pos)
        k = bisect_right(self._org_starts, o) - 1
        return k >= 0 and self._org_starts[k] == o

    def _inside_organization(self, pos: int) -> bool:
        """Whether pos lies inside (not at the start of) an organization's mention."""
        if not self._org_spans:
            return False
        o = self.original(pos)
        k = bisect_right(self._org_starts, o) - 1
        for start, end in self._org_spans[max(0, k - 8):k + 1]:
            if start < o < end:
                return True
        return False

    def _before_colon(self, pos: int, colon: int):
        """The stretch before a colon: addressee and lead-in ("Thường trực Tỉnh ủy một số nội dung:")."""
        stretch = self.text[pos:colon]
        m = self.lex.lead_in.search(stretch)
        to_end = pos + (m.start() if m else len(stretch))
        to = self._clean_to(pos, to_end)
        return to, colon + 1, self._colon_opens_list(colon)

    def _clean_to(self, start: int, end: int) -> str | None:
        value = _SPACES.sub(" ", self.text[start:end]).strip(" ,;:-")
        if not value or self.lex.lead_in_whole.match(value):
            return None
        return value

    # ------------------------------------------------------------ the items of one passage
    def _units(self, items_start: int, list_colon: bool) -> tuple[list[tuple[int, int]], int]:
        """The item stretches after a verb and its addressee, and where the passage ends."""
        text = self.text
        if list_colon:
            units, end = self.list_block(items_start)
            return units, end, True
        end = self.sentence_end(items_start)
        # a lead-in inside the first item ("giải trình về những vấn đề … như: A; B")
        first_semicolon = text.find(";", items_start, end)
        colon = text.find(":", items_start, end if first_semicolon < 0 else first_semicolon)
        if colon >= 0 and (colon + 1 >= len(text) or text[colon + 1].isspace()):
            if self._colon_opens_list(colon):
                units, list_end = self.list_block(colon + 1)
                if units:
                    return units, list_end, True
            elif first_semicolon >= 0 or self.lex.lead_in.search(text[items_start:colon]):
                items_start = colon + 1  # "hỗ trợ tỉnh: A; B", "như: A"
            # else a colon inside the one proposal ("… trên địa bàn 2 xã: Hưng Trung, Hưng Yên Bắc …") is part of it
        units = self._split(items_start, end)
        units, end = self._cut_at_new_act(units, end)
        # the passage goes on into the next sentences of the paragraph
        while units and not _ELLIPSIS_END.search(text[max(0, end - 4):end]):
            nxt = self._continuation(end)
            if nxt is None:
                break
            more_start, more_end = nxt
            more = self._split(more_start, more_end)
            more, cut_end = self._cut_at_new_act(more, more_end)
            if not more:
                break
            units += more
            end = cut_end
            if cut_end < more_end:
                break
        return units, end, False

    def _continuation(self, end: int) -> tuple[int, int] | None:
        """The next sentence when it carries the recommendation on, with its connective dropped."""
        text, lex = self.text, self.lex
        gap = _BLANK.match(text, end).group()
        if "\n" in gap:
            return None
        start = end + len(gap)
        if start >= len(text):
            return None
        sentence_end = self.sentence_end(start)
        m = lex.connective.match(text, start)
        body = start
        topic = None if m else lex.topic_opener.match(text, start)
        if topic:
            # "… Đối với các cơ quan báo chí, tăng cường thời lượng …": the topic names who or what the
            # next proposal is about; its content starts after a comma, with an action
            body = self._after_topic(topic.end(), sentence_end)
            if body is None:
                return None
            head = " ".join(w.group() for w in list(_WORD.finditer(text, body, sentence_end))[:10])
            if _PAST.search(head):
                return None
        elif m:
            word = m.group("word").lower()
            body = start if word in lex.kept_connectives else m.end()
            after = text[m.end():sentence_end]
            if word in lex.kept_connectives:
                head = " ".join(w.group() for w in list(_WORD.finditer(after))[:10])
                if _PAST.search(head):
                    return None  # "Trong đó, các đại biểu đã tập trung …": narrative again
                if after.lstrip()[:1].isdigit():
                    return None  # "Trong đó, 1.340 tỷ đồng …": the breakdown of a sum, not a proposal
            elif word not in lex.ordinals and not lex.item_start_any_case.match(text, m.end()):
                return None
        elif not (lex.item_start_any_case.match(text, start) and text[start].isupper()):
            return None
        else:
            head = " ".join(w.group() for w in list(_WORD.finditer(text, start, sentence_end))[:10])
            if _PAST.search(head):
                return None
        # a sentence with its own act is read on its own
        for v in self.anchors.verbs(start, sentence_end):
            if _verb_key(v.group()) != "đề xuất" and self._is_act(v.start(), v.end(), -10):
                return None
        return body, sentence_end

    def _after_topic(self, pos: int, end: int) -> int | None:
        """Where the action after a topic ("Đối với X, tăng cường …") starts, if one does."""
        text = self.text
        topic_start = pos
        for _ in range(_TOPIC_COMMAS):
            comma = text.find(",", pos, end)
            if comma < 0:
                return None
            if _FUTURE.search(text, topic_start, comma):
                # "Đối với những ý kiến chưa được trả lời sẽ được tổng hợp …, giải quyết": the
                # sentence has its own predicate; it reports what will be done, it is not a topic
                return None
            pos = comma + 1 + len(_BLANK.match(text, comma + 1, end).group())
            if self.lex.action_start.match(text, pos, end):
                return pos
        return None

    def _split(self, start: int, end: int) -> list[tuple[int, int]]:
        """Stretches between ";" outside brackets."""
        text = self.text
        units, depth, piece = [], 0, start
        for mark in _SPLIT_MARKS.finditer(text, start, end):  # only ";" and brackets matter
            c = mark.group()
            if c in "([":
                depth += 1
            elif c in ")]":
                depth = max(0, depth - 1)
            elif depth == 0:  # ";"
                i = mark.start()
                units.append((piece, i))
                piece = i + 1
        units.append((piece, end))
        return [u for u in units if text[u[0]:u[1]].strip()]

    def _cut_at_new_act(self, units, end):
        """Stop before an item that opens with its own act ("…; đề nghị chính quyền địa phương …")."""
        text, lex = self.text, self.lex
        for k, (s, e) in enumerate(units):
            if k == 0:
                continue
            body = s + len(_BLANK.match(text, s, e).group())
            # "…; cử tri xã Quang Hán đề nghị Nhà nước …; cử tri thị trấn Hùng Quốc có ý kiến …":
            # voters of another place speak for themselves
            voters = text[body:body + 1] in ("c", "C") and _VOTERS.match(text, body, e)
            if voters and voters.end() - body > len("cử tri"):
                return units[:k], units[k - 1][1] + 1 if units[k - 1][1] < len(text) else units[k - 1][1]
            m = lex.verb_at.match(text, body)
            if m and _verb_key(m.group()) != "đề xuất" and self._is_act(m.start(), m.end(), -10):
                return units[:k], units[k - 1][1] + 1 if units[k - 1][1] < len(text) else units[k - 1][1]
        return units, end

    def list_block(self, pos: int) -> tuple[list[tuple[int, int]], int]:
        """The lines of a list after a colon; each line is split at ";"."""
        text = self.text
        units: list[tuple[int, int]] = []
        end = pos
        previous_last = ":"
        for line in _LINE.finditer(text, pos):
            body = line.group()
            if not body.strip():
                continue
            if line.start() == pos and not units:
                # the rest of the colon's own line, if anything
                if body.strip():
                    units += self._split(line.start(), line.end())
                    previous_last = body.rstrip()[-1]
                    end = line.end()
                continue
            marker = _LIST_MARKER.match(body)
            if self._is_heading(body) or _SIGNATURE.match(body):
                break
            if not marker and previous_last not in ";,:" and not self._opens_with_ordinal(line.start()):
                break
            content = line.start() + (marker.end() if marker else 0)
            units += self._split(content, line.end())
            previous_last = body.rstrip()[-1]
            end = line.end()
        return units, end

    def _opens_with_ordinal(self, pos: int) -> bool:
        """"Thứ hai, …", "Ba là, …": the next item of a list written as paragraphs."""
        m = self.lex.connective.match(self.text, pos)
        return bool(m and m.group("word").lower() in self.lex.ordinals)

    def _is_heading(self, line: str) -> bool:
        stripped = line.strip()
        if _ROMAN_HEADING.match(line) and not _ROMAN_LOWER.match(line):
            return True
        letters = [c for c in stripped if c.isalpha()]
        return len(letters) >= 6 and all(c.isupper() for c in letters)

    # ------------------------------------------------------------ blocks, lists and sections
    def _emit_units(self, verb, by, to, units, start, end, structured: bool = False) -> None:
        """Turn item stretches into drafts, reading addressee cues and acts at their starts."""
        text, lex = self.text, self.lex
        groups: list[_Draft] = []
        current = _Draft(verb, start, end, by, to, [])
        for s, e in units:
            lead = _LEADING.match(text[s:e])
            if lead:
                s += lead.end()
            marker = _LIST_MARKER.match(text, s, e)
            if marker and marker.end() > s and (text[s] in "-+•*·▪◦" or marker.group().strip()[:1].isdigit()
                                                 or marker.group().strip().endswith(")")):
                s = marker.end()
            if s >= e:
                continue
            cue = lex.cue.match(text, s, e) if structured or ":" in text[s:e] else None
            if cue:
                colon = text.find(":", cue.end(), e)
                verb_cue = lex.verb_at.match(text, s)
                if colon >= 0 or not text[cue.end():e].strip() or (e - s) < 80 and not verb_cue:
                    target_end = colon if colon >= 0 else e
                    m = lex.lead_in.search(text[cue.end():target_end])
                    new_to = self._clean_to(cue.end(), cue.end() + (m.start() if m else target_end - cue.end()))
                    if current.items:
                        groups.append(current)
                    new_verb = _verb_key(verb_cue.group()) if verb_cue else verb
                    current = _Draft(new_verb, s, e, current.by, new_to or current.to, [])
                    if colon >= 0 and text[colon + 1:e].strip():
                        current.items.append((colon + 1, e))
                    continue
            act = lex.verb_at.match(text, s)
            if act and (structured or act.group()[0].isupper()):
                new_to, items_start, _ = self.after_verb(act.end(), _verb_key(act.group()))
                if current.items and (new_to or current.to) != current.to:
                    groups.append(current)
                    current = _Draft(_verb_key(act.group()), s, e, current.by, new_to, [])
                elif not current.items and current.to is None:
                    current.to = new_to
                    if structured:  # a section's line "Kiến nghị UBND tỉnh …" speaks for itself
                        current.verb = _verb_key(act.group())
                if items_start < e and text[items_start:e].strip():
                    current.items.append((items_start, e))
                continue
            if text[s:e].rstrip().endswith(":") and len(list(_WORD.finditer(text, s, e))) <= 12:
                continue  # a topic line ("1. Về công tác tuyên truyền:") announces items, it is not one
            current.items.append((s, e))
        if current.items:
            groups.append(current)
        passage_end = start + len(text[start:end].rstrip())
        for k, g in enumerate(groups):
            items = [span for span in (self._trim(s, e) for s, e in g.items) if span]
            if not items:
                continue
            g.items = items
            g.start = min(start if k == 0 else g.start, items[0][0])
            g.end = max(items[-1][1], passage_end) if k == len(groups) - 1 else items[-1][1]
            self.drafts.append(g)
        if groups:
            self.consume(start, end)

    def _trim(self, start: int, end: int) -> tuple[int, int] | None:
        """An item's stretch without list markers, leading connectives and trailing punctuation."""
        text, lex = self.text, self.lex
        piece = text[start:end]
        lead = _LEADING.match(piece)
        if lead:
            start += lead.end()
        m = lex.connective.match(text, start, end)
        if m and m.group("word").lower() not in lex.kept_connectives:
            start = m.end()
        end = _trailing_start(text, start, end)
        while end > start and text[end - 1] in "…":
            end -= 1
        piece = text[start:end].strip()
        opens, closes = piece[:1] in "\"“", piece[-1:] in "\"”"
        if opens or closes:
            piece_start = text.index(piece, start)
            if opens and closes and len(piece) > 2:
                start, end = piece_start + 1, piece_start + len(piece) - 1
            elif sum(map(piece.count, "\"“”")) == 1:
                # a quotation split into items at ";": each keeps only one of its marks
                start, end = piece_start + opens, piece_start + len(piece) - closes
        lstrip = len(text[start:end]) - len(text[start:end].lstrip())
        rstrip = len(text[start:end]) - len(text[start:end].rstrip())
        start, end = start + lstrip, end - rstrip
        words = _WORD.finditer(text, start, end)
        if next(words, None) is None or next(words, None) is None:
            return None  # fewer than two words
        return start, end

    def _sections(self):
        """(heading start, body start, body end, verb) of every "KIẾN NGHỊ, ĐỀ XUẤT" section."""
        text, lex = self.text, self.lex
        found = []
        for m in self.anchors.headings(self.skip_until):
            line_end = m.end()
            words = m.group("words")
            if not (words.isupper() or m.group("number")):
                continue  # "Kiến nghị" alone on a line, unnumbered and not in capitals, is a running word
            number = m.group("number") or ""
            body_start = line_end + 1
            body_end = self._section_end(body_start, number)
            if body_end > body_start:
                verb = _verb_key(lex.verb_at.match(words.lower()).group())
                found.append((m.start(), body_start, body_end, verb))
        return found

    def _section_end(self, pos: int, number: str) -> int:
        text = self.text
        end = pos
        next_number = str(int(number) + 1) if number.isdigit() else None
        for line in _LINE.finditer(text, pos):
            body = line.group()
            if not body.strip():
                continue
            if _SIGNATURE.match(body):
                break
            if _ROMAN_HEADING.match(body) and not _ROMAN_LOWER.match(body):
                break
            if next_number and regex.match(r"[ \t]*" + next_number + r"[ \t]*[.)]\s*\p{Lu}", body):
                break
            if not number and self._is_heading(body) and not _LIST_MARKER.match(body):
                break
            end = line.end()
        return end

    def _read_section(self, heading_start: int, body_start: int, body_end: int, verb: str) -> None:
        text, lex = self.text, self.lex
        units: list[tuple[int, int]] = []
        by = to = None
        for line in _LINE.finditer(text, body_start, body_end):
            s, e = line.span()
            if not line.group().strip():
                continue
            body = s + len(_LIST_MARKER.match(text, s, e).group()) if _LIST_MARKER.match(text, s, e) else s
            v = next((v for v in self.anchors.verbs(s, e) if v.start() > body + 2), None)
            if v is not None and self._is_act(v.start(), v.end(), -10):
                if line.group().rstrip().endswith(":") and not units:
                    # "Sở Nội vụ kiến nghị với Bộ Nội vụ như sau:" — who speaks and to whom, not an item
                    by = self.resolve_by(v.start(), s) or by
                    to = self.after_verb(v.end(), _verb_key(v.group()))[0]
                    verb = _verb_key(v.group())
                    continue
                if not line.group().rstrip().endswith(":"):
                    # "Để …, Ban Thường vụ Huyện ủy kiến nghị Ban Thường vụ Tỉnh ủy quan tâm …": read as a sentence
                    self._read_sentence(v.start(), v.end())
                    continue
            units += self._split(s, e)
        by = by or self._issuer()
        self._emit_units(verb, by, to, units, heading_start, body_end, True)
        self.consume(heading_start, body_end)

    def _issuer(self) -> str | None:
        """The body that issues a formal document: the capitalised lines of its header, above the
        national motto or "ĐẢNG CỘNG SẢN VIỆT NAM" ("TỈNH ỦY LẠNG SƠN" / "BAN TUYÊN GIÁO")."""
        if self._issuer_cache is not False:
            return self._issuer_cache
        lines = []
        for line in _LINE.finditer(self.text, 0, min(len(self.text), 600)):
            value = line.group().strip(" \t|*-")
            if not value:
                continue
            if _MOTTO.search(value) or _NUMBER_LINE.match(value):
                break
            letters = [c for c in value if c.isalpha()]
            if not letters or not all(c.isupper() for c in letters):
                lines = []
                break
            lines.append(value)
        name = None
        if len(lines) == 1:
            name = lines[0]
        elif lines:
            parent, child = lines[-2], lines[-1]
            # "ỦY BAN NHÂN DÂN" / "TỈNH NINH THUẬN" is one name on two lines; "TỈNH ỦY LẠNG SƠN" /
            # "BAN TUYÊN GIÁO" is a body under its parent: "BAN TUYÊN GIÁO TỈNH ỦY LẠNG SƠN".
            name = f"{parent} {child}" if _PLACE_HEAD.match(child) else f"{child} {parent}"
        self._issuer_cache = name
        return name

    # ------------------------------------------------------------ who proposes
    def resolve_by(self, verb_start: int, sentence_start: int) -> str | None:
        text, lex = self.text, self.lex
        stretch = text[sentence_start:verb_start]
        masked = _PARENS.sub(lambda m: " " * len(m.group()), stretch)
        cut = max(masked.rfind(","), masked.rfind(";"), masked.rfind(":"))
        if cut >= 0 and _PLACE_AT_START.match(masked, cut + 1):
            cut = _before_place_list(masked, cut)
        coordinated = cut >= 0 and not masked[cut + 1:].strip() and lex.coordinated_action.search(masked[:cut + 1])
        if coordinated:
            # "BTV Tỉnh ủy xem xét, đề nghị …": the subject is before the first of the coordinated verbs
            masked = masked[:coordinated.start()]
            cut = max(masked.rfind(","), masked.rfind(";"), masked.rfind(":"))
        clause_start = sentence_start + cut + 1
        clause = masked[cut + 1:]
        lead = lex.lead.match(clause)
        if lead:
            clause_start += lead.end()
            clause = clause[lead.end():]
        if lex.subordinate.match(clause):
            # "do … đã lâu nên Đảng ủy cơ sở có văn bản đề nghị": the subject follows "nên";
            # "mặc dù người dân đã dùng … nhưng không có hiệu quả đề nghị": no subject in the clause
            consequence = _CONSEQUENCE.search(clause)
            shift = consequence.end() if consequence else len(clause)
            clause_start += shift
            clause = clause[shift:]
        aux = lex.aux.search(clause)
        subject_end = clause_start + (aux.start() if aux else len(clause))
        subject = _SPACES.sub(" ", masked[clause_start - sentence_start:subject_end - sentence_start]).strip(" ,-")
        tag = _NEWS_TAG.match(subject)
        if tag and not self._starts_organization(text.find(subject[:2], clause_start, verb_start)):
            subject = subject[tag.end():]  # "TPO - Ban Bí thư Trung ương Đoàn vừa có văn bản đề nghị …"
        inner = subject.find(_INNER_DONG_CHI)
        if inner > 0 and subject[inner + len(_INNER_DONG_CHI):][:1].isupper():
            subject = subject[inner + 1:]  # "Kết luận hội nghị đồng chí Chủ tịch UBND tỉnh": the adverbial has no comma
        lowered = subject.lower()
        if subject and (_ENDS_WITH_AND.search(subject) or lex.item_start.match(subject)):
            # "đồng chí X ghi nhận, đánh giá cao … và đề nghị …": a second predicate of the sentence's subject
            person = self._person_in(sentence_start, verb_start, skip=self._parenthesised(sentence_start, verb_start),
                                     first=True)
            if person:
                return person
            m = lex.name_anywhere.search(text, sentence_start, verb_start)
            if m and _INTRODUCED.search(text[max(0, m.start() - 40):m.start()]):
                return m.group("name")
            # "Ban Thường vụ Tỉnh ủy Hải Dương phê bình và yêu cầu …": a body is the subject
            return self._organization_subject(clause_start, verb_start)

        if not subject or lowered in lex.pronouns:
            if not subject and (cut >= 0 and masked[cut] == ";" or text[max(0, clause_start - 20):clause_start].rstrip()[-1:] == ";"):
                previous = self._previous_draft(verb_start)
                if previous is not None and previous.by:
                    return previous.by  # "…; đề nghị chính quyền địa phương …" in the same passage
            if not subject and cut >= 0:
                # "Cử tri xã Long Hiệp phản ánh …, kiến nghị …": a second predicate of the sentence's subject
                found = self._subject_of_sentence(sentence_start, clause_start)
                if found:
                    return found
            if not subject:
                return (
                    self._by_of_paragraph(sentence_start, verb_start)
                    or self._organization_of_previous_sentence(sentence_start)
                    or self._person_before(verb_start, max(0, verb_start - _SUBJECTLESS_REACH))
                    or self._issuer()
                )
            previous = self._previous_draft(verb_start)
            # "Đồng thời, đồng chí cũng đề nghị …" after an act of "đồng chí Chủ tịch UBND tỉnh", no name found
            return self._person_before(verb_start, 0) or (previous.by if previous is not None else None)
        person = self._person_in(clause_start, subject_end, skip=self._parenthesised(clause_start, subject_end))
        if person:
            return person
        if lex.title.match(subject):
            person = self._person_before_titles(sentence_start, clause_start) or self._person_with_title(subject, verb_start)
            if person:
                return person
        m = lex.name_at_end.search(subject)
        if m and (len(m.group("name").split()) >= 3 or not _AFTER_PLACE.search(subject[:m.start()])):
            return m.group("name")  # "Chủ tịch HĐND huyện Lê Văn Nam", not "huyện Sa Thầy"
        if lowered in lex.reuse:
            # only the act just before: "Tại buổi tiếp xúc với cử tri huyện Đồng Hỷ, cử tri đã kiến nghị"
            # in a new paragraph is not the group of an act two paragraphs up
            previous = self._previous_draft(verb_start)
            if previous is not None and previous.by and previous.by.lower().startswith(lowered + " "):
                return previous.by
        if len(subject.split()) > _MAX_SUBJECT_WORDS or not subject[:1].isalpha():
            return None
        honorific = lex.honorific.match(subject)
        if honorific and lowered.split()[0] in ("đồng", "ông", "bà") and subject[honorific.end():][:1].isupper():
            return subject[honorific.end():]
        return subject

    def _by_of_paragraph(self, sentence_start: int, verb_start: int) -> str | None:
        """Who a subjectless act refers to from earlier in its paragraph: the proposer of an act
        read before it ("Thường trực HĐND đề nghị …. Đề nghị các Ban HĐND …"), or the voters the
        paragraph opens with ("Cử tri thành phố Kon Tum phản ánh: …. Tuy nhiên …, đề nghị …"),
        when no person is named in between."""
        text = self.text
        paragraph_start = text.rfind("\n", 0, sentence_start) + 1
        previous = self._previous_draft(verb_start)
        if (
            previous is not None and previous.by and paragraph_start <= previous.start
            and previous.end <= sentence_start and not self._person_in(previous.end, verb_start)
        ):
            return previous.by
        if paragraph_start < sentence_start and not self._person_in(paragraph_start, verb_start):
            m = _VOTERS.match(text, paragraph_start, sentence_start)
            if m and _reads_as_predicate(text[m.end():sentence_start]):
                return _SPACES.sub(" ", m.group())
        return None

    def _organization_of_previous_sentence(self, sentence_start: int) -> str | None:
        """"UBND tỉnh đánh giá cao …. Đồng thời đề nghị …": the body that is the previous sentence's
        subject, when that sentence is in the same paragraph and names no person."""
        text = self.text
        before = text[max(0, sentence_start - 3):sentence_start]
        if self._match_org is None or "\n" in before or sentence_start == 0:
            return None
        tail = text[max(0, sentence_start - 10):sentence_start]
        last_char = sentence_start - (len(tail) - len(tail.rstrip())) - 1  # the previous sentence's "."
        previous = self.sentence_start(max(0, last_char))
        if self._person_in(previous, sentence_start):
            return None
        starts = [previous]
        comma = text.find(",", previous, min(sentence_start, previous + 120))
        if comma >= 0:
            starts.append(comma + 1 + len(_BLANK.match(text, comma + 1, sentence_start).group()))
        for pos in starts:
            found = self._organization_subject(pos, sentence_start)
            if found:
                return found
        return None

    def _organization_subject(self, pos: int, end: int) -> str | None:
        """The organization named at pos, when what follows it up to end reads as its predicate."""
        if self._match_org is None:
            return None
        try:
            found = self._match_org(self.text, pos)
        except Exception:  # a concurrent extractor's bug must not stop this one
            found = None
        if found and found[1] < end and _reads_as_predicate(self.text[found[1]:end]):
            return _SPACES.sub(" ", self.text[found[0]:found[1]]).strip()
        return None

    def _subject_of_sentence(self, sentence_start: int, end: int) -> str | None:
        """Who the sentence before `end` is about: the first person named in it (outside brackets),
        or a group of voters named with their place at its start ("Cử tri xã Long Hiệp …")."""
        person = self._person_in(sentence_start, end, skip=self._parenthesised(sentence_start, end), first=True)
        if person:
            return person
        m = _VOTERS.match(self.text, sentence_start, end)
        return _SPACES.sub(" ", m.group()) if m and _reads_as_predicate(self.text[m.end():end]) else None

    def _previous_draft(self, pos: int) -> _Draft | None:
        best = None
        for draft in reversed(self.drafts[-20:]):  # drafts are made in text order, sections first
            if draft.start < pos and (best is None or draft.start > best.start):
                best = draft
        return best

    def _person_in(
        self, start: int, end: int, skip: Sequence[tuple[int, int]] = (), *, first: bool = False
    ) -> str | None:
        """The person named last (or first) in [start, end) (normalised offsets), outside `skip`."""
        if not self.people:
            return None
        o_start, o_end = self.original(start), self.original(end)
        o_skip = [(self.original(s), self.original(e)) for s, e in skip]
        found = [
            (s, person.name) for s, e, person in self._mentions_between(o_start, o_end)
            if e <= o_end and not any(a <= s < b for a, b in o_skip)  # "(phường Hạ Đình)" says where, not who
        ]
        if not found:
            return None
        return found[0][1] if first else found[-1][1]

    def _parenthesised(self, start: int, end: int) -> list[tuple[int, int]]:
        return [
            (m.start(), m.end()) for m in _PARENS.finditer(self.text, start, end)
        ]

    def _person_with_title(self, subject: str, before: int) -> str | None:
        """"Phó Thủ tướng đề nghị …": the person named before with that title."""
        wanted = subject.lower()
        for _, _, person in reversed(self._mentions_between(0, self.original(before), last=_MENTIONS_LOOKED_AT)):
            if any(t.lower() == wanted or t.lower().startswith(wanted + " ") for t in person.titles or ()):
                return person.name
        return None

    def _person_before_titles(self, sentence_start: int, clause_start: int) -> str | None:
        """'đồng chí Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy đề nghị': the name before a title chain."""
        text, lex = self.text, self.lex
        pos = clause_start - 1
        for _ in range(5):
            if pos <= sentence_start or text[pos] != ",":
                return None
            before = text[sentence_start:pos]
            person = self._person_in(max(sentence_start, pos - 60), pos)
            m = lex.name_at_end.search(before)
            if m:
                return person or m.group("name")
            if person:
                return person
            comma = before.rfind(",")
            piece = before[comma + 1:].strip()
            if not lex.title.match(piece):
                return None
            pos = sentence_start + comma if comma >= 0 else sentence_start
        return None

    def _person_before(self, verb_start: int, floor: int) -> str | None:
        """Who "Đồng chí cũng đề nghị …" or a subjectless "Đồng thời đề nghị …" refers to: the person
        named last before, preferring one introduced as a speaker ("đồng chí X", "ông X", a title)
        and passing over names inside the items already read ("… phong cách Hồ Chí Minh")."""
        if self.people:
            o_verb, o_floor = self.original(verb_start), self.original(floor)
            mentions = self._mentions_between(o_floor, o_verb, last=_MENTIONS_LOOKED_AT)[::-1]
            items = self._original_item_spans()
            original = self.context.source.original
            outside = [
                t for t in mentions
                if not any(s <= t[0] < e for s, e in items)
                and not _CREDIT.search(original[max(0, t[0] - 12):t[0]])  # a photographer says nothing
            ]
            for start, _, person in outside:
                if person.titles or _INTRODUCED.search(normalize(self.context.source.original[max(0, start - 40):start])):
                    return person.name
            if outside:
                return outside[0][2].name
            if mentions:
                return mentions[0][2].name
            return None
        # no people extractor: the last name after "đồng chí"/"ông"/"bà", else any name
        window_start = max(floor, verb_start - 3000)
        best = introduced = None
        for m in self.lex.name_anywhere.finditer(self.text, window_start, verb_start):
            before = self.text[max(0, m.start() - 40):m.start()]
            if _AFTER_PLACE.search(before.lower()):
                continue  # "Thành phố Hồ Chí Minh", "tỉnh Hà Tĩnh": a place's name
            best = m
            if _INTRODUCED.search(before):
                introduced = m
        chosen = introduced or best
        return chosen.group("name") if chosen else None

    def _mentions_between(self, o_start: int, o_end: int, *, last: int | None = None):
        """(start, end, person) of the person mentions starting in [o_start, o_end), in text order;
        with `last`, only the last that many."""
        lo = bisect_left(self._mention_starts, o_start)
        hi = bisect_left(self._mention_starts, o_end)
        if last is not None:
            lo = max(lo, hi - last)
        return [(s, e, self.people[k]) for s, e, k in self._mentions[lo:hi]]

    def _original_item_spans(self) -> list[tuple[int, int]]:
        spans = []
        for draft in self.drafts[-10:]:
            for s, e in draft.items:
                spans.append((self.original(s), self.original(e)))
        return spans


def _before_place_list(masked: str, cut: int) -> int:
    """The comma before the subject when the clause after `cut` is the end of a list of places
    ("Cử tri 2 xã Hưng Trung, Hưng Yên Bắc, huyện Hưng Nguyên kiến nghị"): the head that names the
    first place is taken in with them; `cut` itself when no such head comes before."""
    pos = cut
    while pos >= 0:
        previous = max(masked.rfind(",", 0, pos), masked.rfind(";", 0, pos), masked.rfind(":", 0, pos))
        piece = masked[previous + 1:pos].strip()
        if _PLACE_NAME.fullmatch(piece):
            pos = previous
            continue
        return previous if _ENDS_IN_PLACE.search(piece) else cut
    return cut


def _reads_as_predicate(rest: str) -> bool:
    """Whether what follows a sentence-initial name reads as its predicate (not ", " or "của …")."""
    rest = rest.lstrip()
    return bool(rest) and rest[:1].islower() and not rest.startswith(("của ", "và ", "về ", "với "))


def _trailing_start(text: str, start: int, end: int) -> int:
    r"""Where the run of blanks, ". ; , : …" and "./." that ends text[start:end] begins (end if none):
    what a search of r"(?:[\s.;,:…]|\./\.)+$" finds, but read from the right, so only that run is
    looked at. "./." is tried before its last ".": taking the "." alone would stop at the "/"."""
    while end > start:
        if end - 3 >= start and text.startswith("./.", end - 3, end):
            end -= 3
        elif _TRAILING_CHAR.match(text, end - 1):
            end -= 1
        else:
            break
    return end


def _verb_key(written: str) -> str:
    """"Kiến nghị", "kiến\nnghị" → "kiến nghị"."""
    return " ".join(written.split()).lower()


# ---------------------------------------------------------------- entry point
def extract(context) -> list[Recommendation]:
    """Every recommendation act of the text, with its verb, by, to, items and evidence."""
    text = context.text
    lex = _lexicon()
    if not text:
        return []
    anchors = _Anchors(text, lex)
    # A formal "III. KIẾN NGHỊ, ĐỀ XUẤT" section may hold no lower-case verb at all.
    if not (any(anchors.verbs()) or any(anchors.headings())):
        return []
    reader = _Reader(context, anchors)
    out = []
    for draft in reader.read():
        spans = tuple(context.span(s, e) for s, e in draft.items)
        whole = context.span(draft.start, draft.end)
        out.append(
            Recommendation(
                text=whole.text,
                start=whole.start,
                end=whole.end,
                verb=draft.verb,
                by=draft.by,
                to=draft.to,
                items=tuple(context.value(s, e) for s, e in draft.items),
                item_spans=spans,
            )
        )
    return out


__all__ = ["extract"]
