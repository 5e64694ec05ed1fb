using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Differential;

public class BuiltinTests
{
    private static PyType TypeByName(object? name) => (string)name! switch
    {
        "int" => PyType.IntType,
        "bool" => PyType.BoolType,
        "float" => PyType.FloatType,
        "str" => PyType.StrType,
        "list" => PyType.ListType,
        "tuple" => PyType.TupleType,
        "dict" => PyType.DictType,
        "set" => PyType.SetType,
        "frozenset" => PyType.FrozenSetType,
        "object" => PyType.ObjectType,
        var other => throw new InvalidOperationException(other),
    };

    private static object? Evaluate(Case c)
    {
        var a = c.Args;
        return c.Op switch
        {
            "int" => PyBuiltins.Int(a[0]),
            "int_base" => PyBuiltins.Int(a[0], a[1]),
            "float" => PyBuiltins.Float(a[0]),
            "chr" => PyBuiltins.Chr(a[0]),
            "ord" => PyBuiltins.Ord(a[0]),
            "max" => PyBuiltins.Max(a[0]),
            "min" => PyBuiltins.Min(a[0]),
            "max_default" => PyBuiltins.Max(a[0], defaultValue: "d", hasDefault: true),
            "sum" => PyBuiltins.Sum(a[0]),
            "sum_start" => PyBuiltins.Sum(a[0], a[1]),
            "sorted" => PyBuiltins.Sorted(a[0]),
            "sorted_rev" => PyBuiltins.Sorted(a[0], reverse: true),
            "any" => PyBuiltins.Any(a[0]),
            "all" => PyBuiltins.All(a[0]),
            "reversed" => PyBuiltins.List(PyBuiltins.Reversed(a[0])),
            "enumerate" => PyBuiltins.List(PyBuiltins.Enumerate(a[0], 1)),
            "zip_strict" => PyBuiltins.List(PyBuiltins.Zip(a, strict: true)),
            "zip" => PyBuiltins.List(PyBuiltins.Zip(a)),
            "isinstance" => PyBuiltins.IsInstance(a[0], a[1] is PyList l ? new PyTuple(l.ToArray().Select(TypeByName).ToArray<object?>()) : TypeByName(a[1])),
            "type" => PyOps.Repr(PyBuiltins.Type(a[0])),
            "len" => PyBuiltins.Len(a[0]),
            _ => throw new InvalidOperationException("unknown op " + c.Op),
        };
    }

    [Fact]
    public void Builtins_CPythonTable_Matches() => CaseFile.AssertAll("builtins.jsonl", Evaluate);

    [Fact]
    public void Print_SepEndAndFile_WritesLikeCPython()
    {
        var writer = new StringWriter();
        PyBuiltins.Print([1L, "a", null, 2.5], file: writer);
        PyBuiltins.Print([1L, 2L], sep: "-", end: "!\n", file: writer);
        PyBuiltins.Print([], file: writer);
        PyBuiltins.Print(["x"], sep: null, end: null, file: writer, flush: true);
        Assert.Equal("1 a None 2.5\n1-2!\n\nx\n", writer.ToString());
    }
}
