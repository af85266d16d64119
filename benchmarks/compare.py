#!/usr/bin/env python3
"""Is this checkout faster than an earlier revision? An A/B of `parse` that host noise cannot fool.

    .venv/bin/python benchmarks/compare.py --against b9520ac          # 21 interleaved rounds
    .venv/bin/python benchmarks/compare.py --against HEAD~3 --runs 41

On a shared machine the same code can run a third slower from one minute to the next, so two
`bench.py` runs made at different times do not compare. This script loads the package of both
revisions into one interpreter (the old one from `git archive`, under another name), parses the
dev texts with each in turn, round after round, and reports the median CPU time of each and their
ratio: whatever slows the host slows both alike. It also says whether the two give the same
output on every dev text.
"""
from __future__ import annotations

import argparse
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import dev_texts, kb  # noqa: E402  (the same inputs as bench.py)


def load_revision(revision: str, into: Path):
    """The `tuyengiao` package as it was at `revision`, imported as `tuyengiao_<revision>`.

    The package imports itself only relatively, so it runs under another name.
    """
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "tuyengiao"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    name = "tuyengiao_" + "".join(c if c.isalnum() else "_" for c in revision)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python ≥ 3.11.4
        tar.extractall(into, **safe)
    (into / "tuyengiao").rename(into / name)
    sys.path.insert(0, str(into))
    return importlib.import_module(name)


def cpu_seconds(parse, texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        parse(text)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", required=True, help="the earlier revision (a commit, tag or HEAD~n)")
    parser.add_argument("--runs", type=int, default=21, help="interleaved rounds (default 21)")
    args = parser.parse_args(argv)

    import tuyengiao

    texts = [text for _, text in dev_texts()]
    size = kb(texts)
    with tempfile.TemporaryDirectory() as tmp:
        old = load_revision(args.against, Path(tmp))
        same = all(old.parse(t).to_dict() == tuyengiao.parse(t).to_dict() for t in texts)  # also the warm-up
        times: dict[str, list[float]] = {"old": [], "new": []}
        for _ in range(args.runs):
            times["old"].append(cpu_seconds(old.parse, texts))
            times["new"].append(cpu_seconds(tuyengiao.parse, texts))
    old_s, new_s = statistics.median(times["old"]), statistics.median(times["new"])
    print(f"{len(texts)} dev texts, {size:.1f} KB; {args.runs} interleaved rounds, median CPU time")
    print(f"  {args.against:<12} {size / old_s:8.0f} KB/s")
    print(f"  {'this checkout':<12} {size / new_s:8.0f} KB/s")
    print(f"  speed-up     {old_s / new_s:8.2f}x")
    print(f"  output       {'identical' if same else 'DIFFERENT on some dev texts'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
