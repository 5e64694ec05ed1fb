using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Modules;

public sealed class JsonModuleTests
{
    [Fact]
    public void DumpsAndLoads_MatchCPython() => ModuleCases.CheckAll("json");

    [Fact]
    public void Dumps_DefaultAndCircular()
    {
        var toList = new PyBuiltinFunction("default", (a, _) => PyBuiltins.Sorted(a[0]));
        Assert.Equal("[1, 2, 3]", Py.CallKw("_portalis_json", "dumps", [new PySet(new PyList(3L, 1L, 2L)), toList], "default"));
        var l = new PyList(1L);
        l.Append(l);
        Assert.Equal("ValueError: Circular reference detected", Py.Error(() => Py.Call("_portalis_json", "dumps", l)));
    }

    [Fact]
    public void Loads_Hooks()
    {
        var hook = new PyBuiltinFunction("hook", (a, _) => PyOps.Len(a[0]));
        Assert.Equal("[2]", Py.Repr(Py.CallKw("_portalis_json", "loads", ["[{\"a\": 1, \"b\": 2}]", hook], "object_hook")));
        var pairs = new PyBuiltinFunction("pairs", (a, _) => a[0]);
        Assert.Equal("[('a', 1), ('a', 2)]", Py.Repr(Py.CallKw("_portalis_json", "loads", ["{\"a\": 1, \"a\": 2}", pairs], "object_pairs_hook")));
        var error = Assert.Throws<PyJSONDecodeError>(() => Py.Call("_portalis_json", "loads", "[1,\n 2"));
        Assert.Equal((2, 3, 6), (error.LineNo, error.ColNo, error.Pos));
        Assert.IsAssignableFrom<PyValueError>(error);
    }

    [Fact]
    public void DumpLoad_ThroughFiles()
    {
        var writer = new StringWriter();
        Py.CallKw("_portalis_json", "dump", [new PyList(1L, "a"), new PyTextFile("w", "w", () => writer, null, null), 1L], "indent");
        Assert.Equal("[\n 1,\n \"a\"\n]", writer.ToString());
        var reader = new StringReader(writer.ToString());
        Assert.Equal("[1, 'a']", Py.Repr(Py.Call("_portalis_json", "load", new PyTextFile("r", "r", null, () => reader, null))));
    }
}
