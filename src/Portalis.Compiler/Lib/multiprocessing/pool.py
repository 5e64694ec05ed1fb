"""multiprocessing.pool for Portalis: Pool, AsyncResult, ApplyResult, MapResult, IMapIterator.

The API, chunking, result classes and messages of CPython 3.11's Lib/multiprocessing/pool.py.
The workers are Process objects of the pool's context (ForkPoolWorker-N), each a thread with its
own copy of the worker's arguments. There are no task/result pipes or handler threads: tasks wait
in a shared buffer; a worker copies the function and arguments with pickle's rules
(reduction.transfer: a lambda fails as CPython's pickle fails), runs it, copies the result back
(an unpicklable result becomes MaybeEncodingError) and completes the job itself. Completions and
callbacks are serialised by one lock per pool, as CPython runs them on its one result-handler
thread. imap/imap_unordered consume their iterable when called. terminate() stops handing out
tasks at once; a task already running finishes in the background (a thread cannot be killed).
"""

__all__ = ['Pool', 'ThreadPool']

import collections
import itertools
import os
import time
import types

import _portalis_mp

from . import context
from . import reduction
from .context import TimeoutError

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    # CPython 3.11's Lib/multiprocessing/pool.py: a worker's exception travels with its formatted
    # traceback, and the receiving side chains it as __cause__ (a RemoteTraceback).
    def __init__(self, exc, tb):
        import traceback
        tb = traceback.format_exception(type(exc), exc, tb)
        tb = ''.join(tb)
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be
    safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                             self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


class _Event(object):
    # threading.Event on the native condition (pool jobs are shared, never copied).
    def __init__(self):
        self._cond = _portalis_mp.Cond()
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def wait(self, timeout=None):
        with self._cond:
            if timeout is None:
                while not self._flag:
                    self._cond.wait()
            else:
                deadline = time.monotonic() + timeout
                while not self._flag:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self._cond.wait(remaining)
            return self._flag


class _Inbox(object):
    """The pool's task buffer, shared by the pool and its workers."""

    def __init__(self, pool):
        self._cond = _portalis_mp.Cond()
        self._tasks = collections.deque()
        self.pool = pool

    def _mp_reduce_(self, copier):
        return self

    def put(self, task):
        with self._cond:
            self._tasks.append(task)
            self._cond.notify()

    def get(self):
        with self._cond:
            while not self._tasks:
                self._cond.wait()
            return self._tasks.popleft()

    def clear(self):
        with self._cond:
            self._tasks.clear()


def worker(inbox, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False, copies=True):
    if (maxtasks is not None) and not (isinstance(maxtasks, int)
                                       and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)

    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        task = inbox.get()
        if task is None:
            return
        job, i, func, args, kwds = task
        if inbox.pool._state == TERMINATE:
            return
        try:
            if copies:
                func, args, kwds = reduction.receive((func, args, kwds))
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        if copies:
            try:
                result = (result[0], reduction.transfer(result[1]))
            except Exception as e:
                result = (False, MaybeEncodingError(e, result[1]))
        elif isinstance(result[1], ExceptionWithTraceback):
            # Nothing is copied: rebuild in place, as unpickling would.
            result = (False, rebuild_exc(result[1].exc, result[1].tb))
        inbox.pool._deliver(job, i, result)
        completed += 1
    inbox.pool._replace_worker()


def _helper_reraises_exception(ex):
    'Pickle-able helper function for use by _guarded_task_generation.'
    raise ex


