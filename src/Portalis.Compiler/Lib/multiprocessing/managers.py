"""multiprocessing.managers for Portalis: SyncManager and its proxies.

The API, proxy classes and behaviour of CPython 3.11's Lib/multiprocessing/managers.py without a
server process. CPython's manager runs a server process that owns the shared objects; a proxy
sends each method call there, with the arguments and the result pickled. Here Portalis processes
are threads of one .NET process, so the manager keeps the shared objects itself and a proxy calls
the method on them directly, from the calling process:

- proxies (and the manager) are shared by every process, never copied by fork (_mp_reduce_), and
  may be passed to pool tasks and processes as CPython's proxies may;
- arguments and results are still copied with pickle's rules (reduction.transfer/receive), so
  d['k'].append(1) on a DictProxy changes a copy, as in CPython, and unpicklable arguments fail;
- dict views come back as lists (CPython's managers register that reduction);
- an exception raised by the shared object reaches the caller as a copy of the same type (CPython's
  '#ERROR' reply);
- the server process is not started, but its name is taken: Manager() uses the next process number
  (SyncManager-N), so processes created afterwards are numbered as in CPython.

Not provided: BaseManager.register of user types with a custom server, connecting to a remote
manager (address/authkey), shared_memory, and the Pool proxy.
"""

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace', 'Value',
           'Array', 'ValueProxy', 'ListProxy', 'DictProxy', 'NamespaceProxy',
           'AcquirerProxy', 'ConditionProxy', 'EventProxy', 'BarrierProxy']

import queue
import threading
import time
import types

from . import process
from . import reduction
from .context import ProcessError

_dict_views = (type({}.keys()), type({}.values()), type({}.items()))


class Token(object):
    '''
    Type to uniquely identify a shared object
    '''
    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % \
               (self.__class__.__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-'*75 + '\n' + str(self.args[0]) + '-'*75)


class Namespace(object):
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self._portalis_name(), ', '.join(temp))

    def _portalis_name(self):
        return self.__class__.__name__


class Value(object):
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)'%(type(self).__name__, self._typecode, self._value)
    value = property(get, set)


def Array(typecode, sequence, lock=True):
    # Portalis: no array module; the shared object is a list of the values.
    return [x for x in sequence]


#
# Definition of BaseProxy
#

class BaseProxy(object):
    '''
    A base for proxies of shared objects
    '''
    _exposed_ = None

    def __init__(self, token, manager, referent):
        self._token = token
        self._manager = manager
        self._referent = referent
        self._id = token.id

    def _mp_reduce_(self, copier):
        # A proxy pickles to a proxy of the same shared object (BaseProxy.__reduce__).
        return self

    def _callmethod(self, methodname, args=(), kwds={}):
        '''
        Try to call a method of the referent and return a copy of the result
        '''
        self._manager._connect()
        args = reduction.transfer(tuple(args))
        kwds = reduction.transfer(dict(kwds))
        try:
            if methodname == '__next__':
                # Portalis: the runtime's built-in iterators have no bound __next__; next() is the same call.
                result = next(self._referent, *args)
            else:
                result = getattr(self._referent, methodname)(*args, **kwds)
        except Exception as e:
            # Server.serve_client replies ('#ERROR', e): the caller raises an unpickled copy.
            raise reduction.receive(e)
        typeid = self._method_to_typeid_.get(methodname) if self._method_to_typeid_ else None
        if typeid == 'Iterator':
            return IteratorProxy(Token('Iterator', self._token.address, id(result)),
                                 self._manager, result)
        if isinstance(result, _dict_views):
            result = list(result)
        return reduction.receive(result)

    _method_to_typeid_ = None

    def _getvalue(self):
        '''
        Get a copy of the value of the referent
        '''
        self._manager._connect()
        return reduction.receive(self._referent)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % \
               (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        '''
        Return representation of the referent (or a fall-back if that fails)
        '''
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def MakeProxyType(name, exposed, _cache={}):
    '''
    Return a proxy type whose methods are given by `exposed`
    '''
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass

    dic = {}

    for meth in exposed:
        dic[meth] = _proxy_method(meth)

    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed_ = exposed
    _cache[(name, exposed)] = ProxyType
    return ProxyType


def _proxy_method(meth):
    # Portalis: CPython builds these with exec; a closure does the same.
    def method(self, /, *args, **kwds):
        return self._callmethod(meth, args, kwds)
    method.__name__ = meth
    return method


#
# Proxy types used by SyncManager
#

class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')
    def __iter__(self):
        return self
    def __next__(self, *args):
        return self._callmethod('__next__', args)
    def send(self, *args):
        return self._callmethod('send', args)
    def throw(self, *args):
        return self._callmethod('throw', args)
    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')
    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)
    def release(self):
        return self._callmethod('release')
    def __enter__(self):
        return self._callmethod('acquire')
    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))
    def notify(self, n=1):
        return self._callmethod('notify', (n,))
    def notify_all(self):
        return self._callmethod('notify_all')
    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')
    def is_set(self):
        return self._callmethod('is_set')
    def set(self):
        return self._callmethod('set')
    def clear(self):
        return self._callmethod('clear')
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))
    def abort(self):
        return self._callmethod('abort')
    def reset(self):
        return self._callmethod('reset')
    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))
    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))
    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        # Portalis: getattr on the referent (its __getattribute__ is not a bound method here).
        return callmethod('__portalis_getattr__', (key,))
    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__portalis_setattr__', (key, value))
    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__portalis_delattr__', (key,))


