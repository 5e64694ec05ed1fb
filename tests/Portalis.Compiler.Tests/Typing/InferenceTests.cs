using Portalis.Compiler.Binding;
using Portalis.Compiler.Typing;
using Portalis.Syntax;
using Portalis.Syntax.Ast;
using Portalis.Syntax.Text;
using Xunit;
using Assert = Xunit.Assert;
using BinaryOperator = Portalis.Syntax.Ast.BinaryOperator;
using InferredType = Portalis.Compiler.Typing.InferredType;

namespace Portalis.Compiler.Tests.Typing;

public sealed class InferenceTests
{
    [Fact]
    public void Recursion_IntArgument_SpecialisesAndReturnsInt()
    {
        var m = Analyse("""
            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)
            print(fib(30))
            """);
        Assert.Equal([InferredType.Int], m.Typing.Specialisation("fib"));
        Assert.Equal(InferredType.Int, m.Typing.Typed("fib").Return);
        Assert.Equal(InferredType.Int, m.Typing.Typed("fib").LocalType("n"));
        Assert.Equal(InferredType.Dynamic, m.Typing.Generic(m.Scope("fib")).LocalType("n"));
    }

    [Fact]
    public void Loop_RangeAndArithmetic_LocalsAreInts()
    {
        var m = Analyse("""
            def collatz(limit):
                total = 0
                for n in range(1, limit):
                    steps = 0
                    while n != 1:
                        n = n // 2 if n % 2 == 0 else 3 * n + 1
                        steps += 1
                    total += steps
                return total
            """);
        var generic = m.Typing.Generic(m.Scope("collatz"));
        Assert.Equal(InferredType.Int, generic.LocalType("total"));
        Assert.Equal(InferredType.Int, generic.LocalType("n"));
        Assert.Equal(InferredType.Int, generic.LocalType("steps"));
        Assert.Equal(InferredType.Dynamic, generic.LocalType("limit"));
    }

    [Fact]
    public void Local_MaybeUnboundRead_StaysDynamic()
    {
        var m = Analyse("""
            def f(flag):
                if flag:
                    x = 1
                y = 2
                return x + y
            """);
        var types = m.Typing.Generic(m.Scope("f"));
        Assert.Equal(InferredType.Dynamic, types.LocalType("x"));
        Assert.Equal(InferredType.Int, types.LocalType("y"));
    }

    [Fact]
    public void Local_AssignedInBothArms_IsDefinitelyAssigned()
    {
        var m = Analyse("""
            def f(flag):
                if flag:
                    x = 1
                else:
                    x = 2
                return x
            """);
        Assert.Equal(InferredType.Int, m.Typing.Generic(m.Scope("f")).LocalType("x"));
    }

    [Fact]
    public void Local_LoopVariableReadAfterLoop_StaysDynamic()
    {
        var m = Analyse("""
            def f(n):
                for i in range(n):
                    pass
                return i
            """);
        Assert.Equal(InferredType.Dynamic, m.Typing.Generic(m.Scope("f")).LocalType("i"));
    }

    [Theory]
    [InlineData("x = 1\n    x = 'a'")]
    [InlineData("x = 1\n    x = True")]
    [InlineData("x = 1\n    x = 2.0")]
    [InlineData("x = 1\n    del x\n    x = 2")]
    [InlineData("x = 1\n    def g():\n        return x")]
    [InlineData("x = 1\n    x, y = divmod(7, 2)")]
    [InlineData("x = 1\n    x, y = 2.5, 3")]
    [InlineData("x = 1\n    print(locals())")]
    [InlineData("x = 1\n    x = 2 ** 3")]
    public void Local_NotProvablyOneType_StaysDynamic(string body)
    {
        var m = Analyse("def f():\n    " + body + "\n    return x\n");
        Assert.Equal(InferredType.Dynamic, m.Typing.Generic(m.Scope("f")).LocalType("x"));
    }

    [Theory]
    [InlineData("x = 1.5\n    x += 1", "Float")]
    [InlineData("x = 7 / 2", "Float")]
    [InlineData("x = True & False", "Bool")]
    [InlineData("x = True + True", "Int")]
    [InlineData("x = 1 < 2.5", "Bool")]
    [InlineData("x = not 'a'", "Bool")]
    [InlineData("x = len('abc') * 2", "Int")]
    [InlineData("x = abs(-2.5)", "Float")]
    [InlineData("x = max(1, 2, 3)", "Int")]
    [InlineData("x = int(2.5) + int(True)", "Int")]
    [InlineData("x = float(3)", "Float")]
    [InlineData("x = 1 or 2", "Int")]
    [InlineData("x = -True", "Int")]
    [InlineData("x, y = 0, 1\n    x, y = y, x + y", "Int")]
    [InlineData("x = sum(1 for c in 'abc' if c)", "Int")]
    public void Local_ProvenByOperation_HasThatType(string body, string expected)
    {
        var m = Analyse("def f():\n    " + body + "\n    return x\n");
        Assert.Equal(Enum.Parse<InferredType>(expected), m.Typing.Generic(m.Scope("f")).LocalType("x"));
    }

