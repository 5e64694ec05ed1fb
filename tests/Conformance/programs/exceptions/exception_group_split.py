# BaseExceptionGroup.split, subgroup and derive: matching by type, tuple, predicate; nesting kept; metadata copied.


def show(label, part):
    print(f"{label}: {part!r}")


def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            yield from leaves(x)
    else:
        yield e


v1, t2, k3, v4 = ValueError(1), TypeError(2), KeyError(3), ValueError(4)
eg = ExceptionGroup("top", [v1, ExceptionGroup("mid", [t2, k3, ExceptionGroup("low", [v4])])])

match, rest = eg.split(ValueError)
show("ValueError match", match)
show("ValueError rest", rest)
print("leaves are the same objects:", all(a is b for a, b in zip(leaves(match), [v1, v4])))
show("tuple match", eg.split((TypeError, KeyError))[0])
show("predicate match", eg.split(lambda e: isinstance(e, LookupError) or e.args == (1,))[0])
show("subgroup OSError", eg.subgroup(OSError))
show("subgroup everything", eg.subgroup(lambda e: True) is eg)
show("split everything", eg.split(Exception)[0] is eg)
show("split nothing", eg.split(OSError))
show("split by group type", eg.split(ExceptionGroup)[0] is eg)
print("predicate sees groups too:", [type(e).__name__ for e in [eg] if eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "low") is not None])
show("subgroup low", eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "low"))

for bad in [1, (ValueError, 1), int, "ValueError", [ValueError]]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(f"split({bad!r}):", e)

# The parts carry the original's cause, context and notes (the notes as a copy); __suppress_context__ is set.
try:
    try:
        raise KeyError("context")
    except KeyError:
        raise ExceptionGroup("with metadata", [ValueError("a"), TypeError("b")]) from OSError("cause")
except ExceptionGroup as e:
    caught = e
caught.add_note("a note")
m, r = caught.split(ValueError)
print(repr(m.__cause__), repr(m.__context__), m.__notes__, m.__notes__ is caught.__notes__)
print(repr(r.__cause__), repr(r.__context__), r.__notes__, r.__suppress_context__)
print(m.__traceback__ is not None, m.__traceback__.tb_lineno == caught.__traceback__.tb_lineno)
fresh = ExceptionGroup("fresh", [ValueError()])
fm, fr = fresh.split(ValueError)
print(fm is fresh, fr, fresh.__suppress_context__)
part = ExceptionGroup("p", [ValueError(), TypeError()]).subgroup(ValueError)
print(part.__cause__, part.__context__, part.__suppress_context__, hasattr(part, "__notes__"))

# derive makes a plain (Base)ExceptionGroup with the same message; a subclass overrides it to keep its type.
print(repr(eg.derive([k3])), type(eg.derive([KeyboardInterrupt()])).__name__)


class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Coded(self.message, excs, self.code)


c = Coded("coded", [ValueError(1), TypeError(2)], 42)
cm, cr = c.split(ValueError)
print(type(cm).__name__, cm.code, repr(cm), type(cr).__name__, cr.code, cr.args)


class Plain(ExceptionGroup):
    pass


pm, pr = Plain("plain", [ValueError(1), TypeError(2)]).split(TypeError)
print(type(pm).__name__, type(pr).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "nope"


try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("derive check:", e)

calls = []


def predicate(e):
    calls.append(type(e).__name__)
    return isinstance(e, KeyError)


eg.subgroup(predicate)
print("predicate calls:", calls)
