using System.Security.Cryptography;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// The native helper of <c>operator</c> that Lib/hmac.py imports: <c>_operator._compare_digest</c>, the
/// timing-safe comparison (Modules/_operator.c). The rest of <c>operator</c> is Python source in Lib.
/// </summary>
[PyNativeModule("_operator")]
public static class OperatorSupportModule
{
    /// <summary><c>_compare_digest(a, b)</c>: equality of two ASCII strs or two bytes-like objects in time independent of where they differ.</summary>
    [PyExport("_compare_digest")]
    public static bool CompareDigest([PyPositionalOnly] object? a, [PyPositionalOnly] object? b)
    {
        switch (a, b)
        {
            case (string sa, string sb):
                if (!Ascii.IsValid(sa) || !Ascii.IsValid(sb))
                {
                    throw new PyTypeError("comparing strings with non-ASCII characters is not supported");
                }

                return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sa), Encoding.ASCII.GetBytes(sb));
            case (PyBytesLike ba, PyBytesLike bb):
                return CryptographicOperations.FixedTimeEquals(ba.Span, bb.Span);
            default:
                throw new PyTypeError($"unsupported operand types(s) or combination of types: '{PyOps.TypeName(a)}' and '{PyOps.TypeName(b)}'");
        }
    }
}
