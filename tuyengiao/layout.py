"""The shape of the page: its title, its byline, and where the body ends and the web page's leftovers begin.

Two kinds of text come in. Web articles open with a headline line (under the page's time stamp or a
button such as "In bài", at times) and may end with a byline ("Nguyễn Đức Luận" / "Ban Tuyên giáo
Tỉnh ủy Lạng Sơn") and the site's furniture ("Có thể bạn quan tâm", "Phản hồi" …). Formal documents
open with the thể thức header (issuing body, national motto or "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: …",
place and date) and carry their title as a capitalised type word ("QUYẾT ĐỊNH") over the trích yếu.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ._data import read_lines
from .models import Author, Span
from .text import SourceText, tidy

_HEADER_MARK = regex.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM")
_NUMBER_LINE = regex.compile(r"^Số\s*:", regex.IGNORECASE)
_HEADER_NUMBER = regex.compile(r"^Số\s*:?\s*\d")  # "Số: 225 - KH/TWĐTN-CTTN", "Số 15-HD/TĐTN"
_DATE_LINE = regex.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"(?<![.…])[.](?:[\"”’)\]]*)$")
# A name word, or initials, or initials glued to a name word ("T.H", "L.Duy", "T.Thủy")
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}[\p{Lu}\p{M}]*|(?:\p{Lu}\.)+(?:\p{Lu}[\p{Ll}\p{M}]*)?)$")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
# An aggregator's link to the article it copied, under the byline: "Nguồn KTĐT: https://kinhtedothi.vn/…" (baomoi)
_SOURCE_LINK = regex.compile(r"^Nguồn\b[^:\n]{0,40}:?\s*https?://\S+$")
# A section heading that may close an excerpt of a formal document: "I. MỤC TIÊU", "II. NỘI DUNG" (a lone
# "V." or "X." is an initial: "V. Hà").
_SECTION_NUMBER = regex.compile(r"^(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)\.\s")
_TRAILING_TAG = regex.compile(r"\s*\([^()]{1,20}\)$")  # "T.H(bt)" → "T.H"
# "Thùy Linh." → "Thùy Linh": a full stop after a name of two words or more ("Hết." stays a sentence;
# initials "T.H." keep theirs).
_NAME_FULL_STOP = regex.compile(r"(?<=\s\p{Lu}[\p{Ll}\p{M}]+)\.$")
# A byline under the headline, with the time or date of posting after a dash, a bullet or a space, and at
# times the writer's part in brackets: "Bùi Ánh - 14:20 28/09/2023", "Dương Linh 03/03/2024 - 10:14",
# "NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09", "Nhóm PVTS • 19/11/2024".
_TOP_BYLINE = regex.compile(
    r"^(?P<name>[^\d\n|(),•-]{2,40}?)(?:\s+\([\p{Ll}\s]{1,20}\))?\s+(?:[-•]\s+)?\d{1,2}(?::\d{2}|/\d{1,2}/\d{4})\b"
    r"(?:[\s\d/:,.+()-]|GMT|[AP]M)*$"  # only the stamp after it: "Sáng 16/7/2024, Ủy ban …" is a sentence
)
_AFFILIATION_HEAD = regex.compile(
    r"^(?:Ban|Báo|Tạp chí|Đài|Sở|Ủy ban|Hội|Văn phòng|Trung tâm|Phòng|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|"
    r"Thị ủy|Đảng ủy|Trường|Học viện|Cổng|Bộ|Cục|Viện|Đoàn|Công an|Liên đoàn|Thông tấn xã|TTXVN)\b"
)
# A page's own time stamp above the headline: "Thứ Năm, 15/10/2020, 16:21 (GMT+7)", "11:03, 01/03/2023",
# "Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27", "Thứ Năm, 8/6/2023 14:46'(GMT+7)". It holds a date or a
# clock time and, besides them, only weekdays, "ngày/tháng/năm" numbers, short labels ending in ":" and
# punctuation.
_STAMP_DATE_OR_TIME = regex.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}|\b[Nn]gày\s+\d{1,2}\s+tháng\s+\d{1,2}")
_STAMP_LINE = regex.compile(  # case spelt out: IGNORECASE makes the regex several times slower
    r"^(?:[\s\d/.:,|()+•*'-]|GMT|[AP]M|[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)|[Cc]hủ\s+[Nn]hật"
    r"|[Nn]gày|[Tt]háng|[Nn]ăm|\p{L}++(?:\s\p{L}++){0,2}+\s*+:)+$"
)
_STAMP_ENDINGS = tuple("0123456789)-M")
_MAX_STAMP_LINE = 80
_MIN_HEADLINE = 10
_MAX_BUTTON_LINE = 40  # "In bài", "Chia sẻ" above the headline
_MAX_TYPE_LINE = 40  # "THÔNG TƯ LIÊN TỊCH:" with room for spaces
_MAX_STRAY_LINE = 10  # ";", ".", "* * *" under a byline
_MAX_BYLINE = 60  # two names joined by a dash, "Khánh Linh - Hoàng Luận", fit easily
_MAX_TOP_BYLINE = 100  # a name, the writer's part and the stamp: "NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09"
_READ_ON_WINDOW = 12  # lines looked at after a leftover marker for a text that goes on
_MAX_FURNITURE_LINE = 200  # leftovers are short lines: headlines, buttons, labels


@dataclass(frozen=True)
class Layout:
    title: str | None
    title_span: Span | None
    author: Author | None
    body_end: int  # normalised offset where the leftovers begin (len(text) when there are none)
    # Normalised offsets [start, end) of the byline's name (author.span holds the caller's offsets).
    author_at: tuple[int, int] | None = None


class _Line:
    """A non-blank line: its normalised offsets and its text, tidied when first read.

    Only the lines near the top and the bottom of a text are read (title, byline, leftovers), so
    most lines of the body, the long ones, are never tidied.
    """

    __slots__ = ("start", "end", "raw", "_text")

    def __init__(self, start: int, end: int, raw: str):
        self.start, self.end, self.raw, self._text = start, end, raw, None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = tidy(self.raw)
        return self._text

    def is_long(self) -> bool:
        """Longer than any leftover line, once tidied (tidying never makes a line longer)."""
        return len(self.raw) > _MAX_FURNITURE_LINE and len(self.text) > _MAX_FURNITURE_LINE


def _lines(text: str) -> list[_Line]:
    """The non-blank lines of the text (other than a lone "|"), with their offsets."""
    lines = []
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        # tidy(raw) is "" or "|" exactly when these are: str.strip() drops every character that
        # tidy folds or strips (Unicode White_Space and the four \x1c-\x1f).
        if raw and raw.strip() not in ("", "|"):
            lines.append(_Line(start, end, raw))
        start = end + 1
    return lines


def read_layout(source: SourceText) -> Layout:
    text = source.normalized
    lines = _lines(text)
    if not lines:
        return Layout(None, None, None, len(text))
    title_lines = _title_lines(lines)
    body_lines = _lines_before_leftovers(lines, title_lines)
    body_end = body_lines[-1].end if len(body_lines) < len(lines) else len(text)
    title = title_span = None
    if title_lines:
        title = " ".join(line.text for line in title_lines)
        title_span = source.span(title_lines[0].start, title_lines[-1].end)
    author, author_at = (
        _bottom_byline(source, body_lines, title_lines)
        or _top_byline(source, _lines_under_headline(lines, title_lines))
        or (None, None)
    )
    return Layout(title, title_span, author, body_end, author_at)


def _lines_under_headline(lines: list[_Line], title_lines: list[_Line]) -> list[_Line]:
    """The three lines under the headline, which may stand below the page's time stamp; under the first line
    when there is no headline."""
    top = lines[:4]
    at = top.index(title_lines[0]) if title_lines and title_lines[0] in top else 0
    return lines[at + 1 : at + 4]


# ---------------------------------------------------------------- leftovers
@lru_cache(maxsize=1)
def _leftover_markers() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    exact, prefixes, suffixes = set(), [], []
    for marker in read_lines("leftovers.txt"):
        if marker.endswith("..."):
            prefixes.append(marker[:-3].casefold())
        elif marker.startswith("..."):
            suffixes.append(marker[3:].casefold())
        else:
            exact.add(marker.casefold())
    return frozenset(exact), tuple(prefixes), tuple(suffixes)


@lru_cache(maxsize=1)
def _leftover_prefixes_as_written() -> tuple[str, ...]:
    """The prefix markers in their own case, for a raw line that is not worth tidying ("Trang chủ")."""
    return tuple(marker[:-3] for marker in read_lines("leftovers.txt") if marker.endswith("..."))


def _is_leftover(line: _Line) -> bool:
    exact, prefixes, suffixes = _leftover_markers()
    key = line.text.rstrip(": ").casefold()
    return key in exact or key.startswith(prefixes) or key.endswith(suffixes)


def _lines_before_leftovers(lines: list[_Line], title_lines: list[_Line]) -> list[_Line]:
    """Cut at the first marker line after which only short lines follow, unless they are a hard-wrapped
    text going on (a question-and-answer page's "Trả lời:" is no comment button). The cut comes after
    the body's first line: a marker above it is the page's top furniture ("Đăng nhập", "Google News"
    under the headline), not its end."""
    last_long = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].is_long()), -1)
    for i in range(max(1, last_long + 1, _first_body_line(lines, title_lines, last_long) + 1), len(lines)):
        if _is_leftover(lines[i]) and not _reads_on(lines[i + 1 : i + 1 + _READ_ON_WINDOW]):
            return lines[:i]
    return lines


def _first_body_line(lines: list[_Line], title_lines: list[_Line], last_long: int) -> int:
    """The index of the first line under the title (or from the top) that is no leftover marker; a long
    line under the title is a paragraph, and the search for the leftovers starts after it anyway."""
    first = lines.index(title_lines[-1]) + 1 if title_lines else 0
    if last_long >= first:
        return first
    while first < len(lines) and _is_leftover(lines[first]):
        first += 1
    return first


def _reads_on(lines: list[_Line]) -> bool:
    """Prose wrapped onto the next line ("… có nhiệm vụ giải" / "quyết …") at least twice: a text, not the
    page's furniture, whose headlines and buttons each open with a capital."""
    runs = 0
    for line, following in zip(lines, lines[1:]):
        if following.start == line.end + 1 and following.raw.lstrip()[:1].islower():
            runs += 1
            if runs == 2:
                return True
    return False


# ---------------------------------------------------------------- title
def _title_lines(lines: list[_Line]) -> list[_Line]:
    first = lines[0]
    # Both header marks hold "CỘNG": without it on the first lines, they need not be tidied and joined.
    header = lines[:12]
    formal = any("CỘNG" in line.raw for line in header) and bool(_HEADER_MARK.search(" ".join(line.text for line in header)))
    if formal and (first.text.isupper() or "|" in first.text):  # the header itself
        return _formal_title(lines)
    # A mass organisation's header has neither mark: "BAN CHẤP HÀNH TRUNG ƯƠNG / ĐOÀN TNCS HỒ CHÍ MINH /
    # *** / Số: 225-KH/TWĐTN"; its number line shows it.
    if not formal and first.text.isupper() and any(_HEADER_NUMBER.match(line.text) for line in header):
        block = _formal_title(lines)
        if block:
            return block
    types = _formal_words()[0]
    # A document copied without its header: "QUY ĐỊNH" / "CÔNG TÁC VĂN THƯ …" (a type line is short: no need
    # to tidy a long first line).
    if len(first.raw) <= _MAX_TYPE_LINE and first.text.rstrip(":") in types:
        return _formal_title(lines)
    top = _first_headline_candidate(lines) if _may_be_top_furniture(first.raw) else first
    if top is None or not _is_headline(top, lines):
        return _formal_title(lines) if formal else []
    if not formal:
        return [top]
    if top.text.isupper() or "|" in top.text:
        return _formal_title(lines)
    # A legal-document site heads the copy with the document's name ("Quyết định 186/QĐ-UBND năm 2018 …");
    # any other line above the header is the site's own ("Hệ thống pháp luật", "Tải bản đầy đủ (.pdf)").
    if _names_a_document(top.text, types):
        return [top]
    return _formal_title(lines) or [top]


def _names_a_document(text: str, types: frozenset[str]) -> bool:
    """The line opens with a document type in one or two words: "Quyết định 186/QĐ-UBND …", "Thông báo số 31 …"."""
    words = text.upper().split(" ", 2)
    return words[0] in types or " ".join(words[:2]) in types


def _first_headline_candidate(lines: list[_Line]) -> _Line | None:
    """The first line that is not the page's furniture above the headline."""
    top = lines[:4]
    for i, line in enumerate(top):
        if _is_top_furniture(line):
            continue
        # The site's name between today's date and the time of posting: "Thứ Sáu, 19/7/2024" /
        # "Ban Tuyên giáo Trung ương" / "Thứ Năm, 8/6/2023 14:46'(GMT+7)" (tuyengiao.vn).
        short = len(line.raw) <= _MAX_BUTTON_LINE
        if short and 0 < i < len(top) - 1 and _is_stamp(top[i - 1]) and _is_stamp(top[i + 1]):
            continue
        return line
    return None


def _may_be_top_furniture(raw: str) -> bool:
    """A cheap test before `_is_top_furniture`: furniture is short, a stamp ends in its date or time
    ("… 16:21 (GMT+7)", "… 11:17:54 AM", "… 16/07/2024 -"), and a longer line opens with a leftover
    prefix: a breadcrumb ("Trang chủ    Đào tạo - Bồi dưỡng    Cải cách hành chính …") or a sign-in
    prompt ("Đăng nhập để trải nghiệm thêm những tính năng hữu ích")."""
    return (
        len(raw) <= _MAX_BUTTON_LINE
        or (len(raw) <= _MAX_STAMP_LINE and raw.rstrip().endswith(_STAMP_ENDINGS))
        or raw.startswith(_leftover_prefixes_as_written())
    )


def _is_top_furniture(line: _Line) -> bool:
    """The page's time stamp, a button ("In bài"), a breadcrumb, a view count ("4664 Lượt xem"), or a line
    too short for a headline ("." or "--> -->").
    Only short lines and breadcrumbs are tidied here."""
    raw = line.raw
    if not _may_be_top_furniture(raw):
        return False
    if len(line.text) < _MIN_HEADLINE:
        return True
    return _is_stamp_text(line.text) or _is_leftover(line)


def _is_stamp(line: _Line) -> bool:
    """The page's time stamp (only lines that may be furniture are tidied)."""
    return _may_be_top_furniture(line.raw) and _is_stamp_text(line.text)


def _is_stamp_text(text: str) -> bool:
    return bool(_STAMP_DATE_OR_TIME.search(text)) and bool(_STAMP_LINE.match(text))


def _is_headline(line: _Line, lines: list[_Line]) -> bool:
    text = line.text
    return (
        len(lines) > 1
        and _MIN_HEADLINE <= len(text) <= 300
        and not _SENTENCE_END.search(text)
        and not text.startswith(("(", "-", "+", "*"))
        and not _HEADER_MARK.search(text)
    )


@lru_cache(maxsize=1)
def _formal_words() -> tuple[frozenset[str], tuple[str, ...]]:
    return frozenset(read_lines("formal_doc_types.txt")), tuple(read_lines("enacting_lines.txt"))


def _formal_title(lines: list[_Line]) -> list[_Line]:
    types, enacting = _formal_words()
    window = lines[:40]
    for i, line in enumerate(window):
        if line.text.rstrip(":") in types and not (i and _opens_operative_part(line, window[i - 1], enacting)):
            block = [line]
            # The trích yếu under the type word: in capitals (state documents), or as running text, in
            # lower case (party documents under Hướng dẫn 36, "KẾ HOẠCH / tổ chức học tập …") or in
            # sentence case (mass organisations, "KẾ HOẠCH / Tổ chức các hoạt động hè …"), wrapped over lines.
            following = window[i + 1 : i + 6]
            running = bool(following) and _opens_running_trich_yeu(following[0].text, enacting)
            for nxt in following:
                if running:
                    # a wrapped trích yếu goes on until the first blank line or the preamble ("Căn cứ …")
                    if nxt is not following[0] and (nxt.start - block[-1].end > 1 or nxt.text.startswith(enacting)):
                        break
                elif not _is_capitalised(nxt.text) or nxt.text.startswith(enacting) or nxt.text in types:
                    break
                block.append(nxt)
            return block
    # No type line: the first capitalised line after "Số: …" that is not the header itself.
    after_number = False
    for line in window:
        if _NUMBER_LINE.search(line.text):
            after_number = True
            continue
        if (
            after_number
            and line.text.isupper()
            and len(line.text) > 15
            and not _HEADER_MARK.search(line.text)
            and not _DATE_LINE.search(line.text)
        ):
            return [line]
    return []


def _opens_operative_part(line: _Line, previous: _Line, enacting: tuple[str, ...]) -> bool:
    """ "QUYẾT ĐỊNH:" under the enacting authority or the preamble opens the document's articles; it is no
    title (a copy that lost the type word over the trích yếu keeps this one)."""
    return line.text.endswith(":") and (previous.text.startswith(enacting) or previous.text.endswith((";", ",", ".")))


def _opens_running_trich_yeu(text: str, enacting: tuple[str, ...]) -> bool:
    """A trích yếu's first line in running text: a letter first, not all in capitals, not the preamble
    and not a whole sentence."""
    return (
        text[:1].isalpha()
        and not _is_capitalised(text)
        and not text.startswith(enacting)
        and not _SENTENCE_END.search(text)
    )


def _is_capitalised(text: str) -> bool:
    """No lower-case letter, and something written: a wrapped capital trích yếu may end in a line "2020"."""
    return text.isupper() or (text == text.upper() and any(ch.isalnum() for ch in text))


# ---------------------------------------------------------------- byline
def _looks_like_name(text: str) -> bool:
    """One name of up to five words, or two joined by a dash ("Khánh Linh - Hoàng Luận"); only the line's
    start may name an affiliation ("Xuân Hướng - Trường Ca" is two names)."""
    first, dash, second = text.partition(" - ")
    return (
        _is_one_name(first)
        and (not dash or _is_one_name(second))
        and not _AFFILIATION_HEAD.match(text)
        and not _SECTION_NUMBER.match(text)
    )


def _is_one_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)


