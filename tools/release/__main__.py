"""`python -m tools.release classify OLD_SPEC NEW_SPEC [--json]` and `python -m tools.release run
[--dry-run]` (what `nox -s release` runs)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from tools.release.classify import classify
from tools.release.run import ReleaseError, release


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.release")
    commands = parser.add_subparsers(dest="command", required=True)
    compare = commands.add_parser("classify", help="what a spec change means for the client's users")
    compare.add_argument("old", type=Path)
    compare.add_argument("new", type=Path)
    compare.add_argument("--json", action="store_true", help="print the classification as JSON")
    run = commands.add_parser("run", help="make a release (what `nox -s release` runs)")
    run.add_argument("--dry-run", action="store_true", help="everything but the commit and the tag")
    args = parser.parse_args(argv)
    if args.command == "classify":
        report = classify(yaml.safe_load(args.old.read_text()), yaml.safe_load(args.new.read_text()))
        if args.json:
            print(json.dumps(report.as_json(), indent=2))
        else:
            for category, items in report.as_json().items():
                if category != "bump":
                    print(f"{category}:", *(f"  - {item}" for item in items), sep="\n")
            print(f"bump: {report.bump}")
        return 0
    try:
        print(release(dry_run=args.dry_run))
    except ReleaseError as exc:
        print(f"release refused: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