    [Fact]
    public void Builtin_ShadowedInModule_IsNotTrusted()
    {
        var m = Analyse("""
            def len(x):
                return 'no'
            def f(s):
                n = len(s)
                for i in range(3):
                    n = i
                return n
            """);
        var types = m.Typing.Generic(m.Scope("f"));
        Assert.Equal(InferredType.Dynamic, types.LocalType("n"));
        Assert.Equal(InferredType.Int, types.LocalType("i"));
    }

    [Fact]
    public void Builtin_ReflectionAnywhere_DisablesTheProof()
    {
        var m = Analyse("""
            def f():
                for i in range(3):
                    pass
                return 0
            globals()['range'] = list
            """);
        Assert.False(m.Typing.Stable.IsBuiltin("range"));
        Assert.Equal(InferredType.Dynamic, m.Typing.Generic(m.Scope("f")).LocalType("i"));
    }

    [Theory]
    [InlineData("getattr(__import__('os'), 'setattr')")]
    [InlineData("import operator\nfix = operator.attrgetter('__dict__')")]
    [InlineData("from operator import methodcaller\nrun = methodcaller('eval', '1')")]
    public void Builtin_ReflectiveNameAsAttributeName_DisablesTheProof(string extra)
    {
        var m = Analyse("def f():\n    for i in range(3):\n        pass\n    return 0\n" + extra + "\n");
        Assert.False(m.Typing.Stable.IsBuiltin("range"));
    }

    [Fact]
    public void Builtin_ReflectiveWordsAsPlainStrings_KeepTheProof()
    {
        var m = Analyse("""
            MODES = ["compile", "eval", "exec"]
            LABELS = {"getattr": 1, "setattr": 2, "globals": 3}
            def f(mode):
                for i in range(3):
                    pass
                return mode == "eval" or getattr(f, "name", None)
            """);
        Assert.True(m.Typing.Stable.IsBuiltin("range"));
        Assert.Equal(InferredType.Int, m.Typing.Generic(m.Scope("f")).LocalType("i"));
    }

    [Fact]
    public void Specialisation_MixedCallers_UsesTheTypedOnes()
    {
        var m = Analyse("""
            def double(x):
                return x + x
            double(2)
            double('a')
            double(2.5)
            """);
        // The typed sites disagree, so they pin nothing; x is used as a number, so the guess is int, which the
        // entry tests at run time: the int call takes the typed entry, the float call does not.
        Assert.Equal([InferredType.Int], m.Typing.Specialisation("double"));
        Assert.False(m.Typing.UsesTypedEntry("double", [InferredType.Float]));

        m = Analyse("""
            def double(x):
                return x + x
            double(2)
            double('a')
            double([1])
            """);
        Assert.Equal([InferredType.Int], m.Typing.Specialisation("double"));
        Assert.True(m.Typing.UsesTypedEntry("double", [InferredType.Int]));
        Assert.False(m.Typing.UsesTypedEntry("double", [InferredType.Dynamic]));
    }

    [Fact]
    public void CallResult_FunctionRebound_IsDynamic()
    {
        var m = Analyse("""
            def inc(n):
                return n + 1
            def twice(n):
                r = inc(n) * 2
                return r
            twice(3)
            inc = str
            """);
        Assert.Equal([InferredType.Int], m.Typing.Specialisation("inc"));
        Assert.False(m.Typing.Stable.IsStableFunction("inc"));
        Assert.Equal(InferredType.Dynamic, m.Typing.CallResult("inc", [InferredType.Int]));
        Assert.Equal(InferredType.Dynamic, m.Typing.Typed("twice").LocalType("r"));
    }

    [Fact]
    public void CallResult_RebindingThroughGlobalStatement_IsDynamic()
    {
        var m = Analyse("""
            def inc(n):
                return n + 1
            def swap():
                global inc
                inc = None
            inc(1)
            """);
        Assert.False(m.Typing.Stable.IsStableFunction("inc"));
    }

    [Fact]
    public void CallResult_AttributeStoreOfTheNameElsewhere_IsDynamic()
    {
        var m = Analyse("""
            import app
            def inc(n):
                return n + 1
            app.inc = None
            inc(1)
            """);
        Assert.False(m.Typing.Stable.IsStableFunction("inc"));
    }

