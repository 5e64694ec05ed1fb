# Strings built in loops with s += piece and s = s + piece (kept linear by the lowering): str pieces, a non-str
# piece (TypeError with the partial value kept), unbound locals, lists and tuples, a str subclass with __add__,
# break/return/else exits, nested loops, generators, reads inside the loop, and a default argument reading it.
def basic(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s

def eq_form(words):
    out = "<"
    for w in words:
        out = out + w + ","
    return out + ">"

def mixed(items):
    s = "x"
    try:
        for it in items:
            s += it
    except TypeError as e:
        print("TypeError:", e, "| s so far:", s)
    return s

def unbound(n):
    for i in range(n):
        acc += "a"
    return acc

def lists(n):
    s = []
    for i in range(n):
        s += [i]
    t = ()
    for i in range(n):
        t = t + (i,)
    return s, t

class S(str):
    def __add__(self, other):
        return S("<" + str.__add__(self, other) + ">")

def subclass():
    s = S("a")
    for c in "bc":
        s += c
    return s, type(s).__name__

def with_break_return(n):
    s = ""
    while True:
        s += "ab"
        if n > 0:
            n -= 1
            if n == 2:
                break
    r = ""
    for i in range(10):
        r += str(i)
        if i == 4:
            return s, r
    return s, r

def nested(n):
    s = ""
    for i in range(n):
        for j in range(i):
            s += f"{i}{j} "
        s += "| "
    else:
        pass
    return s

def gen(n):
    s = ""
    for i in range(n):
        s += chr(97 + i)
        yield i
    yield s

def reads_in_loop(n):
    s = ""
    for i in range(n):
        s += "a"
        if len(s) > 3:
            s += "!"
    return s

def inner_def(n):
    s = "q"
    for i in range(n):
        s += "z"
        def f(x=s):
            return x
    return s, f()

print(basic(25), eq_form(["a", "b"]), mixed(["a", "b", 3, "c"]))
try:
    unbound(2)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(unbound(0) if False else "skip", lists(3), subclass(), with_break_return(5))
print(nested(4), list(gen(4)), reads_in_loop(6), inner_def(3))
print(len(basic(300000)))
