using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// Operations the translator's typed path calls on unboxed values (<c>double</c>, <c>bool</c>,
/// <see cref="PyIntValue"/>): float arithmetic with CPython's zero-division messages, int/float mixing,
/// loops over <c>range</c> and list indexing without boxing the index. Each falls back to the dynamic
/// operation wherever the fast case does not apply, so results and errors are the dynamic path's.
/// </summary>
public static class PyTyped
{
    /// <summary><c>a / b</c> on floats (Objects/floatobject.c, <c>float_div</c>).</summary>
    public static double Div(double a, double b) => b == 0 ? throw new PyZeroDivisionError("float division by zero") : a / b;

    /// <summary><c>a // b</c> on floats (Objects/floatobject.c, <c>float_floor_div</c>).</summary>
    public static double FloorDiv(double a, double b) => Numeric.FloatDivMod(a, b, "float floor division by zero").Quotient;

    /// <summary><c>a % b</c> on floats (Objects/floatobject.c, <c>float_rem</c>).</summary>
    public static double Mod(double a, double b) => (double)Numeric.FloatBinary(BinaryOperator.Mod, a, b);

    /// <summary><c>a + b</c>, int and float: the int is converted after both operands are evaluated.</summary>
    public static double Add(PyIntValue a, double b) => a.ToDouble() + b;

    /// <summary><c>a + b</c>, float and int.</summary>
    public static double Add(double a, PyIntValue b) => a + b.ToDouble();

    /// <summary><c>a - b</c>, int and float.</summary>
    public static double Sub(PyIntValue a, double b) => a.ToDouble() - b;

    /// <summary><c>a - b</c>, float and int.</summary>
    public static double Sub(double a, PyIntValue b) => a - b.ToDouble();

    /// <summary><c>a * b</c>, int and float.</summary>
    public static double Mul(PyIntValue a, double b) => a.ToDouble() * b;

    /// <summary><c>a * b</c>, float and int.</summary>
    public static double Mul(double a, PyIntValue b) => a * b.ToDouble();

    /// <summary><c>a / b</c>, int and float.</summary>
    public static double Div(PyIntValue a, double b) => Div(a.ToDouble(), b);

    /// <summary><c>a / b</c>, float and int.</summary>
    public static double Div(double a, PyIntValue b) => Div(a, b.ToDouble());

    /// <summary><c>a // b</c>, int and float.</summary>
    public static double FloorDiv(PyIntValue a, double b) => FloorDiv(a.ToDouble(), b);

    /// <summary><c>a // b</c>, float and int.</summary>
    public static double FloorDiv(double a, PyIntValue b) => FloorDiv(a, b.ToDouble());

    /// <summary><c>a % b</c>, int and float.</summary>
    public static double Mod(PyIntValue a, double b) => Mod(a.ToDouble(), b);

    /// <summary><c>a % b</c>, float and int.</summary>
    public static double Mod(double a, PyIntValue b) => Mod(a, b.ToDouble());

    /// <summary>A dynamic value the translator proved to be a float; SystemError otherwise.</summary>
    public static double UnboxFloat(object? value) =>
        value is double d ? d : throw new PySystemError($"typed code expected a float, got '{PyOps.TypeName(value)}'");

    /// <summary>A dynamic value the translator proved to be a bool; SystemError otherwise.</summary>
    public static bool UnboxBool(object? value) =>
        value is bool b ? b : throw new PySystemError($"typed code expected a bool, got '{PyOps.TypeName(value)}'");

    /// <summary>The end of a typed function body that the translator proved unreachable.</summary>
    public static Exception Unreachable() => new PySystemError("typed code reached the end of a function proven to return");

    /// <summary><c>min(a, b)</c> on floats: <c>b</c> only when <c>b &lt; a</c>, as the builtin's loop.</summary>
    public static double Min(double a, double b) => b < a ? b : a;

