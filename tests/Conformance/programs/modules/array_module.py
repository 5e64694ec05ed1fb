# array: construction from lists, bytes, strings and other arrays; every typecode's range checks and
# messages; indexing, slicing, the list-like methods, bytes round trips, comparisons and repr.
import array


def attempt(label, action):
    try:
        print(label, action())
    except (TypeError, ValueError, OverflowError, IndexError, EOFError) as exc:
        print(label, type(exc).__name__, exc)


for tc in "bBhHiIlLqQ":
    for v in (-2**64, -2**63 - 1, -40000, -200, -1, 0, 127, 200, 256, 40000, 70000, 2**31, 2**32, 2**63, 2**64, 1.5, "x"):
        attempt(f"{tc} {v!r}", lambda: array.array(tc, [v]))
for tc in "fd":
    for v in ("x", None, 10**400, 3, 0.1, 1e300, True):
        attempt(f"{tc} {v!r}", lambda: array.array(tc, [v]))
for v in ("ab", 1, "", "z"):
    attempt(f"u {v!r}", lambda: array.array("u", [v]))
for args in [("z",), ("i", "abc"), (1,), ("bb",), (), ("i", [1], 2)]:
    attempt(f"args {args!r}", lambda: array.array(*args))

a = array.array("i", [1, 2, 3])
print(a, repr(a), str(a), array.array("d"), array.array("u", "hi"), array.array("f", [1.1]), array.array("b", b"\x01\xff"))
print(a.itemsize, a.typecode, array.typecodes, a.buffer_info()[1], type(a), array.ArrayType is array.array)
attempt("a[5]", lambda: a[5])
attempt("a[-4]", lambda: a[-4])


def setter():
    a[5] = 1


attempt("a[5]=", setter)
attempt("index", lambda: a.index(9))
attempt("remove", lambda: a.remove(9))
attempt("pop empty", lambda: array.array("i").pop())
attempt("add d", lambda: a + array.array("d"))
attempt("add list", lambda: a + [1])
attempt("extend", lambda: a.extend([1, "x"]))
print(a)
attempt("frombytes", lambda: a.frombytes(b"abc"))


def slice_list():
    a[0:2] = [1, 2]


attempt("slice list", slice_list)
attempt("hash", lambda: hash(a))
attempt("fromunicode", lambda: a.fromunicode("x"))
attempt("tounicode", lambda: a.tounicode())
attempt("extend d", lambda: a.extend(array.array("d")))
print(a == array.array("d", [1, 2, 3, 1]), a < array.array("i", [1, 3]), a == [1, 2, 3, 1], bytes(a), a * 2, 2 * a, a[::-1], a[1:], type(a[1:]))
attempt("a['x']", lambda: a["x"])
attempt("insert", lambda: a.insert("x", 1))


def del_far():
    del a[10]


attempt("del", del_far)
attempt("pop far", lambda: a.pop(10))
print(array.array("i", {1: 2}), array.array("i", (x for x in range(3))))

d = array.array("d", [1.5, 2.5])
d.append(3)
print(d, d.count(2.5), d.index(2.5), d.tolist(), list(reversed(d)), 2.5 in d, len(d))
d.byteswap()
print(d.tobytes()[:4])
d.byteswap()
print(d)
h = array.array("H")
h.frombytes(b"\x01\x00\x02\x00")
print(h, h.tobytes())
h.fromlist([7, 8])
print(h)
attempt("fromlist", lambda: h.fromlist([1, -1]))
print(h)
h.reverse()
print(h)
h.insert(0, 9)
h.insert(-100, 5)
h.insert(100, 6)
print(h)
del h[1:3]
print(h)
h[0:1] = array.array("H", [1, 1, 1])
print(h)
h += array.array("H", [4])
print(h)
h *= 2
print(h)
print(h[-1], h[1:5:2], h.pop(), h.pop(0), h, h.index(1, 3), h.index(7, -10, -1))


def extended_slice():
    h[::2] = array.array("H", [0])


attempt("extended", extended_slice)
h[::7] = array.array("H", [50, 60])
print(h)
u = array.array("u", "hello")
u.fromunicode(" world")
print(u, u.tounicode(), u[0], u.itemsize, u.tobytes()[:8])
print(array.array("q", [1, 2]) == array.array("b", [1, 2]), array.array("f", [0.1]) == array.array("d", [0.1]))
print(sorted(array.array("i", [3, 1, 2])), sum(array.array("d", [0.5, 0.25])), max(array.array("B", b"abc")))
c = array.array("i", [1, 2])
e = c[:]
e[0] = 99
print(c, e, c is e, array.array("i", c))
x = array.array("b", [1])
attempt("extend 300", lambda: x.extend([300]))
print(x, array.array("d", range(3)), array.array("d", array.array("i", [1, 2])))
attempt("i from d", lambda: array.array("i", array.array("d", [1.0])))
attempt("u from i", lambda: array.array("u", array.array("i", [1])))
print(array.array("b", bytearray(b"\x05")), array.array("u", ["a", "b"]))
it = iter(array.array("i", [1, 2]))
print(next(it), list(it))
print(array.array("i", [1]) != array.array("i", [2]), array.array("i", [1, 2]) <= array.array("i", [1, 2]), array.array("i") > array.array("i"))
big = array.array("Q", [2**64 - 1, 0])
print(big, big.tobytes(), array.array("L", big.tobytes()), array.array("l", b"\xff" * 8))
f = array.array("f", [1e39, -1e39, 0.5])
print(f, f.tobytes())
attempt("i from u", lambda: array.array("i", array.array("u", "a")))


class Scaled(array.array):
    def total(self):
        return sum(self)


s = Scaled("i", [4, 5])
s.append(6)
print(s, s.total(), isinstance(s, array.array), len(s))
