using System.Globalization;
using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// printf-style <c>str % args</c> (Objects/unicodeobject.c, <c>PyUnicode_Format</c>): mapping keys, flags
/// <c>-+ #0</c>, width and precision (with <c>*</c>), conversions s r a c d i u o x X e E f F g G and %%.
/// </summary>
public static class PercentFormat
{
    /// <summary><c>format % args</c></summary>
    public static string Format(string format, object? args) => Format(format, new ArgState(args));

    /// <summary>
    /// <c>bytes % args</c> (Objects/bytesobject.c, <c>_PyBytes_FormatEx</c>): the same language over Latin-1
    /// text, with <c>%s</c>/<c>%b</c> taking bytes-like objects, <c>%r</c>/<c>%a</c> giving <c>ascii()</c>
    /// and <c>%c</c> a byte.
    /// </summary>
    public static byte[] FormatBytes(ReadOnlySpan<byte> format, object? args) =>
        BytesArgs.Bytes(Format(BytesArgs.Text(format), new ArgState(args) { BytesMode = true }));

    private static string Format(string format, ArgState state)
    {
        var builder = new StringBuilder(format.Length + 16);
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c != '%')
            {
                builder.Append(c);
                continue;
            }

            if (i >= format.Length)
            {
                throw new PyValueError("incomplete format");
            }

            if (format[i] == '%')
            {
                builder.Append('%');
                i++;
                continue;
            }

