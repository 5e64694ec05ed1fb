"""Context variables (PEP 567), for Portalis: ContextVar and Token.

Each thread has its own values (as each thread starts in its own context in CPython 3.11), kept in a
dict keyed by thread identity. Left out: copy_context/Context.run (no context objects to copy) and
values that follow asyncio tasks.
"""
# Portalis: no Python frames in tracebacks for these: CPython's contextvars are C code.
__portalis_c_functions__ = ("*",)

import _thread

__all__ = ("ContextVar", "Token")

_MISSING = object()


class Token:
    MISSING = _MISSING

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
    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default
        self._values = {}

    @property
    def name(self):
        return self._name

    def get(self, *args):
        value = self._values.get(_thread.get_ident(), _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ident = _thread.get_ident()
        old = self._values.get(ident, _MISSING)
        self._values[ident] = value
        return Token(self, old)

    def reset(self, token):
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        token._used = True
        if token._old_value is _MISSING:
            self._values.pop(_thread.get_ident(), None)
        else:
            self._values[_thread.get_ident()] = token._old_value

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at {id(self):#x}>"
