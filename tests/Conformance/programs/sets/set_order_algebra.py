# Set iteration order after every operation and method (Objects/setobject.c table paths), on int sets of many sizes.
def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x

def make(seed, n, mod):
    g = lcg(seed)
    return [next(g) % mod - mod // 3 for _ in range(n)]

class D(dict):
    pass

results = []
def show(label, s):
    print(label, s if not isinstance(s, (set, frozenset)) else list(s))

for seed in range(1, 19):
    n1 = seed % 23 + 1
    n2 = (seed * 7) % 31 + 1
    mod = [10, 50, 200, 1000, 2**40, 2**64][seed % 6]
    a_list = make(seed, n1, mod)
    b_list = make(seed + 100, n2, mod)
    a = set(a_list)
    b = set(b_list)
    fa = frozenset(a_list)
    print("seed", seed)
    show("a", a); show("b", b); show("fa", fa)
    show("or", a | b); show("and", a & b); show("sub", a - b); show("xor", a ^ b)
    show("rsub", b - a); show("rand", b & a)
    show("union", a.union(b_list, range(5)))
    show("inter", a.intersection(b_list)); show("inter2", a.intersection(b_list, a_list))
    show("diff", a.difference(b_list)); show("diff2", a.difference(b_list, [1, 2, 3]))
    show("sdiff", a.symmetric_difference(b_list))
    show("fand", fa & b); show("for", fa | b); show("fxor", fa ^ b); show("fsub", fa - b)
    c = set(a); c |= b; show("ior", c)
    c = set(a); c &= b; show("iand", c)
    c = set(a); c -= b; show("isub", c)
    c = set(a); c ^= b; show("ixor", c)
    c = set(a); c.update(b_list); show("update", c)
    c = set(a); c.update(b_list, {7, 8}, dict.fromkeys(range(30))); show("update2", c)
    c = set(a); c.intersection_update(b_list); show("iu", c)
    c = set(a); c.intersection_update(b, a_list); show("iu2", c)
    c = set(a); c.difference_update(b_list); show("du", c)
    c = set(a); c.difference_update(b, range(10)); show("du2", c)
    c = set(a); c.symmetric_difference_update(b_list); show("sdu", c)
    c = set(a); c.symmetric_difference_update(dict.fromkeys(b_list)); show("sdud", c)
    c = set(a)
    for x in list(c)[::2]:
        c.discard(x)
    show("disc", c)
    for x in b_list:
        c.add(x)
    show("readd", c)
    c = set(a) | set(b)
    popped = [c.pop() for _ in range(len(c) // 2)]
    print("pop", popped, list(c))
    c.update(range(100, 120)); show("after pop", c)
    show("copy", c.copy()); show("set(c)", set(c)); show("frozenset(c)", frozenset(c))
    d = {k: 1 for k in b_list}
    show("set(d)", set(d)); show("dsub", a - d.keys()); show("kand", d.keys() & a); show("kor", d.keys() | a)
    show("kxor", d.keys() ^ a); show("ksub", d.keys() - a)
    show("Dsub", a.difference(D(d))); show("setD", set(D(d)))
    show("comp", {x * 3 for x in a_list})
    big = set(range(seed * 10))
    show("dbig", a - big); show("dubig", set(a).difference_update(big) or a)
    c = set(a); c -= big; show("isubbig", c)
    c = set(range(50)); c -= a; show("isub-many", c)
    c = set(range(50)); c.clear(); c.update(a_list); show("clear", c)
