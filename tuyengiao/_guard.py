"""Regex calls with a time limit, so one pathological input can never hang `parse`.

Every search an extractor runs over the body should go through these helpers instead of the
pattern's own methods:

    from ._guard import finditer
    for match in finditer(_REFERENCE, context.text):
        ...

Each call passes the `regex` module's `timeout=` with a budget that grows linearly with the
stretch searched (`budget(n)`: one second plus one second per million characters), far above
what any linear-time pattern needs. When a search runs over its budget the helper stops,
records a warning for the Document being built (`Document.warnings`) and returns what it has:
`finditer` ends early, `search`/`match`/`fullmatch` return None, `sub` returns the text
unchanged. Nothing is raised to the caller.

The warnings are collected per call of `parse` in a context variable, so threads never see
each other's warnings. Outside `parse` (an extractor called on its own) they go to
`warnings.warn` instead. `pipeline.parse` also catches a bare `TimeoutError` escaping an
extractor that used a pattern directly with `timeout=`, and turns it into a warning too.
"""
from __future__ import annotations

import warnings as _warnings
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Callable, Iterator

import regex

__all__ = ["RegexTimeoutWarning", "budget", "collecting", "finditer", "fullmatch", "match", "search", "sub", "warn"]

BASE_SECONDS = 1.0
SECONDS_PER_CHAR = 1e-6  # one second per million characters: a linear pattern needs far less

_collector: ContextVar[list[str] | None] = ContextVar("tuyengiao_warnings", default=None)


class RegexTimeoutWarning(RuntimeWarning):
    """A regex search ran over its time budget and was cut short (outside `parse`)."""


def budget(length: int) -> float:
    """Seconds allowed for one search over `length` characters."""
    return BASE_SECONDS + SECONDS_PER_CHAR * max(0, length)


def warn(message: str) -> None:
    """Record a warning for the Document being parsed (or emit a RegexTimeoutWarning outside `parse`)."""
    collected = _collector.get()
    if collected is None:
        _warnings.warn(message, RegexTimeoutWarning, stacklevel=3)
    elif message not in collected:
        collected.append(message)


@contextmanager
def collecting() -> Iterator[list[str]]:
    """Collect the warnings of the calls made inside the block (one `parse`)."""
    collected: list[str] = []
    token = _collector.set(collected)
    try:
        yield collected
    finally:
        _collector.reset(token)


def _describe(pattern: regex.Pattern, pos: int, endpos: int, seconds: float) -> str:
    shown = pattern.pattern if len(pattern.pattern) <= 60 else pattern.pattern[:57] + "..."
    return f"regex timeout: pattern {shown!r} over characters {pos}-{endpos} took more than {seconds:.1f} s; its matches there were skipped"


def _bounds(text: str, pos: int, endpos: int | None) -> tuple[int, int]:
    endpos = len(text) if endpos is None else min(endpos, len(text))
    return max(0, pos), max(0, endpos)


def finditer(
    pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
) -> Iterator[regex.Match]:
    """`pattern.finditer(text, pos, endpos)`; on a timeout, stops with a warning (matches found so far are kept)."""
    pos, endpos = _bounds(text, pos, endpos)
    seconds = budget(endpos - pos) if timeout is None else timeout
    try:
        yield from pattern.finditer(text, pos, endpos, timeout=seconds)
    except TimeoutError:
        warn(_describe(pattern, pos, endpos, seconds))


def _single(method: str) -> Callable[..., regex.Match | None]:
    def call(
        pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> regex.Match | None:
        start, end = _bounds(text, pos, endpos)
        seconds = budget(end - start) if timeout is None else timeout
        try:
            return getattr(pattern, method)(text, start, end, timeout=seconds)
        except TimeoutError:
            warn(_describe(pattern, start, end, seconds))
            return None

    call.__name__ = method
    call.__doc__ = f"`pattern.{method}(text, pos, endpos)`; None with a warning on a timeout."
    return call


search = _single("search")
match = _single("match")
fullmatch = _single("fullmatch")


def sub(pattern: regex.Pattern, repl, text: str, count: int = 0, *, timeout: float | None = None) -> str:
    """`pattern.sub(repl, text, count)`; the text unchanged, with a warning, on a timeout."""
    seconds = budget(len(text)) if timeout is None else timeout
    try:
        return pattern.sub(repl, text, count, timeout=seconds)
    except TimeoutError:
        warn(_describe(pattern, 0, len(text), seconds))
        return text
