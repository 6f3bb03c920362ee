"""What the worker processes run: calls through a client, each answer checked against the id it asked for.

Importable by name (`tests.workers._tasks`), so that a spawn-context pool can run these functions. A fork child
uses the `CLIENT` its parent set before forking; a spawn child builds its own with `make_client` (the pool's
initializer), since a client cannot be sent to a spawned process.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller

CALLS_PER_CHILD = 25
THREADS_PER_CHILD = 5  # 5 threads x 5 calls: the 0.3-0.4 s answers take ~2 s per child instead of ~9
CALL_TIMEOUT = 30.0

# The client a forked child inherits (set by the parent before forking) or a spawned child builds.
CLIENT: ColdMailReseller | None = None


def make_client(kwargs: dict[str, Any]) -> None:
    global CLIENT
    CLIENT = ColdMailReseller(**kwargs)


def _one(cmr: ColdMailReseller, user_id: str) -> tuple[str, str]:
    """(asked, answered), or (asked, 'error: ...') when the call failed."""
    try:
        return user_id, str(cmr.users.get(user_id=user_id).id)
    except Exception as exc:
        return user_id, f"error: {type(exc).__name__}: {exc}"


def calls(cmr: ColdMailReseller, prefix: str, count: int = CALLS_PER_CHILD) -> dict[str, Any]:
    """`count` users.get calls with ids unique to this caller, from several threads; what came back."""
    ids = [f"{prefix}-{n}" for n in range(count)]
    with ThreadPoolExecutor(THREADS_PER_CHILD) as pool:
        futures = [pool.submit(_one, cmr, user_id) for user_id in ids]
        pairs = [future.result(timeout=CALL_TIMEOUT) for future in futures]
    return summary(prefix, pairs)


def summary(prefix: str, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    errors = [answered for _, answered in pairs if answered.startswith("error: ")]
    crossed = [(asked, answered) for asked, answered in pairs if answered != asked and answered not in errors]
    return {"prefix": prefix, "pid": os.getpid(), "calls": len(pairs), "crossed": crossed, "errors": errors}


def pool_calls(prefix: str) -> dict[str, Any]:
    """A pool task: calls through the process's CLIENT (inherited from the parent, or made by make_client)."""
    assert CLIENT is not None, "no client in this worker"
    return calls(CLIENT, prefix)


async def async_calls(cmr: AsyncColdMailReseller, prefix: str, count: int) -> dict[str, Any]:
    ids = [f"{prefix}-{n}" for n in range(count)]

    async def one(user_id: str) -> tuple[str, str]:
        try:
            return user_id, str((await cmr.users.get(user_id=user_id)).id)
        except Exception as exc:
            return user_id, f"error: {type(exc).__name__}: {exc}"

    pairs = await asyncio.wait_for(asyncio.gather(*(one(user_id) for user_id in ids)), CALL_TIMEOUT)
    return summary(prefix, list(pairs))


def get_user(args: tuple[dict[str, Any], str]) -> str:
    """A pool task making one real call with a client of its own; a failed call's error goes to the parent."""
    kwargs, user_id = args
    with ColdMailReseller(**kwargs) as cmr:
        return str(cmr.users.get(user_id=user_id).id)
