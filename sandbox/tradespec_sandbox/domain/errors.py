"""The sandbox's one error type: a refused request, answered in the shape of the API called.

Every refusal, from the HTTP layer or an engine, is a :class:`SandboxError` with the HTTP status,
a code (AltMarket's ``errors[].code``; Hashgreen's envelope repeats the status instead) and a
message. The application maps it to a response once, in a starlette exception handler
(``app.py``), by the path that was called: AltMarket and the test-only API answer
``{"errors": [{"code", "message"}]}``, Hashgreen ``{"code", "msg", "data": null}``.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("tradespec_sandbox")

# The code of an error that names none (Hashgreen's engine answers by status only).
_CODES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    409: "Conflict",
    413: "PayloadTooLarge",
    415: "UnsupportedMediaType",
    429: "TooManyRequests",
    431: "RequestHeaderFieldsTooLarge",
}


class SandboxError(Exception):
    """Answer ``status`` with ``code`` and ``message``, in the shape of the API that was called."""

    def __init__(
        self,
        status: int,
        code: str | None,
        message: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "Error")
        self.message = message
        self.headers = headers


def bad_request(message: str, code: str = "BadRequest") -> SandboxError:
    return SandboxError(400, code, message)


def refused(status: int, message: str) -> SandboxError:
    """A refusal that names no code of its own: the status's (``404`` is ``NotFound``)."""
    return SandboxError(status, None, message)


def internal_error(exc: BaseException) -> SandboxError:
    """A bug in the sandbox: logged, and answered as a 500 in the API's shape."""
    logger.error("the sandbox failed", exc_info=exc)
    return SandboxError(500, "InternalError", f"The sandbox failed: {type(exc).__name__}: {exc}")