    /// <summary><c>max(a, b)</c> on floats: <c>b</c> only when <c>b &gt; a</c>.</summary>
    public static double Max(double a, double b) => b > a ? b : a;

    /// <summary><c>min(a, b)</c> on bools.</summary>
    public static bool Min(bool a, bool b) => !b && a ? b : a;

    /// <summary><c>max(a, b)</c> on bools.</summary>
    public static bool Max(bool a, bool b) => b && !a ? b : a;

    /// <summary><c>int(x)</c> of a float: truncation; ValueError for NaN, OverflowError for infinities.</summary>
    public static PyIntValue Truncate(double value) =>
        value is > -9.2e18 and < 9.2e18 ? new PyIntValue((long)value) : PyIntValue.FromObject(PyFloat.Truncate(value));

    /// <summary>
    /// Compares an int with a float exactly (Objects/floatobject.c, <c>float_richcompare</c>): the int is
    /// converted only when that is exact, otherwise the dynamic comparison decides.
    /// </summary>
    public static bool Compare(CompareOperator op, PyIntValue a, double b)
    {
        if (a.IsSmall && a.Small is > -(1L << 53) and < (1L << 53))
        {
            return CompareDoubles(op, a.Small, b);
        }

        return PyOps.IsTrue(PyOps.Compare(op, a.Box(), b));
    }

    /// <summary>Compares a float with an int exactly.</summary>
    public static bool Compare(CompareOperator op, double a, PyIntValue b)
    {
        if (b.IsSmall && b.Small is > -(1L << 53) and < (1L << 53))
        {
            return CompareDoubles(op, a, b.Small);
        }

        return PyOps.IsTrue(PyOps.Compare(op, a, b.Box()));
    }

    /// <summary>
    /// A read of a module constant (a global the compiler proved is bound once, to <paramref name="value"/>):
    /// the value once bound; before that, the global's own read raises NameError.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Const<T>(PyGlobal global, T value)
    {
        if (global.Value is PyUnbound)
        {
            global.Get();
        }

        return value;
    }

    /// <summary><c>len(x)</c> as an unboxed int.</summary>
    public static PyIntValue Len(object? value) => new(PyOps.Len(value));

    /// <summary><c>x[i]</c> with an int index: exact lists directly, everything else by the dynamic path.</summary>
    /// <remarks>
    /// The list read itself is a call, not inlined: a typed function makes dozens of these reads, and each inlined
    /// seqlock read would take several of the JIT's inlining locals (a method has 512), which the number arithmetic
    /// around it needs more (once they are gone, even the smallest helpers stay calls).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? GetItem(object? container, PyIntValue index) =>
        index.IsSmall ? GetItem(container, index.Small) : PyOps.GetItem(container, index.Box());

    /// <summary><c>x[i]</c> with an index that fits in a long (a literal, or a checked <see cref="PyIntValue"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static object? GetItem(object? container, long index) =>
        container is PyList { PyClass: null } list && list.TryReadUnlocked(index, out var item) ? item : GetItemSlow(container, index);

    /// <summary><c>x[i]</c> with an int index, as a <see cref="PyNum"/> (floats and small ints stay unboxed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum GetNum(object? container, PyIntValue index) =>
        index.IsSmall ? GetNum(container, index.Small) : PyNum.From(PyOps.GetItem(container, index.Box()));

    /// <summary><c>x[i]</c> as a <see cref="PyNum"/>, with an index that fits in a long.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyNum GetNum(object? container, long index) => PyNum.From(GetItem(container, index));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? GetItemSlow(object? container, long index) =>
        container is PyList { PyClass: null } list ? list.GetItem(index) : PyOps.GetItem(container, PyIntValue.BoxSmall(index));

    /// <summary><c>x[i] = v</c> with an int index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(object? container, PyIntValue index, object? value)
    {
        if (index.IsSmall)
        {
            SetItem(container, index.Small, value);
        }
        else
        {
            PyOps.SetItem(container, index.Box(), value);
        }
    }

