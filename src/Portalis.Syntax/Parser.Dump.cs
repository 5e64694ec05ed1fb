using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    /// <summary>
    /// Exactly what CPython 3.11's <c>ast.dump(node, include_attributes=True)</c> prints: the plain dump
    /// with <c>lineno</c>, <c>col_offset</c>, <c>end_lineno</c> and <c>end_col_offset</c> (UTF-8 columns)
    /// after the fields of every node that has positions.
    /// </summary>
    /// <param name="node">A node of a tree parsed from <paramref name="source"/>.</param>
    /// <param name="source">The source the node's spans point into.</param>
    public static string DumpWithPositions(Node node, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(source);
        var writer = new AstDumpWriter(source);
        writer.Write(node);
        return writer.ToString();
    }
}
