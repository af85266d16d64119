"""One pipeline for every text: prepare → layout → extractors in order → Document.

Each extractor is a module with one function, `extract(context) -> list[item]`, reading the
normalised body and turning its own offsets into the caller's through `context.span`. Later
extractors see the items of earlier ones in `context.found` (recommendations need the people
and organizations). To add a kind of item, add a module and a line to EXTRACTORS.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from . import _guard, dates, organizations, people, recommendations, references
from .layout import Layout, read_layout
from .models import Document, Span
from .text import SourceText


@dataclass
class Context:
    """What an extractor may read: the prepared text, the page layout, and earlier results."""

    source: SourceText
    layout: Layout
    found: dict[str, tuple] = field(default_factory=dict)
    issued_on: str | None = None  # the text's own date, set by the dates extractor when it finds one

    @property
    def text(self) -> str:
        """The normalised body: the whole text up to the web page's leftovers."""
        return self.source.normalized[: self.layout.body_end]

    def span(self, start: int, end: int) -> Span:
        """The caller's text for normalised offsets [start, end)."""
        return self.source.span(start, end)

    def value(self, start: int, end: int) -> str:
        """A field value from the normalised text, white space folded."""
        return self.source.value(start, end)


Extractor = Callable[[Context], list]

EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("dates", dates.extract),
    ("references", references.extract),
    ("organizations", organizations.extract),
    ("people", people.extract),
    ("recommendations", recommendations.extract),
)


def parse(text: str, *, id: str | None = None) -> Document:
    """Read one Vietnamese party or administrative text into a Document.

    Every item's `text`, `start` and `end` index `text` itself, whatever its Unicode form,
    tone style, spaces or line ends.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError("parse() argument 'text' must be str, not bytes: decode it first, e.g. data.decode('utf-8')")
        raise TypeError(f"parse() argument 'text' must be str, not {type(text).__name__}")
    with _guard.collecting() as warnings:
        source = SourceText.prepare(text)
        layout = read_layout(source)
        context = Context(source, layout)
        for kind, extract in EXTRACTORS:
            try:
                items = extract(context)
            except TimeoutError as error:  # a pattern used with timeout= outside the _guard helpers
                _guard.warn(f"{kind}: regex timeout ({error}); no {kind} were read from this text")
                items = []
            context.found[kind] = tuple(sorted(items, key=lambda item: (item.start, item.end)))
    return Document(
        text=text,
        id=id,
        title=layout.title,
        title_span=layout.title_span,
        author=layout.author,
        issued_on=context.issued_on,
        body=(0, source.original_end(layout.body_end)),
        warnings=tuple(warnings),
        **context.found,
    )
