"""Dates with their true granularity: a day, a month, a quarter, a half, a year, or a range.

How the text is read (SPEC.md, DateMention):

1. Patterns find *atoms*, the calendar expressions as Vietnamese texts write them: "ngày
   15/5/2016", "15-5-2016", "ngày 05 tháng 02 năm 2020", "Sáng 17-12", "Ngày 4 và 5 tháng 01 năm
   1999", "tháng 3/2018", "tháng 12-2019", "quý I-2019", "quý IV năm 2020", "6 tháng đầu năm 2018",
   "năm 2017, 2018", "năm 2021 - 2026", "giai đoạn 2016-2020", "(1930-2020)". They are tried,
   anchored, only at a number or at a word that can open an expression shortly before one (see
   `_scan`). An atom may be partial ("ngày 14", "tháng 3", "quý I"): it counts only when a
   neighbour completes it. The words (cues, period words, month and quarter names, negative
   cues, stamp labels) are data: tuyengiao/data/date_*.
2. Neighbouring atoms joined by "đến", "tới" or "-" become one range ("từ ngày 11/7 đến ngày
   13/7/2018": the year is carried back to the first end); joined by "và" they stay two mentions,
   and a partial one takes what it lacks from the next ("quý I và quý II năm 2019").
3. Nothing is ever filled from today's date. A day written without its year keeps the no-year
   value "--08-01"; when the text states its own date (a header "Lạng Sơn, ngày … tháng … năm …",
   a label "Ngày đăng: …", or a page stamp "12:07 - 04/10/2018") that date becomes
   `context.issued_on` and gives such days their `start_date`/`end_date`. Impossible dates
   ("31/2/2018") are skipped.

dateparser is not called here: on an expression this grammar has already isolated, it gives
the same answer as `datetime.date` at about a millisecond a call; it finds nothing in quarters,
halves, terms and ranges, and gives a year-less "Ngày 1/8" today's year. The test suite uses
it as an independent check of the day/month/year values (tests/test_dates.py).

`match_day` is the shared full-day grammar other extractors call (a reference's issue date).
"""
from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import _guard
from ._data import read_lines, read_table
from .models import DateMention

# Every pattern is matched anchored and within this many characters: an expression is never longer,
# and the bound keeps the regex engine's look-ahead for a required word ("năm", "tháng") from
# running to the end of a long text at each try.
_LONGEST = 256

# ---------------------------------------------------------------- match_day (shared, kept as is)
# A day written in full: "ngày 15/5/2016", "15-5-2016", "ngày 05 tháng 02 năm 2020".
_DAY = regex.compile(
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*|\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+)(?P<y>\d{4})\b",
    regex.IGNORECASE,
)


def match_day(text: str, pos: int = 0) -> tuple[str, int, int] | None:
    """A full day expression starting exactly at `pos`: (ISO date, start, end), or None.

    Used by other extractors (a reference's issue date). Impossible dates give None.
    """
    match = _DAY.match(text, pos, pos + _LONGEST)
    if not match:
        return None
    try:
        day = datetime.date(int(match["y"]), int(match["m"] or match["m2"]), int(match["d"]))
    except ValueError:
        return None
    return day.isoformat(), match.start(), match.end()


# ---------------------------------------------------------------- the grammar
_LETTER = r"\p{L}\p{M}"
_B = rf"(?<![{_LETTER}])"  # a word starts here
_E = rf"(?![{_LETTER}])"  # a word ends here
_DD = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)"  # a day of the month
_MM = r"(?<!\d)(?:0?[1-9]|1[0-2])(?!\d)"  # a month number
_YYYY = r"(?<!\d)(?:1\d|20|21)\d\d(?!\d)"  # a year, 1000-2199
_NOT_SYMBOL = r"(?![/.]\d|/\p{L})"  # "18/2018/NĐ-CP": a year that runs on into a symbol is not a date
_RANGE_WORD = rf"(?:-|(?:đến|tới){_E})"
_LINK_WORD_BUT_DASH = rf"(?:(?:đến|tới|và|hoặc){_E}|,)"
_LINK_WORD = rf"(?:-|{_LINK_WORD_BUT_DASH})"


def _phrase(words: str) -> str:
    """A phrase of the data files as a pattern: case and missing spaces forgiven ("giaiđoạn")."""
    return r"\s*".join(regex.escape(word) for word in words.split())


def _either(phrases) -> str:
    """One of the phrases, the longest tried first, each ending a word.

    Grouped by first character: "(?:n(?:gày…|ăm…)|s(?:áng…|…))". Phrases whose first characters
    differ (case aside) never match at the same place, so at any place the engine meets the same
    matching phrases in the same order as in one flat list; but it tests one character per group
    instead of trying every phrase in turn.
    """
    groups: dict[str, list[str]] = {}
    for phrase in sorted(set(phrases), key=len, reverse=True):
        groups.setdefault(phrase[0].casefold(), []).append(phrase)
    alternatives = []
    for group in groups.values():
        # Each phrase's pattern without its first character (`_phrase` escapes character by character).
        rests = "|".join(_phrase(p)[len(regex.escape(p[0])) :] + _E for p in group)
        alternatives.append(f"{regex.escape(group[0][0])}(?:{rests})")
    return "(?:" + "|".join(alternatives) + ")"


