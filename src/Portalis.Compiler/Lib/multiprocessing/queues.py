"""multiprocessing.queues for Portalis: Queue, JoinableQueue, SimpleQueue.

The API and messages of CPython 3.11's Lib/multiprocessing/queues.py. There is no pipe and no
feeder thread: put() copies the object with pickle's rules at once (reduction.transfer; an
unpicklable object raises in put(), where CPython's feeder thread prints the error and drops the
item) and appends the copy to a buffer that get() takes from, under a native condition variable.
A queue is shared by the processes it is given to (at creation or through inheritance); passing
one to a Pool task fails as in CPython.
"""

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

import collections
import time
import types

import _portalis_mp

from . import reduction

try:
    from queue import Empty, Full
except ImportError:
    class Empty(Exception):
        'Exception raised by Queue.get(block=0)/get_nowait().'
        pass

    class Full(Exception):
        'Exception raised by Queue.put(block=0)/put_nowait().'
        pass


class Queue(object):

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _portalis_mp.SEM_VALUE_MAX
        self._maxsize = maxsize
        self._cond = _portalis_mp.Cond()
        self._buffer = collections.deque()
        self._closed = False
        self._unfinished = 0

    def _mp_reduce_(self, copier):
        return copier.share(self)

    def _wait(self, ready, block, timeout):
        # Called with the condition held; False when the wait gave up.
        if ready():
            return True
        if not block:
            return False
        if timeout is None:
            while not ready():
                self._cond.wait()
            return True
        deadline = time.monotonic() + timeout
        while not ready():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self._cond.wait(remaining)
        return True

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        item = reduction.transfer(obj)
        with self._cond:
            if not self._wait(lambda: len(self._buffer) < self._maxsize, block, timeout):
                raise Full
            self._buffer.append(item)
            self._unfinished += 1
            self._cond.notify_all()

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        with self._cond:
            if not self._wait(lambda: len(self._buffer) > 0, block, timeout):
                raise Empty
            item = self._buffer.popleft()
            self._cond.notify_all()
        return reduction.localize(item)

    def qsize(self):
        return len(self._buffer)

    def empty(self):
        return not self._buffer

    def full(self):
        return len(self._buffer) >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):

    def task_done(self):
        with self._cond:
            if self._unfinished <= 0:
                raise ValueError('task_done() called too many times')
            self._unfinished -= 1
            if self._unfinished == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            while self._unfinished:
                self._cond.wait()


class SimpleQueue(object):

    def __init__(self, *, ctx=None):
        self._queue = Queue()
        self._closed = False

    def _mp_reduce_(self, copier):
        return copier.share(self)

    def close(self):
        self._closed = True

    def empty(self):
        return self._queue.empty()

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return self._queue.get()

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        self._queue.put(obj)

    __class_getitem__ = classmethod(types.GenericAlias)
