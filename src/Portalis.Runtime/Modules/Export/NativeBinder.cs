using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;

namespace Portalis.Runtime;

/// <summary>
/// Binds a vectorcall (positional values then keyword values) to the parameters of one exported C# method
/// and invokes it. Start-up matters as much as speed: a module creates a binder per exported function
/// but reads the method's parameters only on the first call (or when the translator asks for the
/// signature), and the first <see cref="InterpretedCalls"/> calls go through reflection; a function
/// called more often gets a delegate compiled from an expression tree, after which a call involves no
/// reflection, only the slot array and the conversions. Both paths convert arguments the same way. Error
/// messages follow CPython's argument clinic (Python/getargs.c, <c>_PyArg_UnpackKeywords</c> and
/// <c>_PyArg_CheckPositional</c>).
/// </summary>
internal sealed class NativeBinder
{
    private static readonly Lock s_layoutLock = new();

    /// <summary>How many calls go through reflection before the binder compiles its delegate.</summary>
    private const int InterpretedCalls = 16;

    private readonly MethodInfo _method;

    // The layout: set once by EnsureLayout, before _hasLayout (volatile) becomes true.
    private PySignature? _signature;
    private PyParameter[] _slots = [];
    private int[] _positional = [];
    private int _varArgs = -1;
    private int _kwArgs = -1;
    private int _required;
    private bool _hasKeywordOnly;
    private bool _allPositionalOnly;
    private bool[] _optionalMissing = [];
    private bool[] _nullable = [];
    private bool _paths;
    private volatile bool _hasLayout;

    private Func<object?, object?[], object?>? _invoker;
    private int _calls;

    public NativeBinder(string name, string qualifiedName, MethodInfo method)
    {
        Name = name;
        QualifiedName = qualifiedName;
        _method = method;
    }

    public string Name { get; }

    public string QualifiedName { get; }

    /// <summary>Whether argument errors get Python's messages rather than the argument clinic's (<see cref="PyMethodsOfAttribute"/>).</summary>
    public bool PythonMessages { get; init; }

    public PySignature Signature
    {
        get
        {
            EnsureLayout();
            return _signature!;
        }
    }

    public MethodInfo Method => _method;

    private void EnsureLayout()
    {
        if (!_hasLayout)
        {
            lock (s_layoutLock)
            {
                if (!_hasLayout)
                {
                    ComputeLayout();
                    _hasLayout = true;
                }
            }
        }
    }

    private void ComputeLayout()
    {
        var method = _method;
        _signature = PySignature.FromMethod(method);
        _slots = [.. _signature.ClrOrder];
        var parameters = method.GetParameters();
        var nullability = new NullabilityInfoContext();
        _optionalMissing = [.. parameters.Select(p => p.IsDefined(typeof(PyOptionalAttribute)))];
        _nullable = [.. parameters.Select(p => !p.ParameterType.IsValueType && nullability.Create(p).WriteState == NullabilityState.Nullable)];
        _paths = method.DeclaringType?.IsDefined(typeof(PyPathArgumentsAttribute)) == true;
        var positional = new List<int>();
        foreach (var p in _slots)
        {
            switch (p.Kind)
            {
                case PyParameterKind.PositionalOnly or PyParameterKind.PositionalOrKeyword:
                    positional.Add(p.Position);
                    if (!p.HasDefault)
                    {
                        _required++;
                    }

                    break;
                case PyParameterKind.VarPositional:
                    _varArgs = p.Position;
                    break;
                case PyParameterKind.VarKeyword:
                    _kwArgs = p.Position;
                    break;
                default:
                    _hasKeywordOnly = true;
                    break;
            }
        }

        _positional = [.. positional];
        _allPositionalOnly = _slots.All(p => p.Kind is PyParameterKind.PositionalOnly or PyParameterKind.VarPositional);
    }

    /// <summary>A callable for a module function (<paramref name="self"/> is the module) or a bound method.</summary>
    public PyBuiltinFunction CreateFunction(object? self, string? module) =>
        new(Name, (args, kwnames) => Invoke(null, args, kwnames), self, module);

    /// <summary>A method bound to <paramref name="target"/>.</summary>
    public PyBuiltinFunction Bind(object target) =>
        new(Name, (args, kwnames) => Invoke(target, args, kwnames), target);

