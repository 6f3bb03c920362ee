"""Maintainer tools that are not generation: they read or edit the spec, or judge a release, but no generated
file depends on their code (`spec/openapi.lock` does not hash them).

    python -m tools.learn FILE ...      # nox -s learn: edit the spec from drift observation files
    python -m tools.probe               # nox -s probe: record the live API's drift from the spec
    python -m tools.release run         # nox -s release (and `classify OLD NEW` for a spec comparison)
"""
