using System.Numerics;
using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

public static partial class PyOps
{
    private static readonly ConditionalWeakTable<object, StrongBox<long>> s_ids = new();
    private static long s_nextId = 0x7f0000001000;

    /// <summary><c>type(x).__name__</c> for any runtime value.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        long or BigInteger => "int",
        bool => "bool",
        double => "float",
        string => "str",
        Complex => "complex",
        PyObject o => o.PythonTypeName,
        PyBaseException e => e.PythonTypeName,
        PyNotImplemented => "NotImplementedType",
        PyEllipsis => "ellipsis",
        _ => value.GetType().Name,
    };

    /// <summary>
    /// <c>id(x)</c>: unique among live objects, stable for an object's lifetime. Value types (int, float,
    /// bool) are boxed per use, so their ids say nothing; None, True and False get fixed ids.
    /// </summary>
    public static long Id(object? value)
    {
        switch (value)
        {
            case null:
                return 0x7f0000000100;
            case bool b:
                return b ? 0x7f0000000140 : 0x7f0000000160;
            default:
                var box = s_ids.GetValue(value, static _ => new StrongBox<long>(Interlocked.Add(ref s_nextId, 16)));
                return box.Value;
        }
    }
}