    public object? Invoke(object? target, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (_invoker is { } invoker)
        {
            return invoker(target, BindSlots(args, kwnames));
        }

        EnsureLayout();
        if (Interlocked.Increment(ref _calls) > InterpretedCalls)
        {
            invoker = _invoker ??= Compile();
            return invoker(target, BindSlots(args, kwnames));
        }

        return InvokeByReflection(target, BindSlots(args, kwnames));
    }

    // The first calls: the same conversions as the compiled delegate (ConvertArgument), through reflection,
    // so that a function called once or twice costs neither an expression tree nor a JIT compilation.
    private object? InvokeByReflection(object? target, object?[] slots)
    {
        var arguments = new object?[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            arguments[i] = ConvertValue(_slots[i], i, slots[i]);
        }

        var result = _method.Invoke(_method.IsStatic ? null : target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        return _method.ReturnType == typeof(BigInteger) ? PyInt.Normalize((BigInteger)result!) : result;
    }

    private object? ConvertValue(PyParameter p, int index, object? value)
    {
        var type = p.ClrType;
        if (type == typeof(object) || _optionalMissing[index])
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return value is null ? null : ConvertValueTo(underlying, value, ArgumentName(p, index));
        }

        if (type == typeof(string) && _nullable[index])
        {
            return value is null ? null : _paths ? PyArg.ToPath(value) : PyArg.ToStrOrNone(value, Name, ArgumentName(p, index));
        }

        if (value is null && !type.IsValueType && _nullable[index] && type != typeof(object?[]) && p.Kind != PyParameterKind.VarKeyword)
        {
            return null;
        }

        return ConvertValueTo(type, value, ArgumentName(p, index));
    }

    private object? ConvertValueTo(Type type, object? value, string argument)
    {
        if (type == typeof(long))
        {
            return PyArg.ToLong(value);
        }

        if (type == typeof(int))
        {
            return PyArg.ToInt32(value);
        }

        if (type == typeof(BigInteger))
        {
            return PyArg.ToBigInteger(value);
        }

        if (type == typeof(double))
        {
            return PyArg.ToDouble(value);
        }

        if (type == typeof(bool))
        {
            return PyArg.ToBool(value);
        }

        if (type == typeof(string))
        {
            return _paths ? PyArg.ToPath(value) : PyArg.ToStr(value, Name, argument);
        }

        if (type == typeof(object?[]) || type == typeof(PyDict) && _kwArgs >= 0 && _slots[_kwArgs].ClrType == type)
        {
            // A cast, as Expression.Convert in the compiled delegate.
            return value is null || type.IsInstanceOfType(value) ? value : throw new InvalidCastException($"Unable to cast object of type '{value.GetType()}' to type '{type}'.");
        }

        if (!type.IsValueType)
        {
            // PyArg.ToObject<T> without the generic instantiation.
            return type.IsInstanceOfType(value) ? value : throw new PyTypeError($"{Name}() argument {argument} must be {PythonTypeName(type)}, not {PyOps.TypeName(value)}");
        }

        throw new InvalidOperationException($"{_method.DeclaringType?.Name}.{_method.Name}: parameter type {type} cannot be exported to Python");
    }