    [Theory]
    [InlineData(BinaryOperator.Div, "Int", "Int", "Float")]
    [InlineData(BinaryOperator.FloorDiv, "Float", "Int", "Float")]
    [InlineData(BinaryOperator.BitAnd, "Bool", "Bool", "Bool")]
    [InlineData(BinaryOperator.BitAnd, "Bool", "Int", "Int")]
    [InlineData(BinaryOperator.Add, "Bool", "Bool", "Int")]
    [InlineData(BinaryOperator.Pow, "Int", "Int", "Dynamic")]
    [InlineData(BinaryOperator.LShift, "Float", "Int", "Dynamic")]
    [InlineData(BinaryOperator.Add, "Int", "Dynamic", "Dynamic")]
    [InlineData(BinaryOperator.Add, "Int", "Bottom", "Bottom")]
    public void BinaryType_FollowsCPythonNumericRules(BinaryOperator op, string left, string right, string expected)
    {
        Assert.Equal(Enum.Parse<InferredType>(expected), FunctionInference.BinaryType(op, Enum.Parse<InferredType>(left), Enum.Parse<InferredType>(right)));
    }

    [Fact]
    public void ModuleConstant_BoundOnceToALiteral_IsTyped()
    {
        var m = Analyse("""
            WIDTH, HEIGHT = 600, 400
            EPS = -1e-9
            DEBUG = False
            def f(y):
                return y * WIDTH + HEIGHT, EPS, DEBUG
            """);
        Assert.True(m.Typing.Stable.TryConstant("WIDTH", out var width));
        Assert.Equal(600L, width);
        Assert.True(m.Typing.Stable.TryConstant("EPS", out var eps));
        Assert.Equal(-1e-9, eps);
        Assert.True(m.Typing.Stable.TryConstant("DEBUG", out var debug));
        Assert.Equal(false, debug);
    }

    [Fact]
    public void ModuleConstant_RebindableOrNotALiteral_IsNotAConstant()
    {
        var m = Analyse("""
            A = 1
            A = 2
            B = 3
            def bump():
                global B
                B += 1
            C = 2 ** 70
            D = [1]
            if True:
                E = 5
            max = 10
            F = 1
            class K:
                pass
            K.F = 2
            """);
        foreach (var name in new[] { "A", "B", "C", "D", "E", "max" })
        {
            Assert.False(m.Typing.Stable.TryConstant(name, out _), name);
        }

        // An attribute store of the name anywhere may be a store into this module from afar.
        Assert.False(m.Typing.Stable.TryConstant("F", out _));
    }

    [Fact]
    public void Guess_ParameterUsedAsANumber_IsInt()
    {
        var m = Analyse("""
            def row(y, data, label):
                ci = -1.2 + 2.4 * y / 400
                total = 0
                for x in range(y):
                    total += data[x]
                print(label, len(data))
                return total + ci
            """);
        Assert.Equal([InferredType.Int, InferredType.Dynamic, InferredType.Dynamic], m.Typing.Specialisation("row"));
        Assert.Equal(InferredType.Float, m.Typing.Typed("row").LocalType("ci"));
    }

    [Fact]
    public void Guess_ParameterUsedAsAnObjectOrCaptured_IsNotGuessed()
    {
        var m = Analyse("""
            def f(n, xs, k):
                a = n + 1
                b = n.bit_length()
                c = [v + k for v in xs if v < xs]
                return a + b + len(c)
            """);
        Assert.Null(m.Typing.Specialisation("f"));
    }

    [Fact]
    public void NumLocals_OnlyArithmeticBindings_AreNumbers()
    {
        var m = Analyse("""
            def f(points, name):
                e = 0.0
                for p in points:
                    d = p[0] * p[0] + p[1] * p[1]
                    e += d ** 0.5
                    e -= p[2]
                label = name + "!"
                q = p[0] - 1
                q = str(q)
                r = -p[1]
                for k in points:
                    pass
                k = k * 2
                return e, label, q, r
            """);
        var types = m.Typing.Generic(m.Scope("f"));
        Assert.Equal(["d", "e", "r"], types.NumLocals.Order(StringComparer.Ordinal));
    }

    private static Analysed Analyse(string source)
    {
        var tree = Parser.ParseModule(new SourceText(source, "app.py")).Module!;
        var bound = Binder.Bind(tree);
        var targets = tree.Body.OfType<FunctionDef>()
            .Where(d => d.DecoratorList.Count == 0 && d.Args.Vararg is null && d.Args.Kwarg is null && d.Args.Kwonlyargs.Count == 0)
            .ToDictionary(d => d.Name, d => d.Args.Posonlyargs.Count + d.Args.Args.Count, StringComparer.Ordinal);
        return new Analysed(ModuleTyping.Compute(tree, bound, [tree], targets), tree, bound);
    }

    private sealed record class Analysed(ModuleTyping Typing, Module Tree, BoundModule Bound)
    {
        public Scope Scope(string function) => Bound.ScopeOf(Tree.Body.OfType<FunctionDef>().Single(d => d.Name == function));
    }
}
