namespace Portalis.Syntax.Ast;

/// <summary>The value of the <c>...</c> literal in a <see cref="Constant"/>.</summary>
public sealed class EllipsisValue
{
    private EllipsisValue()
    {
    }

    /// <summary>The one instance, as Python's <c>Ellipsis</c> is a singleton.</summary>
    public static EllipsisValue Instance { get; } = new();

    /// <inheritdoc/>
    public override string ToString() => "Ellipsis";
}