    /// <summary><c>x[i] = v</c> with an index that fits in a long.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void SetItem(object? container, long index, object? value)
    {
        if (!(container is PyList { PyClass: null } list && list.TryReplace(index, value)))
        {
            SetItemSlow(container, index, value);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetItemSlow(object? container, long index, object? value)
    {
        if (container is PyList { PyClass: null } list)
        {
            list.SetItem(index, value);
        }
        else
        {
            PyOps.SetItem(container, PyIntValue.BoxSmall(index), value);
        }
    }

    /// <summary><c>for i in range(stop)</c></summary>
    public static RangeLoop Range(PyIntValue stop) => Range(new PyIntValue(0), stop, new PyIntValue(1), 1);

    /// <summary><c>for i in range(start, stop)</c></summary>
    public static RangeLoop Range(PyIntValue start, PyIntValue stop) => Range(start, stop, new PyIntValue(1), 2);

    /// <summary><c>for i in range(start, stop, step)</c></summary>
    public static RangeLoop Range(PyIntValue start, PyIntValue stop, PyIntValue step) => Range(start, stop, step, 3);

    /// <summary>
    /// <c>for i in range(stop)</c> whose argument the inference could not prove an int, into an unboxed loop variable:
    /// range's own conversions and errors (<see cref="PyRange.Create"/>), then the values unboxed, without a box each.
    /// </summary>
    public static RangeLoop RangeOf(object? stop) => Loop(PyRange.Create(stop));

    /// <summary><c>for i in range(start, stop)</c> with unproven arguments (see <see cref="RangeOf(object?)"/>).</summary>
    public static RangeLoop RangeOf(object? start, object? stop) => Loop(PyRange.Create(start, stop, null, 2));

    /// <summary><c>for i in range(start, stop, step)</c> with unproven arguments (see <see cref="RangeOf(object?)"/>).</summary>
    public static RangeLoop RangeOf(object? start, object? stop, object? step) => Loop(PyRange.Create(start, stop, step, 3));

    private static RangeLoop Loop(PyRange range) => new(range.Start, range.Step, range.Length);

    private static RangeLoop Range(PyIntValue start, PyIntValue stop, PyIntValue step, int count)
    {
        if (!start.IsSmall || !stop.IsSmall || !step.IsSmall || step.Small == 0)
        {
            // The dynamic constructor raises CPython's errors (zero step, bounds out of range).
            return Loop(count switch
            {
                1 => PyRange.Create(stop.Box()),
                2 => PyRange.Create(start.Box(), stop.Box(), null, 2),
                _ => PyRange.Create(start.Box(), stop.Box(), step.Box(), 3),
            });
        }

        return new RangeLoop(start.Small, step.Small, PyRange.ComputeLength(start.Small, stop.Small, step.Small));
    }

    private static bool CompareDoubles(CompareOperator op, double a, double b) => op switch
    {
        CompareOperator.Eq => a == b,
        CompareOperator.Ne => a != b,
        CompareOperator.Lt => a < b,
        CompareOperator.Le => a <= b,
        CompareOperator.Gt => a > b,
        _ => a >= b,
    };

    /// <summary>A <c>foreach</c>-able loop over a range's values, unboxed.</summary>
    public struct RangeLoop
    {
        private readonly long _step;
        private long _next;
        private long _left;
        private long _current;

        internal RangeLoop(long start, long step, long length)
        {
            _next = start;
            _step = step;
            _left = length;
            _current = 0;
        }

        /// <summary>The current value.</summary>
        public readonly PyIntValue Current => new(_current);

        /// <summary>The enumerator is the loop itself.</summary>
        public readonly RangeLoop GetEnumerator() => this;

        /// <summary>Advances to the next value.</summary>
        public bool MoveNext()
        {
            if (_left <= 0)
            {
                return false;
            }

            _left--;
            _current = _next;
            _next = unchecked(_next + _step);
            return true;
        }
    }
}
