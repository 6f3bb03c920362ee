"""Run every benchmark, print the table and write docs/benchmarks.md. Exits 0 whatever the outcome, unless
`--check`: then 1 when a target was missed, listing the misses."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from . import _benches, _cli, _plain, _report
from ._harness import REPO_ROOT, fleet_stores, running_server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="skip the rate-limit benchmarks (~20 s alone, ~4 min for the fleets)"
    )
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of the client's hot paths")
    parser.add_argument("--check", action="store_true", help="exit 1, listing them, when targets were missed")
    parser.add_argument(
        "--output",
        type=Path,
        default=REPO_ROOT / "docs" / "benchmarks.md",
        help="where to write the markdown report (default: docs/benchmarks.md)",
    )
    argv = sys.argv[1:] if argv is None else argv
    # `python -m benchmarks -- --check` (the nox spelling) means the same as `python -m benchmarks --check`.
    args = parser.parse_args(argv[1:] if argv[:1] == ["--"] else argv)

    rows: list[_report.Row] = []
    with running_server() as base_url, tempfile.TemporaryDirectory() as tmp:
        print("generating the plain openapi-python-client client ...", flush=True)
        plain_path = _plain.generate(Path(tmp))
        sys.path.insert(0, str(plain_path))
        print("running: per call (1, 20, 100, 1000 items) ...", flush=True)
        rows += _benches.per_call(base_url)
        print("running: drift recording cost ...", flush=True)
        rows += _benches.drift_cost(base_url)
        print("running: cold start ...", flush=True)
        rows += _benches.cold_start(base_url, plain_path)
        print("running: cmr cold start ...", flush=True)
        try:
            rows += _cli.cold_start(base_url)
        except RuntimeError as exc:  # the `cli` extra is not installed: `nox -s bench` installs `.[redis,cli]`
            print(f"  skipped: {exc}", flush=True)
        if not args.quick:
            print("running: rate limit (~20 s) ...", flush=True)
            rows += _benches.rate_limit(base_url)
            print("running: fleets of processes on one key, per pacing store (~4 min) ...", flush=True)
            with fleet_stores(Path(tmp)) as stores:
                rows += _benches.fleet(base_url, stores)
        print("running: async throughput ...", flush=True)
        rows.append(_benches.async_throughput(base_url))
        if args.profile:
            from ._profile import profile

            profile(base_url)

    info = _report.machine()
    print()
    print(_report.text_table(rows))
    print(f"\n{info['python']}, {info['cpus']} CPUs, httpx {info['httpx']}, load {info['load']}, {info['date']}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(_report.markdown(rows, info, args.quick), encoding="utf-8")
    print(f"written: {args.output}")
    if not args.check:
        return 0
    status, message = _report.check(rows)
    print(message, file=sys.stderr if status else sys.stdout)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
