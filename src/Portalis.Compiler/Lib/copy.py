"""Generic (shallow and deep) copying operations, for Portalis.

Follows CPython 3.11's Lib/copy.py: the same dispatch (atomic types, built-in containers,
__copy__/__deepcopy__, memo and cycles, the keep-alive list). An instance whose class defines
__reduce_ex__ or __reduce__ (datetime's date, a class of the program) is reduced and rebuilt as
CPython's _reconstruct does; any other instance is rebuilt the way object.__reduce_ex__(4) would
describe it, without materialising the reduction: cls.__new__(cls, *x.__getnewargs__()), then the state
(__getstate__ when the class defines one, else __dict__ and __slots__ values) set through
__setstate__ or directly, then list items or dict items for list and dict subclasses.
"""

import copyreg  # object.__reduce_ex__ of a reduced instance reads it, as CPython's copy does

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # backward compatibility


def _function():
    pass

_atomic = {type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(_function), type(Ellipsis), type(NotImplemented), property, slice}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # We're not going to put the tuple in the memo, but it's still important we
        # check for it, in case the tuple contains recursive mutable structures.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(a, memo) for a in x])
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo) # Make sure x lives at least as long as d
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)]=[x]


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


def _is_bound_method(x):
    return hasattr(x, '__self__') and hasattr(x, '__func__')


def _reconstruct_reduced(x, memo, func, args,
                         state=None, listiter=None, dictiter=None):
    # CPython 3.11's copy._reconstruct.
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _reconstruct(x, memo, deep):
    cls = type(x)
    if _defines(cls, '__reduce_ex__') or _defines(cls, '__reduce__'):
        rv = x.__reduce_ex__(4)
        if isinstance(rv, str):
            return x
        return _reconstruct_reduced(x, memo if deep else None, *rv)
    if _is_bound_method(x):
        # CPython reduces a bound method to getattr(x.__self__, name) (classobject.c method_reduce).
        obj = deepcopy(x.__self__, memo) if deep else x.__self__
        return getattr(obj, x.__func__.__name__)
    if hasattr(x, '__getnewargs__'):
        args = x.__getnewargs__()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y

    if _defines(cls, '__getstate__'):
        state = x.__getstate__()
        slotstate = None
    else:
        state = getattr(x, '__dict__', None)
        if state is not None:
            state = dict(state) if state else None
        slotstate = None
        for name in _slot_names(cls):
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            if slotstate is None:
                slotstate = {}
            slotstate[name] = value

    if state is not None or slotstate is not None:
        if deep:
            state = deepcopy(state, memo)
            slotstate = deepcopy(slotstate, memo)
        if _defines(cls, '__setstate__'):
            y.__setstate__(state if slotstate is None else (state, slotstate))
        else:
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    object.__setattr__(y, key, value)

    if isinstance(x, list) and cls is not list:
        if deep:
            for item in x:
                list.append(y, deepcopy(item, memo))
        else:
            list.extend(y, x)
    if isinstance(x, dict) and cls is not dict:
        if deep:
            for key, value in dict.items(x):
                dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
        else:
            for key, value in dict.items(x):
                dict.__setitem__(y, key, value)
    return y
