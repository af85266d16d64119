"""Tidy tables of items: one row per item, with the document's id, the item's fields and offsets.

    >>> docs = list(tuyengiao.parse_many(texts))
    >>> refs = tuyengiao.to_frame(docs, "references")        # a pandas DataFrame
    >>> refs.groupby("kind").size()

`to_frame` needs pandas (`pip install "tuyengiao[pandas]"`); `item_rows` gives the same rows as
plain dicts without it (the CLI's CSV output is built from them).
"""
from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable, Iterator
from typing import Any

from .models import ITEM_TYPES, Document, Span

__all__ = ["FRAME_KINDS", "columns", "item_rows", "to_frame"]

#: What `to_frame` can tabulate: each item kind, one row per item, and "documents", one row per document.
FRAME_KINDS: tuple[str, ...] = (*ITEM_TYPES, "documents")

_DOCUMENT_COLUMNS = (
    "doc_id", "title", "author", "affiliation", "issued_on", "chars", "body_start", "body_end", "error", "warnings",
    *(f"n_{kind}" for kind in ITEM_TYPES),
)


def _field_columns(item_type: type) -> list[tuple[str, str, str]]:
    """(column, field, how) for each field of an item class, in declaration order."""
    hints = typing.get_type_hints(item_type)
    out = []
    for f in dataclasses.fields(item_type):
        hint = hints[f.name]
        args = typing.get_args(hint)
        if typing.get_origin(hint) is tuple:
            if args and args[0] is Span:  # mentions, item_spans
                out += [(f"n_{f.name}", f.name, "count"), (f.name, f.name, "spans")]
            else:  # titles, items
                out.append((f.name, f.name, "list"))
        elif hint is Span or Span in args:  # full_span
            out += [(f"{f.name}_text", f.name, "span.text"), (f"{f.name}_start", f.name, "span.start"),
                    (f"{f.name}_end", f.name, "span.end")]
        else:
            out.append((f.name, f.name, "value"))
    return out


_COLUMNS: dict[str, list[tuple[str, str, str]]] = {kind: _field_columns(t) for kind, t in ITEM_TYPES.items()}


def _nullable_int_columns(item_type: type) -> list[str]:
    hints = typing.get_type_hints(item_type)
    out = []
    for f in dataclasses.fields(item_type):
        hint = hints[f.name]
        if typing.get_origin(hint) in (typing.Union, types.UnionType) and int in typing.get_args(hint):
            out.append(f.name)
    return out


def columns(kind: str) -> list[str]:
    """The columns of `to_frame(docs, kind)`, in order."""
    _check_kind(kind)
    if kind == "documents":
        return list(_DOCUMENT_COLUMNS)
    return ["doc_id", *(column for column, _, _ in _COLUMNS[kind])]


def item_rows(docs: Document | Iterable[Document], kind: str) -> Iterator[dict[str, Any]]:
    """The rows of `to_frame(docs, kind)` as dicts, without pandas.

    `doc_id` is the Document's id, or its position in `docs` when it has none. Span fields become
    `<field>_text/_start/_end`; `mentions` and `item_spans` become a count (`n_mentions`) and a list
    of `(start, end)` pairs; tuples of strings (`titles`, `items`) become lists.
    """
    _check_kind(kind)
    if isinstance(docs, Document):
        docs = [docs]
    for position, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(f"docs must be Documents (from tuyengiao.parse or parse_many), not {type(doc).__name__}")
        doc_id = doc.id if doc.id is not None else position
        if kind == "documents":
            yield _document_row(doc, doc_id)
            continue
        for item in doc.items(kind):
            row: dict[str, Any] = {"doc_id": doc_id}
            for column, name, how in _COLUMNS[kind]:
                value = getattr(item, name)
                if how == "value":
                    row[column] = value
                elif how == "list":
                    row[column] = list(value)
                elif how == "count":
                    row[column] = len(value)
                elif how == "spans":
                    row[column] = [(span.start, span.end) for span in value]
                else:  # span.text / span.start / span.end
                    row[column] = None if value is None else getattr(value, how[5:])
            yield row


def _document_row(doc: Document, doc_id: Any) -> dict[str, Any]:
    author = doc.author
    row: dict[str, Any] = {
        "doc_id": doc_id,
        "title": doc.title,
        "author": author.name if author else None,
        "affiliation": author.affiliation if author else None,
        "issued_on": doc.issued_on,
        "chars": len(doc.text),
        "body_start": doc.body[0] if doc.body else None,
        "body_end": doc.body[1] if doc.body else None,
        "error": doc.error,
        "warnings": list(getattr(doc, "warnings", ())),
    }
    for kind in ITEM_TYPES:
        row[f"n_{kind}"] = len(doc.items(kind))
    return row


def to_frame(docs: Document | Iterable[Document], kind: str):
    """A pandas DataFrame of one kind of item over `docs`, one row per item.

    kind: "references", "organizations", "people", "dates", "recommendations", or "documents"
    (one row per document: id, title, author, date, error and item counts). Columns: `doc_id`,
    then the item's fields in the order of its dataclass (`text`, `start`, `end` first); see
    `item_rows` for how nested fields are flattened. An empty result still has every column.
    """
    _check_kind(kind)
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError('tuyengiao.to_frame needs pandas: pip install "tuyengiao[pandas]"') from error
    frame = pd.DataFrame(list(item_rows(docs, kind)), columns=columns(kind))
    int_columns = ["start", "end"] if kind != "documents" else ["chars"]
    nullable = []
    if kind in ITEM_TYPES:
        nullable = _nullable_int_columns(ITEM_TYPES[kind])
        nullable += [c for c, _, how in _COLUMNS[kind] if how in ("span.start", "span.end")]
        int_columns += [c for c, _, how in _COLUMNS[kind] if how == "count"]
    else:
        nullable = ["body_start", "body_end"]
        int_columns += [f"n_{k}" for k in ITEM_TYPES]
    for column in int_columns:
        frame[column] = frame[column].astype("int64")
    for column in nullable:
        frame[column] = frame[column].astype("Int64")
    return frame


def _check_kind(kind: str) -> None:
    if kind not in FRAME_KINDS:
        raise ValueError(f"kind must be one of {', '.join(FRAME_KINDS)}; got {kind!r}")
