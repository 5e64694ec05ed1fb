"""Context variables (PEP 567), for Portalis: ContextVar, Token, Context and copy_context.

Each thread has its own current Context (as each thread starts in an empty context in CPython
3.11), kept in a `_thread._localdict` (per logical thread, so it goes away with its thread). A Context maps variables to values; CPython's is an
immutable HAMT replaced on each set, here it is a dict that `ContextVar.set` updates in place, which
is observably the same because `copy_context` copies and `Context.run` enters the context object
itself (asyncio runs each task step in the task's own context this way).
"""
# Portalis: no Python frames in tracebacks for these: CPython's contextvars are C code.
__portalis_c_functions__ = ("*",)

import _thread
import types

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()

# The current Context of each thread (created empty on first use).
_state = _thread._localdict()


def _current_context():
    state = _state.get()[0]
    ctx = state.get("context")
    if ctx is None:
        ctx = state["context"] = Context()
    return ctx


def copy_context():
    ctx = Context()
    ctx._data = dict(_current_context()._data)
    return ctx


class Context:
    # Portalis: CPython's classes are C types of the _contextvars module.
    __module__ = '_contextvars'

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(
                f"cannot enter context: {self!r} is already entered")
        state = _state.get()[0]
        saved = state.get("context")
        self._entered = True
        state["context"] = self
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            state["context"] = saved

    def copy(self):
        ctx = Context()
        ctx._data = dict(self._data)
        return ctx

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


class Token:
    __module__ = '_contextvars'
    MISSING = _MISSING
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, var, old_value):
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"


class ContextVar:
    __module__ = '_contextvars'
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        value = _current_context()._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        data = _current_context()._data
        old = data.get(self, _MISSING)
        data[self] = value
        return Token(self, old)

    def reset(self, token):
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        token._used = True
        data = _current_context()._data
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at {id(self):#x}>"
