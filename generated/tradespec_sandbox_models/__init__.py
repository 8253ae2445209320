"""Pydantic v2 models of both specs, for the sandbox exchange.

Written by ``generator/generate.py`` (datamodel-code-generator); never edit by hand.
"""
