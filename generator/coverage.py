"""Render spec/COVERAGE.md: every docs navigation item and every operation of the spec, with provenance."""

from __future__ import annotations

from collections import Counter

from generator.spec import Spec


class CoverageError(Exception):
    """The navigation list and the spec disagree."""


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def render(spec: Spec, navigation: list[dict[str, str]]) -> str:
    ops = {op_id: {"http_method": op.http_method, "path": op.path, **op.node} for op_id, op in spec.operations.items()}
    referenced = set()
    rows = []
    for entry in navigation:
        if "operationId" in entry:
            op_id = entry["operationId"]
            if op_id not in ops:
                raise CoverageError(f"generator/navigation.yaml names {op_id!r}, which the spec does not define")
            referenced.add(op_id)
            op = ops[op_id]
            status = f"`{op_id}` ({op['http_method']} `{op['path']}`)"
        elif "unresolved" in entry:
            status = f"**unresolved**: {_cell(entry['unresolved'])}"
        elif "page" in entry:
            status = f"documentation page: {_cell(entry['page'])}"
        else:
            raise CoverageError(f"navigation entry {entry!r} needs operationId, unresolved or page")
        rows.append(f"| {_cell(entry['section'])} | {_cell(entry['item'])} | {status} |")
    missing = sorted(set(ops) - referenced)
    if missing:
        raise CoverageError(f"operations missing from generator/navigation.yaml: {', '.join(missing)}")

    kinds = Counter(
        "operation" if "operationId" in e else "unresolved" if "unresolved" in e else "page" for e in navigation
    )
    sources = Counter(op.get("x-cmr-source", "?") for op in ops.values())
    events = spec.events
    observed = _observed(spec)
    secret = _secret(spec)
    outcomes = {op_id: op["x-cmr-outcome"] for op_id, op in sorted(ops.items()) if "x-cmr-outcome" in op}
    undocumented = {op_id: o["undocumented"] for op_id, o in outcomes.items() if "undocumented" in o}
    unreconciled = [
        op_id
        for op_id, o in outcomes.items()
        if "undocumented" not in o
        and "match" not in (o.get("reconcile") or {})
        and not str(o.get("by", "")).startswith("request.")
    ]
    lines = [
        "# Coverage of the CMR Integration API",
        "",
        "Written by `nox -s regenerate` from `spec/openapi.yaml` and `generator/navigation.yaml`; do not edit.",
        "",
        f"- Operations in the spec: {len(ops)} ({sources['docs']} confirmed by the official docs, "
        f"{sources['repo']} known only from the guide site).",
        f"- Navigation items: {len(navigation)}: {kinds['operation']} mapped to an operation, "
        f"{kinds['page']} documentation pages, {kinds['unresolved']} unresolved.",
        f"- Webhook events: {len(events)}.",
        f"- Fields learned from traffic (`x-cmr-source: observed`, added by `nox -s learn`): {len(observed)}.",
        f"- Secret fields (`x-cmr-secret`: masked in reprs, listed in `api.SECRET_FIELDS`): {len(secret)}"
        + (f" ({', '.join(f'`{name}`' for name in secret)})." if secret else "."),
        f"- Outcomes of work that finishes by webhook (`x-cmr-outcome`): {len(outcomes)} operations, "
        f"{len(outcomes) - len(undocumented)} with documented events, {len(undocumented)} undocumented upstream"
        + (f" ({', '.join(f'`{op_id}`' for op_id in undocumented)})." if undocumented else "."),
        f"- Reconciling an unknown outcome (`reconcile`, or a correlation the request names): "
        f"{len(outcomes) - len(undocumented) - len(unreconciled)} of the {len(outcomes) - len(undocumented)} "
        "documented outcomes can be found in the events without the work's id; not documented for "
        + (", ".join(f"`{op_id}`" for op_id in unreconciled) if unreconciled else "none")
        + ".",
        "",
        "## Docs navigation",
        "",
        "| section | item | covered by |",
        "| --- | --- | --- |",
        *rows,
        "",
        "## Operations",
        "",
        "| operationId | method | path | source | effect | client method | conflicts |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for op_id, op in sorted(ops.items()):
        conflicts = "; ".join(_cell(c) for c in op.get("x-cmr-conflicts", [])) or ""
        lines.append(
            f"| `{op_id}` | {op['http_method']} | `{op['path']}` | {op.get('x-cmr-source')} | "
            f"{op.get('x-cmr-effect')} | `{op.get('x-cmr-resource')}.{op.get('x-cmr-method')}` | {conflicts} |"
        )
    lines += [
        "",
        "## Outcomes",
        "",
        "| operationId | effect | success | failure | matched by | reconciled by | source |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for op_id, outcome in outcomes.items():
        effect = ops[op_id].get("x-cmr-effect")
        if "undocumented" in outcome:
            lines.append(f"| `{op_id}` | {effect} | **undocumented**: {_cell(outcome['undocumented'])} | | | | |")
            continue
        success = [f"`{e}`" for e in outcome.get("success", [])]
        if "per_item" in outcome:
            per_item = outcome["per_item"]
            counted = f" (`{per_item['count_path']}`)" if "count_path" in per_item else ""
            success.append(f"`{per_item['event']}` {_cell(per_item['count'])}{counted}")
        failure = ", ".join(f"`{e}`" for e in outcome.get("failure", [])) or "none documented"
        matched = f"`{outcome['correlate']}`" if "correlate" in outcome else "no documented field"
        if "by" in outcome:
            matched += f" = `{outcome['by']}`"
        reconcile = outcome.get("reconcile") or {}
        if "match" in reconcile:
            reconciled = " and ".join(f"`{event}` = `{sent}`" for event, sent in reconcile["match"].items())
        elif str(outcome.get("by", "")).startswith("request."):
            reconciled = "the correlation (the request names the work)"
        else:
            reconciled = "**not documented**" + (f": {_cell(reconcile['undocumented'])}" if reconcile else "")
        lines.append(
            f"| `{op_id}` | {effect} | {', '.join(success)} | {failure} | {matched} | {reconciled} | "
            f"{outcome.get('source')} |"
        )
    lines += ["", "## Webhook events", "", "| event | source | payload schema |", "| --- | --- | --- |"]
    for name, event in events.items():
        lines.append(f"| `{name}` | {event.node.get('x-cmr-source')} | `{event.schema_name}` |")
    if observed:
        lines += [
            "",
            "## Fields learned from traffic",
            "",
            "| field | first seen | last seen | times |",
            "| --- | --- | --- | --- |",
        ]
        for name, record in observed:
            seen = [str(record.get(key, "")) for key in ("first_seen", "last_seen", "count")]
            lines.append(f"| `{name}` | {' | '.join(seen)} |")
    return "\n".join(lines) + "\n"


def _observed(spec: Spec) -> list[tuple[str, dict[str, object]]]:
    """`Schema.property` and its x-cmr-observed record, for every property the learn tool added."""
    found = []
    for schema_name, schema in spec.schemas.items():
        for prop, node in (schema.get("properties") or {}).items():
            if isinstance(node, dict) and node.get("x-cmr-source") == "observed":
                found.append((f"{schema_name}.{prop}", dict(node.get("x-cmr-observed") or {})))
    return found


def _secret(spec: Spec) -> list[str]:
    """`Schema.property` for every property of a component schema marked `x-cmr-secret: true`."""
    return [
        f"{schema_name}.{prop}"
        for schema_name, schema in spec.schemas.items()
        for prop, node in (schema.get("properties") or {}).items()
        if isinstance(node, dict) and node.get("x-cmr-secret") is True
    ]