class _SharedNamespace(Namespace):
    # Portalis: the referent of a NamespaceProxy. Its attribute access goes through these methods,
    # which the proxy calls by name as CPython's proxy calls __getattribute__/__setattr__/__delattr__.
    def _portalis_name(self):
        return 'Namespace'

    def __portalis_getattr__(self, key):
        try:
            return getattr(self, key)
        except AttributeError:
            raise AttributeError("'Namespace' object has no attribute %r" % (key,)) from None

    def __portalis_setattr__(self, key, value):
        setattr(self, key, value)

    def __portalis_delattr__(self, key):
        try:
            delattr(self, key)
        except AttributeError:
            raise AttributeError("'Namespace' object has no attribute %r" % (key,)) from None


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')
    def get(self):
        return self._callmethod('get')
    def set(self, value):
        return self._callmethod('set', (value,))
    value = property(get, set)

    __class_getitem__ = classmethod(types.GenericAlias)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
    '__mul__', '__reversed__', '__rmul__', '__setitem__',
    'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
    'reverse', 'sort', '__imul__'
    ))
class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self
    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self
    def __iter__(self):
        # CPython's ListProxy iterates through __getitem__ until IndexError: one item at a time.
        i = 0
        while True:
            try:
                item = self._callmethod('__getitem__', (i,))
            except IndexError:
                return
            yield item
            i += 1


DictProxy = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__',
    '__setitem__', 'clear', 'copy', 'get', 'items',
    'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'
    ))
DictProxy._method_to_typeid_ = {
    '__iter__': 'Iterator',
    }


ArrayProxy = MakeProxyType('ArrayProxy', (
    '__len__', '__getitem__', '__setitem__'
    ))


QueueProxy = MakeProxyType('AutoProxy[Queue]', (
    'empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait', 'qsize', 'task_done'
    ))


#
# Managers
#

class State(object):
    __slots__ = ['value']
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


class BaseManager(object):
    '''
    Base class for managers
    '''
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle',
                 ctx=None, *, shutdown_timeout=1.0):
        self._address = address
        self._state = State()
        self._state.value = State.INITIAL
        self._serializer = serializer
        self._ctx = ctx
        self._lock = threading.Lock()
        self._next_id = 0
        self._process_name = None
        # Threads that have called a proxy of this manager: CPython keeps one connection to the server per
        # thread (BaseProxy._tls), which is what fails, and how, once the server has gone.
        self._connected = set()

    def _mp_reduce_(self, copier):
        # Shared with every process, as the one server process is.
        return self

    def start(self, initializer=None, initargs=()):
        '''
        Spawn a server process for this manager object
        '''
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError(
                    "Unknown state {!r}".format(self._state.value))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        # The server process takes the next process number (SyncManager-N), as CPython's does.
        parent = process.current_process()
        identity = parent._identity + (next(parent._child_counter()),)
        self._process_name = type(self).__name__ + '-' + ':'.join(str(i) for i in identity)
        if initializer is not None:
            initializer(*initargs)
        self._state.value = State.STARTED

    def _connect(self):
        # BaseProxy._callmethod after shutdown: a thread that had a connection writes to a closed socket
        # (BrokenPipeError); one that connects now finds no socket file (FileNotFoundError).
        ident = threading.get_ident()
        if self._state.value != State.STARTED:
            if ident in self._connected:
                raise BrokenPipeError(32, 'Broken pipe')
            raise FileNotFoundError(2, 'No such file or directory')
        self._connected.add(ident)

    def _create(self, typeid, /, *args, **kwds):
        assert self._state.value == State.STARTED, 'server not yet started'
        callable, proxytype = self._registry[typeid]
        referent = callable(*reduction.transfer(args), **reduction.transfer(kwds))
        with self._lock:
            self._next_id += 1
            ident = '%x' % self._next_id
        return proxytype(Token(typeid, self._address, ident), self, referent)

    def join(self, timeout=None):
        '''
        Join the manager process (if it has been spawned)
        '''

    def shutdown(self):
        if self._state.value == State.STARTED:
            self._state.value = State.SHUTDOWN

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            if self._state.value == State.INITIAL:
                raise ProcessError("Unable to start server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError(
                    "Unknown state {!r}".format(self._state.value))
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        '''
        Register a typeid with the manager type
        '''
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = MakeProxyType('AutoProxy[%s]' % typeid,
                                      exposed or _public_methods(callable))
        elif exposed is not None or method_to_typeid is not None:
            proxytype = type(proxytype.__name__, (proxytype,), {})
            if exposed is not None:
                proxytype._exposed_ = tuple(exposed)
        if method_to_typeid:
            proxytype._method_to_typeid_ = method_to_typeid
        cls._registry[typeid] = (callable, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                return self._create(typeid, *args, **kwds)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


def _public_methods(factory):
    # Lib/multiprocessing/managers.py, public_methods(obj): the callable attributes not starting with '_'
    # (found on the registered class, as there is no server creating an instance first).
    if factory is None:
        return ()
    return [name for name in dir(factory)
            if name[0] != '_' and callable(getattr(factory, name, None))]


class SyncManager(BaseManager):
    '''
    Subclass of `BaseManager` which supports a number of shared object types.

    The types registered are those intended for the synchronization
    of threads, plus `dict`, `list` and `Namespace`.

    The `multiprocessing.Manager()` function creates started instances of
    this class.
    '''


SyncManager.register('Queue', queue.Queue, QueueProxy)
SyncManager.register('JoinableQueue', queue.Queue, QueueProxy)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore,
                     AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', _SharedNamespace, NamespaceProxy)