@lru_cache(maxsize=1)
def _words() -> dict:
    numbers = {words: int(n) for words, n in read_table("date_numbers.tsv")}
    quarters = {words.casefold(): int(n) for words, n in read_table("date_quarter_numerals.tsv")}
    parts = {}
    for row in read_table("date_year_parts.tsv"):
        kind, words = row[0], row[1]
        months = tuple(map(int, row[2].split("-"))) if len(row) > 2 and row[2] else None
        parts[" ".join(words.casefold().split())] = (kind, months)
    not_dates = {"after": [], "after_no_year": [], "before_decade": []}
    for where, words, *_ in read_table("date_not_dates.tsv"):
        not_dates[where].append(words)
    return {
        "numbers": numbers,
        "quarters": quarters,
        "parts": parts,
        "cues": read_lines("date_day_cues.txt"),
        "periods": read_lines("date_periods.txt"),
        "labels": read_lines("date_stamp_labels.txt"),
        "not_dates": not_dates,
    }


def _first_letters(dispatch: dict) -> set[str]:
    letters = {key[0] for key in dispatch if not key.startswith("<")}
    return letters | {c.upper() for c in letters}


def _first_syllable(phrase: str) -> str:
    return phrase.split()[0].casefold()


@lru_cache(maxsize=1)
def _patterns() -> dict:
    w = _words()
    # "tháng năm" is far more often "months and years" than May: only before a year.
    month_words = "|".join(
        _phrase(p) + _E + (r"(?=\s*,?\s*năm\s*\d)" if p == "năm" else "")
        for p in sorted(w["numbers"], key=len, reverse=True)
    )
    month = rf"(?:{_MM}|{month_words})"
    count = rf"(?:(?<!\d)(?:[1-9]|1[0-2])(?!\d)|{_either(w['numbers'])})"
    quarter = rf"(?:{_either(w['quarters'])}(?!\d))"
    from_words = _either(p for p, (kind, _) in w["parts"].items() if kind != "half")
    half_words = _either(p for p, (kind, _) in w["parts"].items() if kind == "half")
    # Between a cue and its day: spaces, "," or "(", or a spaced dash ("Sáng nay - 23/9", the dateline
    # of some provincial sites), and at most one line break (a wrapped line), never a blank line: a
    # headline ending "… Ngày Phụ nữ Việt Nam" is not the cue of the page stamp under it.
    # (The prepared text has only " ", "\t", "\f", "\v" and "\n" for white space, and "-" for dashes.)
    gap = r"[ \t\f\v,(]*(?:(?<=[ \t\f\v])-[ \t\f\v]+)?"
    cue = rf"(?P<cue>(?:{_B}{_either(w['cues'])}{gap}(?:\n(?![ \t\f\v]*\n){gap})?){{1,3}})"
    year_tail = rf"(?P<y>{_YYYY}){_NOT_SYMBOL}"
    # After the day: "/5/2016", "-12", "/6 năm 2018", " tháng 02 năm 2020", " tháng 3/2018".
    day_tail = (
        rf"(?:\s?(?P<s>[/.-])\s?(?P<m>{_MM})(?:\s?(?P=s)\s?{year_tail}|\s*,?\s*năm\s*{year_tail})?"
        rf"|\s+tháng\s*(?P<m>{month})(?:\s*,?\s*năm\s*{year_tail}|\s?[/-]\s?{year_tail})?)"
    )
    # A "-" between two days is a range of days only right before the month: "ngày 4-5/6/2018",
    # "ngày 30-31 tháng 12". Elsewhere it joins a day to its month: "từ ngày 25-1 đến ngày 2-2-2021".
    day_dash = rf"-(?=\s*(?:ngày\s*)?{_DD}\s?(?:[/.-]\s?{_MM}(?!\d)|tháng{_E}))"
    day_link = rf"(?:{day_dash}|{_LINK_WORD_BUT_DASH})"
    day_list = rf"(?P<d>{_DD})(?:\s*(?P<dc>{day_link})\s*(?:ngày\s*)?(?P<d>{_DD})){{0,6}}"
    alternatives = {
        # "giai đoạn 2016-2020", "nhiệm kỳ 2020 - 2025", "năm học 2019-2020"
        "period": rf"{_B}{_either(w['periods'])}\s*,?\s*(?:từ\s*)?(?:năm\s*)?(?P<y>{_YYYY})(?:\s*{_RANGE_WORD}\s*|\s+)(?:năm\s*)?(?P<y>{_YYYY}){_NOT_SYMBOL}",
        # "từ 2016 đến 2020", "từ năm 2016 đến năm 2020"
        "from": rf"{_B}từ\s*(?:năm\s*)?(?P<y>{_YYYY})\s*{_RANGE_WORD}\s*(?:năm\s*)?(?P<y>{_YYYY}){_NOT_SYMBOL}",
        # "6 tháng đầu năm 2018", "sáu tháng cuối năm 2019", "nửa đầu năm 2020", "9 tháng năm 2018"
        "stretch": rf"(?<![\d{_LETTER}])(?:(?P<n>{count})\s*tháng(?:\s*(?P<part>{from_words}))?|(?P<half>{half_words}))\s*năm{_E}(?:\s*{year_tail})?",
        # "quý I/2019", "quý I-2019", "quý IV năm 2020", "quý I và quý II năm 2019", "quí III/2010"
        "quarter": rf"{_B}qu[ýí]\s*(?P<q>{quarter})(?:\s*(?P<qc>{_LINK_WORD})\s*(?:qu[ýí]\s*)?(?P<q>{quarter})){{0,3}}(?:\s?[/.-]\s?{year_tail}|\s*,?\s*năm\s*{year_tail})?",
        # "Ngày 1/8", "Sáng 17-12", "ngày 05 tháng 02 năm 2020", "Từ ngày 14 đến ngày 16/6"
        "cued_day": rf"{cue}{day_list}{day_tail}",
        # "ngày 14" (completed by a neighbour: "ngày 14 đến ngày 16/6")
        "bare_day": rf"{cue}(?P<d>{_DD})(?!\s?[/.-]\s?\d)",
        # "tháng 3/2018", "tháng 3 năm 2018", "tháng 12-2019", "tháng 3, 4/2018", "tháng 6"
        "month": rf"{_B}tháng\s*(?P<m>{month})(?:\s*(?P<mc>{_LINK_WORD})\s*(?:tháng\s*)?(?P<m>{month})){{0,6}}(?:\s?[/.-]\s?{year_tail}|\s*,?\s*năm\s*{year_tail})?",
        # "năm 2017", "năm 2017, 2018", "năm 2021 - 2026", "Luật Hộ tịch năm 2014"
        "year": rf"{_B}năm\s*(?P<y>{_YYYY})(?:\s*(?P<yc>{_LINK_WORD})\s*(?:năm\s*)?(?P<y>{_YYYY})){{0,8}}{_NOT_SYMBOL}",
        # "15/5/2016", "15-5-2016", "15.5.2016", "5 tháng 02 năm 2020", a page stamp "04/10/2018"
        "full_day": (
            rf"(?<![\d/.,])(?P<d>{_DD})(?:(?P<s>[/.-])(?P<m>{_MM})(?P=s){year_tail}|\s?/\s?(?P<m>{_MM})\s?/\s?{year_tail}"
            rf"|\s+tháng\s*(?P<m>{month})\s*,?\s*năm\s*{year_tail})"
        ),
        # "2023-09-28" (a web page's metadata)
        "iso_day": rf"(?<![\d/.-])(?P<y>{_YYYY})(?P<s>[-/])(?P<m>0[1-9]|1[0-2])(?P=s)(?P<d>0[1-9]|[12]\d|3[01])(?![\d/-])",
        # "Ngày Dân số thế giới (11-7)", "Ngày truyền thống ngành kiểm tra Đảng (16.10)": a day and
        # month alone in brackets (a dotted one only after the name of a day: see `_atom`)
        "bracket_day": rf"(?<=\(\s*)(?P<d>{_DD})\s?(?P<s>[/.-])\s?(?P<m>{_MM})(?=\s*\))",
        # "Đại hội XIII (1/2021)": a month and year alone in brackets, or opening a span of them in
        # brackets, an anniversary: "(9/1929 - 9/2019)" (its end is read by `_join`)
        "bracket_month": rf"(?<=\(\s*)(?P<m>{_MM})/(?P<y>{_YYYY})(?=\s*\)|\s*-\s*{_MM}/{_YYYY}\s*\))",
        # "(1930-2020)", "Chiến lược 2011-2020" (a bare single year is not a date: "Luật Đất đai 2013")
        "years": rf"(?<![\d/.,:{_LETTER}-])(?P<y>{_YYYY})\s*-\s*(?P<y>{_YYYY})(?![/.]?\d|/\p{{L}}|-\d)",
    }
    flags = regex.IGNORECASE | regex.V0
    compiled = {name: regex.compile(body, flags) for name, body in alternatives.items()}
    # Which alternatives may open with which word: tried in this order, first match wins.
    opened_by = {
        "period": {_first_syllable(p) for p in w["periods"]},
        "from": {"từ"},
        "stretch": {"<count>", *(_first_syllable(p) for p in w["numbers"])}
        | {_first_syllable(p) for p, (kind, _) in w["parts"].items() if kind == "half"},
        "quarter": {"quý", "quí"},  # "quí": the older spelling
        "cued_day": {_first_syllable(p) for p in w["cues"]},
        "bare_day": {_first_syllable(p) for p in w["cues"]},
        "month": {"tháng"},
        "year": {"năm"},
        # At a number, by what the `anchor` saw: four digits are a year; one or two before "tháng"
        # a count or a day ("6 tháng đầu năm", "5 tháng 01"), before "/", "." or "-" a day or month.
        "full_day": {"<day>", "<count>"},
        "iso_day": {"<year>"},
        "bracket_day": {"<day>"},
        "bracket_month": {"<day>"},
        "years": {"<year>"},
    }
    dispatch: dict[str, tuple] = {}
    for name in alternatives:  # dict order is the order of preference
        for opener in opened_by[name]:
            dispatch[opener] = dispatch.get(opener, ()) + ((name, compiled[name]),)
    phrases = [*w["periods"], *w["cues"], *w["parts"], *w["numbers"]]
    glued = tuple(sorted({_first_syllable(p) for p in phrases if " " in p}, key=len, reverse=True))
    # Words are looked up by their first letters only (`_opened_by`): every opener must be shorter.
    assert all(len(key) < _OPENER_PREFIX for key in (*dispatch, *glued) if not key.startswith("<"))
    return {
        "dispatch": dispatch,
        "group_names": {name: frozenset(pattern.groupindex) for name, pattern in compiled.items()},
        "glued": glued,
        # A day right after "đến"/"-"/"và", its cue optional: "30/4 - 1/5", "11/7 - 13/7/2018".
        "next_day": regex.compile(rf"(?:{cue})?(?P<d>{_DD}){day_tail}", flags),
        # A month right after "đến"/"-": "tháng 10/2023 - 3/2024".
        "next_month": regex.compile(rf"(?:tháng\s*)?(?P<m>{month})(?:\s?[/.-]\s?{year_tail}|\s*,?\s*năm\s*{year_tail})", flags),
        # "đến", "- ", "đến hết", "đến 17h" ("từ 8h ngày 5/6 đến 17h ngày 7/6/2018")
        "range_link": regex.compile(
            rf"\s*(?:-|(?:cho\s+)?(?:đến|tới){_E}(?:\s*hết{_E})?(?:\s*\d{{1,2}}\s*(?:giờ|h|:)\s*(?:\d\d\s*(?:phút)?)?)?)\s*", flags
        ),
        "list_link": regex.compile(rf"\s*(?:,|(?:và|hoặc){_E})\s*", flags),
        "and_link": regex.compile(rf"\s*(?:và|hoặc){_E}\s*", flags),
        "from_before": regex.compile(rf"{_B}(?:kể\s*)?từ\s*(?:\d{{1,2}}\s*(?:giờ|h|:)\s*(?:\d\d\s*(?:phút)?)?\s*)?$", flags),
        "after_not": regex.compile(rf"\s*\(?\s*{_either(w['not_dates']['after'])}", flags),
        "after_no_year_not": regex.compile(rf"\s*\)?\s*{_either(w['not_dates']['after_no_year'])}", flags),
        "before_decade": regex.compile(rf"{_B}{_either(w['not_dates']['before_decade'])}\s*$", flags),
        # Matched backwards from the end of the text before a date ("(?r)"): one anchored try
        # instead of a search that tries every place of the line for a match that must end there.
        "label_before": regex.compile(rf"(?r){_B}{_either(w['labels'])}\s*[:|]*\s*\|?\s*$", flags),
        "header_place": regex.compile(r"(?:^|\|)\s*(?P<place>\p{Lu}[^\n|,\d]{1,60}),\s*$"),
        "clock": regex.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)"),
        # A number that can hold an expression together: a year, or a day or month next to another
        # number ("15/5", "12-4", "1.8") or before "tháng" ("5 tháng 01", "6 tháng đầu năm"). The
        # group named is the opener of the patterns to try there (see `dispatch`).
        "anchor": regex.compile(r"(?<!\d)(?:(?P<year>\d{4})(?!\d)|(?P<day>\d{1,2})(?=\s?[/.-]\s?\d)|(?P<count>\d{1,2})(?=\s+tháng))", flags),
        "word": regex.compile(rf"(?<![{_LETTER}\d])[{_LETTER}]+"),
        # A word that may open an expression: its first letter is the first letter of one, and no
        # letter or digit comes before it (tested second: most places fail on the first letter).
        # Its first letters only: no opener is longer, and `_opened_by` caches short strings.
        "opener": regex.compile(
            rf"[{regex.escape(''.join(sorted(_first_letters(dispatch))))}](?<![{_LETTER}\d].)[{_LETTER}]{{0,{_OPENER_PREFIX - 1}}}"
        ),
        "cue_word": regex.compile(rf"{_B}(?:{_either(w['cues'])})", flags),
        # The name of a day ("Ngày Phụ nữ Việt Nam (") right before a bracketed date.
        "named_day_before": regex.compile(rf"{_B}ngày\s+[{_LETTER}][^.;:\n()]*\(\s*$", flags),
    }


