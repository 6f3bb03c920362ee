"""Store URLs as they may be shown (reprs, messages, logs): never with the password they may carry."""

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


def redacted_store(url: str) -> str:
    """A `rate_limit_store` value as it may be shown: Redis URLs reduced to `scheme://host:port/db`, SQLite
    paths as given, anything else to its scheme."""
    if url.startswith(("redis://", "rediss://", "unix://")):
        return redacted_redis_url(url)
    if url.startswith("sqlite:///") or url == "memory":
        return url
    scheme, sep, _rest = url.partition("://")
    return f"{scheme}://..." if sep else "<not a URL>"
