"""Run every ``benchmarks/bench_*.py`` script in turn and print their numbers (``make bench``).

    .venv/bin/python benchmarks/run_all.py [NAME ...]

With names (``throughput``, ``bench_throughput`` or ``bench_throughput.py``) only those run.
Each script runs in its own process with the same interpreter, so one script's memory does not
inflate the next one's peak RSS. Exit status 1 if any script failed, else 0.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def scripts(names: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if not names:
        return found
    wanted = {n.removesuffix(".py").removeprefix("bench_") for n in names}
    chosen = [p for p in found if p.stem.removeprefix("bench_") in wanted]
    missing = wanted - {p.stem.removeprefix("bench_") for p in chosen}
    if missing:
        raise SystemExit(f"run_all: no benchmark named {', '.join(sorted(missing))}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    names = sys.argv[1:] if argv is None else argv
    failed: list[str] = []
    for script in scripts(names):
        title = f"== {script.name}"
        print(f"{title}\n{'=' * len(title)}", flush=True)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, check=False)
        seconds = time.perf_counter() - start
        status = "ok" if proc.returncode == 0 else f"FAILED (exit {proc.returncode})"
        print(f"-- {script.name}: {status} in {seconds:.1f} s\n", flush=True)
        if proc.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"run_all: {len(failed)} benchmark(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
