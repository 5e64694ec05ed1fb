using Portalis.Compiler.Binding;
using Portalis.Compiler.Typing;
using Portalis.Runtime;
using Portalis.Syntax;
using Portalis.Syntax.Ast;
using Portalis.Syntax.Text;
using Xunit;
using Assert = Xunit.Assert;
using InferredType = Portalis.Compiler.Typing.InferredType;

namespace Portalis.Compiler.Tests.Typing;

/// <summary>Native locals (Typing/NativeTypes): which locals are proven to hold an exact native object, and the C# written for them.</summary>
public sealed class NativeTypingTests
{
    private const string MonteCarlo = """
        import random

        def count(seed, n):
            rng = random.Random(seed)
            hits = 0
            for _ in range(n):
                x = rng.random()
                y = rng.random()
                if x * x + y * y <= 1.0:
                    hits += 1
            return hits
        """;

    [Fact]
    public void NativeLocal_OnlyReceiverOfDirectCalls_IsConfined()
    {
        Assert.Contains("rng", Analyse(MonteCarlo).Generic("count").ConfinedLocals);
    }

    [Theory]
    [InlineData("    use(rng)\n")]                 // passed to another function (which may hand it to a thread)
    [InlineData("    keep = rng\n")]               // aliased
    [InlineData("    holder.append(rng)\n")]       // stored in a container
    [InlineData("    return rng\n")]               // returned
    [InlineData("    print(rng.random, rng)\n")]   // a bound method and the object itself read
    public void NativeLocal_ThatEscapes_IsNotConfined(string escape)
    {
        var source = "import random\nholder = []\ndef use(r):\n    pass\ndef f(seed):\n    rng = random.Random(seed)\n    x = rng.random()\n" + escape;
        var types = Analyse(source).Generic("f");
        Assert.Equal(typeof(PyRandom), types.NativeLocals["rng"]);
        Assert.DoesNotContain("rng", types.ConfinedLocals);
    }

    [Fact]
    public void FactoryCall_ThroughImportedModule_LocalIsNativeAndMethodResultFloat()
    {
        var types = Analyse(MonteCarlo).Generic("count");
        Assert.Equal(typeof(PyRandom), types.NativeLocals["rng"]);
        Assert.Equal(InferredType.Float, types.LocalType("x"));
        Assert.Equal(InferredType.Float, types.LocalType("y"));
        Assert.Equal(2, types.NativeCalls.Count);
    }

    [Fact]
    public void FactoryCall_FromImport_LocalIsNative()
    {
        var types = Analyse("""
            from random import Random as R

            def f():
                r = R(3)
                return r.getrandbits(8)
            """).Generic("f");
        Assert.Equal(typeof(PyRandom), types.NativeLocals["r"]);
        Assert.Single(types.NativeCalls);
    }

    [Theory]
    [InlineData("random.Random = object", "rng")]                       // the factory's attribute is stored
    [InlineData("import os as random", "rng")]                          // the module name is bound twice
    [InlineData("import sys\nsys.modules['random'] = None", "rng")]      // sys.modules is written
    [InlineData("def g(o):\n    o.random = None", "rng")]               // the method (and the module's global) can be replaced
    [InlineData("def g(o):\n    o.__class__ = None", "call")]           // the instance's class can change
    [InlineData("setattr(random, 'x', 1)", "rng")]                      // reflective access anywhere
    public void ProgramThatCanReplaceTheFactoryOrMethod_NoProof(string extra, string lost)
    {
        var types = Analyse(MonteCarlo + "\n" + extra + "\n").Generic("count");
        if (lost == "rng")
        {
            Assert.Empty(types.NativeLocals);
        }
        else
        {
            Assert.Contains("rng", types.NativeLocals.Keys);
        }

        Assert.Empty(types.NativeCalls);
        Assert.Equal(InferredType.Dynamic, types.LocalType("x"));
    }

    [Fact]
    public void MethodStoredOnSomeObject_CallStaysDynamic()
    {
        var types = Analyse("import random\n\ndef f(o):\n    rng = random.Random(1)\n    o.getrandbits = len\n    return rng.getrandbits(3), rng.random()\n").Generic("f");
        Assert.Contains("rng", types.NativeLocals.Keys);
        Assert.Equal(["random"], types.NativeCalls.Keys.Select(c => ((Syntax.Ast.Attribute)c.Func).Attr));
    }

    [Theory]
    [InlineData("rng = random.Random(1)\nif n:\n    rng = [1]")]        // another binding
    [InlineData("if n:\n    rng = random.Random(1)")]                   // maybe unbound at the read
    [InlineData("rng = random.Random(1)\ndel rng\nrng = random.Random(2)")] // deleted
    [InlineData("rng = random.Random(1)\ng = lambda: rng")]             // captured
    [InlineData("for rng in [random.Random(1)]:\n    pass")]            // a for target
    [InlineData("rng = random.SystemRandom()")]                          // not a declared factory
    public void LocalNotAlwaysAFactoryResult_NotNative(string binding)
    {
        var body = string.Join("\n", binding.Split('\n').Select(l => "    " + l));
        var types = Analyse($"import random\n\ndef f(n):\n{body}\n    return rng.random()\n").Generic("f");
        Assert.Empty(types.NativeLocals);
        Assert.Empty(types.NativeCalls);
    }