# ---------------------------------------------------------------- what an expression means
@dataclass(slots=True)
class _When:
    """One calendar expression. `y` None: written without its year. `kind` day: a=month, b=day;
    month: a=month; quarter: a=quarter; half: a=half; months: a..b (a stretch); year."""

    kind: str
    y: int | None
    a: int | None = None
    b: int | None = None

    def complete(self) -> bool:
        if self.kind == "day":
            return self.a is not None and self.b is not None
        return self.y is not None

    def months(self) -> tuple[int, int]:
        if self.kind in ("day", "month"):
            return self.a, self.a
        if self.kind == "quarter":
            return 3 * self.a - 2, 3 * self.a
        if self.kind == "half":
            return 6 * self.a - 5, 6 * self.a
        if self.kind == "months":
            return self.a, self.b
        return 1, 12

    def bounds(self, year: int | None = None) -> tuple[datetime.date, datetime.date] | None:
        """First and last day, in the written year or (for a year-less day) the one given."""
        y = self.y if self.y is not None else year
        if y is None:
            return None
        try:
            if self.kind == "day":
                day = datetime.date(y, self.a, self.b)
                return day, day
            first, last = self.months()
            return datetime.date(y, first, 1), datetime.date(y, last, calendar.monthrange(y, last)[1])
        except (ValueError, TypeError):
            return None

    def valid(self) -> bool:
        if self.kind == "day":
            if self.a is None:
                return self.b is not None and 1 <= self.b <= 31
            return self.bounds(self.y if self.y is not None else 2000) is not None  # 29/2 exists without a year
        first, last = self.months()
        return 1 <= first <= last <= 12 and (self.y is None or 1000 <= self.y <= 2199)

    def value(self) -> tuple[str, str]:
        """(value, granularity) as SPEC.md writes them."""
        if self.kind == "day":
            if self.y is None:
                return f"--{self.a:02d}-{self.b:02d}", "day"
            return f"{self.y:04d}-{self.a:02d}-{self.b:02d}", "day"
        if self.kind == "month":
            return f"{self.y:04d}-{self.a:02d}", "month"
        if self.kind == "quarter":
            return f"{self.y:04d}-Q{self.a}", "quarter"
        if self.kind == "half":
            return f"{self.y:04d}-H{self.a}", "half"
        if self.kind == "months":
            return f"{self.y:04d}-{self.a:02d}/{self.y:04d}-{self.b:02d}", "range"
        return f"{self.y:04d}", "year"


def _stretch(n: int, part: str | None, y: int | None) -> _When | None:
    """"N tháng đầu/cuối năm": the first or last N months, named by their true granularity."""
    if not 1 <= n <= 12:
        return None
    first, last = (13 - n, 12) if part == "from_end" else (1, n)
    if n == 12:
        return _When("year", y)
    if n == 6:
        return _When("half", y, 1 if first == 1 else 2)
    if n == 3 and first in (1, 10):
        return _When("quarter", y, 1 if first == 1 else 4)
    return _When("months", y, first, last)


@dataclass(slots=True)
class _Item:
    """One expression found in the text, with its normalised span and how it joins the next."""

    when: _When
    start: int
    end: int
    cued: bool = True  # a year-less day counts only after a cue ("Ngày", "Sáng" …), not after "từ" alone
    link: str | None = None  # "range" or "list": how this item joins the next one
    gone: bool = False


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    items: list[_Item] = field(default_factory=list)
    kind: str = ""
    cue: str = ""


# ---------------------------------------------------------------- atoms
def _number(text: str) -> int | None:
    """ "12", "Mười Hai", "mườihai" → 12."""
    if text.isdigit():  # the usual case, and nothing to fold
        return int(text)
    text = "".join(text.casefold().split())
    if text.isdigit():
        return int(text)
    return _glued_numbers().get(text)


