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
("Bí thư Trung ương Đảng, Phó Thủ tướng …", "Bí thư Tỉnh ủy, đồng chí …").

Names without a known family name are taken only where the page says they are names: the byline
the layout found ("Hương Giang", "KIỂU BẢO"; initials such as "T.H" are not a person), a photo
credit ("Ảnh: Thanh Sơn") and a form of address ("ông Bá Trí"). A name written again is one
Person with several mentions, its upper-case form in a headline included; a given name alone
after a form of address ("ông Cường") is a mention only when it points to exactly one person.

underthesea is used for one thing only: a candidate whose only doubt is a Title-Case headline
line is kept when underthesea's POS tagger reads it as a proper noun (Np). Everything else is
compiled patterns and set look-ups over the capitalised runs, so the whole text is never parsed.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

import regex

from . import _guard
from ._data import read_lines
from .models import Person, Span

_LETTER = r"\p{L}\p{M}"
# A capitalised word; an apostrophe may sit inside ("K'Mák", "H'Hen").
_CAP = rf"\p{{Lu}}[{_LETTER}]*(?:['’]\p{{L}}[{_LETTER}]*)?"
_RUN = regex.compile(rf"(?<![{_LETTER}\d'’]){_CAP}(?:[ \t]+{_CAP})*(?![{_LETTER}\d])")
_RUN_WORD = regex.compile(_CAP)
# Words and single punctuation marks, for the title grammar (a line at a time).
_TOKEN = regex.compile(rf"[{_LETTER}\d]+(?:['’][{_LETTER}]+)?|[^\s]")
_SPACES = regex.compile(r"[ \t]*")
_NEXT_TOKEN = regex.compile(rf"[ \t]*([{_LETTER}\d]+(?:['’][{_LETTER}]+)?|[^\s])")
_PREV_WORD = regex.compile(rf"([{_LETTER}\d.]+)[ \t]*$")
_APOSTROPHE_ANCHOR = regex.compile(r"[HK]['’]\p{Lu}")
_HEADLINE_WORD = regex.compile(rf"[{_LETTER}]+")

# Between a name and its first title: ",", " - ", "(".
_FIRST_SEP = regex.compile(r"[ \t]*,[ \t]*|[ \t]+-[ \t]+|[ \t]*\([ \t]*")
# Between two titles of a chain.
_NEXT_SEP = regex.compile(r"[ \t]*,[ \t]*|[ \t]+kiêm[ \t]+|[ \t]*;[ \t]*kiêm[ \t]+")
# A non-final title item may run on, in lower case, up to its comma when a title follows it.
_RUN_ON = regex.compile(rf"(?:[ \t]+[{_LETTER}]+){{1,6}}(?=[ \t]*,)")

# A photo credit: "Ảnh: Thanh Sơn", "(Ảnh: TTXVN/Thanh Sơn)".
_PHOTO = regex.compile(
    rf"(?<![{_LETTER}])(?:Ảnh|ẢNH|Ảnh minh họa)[ \t]*[:-][ \t]*(?:[\p{{Lu}}\d]{{2,}}[ \t]*/[ \t]*)?"
    rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})(?=[ \t]*(?:$|[\n/.,;)\]]))",
    regex.MULTILINE,
)

# The forms of address that vouch for a name without a known family name ("ông Bá Trí").
_ADDRESS = regex.compile(rf"(?<![{_LETTER}])(?i:đồng chí|ông|bà)[ \t]+(?={_CAP})")
_ADDRESS_GIVEN = regex.compile(
    rf"(?<![{_LETTER}])(?i:đồng chí|ông|bà)[ \t]+(\p{{Lu}}[\p{{Ll}}\p{{M}}]+)(?![{_LETTER}])(?![ \t]+\p{{Lu}})"
)
_PRE_TITLE_REACH = 400  # characters from a title's head to the name it leads into, at most
_MAX_GIVEN = 4  # syllables after the family name
_MASK_REACH = 48  # the longest not-a-name phrase, in characters, with room to spare
_MAX_TAIL_WORDS = 16


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


def _alternation(entries) -> str:
    """A regex alternation of phrases, longest first, white space between words flexible."""
    phrases = sorted(set(entries), key=len, reverse=True)
    return "|".join(r"[ \t]+".join(map(regex.escape, p.split())) for p in phrases)