class Pool(object):
    '''
    Class which supports an async version of applying functions to arguments.
    '''
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._retired = []
        self._state = INIT

        self._ctx = context or _default_context().get_context()
        self._cache = {}
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        self._result_lock = _portalis_mp.Cond()

        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")

        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        self._processes = processes
        self._inbox = _Inbox(self)
        self._workers_lock = _portalis_mp.Cond()
        for _ in range(processes):
            w = self._start_worker()
            with self._workers_lock:
                self._pool.append(w)
        self._state = RUN

    def _mp_reduce_(self, copier):
        raise NotImplementedError(
              'pool objects cannot be passed between processes or pickled'
              )

    # A process's worker copies tasks and results with pickle's rules; a ThreadPool's does not.
    _copies = True

    def _start_worker(self):
        w = self.Process(self._ctx, target=worker,
                         args=(self._inbox, self._initializer,
                               self._initargs, self._maxtasksperchild,
                               self._wrap_exception, self._copies))
        w.name = w.name.replace('Process', 'PoolWorker')
        w.daemon = True
        w.start()
        return w

    def _replace_worker(self):
        # Pool._maintain_pool: a worker that reached maxtasksperchild is replaced.
        # It runs on the exiting worker's thread, but on behalf of the parent (CPython's worker
        # handler thread): the new worker is the parent's child.
        # The exiting worker leaves the pool and its replacement joins it in one step under the workers
        # lock, which close() also takes: close() counts either the exiting worker (whose replacement takes
        # its None) or the replacement, never neither, so every worker gets its None.
        me, heap = _portalis_mp.get_current(), _portalis_mp.get_heap()
        _portalis_mp.set_current(None)
        _portalis_mp.set_heap(None)
        try:
            with self._workers_lock:
                if self._state == TERMINATE:
                    return
                if me is not None:
                    self._retired.extend(w for w in self._pool if w.name == me.name)
                    self._pool = [w for w in self._pool if w.name != me.name]
                self._pool.append(self._start_worker())
        finally:
            _portalis_mp.set_current(me)
            _portalis_mp.set_heap(heap)

    def _deliver(self, job, i, result):
        # Completion and callbacks belong to the parent (CPython's result handler thread).
        me, heap = _portalis_mp.get_current(), _portalis_mp.get_heap()
        _portalis_mp.set_current(None)
        _portalis_mp.set_heap(None)
        try:
            with self._result_lock:
                job._set(i, result)
        finally:
            _portalis_mp.set_current(me)
            _portalis_mp.set_heap(heap)

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        '''
        Equivalent of `func(*args, **kwds)`.
        Pool must be running.
        '''
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        '''
        Apply `func` to each element in `iterable`, collecting the results
        in a list that is returned.
        '''
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        '''
        Like `map()` method but the elements of the `iterable` are expected to
        be iterables as well and will be unpacked as arguments. Hence
        `func` and (a, b) becomes func(a, b).
        '''
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `starmap()` method.
        '''
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def _submit_all(self, tasks):
        for task in tasks:
            self._inbox.put(task)

    def imap(self, func, iterable, chunksize=1):
        '''
        Equivalent of `map()` -- can be MUCH slower than `Pool.map()`.
        '''
        self._check_running()
        if chunksize == 1:
            result = IMapIterator(self)
            items = list(iterable)
            self._submit_all([(result, i, func, (x,), {}) for i, x in enumerate(items)])
            result._set_length(len(items))
            return result
        else:
            if chunksize < 1:
                raise ValueError(
                    "Chunksize must be 1+, not {0:n}".format(
                        chunksize))
            batches = list(Pool._get_tasks(func, iterable, chunksize))
            result = IMapIterator(self)
            self._submit_all([(result, i, mapstar, (x,), {}) for i, x in enumerate(batches)])
            result._set_length(len(batches))
            return (item for chunk in result for item in chunk)

    def imap_unordered(self, func, iterable, chunksize=1):
        '''
        Like `imap()` method but ordering of results is arbitrary.
        '''
        self._check_running()
        if chunksize == 1:
            result = IMapUnorderedIterator(self)
            items = list(iterable)
            self._submit_all([(result, i, func, (x,), {}) for i, x in enumerate(items)])
            result._set_length(len(items))
            return result
        else:
            if chunksize < 1:
                raise ValueError(
                    "Chunksize must be 1+, not {0!r}".format(chunksize))
            batches = list(Pool._get_tasks(func, iterable, chunksize))
            result = IMapUnorderedIterator(self)
            self._submit_all([(result, i, mapstar, (x,), {}) for i, x in enumerate(batches)])
            result._set_length(len(batches))
            return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `apply()` method.
        '''
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._inbox.put((result, 0, func, args, kwds))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `map()` method.
        '''
        return self._map_async(func, iterable, mapstar, chunksize, callback,
            error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
            error_callback=None):
        '''
        Helper function to implement map, starmap and their async counterparts.
        '''
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)

        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0

        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._submit_all([(result, i, mapper, (x,), {})
                          for i, x in enumerate(task_batches)])
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while 1:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def __reduce__(self):
        raise NotImplementedError(
              'pool objects cannot be passed between processes or pickled'
              )

    def close(self):
        with self._workers_lock:
            if self._state == RUN:
                self._state = CLOSE
                for _ in range(len(self._pool)):
                    self._inbox.put(None)

    def terminate(self):
        if self._state != TERMINATE:
            self._state = TERMINATE
            self._inbox.clear()
            with self._workers_lock:
                workers = list(self._pool)
            for w in workers:
                self._inbox.put(None)
            for w in workers:
                # A ThreadPool's workers are threads, which CPython's _terminate_pool does not
                # terminate (hasattr(p, 'terminate')).
                if _running(w) and hasattr(w, 'terminate'):
                    w.terminate()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        while True:
            with self._workers_lock:
                pending = [w for w in self._pool + self._retired if _running(w)]
            if not pending:
                break
            for w in pending:
                w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult(object):

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = _Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def _mp_reduce_(self, copier):
        return self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(types.GenericAlias)


AsyncResult = ApplyResult       # create alias -- see #17805


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback,
                             error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length//chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i*self._chunksize:(i+1)*self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                # only store first exception
                self._success = False
                self._value = result
            if self._number_left == 0:
                # only consider the result ready once all jobs are done
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator(object):

    def __init__(self, pool):
        self._pool = pool
        self._cond = _portalis_mp.Cond()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def _mp_reduce_(self, copier):
        return self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.popleft()
                except IndexError:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None

        success, value = item
        if success:
            return value
        raise value

    def __next__(self):
        return self.next()

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj

            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class ThreadPool(Pool):
    """CPython's ThreadPool: the workers are threads of this process (multiprocessing.dummy's
    DummyProcess, named Thread-N (worker)), sharing its state: nothing is copied, so lambdas and
    local functions work and results are the objects the task returned."""
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        from .dummy import Process
        return Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
        # CPython's pool then starts its three handler threads (_handle_workers, _handle_tasks,
        # _handle_results), which take the next three Thread-N numbers: threads named later by
        # the program are numbered as in CPython.
        import threading
        for _ in range(3):
            threading._newname("Thread-%d")

    _copies = False


def _running(w):
    # Started and not finished: a process with a Popen, or a DummyProcess thread.
    return getattr(w, '_popen', True) is not None and w.exitcode is None


def _default_context():
    return context._default_context
