"""Copying objects between Portalis processes with pickle's rules (multiprocessing/reduction.py).

Portalis processes are threads of one .NET process, so nothing is serialised: an object sent to
another process is deep-copied with a memo (identity and cycles kept), following what a pickle
round trip would produce:

- None, bool, int, float, complex, str, bytes, range and slices are immutable and shared;
- functions, classes and builtins travel by reference (module + qualified name), and fail as
  CPython's _pickle fails: "Can't pickle local object 'f.<locals>.g'" (AttributeError) or
  "Can't pickle <function <lambda> at 0x...>: attribute lookup <lambda> on __main__ failed"
  (PicklingError), see Modules/_pickle.c save_global;
- lists, tuples, dicts, sets, frozensets and deques are copied item by item;
- exceptions are rebuilt as BaseException.__reduce__ says: type(e)(*e.args), then __dict__;
- other instances follow __reduce_ex__/__reduce__ when their class defines one, otherwise
  object.__reduce_ex__(2): cls.__new__(cls, *__getnewargs__()), then __getstate__/__setstate__
  or __dict__ and slots;
- multiprocessing's own objects (Queue, Lock, Value ...) define _mp_reduce_ and are shared
  (or refuse, as CPython's do outside inheritance);
- other native objects (locks, files) cannot be pickled: TypeError "cannot pickle 'X' object".

fork_copy (used when a Process starts, CPython's fork) copies the same way but never fails: fork
copies the memory, so lambdas and locks reach the child as they are.
"""

import sys
import collections

import _portalis_mp

__all__ = ['PicklingError', 'transfer', 'fork_copy']


# The class pickle.PicklingError is too (CPython's pickle takes it from _pickle), so
# "except pickle.PicklingError" around Pool.map catches a lambda that cannot be sent.
from _pickle import PicklingError


def _function():
    pass


_atomic = {type(None), int, float, bool, complex, str, bytes, range, slice,
           type(Ellipsis), type(NotImplemented)}
_by_reference = {type(_function), type(len), type(str.upper), type("".upper)}
# CPython's type names for the native objects that refuse to be pickled.
_native_names = {'lock': '_thread.lock', 'RLock': '_thread.RLock'}
_deque = collections.deque


def transfer(obj, spawning=False):
    """What pickle.loads(pickle.dumps(obj)) gives, without the bytes.

    spawning is true while a process object is sent to a spawned child: then multiprocessing's
    objects may travel (context.assert_spawning)."""
    copier = _Copier(True)
    copier.spawning = spawning
    return copier.copy(obj)


def transfer_owned(obj, owned):
    """transfer for a spawned child: duplicated handles are appended to owned."""
    copier = _Copier(True)
    copier.spawning = True
    result = copier.copy(obj)
    owned.extend(copier.owned)
    return result


def receive(obj):
    """transfer on the receiving side: functions and classes become the receiver's own."""
    copier = _Copier(True)
    copier.receiving = True
    return copier.copy(obj)


def localize(obj):
    """An object received from another process, as this process sees it: in a child, the
    parent's functions and classes it refers to are replaced by the child's copies."""
    if _portalis_mp.get_heap() is None:
        return obj
    copier = _Copier(False)
    copier.receiving = True
    return copier.copy(obj)


def fork_copy(obj, owned=None):
    """The object as a forked child sees it: a private deep copy sharing code and mp objects.

    Handles duplicated for the child (pipe ends) are appended to owned, to close when it exits."""
    copier = _Copier(False)
    result = copier.copy(obj)
    if owned is not None:
        owned.extend(copier.owned)
    return result


def _check_global(obj, strict):
    # Modules/_pickle.c, save_global: the object must be reachable by module and qualified name.
    if not strict:
        return obj
    name = getattr(obj, '__qualname__', None)
    if name is None:
        name = getattr(obj, '__name__', None)
    module_name = getattr(obj, '__module__', None)
    if name is None or module_name is None:
        return obj
    parts = name.split('.')
    if '<locals>' in parts:
        raise AttributeError("Can't pickle local object %r" % (name,))
    module = sys.modules.get(module_name)
    if module is None:
        # Native modules (builtins, math ...) are always importable in the receiver.
        return obj
    found = module
    for part in parts:
        try:
            found = getattr(found, part)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
    if found is not obj:
        raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
    return obj


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


