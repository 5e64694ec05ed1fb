"""multiprocessing.sharedctypes for Portalis: Value, Array, RawValue, RawArray.

CPython 3.11's Lib/multiprocessing/sharedctypes.py keeps ctypes objects in shared memory. Portalis
processes share one heap, so the "shared memory" is an ordinary object that is never copied
(_mp_reduce_); the ctypes behaviour that programs see is reproduced for the type codes
b B h H i I l L q Q (integers wrapped to their C width), f d (floats), c (one byte) and u (one character):
reprs such as c_int(3) and c_double(1.5), the conversion errors ("'float' object cannot be
interpreted as an integer", "must be real number, not str"), and the Synchronized wrappers with
their lock (an RLock by default), get_lock(), get_obj() and reprs.
"""

import _portalis_mp

from . import context

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# code: (ctypes name, bits or None for a float/char/bool, signed)
_typecodes = {
    'c': ('c_char', None, False), 'u': ('c_wchar', None, False),
    'b': ('c_byte', 8, True), 'B': ('c_ubyte', 8, False),
    'h': ('c_short', 16, True), 'H': ('c_ushort', 16, False),
    'i': ('c_int', 32, True), 'I': ('c_uint', 32, False),
    'l': ('c_long', 64, True), 'L': ('c_ulong', 64, False),
    'q': ('c_long', 64, True), 'Q': ('c_ulong', 64, False),
    'f': ('c_float', None, False), 'd': ('c_double', None, False),
}


def _convert(code, value):
    name, bits, signed = _typecodes[code]
    if bits is not None:
        if not isinstance(value, int):
            if isinstance(value, float) or not hasattr(type(value), '__index__'):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
            value = value.__index__()
        value = int(value) & ((1 << bits) - 1)
        if signed and value >= 1 << (bits - 1):
            value -= 1 << bits
        return value
    if code in 'fd':
        if isinstance(value, (int, float)):
            return float(value)
        raise TypeError("must be real number, not %s" % type(value).__name__)
    if code == 'c':
        if isinstance(value, bytes) and len(value) == 1:
            return value
        if isinstance(value, int) and 0 <= value < 256:
            return bytes([value])
        raise TypeError('one character bytes, bytearray or integer expected')
    if isinstance(value, str) and len(value) == 1:
        return value
    raise TypeError('one character unicode string expected')


def _default(code):
    if code in 'fd':
        return 0.0
    if code == 'c':
        return b'\x00'
    if code == 'u':
        return '\x00'
    return 0


def _check_code(code):
    if code not in _typecodes:
        raise TypeError('this type has no size')


class _CValue(object):
    """A ctypes simple value (c_int(3))."""

    def __init__(self, code, value):
        self._code = code
        self._value = _convert(code, value)

    def _mp_reduce_(self, copier):
        return self

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = _convert(self._code, value)

    def __repr__(self):
        return '%s(%r)' % (_typecodes[self._code][0], self._value)


class _CArray(object):
    """A ctypes array (c_int_Array_3)."""

    def __init__(self, code, items):
        self._code = code
        self._items = [_convert(code, v) for v in items]

    def _mp_reduce_(self, copier):
        return self

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            # A slice of a c_char array is bytes, of a c_wchar array str (Modules/_ctypes/_ctypes.c, Array_subscript).
            if self._code == 'c':
                return b''.join(self._items[i])
            if self._code == 'u':
                return ''.join(self._items[i])
            return self._items[i]
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('invalid index') from None

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            values = list(value)
            indices = list(range(len(self._items)))[i]
            if len(values) != len(indices):
                raise ValueError('Can only assign sequence of same size')
            for k, v in zip(indices, values):
                self._items[k] = _convert(self._code, v)
            return
        if i < -len(self._items) or i >= len(self._items):
            raise IndexError('invalid index')
        self._items[i] = _convert(self._code, value)

    def __iter__(self):
        return iter(list(self._items))

    @property
    def value(self):
        data = b''.join(self._items)
        end = data.find(b'\x00')
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, value):
        for k in range(len(self._items)):
            self._items[k] = value[k:k + 1] if k < len(value) else b'\x00'

    @property
    def raw(self):
        return b''.join(self._items)

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            _typecodes[self._code][0], len(self._items), id(self))


# type(RawValue('i')) is ctypes.c_int and type(RawArray('i', 3)) is c_int_Array_3, as in CPython: one class
# per typecode (and length), made on first use.
_value_types = {}
_array_types = {}


def _value_type(code):
    cls = _value_types.get(code)
    if cls is None:
        cls = _value_types[code] = type(_typecodes[code][0], (_CValue,), {'__module__': 'ctypes'})
    return cls


def _array_type(code, length):
    cls = _array_types.get((code, length))
    if cls is None:
        name = '%s_Array_%d' % (_typecodes[code][0], length)
        cls = _array_types[(code, length)] = type(name, (_CArray,), {'__module__': __name__})
    return cls


def RawValue(typecode_or_type, *args):
    '''
    Returns a ctypes object allocated from shared memory
    '''
    _check_code(typecode_or_type)
    value = args[0] if args else _default(typecode_or_type)
    return _value_type(typecode_or_type)(typecode_or_type, value)


def RawArray(typecode_or_type, size_or_initializer):
    '''
    Returns a ctypes array allocated from shared memory
    '''
    _check_code(typecode_or_type)
    if isinstance(size_or_initializer, int):
        items = [_default(typecode_or_type)] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return _array_type(typecode_or_type, len(items))(typecode_or_type, items)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    '''
    Return a synchronization wrapper for a Value
    '''
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    '''
    Return a synchronization wrapper for a RawArray
    '''
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def copy(obj):
    return type(obj)(obj._code, obj._items if isinstance(obj, _CArray) else obj._value)


def synchronized(obj, lock=None, ctx=None):
    ctx = ctx or context._default_context.get_context()
    if isinstance(obj, _CArray):
        # synchronized(): a c_char array gets the value/raw properties (SynchronizedString).
        cls = SynchronizedString if obj._code == 'c' else SynchronizedArray
        return cls(obj, lock or ctx.RLock())
    return Synchronized(obj, lock or ctx.RLock())


class SynchronizedBase(object):

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or context._default_context.get_context(force=True)
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _mp_reduce_(self, copier):
        return copier.share(self)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value


class SynchronizedString(SynchronizedArray):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw
