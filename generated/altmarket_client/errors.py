"""Contains shared errors types that can be raised from API functions"""

import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnexpectedResponseShape(ValueError):
    """Raised while parsing a response body that does not have the shape the OpenAPI document declares.

    For example a missing required field, a JSON array or string where an object is expected, or a value that
    cannot be converted (an invalid date-time, a body that is not JSON at all).

    It subclasses ValueError, so code that already catches ValueError keeps working.

    Attributes:
        model: Name of the model (or, for a whole response body, the endpoint) being parsed.
        field: JSON name of the offending field, or None if the problem is not tied to one field.
        reason: What was wrong.
        status_code: HTTP status of the response, set when raised from an API function.
        content: Raw response body, set when raised from an API function.
        headers: Response headers (e.g. Retry-After), set when raised from an API function.
    """

    def __init__(self, model: str, field: str | None, reason: str) -> None:
        self.model = model
        self.field = field
        self.reason = reason
        self.status_code: int | None = None
        self.content: bytes | None = None
        self.headers: httpx.Headers | None = None
        super().__init__(model, field, reason)

    def attach_response(self, response: httpx.Response) -> None:
        """Record the status, body and headers of the response whose body could not be parsed."""
        self.status_code = response.status_code
        self.content = response.content
        self.headers = response.headers

    def __str__(self) -> str:
        where = self.model if self.field is None else f"{self.model}.{self.field}"
        status = "" if self.status_code is None else f" (HTTP {self.status_code})"
        return f"{where}: {self.reason}{status}"

    @classmethod
    def from_exception(
        cls, model: str, field: str | None, exc: Exception
    ) -> "UnexpectedResponseShape":
        """Wrap an exception raised while parsing ``model`` (the caller should chain it with ``from exc``)."""
        if isinstance(exc, UnexpectedResponseShape):
            return cls(model, field, str(exc))
        detail = str(exc) or "value does not have the declared type"
        return cls(model, field, f"{type(exc).__name__}: {detail}")


__all__ = ["UnexpectedResponseShape", "UnexpectedStatus"]
