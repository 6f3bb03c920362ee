"""Pacing: what `rate_limit=` and `rate_limit_store=` control. Requests of one partner key are spaced evenly so
that CMR's per-key limit is never exceeded, by one client or by every process and host sharing a store.

- `store.py`: the pacing store contract (`PacingStore`, `PacingHealth`, `pacing_key`); a leaf module.
- `registry.py`: the one place a `rate_limit_store` value (`memory`, a URL, a store object) is checked, shown
  and turned into a store; each URL scheme maps to its backend there.
- `sqlite.py`, `redis.py`: the backends, imported only when a store of theirs is used.
- `pacer.py`: the `Pacer` a client paces with, on its own or on a store.

This file imports nothing, so that importing one module of the package costs only that module.
"""