    private string ArgumentName(PyParameter p, int index) =>
        p.Kind == PyParameterKind.PositionalOnly ? (Array.IndexOf(_positional, index) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"'{p.Name}'";

    private static string PythonTypeName(Type type) => type.Name.StartsWith("Py", StringComparison.Ordinal) ? type.Name[2..].ToLowerInvariant() : type.Name;

    private object?[] BindSlots(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (kwnames is null && _varArgs < 0 && _kwArgs < 0 && args.Length <= _positional.Length && args.Length >= _required)
        {
            return BindPositional(args);
        }

        var slots = new object?[_slots.Length];
        var kwCount = kwnames?.Length ?? 0;
        var npos = args.Length - kwCount;
        if (PythonMessages)
        {
            CheckPythonCall(npos, kwnames);
        }

        if (kwCount > 0 && _allPositionalOnly && _kwArgs < 0)
        {
            throw new PyTypeError($"{QualifiedName}() takes no keyword arguments");
        }

        if (npos > _positional.Length && _varArgs < 0)
        {
            throw TooManyPositional(npos);
        }

        var filled = new bool[_slots.Length];
        var direct = Math.Min(npos, _positional.Length);
        for (var i = 0; i < direct; i++)
        {
            slots[_positional[i]] = args[i];
            filled[_positional[i]] = true;
        }

        if (_varArgs >= 0)
        {
            slots[_varArgs] = npos > _positional.Length ? args[_positional.Length..npos].ToArray() : Array.Empty<object?>();
            filled[_varArgs] = true;
        }

        PyDict? kwargs = null;
        for (var k = 0; k < kwCount; k++)
        {
            var key = kwnames![k];
            var value = args[npos + k];
            var slot = FindKeyword(key);
            if (slot < 0)
            {
                if (_kwArgs < 0)
                {
                    throw new PyTypeError($"'{key}' is an invalid keyword argument for {Name}()");
                }

                kwargs ??= new PyDict();
                kwargs.SetItem(key, value);
                continue;
            }

            if (filled[slot])
            {
                throw new PyTypeError($"argument for {Name}() given by name ('{key}') and position ({Array.IndexOf(_positional, slot) + 1})");
            }

            slots[slot] = value;
            filled[slot] = true;
        }

        if (_kwArgs >= 0)
        {
            slots[_kwArgs] = kwargs ?? new PyDict();
            filled[_kwArgs] = true;
        }

        for (var i = 0; i < slots.Length; i++)
        {
            if (filled[i])
            {
                continue;
            }

            var p = _slots[i];
            if (_optionalMissing[i])
            {
                slots[i] = PyArg.Missing;
            }
            else if (p.HasDefault)
            {
                slots[i] = p.Default;
            }
            else if (p.Kind == PyParameterKind.KeywordOnly)
            {
                throw new PyTypeError($"{Name}() missing required keyword-only argument '{p.Name}'");
            }
            else if (_allPositionalOnly)
            {
                throw TooFewPositional(npos);
            }
            else
            {
                throw new PyTypeError($"{Name}() missing required argument '{p.Name}' (pos {Array.IndexOf(_positional, i) + 1})");
            }
        }

        return slots;
    }

    // The common case without keywords: positional values, then defaults for the rest; no bookkeeping arrays.
    private object?[] BindPositional(ReadOnlySpan<object?> args)
    {
        var slots = new object?[_slots.Length];
        var positional = _positional;
        for (var i = 0; i < args.Length; i++)
        {
            slots[positional[i]] = args[i];
        }

        if (args.Length < slots.Length)
        {
            for (var i = args.Length; i < positional.Length; i++)
            {
                FillDefault(slots, positional[i], args.Length);
            }

            foreach (var p in _slots)
            {
                if (p.Kind == PyParameterKind.KeywordOnly)
                {
                    FillDefault(slots, p.Position, args.Length);
                }
            }
        }

        return slots;
    }

    private void FillDefault(object?[] slots, int slot, int npos)
    {
        if (PythonMessages)
        {
            CheckPythonCall(npos, null);
        }

        var p = _slots[slot];
        if (_optionalMissing[slot])
        {
            slots[slot] = PyArg.Missing;
        }
        else if (p.HasDefault)
        {
            slots[slot] = p.Default;
        }
        else if (p.Kind == PyParameterKind.KeywordOnly)
        {
            throw new PyTypeError($"{Name}() missing required keyword-only argument '{p.Name}'");
        }
        else
        {
            throw _allPositionalOnly ? TooFewPositional(npos) : new PyTypeError($"{Name}() missing required argument '{p.Name}' (pos {Array.IndexOf(_positional, slot) + 1})");
        }
    }

    private int FindKeyword(string key)
    {
        foreach (var p in _slots)
        {
            if (p.Kind is PyParameterKind.PositionalOrKeyword or PyParameterKind.KeywordOnly && string.Equals(p.Name, key, StringComparison.Ordinal))
            {
                return p.Position;
            }
        }

        return -1;
    }

    /// <summary>
    /// Python/ceval.c's checks of a call to a Python function, in its order: unknown or repeated keywords, too many
    /// positional arguments, then the missing ones. Only reached when the fast binding paths cannot bind the call.
    /// </summary>
    private void CheckPythonCall(int npos, string[]? kwnames)
    {
        var self = _method.IsStatic ? 0 : 1;
        var filled = new bool[_slots.Length];
        for (var i = 0; i < Math.Min(npos, _positional.Length); i++)
        {
            filled[_positional[i]] = true;
        }

        var kwonlyGiven = 0;
        foreach (var key in kwnames ?? [])
        {
            var slot = FindKeyword(key);
            if (slot < 0)
            {
                if (_kwArgs < 0)
                {
                    throw new PyTypeError($"{QualifiedName}() got an unexpected keyword argument '{key}'");
                }

                continue;
            }

            if (filled[slot])
            {
                throw new PyTypeError($"{QualifiedName}() got multiple values for argument '{key}'");
            }

            filled[slot] = true;
            kwonlyGiven += _slots[slot].Kind == PyParameterKind.KeywordOnly ? 1 : 0;
        }

        var argcount = _positional.Length + self;
        if (npos > _positional.Length && _varArgs < 0)
        {
            var defaults = _positional.Count(i => _slots[i].HasDefault || _optionalMissing[i]);
            var sig = defaults > 0 ? $"from {argcount - defaults} to {argcount}" : argcount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var plural = defaults > 0 || argcount != 1 ? "s" : string.Empty;
            var kwonly = kwonlyGiven > 0 ? $" positional argument{(npos + self != 1 ? "s" : string.Empty)} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : string.Empty)})" : string.Empty;
            var given = npos + self;
            throw new PyTypeError($"{QualifiedName}() takes {sig} positional argument{plural} but {given}{kwonly} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given");
        }

        var missing = _positional.Where(i => !filled[i] && !_slots[i].HasDefault && !_optionalMissing[i]).Select(i => _slots[i].Name).ToList();
        if (missing.Count > 0)
        {
            throw MissingArguments(missing, "positional");
        }

        missing = [.. _slots.Where(p => p.Kind == PyParameterKind.KeywordOnly && !filled[p.Position] && !p.HasDefault && !_optionalMissing[p.Position]).Select(p => p.Name)];
        if (missing.Count > 0)
        {
            throw MissingArguments(missing, "keyword-only");
        }
    }

    // ceval.c, format_missing: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
    private PyTypeError MissingArguments(List<string> names, string kind)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} and {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1],
        };
        return new PyTypeError($"{QualifiedName}() missing {names.Count} required {kind} argument{(names.Count == 1 ? string.Empty : "s")}: {list}");
    }

    private PyTypeError TooManyPositional(int given)
    {
        if (_slots.Length == 0)
        {
            // METH_NOARGS (Objects/methodobject.c, cfunction_vectorcall_NOARGS).
            return new PyTypeError($"{QualifiedName}() takes no arguments ({given} given)");
        }

        if (_allPositionalOnly)
        {
            return TooFewPositional(given);
        }

        var max = _positional.Length;
        return max == 0
            ? new PyTypeError($"{Name}() takes no positional arguments")
            : new PyTypeError($"{Name}() takes {(_required == max ? "exactly" : "at most")} {max} {(_hasKeywordOnly ? "positional " : string.Empty)}argument{(max == 1 ? string.Empty : "s")} ({given} given)");
    }

    private PyTypeError TooFewPositional(int given)
    {
        var max = _positional.Length;
        if (max == 1 && _required == 1 && _varArgs < 0)
        {
            return new PyTypeError($"{QualifiedName}() takes exactly one argument ({given} given)");
        }

        var (bound, count) = _varArgs >= 0 || given < _required
            ? (_required == max && _varArgs < 0 ? string.Empty : "at least ", _required)
            : (_required == max ? string.Empty : "at most ", max);
        return new PyTypeError($"{Name} expected {bound}{count} argument{(count == 1 ? string.Empty : "s")}, got {given}");
    }

    private Func<object?, object?[], object?> Compile()
    {
        var target = Expression.Parameter(typeof(object), "target");
        var slots = Expression.Parameter(typeof(object?[]), "slots");
        var arguments = new Expression[_slots.Length];
        for (var i = 0; i < _slots.Length; i++)
        {
            arguments[i] = ConvertArgument(_slots[i], i, Expression.ArrayIndex(slots, Expression.Constant(i)));
        }

        Expression call = _method.IsStatic
            ? Expression.Call(_method, arguments)
            : Expression.Call(Expression.Convert(target, _method.DeclaringType!), _method, arguments);
        Expression body = _method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : _method.ReturnType == typeof(BigInteger)
                ? Expression.Call(Conversions.Normalize, call)
                : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?, object?[], object?>>(body, target, slots).Compile();
    }

    private Expression ConvertArgument(PyParameter p, int index, Expression value)
    {
        var type = p.ClrType;
        var argument = ArgumentName(p, index);
        if (type == typeof(object) || _optionalMissing[index])
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            // long? / double? / bool?: None is null, anything else converts.
            var converted = Expression.Convert(ConvertTo(underlying, value, argument), type);
            return Expression.Condition(Expression.Equal(value, Expression.Constant(null)), Expression.Constant(null, type), converted);
        }

        if (type == typeof(string) && _nullable[index])
        {
            return _paths
                ? Expression.Condition(Expression.Equal(value, Expression.Constant(null)), Expression.Constant(null, typeof(string)), Expression.Call(Conversions.ToPath, value))
                : Expression.Call(Conversions.ToStrOrNone, value, Expression.Constant(Name), Expression.Constant(argument));
        }

        var result = ConvertTo(type, value, argument);
        if (!type.IsValueType && _nullable[index] && type != typeof(object?[]) && p.Kind != PyParameterKind.VarKeyword)
        {
            return Expression.Condition(Expression.Equal(value, Expression.Constant(null)), Expression.Constant(null, type), result);
        }

        return result;
    }

    private Expression ConvertTo(Type type, Expression value, string argument)
    {
        if (type == typeof(long))
        {
            return Expression.Call(Conversions.ToLong, value);
        }

        if (type == typeof(int))
        {
            return Expression.Call(Conversions.ToInt32, value);
        }

        if (type == typeof(BigInteger))
        {
            return Expression.Call(Conversions.ToBig, value);
        }

        if (type == typeof(double))
        {
            return Expression.Call(Conversions.ToDouble, value);
        }

        if (type == typeof(bool))
        {
            return Expression.Call(Conversions.ToBool, value);
        }

        if (type == typeof(string))
        {
            return _paths
                ? Expression.Call(Conversions.ToPath, value)
                : Expression.Call(Conversions.ToStr, value, Expression.Constant(Name), Expression.Constant(argument));
        }

        if (type == typeof(object?[]) || type == typeof(PyDict) && _kwArgs >= 0 && _slots[_kwArgs].ClrType == type)
        {
            return Expression.Convert(value, type);
        }

        if (!type.IsValueType)
        {
            return Expression.Call(Conversions.ToObject.MakeGenericMethod(type), value, Expression.Constant(Name), Expression.Constant(argument), Expression.Constant(PythonTypeName(type)));
        }

        throw new InvalidOperationException($"{_method.DeclaringType?.Name}.{_method.Name}: parameter type {type} cannot be exported to Python");
    }

    // The conversion methods the compiled delegates call; looked up only when a binder first compiles.
    private static class Conversions
    {
        public static readonly MethodInfo ToLong = typeof(PyArg).GetMethod(nameof(PyArg.ToLong))!;
        public static readonly MethodInfo ToInt32 = typeof(PyArg).GetMethod(nameof(PyArg.ToInt32))!;
        public static readonly MethodInfo ToBig = typeof(PyArg).GetMethod(nameof(PyArg.ToBigInteger))!;
        public static readonly MethodInfo ToDouble = typeof(PyArg).GetMethod(nameof(PyArg.ToDouble))!;
        public static readonly MethodInfo ToBool = typeof(PyArg).GetMethod(nameof(PyArg.ToBool))!;
        public static readonly MethodInfo ToStr = typeof(PyArg).GetMethod(nameof(PyArg.ToStr))!;
        public static readonly MethodInfo ToPath = typeof(PyArg).GetMethod(nameof(PyArg.ToPath))!;
        public static readonly MethodInfo ToStrOrNone = typeof(PyArg).GetMethod(nameof(PyArg.ToStrOrNone))!;
        public static readonly MethodInfo ToObject = typeof(PyArg).GetMethod(nameof(PyArg.ToObject))!;
        public static readonly MethodInfo Normalize = typeof(PyInt).GetMethod(nameof(PyInt.Normalize))!;
    }
}