def _part(words: str) -> tuple[str, tuple[int, int] | None]:
    """ "đầu" → ("from_start", None); "nửa cuối", "nửacuối" → ("half", (7, 12))."""
    glued = "".join(words.casefold().split())
    return next(value for key, value in _words()["parts"].items() if key.replace(" ", "") == glued)


@lru_cache(maxsize=1)
def _glued_numbers() -> dict[str, int]:
    return {"".join(words.casefold().split()): n for words, n in _words()["numbers"].items()}


def _link_kind(connector: str) -> str:
    connector = connector.strip().casefold()
    return "range" if connector in ("-", "đến", "tới") else "list"


def _elements(match: regex.Match, group: str, links: str, whens: list[_When], atom: _Atom) -> None:
    """Items for a list ("năm 2017, 2018"): the first from the atom's start, the last to its end."""
    spans = match.spans(group)
    if len(spans) == 1:  # the usual case: one element, the whole atom
        atom.items.append(_Item(whens[0], atom.start, atom.end))
        return
    connectors = match.captures(links) if links else []
    joints = match.spans(links) if links else []
    for i, (when, (s, e)) in enumerate(zip(whens, spans)):
        # A later element starts right after its connector: "quý I và quý II năm 2019" → "quý II năm 2019".
        start = atom.start if i == 0 else _skip_spaces(match.string, joints[i - 1][1]) if i - 1 < len(joints) else s
        end = atom.end if i == len(spans) - 1 else e
        link = _link_kind(connectors[i]) if i < len(connectors) else None
        atom.items.append(_Item(when, start, end, link=link))


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _atom(kind: str, match: regex.Match) -> _Atom | None:
    atom = _Atom(match.start(), match.end(), kind=kind)
    # The few groups read here, each by name (far cheaper than match.groupdict()): None when the
    # pattern has no such group or it took no part.
    names = _patterns()["group_names"][kind]
    y = match["y"] if "y" in names else None
    y = int(y) if y else None
    if kind in ("period", "from", "years"):
        first, last = map(int, match.captures("y"))
        if not first < last <= first + 100 or (kind == "years" and first < 1800):
            return None  # "1000-1050 m" is no span of years
        atom.items = [_Item(_When("year", first), atom.start, atom.end, link="range")]
        atom.items.append(_Item(_When("year", last), atom.end, atom.end))  # an end with no span of its own
        return atom
    if kind == "year":
        years = [int(v) for v in match.captures("y")]
        # A list goes on while the years rise a little: "năm 2016, 2017 và 2018", not "năm 2020, 1500 hộ".
        kept = 1
        while kept < len(years) and years[kept - 1] < years[kept] <= years[kept - 1] + 50:
            kept += 1
        if kept < len(years):
            atom.end = match.spans("y")[kept - 1][1]
        _elements(match, "y", "yc", [_When("year", y) for y in years[:kept]], atom)
        atom.items[-1].link = None
        return atom
    if kind == "stretch":
        if match["half"]:
            _, (first, last) = _part(match["half"])
            when = _When("half", y, 1 if first == 1 else 2)
        else:
            part = _part(match["part"])[0] if match["part"] else None
            when = _stretch(_number(match["n"]), part, y)
        if when is None:
            return None
        atom.items = [_Item(when, atom.start, atom.end)]
        return atom
    if kind == "quarter":
        quarters = [_words()["quarters"].get(q.casefold()) for q in match.captures("q")]
        _elements(match, "q", "qc", [_When("quarter", y, q) for q in quarters], atom)
        return atom
    if kind == "bracket_month":
        atom.items = [_Item(_When("month", y, int(match["m"])), atom.start, atom.end)]
        return atom
    if kind == "month":
        months = [_number(m) for m in match.captures("m")]
        _elements(match, "m", "mc", [_When("month", y, m) for m in months], atom)
        return atom
    # Days.
    month = match["m"] if "m" in names else None
    month = _number(month) if month else None
    cued = True
    if kind in ("cued_day", "bare_day"):
        atom.cue = match["cue"]
        cued = _cues_a_day(atom.cue)
    separator = match["s"] if "s" in names else None
    if separator == "." and y is None and not (cued and kind == "cued_day"):
        # "từ 1.5 đến 2.5 triệu", "tăng (1.5) lần": decimals; but "Chiều 12.5," is a day, and so is
        # "(16.10)" after the name of a day: "Ngày truyền thống ngành kiểm tra Đảng (16.10)"
        named_day = _patterns()["named_day_before"]
        if kind != "bracket_day" or not named_day.search(match.string, max(0, atom.start - _REACH), atom.start):
            return None
    days = [int(d) for d in match.captures("d")]
    links = "dc" if kind == "cued_day" else None
    _elements(match, "d", links, [_When("day", y, month, d) for d in days], atom)
    for item in atom.items:
        item.cued = cued
    return atom


