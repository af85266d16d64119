#!/usr/bin/env python3
"""parse_many with 1 process against 2 (or more): the dev corpus texts repeated 20 times.

    .venv/bin/python benchmarks/parallel.py                  # 1 vs 2 processes, 5 rounds
    .venv/bin/python benchmarks/parallel.py --repeat 50 --rounds 3 --processes 1 2 4

Each round times `list(tuyengiao.parse_many(texts, processes=p, progress=False))` once per
process count, in alternating order, after one untimed warm-up run of each; the figure is the
median over rounds (the machine is shared, so single runs are noisy: every run is printed, with
the CPU seconds it used, workers included, which shows what the extra process costs even when
other work on the machine leaves it no free core). The parallel time includes starting the
worker processes. Uses ../shared/corpus/dev, or
examples/seed.txt when the corpus is not beside the project.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SEED = ROOT / "examples" / "seed.txt"

sys.path.insert(0, str(ROOT))
import tuyengiao  # noqa: E402


def corpus_texts() -> list[tuple[str, str]]:
    if DEV_CORPUS.is_dir():
        docs = [json.loads(p.read_text("utf-8")) for p in sorted(DEV_CORPUS.glob("*.json"))]
        return [(d["id"], d["text"]) for d in docs]
    return [("seed", SEED.read_text("utf-8"))]


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished worker processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(texts, processes: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one parse_many run, worker processes included."""
    cpu, start = _cpu(), time.perf_counter()
    docs = list(tuyengiao.parse_many(texts, processes=processes, progress=False, errors="raise"))
    elapsed = time.perf_counter() - start
    assert len(docs) == len(texts)
    return elapsed, _cpu() - cpu


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="copies of the corpus (default 20)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    base = corpus_texts()
    texts = [(f"{name}#{copy}", text) for copy in range(args.repeat) for name, text in base]
    chars = sum(len(text) for _, text in texts)
    print(f"{len(texts)} texts ({len(base)} x {args.repeat}), {chars:,} characters; "
          f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}; load average before: {_load()}")
    for p in args.processes:  # warm-up: loads data and caches, in this process and in forked workers
        run(texts, p)
    times: dict[int, list[float]] = {p: [] for p in args.processes}
    cpus: dict[int, list[float]] = {p: [] for p in args.processes}
    for round_ in range(args.rounds):
        order = args.processes if round_ % 2 == 0 else list(reversed(args.processes))
        for p in order:
            wall, cpu = run(texts, p)
            times[p].append(wall)
            cpus[p].append(cpu)
        print(f"round {round_ + 1}: " + ", ".join(
            f"{p} proc {times[p][-1]:.3f}s (cpu {cpus[p][-1]:.2f}s)" for p in args.processes))
    print(f"load average after: {_load()} (other work on the machine slows the parallel runs most)")
    base_p = args.processes[0]
    base_median = statistics.median(times[base_p])
    for p in args.processes:
        median = statistics.median(times[p])
        paired = statistics.median(b / t for b, t in zip(times[base_p], times[p]))
        print(f"processes={p}: median {median:.3f}s ({len(texts) / median:.0f} texts/s), "
              f"cpu {statistics.median(cpus[p]):.2f}s, speed-up vs {base_p}: {base_median / median:.2f}x "
              f"(median of the rounds' own ratios: {paired:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
