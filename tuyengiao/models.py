"""The output model: frozen dataclasses, serialised to the JSON fixed by SPEC.md (schema_version "1").

Every item carries `text`, `start`, `end`: the exact slice of the caller's string it was read
from. Organizations and people, which recur, carry one entry per distinct thing and a
`mentions` tuple; their own `text/start/end` are those of the first mention.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar

SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class Span:
    """A stretch of the caller's text: `text == source[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Reference:
    """A mention of one specific document (a directive, a resolution, a decree …)."""

    text: str
    start: int
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
    # Extras beyond SPEC.md
    name: str | None = None  # a popular name as written ("Nghị quyết Trung ương 4 (khóa XII)")
    short_form: bool = False  # "Chỉ thị 05" resolved to a fuller mention in the same text
    full_span: Span | None = None  # from the type word through date, issuer and subject


@dataclass(frozen=True)
class Organization:
    """A specific organ, body or institution, with every mention of it."""

    text: str
    start: int
    end: int
    name: str
    mentions: tuple[Span, ...] = ()
    canonical: str | None = None
    type: str | None = None  # party, state, mass, military, media, education, enterprise, other
    level: str | None = None  # central, province, district, commune, grassroots


@dataclass(frozen=True)
class Person:
    """A named human being, with titles as written and every mention."""

    text: str
    start: int
    end: int
    name: str
    mentions: tuple[Span, ...] = ()
    titles: tuple[str, ...] = ()
    honorific: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A calendar expression with its real granularity (day, month, quarter, half, year, range)."""

    text: str
    start: int
    end: int
    value: str
    granularity: str
    start_date: str | None = None
    end_date: str | None = None


@dataclass(frozen=True)
class Recommendation:
    """A proposal, request or demand: who (`by`) asks whom (`to`) for what (`items`)."""

    text: str
    start: int
    end: int
    verb: str
    by: str | None = None
    to: str | None = None
    items: tuple[str, ...] = ()
    item_spans: tuple[Span, ...] = ()  # the evidence of each item, in order


@dataclass(frozen=True)
class Author:
    """The byline: the writer's name and, when given, their affiliation."""

    name: str
    affiliation: str | None = None
    span: Span | None = None


ITEM_TYPES: dict[str, type] = {
    "references": Reference,
    "organizations": Organization,
    "people": Person,
    "dates": DateMention,
    "recommendations": Recommendation,
}


@dataclass(frozen=True)
class Document:
    """Everything `tuyengiao.parse` found in one text."""

    KINDS: ClassVar[tuple[str, ...]] = tuple(ITEM_TYPES)

    text: str = field(repr=False)
    title: str | None = None
    title_span: Span | None = None
    author: Author | None = None
    issued_on: str | None = None  # the text's own date (a header "…, ngày … tháng … năm …" or a page stamp)
    body: tuple[int, int] | None = field(default=None, repr=False)  # [start, end) of the text without the page's leftovers
    references: tuple[Reference, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    dates: tuple[DateMention, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    id: str | None = None  # a caller's name for the text (a file path, say)
    error: str | None = None  # set by parse_many when this text could not be parsed
    warnings: tuple[str, ...] = ()  # what parse had to skip (a regex search over its time budget …)

    def items(self, kind: str) -> tuple:
        """The items of one kind: 'references', 'organizations', 'people', 'dates' or 'recommendations'."""
        if kind not in ITEM_TYPES:
            raise ValueError(f"kind must be one of {', '.join(ITEM_TYPES)}; got {kind!r}")
        return getattr(self, kind)

    # ------------------------------------------------------------ serialisation
    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The JSON-ready dict of SPEC.md §1, plus extra keys (issued_on, body, id, error, warnings)."""
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "title": self.title,
            "title_span": _plain(self.title_span),
            "author": _plain(self.author),
            "issued_on": self.issued_on,
            "body": None if self.body is None else {"start": self.body[0], "end": self.body[1]},
        }
        for kind in ITEM_TYPES:
            out[kind] = [_plain(item) for item in getattr(self, kind)]
        if self.error is not None:
            out["error"] = self.error
        out["warnings"] = list(self.warnings)
        if include_text:
            out["text"] = self.text
        return out

    def to_json(self, *, indent: int | None = 2, include_text: bool = False) -> str:
        return json.dumps(self.to_dict(include_text=include_text), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str | None = None) -> Document:
        """Rebuild a Document from `to_dict()` output; pass `text` if the dict does not include it."""
        if not isinstance(data, dict):
            raise TypeError(f"data must be a dict from Document.to_dict(), not {type(data).__name__}")
        kwargs: dict[str, Any] = {
            "text": text if text is not None else data.get("text", ""),
            "id": data.get("id"),
            "title": data.get("title"),
            "title_span": _build(Span, data.get("title_span")),
            "author": _build(Author, data.get("author")),
            "issued_on": data.get("issued_on"),
            "body": (data["body"]["start"], data["body"]["end"]) if data.get("body") else None,
            "error": data.get("error"),
            "warnings": tuple(data.get("warnings") or ()),
        }
        for kind, item_type in ITEM_TYPES.items():
            kwargs[kind] = tuple(_build(item_type, item) for item in data.get(kind) or ())
        return cls(**kwargs)

    def _repr_html_(self) -> str:
        from .display import render_html

        return render_html(self)


def _plain(value: Any) -> Any:
    """Dataclasses → dicts, tuples → lists, recursively."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


# Fields whose values are spans, or tuples of spans, in the item classes.
_SPAN_FIELDS = {"span", "full_span", "title_span"}
_SPAN_TUPLE_FIELDS = {"mentions", "item_spans"}


@lru_cache(maxsize=None)
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def _build(cls: type, data: Any) -> Any:
    if data is None:
        return None
    known = _field_names(cls)
    kwargs = {}
    for key, value in data.items():
        if key not in known:
            continue  # keys added by later schema versions are ignored, not fatal
        if key in _SPAN_FIELDS:
            value = _build(Span, value)
        elif key in _SPAN_TUPLE_FIELDS:
            value = tuple(_build(Span, v) for v in value or ())
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[key] = value
    return cls(**kwargs)