@lru_cache(maxsize=1024)
def _cues_a_day(cue: str) -> bool:
    """Whether the words before a day ("Sáng ", "Từ ngày ") let it count without its year: any cue
    but "từ" alone. Cached: the same few cues come back all the time."""
    return any(w.group().casefold() != "từ" for w in _patterns()["cue_word"].finditer(cue))


# ---------------------------------------------------------------- joining neighbours
def _join(text: str, atoms: list[_Atom]) -> list[_Item]:
    """Flatten the atoms into items, linking neighbours ("đến", "-", "và") and reading bare next days."""
    patterns = _patterns()
    items: list[_Item] = []
    reached = -1
    for index, atom in enumerate(atoms):
        if atom.start < reached:
            continue
        if items and items[-1].link is None:
            items[-1].link = _link_between(text, items[-1], atom.start)
        items.extend(atom.items)
        reached = atom.end
        last = items[-1]
        if last.when.kind == "day" and last.when.a is not None:
            kinds = (("range", patterns["range_link"], patterns["next_day"]), ("list", patterns["and_link"], patterns["next_day"]))
        elif last.when.kind == "month":
            kinds = (("range", patterns["range_link"], patterns["next_month"]),)
        else:
            continue
        # A bare day or month after "đến"/"-"/"và" ("30/4 - 1/5", "tháng 10/2023 - 3/2024"): not an
        # atom of its own, read here.
        following = atoms[index + 1].start if index + 1 < len(atoms) else len(text)
        for link_name, link, pattern in kinds:
            joint = link.match(text, atom.end, atom.end + _LONGEST)
            if not joint:
                continue
            if joint.end() >= following:
                break  # an atom of its own starts there: it is linked as usual
            nxt = pattern.match(text, joint.end(), joint.end() + _LONGEST)
            if not nxt:
                continue
            day = pattern is patterns["next_day"]  # else next_month, which has no "d" nor "s"
            if day and nxt["s"] == "." and not nxt["y"]:
                continue
            y = int(nxt["y"]) if nxt["y"] else None
            if day:
                when = _When("day", y, _number(nxt["m"]), int(nxt["d"]))
            else:
                when = _When("month", y, _number(nxt["m"]))
            last.link = link_name
            items.append(_Item(when, nxt.start(), nxt.end(), cued=last.cued))
            reached = nxt.end()
            break
    return items


def _link_between(text: str, item: _Item, start: int) -> str | None:
    patterns = _patterns()
    if patterns["range_link"].fullmatch(text, item.end, start):
        return "range"
    if patterns["list_link"].fullmatch(text, item.end, start):
        return "list"
    return None


def _carry(items: list[_Item]) -> None:
    """Give a partial expression what its linked neighbour has: "ngày 14 đến ngày 16/6",
    "từ ngày 11/7 đến ngày 13/7/2018", "quý I và quý II năm 2019"; for ranges, forward too."""
    for i in range(len(items) - 2, -1, -1):  # right to left: "quý I, quý II và quý III năm 2019"
        a, b = items[i].when, items[i + 1].when
        if items[i].link is None or not _same_scale(a, b):
            continue
        if a.kind == "day" and a.a is None and b.a is not None:
            a.a = b.a
        if a.y is None and b.y is not None:
            a.y = b.y
            if items[i].link == "range" and _order(a) > _order(b):  # "từ 20/12 đến 5/1/2019"
                a.y -= 1
    for i in range(len(items) - 1):
        a, b = items[i].when, items[i + 1].when
        if items[i].link == "range" and _same_scale(a, b) and b.y is None and a.y is not None:
            b.y = a.y
            if b.complete() and _order(b) < _order(a):
                b.y += 1


