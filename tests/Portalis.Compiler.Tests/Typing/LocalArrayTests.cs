using Portalis.Compiler.Binding;
using Portalis.Compiler.Tests.Build;
using Portalis.Compiler.Typing;
using Portalis.Syntax;
using Portalis.Syntax.Ast;
using Portalis.Syntax.Text;
using Xunit;
using Assert = Xunit.Assert;
using InferredType = Portalis.Compiler.Typing.InferredType;

namespace Portalis.Compiler.Tests.Typing;

/// <summary>Which function-local lists become typed arrays (Typing/LocalArrays and the inference), and the C# they get.</summary>
public sealed class LocalArrayTests
{
    [Fact]
    public void Sieve_BoolFlags_IsABoolArray()
    {
        var types = Generic("""
            def f():
                n = 100
                flags = [True] * (n + 1)
                flags[0] = flags[1] = False
                i = 2
                while i * i <= n:
                    if flags[i]:
                        for j in range(i * i, n + 1, i):
                            flags[j] = False
                    i += 1
                return sum(1 for f in flags if f)
            """);
        Assert.Equal(InferredType.Bool, types.Arrays["flags"]);
        Assert.Equal(InferredType.Int, types.LocalType("i"));
    }

    [Theory]
    [InlineData("xs = [0] * 8", "Int")]
    [InlineData("xs = 8 * [0.5, 1.5]", "Float")]
    [InlineData("xs = [1, 2, 3]\n    xs[0] += xs[-1] * 2", "Int")]
    [InlineData("xs = [0.0] * 4\n    xs[1] -= 1.5", "Float")]
    [InlineData("xs = [False] * 4\n    ok = True in xs and 1 not in xs", "Bool")]
    [InlineData("xs = [0] * 4\n    for v in xs:\n        print(v)", "Int")]
    [InlineData("xs = [0] * 4\n    xs = [1, 2]\n    n = len(xs)", "Int")]
    [InlineData("xs = [0 for _ in range(3)]\n    xs[1] = 4", "Int")]
    [InlineData("xs = [i for i in range(3)]", "Dynamic")]
    public void Candidate_OnlyAdmittedUses_IsTyped(string body, string element)
    {
        var types = Generic("def f():\n    " + body + "\n    return xs[0]\n");
        Assert.Equal(Enum.Parse<InferredType>(element), types.Arrays["xs"]);
    }

    [Theory]
    [InlineData("xs = [0] * 4\n    ys = xs")]
    [InlineData("xs = [0] * 4\n    print(xs)")]
    [InlineData("xs = [0] * 4\n    xs.append(1)")]
    [InlineData("xs = [0] * 4\n    ys = xs[1:]")]
    [InlineData("xs = [0] * 4\n    del xs[0]")]
    [InlineData("xs = [0] * 4\n    k = '1'\n    xs[k] = 1")]
    [InlineData("xs = [0] * 4\n    k = 1.0\n    print(xs[k])")]
    [InlineData("xs = [0] * 4.0")]
    [InlineData("xs = [0] * 4\n    def g():\n        return xs")]
    [InlineData("xs = [0] * 4\n    ys = [v for v in xs]")]
    [InlineData("xs = [0] * 4\n    if xs:\n        pass")]
    [InlineData("xs = list(range(4))")]
    [InlineData("xs = [0] * 4\n    xs += [1]")]
    [InlineData("xs = [0] * 4\n    xs = None")]
    public void Candidate_Escapes_StaysAList(string body)
    {
        var types = Generic("def f():\n    " + body + "\n    return 0\n");
        Assert.False(types.Arrays.ContainsKey("xs"));
    }

    [Theory]
    [InlineData("xs = [0] * 4\n    xs[1] = 2.5")]
    [InlineData("xs = [True] * 4\n    xs[1] = 1")]
    [InlineData("xs = [0] * 4\n    xs[0] /= 2")]
    [InlineData("xs = [0, 1.5]")]
    [InlineData("xs = ['a', None] * 2")]
    [InlineData("xs = [0] * 4\n    xs[0], xs[1] = 1, 2")]
    [InlineData("xs = [0.5] * 4\n    ok = 0.5 in xs")]
    [InlineData("xs = []\n    n = len(xs)")]
    public void Candidate_MixedOrUnprovenElements_IsAnObjectArray(string body)
    {
        var types = Generic("def f():\n    " + body + "\n    return 0\n");
        Assert.Equal(InferredType.Dynamic, types.Arrays["xs"]);
    }

