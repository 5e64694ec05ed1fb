"""concurrent.futures.process for Portalis: ProcessPoolExecutor on multiprocessing's Pool.

The API, validation and messages of CPython 3.11's Lib/concurrent/futures/process.py. Work items
run in the workers of a multiprocessing Pool of the executor's context (each worker a thread
with its own copy of the module state, see Lib/multiprocessing/README.md); arguments and results
are copied with pickle's rules. A future is marked running when its work item is handed to the
pool, and completed from the pool's result callback, with CPython's public Future API.
"""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

import itertools
import os
from functools import partial

import multiprocessing as mp
import multiprocessing.pool
from concurrent.futures import _base

import _portalis_mp


class _RemoteTraceback(Exception):
    # CPython 3.11's: the __cause__ of an exception re-raised from a worker, carrying its traceback text.
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _get_chunks(*iterables, chunksize):
    """ Iterates over zip()ed iterables in chunks. """
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    """ Processes a chunk of an iterable passed to map.

    Runs the function passed to map() on a chunk of the
    iterable passed to map.

    This function is run in a separate process.

    """
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    """
    Specialized implementation of itertools.chain.from_iterable.
    Each item in *iterable* should be a list.  This function is
    careful not to keep references to yielded objects.
    """
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Initializes a new ProcessPoolExecutor instance.

        Args:
            max_workers: The maximum number of processes that can be used to
                execute the given calls. If None or not given then as many
                worker processes will be created as the machine has processors.
            mp_context: A multiprocessing context to launch the workers.
            initializer: A callable used to initialize worker processes.
            initargs: A tuple of arguments to pass to the initializer.
            max_tasks_per_child: The maximum number of tasks a worker process
                can complete before it will exit and be replaced with a fresh
                worker process.
        """
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers

        if mp_context is None:
            if max_tasks_per_child is not None:
                mp_context = mp.get_context("spawn")
            else:
                mp_context = mp.get_context()
        self._mp_context = mp_context

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs

        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if self._mp_context.get_start_method(allow_none=False) == "fork":
                # https://github.com/python/cpython/issues/90622
                raise ValueError("max_tasks_per_child is incompatible with"
                                 " the 'fork' multiprocessing start method;"
                                 " supply a different mp_context.")
        self._max_tasks_per_child = max_tasks_per_child

        self._pool = None
        self._pending = {}
        self._ids = itertools.count()
        self._lock = _portalis_mp.Cond()
        self._shutdown_thread = False
        self._broken = False

    def _start_pool(self):
        # Workers start with the first submission, as CPython starts processes on demand.
        if self._pool is None:
            self._pool = self._mp_context.Pool(self._max_workers, self._initializer,
                                               self._initargs, self._max_tasks_per_child)

    def _finish(self, work_id, ok, value):
        with self._lock:
            future = self._pending.pop(work_id, None)
        if future is None:
            return
        if ok:
            future.set_result(value)
        else:
            # The pool chained the worker's traceback as multiprocessing.pool.RemoteTraceback; CPython's
            # executor chains its own class (_ExceptionWithTraceback / _rebuild_exc).
            cause = value.__cause__
            if isinstance(cause, mp.pool.RemoteTraceback):
                value.__cause__ = _RemoteTraceback(cause.tb)
            future.set_exception(value)

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            self._start_pool()
            f = _base.Future()
            work_id = next(self._ids)
            self._pending[work_id] = f
        f.set_running_or_notify_cancel()
        self._pool.apply_async(fn, args, kwargs,
                               callback=partial(self._finish, work_id, True),
                               error_callback=partial(self._finish, work_id, False))
        return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter).

        Args:
            fn: A callable that will take as many arguments as there are
                passed iterables.
            timeout: The maximum number of seconds to wait. If None, then there
                is no limit on the wait time.
            chunksize: If greater than one, the iterables will be chopped into
                chunks of size chunksize and submitted to the process pool.
                If set to one, the items in the list will be sent one at a time.

        Returns:
            An iterator equivalent to: map(func, *iterables) but the calls may
            be evaluated out-of-order.

        Raises:
            TimeoutError: If the entire result iterator could not be generated
                before the given timeout.
            Exception: If fn(*args) raises for any values.
        """
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")

        results = super().map(partial(_process_chunk, fn),
                              _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown_thread = True
            pending = list(self._pending.values()) if cancel_futures else []
        for future in pending:
            future.cancel()
        if self._pool is not None:
            self._pool.close()
            if wait:
                self._pool.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
