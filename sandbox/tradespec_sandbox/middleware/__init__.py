"""ASGI middleware of the sandbox: body and header limits (and uvicorn's protocols that enforce
them), injected faults, and the live platforms' drifted shapes."""