@lru_cache(maxsize=1)
def _head_pattern() -> regex.Pattern:
    heads = _alternation(read_lines("positions.txt"))
    return regex.compile(
        rf"(?<![{_LETTER}])(?:nguyên[ \t]+)?(?i:(?:(?:Phó|Quyền)[ \t]+)?(?:{heads}))(?![{_LETTER}])"
    )


@lru_cache(maxsize=1)
def _head_first_words() -> frozenset[str]:
    """The first words a capitalised title can open with ("phó", "bí", "ủy" …), case-folded."""
    return frozenset({"phó", "quyền"} | {h.split()[0].casefold() for h in read_lines("positions.txt")})


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    return tuple(read_lines("honorifics.txt"))


@lru_cache(maxsize=1)
def _honorific_before() -> regex.Pattern:
    """A form of address ending right where a name starts (searched in a short window)."""
    return regex.compile(rf"(?<![{_LETTER}/])(?i:{_alternation(_honorifics())})[ \t]+$")


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    return frozenset(h.casefold() for h in _honorifics() if " " not in h)


@lru_cache(maxsize=1)
def _degree_pattern() -> regex.Pattern:
    return regex.compile(rf"(?:{_alternation(read_lines('person_degrees.txt'))})(?![{_LETTER}])[ \t]*")


@lru_cache(maxsize=1)
def _lead_in() -> regex.Pattern:
    """What may stand between a title and the name it leads into: a form of address, degrees, ranks."""
    degrees = _alternation(read_lines("person_degrees.txt"))
    honorifics = _alternation(_honorifics())
    return regex.compile(
        rf"(?:[ \t]*,[ \t]*(?i:{honorifics})[ \t]+|[ \t]+(?:(?i:{honorifics})[ \t]+)?)"
        rf"(?:(?:{degrees})(?![{_LETTER}])[ \t.,]*)*"
    )


@lru_cache(maxsize=1)
def _not_names() -> regex.Pattern:
    return regex.compile(
        rf"(?<![{_LETTER}])(?i:{_alternation(read_lines('person_not_names.txt'))})(?![{_LETTER}])"
    )


@lru_cache(maxsize=None)
def _not_names_with(word: str) -> tuple[regex.Pattern, ...]:
    """The not-a-name phrases that hold `word` (case-folded), as one pattern per phrase length."""
    phrases = [p for p in read_lines("person_not_names.txt") if word in (w.casefold() for w in _TOKEN.findall(p))]
    if not phrases:
        return ()
    return (regex.compile(rf"(?<![{_LETTER}])(?i:{_alternation(phrases)})(?![{_LETTER}])"),)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Every word of person_not_names.txt, case-folded: a name whose first word is none of them is never masked."""
    return frozenset(w.casefold() for line in read_lines("person_not_names.txt") for w in _TOKEN.findall(line))


@lru_cache(maxsize=1)
def _not_after() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("person_not_after.txt"))


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
def _institution_words() -> frozenset[str]:
    """One-word title-tail entries ("Sở", "Ban", "Hội"), case-folded."""
    return frozenset(k for k, phrases in _title_words().items() if any(len(p.words) == 1 for p in phrases))


# ---------------------------------------------------------------- small helpers
def _is_title_case(word: str) -> bool:
    """'Thanh', 'K'Mák', 'Y' — not an acronym such as 'UBND'."""
    return word[0].isupper() and (len(word) == 1 or not word.isupper())


def _is_all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _tidy(text: str) -> str:
    return " ".join(text.split())


class _Tokens:
    """The words and marks after a position, read lazily up to the end of the line."""

    __slots__ = ("text", "pos", "items", "done")

    def __init__(self, text: str, pos: int):
        self.text, self.pos, self.items, self.done = text, pos, [], False

    def __getitem__(self, k: int) -> tuple[int, int, str] | None:
        while len(self.items) <= k and not self.done:
            m = _NEXT_TOKEN.match(self.text, self.pos)
            if not m:
                self.done = True
                break
            self.pos = m.end()
            self.items.append((m.start(1), m.end(1), m.group(1)))
        return self.items[k] if k < len(self.items) else None


