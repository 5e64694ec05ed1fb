using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Classes;

// Expected values are python3.11's output for the equivalent Python (the snippet is in each comment).
public class ClassTests
{
    private static object? Super(PyType cls, object? self, string name) => PyOps.CallMethod(PyOps.Super(cls, self), name);

    [Fact]
    public void BuildClass_Diamond_C3MroAndSuperChain()
    {
        // class A: who -> "A"; B(A), C(A), D(B, C) each prepend their letter via super().who()
        var a = Py.Class("A", ("who", Py.Method("A", "who", ["self"], s => "A")));
        PyType? b = null, c = null, d = null;
        b = Py.Class("B", [a], ("who", Py.Method("B", "who", ["self"], s => "B" + (string)Super(b!, s[0], "who")!)));
        c = Py.Class("C", [a], ("who", Py.Method("C", "who", ["self"], s => "C" + (string)Super(c!, s[0], "who")!)));
        d = Py.Class("D", [b, c], ("who", Py.Method("D", "who", ["self"], s => "D" + (string)Super(d!, s[0], "who")!)));
        Assert.Equal(["D", "B", "C", "A", "object"], d.Mro.Select(t => t.Name));
        Assert.Equal("DBCA", PyOps.CallMethod(PyOps.Call(d), "who"));
        Assert.Equal("(<class '__main__.B'>, <class '__main__.C'>)", PyOps.Repr(PyOps.GetAttr(d, "__bases__")));
        Assert.Equal("<class '__main__.B'>", PyOps.Repr(PyOps.GetAttr(d, "__base__")));
        Assert.Equal("[<class '__main__.B'>, <class '__main__.C'>]", PyOps.Repr(PyOps.CallMethod(a, "__subclasses__")));
        Assert.True(PyOps.Eq(PyOps.CallMethod(d, "mro"), PyBuiltins.List(PyOps.GetAttr(d, "__mro__"))));
    }

