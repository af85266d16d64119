"""Dates with their true granularity. (Stub: the full extractor is being written.)"""
from __future__ import annotations

import datetime

import regex

# A day written in full: "ngày 15/5/2016", "15-5-2016", "ngày 05 tháng 02 năm 2020".
_DAY = regex.compile(
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*|\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+)(?P<y>\d{4})\b",
    regex.IGNORECASE,
)


def match_day(text: str, pos: int = 0) -> tuple[str, int, int] | None:
    """A full day expression starting exactly at `pos`: (ISO date, start, end), or None.

    Used by other extractors (a reference's issue date). Impossible dates give None.
    """
    match = _DAY.match(text, pos)
    if not match:
        return None
    try:
        day = datetime.date(int(match["y"]), int(match["m"] or match["m2"]), int(match["d"]))
    except ValueError:
        return None
    return day.isoformat(), match.start(), match.end()


def extract(context) -> list:
    return []
