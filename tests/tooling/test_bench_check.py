"""`nox -s bench -- --check`: what decides the exit status, on synthetic tables (no benchmark runs here)."""

from __future__ import annotations

from benchmarks._report import Row, check, misses


def _row(name: str, met: bool | None, ours: str = "1.0 ms", ratio: float | None = 1.0) -> Row:
    return Row(
        benchmark=name, ours=ours, raw="0.5 ms", ratio=ratio, target="<= 1.5x" if met is not None else "—", met=met
    )


def test_every_target_met_exits_zero() -> None:
    rows = [_row("per call, 1 item", True), _row("cold start", True), _row("peak RSS", None)]
    assert misses(rows) == []
    status, message = check(rows)
    assert status == 0 and message == "every target met (2 with a target)"


def test_rows_without_a_target_never_miss() -> None:
    assert check([_row("async throughput", None), _row("rate limit 429s", None)])[0] == 0


def test_a_missed_target_exits_one_and_names_every_miss() -> None:
    rows = [
        _row("per call, 1 item", True),
        _row("per call, 1000 items", False, ours="40.1 ms", ratio=2.31),
        _row("cold start", False, ours="210 ms", ratio=1.9),
        _row("peak RSS", None),
    ]
    status, message = check(rows)
    assert status == 1
    assert message.splitlines() == [
        "2 target(s) missed:",
        "  per call, 1000 items: ours 40.1 ms (2.31x), target <= 1.5x",
        "  cold start: ours 210 ms (1.90x), target <= 1.5x",
    ]
