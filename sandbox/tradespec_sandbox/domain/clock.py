"""The sandbox's clock: the machine's time plus an offset tests can move.

AltMarket refuses a request whose ``ts`` is more than 5 s from the platform's clock. Moving the
sandbox's clock (``POST /_sandbox/clock``) is how a test makes a client's clock look skewed
without touching the machine's.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

# .NET ticks (100 ns) between 0001-01-01 and the Unix epoch.
DOTNET_EPOCH_TICKS = 621355968000000000


class Clock:
    def __init__(self, offset: float = 0.0) -> None:
        self.offset = offset

    def time(self) -> float:
        """Unix seconds, sandbox time."""
        return time.time() + self.offset

    def now(self) -> datetime:
        """An aware UTC datetime, sandbox time."""
        return datetime.fromtimestamp(self.time(), UTC)

    def ticks(self) -> int:
        """Sandbox time in .NET ticks, as AltMarket's ``serverTime`` reports it."""
        return to_ticks(self.now())


def to_ticks(moment: datetime) -> int:
    delta = moment - datetime(1970, 1, 1, tzinfo=UTC)
    micros = (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds
    return DOTNET_EPOCH_TICKS + micros * 10


def parse_timestamp(text: str) -> datetime:
    """ISO 8601 (and RFC 3339) to an aware UTC datetime; naive is UTC. Raises ValueError.

    RFC 3339 allows a lowercase ``t`` and ``z``, and a leap second (``:60``, read as ``:59``).
    """
    text = text.strip().upper()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        if ":60" not in text:
            raise
        moment = datetime.fromisoformat(text.replace(":60", ":59", 1))
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def iso(moment: datetime) -> str:
    """``2026-11-21T05:32:50.123456Z``: UTC with a ``Z``, microseconds kept."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def iso_millis(moment: datetime) -> str:
    """``2022-03-10T06:28:48.114Z``, as Hashgreen writes its times."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


SKEW_LIMIT = timedelta(seconds=5)
