using System.Globalization;
using System.Numerics;

namespace Portalis.Syntax.Literals;

/// <summary>
/// The value of a NUMBER token, as CPython computes it (Parser/pegen.c, parsenumber): ints in every
/// base with underscores, floats rounded as <c>float(text)</c> does, imaginary literals as complex.
/// </summary>
internal static class NumberLiteralParser
{
    /// <summary>Returns a <see cref="long"/> or <see cref="BigInteger"/>, a <see cref="double"/>, or a <see cref="Complex"/>.</summary>
    public static object Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c != '_')
            {
                buffer[length++] = c;
            }
        }

        var clean = buffer[..length];
        var last = clean[^1];
        if (last is 'j' or 'J')
        {
            return new Complex(0, ParseFloat(clean[..^1]));
        }

        if (clean.Length > 1 && clean[0] == '0' && clean[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radix = clean[1] switch
            {
                'x' or 'X' => 16,
                'o' or 'O' => 8,
                _ => 2,
            };
            return ParseRadix(clean[2..], radix);
        }

        if (clean.ContainsAny('.', 'e', 'E'))
        {
            return ParseFloat(clean);
        }

        if (long.TryParse(clean, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return BigInteger.Parse(clean, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static double ParseFloat(ReadOnlySpan<char> text)
        => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        ulong small = 0;
        var i = 0;
        var bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        for (; i < digits.Length; i++)
        {
            if (small >> (63 - bitsPerDigit) != 0)
            {
                break;
            }

            small = (small << bitsPerDigit) | (uint)HexValue(digits[i]);
        }

        if (i == digits.Length && small <= long.MaxValue)
        {
            return (long)small;
        }

        var big = new BigInteger(small);
        for (; i < digits.Length; i++)
        {
            big = (big << bitsPerDigit) | HexValue(digits[i]);
        }

        return big <= long.MaxValue ? (long)big : big;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };
}