    [Fact]
    public void Candidate_MaybeUnboundRead_StaysAList()
    {
        var types = Generic("""
            def f(flag):
                if flag:
                    xs = [0] * 4
                return xs[0]
            """);
        Assert.False(types.Arrays.ContainsKey("xs"));
    }

    [Fact]
    public void Candidate_ReturnedOrPassed_StaysAList()
    {
        var types = Generic("""
            def f():
                xs = [0] * 4
                ys = [0] * 4
                print(len(ys), sorted(ys))
                return xs
            """);
        Assert.Empty(types.Arrays);
    }

    [Fact]
    public void Candidate_CountOnlyProvenInTypedEntry_IsTypedThere()
    {
        var m = Analyse("""
            def f(n):
                xs = [0] * n
                return xs[n - 1]
            print(f(3))
            """);
        Assert.False(m.Typing.Generic(m.Scope("f")).Arrays.ContainsKey("xs"));
        Assert.Equal(InferredType.Int, m.Typing.Typed("f").Arrays["xs"]);
        Assert.Equal(InferredType.Int, m.Typing.Typed("f").Return);
    }

    [Fact]
    public void Emitted_Sieve_UsesArrayOperationsWithoutLists()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            def sieve(n):
                flags = [True] * (n + 1)
                flags[0] = flags[1] = False
                for j in range(4, n + 1, 2):
                    flags[j] = False
                flags[-1] ^= True
                return sum(1 for f in flags if f) + len(flags) + (3 in flags)
            print(sieve(100))
            """);
        Assert.Contains("bool[] l_flags = null!;", code);
        Assert.Contains("l_flags = PyArrays.RepeatItem(item: true, count: PyIntValue.Add(l_n, new PyIntValue(1L)));", code);
        Assert.Contains("PyArrays.Set(l_flags, l_j, ", code);
        Assert.Contains("= ref PyArrays.Slot(l_flags, PyIntValue.Neg(new PyIntValue(1L)));", code);
        Assert.Contains("(bool[] it0)", code);
        Assert.Contains("new PyIntValue(l_flags.Length)", code);
        Assert.Contains("PyArrays.Contains(l_flags, (new PyIntValue(3L)).Box())", code);
    }

    [Fact]
    public void Emitted_CountFirst_EvaluatesCountBeforeItems()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            def f(n):
                xs = n * [1.5, 2.5]
                return xs[0]
            print(f(2))
            """);
        Assert.Contains("PyArrays.Repeat(count: l_n, items: new double[] {", code);
    }

    [Fact]
    public void Emitted_ObjectsAndComprehensions_UseObjectAndIntArrays()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            def f(n):
                names = ["a", None] * n
                names[0] += "b"
                zeros = [0 for _ in range(n)]
                zeros[0] = len(names)
                return zeros[0]
            print(f(2))
            """);
        Assert.Contains("object?[] l_names = null!;", code);
        Assert.Contains("l_names = PyArrays.Repeat(items: new object?[] { ", code);
        Assert.Contains("= ref PyArrays.Slot(l_names, new PyIntValue(0L));", code);
        Assert.Contains("PyIntValue[] l_zeros = null!;", code);
        Assert.Contains("l_zeros = PyArrays.Ints(", code);
    }


    private static FunctionTypes Generic(string source)
    {
        var m = Analyse(source);
        return m.Typing.Generic(m.Scope("f"));
    }

    private static Analysed Analyse(string source)
    {
        var tree = Parser.ParseModule(new SourceText(source, "app.py")).Module!;
        var bound = Binder.Bind(tree);
        var targets = tree.Body.OfType<FunctionDef>()
            .ToDictionary(d => d.Name, d => d.Args.Args.Count, StringComparer.Ordinal);
        return new Analysed(ModuleTyping.Compute(tree, bound, [tree], targets), tree, bound);
    }

    private sealed record class Analysed(ModuleTyping Typing, Module Tree, BoundModule Bound)
    {
        public Scope Scope(string function) => Bound.ScopeOf(Tree.Body.OfType<FunctionDef>().Single(d => d.Name == function));
    }
}
