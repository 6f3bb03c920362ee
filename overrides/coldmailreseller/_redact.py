"""Store URLs as they may be shown (reprs, messages, logs): never with the password they may carry. Which
scheme a `rate_limit_store` URL has, and so how it is shown, is the pacing registry's (_pacing/registry.py)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit


def redacted_redis_url(url: str) -> str:
    """`scheme://host:port/db` of a Redis URL, without the user name and password it may carry."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return "<a Redis URL that does not parse>"
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    db = parse_qs(parts.query).get("db", [parts.path.strip("/") or "0"])[0]
    return f"{parts.scheme}://{host or 'localhost'}:{port or 6379}/{db}"
