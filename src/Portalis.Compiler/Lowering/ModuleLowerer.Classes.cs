using Portalis.Compiler.Binding;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

internal sealed partial class ModuleLowerer
{
    // @dec
    // class C(B, metaclass=M): body
    //
    // CPython order (Python/compile.c, compiler_class): decorators, then bases and keywords, then the body
    // in a fresh namespace, then the metaclass call, then the decorators innermost first.
    private void EmitClassDef(ClassDef node)
    {
        var scope = _bound.ScopeOf(node);
        var decorators = EvaluateDecorators(node.DecoratorList);
        var bases = NewTemp();
        W.Line(node.Bases.Any(b => b is Starred)
            ? $"{bases} = PyTuple.FromIterable({ListWithStars(node.Bases)});"
            : $"{bases} = new PyTuple([{ExprList(node.Bases)}]);");
        var keywordValues = new List<string>();
        foreach (var k in node.Keywords)
        {
            if (k.Arg is null)
            {
                Unsupported(k, "'**' in a class definition");
                continue;
            }

            var t = NewTemp();
            W.Line($"{t} = {Expr(k.Value)};");
            keywordValues.Add(t);
        }

        string? cell = null;
        if (ClassNeedsCell(scope))
        {
            cell = NewId("cc");
            if (IsTopLevel(scope))
            {
                _fields.Line($"private object? {cell};");
            }
            else
            {
                W.Line($"object? {cell} = null;");
            }

            _classCells[scope] = cell;
        }

        var ns = NewId("ns");
        W.Open();
        W.Line($"var {ns} = new PyDict();");
        W.Line($"{ns}.SetItem(\"__module__\", {GlobalField("__name__")}.Get());");
        W.Line($"{ns}.SetItem(\"__qualname__\", {CSharpNames.StringLiteral(scope.QualName)});");
        if (node.Body.FirstOrDefault() is ExprStmt { Value: Constant { Value: string doc } })
        {
            W.Line($"{ns}.SetItem(\"__doc__\", {CSharpNames.StringLiteral(doc)});");
        }

        var saved = _class;
        _class = new ClassContext(scope, ns, _class);
        EmitStatements(node.Body);
        _class = saved;
        Line(node);

        var kwnames = node.Keywords.Where(k => k.Arg is not null).Select(k => k.Arg!).ToList();
        var kwArray = kwnames.Count == 0 ? "null" : Constant("kw:" + string.Join(",", kwnames), "string[]", CSharpNames.StringArray(kwnames));
        var cls = NewId("cls");
        W.Line($"var {cls} = PyOps.BuildClass({CSharpNames.StringLiteral(node.Name)}, (PyTuple){bases}!, {ns}, [{string.Join(", ", keywordValues)}], {kwArray});");
        if (cell is not null)
        {
            W.Line($"{cell} = {cls};");
        }

        W.Line(StoreNameStatement(node.Name, ApplyDecorators(decorators, cls)));
        W.Close();
    }
}
