"""Benchmarks of the coldmailreseller SDK against plain httpx: `python -m benchmarks [--quick] [--profile]`.

They report ratios measured in one run and write docs/benchmarks.md; they never fail on a missed target.
"""
