"""re for Portalis: CPython 3.11's re module interface over the native engine _portalis_re.

The functions, Pattern, Match and error are the native module's (the runtime's Modules/Native/ReModule.cs).
The flags are CPython's RegexFlag (Lib/re/__init__.py): an enum.IntFlag whose members print as re.IGNORECASE
or re.IGNORECASE|re.MULTILINE and work as the ints they are. CPython builds RegexFlag when re is imported;
here the flag names are created on first use (PEP 562 module __getattr__), so programs that never touch a
flag do not pay for importing enum.
"""

import _thread
import sys as _sys
from _portalis_re import (compile, match, fullmatch, search, findall, finditer, sub, subn, split,
                          escape, purge, error, Pattern, Match)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_FLAG_NAMES = frozenset([
    "RegexFlag", "NOFLAG", "ASCII", "A", "IGNORECASE", "I", "LOCALE", "L", "UNICODE", "U",
    "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "TEMPLATE", "T", "DEBUG",
])

_flags_lock = _thread.allocate_lock()


def _define_flags():
    import enum

    def global_flag_repr(self):
        # enum.global_flag_repr: module.flag_name instead of class.flag_name.
        module = self.__class__.__module__.split('.')[-1]
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s.%s(%r)" % (module, cls_name, self._value_)
        if self._value_ and not self._value_ & (self._value_ - 1):
            return '%s.%s' % (module, self._name_)
        name = []
        for n in self._name_.split('|'):
            if n[0].isdigit():
                name.append(n)
            else:
                name.append('%s.%s' % (module, n))
        return '|'.join(name)

    class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
        NOFLAG = 0
        ASCII = A = 256  # assume ascii "locale"
        IGNORECASE = I = 2  # ignore case
        LOCALE = L = 4  # assume current 8-bit locale
        UNICODE = U = 32  # assume unicode "locale"
        MULTILINE = M = 8  # make anchors look for newline
        DOTALL = S = 16  # make dot match newline
        VERBOSE = X = 64  # ignore whitespace and comments
        # sre extensions (experimental, don't rely on these)
        TEMPLATE = T = 1  # unknown purpose, deprecated
        DEBUG = 128  # dump pattern after compilation
        __str__ = object.__str__
        __repr__ = global_flag_repr
        _numeric_repr_ = hex

    RegexFlag.__qualname__ = "RegexFlag"
    # Portalis: globals() is a snapshot, so the names are set as attributes of the module.
    module = _sys.modules[__name__]
    module.RegexFlag = RegexFlag
    # enum.global_enum: the members are names of the module.
    for name, member in RegexFlag.__members__.items():
        setattr(module, name, member)


def __getattr__(name):
    if name in _FLAG_NAMES:
        with _flags_lock:
            if "RegexFlag" not in globals():
                _define_flags()
        return globals()[name]
    raise AttributeError(f"module 're' has no attribute '{name}'")
