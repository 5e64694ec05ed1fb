using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

/// <summary>
/// The functions of a module that stand in for C code of CPython's (abc's instantiation check, the datetime and
/// decimal accelerators, ...), declared by the module as <c>__portalis_c_functions__ = ("Class.method", ...)</c>
/// (qualified names, each also covering what is nested in it; <c>"*"</c> for every function). CPython has no Python
/// frame for C code, so their frames are marked hidden (<c>[PyFrame(..., Hidden = true)]</c>) and tracebacks,
/// warnings and logging skip them. The declaration is for the translator only: it binds no name in the module.
/// </summary>
internal sealed class CFunctionFrames
{
    /// <summary>The module-level name of the declaration.</summary>
    public const string DeclarationName = "__portalis_c_functions__";

    private readonly HashSet<string> _names;

    private CFunctionFrames(HashSet<string> names) => _names = names;

    /// <summary>The declaration of <paramref name="module"/>: a top-level assignment of a tuple of string literals.</summary>
    public static CFunctionFrames Of(Module module)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in module.Body)
        {
            if (statement is Assign { Value: Syntax.Ast.Tuple tuple } declaration && IsDeclaration(declaration))
            {
                names.UnionWith(tuple.Elts.OfType<Constant>().Select(c => c.Value).OfType<string>());
            }
        }

        return new CFunctionFrames(names);
    }

    /// <summary>Whether <paramref name="assign"/> is the declaration (at module level, where it counts).</summary>
    public static bool IsDeclaration(Assign assign) => assign.Targets is [Name { Id: DeclarationName }];

    /// <summary>Whether frames of the function (or comprehension, lambda) with this qualified name are hidden.</summary>
    public bool IsHidden(string qualName) =>
        _names.Count > 0 && (_names.Contains("*") || _names.Contains(qualName) || _names.Any(n => qualName.StartsWith(n + ".", StringComparison.Ordinal)));
}
