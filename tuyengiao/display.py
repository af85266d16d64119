"""Notebook display: the text with every item highlighted, one colour per kind, and a summary.

`Document._repr_html_` calls `render_html`, so a Document that ends a notebook cell shows itself.
The markup is displaCy's ("ent" style: a `<mark>` per span with a label badge), written here so
that no spaCy is needed; `to_displacy` gives the data for `spacy.displacy.render(..., manual=True)`
for those who have it.

Items nest ("Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị" holds a date and an
organization; a recommendation holds whole sentences), so marks nest too: a span inside another
is drawn inside it. A span that crosses the edge of another (overlaps without being inside it)
cannot be drawn as HTML: the longer one is kept, and the summary counts those left out.
"""
from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field

from .models import ITEM_TYPES, Document

__all__ = ["COLOURS", "LABELS", "DISPLACY_OPTIONS", "render_html", "to_displacy"]

#: One colour per kind of item (displaCy's palette where it has one).
COLOURS: dict[str, str] = {
    "references": "#ff8197",
    "organizations": "#7aecec",
    "people": "#aa9cfc",
    "dates": "#bfe1d9",
    "recommendations": "#fde9a9",
}
#: The badge on each mark.
LABELS: dict[str, str] = {
    "references": "REF",
    "organizations": "ORG",
    "people": "PERSON",
    "dates": "DATE",
    "recommendations": "REC",
}
#: Options for `spacy.displacy.render(to_displacy(doc), style="ent", manual=True, options=DISPLACY_OPTIONS)`.
DISPLACY_OPTIONS: dict = {
    "ents": [LABELS[kind] for kind in ITEM_TYPES],
    "colors": {LABELS[kind]: COLOURS[kind] for kind in ITEM_TYPES},
}

_ORDER = {kind: i for i, kind in enumerate(ITEM_TYPES)}


@dataclass
class _Mark:
    start: int
    end: int
    kind: str
    tip: str
    children: list[_Mark] = field(default_factory=list)


@dataclass
class _Layout:
    roots: list[_Mark]
    crossing: int = 0  # spans left out because they cross another
    outside: int = 0  # spans whose offsets do not fit the text
    beyond: int = 0  # spans past the part of a long text that is shown


def _spans(doc: Document, kinds: Iterable[str]) -> Iterable[tuple[int, int, str, str]]:
    for kind in kinds:
        for item in doc.items(kind):
            tip = _tip(kind, item)
            mentions = getattr(item, "mentions", ()) or (item,)
            for span in mentions:
                yield span.start, span.end, kind, tip


def _layout(doc: Document, kinds: Iterable[str], limit: int | None = None) -> _Layout:
    size = len(doc.text)
    limit = size if limit is None else min(limit, size)
    candidates = {}
    outside = beyond = 0
    for start, end, kind, tip in _spans(doc, kinds):
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size):
            outside += 1
            continue
        if end > limit:
            beyond += 1
            continue
        candidates.setdefault((start, end, kind), tip)
    layout = _Layout(roots=[], outside=outside, beyond=beyond)
    # Longest first: a span that crosses one already kept (overlaps it without nesting) is left out.
    kept: list[tuple[int, int]] = []
    chosen = []
    for key, tip in sorted(candidates.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0], _ORDER[kv[0][2]])):
        start, end, _ = key
        if any(s < start < e < end or start < s < end < e for s, e in kept):
            layout.crossing += 1
            continue
        kept.append((start, end))
        chosen.append((key, tip))
    # Outer before inner: by start, then longest first; equal spans in kind order.
    chosen.sort(key=lambda kv: (kv[0][0], -kv[0][1], _ORDER[kv[0][2]]))
    stack: list[_Mark] = []
    for (start, end, kind), tip in chosen:
        while stack and stack[-1].end <= start:
            stack.pop()
        mark = _Mark(start, end, kind, tip)
        (stack[-1].children if stack else layout.roots).append(mark)
        stack.append(mark)
    return layout


def _tip(kind: str, item) -> str:
    if kind == "references":
        parts = [item.kind, item.symbol or item.name, item.issued_on, item.issuer]
    elif kind == "organizations":
        parts = [item.name, item.type, item.level]
    elif kind == "people":
        parts = [item.name, *item.titles]
    elif kind == "dates":
        parts = [item.value, item.granularity]
    else:
        target = f"→ {item.to}" if item.to else None
        parts = [item.verb, item.by, target, f"{len(item.items)} item(s)"]
    return " · ".join(str(p) for p in parts if p not in (None, ""))


_MARK_STYLE = (
    "background: {colour}; padding: 0.15em 0.35em; margin: 0 0.1em; "
    "border-radius: 0.35em; box-decoration-break: clone; -webkit-box-decoration-break: clone;"
)
_LABEL_STYLE = (
    "font-size: 0.7em; font-weight: bold; line-height: 1; border-radius: 0.35em; "
    "vertical-align: middle; margin-left: 0.4em; font-family: sans-serif;"
)


def _plain(text: str, start: int, end: int, body: tuple[int, int], out: list[str]) -> None:
    """Escaped text; what lies outside the body (the web page's leftovers) is greyed."""
    cuts = sorted({start, end, *(min(max(b, start), end) for b in body)})
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        if body[0] <= a and b <= body[1]:
            out.append(piece)
        else:
            out.append(f'<span class="tg-outside" title="outside the body" style="opacity: 0.5;">{piece}</span>')


