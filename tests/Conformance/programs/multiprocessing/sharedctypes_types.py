# ctypes types of shared values: c_int, c_char_Array_2, bytes slices of char arrays, SynchronizedString value/raw, copy and synchronized.
import multiprocessing as mp
from multiprocessing import sharedctypes

if __name__ == "__main__":
    a = mp.RawArray('c', b'hi'); print(type(a).__name__, a[:], a[0], type(a).__module__)
    v = mp.RawValue('i', 3); print(type(v).__module__, type(v).__name__, v)
    s = mp.Array('c', 3); print(type(s).__name__, s.value, s.raw, s[:])
    s.value = b'ab'; print(s.raw, s[1], s[0:2])
    print(sharedctypes.copy(v), type(sharedctypes.synchronized(mp.RawArray('c', 2))).__name__)
    w = mp.RawArray('u', 'xyz'); print(w[:], w[1:], type(w).__name__)
    d = mp.Array('d', [1, 2]); print(type(d).__name__, d[:], type(d.get_obj()).__name__)
    print(type(mp.Value('d', 1.5).get_obj()).__name__, repr(mp.Value('h', -2)))
    print(type(mp.RawValue('i', 1)) is type(mp.RawValue('i', 2)), type(mp.RawArray('i', 2)) is type(mp.RawArray('i', 3)))
