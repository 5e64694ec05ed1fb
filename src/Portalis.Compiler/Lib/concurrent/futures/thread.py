# Copyright 2009 Brian Quinlan. All Rights Reserved.
# Licensed to PSF under a Contributor Agreement.

"""Implements ThreadPoolExecutor.

Portalis: CPython 3.11's Lib/concurrent/futures/thread.py with the work queue, the worker threads
and _WorkItem replaced by the native pool of `_futures` (Portalis.Threading's WorkerPool). It keeps
CPython's behaviour: threads start lazily, one per submit unless a worker is idle, up to max_workers,
named '<prefix>_<n>' with the prefix 'ThreadPoolExecutor-<k>' by default; tasks run in submission
order from one FIFO queue; a failing initializer is logged ('Exception in initializer:') and breaks
the pool; at interpreter exit every executor finishes its queued work and its threads are joined
(_python_exit, registered with threading._register_atexit as in CPython).
Executor, the argument checks and the messages are CPython's.
"""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

from concurrent.futures import _base
import itertools
import os
import threading

import _futures

# The native pools of the executors not yet shut down with wait=True, by id (CPython:
# _threads_queues, a WeakKeyDictionary of the worker threads).
_live_pools = {}
_shutdown = False
# Lock that ensures that new workers are not created while the interpreter is
# shutting down. Must be held while mutating _live_pools and _shutdown.
_global_shutdown_lock = threading.Lock()

def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        pools = list(_live_pools.values())
    for pool in pools:
        pool.shutdown(True, False)

# Register for `_python_exit()` to be called just before joining all
# non-daemon threads. This is used instead of `atexit.register()` for
# compatibility with subinterpreters, which no longer support daemon threads.
# See bpo-39812 for context.
_register_atexit = getattr(threading, '_register_atexit', None)
if _register_atexit is not None:
    _register_atexit(_python_exit)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """

# The native pool raises this class.
_futures._set_broken_type(BrokenThreadPool)


_executor_numbers = itertools.count()


def _next_executor_number():
    return next(_executor_numbers)


class ThreadPoolExecutor(_base.Executor):

    # Used to assign unique thread names when thread_name_prefix is not supplied.
    # (CPython: itertools.count().__next__; the runtime's count has no bound __next__.)
    _counter = staticmethod(_next_executor_number)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        Args:
            max_workers: The maximum number of threads that can be used to
                execute the given calls.
            thread_name_prefix: An optional name prefix to give our threads.
            initializer: A callable used to initialize worker threads.
            initargs: A tuple of arguments to pass to the initializer.
        """
        if max_workers is None:
            # ThreadPoolExecutor is often used to:
            # * CPU bound task which releases GIL
            # * I/O bound task (which releases GIL, of course)
            #
            # We use cpu_count + 4 for both types of tasks.
            # But we limit it to 32 to avoid consuming surprisingly large resource
            # on many core machine.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        # CPython compares the thread count with max_workers, so a float allows its ceiling.
        self._pool = _futures.WorkerPool(int(-(-max_workers // 1)),
                                         '%s' % (self._thread_name_prefix,),
                                         initializer, initargs)
        with _global_shutdown_lock:
            _live_pools[id(self._pool)] = self._pool

    @property
    def _broken(self):
        return self._pool._broken

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            return self._pool.submit(fn, args, kwargs)
    submit.__doc__ = _base.Executor.submit.__doc__

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
        self._pool.shutdown(bool(wait), bool(cancel_futures))
        if wait:
            with _global_shutdown_lock:
                _live_pools.pop(id(self._pool), None)
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