@dataclass
class _Candidate:
    start: int  # normalised offsets of the name
    end: int
    name: str
    how: str = "surname"  # surname, address, byline, photo
    doubt: str | None = None  # context, headline
    honorific: str | None = None
    titles: list[tuple[int, int]] = field(default_factory=list)
    pre_titled: bool = False
    post_titled: bool = False
    accepted: bool = False


# ---------------------------------------------------------------- the extractor
class _Reader:
    def __init__(self, context):
        self.context = context
        self.text = context.text
        self.name_starts: set[int] = set()
        self.claimed: set[int] = set()  # starts of title items already given to a person
        self._org_spans = self._organization_spans()
        self._mask_cache: dict[int, int] = {}  # position → end of the not-a-name phrase over it (0: none)
        self.capital_words: list[tuple[int, int, str]] = []  # every word of every capitalised run

    # -------------------------------------------------------- evidence
    def _organization_spans(self) -> list[tuple[int, int]]:
        spans = []
        for org in self.context.found.get("organizations") or ():
            for mention in getattr(org, "mentions", None) or (org,):
                spans.append((mention.start, mention.end))
        return spans

    def _mask_end(self, pos: int) -> int:
        """End of a place or institution name (person_not_names.txt) that covers `pos`, else 0."""
        word = _TOKEN.match(self.text, pos)
        if word is None or word.group().casefold() not in _not_name_words():
            return 0
        if pos not in self._mask_cache:
            end = 0
            window_start = max(0, pos - _MASK_REACH)
            for pattern in _not_names_with(word.group().casefold()):
                for m in _guard.finditer(pattern, self.text, window_start, pos + _MASK_REACH):
                    if m.start() <= pos < m.end():
                        end = max(end, m.end())
            self._mask_cache[pos] = end
        return self._mask_cache[pos]

    def _masked(self, pos: int) -> bool:
        return self._mask_end(pos) > 0

    def _inside_organization(self, start: int, end: int) -> bool:
        if not self._org_spans:
            return False
        span = self.context.span(start, end)
        return any(s <= span.start and span.end <= e and (s, e) != (span.start, span.end) for s, e in self._org_spans)

    # -------------------------------------------------------- candidates
    def candidates(self) -> list[_Candidate]:
        singles, compounds = _surnames()
        heads = _head_pattern()
        found: list[_Candidate] = []
        first_words = _head_first_words()
        for run in _guard.finditer(_RUN, self.text):
            said = run.group()
            if " " not in said and "\t" not in said:  # one word: no name, maybe a title's head
                if said.casefold() in first_words:
                    self.capital_words.append((run.start(), run.end(), said))
                continue
            said = said.split()
            anchored = not singles.isdisjoint(said) or any(w[1:2] in ("'", "’") for w in said)
            if not anchored and first_words.isdisjoint(w.casefold() for w in said):
                continue
            words = [(m.start() + run.start(), m.end() + run.start(), m.group()) for m in _RUN_WORD.finditer(run.group())]
            self.capital_words += words
            if not anchored:
                continue
            i = 0
            while i < len(words):
                s, e, w = words[i]
                if not (w in singles or w in compounds or _APOSTROPHE_ANCHOR.match(w)) or not _is_title_case(w):
                    i += 1
                    continue
                if self._masked(s):
                    i = self._skip_mask(words, i)
                    continue
                family = 1
                for compound in compounds.get(w, ()):
                    if tuple(x[2] for x in words[i : i + len(compound)]) == compound:
                        family = len(compound)
                        break
                j = i + family
                while j < len(words) and j - i - family < _MAX_GIVEN:
                    gs, _, g = words[j]
                    if not self._given_syllable(g, gs, heads):
                        break
                    if j - i >= 2 and g in singles and len(words) - i >= 5:
                        break  # a second name starts here ("… xã Đinh Xá Nguyễn Văn B")
                    j += 1
                if j == i + family:
                    i += 1
                    continue
                end = words[j - 1][1]
                if self.text[end : end + 2].startswith("-") and self.text[end + 1 : end + 2].isupper():
                    i = j  # hyphenated: a place ("Phan Rang-Tháp Chàm")
                    continue
                cand = _Candidate(s, end, self.context.value(s, end))
                cand.doubt = self._doubt(cand, words[i - 1][2] if i > 0 else None)
                found.append(cand)
                i = j
        found += self._addressed_names(found)
        return found

    def _skip_mask(self, words, i: int) -> int:
        mask_end = self._mask_end(words[i][0])
        while i < len(words) and words[i][0] < mask_end:
            i += 1
        return i

    def _given_syllable(self, word: str, start: int, heads: regex.Pattern) -> bool:
        if not _is_title_case(word) or word.casefold() in _honorific_words():
            return False
        if heads.match(self.text, start):
            return False
        return not self._org_word_at(start, lower_rest=True)

    def _org_word_at(self, start: int, lower_rest: bool) -> int:
        """End of a capitalised title-tail word of 2+ syllables starting here ("Thanh niên"), else 0."""
        m = _TOKEN.match(self.text, start)
        first = m.group().casefold()
        for phrase in _title_words().get(first, ()):
            if not phrase.capital or len(phrase.words) < 2:
                continue
            end = self._phrase_end(m.end(), phrase.words[1:], lower_rest)
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
        prev = _PREV_WORD.search(before)
        prev_word = prev.group(1).casefold() if prev else ""
        if prev_word in _not_after() or prev_word.rstrip(".") in _not_after():
            return "context"
        if word_before_in_run and (_is_all_caps(word_before_in_run) or word_before_in_run.casefold() in _not_after()):
            return "context"
        if word_before_in_run and word_before_in_run.casefold() in _institution_words():
            return "context"  # "Sở Nguyễn …", "Hội Nguyễn …": an institution's name
        if self._inside_organization(cand.start, cand.end):
            return "context"
        if self._headline(cand):
            return "headline"
        return None

    def _headline(self, cand: _Candidate) -> bool:
        line_start = self.text.rfind("\n", 0, cand.start) + 1
        line_end = self.text.find("\n", cand.end)
        line_end = len(self.text) if line_end < 0 else line_end
        if line_end - line_start > 300:
            return False
        others = [
            w.group()
            for w in _HEADLINE_WORD.finditer(self.text, line_start, line_end)
            if not (cand.start <= w.start() < cand.end)
        ]
        return len(others) >= 3 and sum(w[0].isupper() for w in others) >= 0.7 * len(others)

    def _addressed_names(self, found: list[_Candidate]) -> list[_Candidate]:
        """Names without a known family name right after "đồng chí", "ông", "bà" ("ông Bá Trí")."""
        taken = {c.start for c in found}
        out = []
        heads = _head_pattern()
        for m in _guard.finditer(_ADDRESS, self.text):
            run = _RUN.match(self.text, m.end())
            if not run or m.end() in taken:
                continue
            words = [(x.start() + run.start(), x.end() + run.start(), x.group()) for x in _RUN_WORD.finditer(run.group())]
            if not 2 <= len(words) <= 4 or self._masked(words[0][0]):
                continue
            if not all(self._given_syllable(w, s, heads) and not self._org_word_at(s, False) for s, _, w in words):
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
        degrees = _degree_pattern()
        table = _title_words()
        end, k, words = pos, 0, 0
        while words < _MAX_TAIL_WORDS:
            token = tokens[k]
            if token is None:
                break
            s, e, w = token
            if s in self.name_starts or degrees.match(text, s):
                break
            phrase = self._tail_phrase(tokens, k, table)
            if phrase:
                k += phrase
                end = tokens[k - 1][1]
                words += phrase
                continue
            if w[0].isupper() and w[0].isalpha() and w.casefold() not in _honorific_words():
                k += 1
                end = e
                words += 1
                continue
            following = tokens[k + 1]
            if w in ("và", "&", "-") and following is not None:
                ns, _, nw = following
                if nw[0].isupper() and ns not in self.name_starts and not (w == "và" and _head_pattern().match(text, ns)):
                    k += 1
                    continue
            break
        return end

    def _tail_phrase(self, tokens, k: int, table) -> int:
        """How many tokens a title-tail word starting at token k covers (0 if none)."""
        w = tokens[k][2]
        for phrase in table.get(w.casefold(), ()):
            if phrase.capital and not w[0].isupper():
                continue
            size = len(phrase.words)
            if all((t := tokens[k + x]) is not None and t[2].casefold() == phrase.words[x] for x in range(1, size)):
                return size
        return 0

    def post_titles(self, cand: _Candidate) -> list[tuple[int, int]]:
        """The chain of titles after a name: ", Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, …"."""
        heads = _head_pattern()
        sep = _FIRST_SEP.match(self.text, cand.end)
        items: list[tuple[int, int]] = []
        while sep:
            head = heads.match(self.text, sep.end())
            if not head:
                break
            end = self.title_end(head.end())
            run_on = _RUN_ON.match(self.text, end)
            if run_on and "\n" not in run_on.group():
                after = _NEXT_SEP.match(self.text, run_on.end())
                if after and heads.match(self.text, after.end()):
                    end = run_on.end()
            items.append((head.start(), end))
            sep = _NEXT_SEP.match(self.text, end)
        return items

    def title_items(self) -> list[tuple[int, int]]:
        """Every capitalised title in the text, for titles written before a name."""
        heads, first_words = _head_pattern(), _head_first_words()
        items = []
        last_end = -1
        starts = sorted(self.name_starts)
        for start, _, word in self.capital_words:
            if start < last_end or word.casefold() not in first_words:
                continue
            k = bisect_right(starts, start)
            if k == len(starts) or starts[k] - start > _PRE_TITLE_REACH or "\n" in self.text[start : starts[k]]:
                continue  # no name follows on this line: the title cannot lead into one
            head = heads.match(self.text, start)
            if head:
                end = self.title_end(head.end())
                items.append((start, end))
                last_end = end
        return items

    def attach_pre_titles(self, cands: list[_Candidate], items: list[tuple[int, int]]) -> None:
        by_start = {c.start: c for c in cands}
        by_end: dict[int, tuple[int, int]] = {}
        lead_in = _lead_in()
        for item in items:
            if item[0] in self.claimed:
                continue
            m = lead_in.match(self.text, item[1])
            target = m.end() if m else item[1]
            cand = by_start.get(target)
            if cand is None or cand.titles and cand.pre_titled:
                by_end[item[1]] = item
                continue
            chain = [item]
            # Titles chained before it with commas: "Bí thư Trung ương Đảng, Phó Thủ tướng …".
            while True:
                head_start = chain[0][0]
                prev = self._item_before(items, head_start)
                if prev is None or prev[0] in self.claimed or prev in chain:
                    break
                chain.insert(0, prev)
            for it in chain:
                self.claimed.add(it[0])
            cand.titles = chain + cand.titles
            cand.pre_titled = True
            if cand.honorific is None:
                cand.honorific = self._honorific_in(item[1], target) or self._honorific_at(chain[0][0])

    def _item_before(self, items, head_start: int) -> tuple[int, int] | None:
        for item in items:
            if item[1] <= head_start:
                gap = self.text[item[1] : head_start]
                if gap.strip() == "," and "\n" not in gap:
                    return item
        return None

    # -------------------------------------------------------- forms of address
    def _honorific_at(self, start: int) -> str | None:
        window = self.text[max(0, start - 16) : start]
        m = _honorific_before().search(window)
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


