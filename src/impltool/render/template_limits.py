"""The processor time and memory a user's template may use (`--sjabloon`): a template that
runs away is stopped after TEMPLATE_SECONDS, or when it allocates TEMPLATE_MEMORY more, and
engine.render_template names the template line that was running."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

# A user's templates may use this much processor time (not wall-clock time, so a busy
# machine does not stop a good template). The built-in document renders a plan of 2,000
# activities in under 0.5 s (bench/RESULTS.md), so five seconds means a template ran away.
TEMPLATE_SECONDS = 5.0
WALL_CLOCK_FACTOR = 3
TEMPLATE_MEMORY = 512 * 1024 * 1024  # bytes of address space on top of what impl uses


class Stopped(BaseException):
    """Raised into a running template by `limits()`: not an Exception, so nothing in Jinja
    or a filter can catch it by accident. `seconds` is the limit it ran into."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


@contextlib.contextmanager
def limits(seconds: float | None = None, memory: int = TEMPLATE_MEMORY) -> Iterator[None]:
    """Stop what runs inside after `seconds` (raising Stopped; TEMPLATE_SECONDS unless
    given, read at each call so tests can shorten it), and let it allocate at most `memory`
    more bytes (a MemoryError beyond that, on systems that can limit it)."""
    with _memory_limit(memory), _time_limit(TEMPLATE_SECONDS if seconds is None else seconds):
        yield


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    in_main = threading.current_thread() is threading.main_thread()
    if in_main and hasattr(signal, "setitimer"):

        def stop(signum: int, frame: FrameType | None) -> None:
            raise Stopped(seconds)

        # Processor time, and (on a machine so busy that it hardly gets any) three times
        # as much wall-clock time, whichever runs out first.
        previous = signal.signal(signal.SIGPROF, stop), signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_PROF, seconds)
        signal.setitimer(signal.ITIMER_REAL, seconds * WALL_CLOCK_FACTOR)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGPROF, previous[0])
            signal.signal(signal.SIGALRM, previous[1])
        return
    # No interval timers (Windows): a timer thread interrupts the main thread, which sees a
    # KeyboardInterrupt that `expired` tells apart from a real Ctrl+C.
    expired = threading.Event()

    def interrupt() -> None:
        expired.set()
        import _thread

        _thread.interrupt_main()

    timer = threading.Timer(seconds, interrupt) if in_main else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    try:
        yield
    except KeyboardInterrupt:
        if expired.is_set():
            raise Stopped(seconds) from None
        raise
    finally:
        if timer is not None:
            timer.cancel()


@contextlib.contextmanager
def _memory_limit(extra: int) -> Iterator[None]:
    """Cap the address space at what impl uses now plus `extra` (Linux; elsewhere the size
    checks in the environment and the output bound have to do)."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            used = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, OSError, ValueError):
        yield
        return
    limit = used + extra
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft <= limit:
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
