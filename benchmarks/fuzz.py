#!/usr/bin/env python3
"""Fuzz `tuyengiao.parse` for as long as you like; print what was tried and every distinct failure, minimised.

    .venv/bin/python benchmarks/fuzz.py --seconds 300            # five minutes
    .venv/bin/python benchmarks/fuzz.py --seconds 60 --seed 7     # reproducible stream of inputs
    .venv/bin/python benchmarks/fuzz.py --repro FILE              # run the checks on one text file

Inputs come from five generators: arbitrary code points (surrogates, controls, right-to-left
marks, emoji, combining marks), strings of domain words and odd pieces, real dev texts with
random edits (deletions, insertions, duplications, NFD slices, old tone style, CRLF, case),
splices of two dev texts, and now and then a long repetitive text (50-400 KB) whose time is
compared with a quarter of it, to catch super-linear growth.

Every input goes through the checks of tests/test_robustness.py: `parse` does not raise, every
span is the caller's text, a second parse is equal, JSON and pickle round-trip, and (for
Vietnamese inputs) NFC and NFD give the same items. A parse still running after --timeout
seconds is a hang. Failures are grouped by kind and by the innermost tuyengiao frame, and the
first input of each group is shrunk (lines, then characters) to a minimal repro. The summary is
printed and written as JSON (--out, default benchmarks/results/fuzz.json).
"""
from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import time
import traceback
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import tuyengiao  # noqa: E402
from test_robustness import DEV, ODD_PIECES, VOCABULARY, check_document, item_keys  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "fuzz.json"
OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ụy": "uỵ", "òe": "oè", "óe": "oé", "ỏe": "oẻ"}
ODD_RANGES = [(0, 0x20), (0x7F, 0xA0), (0x300, 0x370), (0x590, 0x700), (0x200B, 0x2030), (0xD800, 0xE000),
              (0xFE00, 0xFE10), (0xFFF0, 0x10000), (0x1F300, 0x1FA00), (0xE0000, 0xE0080)]


class Hang(BaseException):
    """The parse ran past --timeout (a BaseException: nothing inside parse may swallow it)."""


@dataclass
class Failure:
    kind: str  # exception, invariant, nondeterministic, nfc_nfd, hang, superlinear
    where: str  # the innermost tuyengiao frame "module.py:line in function", or ""
    message: str
    text: str
    count: int = 1
    minimal: str | None = None
    generators: set[str] = field(default_factory=set)

    @property
    def signature(self) -> tuple[str, str]:
        return self.kind, self.where


# ---------------------------------------------------------------- generators
def gen_arbitrary(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(0, 400)):
        roll = rng.random()
        if roll < 0.4:
            lo, hi = rng.choice(ODD_RANGES)
            out.append(chr(rng.randrange(lo, hi)))
        elif roll < 0.7:
            out.append(chr(rng.randrange(0x20, 0x250)))
        else:
            out.append(chr(rng.randrange(0, 0x110000)))
    return "".join(out)


def gen_words(rng: random.Random) -> str:
    pool = VOCABULARY * 3 + ODD_PIECES
    return "".join(rng.choice(pool) for _ in range(rng.randint(0, 120)))


def mutate(rng: random.Random, text: str, edits: int) -> str:
    for _ in range(edits):
        op = rng.choice(["delete", "insert", "duplicate", "odd", "nfd", "tones", "crlf", "case", "swap", "truncate"])
        i = rng.randint(0, len(text))
        j = min(len(text), i + rng.randint(0, 300))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + rng.choice(VOCABULARY) + text[i:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] * rng.randint(1, 5) + text[j:]
        elif op == "odd":
            text = text[:i] + rng.choice(ODD_PIECES) + text[i:]
        elif op == "nfd":
            text = text[:i] + unicodedata.normalize("NFD", text[i:j]) + text[j:]
        elif op == "tones":
            piece = text[i:j]
            for new, old in OLD_TONES.items():
                piece = piece.replace(new, old)
            text = text[:i] + piece + text[j:]
        elif op == "crlf":
            text = text[:i] + text[i:j].replace("\n", "\r\n") + text[j:]
        elif op == "case":
            text = text[:i] + rng.choice([str.upper, str.lower, str.title])(text[i:j]) + text[j:]
        elif op == "swap":
            k = rng.randint(0, len(text))
            a, b = sorted((i, k))
            text = text[b:] + text[a:b] + text[:a]
        else:
            text = text[:i]
    return text