            FormatOne(format, ref i, ref state, builder);
        }

        if (state.Index < state.Length && !state.HasMapping)
        {
            throw new PyTypeError("not all arguments converted during string formatting");
        }

        return builder.ToString();
    }

    private static void FormatOne(string format, ref int i, ref ArgState state, StringBuilder builder)
    {
        if (format[i] == '(')
        {
            if (!state.HasMapping)
            {
                throw new PyTypeError("format requires a mapping");
            }

            var depth = 1;
            var start = ++i;
            while (i < format.Length && depth > 0)
            {
                if (format[i] == '(')
                {
                    depth++;
                }
                else if (format[i] == ')')
                {
                    depth--;
                }

                i++;
            }

            if (depth > 0)
            {
                throw new PyValueError("incomplete format key");
            }

            var key = format[start..(i - 1)];
            var value = PyOps.GetItem(state.Mapping, state.BytesMode ? PyBytes.Own(BytesArgs.Bytes(key)) : key);
            state.UseSingle(value);
        }

        bool left = false, sign = false, space = false, alternate = false, zero = false;
        for (; i < format.Length; i++)
        {
            switch (format[i])
            {
                case '-':
                    left = true;
                    continue;
                case '+':
                    sign = true;
                    continue;
                case ' ':
                    space = true;
                    continue;
                case '#':
                    alternate = true;
                    continue;
                case '0':
                    zero = true;
                    continue;
            }

            break;
        }

        var width = -1;
        if (i < format.Length && format[i] == '*')
        {
            var w = state.Next();
            if (!PyOps.IsIntLike(w))
            {
                throw new PyTypeError("* wants int");
            }

            width = (int)PyOps.ToIndex(w);
            if (width < 0)
            {
                left = true;
                width = -width;
            }

            i++;
        }
        else
        {
            width = ReadNumber(format, ref i, -1);
        }

        var precision = -1;
        if (i < format.Length && format[i] == '.')
        {
            i++;
            if (i < format.Length && format[i] == '*')
            {
                var p = state.Next();
                if (!PyOps.IsIntLike(p))
                {
                    throw new PyTypeError("* wants int");
                }

                precision = Math.Max(0, (int)PyOps.ToIndex(p));
                i++;
            }
            else
            {
                precision = ReadNumber(format, ref i, 0);
            }
        }

        while (i < format.Length && format[i] is 'h' or 'l' or 'L')
        {
            i++;
        }

        if (i >= format.Length)
        {
            throw new PyValueError("incomplete format");
        }

        var conversion = format[i];
        var conversionIndex = i;
        i++;
        var arg = state.Next();
        string body;
        var signText = string.Empty;
        var prefix = string.Empty;
        var numeric = true;
        switch (conversion)
        {
            case 's' or 'b' when state.BytesMode:
                body = BytesText(arg);
                if (precision >= 0 && body.Length > precision)
                {
                    body = body[..precision];
                }

                numeric = false;
                break;
            case 'c' when state.BytesMode:
                body = arg is PyBytesLike { Count: 1 } one ? BytesArgs.Text(one.Span)
                    : PyOps.IsIntLike(arg) && PyOps.ToIndex(arg) is >= 0 and < 256 and var code ? ((char)code).ToString()
                    : throw new PyTypeError("%c requires an integer in range(256) or a single byte");
                numeric = false;
                break;
            case 's':
            case 'r':
            case 'a':
                body = conversion == 's' ? PyOps.Str(arg) : conversion == 'r' && !state.BytesMode ? PyOps.Repr(arg) : PyOps.Ascii(arg);
                if (precision >= 0 && PyStr.Length(body) > precision)
                {
                    body = PyStr.Slice(body, new PySlice(null, (long)precision, null));
                }

                numeric = false;
                break;
            case 'c':
                body = Char(arg);
                numeric = false;
                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
            {
                if (arg is long small && conversion is 'd' or 'i' or 'u')
                {
                    // The common case without a detour through BigInteger.
                    body = (small < 0 ? (ulong)(-(small + 1)) + 1 : (ulong)small).ToString(CultureInfo.InvariantCulture);
                    if (precision > body.Length)
                    {
                        body = new string('0', precision - body.Length) + body;
                    }

                    signText = small < 0 ? "-" : sign ? "+" : space ? " " : string.Empty;
                    break;
                }

                BigInteger value;
                if (PyOps.IsIntLike(arg))
                {
                    value = PyInt.ToBig(arg);
                }
                else if (arg is double d && conversion is 'd' or 'i' or 'u')
                {
                    value = PyInt.ToBig(PyFloat.Truncate(d));
                }
                else
                {
                    throw new PyTypeError(conversion is 'd' or 'i' or 'u'
                        ? $"%{conversion} format: a real number is required, not {PyOps.TypeName(arg)}"
                        : $"%{conversion} format: an integer is required, not {PyOps.TypeName(arg)}");
                }

                body = conversion switch
                {
                    'o' => PyInt.ToBaseDigits(value, 8),
                    'x' => PyInt.ToBaseDigits(value, 16),
                    'X' => PyInt.ToBaseDigits(value, 16).ToUpperInvariant(),
                    _ => PyInt.ToDecimalString(BigInteger.Abs(value)),
                };
                if (precision > body.Length)
                {
                    body = new string('0', precision - body.Length) + body;
                }

                if (alternate && conversion is 'o' or 'x' or 'X')
                {
                    prefix = "0" + (conversion == 'o' ? 'o' : conversion);
                }

                signText = value.Sign < 0 ? "-" : sign ? "+" : space ? " " : string.Empty;
                break;
            }

            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
            {
                if (!PyOps.IsRealNumber(arg))
                {
                    throw new PyTypeError($"must be real number, not {PyOps.TypeName(arg)}");
                }

                var d = Numeric.ToDouble(arg);
                body = PyFormat.DoubleToString(d, conversion, precision < 0 ? 6 : precision, alternate, addDotZero: false, noNegativeZero: false, out var negative);
                // Zero padding applies to inf and nan too ("%05f" % inf is "00inf").
                signText = negative ? "-" : sign ? "+" : space ? " " : string.Empty;
                break;
            }

            default:
                throw new PyValueError($"unsupported format character '{conversion}' (0x{(int)conversion:x}) at index {conversionIndex}");
        }

        var length = signText.Length + prefix.Length + (numeric ? body.Length : PyStr.Length(body));
        var padding = Math.Max(0, width - length);
        if (left)
        {
            builder.Append(signText).Append(prefix).Append(body).Append(' ', padding);
        }
        else if (zero && numeric)
        {
            builder.Append(signText).Append(prefix).Append('0', padding).Append(body);
        }
        else
        {
            builder.Append(' ', padding).Append(signText).Append(prefix).Append(body);
        }
    }

    private static string BytesText(object? arg)
    {
        if (BytesArgs.IsBytesLike(arg))
        {
            return BytesArgs.Text(BytesArgs.Of(arg));
        }

        if (arg is PyObject o && PyOps.TypeOf(o).TryLookup("__bytes__", out var method) && PyOps.CallWithSelf(method, o, [], null) is PyBytes b)
        {
            return BytesArgs.Text(b.Span);
        }

        throw new PyTypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{PyOps.TypeName(arg)}'");
    }

    private static string Char(object? arg)
    {
        if (arg is string s && PyStr.Length(s) == 1)
        {
            return s;
        }

        if (!PyOps.IsIntLike(arg))
        {
            throw new PyTypeError("%c requires int or char");
        }

        var value = PyInt.ToBig(arg);
        if (value.Sign < 0 || value > 0x10FFFF)
        {
            throw new PyOverflowError("%c arg not in range(0x110000)");
        }

        return PyStr.FromCodePoint((int)value);
    }

    private static int ReadNumber(string format, ref int i, int none)
    {
        if (i >= format.Length || format[i] is < '0' or > '9')
        {
            return none;
        }

        var value = 0;
        while (i < format.Length && format[i] is >= '0' and <= '9')
        {
            value = checked((value * 10) + (format[i] - '0'));
            i++;
        }

        return value;
    }

    // The argument cursor of PyUnicode_Format: a tuple is consumed item by item; any other value is one
    // argument (arglen -1, argidx -2); a mapping also serves %(key)s lookups and silences the
    // "not all arguments converted" check.
    private struct ArgState
    {
        private object? _args;

        public ArgState(object? args)
        {
            _args = args;
            if (args is PyTuple t)
            {
                Length = t.Count;
                Index = 0;
            }
            else
            {
                Length = -1;
                Index = -2;
            }

            HasMapping = args is PyDict or PyList or PyBytesLike or PyRange || (args is PyObject and not PyContainer and not PyTuple);
            Mapping = args;
        }

        public int Length { get; private set; }

        public int Index { get; private set; }

        public bool HasMapping { get; }

        public bool BytesMode { get; init; }

        public object? Mapping { get; }

        public void UseSingle(object? value)
        {
            _args = value;
            Length = -1;
            Index = -2;
        }

        public object? Next()
        {
            if (Index < Length)
            {
                var current = Index++;
                return Length < 0 ? _args : ((PyTuple)_args!)[current];
            }

            throw new PyTypeError("not enough arguments for format string");
        }
    }
}