    [Theory]
    [InlineData("rng.random(1)")]           // too many arguments: the dynamic call raises CPython's error
    [InlineData("rng.getrandbits()")]       // too few
    [InlineData("rng.getrandbits(k=3)")]    // keywords
    [InlineData("rng.getrandbits(*a)")]     // *args
    [InlineData("rng.seed(1)")]             // returns None (void)
    [InlineData("rng.no_such_method()")]
    public void CallThatIsNoDirectMatch_StaysDynamic(string call)
    {
        var types = Analyse($"import random\n\ndef f(a):\n    rng = random.Random(1)\n    return {call}\n").Generic("f");
        Assert.Contains("rng", types.NativeLocals.Keys);
        Assert.Empty(types.NativeCalls);
    }

    [Fact]
    public void NativeMethod_FromReflection_SignaturesAndResults()
    {
        Assert.Equal(InferredType.Float, NativeMethod.Find(typeof(PyRandom), "random", 0)!.Result);
        Assert.Null(NativeMethod.Find(typeof(PyRandom), "random", 1));
        var gauss = NativeMethod.Find(typeof(PyRandom), "gauss", 2)!;
        Assert.True(gauss.Converts(0));
        Assert.False(NativeMethod.Find(typeof(PyRandom), "uniform", 2)!.Converts(0));
        Assert.Null(NativeMethod.Find(typeof(PyRandom), "triangular", 3));    // double? mode: the binder's None handling
        Assert.Null(NativeMethod.Find(typeof(PyThreadLock), "acquire", 0));   // [PyOptional] parameters
        Assert.Equal(InferredType.Dynamic, NativeMethod.Find(typeof(PyRandom), "getrandbits", 1)!.Result);
        Assert.Equal(typeof(PyThreadLock), NativeModuleCatalog.FindFactory("_thread", "allocate_lock"));
        Assert.Equal(typeof(PyRandom), NativeModuleCatalog.FindFactory("random", "Random"));
        Assert.Null(NativeModuleCatalog.FindFactory("random", "random"));
        Assert.Equal(typeof(PyPattern), NativeModuleCatalog.FindFactory("_portalis_re", "compile"));
        Assert.Null(NativeModuleCatalog.FindFactory("_portalis_re", "match"));    // Match or None
    }

    [Fact]
    public void Emitted_NativeLocalIsTypedAndCallsAreDirect()
    {
        var text = Translate(new() { ["app.py"] = MonteCarlo + "print(count(1, 10))\n" });
        Assert.Contains("global::Portalis.Runtime.PyRandom l_rng = null!;", text);
        Assert.Contains("l_rng = PyNativeLocal.ExpectConfined<global::Portalis.Runtime.PyRandom>(", text);
        Assert.Contains("l_x = l_rng.Random();", text);
        Assert.Contains("double l_y = default;", text);
        Assert.Contains("((l_x * l_x) + (l_y * l_y))", text);
    }

    [Fact]
    public void Emitted_ConvertedArgumentsAreEvaluatedBeforeConversion()
    {
        var text = Translate(new()
        {
            ["app.py"] = "import random\n\ndef f(a, b):\n    rng = random.Random(1)\n    return rng.gauss(a, b) + rng.getrandbits(3)\nprint(f(1, 2))\n",
        });
        Assert.Matches(@"\(l_a is var (na\d+) && l_b is var (na\d+) \? l_rng\.Gauss\(PyArg\.ToDouble\(\1\), PyArg\.ToDouble\(\2\)\) : default!\)", text);
        Assert.Contains("PyInt.Normalize(l_rng.GetRandBits(PyArg.ToLong(", text);
    }

    [Fact]
    public void Emitted_SourceModuleShadowsNativeModule()
    {
        var text = Translate(new()
        {
            ["app.py"] = MonteCarlo + "print(count(1, 10))\n",
            ["random.py"] = "class Random:\n    def __init__(self, seed):\n        pass\n    def random(self):\n        return 0.5\n",
        });
        Assert.DoesNotContain("PyRandom", text);
    }

    private static string Translate(Dictionary<string, string> files)
    {
        var folder = Directory.CreateTempSubdirectory("portalis-native-");
        try
        {
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(folder.FullName, name), text);
            }

            var result = Translator.Translate(Path.Combine(folder.FullName, "app.py"));
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return result.Sources.Single(s => s.FileName == "Module___main__.g.cs").Text;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Analysed Analyse(string source)
    {
        var tree = Parser.ParseModule(new SourceText(source, "app.py")).Module!;
        var bound = Binder.Bind(tree);
        return new Analysed(ModuleTyping.Compute(tree, bound, [tree], new Dictionary<string, int>(StringComparer.Ordinal)), tree, bound);
    }

    private sealed record class Analysed(ModuleTyping Typing, Module Tree, BoundModule Bound)
    {
        public FunctionTypes Generic(string function) =>
            Typing.Generic(Bound.ScopeOf(Tree.Body.OfType<FunctionDef>().Single(d => d.Name == function)));
    }
}
