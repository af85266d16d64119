"""tuyengiao: Vietnamese party and administrative reports → structured, citable data.

    >>> import tuyengiao
    >>> doc = tuyengiao.parse(text)
    >>> doc.references[0].symbol, doc.references[0].start, doc.references[0].end
"""
from .corpus import parse_many
from .display import render_html
from .frames import to_frame
from .io import UnreadableFileError, parse_file, read_text
from .models import (
    Author,
    DateMention,
    Document,
    Organization,
    Person,
    Recommendation,
    Reference,
    Span,
)
from .pipeline import parse
from .text import normalize

__version__ = "0.1.0"

__all__ = [
    "Author",
    "DateMention",
    "Document",
    "Organization",
    "Person",
    "Recommendation",
    "Reference",
    "Span",
    "UnreadableFileError",
    "normalize",
    "parse",
    "parse_file",
    "parse_many",
    "read_text",
    "render_html",
    "to_frame",
]