def gen_dev_edit(rng: random.Random) -> str:
    return mutate(rng, rng.choice(DEV)[1], rng.randint(1, 8))


def gen_splice(rng: random.Random) -> str:
    a, b = rng.choice(DEV)[1], rng.choice(DEV)[1]
    return a[: rng.randint(0, len(a))] + rng.choice(["", "\n", " ", rng.choice(ODD_PIECES)]) + b[rng.randint(0, len(b)) :]


def gen_long(rng: random.Random) -> str:
    unit = rng.choice([rng.choice(VOCABULARY), gen_words(rng)[:200] or "x", rng.choice(DEV)[1][:2000],
                       rng.choice(["(", ")", "/", "0", " ", "\n", "Số: ", "Chỉ thị số ", "ngày ", "- "])])
    size = rng.randint(50_000, 400_000)
    return (unit * (size // max(1, len(unit)) + 1))[:size]


GENERATORS = [("arbitrary", gen_arbitrary, 25), ("words", gen_words, 25), ("dev_edit", gen_dev_edit, 35),
              ("splice", gen_splice, 14), ("long", gen_long, 1)]
VIETNAMESE = {"words", "dev_edit", "splice"}


# ---------------------------------------------------------------- checks
def innermost_frame(error: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "/tuyengiao/" in f.filename.replace("\\", "/")]
    if not frames:
        return ""
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def parse_with_limit(text: str, seconds: float):
    def expire(signum, frame):
        raise Hang(f"parse still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return tuyengiao.parse(text)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check(text: str, generator: str, timeout: float) -> tuple[str, str, str] | None:
    """None if every check passes, else (kind, where, message)."""
    try:
        doc = parse_with_limit(text, timeout)
    except Hang as error:
        return "hang", innermost_frame(error), str(error)
    except Exception as error:  # noqa: BLE001 - the point is to catch everything
        return "exception", innermost_frame(error), f"{type(error).__name__}: {error}"[:300]
    try:
        check_document(text, doc)
    except AssertionError as error:
        return "invariant", "", f"{error}"[:300]
    except Exception as error:  # noqa: BLE001 - e.g. to_json or from_dict blowing up
        return "invariant", innermost_frame(error), f"{type(error).__name__}: {error}"[:300]
    try:
        again = parse_with_limit(text, timeout)
    except BaseException as error:  # noqa: BLE001
        return "nondeterministic", innermost_frame(error), f"second parse failed: {type(error).__name__}: {error}"[:300]
    if again != doc:
        return "nondeterministic", "", "two parses of the same text differ"
    if generator in VIETNAMESE:
        nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
        try:
            a, b = parse_with_limit(nfc, timeout), parse_with_limit(nfd, timeout)
        except BaseException as error:  # noqa: BLE001
            return "exception", innermost_frame(error), f"on the NFC/NFD form: {type(error).__name__}: {error}"[:300]
        ka, kb = item_keys(a), item_keys(b)
        if ka != kb:
            kinds = [k for k in ka if ka[k] != kb[k]]
            return "nfc_nfd", ",".join(kinds), f"NFC and NFD forms differ in {', '.join(kinds)}"
    return None


def check_growth(text: str, timeout: float) -> tuple[str, str, str] | None:
    """Time a quarter of a long text and all of it: more than ~2.5x the linear ratio is super-linear."""
    quarter = text[: len(text) // 4]
    try:
        start = time.perf_counter()
        parse_with_limit(quarter, timeout)
        t_quarter = time.perf_counter() - start
        start = time.perf_counter()
        parse_with_limit(text, timeout)
        t_full = time.perf_counter() - start
    except Hang as error:
        return "hang", innermost_frame(error), str(error)
    except Exception as error:  # noqa: BLE001
        return "exception", innermost_frame(error), f"{type(error).__name__}: {error}"[:300]
    if t_quarter > 0.05 and t_full / t_quarter > 10:
        return "superlinear", "", f"{len(quarter)} chars: {t_quarter:.2f} s; {len(text)} chars: {t_full:.2f} s ({t_full / t_quarter:.1f}x for 4x)"
    return None


# ---------------------------------------------------------------- shrinking
def shrink(text: str, still_fails, deadline: float) -> str:
    """Delta debugging: drop chunks of lines, then of characters, while the failure stays the same."""
    for unit in ("lines", "chars"):
        parts = text.splitlines(keepends=True) if unit == "lines" else list(text)
        chunk = max(1, len(parts) // 2)
        while chunk >= 1 and time.monotonic() < deadline:
            i, progress = 0, False
            while i < len(parts) and time.monotonic() < deadline:
                candidate = parts[:i] + parts[i + chunk :]
                if still_fails("".join(candidate)):
                    parts, progress = candidate, True
                else:
                    i += chunk
            if not progress:
                chunk //= 2
        text = "".join(parts)
    return text


def minimise(failure: Failure, timeout: float, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    generator = next(iter(failure.generators))
    limit = min(timeout, 5.0) if failure.kind == "hang" else timeout

    def still_fails(candidate: str) -> bool:
        if failure.kind == "superlinear":
            found = check_growth(candidate, timeout)
        else:
            found = check(candidate, generator, limit)
        return found is not None and found[:2] == failure.signature

    return shrink(failure.text, still_fails, deadline)


# ---------------------------------------------------------------- main
def show(text: str, limit: int = 300) -> str:
    shown = repr(text)
    return shown if len(shown) <= limit else shown[:limit] + f"... ({len(text)} chars)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="how long to generate inputs (default 60)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    parser.add_argument("--timeout", type=float, default=20, help="a parse running longer is a hang (default 20 s)")
    parser.add_argument("--shrink-seconds", type=float, default=60, help="time to minimise each distinct failure")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--repro", type=Path, help="check one UTF-8 text file and exit")
    args = parser.parse_args(argv)

    if args.repro:
        found = check(args.repro.read_text("utf-8", errors="surrogateescape"), "dev_edit", args.timeout)
        print("ok" if found is None else f"{found[0]} at {found[1] or '?'}: {found[2]}")
        return 0 if found is None else 1

    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    names, functions, weights = zip(*GENERATORS)
    tried: dict[str, int] = dict.fromkeys(names, 0)
    chars = 0
    failures: dict[tuple[str, str], Failure] = {}
    for _, text in DEV:
        tuyengiao.parse(text)  # warm-up
    start = time.monotonic()
    last_report = start
    while time.monotonic() - start < args.seconds:
        index = rng.choices(range(len(names)), weights)[0]
        name = names[index]
        text = functions[index](rng)
        tried[name] += 1
        chars += len(text)
        found = check(text, name, args.timeout)
        if found is None and name == "long":
            found = check_growth(text, args.timeout)
        if found is not None:
            kind, where, message = found
            failure = failures.get((kind, where))
            if failure is None:
                failures[(kind, where)] = Failure(kind, where, message, text, generators={name})
                print(f"[{time.monotonic() - start:6.0f} s] NEW {kind} at {where or '?'}: {message[:160]}", file=sys.stderr)
            else:
                failure.count += 1
                failure.generators.add(name)
                if len(text) < len(failure.text):
                    failure.text = text
        if time.monotonic() - last_report > 30:
            last_report = time.monotonic()
            print(f"[{last_report - start:6.0f} s] {sum(tried.values())} inputs, {len(failures)} distinct failures", file=sys.stderr)
    elapsed = time.monotonic() - start

    for failure in failures.values():
        print(f"shrinking {failure.kind} at {failure.where or '?'} ({len(failure.text)} chars) …", file=sys.stderr)
        failure.minimal = minimise(failure, args.timeout, args.shrink_seconds)

    total = sum(tried.values())
    print(f"\nfuzz: seed {seed}, {elapsed:.0f} s, {total} inputs ({chars / 1e6:.1f} M characters), "
          f"{sum(f.count for f in failures.values())} failing, {len(failures)} distinct")
    print("  by generator: " + ", ".join(f"{name} {count}" for name, count in tried.items()))
    for failure in sorted(failures.values(), key=lambda f: -f.count):
        print(f"\n- {failure.kind} at {failure.where or '?'} ({failure.count}x, from {', '.join(sorted(failure.generators))})")
        print(f"  {failure.message[:300]}")
        print(f"  minimal repro: {show(failure.minimal or failure.text)}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "seed": seed, "seconds": elapsed, "inputs": total, "characters": chars, "by_generator": tried,
        "failures": [{"kind": f.kind, "where": f.where, "message": f.message, "count": f.count,
                      "generators": sorted(f.generators), "minimal": f.minimal, "first_length": len(f.text)}
                     for f in failures.values()],
    }, ensure_ascii=False, indent=2) + "\n", "utf-8", errors="backslashreplace")  # lone surrogates as \\udXXX escapes
    print(f"\nwrote {args.out}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
