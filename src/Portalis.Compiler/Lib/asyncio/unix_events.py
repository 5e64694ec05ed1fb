"""The event loop for Portalis, in place of CPython 3.11's Lib/asyncio/unix_events.py.

CPython's loop is a BaseSelectorEventLoop: _run_once() blocks in selector.select(timeout) until a
file descriptor is ready or the next timer is due, and call_soon_threadsafe() wakes it by writing a
byte to a self-pipe. Without sockets, the only things a loop waits for are timers and other threads,
so the selector here is a threading.Condition: select(timeout) waits until the timeout passes or
until _write_to_self() notifies it (a pending wake-up is remembered, as an unread byte in the
self-pipe is). Everything else, the scheduling included, is BaseEventLoop's code.
"""

import threading

from . import base_events
from . import events


__all__ = (
    'SelectorEventLoop',
    'DefaultEventLoopPolicy',
)


class _WakeupSelector:
    """The loop's wait: select() returns when the timeout passes or the loop is woken."""

    def __init__(self):
        self._condition = threading.Condition(threading.Lock())
        self._woken = False

    def select(self, timeout=None):
        with self._condition:
            if not self._woken and (timeout is None or timeout > 0):
                self._condition.wait(timeout)
            self._woken = False
        return []

    def wake(self):
        with self._condition:
            self._woken = True
            self._condition.notify()

    def close(self):
        pass


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """Event loop that waits only for timers and for other threads."""

    def __init__(self, selector=None):
        super().__init__()
        if selector is None:
            selector = _WakeupSelector()
        self._selector = selector

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def _process_events(self, event_list):
        # No file descriptors: nothing becomes ready but timers and callbacks.
        pass

    def _write_to_self(self):
        selector = self._selector
        if selector is not None:
            selector.wake()


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy (without child watchers: no subprocesses)."""
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
