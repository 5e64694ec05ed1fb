# An LRU cache implemented with a dict and a doubly linked list, checked against an OrderedDict-based version.
from collections import OrderedDict
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def put(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
            self._push_front(n)
            return None
        evicted = None
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            evicted = lru.key
        n = Node(key, value)
        self.map[key] = n
        self._push_front(n)
        return evicted
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
class OrderedLRU:
    def __init__(self, capacity):
        self.capacity, self.data = capacity, OrderedDict()
    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
    def keys(self):
        return list(reversed(self.data))
cache, ref = LRUCache(3), OrderedLRU(3)
ops = [("put", "a", 1), ("put", "b", 2), ("get", "a"), ("put", "c", 3), ("put", "d", 4), ("get", "b"), ("get", "c"),
       ("put", "a", 10), ("put", "e", 5), ("get", "d"), ("get", "a"), ("get", "e")]
for op in ops:
    if op[0] == "put":
        ev = cache.put(op[1], op[2])
        ref.put(op[1], op[2])
        print(f"put {op[1]}={op[2]} evicted={ev} order={cache.keys()}")
    else:
        v = cache.get(op[1])
        assert v == ref.get(op[1])
        print(f"get {op[1]} -> {v} order={cache.keys()}")
    assert cache.keys() == ref.keys()
print("hits", cache.hits, "misses", cache.misses)
