# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Code written by `nox -s regenerate` from spec/openapi.yaml: models, resources, operations, events.

Import from `coldmailreseller` (and `coldmailreseller.models`) rather than from here.
"""