def _same_scale(a: _When, b: _When) -> bool:
    stretches = ("month", "quarter", "half", "months")
    return a.kind == b.kind or (a.kind in stretches and b.kind in stretches)


def _order(when: _When) -> tuple[int, int]:
    first, _ = when.months()
    return first, when.b if when.kind == "day" and when.b else 0


# ---------------------------------------------------------------- the text's own date
def _issued_on(text: str, items: list[_Item], atoms_by_start: dict[int, _Atom]) -> str | None:
    """The date the text gives itself: a header "Hà Nội, ngày 29 tháng 7 năm 2016", a label
    "Ngày đăng: 11/09/2020", or a page stamp with its clock time "12:07 - 04/10/2018"."""
    patterns = _patterns()
    found: dict[str, str] = {}
    # A page stamp sits in the page's first or last lines.
    top = _nth(text, "\n", _STAMP_LINES)
    bottom = _nth_from_end(text, "\n", _STAMP_LINES)
    for item in items:
        when = item.when
        if when.kind != "day" or when.y is None or when.a is None or not when.valid():
            continue
        # Only the line around the date matters, and only its last stretch before it.
        reach = max(0, item.start - _LINE_REACH)
        line_start = text.rfind("\n", reach, item.start) + 1 or reach
        line_end = text.find("\n", item.end, item.end + _LINE_REACH)
        line_end = min(len(text), item.end + _LINE_REACH) if line_end < 0 else line_end
        whole_line = line_start > reach or reach == 0
        before = text[line_start : item.start]
        atom = atoms_by_start.get(item.start)
        if (
            "header" not in found
            and atom is not None
            and atom.cue.strip().casefold() in ("ngày", "")
            and before.rstrip().endswith(",")  # what the end of `header_place` needs: a quick test first
        ):
            # "Hà Nội, ngày …" at a line's start, or after a table's "|"
            place = patterns["header_place"].search(before if whole_line else before[max(0, before.rfind("|")) :])
            if place and (whole_line or "|" in before) and len(place["place"].split()) <= 8:
                found["header"] = when.value()[0]
                break  # the header wins over anything else
        if "label" not in found and patterns["label_before"].match(before):
            found["label"] = when.value()[0]
        stamp_place = item.start < top or item.start > bottom
        if stamp_place and whole_line and line_end - line_start <= 120:
            # A line of few words: "12:07 - 04/10/2018", "Bùi Ánh - 14:20 28/09/2023 GMT+7", with a
            # clock time, or little more than the date ("Thứ Sáu, 15/05/2020"): not a sentence. The
            # one with a clock time wins: a bare date on top is often the site's "today".
            if len(patterns["word"].findall(text, line_start, line_end)) <= _STAMP_WORDS:
                if patterns["clock"].search(text, line_start, line_end):
                    found.setdefault("stamp", when.value()[0])
                elif line_end - line_start <= _BARE_STAMP:
                    found.setdefault("bare stamp", when.value()[0])
    for kind in ("header", "label", "stamp", "bare stamp"):
        if kind in found:
            return found[kind]
    return None


_STAMP_LINES = 8
_LINE_REACH = 160
_BARE_STAMP = 32
_STAMP_WORDS = 8


def _nth(text: str, char: str, n: int) -> int:
    """Offset of the n-th `char` (or the text's end)."""
    at = -1
    for _ in range(n):
        at = text.find(char, at + 1)
        if at < 0:
            return len(text)
    return at


def _nth_from_end(text: str, char: str, n: int) -> int:
    at = len(text)
    for _ in range(n):
        at = text.rfind(char, 0, at)
        if at < 0:
            return -1
    return at


def _resolve(when: _When, issued: datetime.date | None) -> tuple[datetime.date, datetime.date] | None:
    """Bounds of an expression; a year-less day takes the year that puts it nearest the text's date."""
    if when.y is not None:
        return when.bounds()
    if issued is None:
        return None
    best = None
    for year in (issued.year - 1, issued.year, issued.year + 1):
        bounds = when.bounds(year)
        if bounds and (best is None or abs((bounds[0] - issued).days) < abs((best[0] - issued).days)):
            best = bounds
    return best


# ---------------------------------------------------------------- scanning
_REACH = 64  # how far before its first digit an expression may start ("quý I, quý II và quý III năm 2019")
_OPENER_PREFIX = 16  # a word is looked up by its first letters: every opener and glued prefix is shorter


@lru_cache(maxsize=4096)
def _opened_by(word: str) -> tuple:
    """The (kind, pattern) pairs a word may open, in order of preference: () for most words.

    Cached: the same few hundred words come back in every text, and most open nothing.
    """
    patterns = _patterns()
    dispatch, glued = patterns["dispatch"], patterns["glued"]
    key = word.casefold()
    tried = dispatch.get(key)
    if tried is None and key.startswith(glued):  # "giaiđoạn 2006 - 2010"
        tried = dispatch.get(next(g for g in glued if key.startswith(g)))
    return tried or ()


