# Generated from specs/altmarket.yaml and specs/hashgreen.yaml by datamodel-code-generator 0.89.0 and generator/; do not edit.
"""Pydantic v2 models of both specs, for the sandbox exchange (datamodel-code-generator)."""