def _strip_byline(text: str) -> str:
    """Drop a role prefix ("CTV ", "Bài và ảnh: ") and a trailing source tag ("(bt)")."""
    for prefix in read_lines("byline_prefixes.txt"):
        if text.startswith(prefix + " ") or (prefix.endswith(":") and text.startswith(prefix)):
            text = text[len(prefix) :].lstrip()
            break
    if text.endswith(")"):  # the tag closes the line
        return _TRAILING_TAG.sub("", text)
    if text.endswith(".") and len(text) <= _MAX_BYLINE:  # a closing paragraph need not be scanned
        return _NAME_FULL_STOP.sub("", text)
    return text


@lru_cache(maxsize=1024)
def _words_pattern(words: str) -> regex.Pattern:
    """The words with any white space between them (a pure function of `words`)."""
    return regex.compile(r"\s+".join(map(regex.escape, words.split())))


def _find_in_line(source: SourceText, line: _Line, words: str) -> tuple[int, int] | None:
    """The normalised offsets of `words` inside the line, whatever white space stands between them."""
    match = _words_pattern(words).search(source.normalized, line.start, line.end)
    return match.span() if match else None


_Byline = tuple[Author, "tuple[int, int] | None"]  # the Author and the normalised offsets of its name


def _name_at(source: SourceText, line: _Line) -> tuple[str, tuple[int, int]] | None:
    name = _strip_byline(line.text)
    if not _looks_like_name(name):
        return None
    at = _find_in_line(source, line, name)
    return (name, at) if at else None


