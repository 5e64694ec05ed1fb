using System.Collections.Concurrent;

namespace Portalis.Runtime;

/// <summary><c>struct.error</c></summary>
public sealed class PyStructError(params object?[]? args) : PyException(args)
{
    /// <inheritdoc/>
    public override string PythonTypeName => "struct.error";
}

/// <summary>
/// Python's <c>struct</c> module (Modules/_struct.c): conversions between values and packed bytes. Formats are
/// compiled once and cached by their text, as the C module caches its Struct objects.
/// </summary>
[PyNativeModule("struct")]
public static class StructModule
{
    private static readonly ConcurrentDictionary<string, StructFormat> s_cache = new(StringComparer.Ordinal);

    /// <summary>The <c>struct.error</c> class.</summary>
    public static PyType ErrorType { get; } = PyType.RegisterException(typeof(PyStructError), "error", "struct", PyType.ForException(typeof(PyException)), static a => new PyStructError(a));

    /// <summary>The <c>struct.Struct</c> class.</summary>
    public static PyType StructType { get; } = PyType.RegisterNative(typeof(PyStruct), "Struct", "_struct", static (args, kwnames) =>
    {
        if (args.Length != 1 || kwnames is { Length: > 0 } && kwnames[0] != "format")
        {
            throw new PyTypeError($"Struct() takes exactly 1 argument ({args.Length} given)");
        }

        return new PyStruct(Compile(args[0], "Struct()"));
    });

    /// <summary><c>struct.pack(format, v1, v2, ...)</c></summary>
    [PyExport("pack")]
    public static PyBytes Pack([PyPositionalOnly] object? format, params object?[] values) => PyStruct.Pack(Compile(format), values);

    /// <summary><c>struct.unpack(format, buffer)</c></summary>
    [PyExport("unpack")]
    public static PyTuple Unpack([PyPositionalOnly] object? format, [PyPositionalOnly] object? buffer) => PyStruct.Unpack(Compile(format), buffer);

    /// <summary><c>struct.calcsize(format)</c></summary>
    [PyExport("calcsize")]
    public static long CalcSize([PyPositionalOnly] object? format) => Compile(format).Size;

    /// <summary><c>struct.pack_into(format, buffer, offset, v1, v2, ...)</c></summary>
    [PyExport("pack_into")]
    public static void PackInto([PyPositionalOnly] object? format, [PyPositionalOnly] object? buffer, [PyPositionalOnly] long offset, params object?[] values) =>
        PyStruct.PackInto(Compile(format), buffer, offset, values);

    /// <summary><c>struct.unpack_from(format, /, buffer, offset=0)</c></summary>
    [PyExport("unpack_from")]
    public static PyTuple UnpackFrom([PyPositionalOnly] object? format, object? buffer, long offset = 0) => PyStruct.UnpackFrom(Compile(format), buffer, offset);

    /// <summary><c>struct.iter_unpack(format, buffer)</c></summary>
    [PyExport("iter_unpack")]
    public static PyIterator IterUnpack([PyPositionalOnly] object? format, [PyPositionalOnly] object? buffer) => PyStruct.IterUnpack(Compile(format), buffer);

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        module.Set("error", ErrorType);
        module.Set("Struct", StructType);
    }

    internal static StructFormat Compile(object? format, string caller = "Struct()")
    {
        var text = format switch
        {
            string s => s,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.Span),
            _ => throw new PyTypeError($"{caller} argument 1 must be a str or bytes object, not {PyOps.TypeName(format)}"),
        };
        return s_cache.TryGetValue(text, out var compiled) ? compiled : s_cache[text] = StructFormat.Parse(text);
    }
}
