"""The async attempts' deadlines (``tradespec._transports._deadlines``): one timer for every
attempt in flight, with ``asyncio.timeout``'s semantics: the task past its deadline is cancelled
and told apart from a cancellation of anyone else's."""

from __future__ import annotations

import asyncio
import time

import pytest
from tradespec._transports import _deadlines
from tradespec._transports._deadlines import Deadlines
from tradespec._transports.base import MaybeSent


async def _attempt(deadlines: Deadlines, seconds: float | None, work: float) -> str:
    """What a backend's send does around its I/O, with ``work`` seconds of waiting as the I/O."""
    try:
        with deadlines.watch(seconds):
            await asyncio.sleep(work)
            return "answered"
    except MaybeSent as exc:
        assert exc.timeout and "deadline" in str(exc)
        return "cut at the deadline"


def _timers(loop: asyncio.AbstractEventLoop) -> int:
    scheduled: list[asyncio.TimerHandle] = loop._scheduled  # type: ignore[attr-defined]
    return sum(1 for handle in scheduled if not handle.cancelled())


def test_an_attempt_past_its_deadline_is_cut_and_one_within_it_is_not() -> None:
    async def main() -> tuple[str, str, float]:
        deadlines = Deadlines(asyncio.get_running_loop())
        start = time.monotonic()
        cut = await _attempt(deadlines, 0.05, 5.0)
        elapsed = time.monotonic() - start
        within = await _attempt(deadlines, 5.0, 0.01)
        return cut, within, elapsed

    cut, within, elapsed = asyncio.run(main())
    assert cut == "cut at the deadline"
    assert within == "answered"
    assert elapsed < 2.0  # the 5 s wait did not run out


def test_a_cancellation_from_elsewhere_goes_through_as_it_came() -> None:
    async def main() -> tuple[bool, int]:
        deadlines = Deadlines(asyncio.get_running_loop())
        task = asyncio.create_task(_attempt(deadlines, 5.0, 5.0))
        await asyncio.sleep(0.01)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            return True, task.cancelling()
        return False, task.cancelling()

    cancelled, cancelling = asyncio.run(main())
    assert cancelled
    assert cancelling == 1  # the caller's own cancellation, not taken back


def test_a_cancellation_at_the_deadline_still_reaches_the_caller() -> None:
    """The deadline and the caller's cancel both land: the caller's wins, as with
    ``asyncio.timeout``, so a bot's shutdown is never swallowed as a timeout."""

    async def main() -> bool:
        loop = asyncio.get_running_loop()
        deadlines = Deadlines(loop)
        task = asyncio.create_task(_attempt(deadlines, 0.02, 5.0))
        await asyncio.sleep(0)  # the attempt starts and waits
        # The caller cancels in the same loop pass as the deadline fires.
        loop.call_at(deadlines._heap[0][0], task.cancel)
        try:
            await task
        except asyncio.CancelledError:
            return True
        return False

    assert asyncio.run(main())


def test_a_deadline_that_passed_after_the_attempt_ended_takes_its_cancel_back() -> None:
    """The timer fires while the attempt is finishing without another wait: the task it
    cancelled is not left to be cancelled at the caller's next await, and the attempt ends as
    it ended (no timeout made up)."""

    async def main() -> tuple[int, int, str]:
        deadlines = Deadlines(asyncio.get_running_loop())
        task = asyncio.current_task()
        assert task is not None
        with deadlines.watch(0.0):
            deadlines._fire()  # the deadline passes before the attempt's last step
            during = task.cancelling()
        left = task.cancelling()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            # Python 3.11's uncancel() lowers the count only; the pending cancel still lands
            # once, as it would after asyncio.timeout: the caller sees it, never silently.
            return during, left, "cancelled once"
        return during, left, "not cancelled"

    during, left, after = asyncio.run(main())
    assert during == 1
    assert left == 0
    assert after in ("cancelled once", "not cancelled")


def test_attempts_that_end_in_time_leave_one_timer_and_no_entries() -> None:
    async def main() -> tuple[int, int, int]:
        loop = asyncio.get_running_loop()
        deadlines = Deadlines(loop)
        before = _timers(loop)
        for _ in range(500):
            await _attempt(deadlines, 30.0, 0)
        timers = _timers(loop) - before
        many = [asyncio.create_task(_attempt(deadlines, 30.0, 0.001)) for _ in range(500)]
        await asyncio.gather(*many)
        return timers, _timers(loop) - before, len(deadlines._heap)

    sequential, concurrent, left = asyncio.run(main())
    assert sequential == 1
    assert concurrent == 1
    assert left == 0


def test_the_heap_stays_bounded_behind_an_attempt_stuck_at_its_top() -> None:
    """One attempt waits out a long deadline while thousands of later ones end: ended entries
    are dropped, not kept until the stuck one reaches its deadline."""

    async def main() -> int:
        deadlines = Deadlines(asyncio.get_running_loop())
        peak = 0
        with deadlines.watch(1.0):  # the earliest deadline: the top of the heap
            for _ in range(10 * _deadlines.COMPACT_AT):
                with deadlines.watch(60.0):
                    pass
                peak = max(peak, len(deadlines._heap))
        return peak

    assert asyncio.run(main()) <= 2 * _deadlines.COMPACT_AT + 2