def _bottom_byline(source: SourceText, body: list[_Line], title: list[_Line]) -> _Byline | None:
    # Lines without a letter or digit (";", ".") may trail the byline on a scraped page.
    while body and len(body[-1].raw) <= _MAX_STRAY_LINE and not _LETTER_OR_DIGIT.search(body[-1].raw):
        body = body[:-1]
    if body and body[-1].raw.startswith("Nguồn") and _SOURCE_LINK.match(body[-1].text):
        body = body[:-1]
    if len(body) < 2 or body[-1] in title:
        return None
    last = body[-1]
    found = _name_at(source, last)
    if found:
        return Author(found[0], None, source.span(*found[1])), found[1]
    # "Nguyễn Đức Luận" over "Ban Tuyên giáo Tỉnh ủy Lạng Sơn"
    if len(body) >= 3 and _AFFILIATION_HEAD.match(last.text) and len(last.text) <= 80 and body[-2] not in title:
        found = _name_at(source, body[-2])
        if found:
            return Author(found[0], last.text, source.span(*found[1])), found[1]
    return None


def _top_byline(source: SourceText, lines: list[_Line]) -> _Byline | None:
    """A byline under the headline with the time or date of posting: "Bùi Ánh - 14:20 28/09/2023"."""
    for line in lines:
        if len(line.raw) > _MAX_TOP_BYLINE:  # a paragraph need not be tidied and matched
            continue
        match = _TOP_BYLINE.match(line.text)
        # a weekday is no writer: "Thứ Năm 8/6/2023 14:46"
        if match and _looks_like_name(match.group("name").strip()) and not _is_stamp_text(line.text):
            name = match.group("name").strip()
            at = _find_in_line(source, line, name)
            return Author(name, None, source.span(*at) if at else None), at
    return None