    [Fact]
    public void BuildClass_InconsistentBases_RaiseCPythonErrors()
    {
        var a = Py.Class("A");
        var b = Py.Class("B", [a]);
        Assert.Equal("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B", Py.Message(() => Py.Class("X", [a, b])));
        var m = Py.Class("M", [PyType.TypeType]);
        var n = Py.Class("N", [PyType.TypeType]);
        var p = PyOps.BuildClass("P", PyTuple.Empty, Py.Ns("P"), [m], ["metaclass"]);
        var q = PyOps.BuildClass("Q", PyTuple.Empty, Py.Ns("Q"), [n], ["metaclass"]);
        Assert.Equal(
            "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            Py.Message(() => Py.Class("Z", [p, q])));
        var sa = Py.Class("SA", ("__slots__", new PyTuple("a")));
        var sb = Py.Class("SB", ("__slots__", new PyTuple("b")));
        Assert.Equal("TypeError: multiple bases have instance lay-out conflict", Py.Message(() => Py.Class("SC", [sa, sb])));
    }

    [Fact]
    public void Property_GetterSetterChainAndMessages()
    {
        // class P: __init__ sets _x = 1; x property "the x"; @x.setter stores v * 2
        var init = Py.Method("P", "__init__", ["self"], s =>
        {
            PyOps.SetAttr(s[0], "_x", 1L);
            return null;
        });
        var getter = Py.Method("P", "x", ["self"], s => PyOps.GetAttr(s[0], "_x"));
        getter.Doc = "the x";
        var prop = PyOps.Call(PyType.PropertyType, getter);
        var setter = Py.Method("P", "x", ["self", "v"], s =>
        {
            PyOps.SetAttr(s[0], "_x", PyOps.Mul(s[1], 2L));
            return null;
        });
        prop = PyOps.CallMethod(prop, "setter", setter);
        var cls = Py.Class("P", ("__init__", init), ("x", prop));
        var p = PyOps.Call(cls);
        PyOps.SetAttr(p, "x", 5L);
        Assert.Equal(10L, PyOps.GetAttr(p, "x"));
        Assert.Equal("the x", PyOps.GetAttr(PyOps.GetAttr(cls, "x"), "__doc__"));
        Assert.Equal("{'_x': 10}", PyOps.Repr(PyOps.GetAttr(p, "__dict__")));
        Assert.Equal("AttributeError: property 'x' of 'P' object has no deleter", Py.Message(() => PyOps.DelAttr(p, "x")));
        var ro = Py.Class("C", ("x", new PyProperty(Py.Method("C", "x", ["self"], s => 1L))));
        Assert.Equal("AttributeError: property 'x' of 'C' object has no setter", Py.Message(() => PyOps.SetAttr(PyOps.Call(ro), "x", 2L)));
    }

    [Fact]
    public void StaticAndClassMethods_BindLikeCPython()
    {
        var s = Py.Class(
            "S",
            ("s", new PyStaticMethod(Py.Def("s", ["a"], x => PyOps.Add(x[0], 1L)))),
            ("c", new PyClassMethod(Py.Def("c", ["cls", "a"], x => new PyTuple(PyOps.GetAttr(x[0], "__name__"), x[1])))));
        var s2 = Py.Class("S2", [s]);
        Assert.Equal(2L, PyOps.CallMethod(s, "s", 1L));
        Assert.Equal(3L, PyOps.CallMethod(PyOps.Call(s), "s", 2L));
        Assert.Equal("('S2', 3)", PyOps.Repr(PyOps.CallMethod(s2, "c", 3L)));
        Assert.Equal("('S2', 4)", PyOps.Repr(PyOps.CallMethod(PyOps.Call(s2), "c", 4L)));
    }

    [Fact]
    public void AttributeHooks_GetattrGetattributeSetattr()
    {
        var g = Py.Class("G", ("__getattr__", Py.Method("G", "__getattr__", ["self", "name"], s => "missing:" + (string)s[1]!)));
        var gi = PyOps.Call(g);
        PyOps.SetAttr(gi, "real", 1L);
        Assert.Equal(1L, PyOps.GetAttr(gi, "real"));
        Assert.Equal("missing:other", PyOps.GetAttr(gi, "other"));
        Assert.True(PyOps.HasAttr(gi, "anything"));

        var objectGetattribute = PyOps.GetAttr(PyType.ObjectType, "__getattribute__");
        var ga = Py.Class(
            "GA",
            ("__getattribute__", Py.Method("GA", "__getattribute__", ["self", "name"], s => (string)s[1]! == "magic" ? 42L : PyOps.Call(objectGetattribute, s[0], s[1]))),
            ("__getattr__", Py.Method("GA", "__getattr__", ["self", "name"], s => "fallback " + (string)s[1]!)));
        var gai = PyOps.Call(ga);
        PyOps.SetAttr(gai, "y", 3L);
        Assert.Equal(42L, PyOps.GetAttr(gai, "magic"));
        Assert.Equal(3L, PyOps.GetAttr(gai, "y"));
        Assert.Equal("fallback zzz", PyOps.GetAttr(gai, "zzz"));

        var objectSetattr = PyOps.GetAttr(PyType.ObjectType, "__setattr__");
        var sa = Py.Class("SA", ("__setattr__", Py.Method("SA", "__setattr__", ["self", "name", "value"], s => PyOps.Call(objectSetattr, s[0], s[1], PyOps.Mul(s[2], 10L)))));
        var sai = PyOps.Call(sa);
        PyOps.SetAttr(sai, "v", 2L);
        Assert.Equal(20L, PyOps.GetAttr(sai, "v"));

        var d = Py.Class("D");
        Assert.Equal("AttributeError: 'D' object has no attribute 'y'", Py.Message(() => PyOps.GetAttr(PyOps.Call(d), "y")));
        Assert.Equal("AttributeError: type object 'D' has no attribute 'y'", Py.Message(() => PyOps.GetAttr(d, "y")));
        Assert.Equal("TypeError: D() takes no arguments", Py.Message(() => PyOps.Call(d, 1L)));
        Assert.Equal("AttributeError: 'int' object has no attribute 'x'", Py.Message(() => PyOps.SetAttr(1L, "x", 1L)));
        Assert.Equal("AttributeError: 'object' object has no attribute 'x'", Py.Message(() => PyOps.SetAttr(PyOps.Call(PyType.ObjectType), "x", 1L)));
        Assert.Equal(5L, PyOps.GetAttr(1L, "nope", 5L));
    }

    [Fact]
    public void InitSubclassAndSetName_RunWithClassKeywords()
    {
        var subs = new PyList();
        PyType? baseType = null;
        var initSubclass = Py.Def("__init_subclass__", ["cls", "tag", "kw"], s =>
        {
            PyOps.CallEx(PyOps.GetAttr(PyOps.Super(baseType!, s[0]), "__init_subclass__"), PyTuple.Empty, s[2]);
            subs.Append(new PyTuple(PyOps.GetAttr(s[0], "__name__"), s[1]));
            return null;
        }, positional: 2, varKw: true, qualName: "Base.__init_subclass__", defaults: [null]);
        baseType = Py.Class("Base", ("__init_subclass__", initSubclass));
        PyOps.BuildClass("Sub", new PyTuple(baseType), Py.Ns("Sub"), ["t1"], ["tag"]);
        Assert.Equal("[('Sub', 't1')]", PyOps.Repr(subs));
        Assert.Equal(
            "TypeError: X.__init_subclass__() takes no keyword arguments",
            Py.Message(() => PyOps.BuildClass("X", new PyTuple(baseType), Py.Ns("X"), [1L], ["other"])));

        var named = Py.Class("Named", ("__set_name__", Py.Method("Named", "__set_name__", ["self", "owner", "name"], s =>
        {
            PyOps.SetAttr(s[0], "where", new PyTuple(PyOps.GetAttr(s[1], "__name__"), s[2]));
            return null;
        })));
        var owner = Py.Class("Owner", ("field", PyOps.Call(named)));
        Assert.Equal("('Owner', 'field')", PyOps.Repr(PyOps.GetAttr(PyOps.GetAttr(owner, "field"), "where")));
    }

    [Fact]
    public void Metaclass_UserNewAndCall_Work()
    {
        PyType? meta = null;
        var mnew = Py.Def("__new__", ["mcs", "name", "bases", "ns", "kw"], s =>
        {
            PyOps.SetItem(s[3], "added", PyStr.Lower((string)s[1]!));
            return PyOps.CallMethod(PyOps.Super(meta!, s[0]), "__new__", s[0], s[1], s[2], s[3]);
        }, positional: 4, varKw: true, qualName: "Meta.__new__");
        var mcall = Py.Def("__call__", ["cls", "a"], s =>
        {
            var inst = PyOps.CallEx(PyOps.GetAttr(PyOps.Super(meta!, s[0]), "__call__"), s[1], null);
            PyOps.SetAttr(inst, "made_by", "Meta");
            return inst;
        }, positional: 1, varArgs: true, qualName: "Meta.__call__");
        meta = Py.Class("Meta", [PyType.TypeType], ("__new__", mnew), ("__call__", mcall));
        var init = Py.Method("WithMeta", "__init__", ["self", "v"], s =>
        {
            PyOps.SetAttr(s[0], "v", s[1]);
            return null;
        });
        var cls = PyOps.BuildClass("WithMeta", PyTuple.Empty, Py.Ns("WithMeta", ("__init__", init)), [meta], ["metaclass"]);
        var w = PyOps.Call(cls, 3L);
        Assert.Equal("Meta", PyOps.TypeOf(cls).Name);
        Assert.Equal("withmeta", PyOps.GetAttr(cls, "added"));
        Assert.Equal(3L, PyOps.GetAttr(w, "v"));
        Assert.Equal("Meta", PyOps.GetAttr(w, "made_by"));
        Assert.True(PyOps.IsInstance(cls, meta));
        Assert.Equal("<class '__main__.WithMeta'>", PyOps.Repr(cls));
    }

    [Fact]
    public void TypeCall_ThreeArgumentsAndBuiltinConstructors()
    {
        var a = Py.Class("A");
        var t3 = PyOps.Call(PyType.TypeType, "T3", new PyTuple(a), Py.Ns("T3", ("q", 1L)));
        Assert.Equal("<class '__main__.T3'>", PyOps.Repr(t3));
        Assert.Equal(1L, PyOps.GetAttr(t3, "q"));
        Assert.Same(PyType.IntType, PyOps.Call(PyType.TypeType, 5L));
        Assert.Equal("12 5 ['a', 'b'] {'a': 1} (1,) 1.5 False {1} range(0, 3) 255", string.Join(" ", new[]
        {
            PyOps.Call(PyType.IntType, "12"), PyOps.Call(PyType.StrType, 5L), PyOps.Call(PyType.ListType, "ab"),
            PyOps.CallKw(PyType.DictType, [1L], ["a"]), PyOps.Call(PyType.TupleType, new PyList(1L)), PyOps.Call(PyType.FloatType, "1.5"),
            PyOps.Call(PyType.BoolType, new PyList()), PyOps.Call(PyType.SetType, new PyList(1L)), PyOps.Call(PyType.RangeType, 3L),
            PyOps.CallKw(PyType.IntType, ["ff", 16L], ["base"]),
        }.Select(PyOps.Str)));
        Assert.Equal("AB", PyOps.Call(PyOps.GetAttr(PyType.StrType, "upper"), "ab"));
        Assert.Equal("AB", PyOps.Call(PyOps.GetAttr("ab", "upper")));
        Assert.Equal("<method 'upper' of 'str' objects>", PyOps.Repr(PyOps.GetAttr(PyType.StrType, "upper")));
        Assert.Equal("<slot wrapper '__init__' of 'object' objects>", PyOps.Repr(PyOps.GetAttr(a, "__init__")));
        Assert.Equal(
            "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object",
            Py.Message(() => PyOps.Call(PyOps.GetAttr(PyType.StrType, "upper"), 1L)));
        Assert.Equal("list[int] dict[str, int] tuple[int, ...]", string.Join(" ", new[]
        {
            PyOps.GetItem(PyType.ListType, PyType.IntType), PyOps.GetItem(PyType.DictType, new PyTuple(PyType.StrType, PyType.IntType)),
            PyOps.GetItem(PyType.TupleType, new PyTuple(PyType.IntType, PyEllipsis.Value)),
        }.Select(PyOps.Repr)));
    }

    [Fact]
    public void ClassAttributes_NameModuleDocDict()
    {
        var c = Py.Class("C");
        Assert.Equal("C", PyOps.GetAttr(c, "__name__"));
        Assert.Equal("C", PyOps.GetAttr(c, "__qualname__"));
        Assert.Equal("__main__", PyOps.GetAttr(c, "__module__"));
        Assert.Null(PyOps.GetAttr(c, "__doc__"));
        Assert.True(PyOps.Contains(PyOps.GetAttr(c, "__dict__"), "__doc__"));
        Assert.StartsWith("<__main__.C object at 0x", PyOps.Repr(PyOps.Call(c)));
        Assert.Equal("<class 'int'>", PyOps.Repr(PyType.IntType));
        Assert.Same(PyType.TypeType, PyOps.TypeOf(c));
        PyOps.SetAttr(c, "added", 7L);
        Assert.Equal(7L, PyOps.GetAttr(PyOps.Call(c), "added"));
        PyOps.DelAttr(c, "added");
        Assert.False(PyOps.HasAttr(PyOps.Call(c), "added"));
    }

    [Fact]
    public void IsInstance_TuplesAndInstancecheck()
    {
        var a = Py.Class("A");
        var d = Py.Class("D", [a]);
        Assert.True(PyOps.IsInstance(1L, new PyTuple(PyType.StrType, PyType.IntType)));
        Assert.True(PyOps.IsSubclass(d, new PyTuple(PyType.StrType, a)));
        Assert.True(PyOps.IsInstance(true, PyType.IntType));
        var abcMeta = Py.Class("AbcMeta", [PyType.TypeType], ("__instancecheck__", Py.Method("AbcMeta", "__instancecheck__", ["cls", "inst"], s => PyOps.Eq(s[1], "yes"))));
        var ab = PyOps.BuildClass("Ab", PyTuple.Empty, Py.Ns("Ab"), [abcMeta], ["metaclass"]);
        Assert.True(PyOps.IsInstance("yes", ab));
        Assert.False(PyOps.IsInstance("no", ab));
    }

    [Fact]
    public void Slots_RestrictAttributes()
    {
        var sl = Py.Class("Sl", ("__slots__", new PyTuple("a")));
        var s = PyOps.Call(sl);
        Assert.Equal("AttributeError: 'Sl' object has no attribute 'a'", Py.Message(() => PyOps.GetAttr(s, "a")));
        PyOps.SetAttr(s, "a", 1L);
        Assert.Equal(1L, PyOps.GetAttr(s, "a"));
        Assert.Equal("<member 'a' of 'Sl' objects>", PyOps.Repr(PyOps.GetAttr(sl, "a")));
        Assert.Equal("AttributeError: 'Sl' object has no attribute 'b'", Py.Message(() => PyOps.SetAttr(s, "b", 1L)));
    }

    [Fact]
    public void CallMethodKw_BuiltinKeywordArguments()
    {
        var l = new PyList(3L, 1L, 2L);
        PyOps.CallMethodKw(l, "sort", [Py.Def("<lambda>", ["x"], s => PyOps.Neg(s[0])), true], ["key", "reverse"]);
        Assert.Equal("[1, 2, 3]", PyOps.Repr(l));
        Assert.Equal("['a', 'b c']", PyOps.Repr(PyOps.CallMethodKw("a b c", "split", [1L], ["maxsplit"])));
        Assert.Equal("['a', 'b']", PyOps.Repr(PyOps.CallMethodKw("a,b", "split", [","], ["sep"])));
        Assert.Equal("2-1", PyOps.CallMethodKw("{x}-{0}", "format", [1L, 2L], ["x"]));
        Assert.Equal("['a\\n', 'b']", PyOps.Repr(PyOps.CallMethodKw("a\nb", "splitlines", [true], ["keepends"])));
        var d = new PyDict();
        var src = new PyDict();
        src.SetItem("a", 1L);
        PyOps.CallMethodKw(d, "update", [src, 2L], ["b"]);
        Assert.Equal("{'a': 1, 'b': 2}", PyOps.Repr(d));
        Assert.Equal("TypeError: str.upper() takes no keyword arguments", Py.Message(() => PyOps.CallMethodKw("a", "upper", [1L], ["x"])));
        Assert.Equal("TypeError: 'foo' is an invalid keyword argument for split()", Py.Message(() => PyOps.CallMethodKw("a", "split", [1L], ["foo"])));
    }

    [Fact]
    public void NumericMethodsAndAlternateConstructors()
    {
        // print((255).bit_length(), (-5).bit_count(), (1024).to_bytes(2, 'big'), (-1).to_bytes(2, 'little', signed=True),
        //       int.from_bytes(b'\x04\x00', 'little'), dict.fromkeys('ab', 0), (2.0).is_integer(), (7).as_integer_ratio())
        Assert.Equal("8 2 b'\\x04\\x00' b'\\xff\\xff' 4 {'a': 0, 'b': 0} True (7, 1)", string.Join(" ", new[]
        {
            PyOps.CallMethod(255L, "bit_length"), PyOps.CallMethod(-5L, "bit_count"), PyOps.CallMethod(1024L, "to_bytes", 2L, "big"),
            PyOps.CallMethodKw(-1L, "to_bytes", [2L, "little", true], ["signed"]),
            PyOps.CallMethod(PyType.IntType, "from_bytes", PyOps.CallMethod(1024L, "to_bytes", 2L, "big"), "little"),
            PyOps.CallMethod(PyType.DictType, "fromkeys", "ab", 0L), PyOps.CallMethod(2.0, "is_integer"), PyOps.CallMethod(7L, "as_integer_ratio"),
        }.Select(PyOps.Str)));
        Assert.Equal("OverflowError: int too big to convert", Py.Message(() => PyOps.CallMethod(256L, "to_bytes", 1L, "big")));
    }

    [Fact]
    public void Metaclass_ProtocolMethodsApplyToTheClass()
    {
        // class Meta(type): __iter__, __len__, __contains__, __repr__ ("<meta " + name + ">"), __getitem__ over cls._items
        // class E(metaclass=Meta): _items = ["a", "b"]
        object? Items(object? cls) => PyOps.GetAttr(cls, "_items");
        var meta = Py.Class(
            "Meta",
            [PyType.TypeType],
            ("__iter__", Py.Method("Meta", "__iter__", ["cls"], s => PyOps.Iter(Items(s[0])))),
            ("__len__", Py.Method("Meta", "__len__", ["cls"], s => PyOps.Len(Items(s[0])))),
            ("__contains__", Py.Method("Meta", "__contains__", ["cls", "x"], s => PyOps.Contains(Items(s[0]), s[1]))),
            ("__repr__", Py.Method("Meta", "__repr__", ["cls"], s => "<meta " + (string)PyOps.GetAttr(s[0], "__name__")! + ">")),
            ("__getitem__", Py.Method("Meta", "__getitem__", ["cls", "k"], s => PyOps.GetItem(Items(s[0]), s[1]))));
        var e = PyOps.BuildClass("E", PyTuple.Empty, Py.Ns("E", ("_items", new PyList("a", "b"))), [meta], ["metaclass"]);

        // print(list(E), len(E), "a" in E, "z" in E, repr(E), E[1], bool(E), str(E)) -> ['a', 'b'] 2 True False <meta E> b True <meta E>
        Assert.Equal("['a', 'b'] 2 True False <meta E> b True <meta E>", string.Join(" ", new[]
        {
            PyBuiltins.List(e), PyOps.Len(e), PyOps.Contains(e, "a"), PyOps.Contains(e, "z"), PyOps.Repr(e), PyOps.GetItem(e, 1L),
            PyOps.IsTrue(e), PyOps.Str(e),
        }.Select(PyOps.Str)));
    }

    [Fact]
    public void AbstractMethods_BlockInstantiation()
    {
        // abc.ABCMeta stores __abstractmethods__; object.__new__ refuses:
        // "Can't instantiate abstract class A with abstract methods f, g" / "... B with abstract method f"
        var a = Py.Class("A", ("__abstractmethods__", new PyFrozenSet(new PyList("g", "f"))));
        var b = Py.Class("B", ("__abstractmethods__", new PyFrozenSet(new PyList("f"))));
        Assert.Equal("TypeError: Can't instantiate abstract class A with abstract methods f, g", Py.Message(() => PyOps.Call(a)));
        Assert.Equal("TypeError: Can't instantiate abstract class B with abstract method f", Py.Message(() => PyOps.Call(b)));
        PyOps.SetAttr(b, "__abstractmethods__", new PyFrozenSet());
        Assert.IsType<PyInstance>(PyOps.Call(b));
    }

    [Fact]
    public void UserDescriptors_DataAndNonData()
    {
        // class Upper: __get__(self, obj, owner) -> "class" if obj is None else obj._v.upper()
        // class Typed: __set_name__ stores "_" + name; __get__ reads it; __set__ requires an int ("int required")
        // class C: up = Upper(); n = Typed(); __init__ sets _v = "abc"; broken = property raising AttributeError("inner"); __getattr__ -> "ga:" + name
        var upper = Py.Class("Upper", ("__get__", Py.Method("Upper", "__get__", ["self", "obj", "owner"], s =>
            s[1] is null ? "class" : PyOps.CallMethod(PyOps.GetAttr(s[1], "_v"), "upper"))));
        var typed = Py.Class(
            "Typed",
            ("__set_name__", Py.Method("Typed", "__set_name__", ["self", "owner", "name"], s =>
            {
                PyOps.SetAttr(s[0], "name", PyOps.Add("_", s[2]));
                return null;
            })),
            ("__get__", Py.Method("Typed", "__get__", ["self", "obj", "owner"], s => s[1] is null ? s[0] : PyOps.GetAttr(s[1], (string)PyOps.GetAttr(s[0], "name")!))),
            ("__set__", Py.Method("Typed", "__set__", ["self", "obj", "value"], s =>
            {
                if (!PyOps.IsInstance(s[2], PyType.IntType))
                {
                    throw PyOps.Raise(new PyTypeError("int required"));
                }

                PyOps.SetAttr(s[1], (string)PyOps.GetAttr(s[0], "name")!, s[2]);
                return null;
            })));
        var c = Py.Class(
            "C",
            ("up", PyOps.Call(upper)),
            ("n", PyOps.Call(typed)),
            ("__init__", Py.Method("C", "__init__", ["self"], s =>
            {
                PyOps.SetAttr(s[0], "_v", "abc");
                return null;
            })),
            ("broken", new PyProperty(Py.Method("C", "broken", ["self"], s => throw PyOps.Raise(new PyAttributeError("inner"))))),
            ("__getattr__", Py.Method("C", "__getattr__", ["self", "name"], s => PyOps.Add("ga:", s[1]))));
        var obj = PyOps.Call(c);
        PyOps.SetAttr(obj, "n", 5L);

        // print(c.up, C.up, c.n, c.__dict__, c.broken) -> ABC class 5 {'_v': 'abc', '_n': 5} ga:broken
        Assert.Equal("ABC class 5 {'_v': 'abc', '_n': 5} ga:broken", string.Join(" ", new[]
        {
            PyOps.GetAttr(obj, "up"), PyOps.GetAttr(c, "up"), PyOps.GetAttr(obj, "n"), PyOps.GetAttr(obj, "__dict__"), PyOps.GetAttr(obj, "broken"),
        }.Select(PyOps.Str)));
        PyOps.SetItem(PyOps.GetAttr(obj, "__dict__"), "up", "shadow");
        Assert.Equal("shadow", PyOps.GetAttr(obj, "up"));
        Assert.Equal("TypeError: int required", Py.Message(() => PyOps.SetAttr(obj, "n", "x")));
    }
}
