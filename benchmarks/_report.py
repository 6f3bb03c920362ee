"""The result table, printed and written to docs/benchmarks.md."""

from __future__ import annotations

import datetime
import os
import platform
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    benchmark: str
    ours: str
    raw: str
    ratio: float | None
    target: str
    met: bool | None

    def cells(self) -> list[str]:
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}x"
        met = "—" if self.met is None else ("yes" if self.met else "NO")
        return [self.benchmark, self.ours, self.raw, ratio, self.target, met]


HEADER = ["benchmark", "ours", "raw", "ratio", "target", "met"]


def text_table(rows: list[Row]) -> str:
    lines = [HEADER, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    out = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in lines]
    out.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(out)


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


def markdown(rows: list[Row], info: dict[str, str], quick: bool) -> str:
    table = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    table += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    command = " ".join(["python -m benchmarks", *sys.argv[1:]])
    skipped = "\nThe rate-limit benchmark was skipped (`--quick`).\n" if quick else ""
    return f"""# Benchmarks

Written by `{command}` (run from the repository root with `PYTHONPATH=generated_client:overrides`, or with the
package installed). Every ratio below compares two measurements taken in the same run, on the same machine,
against the same local server; absolute numbers move from machine to machine, ratios much less.

{chr(10).join(table)}
{skipped}
Machine: {info["python"]}, {info["cpus"]} CPUs, {info["platform"]}, httpx {info["httpx"]}; load average
(1/5/15 min) at the end of the run: {info["load"]}. Date: {info["date"]}.

## Method

- **Server**: a minimal asyncio HTTP/1.1 keep-alive server on 127.0.0.1 (`benchmarks/_server.py`), in its own
  process so that it does not share the client's GIL, answering from pre-built bytes. Bodies follow the
  spec: a User envelope (fields of the createUser example), and 100 Subscriptions (the two items of the
  listSubscriptions example repeated with distinct ids).
- **"raw"** is what a hand-written caller would do: `httpx.Client.get(url, headers=...)` (or
  `httpx.AsyncClient`) and `json.loads(response.content)`, with no validation, typed models, retries or
  pacing. **"ours"** is the SDK call returning typed models (`rate_limit=None` except in the rate-limit
  benchmark).
- **Single GET / 100-item list**: after a warm-up, every call is timed on its own and the two clients
  alternate call by call (ours-raw, raw-ours, ...), 3000 pairs for the GET and 600 for the list; the table
  shows the median per call. Ratio = ours / raw; lower is better.
- **Import time**: fresh interpreters (same executable, same environment) each time one import statement,
  with `time.perf_counter()` around the statement only (interpreter start-up excluded); the two statements
  alternate; median over all runs. `import coldmailreseller` is lazy (clients and models load on first use),
  so the table also times `from coldmailreseller import ColdMailReseller`, the import a program really pays.
- **Rate limit**: the server allows 5 requests per API key in any sliding 1-second window and answers 429
  with `Retry-After` beyond it. A default client (`rate_limit=5`, `max_retries=2`) makes 100 sequential
  calls; the table compares the elapsed time with the ideal 20 s and counts the server's 429 answers.
- **Async throughput**: 500 calls with 20 concurrent workers sharing one client, `AsyncColdMailReseller`
  (`rate_limit=None`) against `httpx.AsyncClient`, 12 rounds alternating; the table shows median calls/s and
  the median of the per-round ratios (ours / raw; higher is better), so drift over the run cancels out.
- Targets are reported, never asserted: the command exits 0 whatever the outcome. `--profile` prints a
  cProfile of the client's hot paths against the same server.
"""
