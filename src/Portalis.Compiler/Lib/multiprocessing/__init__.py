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

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort',
           'Condition', 'Event', 'JoinableQueue', 'Lock', 'Pipe', 'Pool', 'Process',
           'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
           'TimeoutError', 'Value', 'Manager', 'active_children', 'allow_connection_pickling', 'cpu_count',
           'current_process', 'freeze_support', 'get_all_start_methods', 'get_context',
           'get_start_method', 'parent_process', 'set_executable', 'set_forkserver_preload',
           'set_start_method']

SUBDEBUG = 5
SUBWARNING = 25

_default_context = context._default_context


# As CPython's __init__: the public functions are the default context's bound methods.
cpu_count = _default_context.cpu_count
Pipe = _default_context.Pipe
Lock = _default_context.Lock
RLock = _default_context.RLock
Condition = _default_context.Condition
Semaphore = _default_context.Semaphore
BoundedSemaphore = _default_context.BoundedSemaphore
Event = _default_context.Event
Barrier = _default_context.Barrier
Manager = _default_context.Manager
Queue = _default_context.Queue
JoinableQueue = _default_context.JoinableQueue
SimpleQueue = _default_context.SimpleQueue
Pool = _default_context.Pool
RawValue = _default_context.RawValue
RawArray = _default_context.RawArray
Value = _default_context.Value
Array = _default_context.Array
freeze_support = _default_context.freeze_support
allow_connection_pickling = _default_context.allow_connection_pickling
set_executable = _default_context.set_executable
set_forkserver_preload = _default_context.set_forkserver_preload
get_context = _default_context.get_context
get_start_method = _default_context.get_start_method
set_start_method = _default_context.set_start_method
get_all_start_methods = _default_context.get_all_start_methods


def reducer():
    return _default_context.reducer
