using Portalis.Syntax.Ast;
using Assert = Xunit.Assert;

namespace Portalis.Syntax.Tests;

public sealed class AstDumpTests
{
    private static readonly TextSpan s_none = default;

    // python3.11 -c "import ast; print(ast.dump(ast.parse('x = f(1, *a, k=None)')))"
    [Fact]
    public void Dump_HandBuiltTree_MatchesCPython()
    {
        var call = new Call(
            new Name("f", ExprContext.Load, s_none),
            [new Constant(1L, null, s_none), new Starred(new Name("a", ExprContext.Load, s_none), ExprContext.Load, s_none)],
            [new Keyword("k", new Constant(null, null, s_none), s_none)],
            s_none);
        var module = new Module([new Assign([new Name("x", ExprContext.Store, s_none)], call, null, s_none)], [], s_none);

        Assert.Equal(
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), "
            + "args=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], "
            + "keywords=[keyword(arg='k', value=Constant(value=None))]))], type_ignores=[])",
            module.Dump());
    }

    // python3.11 -c "import ast; print(ast.dump(ast.parse('{**d, 1: 2}\ndef f(*, a, b=1): pass')))"
    [Fact]
    public void Dump_NoneInsideLists_PrintsNone()
    {
        var dict = new Dict([null, new Constant(1L, null, s_none)], [new Name("d", ExprContext.Load, s_none), new Constant(2L, null, s_none)], s_none);
        var args = new Arguments([], [], null, [new Arg("a", null, null, s_none), new Arg("b", null, null, s_none)], [null, new Constant(1L, null, s_none)], null, [], s_none);
        var def = new FunctionDef("f", args, [new Pass(s_none)], [], null, null, s_none);
        var module = new Module([new ExprStmt(dict, s_none), def], [], s_none);

        Assert.Equal(
            "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1)], values=[Name(id='d', ctx=Load()), Constant(value=2)])), "
            + "FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], "
            + "kw_defaults=[None, Constant(value=1)], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])",
            module.Dump());
    }
}