def _scan(text: str):
    """(kind, match) for every expression, trying the patterns only where one can start.

    Every counted expression holds a year or a day/month number written next to another number
    or before "tháng" (`anchor`), and starts at most `_REACH` characters before it, at a digit or
    at a word that can open one ("ngày", "quý", "giai đoạn" …). Each such start is tried with the
    few patterns that word can open, anchored: many times faster than letting one big alternation
    scan every position. Numbers that are counts ("5 đồng chí", "lần thứ 6") are never looked at.
    """
    patterns = _patterns()
    dispatch, words = patterns["dispatch"], patterns["opener"]
    covered = scanned = 0  # matched up to; words looked at up to (a start that failed once always fails)
    # The numbers first (a trivial pattern, under the regex time guard), then the Python work on each.
    numbers = [(number.start(), number.lastgroup) for number in _guard.finditer(patterns["anchor"], text)]
    for at, opener in numbers:
        if at < covered:
            continue
        starts = []
        for word in words.finditer(text, max(covered, scanned, at - _REACH), at):
            tried = _opened_by(word.group())
            if tried:
                starts.append((word.start(), tried))
        starts.append((at, dispatch[f"<{opener}>"]))
        scanned = at + 1
        for start, tried in starts:
            if start < covered:
                continue
            for kind, pattern in tried:
                match = pattern.match(text, start, start + _LONGEST)
                if match is not None:
                    break
            else:
                continue
            yield kind, match
            covered = match.end()
            if covered > at:
                break


# ---------------------------------------------------------------- extract
def extract(context) -> list[DateMention]:
    text = context.text
    atoms = []
    for kind, match in _scan(text):
        atom = _atom(kind, match)
        if atom is not None:
            atoms.append(atom)
    items = _join(text, atoms)
    _carry(items)
    _drop_not_dates(text, items)
    atoms_by_start = {atom.start: atom for atom in atoms}
    issued = _issued_on(text, items, atoms_by_start)
    context.issued_on = issued
    issued_day = datetime.date.fromisoformat(issued) if issued else None

    mentions: list[DateMention] = []
    i = 0
    while i < len(items):
        item = items[i]
        if item.link == "range" and i + 1 < len(items):
            mention = _range(text, context, item, items[i + 1], issued_day)
            if mention is not None:
                mentions.append(mention)
                i += 2
                continue
        mention = _single(text, context, item, issued_day)
        if mention is not None:
            mentions.append(mention)
        i += 1
    return mentions


def _drop_not_dates(text: str, items: list[_Item]) -> None:
    patterns = _patterns()
    for item in items:
        when = item.when
        if patterns["after_not"].match(text, item.end, item.end + _LONGEST):
            item.gone = True  # "ngày 15 tháng 7 âm lịch"
        if when.kind == "day" and when.y is None and patterns["after_no_year_not"].match(text, item.end, item.end + _LONGEST):
            item.gone = True  # "từ 1/3 đến 1/2 số hộ"
        if when.kind == "year" and when.y is not None and when.y % 10 == 0 and item.link is None:
            if patterns["before_decade"].search(text, max(0, item.start - 20), item.start):
                item.gone = True  # "những năm 1990"


def _single(text: str, context, item: _Item, issued: datetime.date | None) -> DateMention | None:
    when = item.when
    if item.gone or not when.complete() or not when.valid() or item.start == item.end:
        return None
    if when.kind == "day" and when.y is None and not item.cued:
        return None
    value, granularity = when.value()
    bounds = _resolve(when, issued)
    return _mention(text, context, item.start, item.end, value, granularity, bounds)


def _range(text: str, context, first: _Item, last: _Item, issued: datetime.date | None) -> DateMention | None:
    a, b = first.when, last.when
    if first.gone or last.gone or not (a.complete() and b.complete() and a.valid() and b.valid()):
        return None
    if (a.y is None) != (b.y is None):
        return None
    if a.y is None and not (a.kind == b.kind == "day"):
        return None  # a month, quarter or half with no year is not counted
    if a.y is None and not first.cued and _order(a) > _order(b):
        return None  # "từ 1/3 đến 1/2": fractions, not days
    start_bounds, end_bounds = _resolve(a, issued), _resolve(b, issued)
    if a.y is not None and start_bounds[0] > end_bounds[1]:
        return None  # not a range: "ngày 15/5/2016 - 3/4/2015"
    if a.kind == b.kind and (a.kind != "months"):
        value = f"{a.value()[0]}/{b.value()[0]}"
    elif start_bounds and end_bounds:
        value = f"{start_bounds[0].isoformat()}/{end_bounds[1].isoformat()}"
    else:
        return None
    if a.y is None and start_bounds and end_bounds and start_bounds[0] > end_bounds[1]:
        end_bounds = _resolve(_When(b.kind, start_bounds[0].year + 1, b.a, b.b), None)  # "30/12 - 2/1"
    start = first.start
    before = _patterns()["from_before"].search(text, max(0, start - 24), start)
    if before:
        start = before.start()
    bounds = (start_bounds[0], end_bounds[1]) if start_bounds and end_bounds else None
    return _mention(text, context, start, max(last.end, first.end), value, "range", bounds)


def _mention(text: str, context, start: int, end: int, value: str, granularity: str, bounds) -> DateMention:
    if end < len(text) and text[end] == ")" and "(" in text[start:end] and ")" not in text[start:end]:
        end += 1  # "Thứ Hai (24/12)": close what the mention opened
    span = context.span(start, end)
    return DateMention(
        text=span.text,
        start=span.start,
        end=span.end,
        value=value,
        granularity=granularity,
        start_date=bounds[0].isoformat() if bounds else None,
        end_date=bounds[1].isoformat() if bounds else None,
    )
