"""Weak references, for Portalis: `ref` and `WeakSet`.

`ref` is the native `_weakref.ref` over .NET's WeakReference. `WeakSet` follows CPython 3.11's
Lib/_weakrefset.py: a set of weak references whose hash and equality are their referents'. CPython
removes an entry from a callback when its referent dies; .NET runs no such callbacks, so iteration
skips dead entries, len() drops them first, and add() drops them whenever the set has doubled since the
last sweep (amortized constant time, so registering many objects stays linear), which gives the same
results. Objects are collected by a tracing collector, so an object nothing else refers to may stay
in the set until the next collection. Left out: WeakKeyDictionary, WeakValueDictionary, finalize,
proxy, WeakMethod.
"""

from _weakref import ref, getweakrefcount

__all__ = ["ref", "getweakrefcount", "ReferenceType", "WeakSet"]

ReferenceType = ref


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._sweep_at = 16
        if data is not None:
            self.update(data)

    def _prune(self):
        dead = [item for item in self.data if item() is None]
        for item in dead:
            self.data.discard(item)
        self._sweep_at = max(16, 2 * len(self.data))

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                # Caveat: the iterator will keep a strong reference to
                # `item` until it is resumed or closed.
                yield item

    def __len__(self):
        self._prune()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        # A live item's entry is live: dead entries never compare equal to it.
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def add(self, item):
        if len(self.data) >= self._sweep_at:
            self._prune()
        self.data.add(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return repr(self.data)
