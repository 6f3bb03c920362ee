"""The result table, printed and written to docs/benchmarks.md."""

from __future__ import annotations

import datetime
import os
import platform
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One measurement: ours, raw httpx and (where they apply) the msgspec peer (in the same run) and the plain
    openapi-python-client call (in a run of its own with raw httpx). `ratio` is ours against raw (or the measure named
    in `benchmark`), `peer_ratio` and `plain_ratio` theirs against raw."""

    benchmark: str
    ours: str
    raw: str
    ratio: float | None
    target: str
    met: bool | None
    plain: str = "—"
    plain_ratio: float | None = None
    peer: str = "—"
    peer_ratio: float | None = None

    def cells(self) -> list[str]:
        met = "—" if self.met is None else ("yes" if self.met else "NO")
        return [
            self.benchmark,
            self.raw,
            self.peer,
            self.plain,
            self.ours,
            _ratio(self.peer_ratio),
            _ratio(self.plain_ratio),
            _ratio(self.ratio),
            self.target,
            met,
        ]


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}x"


def misses(rows: list[Row]) -> list[str]:
    """One line per row whose target was missed (`met` is False; rows without a target never miss)."""
    return [
        f"{row.benchmark}: ours {row.ours} ({_ratio(row.ratio)}), target {row.target}"
        for row in rows
        if row.met is False
    ]


def check(rows: list[Row]) -> tuple[int, str]:
    """What `--check` decides: the exit status (1 when any target was missed) and what to print."""
    missed = misses(rows)
    if not missed:
        return 0, f"every target met ({sum(row.met is True for row in rows)} with a target)"
    return 1, "\n".join([f"{len(missed)} target(s) missed:", *(f"  {line}" for line in missed)])


HEADER = [
    "benchmark",
    "raw httpx",
    "msgspec peer",
    "openapi-python-client",
    "ours",
    "peer / raw",
    "plain / raw",
    "ours / raw",
    "target",
    "met",
]


def text_table(rows: list[Row]) -> str:
    lines = [HEADER, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    out = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in lines]
    out.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(out)


RUNS_HEADER = ["benchmark", "peer / raw", "plain / raw", "ours / raw", "target", "met in every run"]


def _spread(values: list[float | None]) -> str:
    found = [value for value in values if value is not None]
    if not found:
        return "—"
    low, high = min(found), max(found)
    return f"{low:.2f}x" if f"{low:.2f}" == f"{high:.2f}" else f"{low:.2f}-{high:.2f}x"


def runs_cells(runs: list[list[Row]]) -> list[list[str]]:
    """One line per benchmark of repeated runs: the min-max of each ratio, and whether every run met its target."""
    lines = []
    for index, row in enumerate(runs[0]):
        same = [run[index] for run in runs]
        met = [r.met for r in same]
        lines.append(
            [
                row.benchmark,
                _spread([r.peer_ratio for r in same]),
                _spread([r.plain_ratio for r in same]),
                _spread([r.ratio for r in same]),
                row.target,
                "—" if None in met else ("yes" if all(met) else f"NO ({met.count(False)} of {len(met)})"),
            ]
        )
    return lines


def runs_text(runs: list[list[Row]]) -> str:
    lines = [RUNS_HEADER, *runs_cells(runs)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(RUNS_HEADER))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in lines)


def _runs_markdown(runs: list[list[Row]]) -> str:
    if len(runs) < 2:
        return ""
    table = ["| " + " | ".join(RUNS_HEADER) + " |", "|" + "---|" * len(RUNS_HEADER)]
    table += ["| " + " | ".join(cells) + " |" for cells in runs_cells(runs)]
    return f"""
## {len(runs)} runs

The per-call and cold-start benchmarks, run {len(runs)} times in a row (the table above is the last run): the
lowest and highest ratio of each.