def _render_marks(text: str, marks: list[_Mark], start: int, end: int, body: tuple[int, int], out: list[str]) -> None:
    position = start
    for mark in marks:
        _plain(text, position, mark.start, body, out)
        out.append(
            f'<mark class="entity tg-{mark.kind}" data-kind="{mark.kind}" data-start="{mark.start}" '
            f'data-end="{mark.end}" title="{html.escape(mark.tip)}" '
            f'style="{_MARK_STYLE.format(colour=COLOURS[mark.kind])}">'
        )
        _render_marks(text, mark.children, mark.start, mark.end, body, out)
        out.append(f'<span class="tg-label" style="{_LABEL_STYLE}">{LABELS[mark.kind]}</span></mark>')
        position = mark.end
    _plain(text, position, end, body, out)


def _summary(doc: Document, layout: _Layout, kinds: list[str], shown_chars: int) -> str:
    rows = []

    def row(key: str, value) -> None:
        if value not in (None, ""):
            rows.append(f'<tr><th style="text-align: left; padding-right: 1em;">{key}</th>'
                        f'<td style="text-align: left;">{html.escape(str(value))}</td></tr>')

    row("id", doc.id)
    row("title", doc.title)
    if doc.author is not None:
        row("author", doc.author.name + (f" ({doc.author.affiliation})" if doc.author.affiliation else ""))
    row("issued on", doc.issued_on)
    row("characters", f"{len(doc.text):,}")
    badges = []
    for kind in ITEM_TYPES:
        count = len(doc.items(kind))
        faded = "" if kind in kinds else " opacity: 0.4;"
        badges.append(
            f'<span class="tg-count" data-kind="{kind}" style="background: {COLOURS[kind]}; padding: 0.1em 0.5em; '
            f'border-radius: 0.35em; margin-right: 0.4em; white-space: nowrap;{faded}">'
            f'<b style="font-size: 0.8em; font-family: sans-serif;">{LABELS[kind]}</b> {kind} {count}</span>'
        )
    notes = []
    if layout.crossing:
        notes.append(f"{layout.crossing} span(s) not drawn: they cross a longer one")
    if layout.outside:
        notes.append(f"{layout.outside} span(s) not drawn: their offsets are outside the text")
    if shown_chars < len(doc.text):
        notes.append(f"showing the first {shown_chars:,} of {len(doc.text):,} characters "
                     f"({layout.beyond} span(s) further on); render_html(doc, max_chars=None) shows all")
    notes += [f"warning: {w}" for w in getattr(doc, "warnings", ())]
    if not doc.text and any(doc.items(kind) for kind in ITEM_TYPES):
        notes.append("no text to show: pass text=… to Document.from_dict")
    error = ""
    if doc.error:
        error = (f'<div class="tg-error" style="color: #b00020; font-weight: bold; margin: 0.3em 0;">'
                 f"error: {html.escape(doc.error)}</div>")
    note = "".join(f'<div class="tg-note" style="font-size: 0.85em; opacity: 0.75;">{html.escape(n)}</div>'
                   for n in notes)
    return (f'<table class="tg-summary" style="margin: 0 0 0.4em 0; border-collapse: collapse;">{"".join(rows)}</table>'
            f'<div class="tg-counts" style="margin: 0.3em 0; line-height: 2;">{"".join(badges)}</div>{error}{note}')


def render_html(
    doc: Document,
    *,
    kinds: Iterable[str] | None = None,
    max_height: str | None = "36em",
    max_chars: int | None = 100_000,
) -> str:
    """HTML for a notebook: a compact summary, then the text with its items marked.

    kinds: the kinds of item to mark (default: all). max_height: the text scrolls past this
    height (a CSS length; None for no limit). max_chars: show at most this many characters of a
    long text (None: all of it). The text is HTML-escaped; line breaks are kept; what lies
    outside the body (the web page's leftovers) is greyed.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"render_html() takes a Document, not {type(doc).__name__}")
    chosen = list(ITEM_TYPES) if kinds is None else list(kinds)
    for kind in chosen:
        if kind not in ITEM_TYPES:
            raise ValueError(f"kinds must be among {', '.join(ITEM_TYPES)}; got {kind!r}")
    size = len(doc.text)
    shown = size if max_chars is None else max(0, min(size, max_chars))
    layout = _layout(doc, chosen, shown)
    parts: list[str] = []
    body = doc.body if doc.body and 0 <= doc.body[0] <= doc.body[1] <= size else (0, size)
    _render_marks(doc.text, layout.roots, 0, shown, body, parts)
    if shown < size:
        parts.append('<span class="tg-more" style="opacity: 0.5;"> […]</span>')
    scroll = f" max-height: {max_height}; overflow-y: auto;" if max_height else ""
    return (
        '<div class="tuyengiao-doc" style="font-family: inherit;">'
        + _summary(doc, layout, chosen, shown)
        + f'<div class="tg-text" style="white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.2; padding: 0.5em 0.8em; '
        f'border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 0.35em;{scroll}">'
        + "".join(parts)
        + "</div></div>"
    )


def to_displacy(doc: Document, *, kinds: Iterable[str] | None = None) -> dict:
    """The document in displaCy's manual format: `{"text", "ents", "title"}`.

    displaCy's "ent" style needs spans that do not overlap, so this is the top layer of the
    display: a span inside a longer one is left out (pass `kinds` to choose what shows).

        >>> from spacy import displacy
        >>> displacy.render(to_displacy(doc), style="ent", manual=True, options=DISPLACY_OPTIONS)
    """
    chosen = list(ITEM_TYPES) if kinds is None else list(kinds)
    for kind in chosen:
        if kind not in ITEM_TYPES:
            raise ValueError(f"kinds must be among {', '.join(ITEM_TYPES)}; got {kind!r}")
    layout = _layout(doc, chosen)
    ents = [{"start": m.start, "end": m.end, "label": LABELS[m.kind]} for m in layout.roots]
    return {"text": doc.text, "ents": ents, "title": doc.title or doc.id}
