using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

internal sealed partial class ModuleLowerer
{
    private void EmitImport(Import node)
    {
        foreach (var alias in node.Names)
        {
            var name = CSharpNames.StringLiteral(alias.Name);
            if (alias.Asname is { } asName)
            {
                // import a.b as c binds the leaf module.
                W.Line(StoreNameStatement(asName, $"PyImport.Import({name})"));
            }
            else
            {
                // import a.b binds the top-level package a.
                var top = alias.Name.Split('.')[0];
                W.Line(StoreNameStatement(top, $"PyImport.ImportTop({name})"));
            }
        }
    }

    private void EmitImportFrom(ImportFrom node)
    {
        var moduleName = ResolveImportModule(node);
        if (moduleName is null)
        {
            return;
        }

        var module = NewId("m");
        W.Line($"var {module} = PyImport.Import({CSharpNames.StringLiteral(moduleName)});");
        foreach (var alias in node.Names)
        {
            if (alias.Name == "*")
            {
                if (_fn.Scope.Kind != Binding.ScopeKind.Module || _class is not null)
                {
                    Unsupported(node, "'import *' outside module level");
                    continue;
                }

                W.Line($"PyEmit.ImportStar({module}, __module);");
                continue;
            }

            W.Line(StoreNameStatement(alias.Asname ?? alias.Name, $"PyImport.ImportFrom({module}, {CSharpNames.StringLiteral(alias.Name)})"));
        }
    }

    /// <summary>The absolute module name of a <c>from ... import</c>, resolving relative imports at translation time.</summary>
    private string? ResolveImportModule(ImportFrom node)
    {
        var name = ImportResolution.Resolve(_module.Name, _module.IsPackage, node.Level ?? 0, node.Module, out var error);
        if (error is not null)
        {
            _diagnostics.Add(new Syntax.Diagnostics.Diagnostic("PT1002", "ImportError", error, _module.Text, node.Span));
        }

        return name;
    }
}
