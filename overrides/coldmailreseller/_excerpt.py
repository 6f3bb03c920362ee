"""What of an answer may be shown in an error: bounded excerpts and messages, secrets masked.

An error keeps the first EXCERPT_CHARS characters of the body (`body`) and MESSAGE_CHARS of CMR's message, never
the whole answer, and masks in both:
- the API key, when a server echoes it back (the key is read from the request's own key header);
- the values of secret fields: those the spec marks `x-cmr-secret` (`api.SECRET_FIELDS`), and names it does not
  know that say they are secret (passwords, tokens, API keys). `is_secret_name()` is the one place that decides,
  for excerpts and for the reprs of unknown fields alike.

A body that is JSON is rendered again from its parsed value (masked by key, depth and length bounded); anything
else (HTML, text, JSON that does not parse) is masked by pattern: `"password": "..."` and `password=...`.
Only error paths come here: a success never pays for any of it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

EXCERPT_CHARS = 2_000
MESSAGE_CHARS = 500
MASK = "***"
KEY_MASK = "**********"
# A JSON excerpt stops descending here: the answer may nest thousands of levels.
_MAX_DEPTH = 32
# A JSON excerpt shows at most this much of one string, so that one long value does not hide the rest.
_MAX_STRING = 200
# Names that say they hold a secret, for fields the spec does not declare (the declared ones are marked).
# (`pass` alone only as a whole name, not "passport" or "bypass"; `credentialId` is an id, shown so that an order
# whose answer was unreadable can be reconciled.)
SECRET_NAME = r"pass(?:word|wd|phrase)|\bpass\b|secret|token|api[_-]?key|credential(?!_?id)|private[_-]?key"
_SECRET_NAME_RE = re.compile(SECRET_NAME, re.IGNORECASE)
# In text that is not valid JSON: `"password": "..."` (a value cut short at the end included).
_QUOTED_RE = re.compile(
    r'("(?:[^"\\]|\\.)*?(?:' + SECRET_NAME + r')(?:[^"\\]|\\.)*"\s*:\s*)"(?:[^"\\]|\\.)*("|\\?$)', re.IGNORECASE
)
# `password=...` unquoted (forms, query strings), and `password: '...'` / `password="..."` quoted. Not
# `password: text` unquoted: validation messages say "password: must be a string", which is no secret.
_BARE_RE = re.compile(r"(\b\w*(?:" + SECRET_NAME + r")\w*\s*=\s*)(?![\s\"'])[^\s&,;<\"'}]+", re.IGNORECASE)
_QUOTED_VALUE_RE = re.compile(
    r"(\b\w*(?:" + SECRET_NAME + r")\w*['\"]?\s*[:=]\s*)(['\"])(?:(?!\2)[^\\]|\\.)*(?:\2|$)", re.IGNORECASE
)


def is_secret_name(name: str) -> bool:
    """Whether a field of this (wire or attribute) name holds a secret whose value is never shown: marked
    `x-cmr-secret` in the spec, or named like a secret."""
    from coldmailreseller_generated.api import SECRET_FIELDS

    return name in SECRET_FIELDS or _SECRET_NAME_RE.search(name) is not None


def scrubbed(value: Any, mask: str | None = None) -> Any:
    """Decoded JSON (or plain data) with the value of every secret-named field at any depth replaced by `mask`,
    or the field removed when `mask` is None."""
    if isinstance(value, Mapping):
        return {
            key: mask if is_secret_name(str(key)) else scrubbed(item, mask)
            for key, item in value.items()
            if mask is not None or not is_secret_name(str(key))
        }
    if isinstance(value, list):
        return [scrubbed(item, mask) for item in value]
    return value


def mask_text(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with secret-named values and the given secrets (the API key) masked."""
    text = _QUOTED_RE.sub(lambda m: f'{m.group(1)}"{MASK}"', text)
    text = _QUOTED_VALUE_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}{m.group(2)}", text)
    text = _BARE_RE.sub(lambda m: f"{m.group(1)}{MASK}", text)
    return mask_secrets(text, secrets)


def mask_secrets(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, KEY_MASK)
    return text


def bounded(text: str, limit: int, secrets: Iterable[str] = ()) -> str:
    """At most `limit` characters of `text` (already masked), "..." marking a cut; a cut that leaves the start of
    a secret at the end (four characters or more) removes that start too."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    for secret in secrets:
        for size in range(min(len(secret) - 1, len(cut)), 3, -1):
            if cut.endswith(secret[:size]):
                cut = cut[:-size]
                break
    return cut + "..."


def excerpt(raw: bytes, parsed: Any = None, *, parsed_ok: bool = False, secrets: Iterable[str] = ()) -> str:
    """A bounded, masked excerpt of a body. `parsed` is its JSON value when `parsed_ok`."""
    secrets = tuple(s for s in secrets if s)
    if parsed_ok:
        text = "".join(_render(parsed, EXCERPT_CHARS + 64, secrets))
    else:
        # JSON must be UTF-8, but a body in UTF-16 or UTF-32 (zero bytes tell) is read as such, so that its
        # secrets can be masked; 4 bytes per character at most; anything undecodable shows as U+FFFD.
        head = raw[: (EXCERPT_CHARS + 64) * 4]
        text = head.decode(json.detect_encoding(head[:4]) if len(head) >= 4 else "utf-8", "replace")
        text = mask_text(text[: EXCERPT_CHARS + 64], ())
    return bounded(mask_secrets(text, secrets), EXCERPT_CHARS, secrets)


def message(text: str, secrets: Iterable[str] = ()) -> str:
    """CMR's `message` (or a reason phrase), masked and at most MESSAGE_CHARS characters."""
    secrets = tuple(s for s in secrets if s)
    return bounded(mask_text(text[: MESSAGE_CHARS * 2], secrets), MESSAGE_CHARS, secrets)


def _render(value: Any, budget: int, secrets: tuple[str, ...]) -> Iterator[str]:
    """JSON text of `value`, secret-named values masked, stopping after about `budget` characters."""
    used = 0
    for piece in _pieces(value, 0, "", secrets):
        yield piece
        used += len(piece)
        if used > budget:
            return


def _string(text: str, secrets: tuple[str, ...]) -> str:
    """A string's JSON, at most _MAX_STRING characters of it, the key masked before the cut."""
    return json.dumps(bounded(mask_secrets(text[: _MAX_STRING * 2], secrets), _MAX_STRING, secrets), ensure_ascii=False)


def _pieces(value: Any, depth: int, name: str, secrets: tuple[str, ...]) -> Iterator[str]:
    if name and value is not None and is_secret_name(name):
        yield json.dumps(MASK)
    elif isinstance(value, dict):
        if depth >= _MAX_DEPTH:
            yield "{...}"
            return
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            yield (", " if index else "") + _string(str(key), secrets) + ": "
            yield from _pieces(item, depth + 1, str(key), secrets)
        yield "}"
    elif isinstance(value, list):
        if depth >= _MAX_DEPTH:
            yield "[...]"
            return
        yield "["
        for index, item in enumerate(value):
            if index:
                yield ", "
            yield from _pieces(item, depth + 1, name, secrets)
        yield "]"
    elif isinstance(value, str):
        # Long strings are cut, to leave room for the rest of the structure.
        yield _string(value, secrets)
    elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 4096:
        yield "<a very large number>"
    else:
        yield json.dumps(value)