{chr(10).join(table)}
"""


def machine() -> dict[str, str]:
    import httpx

    return {
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "cpus": str(os.cpu_count()),
        "platform": platform.platform(),
        "httpx": httpx.__version__,
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        # Other work on the machine shrinks or inflates the absolute numbers; the interleaving keeps ratios fair.
        "load": " / ".join(f"{value:.2f}" for value in os.getloadavg()),
    }


def markdown(rows: list[Row], info: dict[str, str], quick: bool, runs: list[list[Row]] | None = None) -> str:
    table = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    table += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    command = " ".join(["nox -s bench --", *(a for a in sys.argv[1:] if a != "--")]).removesuffix(" --")
    skipped = "\nThe rate-limit benchmarks were skipped (`--quick`).\n" if quick else ""
    return f"""# Benchmarks

Written by `{command}` (the package installed from the checkout, not editable). Every ratio compares
measurements taken in the same run, on the same machine, against the same local server; absolute numbers
move from machine to machine, ratios much less. Targets are reported; `nox -s bench -- --check` also exits
non-zero, listing them, when any was missed.

{chr(10).join(table)}
{skipped}{_runs_markdown(runs or [])}
Machine: {info["python"]}, {info["cpus"]} CPUs, {info["platform"]}, httpx {info["httpx"]}; load average
(1/5/15 min) at the end of the run: {info["load"]}. Date: {info["date"]}.

## Method

- **Server**: a minimal asyncio HTTP/1.1 keep-alive server on 127.0.0.1 (`benchmarks/_server.py`), in its own
  process so that it does not share the client's GIL, answering from pre-built bytes. Bodies follow the
  spec: a User envelope (fields of the createUser example), and 1, 20, 100 or 1000 Subscriptions (the two
  items of the listSubscriptions example repeated with distinct ids).
- **raw httpx** is what a hand-written caller would do: `httpx.Client.get(url, headers=...)` (or
  `httpx.AsyncClient`) and `json.loads(response.content)`, with no validation, models, retries or pacing.
  **openapi-python-client** is the plain client it generates from our spec with its default templates
  (into a temporary folder: it does not ship): `get_user.sync(...)`, `list_subscriptions.sync(...)`, which
  build its attrs envelope models. **msgspec peer** is what a team after speed would hand-roll: the
  msgspec Structs datamodel-code-generator (pinned in the `bench` group) writes from our spec
  (`--output-model-type msgspec.Struct --disable-timestamp --enum-field-as-literal all`, into a temporary
  folder), httpx, and `msgspec.json.Decoder(GetUserResponse)` / `(ListSubscriptionsResponse)`: no envelope
  check, no retries, unknown fields dropped, dates left as strings. **ours** is the SDK call returning typed,
  checked models (`rate_limit=None` except in the rate-limit benchmark).
- **Per call** (1 object: `users.get`; 20/100/1000 items: `subscriptions.list`): after a warm-up, every call
  is timed on its own and the contenders take turns call by call in a rotating order; the table shows the
  median per call. Ours, raw httpx and the msgspec peer share one run (each size has a row against raw and
  a row against the peer); the plain openapi-python-client call runs with raw httpx in a run of its own,
  right after, so that its slow calls do not change the others' ratios. Lower ratios are better.
- **Cold start**: a fresh interpreter per run (the same executable and environment, bytecode cached by a
  warm-up run) times, from its first statement, the imports, building the client and one parsed `users.get`;
  raw httpx imports httpx and json, builds an `httpx.Client`, GETs and decodes; the peer also imports msgspec
  and its Structs. Each child also reads its
  own peak RSS (VmHWM in /proc/self/status); the RSS row shows the difference to raw httpx. Median over the
  runs, the contenders alternating.
- **Rate limit**: the server allows 5 requests per API key in any sliding 1-second window and answers 429
  with `Retry-After` beyond it. A default client (`rate_limit=5`, `max_retries=2`) makes 100 sequential
  calls; the table compares the elapsed time with the ideal 20 s and counts the server's 429 answers.
- **Fleets**: 1, 4 and 8 fresh processes (spawn) each make 25 sequential `users.get` calls with a default
  client of their own, all on one API key, released together by a barrier, against the same limited server;
  per pacing store: `memory` (each client paces alone: the comparison), an SQLite file, and a redis-server
  started for the run on 127.0.0.1. The ideal is the calls at 5 per second; every 429 the server answered
  counts, even when the client's retry then succeeded.
