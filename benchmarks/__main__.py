"""Run every benchmark, print the table and write docs/benchmarks.md. Exits 0 whatever the outcome, unless
`--check`: then 1 when a target was missed, listing the misses."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from . import _benches, _cli, _peer, _plain, _report
from ._harness import REPO_ROOT, fleet_stores, running_server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="skip the rate-limit benchmarks (~20 s alone, ~4 min for the fleets)"
    )
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of the client's hot paths")
    parser.add_argument("--check", action="store_true", help="exit 1, listing them, when targets were missed")
    parser.add_argument(
        "--runs",
        type=int,
        default=1,
        help="run the per-call and cold-start benchmarks this many times and add their min-max table (default: 1)",
    )
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
    runs: list[list[_report.Row]] = []
    with running_server() as base_url, tempfile.TemporaryDirectory() as tmp:
        print("generating the plain openapi-python-client client ...", flush=True)
        _plain.generate(Path(tmp))
        print("generating the msgspec peer (datamodel-code-generator) ...", flush=True)
        _peer.generate(Path(tmp))
        sys.path.insert(0, tmp)  # both peers' packages
        for run in range(1, args.runs + 1):
            print(f"running ({run}/{args.runs}): per call (1, 20, 100, 1000 items) ...", flush=True)
            per_call = _benches.per_call(base_url)
            print(f"running ({run}/{args.runs}): cold start ...", flush=True)
            runs.append(per_call + _benches.cold_start(base_url, Path(tmp)))
        rows += runs[-1]
        print("running: drift recording cost ...", flush=True)
        rows += _benches.drift_cost(base_url)
        print("running: cmr cold start ...", flush=True)
        rows += _cli.cold_start(base_url)  # `nox -s bench` installs `.[redis,cli]`; a failing `cmr` fails the run
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
    if len(runs) > 1:
        print(f"\nmin-max over {len(runs)} runs:")
        print(_report.runs_text(runs))
    print(f"\n{info['python']}, {info['cpus']} CPUs, httpx {info['httpx']}, load {info['load']}, {info['date']}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(_report.markdown(rows, info, args.quick, runs), encoding="utf-8")
    print(f"written: {args.output}")
    if not args.check:
        return 0
    status, message = _report.check([row for run in runs[:-1] for row in run] + rows)
    print(message, file=sys.stderr if status else sys.stdout)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