def test_an_earlier_deadline_than_the_armed_one_is_kept() -> None:
    async def main() -> tuple[str, str, float]:
        deadlines = Deadlines(asyncio.get_running_loop())
        start = time.monotonic()
        late = asyncio.create_task(_attempt(deadlines, 30.0, 0.3))
        await asyncio.sleep(0)
        early = await _attempt(deadlines, 0.05, 5.0)
        elapsed = time.monotonic() - start
        return early, await late, elapsed

    early, late, elapsed = asyncio.run(main())
    assert early == "cut at the deadline"
    assert late == "answered"
    assert elapsed < 0.3


def test_a_timer_that_fires_early_is_armed_again_for_what_is_due() -> None:
    async def main() -> str:
        deadlines = Deadlines(asyncio.get_running_loop())
        with deadlines.watch(0.01):
            pass  # the timer stays armed for 0.01 s, with nothing then due
        return await _attempt(deadlines, 0.1, 5.0)

    assert asyncio.run(main()) == "cut at the deadline"


def test_each_loop_has_its_own_deadlines() -> None:
    async def held(previous: Deadlines | None) -> Deadlines:
        return Deadlines.of(previous)

    first = asyncio.run(held(None))
    again = asyncio.run(held(first))
    assert again is not first

    async def same() -> bool:
        one = Deadlines.of(None)
        return Deadlines.of(one) is one

    assert asyncio.run(same())


def test_no_deadline_watches_nothing() -> None:
    async def main() -> tuple[str, int, int]:
        loop = asyncio.get_running_loop()
        deadlines = Deadlines(loop)
        before = _timers(loop)
        answer = await _attempt(deadlines, None, 0.01)
        return answer, _timers(loop) - before, len(deadlines._heap)

    assert asyncio.run(main()) == ("answered", 0, 0)


def test_an_error_of_the_attempt_is_not_made_a_timeout() -> None:
    """Only a CancelledError at the end of a cut block becomes the deadline's error; any other
    error the attempt ends with, even after the deadline passed, stays what it was."""

    async def main() -> None:
        deadlines = Deadlines(asyncio.get_running_loop())
        with deadlines.watch(0.0):
            deadlines._fire()
            raise ConnectionResetError("the server reset the connection")

    with pytest.raises(ConnectionResetError):
        asyncio.run(main())


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
def test_a_server_trickling_its_body_is_cut_at_the_deadline(backend: str) -> None:
    """Over real loopback: headers at once, then a byte every 20 ms for ever. Each read is
    quick, so only the attempt's deadline can end it: a MaybeSent timeout, on time."""
    import httpx
    from tradespec._transports._aiohttp import AiohttpBackend
    from tradespec._transports._httpx import AsyncHttpxBackend
    from tradespec._transports.base import Timeout, WireRequest

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        try:
            for _ in range(1000):
                writer.write(b" ")
                await writer.drain()
                await asyncio.sleep(0.02)
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def main() -> tuple[MaybeSent | None, float]:
        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = httpx.AsyncClient() if backend == "httpx" else None
        sender = AsyncHttpxBackend(client) if client is not None else AiohttpBackend()
        url = f"http://127.0.0.1:{port}/"
        timeout = Timeout.of(5.0)
        request = WireRequest("GET", url, "/", {}, None, timeout, time.monotonic() + 0.3)
        start = time.monotonic()
        error = None
        try:
            await sender.send(request)
        except MaybeSent as exc:
            error = exc
        finally:
            elapsed = time.monotonic() - start
            if client is not None:
                await client.aclose()
            else:
                await sender.aclose()
            server.close()
            await server.wait_closed()
        return error, elapsed

    error, elapsed = asyncio.run(main())
    assert error is not None and error.timeout
    assert "deadline" in str(error)
    assert 0.25 < elapsed < 1.5


def test_the_sync_watchdog_heap_stays_bounded_behind_a_stuck_attempt() -> None:
    """The sync backend's watchdog thread keeps its deadlines on a heap too: attempts released
    behind one stuck at the top are dropped, not kept until it reaches its deadline."""
    import socket

    from tradespec._transports._httpx import _Watchdog

    watchdog = _Watchdog()
    left, right = socket.socketpair()
    try:
        stuck = watchdog.watch(time.monotonic() + 60.0, left)
        peak = 0
        for _ in range(10 * _deadlines.COMPACT_AT):
            watchdog.release(watchdog.watch(time.monotonic() + 120.0, left))
            peak = max(peak, len(watchdog._heap))
        watchdog.release(stuck)
    finally:
        left.close()
        right.close()
    assert peak <= 2 * _deadlines.COMPACT_AT + 2