- **Async throughput**: 500 calls with 20 concurrent workers sharing one client, `AsyncColdMailReseller`
  (`rate_limit=None`) against `httpx.AsyncClient`, 12 rounds alternating; the table shows median calls/s and
  the median of the per-round ratios (ours / raw; higher is better), so drift over the run cancels out.
- `--profile` prints a cProfile of the client's hot paths against the same server.

## Decoding: which approach, and why the others lost

A success is read by msgspec in one pass (`coldmailreseller/_fastdecode.py`): a Struct per operation's envelope
and per model, built from the layout each generated model describes (`_wire()`), field names renamed to the
wire names, unknown fields forbidden, enums as the Enum classes, date-times as strings; then the attrs models
are built by code written out per model that does what attrs' `__init__` does without calling it
(`object.__new__`, then every attribute in `__init__`'s order, the ones it does not take from their default or
factory; a class with validators, converters, hooks or an `__init__` of its own is called instead), dates read
by `datetime.fromisoformat`. Whatever it refuses (an unknown field or enum value, a type or null the spec does
not allow, a date the standard library does not read, JSON msgspec refuses, an envelope reporting an error)
goes to the parser (`_json.loads`, the envelope checks, `from_dict`), which gives the answer, the error with its
JSON pointer and the drift records exactly as before; the fast path reports nothing itself.
`tests/reliability/test_decode_differential.py` decodes the spec's examples, fuzzed envelopes, date, number and
escape edge cases and the hostile bodies both ways and asserts equal models (types all the way down, to_json,
request id), equal errors and equal drift records; `tests/client/test_client_fastdecode.py` checks that every
generated model built this way holds exactly what its `__init__` gives it.

Measured on the 1000-subscription body (352 KB), decode and models only, GC on, 2-core machine, best of 7:

- (a) msgspec Structs, then the attrs models (taken): ~590 µs (decode ~290, models ~290: ~110 of them the
  2000 `fromisoformat` calls). Calling each model's `__init__` instead: ~780 µs (models ~490).
- (b) msgspec straight into the attrs classes: refused for our models (msgspec allows one str-like type per
  union, and a tolerant enum field is `str`, the Enum and `Unset`), no renaming to the wire names, unknown
  fields dropped unseen; a twin attrs class with wire names and types msgspec takes still needed ~830 µs,
  ~920 µs with the dates: slower than (a).
- (c) msgspec into builtins, then `from_dict` (the reader before): ~1710 µs.
- For scale: `json.loads` alone ~1260 µs; the msgspec peer's typed decode ~360 µs.

msgspec's own date parser would save ~110 µs of (a) but is not used: run against `fromisoformat` on a grid of
date, separator, time and offset forms and on 300,000 random mutations, it differs exactly where it reads a
lowercase `z` (refused by `fromisoformat`) or more than six fraction digits (rounded, where `fromisoformat`
truncates), and finding either in the body first (a regex or substring scan of 352 KB) costs 140-300 µs,
more than it saves. Memoising dates within an answer was not taken either: it pays only where dates repeat
(as in this benchmark's body) and costs about 50 ns per date where they do not.

## Sending

A request on the client's own httpx client (no `http_client=`) goes straight to the transport that client's `send`
would pick (`httpx.Client._transport_for_url`: a proxy from the environment still applies), with the
`httpx.Request` built as `build_request` builds it (less httpx's default `Connection: keep-alive`, which is
HTTP/1.1's default; tests/reliability/test_direct_send.py compares what reaches a server both ways). What is
skipped is what such a client never holds: auth, a base URL, event hooks, redirects (never followed, as before)
and cookies (the API authenticates by header, so Set-Cookie answers are no longer kept between calls); httpx's own
INFO line per request (logger `httpx`) and `Response.elapsed` go with it (the client logs each try itself). That
layer cost ~75 µs of a ~330 µs `users.get`. The deadline (every socket operation capped by our network backend),
the bounded read, retries, pacing and the per-process connections are unchanged; a caller's `http_client` is still
sent through its own `send`, with `follow_redirects=False`; a base URL with user info (which httpx turns into
basic auth) too.
"""
