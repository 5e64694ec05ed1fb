using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Imports;

// PEP 562: a module's own __getattr__ answers for names the module does not bind.
public sealed class ModuleGetAttrTests
{
    [Fact]
    public void GetAttr_MissingName_CallsModuleGetAttr()
    {
        var module = new PyModule("t562a");
        var asked = new List<object?>();
        module.Set("__getattr__", new PyBuiltinFunction("__getattr__", (args, _) =>
        {
            asked.Add(args[0]);
            return "lazy " + args[0];
        }));
        module.Set("bound", 1L);

        Assert.Equal("lazy Executor", PyOps.GetAttr(module, "Executor"));
        Assert.Equal(1L, PyOps.GetAttr(module, "bound"));
        Assert.Equal(["Executor"], asked);
    }

    [Fact]
    public void GetAttr_ModuleGetAttrRaisesAttributeError_ReportsMissing()
    {
        var module = new PyModule("t562b");
        module.Set("__getattr__", new PyBuiltinFunction("__getattr__", (args, _) =>
            throw new PyAttributeError($"module 't562b' has no attribute '{args[0]}'")));

        Assert.False(module.TryGetAttribute("Nope", out _));
        var error = Assert.Throws<PyAttributeError>(() => PyOps.GetAttr(module, "Nope"));
        Assert.Equal("module 't562b' has no attribute 'Nope'", PyOps.Str(error));
    }

    [Fact]
    public void ImportFrom_NameFromModuleGetAttr_Binds()
    {
        var module = new PyModule("t562c");
        module.Set("__getattr__", new PyBuiltinFunction("__getattr__", (args, _) =>
            (string)args[0]! == "ThreadPoolExecutor" ? "pool class" : throw new PyAttributeError("no")));

        Assert.Equal("pool class", PyImport.ImportFrom(module, "ThreadPoolExecutor"));
        var error = Assert.Throws<PyImportError>(() => PyImport.ImportFrom(module, "Other"));
        Assert.StartsWith("cannot import name 'Other' from 't562c'", PyOps.Str(error), StringComparison.Ordinal);
    }
}
