"""A per-document time limit, so that one pathological text cannot stall a batch.

The limit is a real-time timer (``SIGALRM``), the one way to interrupt pure-Python code that
loops. Signals reach only the main thread, so the limit applies where batches run (the CLI,
local pool workers, Spark's Python workers) and is skipped in other threads (the API server's
workers), where the call runs unlimited. An outer timer already armed (a test runner's, say) is
put back when the limit ends, with the time it has left.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from frontlines.errors import TimeLimitExceeded


def can_limit() -> bool:
    """True where a limit can be enforced: a platform with ``SIGALRM``, on the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float, source: str) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` naming ``source`` if the block runs over ``seconds``.

    ``seconds <= 0`` or a context where no limit can be enforced runs the block unlimited.
    """
    if seconds <= 0 or not can_limit():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(
            f"coding took more than {seconds:g} s and was stopped; raise doc_time_limit "
            "(--doc-time-limit, FRONTLINES_DOC_TIME_LIMIT) if the document is sound",
            source=source,
        )

    started = time.monotonic()
    outer_handler = signal.signal(signal.SIGALRM, expire)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if outer_delay > 0:
            left = outer_delay - (time.monotonic() - started)
            # An outer timer that fell due meanwhile fires at once rather than never.
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), outer_interval)
