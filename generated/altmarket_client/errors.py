# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The error the models raise for a body that does not have the shape the spec declares."""


class UnexpectedResponseShape(ValueError):
    """Raised while parsing a response body that does not have the shape the OpenAPI document declares.

    For example a missing required field, a JSON array or string where an object is expected, or a value that
    cannot be converted (an invalid date-time, a body that is not JSON at all).

    It subclasses ValueError, so code that already catches ValueError keeps working.

    Attributes:
        model: Name of the model (or, for a whole response body, the endpoint) being parsed.
        field: JSON name of the offending field, or None if the problem is not tied to one field.
        reason: What was wrong.
    """

    def __init__(self, model: str, field: str | None, reason: str) -> None:
        self.model = model
        self.field = field
        self.reason = reason
        super().__init__(model, field, reason)

    def __str__(self) -> str:
        where = self.model if self.field is None else f"{self.model}.{self.field}"
        return f"{where}: {self.reason}"

    @classmethod
    def from_exception(
        cls, model: str, field: str | None, exc: Exception
    ) -> "UnexpectedResponseShape":
        """Wrap an exception raised while parsing ``model`` (the caller should chain it with ``from exc``)."""
        if isinstance(exc, UnexpectedResponseShape):
            return cls(model, field, str(exc))
        detail = str(exc) or "value does not have the declared type"
        return cls(model, field, f"{type(exc).__name__}: {detail}")


__all__ = ["UnexpectedResponseShape"]
