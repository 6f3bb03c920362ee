"""Releases: what changed since the last one (the spec and the Python surface), which semver bump that makes,
the changelog entry, the build and its smoke test, and the tag. `python -m tools.release --help`."""
