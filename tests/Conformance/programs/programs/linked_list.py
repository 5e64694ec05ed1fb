# Singly linked list class with dunders: append, prepend, insert, remove, reverse, iteration, indexing, equality, repr.
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, next=None):
            self.value, self.next = value, next
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in iterable:
            self.append(v)
    def append(self, value):
        node = self._Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1
    def prepend(self, value):
        self.head = self._Node(value, self.head)
        self._len += 1
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if i < 0:
            i += self._len
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"
ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(0)
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.remove(1)
print(ll)
ll.reverse()
print(ll, list(ll), sum(ll), 4 in ll, 9 in ll)
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList("abc") == LinkedList(["a", "b", "c"]), LinkedList() == LinkedList([]), LinkedList([1]) == [1])
empty = LinkedList()
empty.reverse()
print(empty, len(empty), list(reversed(list(LinkedList(range(5))))))
