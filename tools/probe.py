"""Probe the live API for drift: call every read operation it can satisfy and record how the answers differ
from the spec. Run it through nox: `nox -s probe` (production, `CMR_API_KEY`) or `nox -s probe -- --sandbox`
(`CMR_SANDBOX_API_KEY` and `CMR_SANDBOX_BASE_URL`).

Lists without arguments go first; single reads follow, with ids taken from what the lists returned. Only
operations whose `x-cmr-effect` is `read` are called (never a write), paced under the documented limit. The
observations go to a JSON-lines file (`--output`, default `drift-probe-<time>.jsonl`) for `nox -s learn`.

Exit status: 0 when at least one call was answered with a 2xx the client parsed; 1 when none was (every call
failed or was skipped: a skipped call is no success); 2 when the key (or the sandbox URL) is missing.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from coldmailreseller import OPERATIONS, APIError, CMRError, ColdMailReseller, Operation, ResponseValidationError
from coldmailreseller._drift import DRIFT_LOG_ENV

# Below the documented 5 requests per second, for whatever else shares the key.
PACE = 4.0
MAX_VALUES = 3


def _values(node: Any, resource: str) -> Iterator[tuple[str, str]]:
    """(field name, value) of every id-like string in a decoded answer; a bare `id` of a resource's objects is
    also that resource's `<singular>Id` (`users` -> `userId`)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if (
                isinstance(value, str)
                and value
                and (key == "id" or key.endswith("Id") or key in ("domain", "domainName"))
            ):
                yield key, value
                if key == "id":
                    yield f"{resource.removesuffix('s')}Id", value
            else:
                yield from _values(value, resource)
    elif isinstance(node, list):
        for item in node:
            yield from _values(item, resource)


class Probe:
    def __init__(self, client: ColdMailReseller) -> None:
        self.client = client
        self.known: dict[str, list[str]] = defaultdict(list)
        self.results: list[tuple[str, str]] = []
        self.succeeded = 0  # calls answered with a 2xx that parsed

    def run(self, operations: list[Operation[Any]]) -> None:
        waiting = []
        for op in operations:
            if any(f.required for f in op.fields) or op.one_of:
                waiting.append(op)
            else:
                self._call(op, {})
        for op in waiting:
            args = self._arguments(op)
            if args is None:
                needs = ", ".join(f.wire for f in op.fields if f.required and not self._value(f.wire))
                self.results.append((op.operation_id, f"skipped: no value for {needs or 'its body'}"))
            else:
                self._call(op, args)

    def _value(self, wire: str) -> list[str]:
        if wire in self.known:
            return self.known[wire]
        if wire.endswith("Ids") and wire[:-1] in self.known:
            return self.known[wire[:-1]]
        return []

    def _arguments(self, op: Operation[Any]) -> dict[str, Any] | None:
        chosen: set[str] = set()
        for group in op.one_of:
            if all(self._value(wire) for wire in group):
                chosen = set(group)
                break
        if op.one_of and not chosen:
            return None
        args: dict[str, Any] = {}
        for field in op.fields:
            if not (field.required or field.wire in chosen):
                continue
            values = self._value(field.wire)
            if not values or field.shape.kind not in ("str", "list"):
                return None
            args[field.attr] = values[:1] if field.shape.kind == "list" else values[0]
        return args

    def _call(self, op: Operation[Any], args: dict[str, Any]) -> None:
        method = getattr(getattr(self.client, op.resource).with_raw_response, op.method)
        try:
            raw = method(**args)
            envelope = raw.envelope
            raw.parse()  # drift is recorded while parsing
            outcome = f"HTTP {raw.status_code}"
            self.succeeded += 200 <= raw.status_code < 300
        except ResponseValidationError as exc:
            envelope, outcome = None, f"does not match the spec ({exc.reason[:60]})"
        except APIError as exc:
            envelope, outcome = None, f"{type(exc).__name__} (HTTP {exc.status_code})"
        except CMRError as exc:
            envelope, outcome = None, type(exc).__name__
        self.results.append((op.operation_id, outcome))
        if envelope is not None:
            for key, value in _values(envelope.get("data"), op.resource):
                if value not in self.known[key] and len(self.known[key]) < MAX_VALUES:
                    self.known[key].append(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s probe --", description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", action="store_true", help="probe the sandbox (sandbox key and URL)")
    parser.add_argument("--output", type=Path, help="the observations file (default: drift-probe-<time>.jsonl)")
    parser.add_argument("--base-url", help="the API root (default: production, or CMR_SANDBOX_BASE_URL)")
    args = parser.parse_args(argv)
    key_env = "CMR_SANDBOX_API_KEY" if args.sandbox else "CMR_API_KEY"
    if not os.environ.get(key_env) or (args.sandbox and not (args.base_url or os.environ.get("CMR_SANDBOX_BASE_URL"))):
        needs = f"{key_env} and CMR_SANDBOX_BASE_URL (or --base-url)" if args.sandbox else key_env
        where = "sandbox" if args.sandbox else "live API"
        print(f"probe: nothing to do without {needs}; set it to probe the {where}", file=sys.stderr)
        return 2
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    output = args.output or Path(f"drift-probe-{stamp}.jsonl")
    os.environ[DRIFT_LOG_ENV] = str(output.resolve())
    operations = [op for op in OPERATIONS.values() if op.effect == "read" and (args.sandbox or not op.sandbox)]
    with ColdMailReseller(sandbox=args.sandbox, base_url=args.base_url, rate_limit=PACE) as client:
        probe = Probe(client)
        probe.run(operations)
    observed = len(output.read_text(encoding="utf-8").splitlines()) if output.exists() else 0
    width = max((len(op_id) for op_id, _ in probe.results), default=0)
    for op_id, outcome in probe.results:
        print(f"{op_id.ljust(width)}  {outcome}")
    called = sum(1 for _, outcome in probe.results if not outcome.startswith("skipped"))
    print(
        f"\n{called} read operations called ({probe.succeeded} answered), {len(probe.results) - called} skipped; "
        f"{observed} observations in {output}"
    )
    if not probe.succeeded:
        print("probe: no call succeeded; check the key, the base URL and the network", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
