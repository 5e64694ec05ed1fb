"""multiprocessing for Portalis: process-based parallelism without processes.

The public names of CPython 3.11's Lib/multiprocessing/__init__.py, bound to the default context
(context._default_context, 'fork' as on Linux). Processes are threads of the one .NET process,
running in parallel; see README.md next to this file for what is copied, what is shared and
what differs from CPython.
"""

import sys

from . import context
from .context import ProcessError, BufferTooShort, TimeoutError, AuthenticationError
from .process import current_process, active_children, parent_process
from .context import Process

__all__ = ['Array', 'AuthenticationError', 'BoundedSemaphore', 'BufferTooShort',
           'Condition', 'Event', 'JoinableQueue', 'Lock', 'Pipe', 'Pool', 'Process',
           'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
           'TimeoutError', 'Value', 'active_children', 'allow_connection_pickling', 'cpu_count',
           'current_process', 'freeze_support', 'get_all_start_methods', 'get_context',
           'get_start_method', 'parent_process', 'set_executable', 'set_forkserver_preload',
           'set_start_method']

SUBDEBUG = 5
SUBWARNING = 25

_default_context = context._default_context


def cpu_count():
    '''Returns the number of CPUs in the system'''
    return _default_context.cpu_count()


def Pipe(duplex=True):
    '''Returns two connection object connected by a pipe'''
    return _default_context.Pipe(duplex)


def Lock():
    '''Returns a non-recursive lock object'''
    return _default_context.Lock()


def RLock():
    '''Returns a recursive lock object'''
    return _default_context.RLock()


def Condition(lock=None):
    '''Returns a condition object'''
    return _default_context.Condition(lock)


def Semaphore(value=1):
    '''Returns a semaphore object'''
    return _default_context.Semaphore(value)


def BoundedSemaphore(value=1):
    '''Returns a bounded semaphore object'''
    return _default_context.BoundedSemaphore(value)


def Event():
    '''Returns an event object'''
    return _default_context.Event()


def Queue(maxsize=0):
    '''Returns a queue object'''
    return _default_context.Queue(maxsize)


def JoinableQueue(maxsize=0):
    '''Returns a queue object'''
    return _default_context.JoinableQueue(maxsize)


def SimpleQueue():
    '''Returns a queue object'''
    return _default_context.SimpleQueue()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    '''Returns a process pool object'''
    return _default_context.Pool(processes, initializer, initargs, maxtasksperchild)


def RawValue(typecode_or_type, *args):
    '''Returns a shared object'''
    return _default_context.RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    '''Returns a shared array'''
    return _default_context.RawArray(typecode_or_type, size_or_initializer)


def Value(typecode_or_type, *args, lock=True):
    '''Returns a synchronized shared object'''
    return _default_context.Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    '''Returns a synchronized shared array'''
    return _default_context.Array(typecode_or_type, size_or_initializer, lock=lock)


def freeze_support():
    '''Check whether this is a fake forked process in a frozen executable.'''


def allow_connection_pickling():
    '''Install support for sending connections and sockets between processes'''


def set_executable(executable):
    '''Sets the path to a python.exe or pythonw.exe binary used to run
    child processes instead of sys.executable.'''


def set_forkserver_preload(module_names):
    '''Set list of module names to try to load in forkserver process.'''


def get_context(method=None):
    return _default_context.get_context(method)


def get_start_method(allow_none=False):
    return _default_context.get_start_method(allow_none)


def set_start_method(method, force=False):
    return _default_context.set_start_method(method, force)


def get_all_start_methods():
    return _default_context.get_all_start_methods()


def reducer():
    return _default_context.reducer
