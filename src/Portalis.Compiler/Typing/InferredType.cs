namespace Portalis.Compiler.Typing;

/// <summary>
/// What the inference proves about a value. <see cref="Bottom"/> means "no value seen yet" (the start of the
/// fixpoint, or code that never produces a value); <see cref="Dynamic"/> means nothing is proven and the value
/// stays a boxed <c>object?</c>. The lattice is flat: two different proven types join to Dynamic (an int and a
/// bool print differently, so even bool and int do not merge).
/// </summary>
internal enum InferredType
{
    Bottom,
    Int,
    Float,
    Bool,
    Dynamic,
}

internal static class InferredTypes
{
    public static InferredType Join(InferredType a, InferredType b) =>
        a == b ? a : a == InferredType.Bottom ? b : b == InferredType.Bottom ? a : InferredType.Dynamic;

    /// <summary>True for the types that have an unboxed C# representation.</summary>
    public static bool IsUnboxed(this InferredType type) => type is InferredType.Int or InferredType.Float or InferredType.Bool;

    /// <summary>Int or bool: operands that int arithmetic accepts.</summary>
    public static bool IsIntegral(this InferredType type) => type is InferredType.Int or InferredType.Bool;

    /// <summary>Int, bool or float.</summary>
    public static bool IsNumber(this InferredType type) => type.IsUnboxed();

    /// <summary>The C# type of an unboxed value.</summary>
    public static string CSharpType(this InferredType type) => type switch
    {
        InferredType.Int => "PyIntValue",
        InferredType.Float => "double",
        InferredType.Bool => "bool",
        _ => "object?",
    };
}
