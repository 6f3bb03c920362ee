# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The request models as TypedDicts: a plain mapping with the model's attribute names (snake_case) as keys,
accepted wherever the model is. Type checkers flag a misspelt key or an out-of-enum literal; at run time the
client checks the same rules (and also accepts the spec's wire names, not mixed with these in one mapping).
"""

__all__: list[str] = []