# ---------------------------------------------------------------- assembly
def extract(context) -> list[Person]:
    """Every person named in the body, with titles as written, the form of address and each mention."""
    reader = _Reader(context)
    text = reader.text
    cands = reader.candidates()
    # A place in a title leads straight into a name ("… xã Đinh Xá Nguyễn Văn B"): it is no person.
    starts = {c.start for c in cands}
    cands = [c for c in cands if _SPACES.match(text, c.end).end() not in starts or c.how != "surname"]
    reader.name_starts = {c.start for c in cands}

    for cand in cands:
        cand.honorific = reader._honorific_at(cand.start)
        items = reader.post_titles(cand)
        if items:
            cand.titles = items
            cand.post_titled = True
            reader.claimed.update(s for s, _ in items)
    reader.attach_pre_titles(cands, reader.title_items())

    accepted_names: set[str] = set()
    for cand in cands:
        cued = bool(cand.honorific or cand.pre_titled or cand.post_titled)
        if cand.how == "address" or cand.doubt is None or cued:
            cand.accepted = True
            accepted_names.add(cand.name.casefold())
    for cand in cands:
        if not cand.accepted and cand.doubt == "headline":
            cand.accepted = cand.name.casefold() in accepted_names or _proper_noun(text, cand)

    kept = [c for c in cands if c.accepted]
    kept += _credited(context, reader, kept)
    return _people(context, reader, kept)