class _Copier:
    def __init__(self, strict):
        self.strict = strict
        self.spawning = not strict
        self.owned = []
        self.receiving = False
        self.heap = _portalis_mp.get_heap()
        self.memo = {}
        self.keep = []

    def copy(self, x):
        d = id(x)
        y = self.memo.get(d, self)
        if y is not self:
            return y
        cls = type(x)
        if cls in _atomic:
            return x
        if cls in _by_reference or isinstance(x, type):
            return self._reference(x)
        if cls is list:
            y = []
            self._remember(x, y)
            for item in x:
                y.append(self.copy(item))
            return y
        if cls is tuple:
            y = tuple([self.copy(item) for item in x])
            self._remember(x, y)
            return y
        if cls is dict:
            y = {}
            self._remember(x, y)
            for key, value in x.items():
                y[self.copy(key)] = self.copy(value)
            return y
        if cls is set or cls is frozenset:
            y = cls([self.copy(item) for item in x])
            self._remember(x, y)
            return y
        if cls is _deque:
            y = _deque([], x.maxlen)
            self._remember(x, y)
            for item in x:
                y.append(self.copy(item))
            return y
        reducer = getattr(x, '_mp_reduce_', None)
        if reducer is not None:
            y = reducer(self)
            self._remember(x, y)
            return y
        if hasattr(x, '__self__') and hasattr(x, '__func__'):
            # classobject.c method_reduce: getattr(obj, name)
            y = getattr(self.copy(x.__self__), x.__func__.__name__)
            self._remember(x, y)
            return y
        if isinstance(x, BaseException):
            return self._copy_exception(x, cls)
        if _defines(cls, '__reduce_ex__') or _defines(cls, '__reduce__'):
            return self._copy_reduced(x, cls)
        if not hasattr(x, '__dict__') and not _slot_names(cls):
            if self.strict:
                raise TypeError("cannot pickle %r object" % (_native_names.get(cls.__name__, cls.__name__),))
            return x
        return self._copy_instance(x, cls)

    def _reference(self, x):
        # Functions and classes travel by name: checked against the parent's modules (a child's
        # copy maps back to the parent's original), then resolved in the receiver's copy.
        heap = self.heap
        if heap is None:
            return _check_global(x, self.strict)
        canonical = heap.to_parent(x)
        _check_global(canonical, self.strict)
        return heap.from_parent(canonical) if self.receiving else canonical

    def share(self, obj):
        # context.assert_spawning: outside fork inheritance and spawning, mp objects refuse to travel.
        if not self.spawning:
            raise RuntimeError('%s objects should only be shared between processes'
                               ' through inheritance' % type(obj).__name__)
        return obj

    def _remember(self, x, y):
        self.memo[id(x)] = y
        self.keep.append(x)

    def _copy_exception(self, x, cls):
        cls = self._reference(cls)
        y = cls(*self.copy(x.args))
        self._remember(x, y)
        state = getattr(x, '__dict__', None)
        if state:
            for key, value in self.copy(dict(state)).items():
                setattr(y, key, value)
        return y

    def _copy_reduced(self, x, cls):
        if _defines(cls, '__reduce_ex__'):
            rv = x.__reduce_ex__(4)
        else:
            rv = x.__reduce__()
        if isinstance(rv, str):
            return _check_global(x, self.strict)
        func = self.copy(rv[0])
        args = self.copy(rv[1])
        y = func(*args)
        self._remember(x, y)
        state = rv[2] if len(rv) > 2 else None
        listitems = rv[3] if len(rv) > 3 else None
        dictitems = rv[4] if len(rv) > 4 else None
        if state is not None:
            state = self.copy(state)
            setstate = getattr(y, '__setstate__', None)
            if setstate is not None and _defines(type(y), '__setstate__'):
                setstate(state)
            else:
                if isinstance(state, tuple) and len(state) == 2:
                    state, slotstate = state
                else:
                    slotstate = None
                if state:
                    y.__dict__.update(state)
                if slotstate:
                    for key, value in slotstate.items():
                        setattr(y, key, value)
        if listitems is not None:
            for item in listitems:
                y.append(self.copy(item))
        if dictitems is not None:
            for key, value in dictitems:
                y[self.copy(key)] = self.copy(value)
        return y

    def _copy_instance(self, x, cls):
        cls = self._reference(cls)
        if hasattr(x, '__getnewargs__'):
            y = cls.__new__(cls, *self.copy(x.__getnewargs__()))
        else:
            y = cls.__new__(cls)
        self._remember(x, y)
        if _defines(type(x), '__getstate__'):
            state = x.__getstate__()
            slotstate = None
        else:
            state = getattr(x, '__dict__', None)
            if state is not None:
                state = dict(state) if state else None
            slotstate = None
            for name in _slot_names(type(x)):
                try:
                    value = getattr(x, name)
                except AttributeError:
                    continue
                if slotstate is None:
                    slotstate = {}
                slotstate[name] = value
        if state is not None or slotstate is not None:
            state = self.copy(state)
            slotstate = self.copy(slotstate)
            if _defines(cls, '__setstate__'):
                y.__setstate__(state if slotstate is None else (state, slotstate))
            else:
                if state:
                    y.__dict__.update(state)
                if slotstate:
                    for key, value in slotstate.items():
                        object.__setattr__(y, key, value)
        if isinstance(x, list) and type(x) is not list:
            for item in x:
                list.append(y, self.copy(item))
        if isinstance(x, dict) and type(x) is not dict:
            for key, value in dict.items(x):
                dict.__setitem__(y, self.copy(key), self.copy(value))
        return y
