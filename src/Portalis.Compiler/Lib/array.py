"""Portalis's array module: CPython 3.11's Modules/arraymodule.c in Python.

The items live in a list of Python ints, floats or 1-character strs, each checked and converted as the C
setter for its typecode does (same range checks, same OverflowError and TypeError messages); 'f' items are
rounded to single precision when stored. Machine values use CPython's sizes on 64-bit Linux ('l' and 'L'
are 8 bytes, 'u' is UTF-32) in little-endian order. There is no buffer protocol: bytes(a) works through
__bytes__, but memoryview(a) does not.
"""

import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_STRUCT_CODES = {'l': 'q', 'L': 'Q'}
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1
_SHORT = (-32768, 32767, 'signed short integer')
_INT = (-(1 << 31), (1 << 31) - 1, 'signed integer')
# The range checks, in order, of the typecodes whose setter converts through a C long: 'b' parses a short
# before checking the char range and 'H' an int before the unsigned short range, as b_setitem and
# HH_setitem do.
_SMALL_RANGES = {
    'b': (_SHORT, (-128, 127, 'signed char')),
    'B': ((0, 255, 'unsigned byte integer'),),
    'h': (_SHORT,),
    'H': (_INT, (0, 65535, 'unsigned short')),
    'i': (_INT,),
}


def _index(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _real(value):
    if isinstance(value, float):
        return float(value)
    if isinstance(value, int):
        return float(value)
    if getattr(type(value), '__float__', None) is not None:
        return float(value)
    if getattr(type(value), '__index__', None) is not None:
        return float(_index(value))
    raise TypeError(f"must be real number, not {type(value).__name__}")


def _single(value):
    """Rounds a double to the nearest single-precision value, as the C cast (float)x does."""
    try:
        return _struct.unpack('<f', _struct.pack('<f', value))[0]
    except OverflowError:
        return float('inf') if value > 0 else float('-inf')


def _convert(typecode, value):
    """The item stored for value (Modules/arraymodule.c, the *_setitem functions)."""
    if typecode == 'd':
        return _real(value)
    if typecode == 'f':
        return _single(_real(value))
    if typecode == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('array item must be unicode character')
        return value
    n = _index(value)
    if typecode in _SMALL_RANGES:
        if n < _LONG_MIN or n > _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        for low, high, name in _SMALL_RANGES[typecode]:
            if n < low:
                raise OverflowError(f'{name} is less than minimum')
            if n > high:
                raise OverflowError(f'{name} is greater than maximum')
        return n
    if typecode == 'l':
        if n < _LONG_MIN or n > _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        return n
    if typecode == 'I' or typecode == 'L':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if typecode == 'I' and n > 0xFFFFFFFF:
            raise OverflowError('unsigned int is greater than maximum')
        return n
    if typecode == 'q':
        if n < _LONG_MIN or n > _LONG_MAX:
            raise OverflowError('int too big to convert')
        return n
    # 'Q'
    if n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if n > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return n


def _check_typecode(typecode):
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError(f'array() argument 1 must be a unicode character, not {type(typecode).__name__}')
    if typecode not in _SIZES:
        raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type.
    """

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if len(args) == 0 or len(args) > 2:
            raise TypeError(f'array() takes at most 2 arguments ({len(args)} given)' if args
                            else 'array() takes at least 1 argument (0 given)')
        typecode = args[0]
        _check_typecode(typecode)
        self._typecode = typecode
        self._items = []
        if len(args) == 2:
            initializer = args[1]
            if isinstance(initializer, str) and typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            if isinstance(initializer, array) and initializer._typecode == 'u' and typecode != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            if isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, array):
                self.extend(iter(initializer._items))
            elif isinstance(initializer, str):
                self.fromunicode(initializer)
            else:
                self.extend(initializer)

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._typecode

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._typecode]

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    # ---- sequence protocol ------------------------------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        i = self._position(index)
        if i < 0 or i >= len(self._items):
            raise IndexError('array index out of range')
        return self._items[i]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
            if value._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                size = len(range(start, stop, step))
                if len(value._items) != size:
                    raise ValueError(f'attempt to assign array of size {len(value._items)} to extended slice of size {size}')
            self._items[index] = list(value._items)
            return
        i = self._position(index)
        if i < 0 or i >= len(self._items):
            raise IndexError('array assignment index out of range')
        self._items[i] = _convert(self._typecode, value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        i = self._position(index)
        if i < 0 or i >= len(self._items):
            raise IndexError('array assignment index out of range')
        del self._items[i]

    def _position(self, index):
        if not isinstance(index, int) and getattr(type(index), '__index__', None) is None:
            raise TypeError('array indices must be integers')
        i = _index(index)
        return i + len(self._items) if i < 0 else i

    # ---- operators --------------------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, count):
        return self._new(self._items * _index(count))

    def __rmul__(self, count):
        return self._new(self._items * _index(count))

    def __imul__(self, count):
        self._items *= _index(count)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._typecode}')"
        if self._typecode == 'u':
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._typecode}', {self._items!r})"

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    # ---- methods ----------------------------------------------------------------------------------

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_convert(self._typecode, v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        for item in bb:
            self._items.append(_convert(self._typecode, item))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _index(i)
        item = _convert(self._typecode, v)
        n = len(self._items)
        if i < 0:
            i = max(i + n, 0)
        self._items.insert(min(i, n), item)

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        i = _index(i)
        if not self._items:
            raise IndexError('pop from empty array')
        if i < 0:
            i += len(self._items)
        if i < 0 or i >= len(self._items):
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        for i, item in enumerate(self._items):
            if item == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return sum(1 for item in self._items if item == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items."""
        return (id(self), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = bytearray()
        for start in range(0, len(data), size):
            swapped += data[start:start + size][::-1]
        self._items = self._unpack(bytes(swapped))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        converted = [_convert(self._typecode, item) for item in list]
        self._items.extend(converted)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        if self._typecode == 'u':
            return ''.join(self._items).encode('utf-32-le')
        code = _STRUCT_CODES.get(self._typecode, self._typecode)
        return _struct.pack(f'<{len(self._items)}{code}', *self._items)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values."""
        data = bytes(buffer)
        if len(data) % self.itemsize:
            raise ValueError('bytes length not a multiple of item size')
        self._items.extend(self._unpack(data))

    def _unpack(self, data):
        if self._typecode == 'u':
            return list(data.decode('utf-32-le'))
        code = _STRUCT_CODES.get(self._typecode, self._typecode)
        return list(_struct.unpack(f'<{len(data) // self.itemsize}{code}', data))

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(ustr).__name__}')
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        data = f.read(self.itemsize * n)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) - len(data) % self.itemsize
        self.frombytes(data[:whole])
        if len(data) != self.itemsize * n:
            raise EOFError('read() didn\'t return enough bytes')


ArrayType = array