def _credited(context, reader: _Reader, kept: list[_Candidate]) -> list[_Candidate]:
    """The byline and photo credits: names the page itself marks as people."""
    out = []
    taken = {(c.start, c.end) for c in kept}
    for m in _guard.finditer(_PHOTO, reader.text):
        s, e = m.span("name")
        name = context.value(s, e)
        if (s, e) in taken or not _credit_name(name) or reader._masked(s):
            continue
        out.append(_Candidate(s, e, name, how="photo"))
        taken.add((s, e))
    author = getattr(context.layout, "author", None)
    span = getattr(author, "span", None)
    if author is not None and span is not None and _credit_name(author.name):
        start, end = _normalised_span(context, span)
        if start is not None and (start, end) not in taken:
            cand = _Candidate(start, end, _tidy(author.name), how="byline")
            role = _byline_role(reader.text, start)
            if role:
                cand.titles = [role]
            out.append(cand)
    return out


def _credit_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or any(not w[0].isupper() or "." in w or any(ch.isdigit() for ch in w) for w in words):
        return False
    if words[0].casefold() in _institution_words() or _head_pattern().match(name):
        return False
    return not all(_is_all_caps(w) and len(w) > 4 for w in words)


def _normalised_span(context, span: Span) -> tuple[int | None, int | None]:
    """Normalised offsets of a span of the caller's text (the layout gives the caller's offsets)."""
    words = _tidy(context.value(0, 0) + span.text).split()
    if not words:
        return None, None
    pattern = regex.compile(r"[ \t]+".join(map(regex.escape, (regex.sub(r"\s+", " ", w) for w in words))))
    last = None
    for m in _guard.finditer(pattern, context.text):
        if context.span(*m.span()).start == span.start:
            return m.span()
        last = m
    return last.span() if last else (None, None)


def _byline_role(text: str, start: int):
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" \t:")
    for role in _byline_roles():
        if before == role or before.endswith(" " + role):
            return (line_start + text[line_start:start].rindex(role), line_start + text[line_start:start].rindex(role) + len(role))
    return None


@lru_cache(maxsize=256)
def _pos_tags(sentence: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag

    return tuple(pos_tag(sentence))


def _proper_noun(text: str, cand: _Candidate) -> bool:
    """underthesea's reading of a doubtful headline candidate: is it one proper noun (Np)?"""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    try:
        tags = _pos_tags(line)
    except Exception:  # underthesea missing or failing: stay conservative
        return False
    name = " ".join(cand.name.split())
    return any(word == name and tag == "Np" for word, tag in tags)


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
    for key, cands in groups.items():
        name = cands[0].name
        words = name.split()
        if len(words) < 2 or name.isupper() or words[-1].upper() not in reader.text:
            continue
        pattern = regex.compile(
            rf"(?<![{_LETTER}])" + r"[ \t]+".join(map(regex.escape, (w.upper() for w in words))) + rf"(?![{_LETTER}])"
        )
        spans = {(c.start, c.end) for c in cands}
        for m in _guard.finditer(pattern, reader.text):
            if m.span() not in spans:
                cands.append(_Candidate(m.start(), m.end(), name, how="upper"))


def _add_given_name_mentions(reader: _Reader, groups: dict[str, list[_Candidate]]) -> None:
    """"ông Cường" after "Hoàng Văn Cường": only when one person has that given name."""
    owners: dict[str, list[str]] = {}
    for key, cands in groups.items():
        words = cands[0].name.split()
        if len(words) >= 2:
            owners.setdefault(words[-1], []).append(key)
    if not owners:
        return
    taken = [(c.start, c.end) for cands in groups.values() for c in cands]
    for m in _guard.finditer(_ADDRESS_GIVEN, reader.text):
        word = m.group(1)
        keys = owners.get(word, ())
        s, e = m.span(1)
        if len(keys) != 1 or any(a <= s < b for a, b in taken):
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
def mentioned_before(people: Sequence[Person], offset: int) -> Person | None:
    """The person named last before `offset` (an offset into the caller's text).

    "Đồng chí cũng đề nghị …" refers back to this person.
    """
    best, best_start = None, -1
    for person in people:
        for mention in person.mentions or ():
            if best_start < mention.start < offset:
                best, best_start = person, mention.start
    return best
