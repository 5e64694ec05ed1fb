using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// A Python function (<c>def</c> or <c>lambda</c>): a <see cref="PyCode"/>, a C# body that receives the bound
/// slot array, the defining module, defaults and an attribute dictionary. Looked up through an instance
/// it is a bound <see cref="PyMethod"/> (functions are non-data descriptors).
/// </summary>
public sealed partial class PyFunction : PyObject, IPyDescriptor
{
    private readonly Func<object?[], object?> _body;
    private PyDict? _dict;

    /// <summary>Creates the function object that <c>def</c> binds.</summary>
    public PyFunction(PyCode code, Func<object?[], object?> body, PyModule module)
    {
        Code = code;
        _body = body;
        Module = module;
        Name = code.Name;
        QualName = code.QualName;
        ModuleName = module.Name;
    }

    /// <summary>The code object.</summary>
    public PyCode Code { get; }

    /// <summary>The defining module (<c>__globals__</c>).</summary>
    public PyModule Module { get; }

    /// <summary><c>__name__</c></summary>
    public string Name { get; set; }

    /// <summary><c>__qualname__</c> (used in argument error messages and the repr).</summary>
    public string QualName { get; set; }

    /// <summary><c>__module__</c></summary>
    public object? ModuleName { get; set; }

    /// <summary><c>__doc__</c></summary>
    public object? Doc { get; set; }

    /// <summary><c>__defaults__</c>: values of the last positional parameters, or null.</summary>
    public PyTuple? Defaults { get; set; }

    /// <summary><c>__kwdefaults__</c>: keyword-only parameter defaults by name, or null.</summary>
    public PyDict? KwDefaults { get; set; }

    /// <summary><c>__annotations__</c>, made by <see cref="AnnotationsFactory"/> (or empty) on first read.</summary>
    public PyDict? Annotations { get; set; }

    /// <summary>
    /// Evaluates the parameter and return annotations into a dict. CPython evaluates them when <c>def</c> runs;
    /// Portalis evaluates them on the first read of <c>__annotations__</c>, so a program that never reads them
    /// pays nothing (the values are the same unless the names they use are rebound in between).
    /// </summary>
    public Func<PyDict>? AnnotationsFactory { get; set; }

    /// <summary><c>__dict__</c>: attributes set on the function (decorators set <c>__wrapped__</c> and friends).</summary>
    public PyDict Dict => _dict ?? Interlocked.CompareExchange(ref _dict, new PyDict(), null) ?? _dict;

    /// <inheritdoc/>
    public override string PythonTypeName => "function";

    /// <summary>Calls the body with an already bound slot array (the method fast path).</summary>
    internal object? Invoke(object?[] slots)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return _body(slots);
    }

    /// <inheritdoc/>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (kwnames is null && _arity == args.Length)
        {
            return CallFast(args);
        }

        var slots = ArgumentBinder.Bind(this, args, kwnames);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return _body(slots);
    }

    /// <summary>Calls with <paramref name="self"/> prepended to the arguments (an unallocated bound method).</summary>
    internal object? CallWithSelf(object? self, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (kwnames is null && _arity == args.Length + 1)
        {
            return CallFast(self, args);
        }

        var code = Code;
        if (kwnames is null && code.IsSimple && args.Length + 1 == code.PositionalCount)
        {
            var slots = new object?[args.Length + 1];
            slots[0] = self;
            args.CopyTo(slots.AsSpan(1));
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return _body(slots);
        }

        var all = new object?[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        return Call(all, kwnames);
    }

    object? IPyDescriptor.Get(object? instance, PyType owner) => instance is null ? this : new PyMethod(this, instance);

    /// <inheritdoc/>
    public override string Repr() => $"<function {QualName} at 0x{PyOps.Id(this):x}>";

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        switch (name)
        {
            case "__name__":
                value = Name;
                return true;
            case "__qualname__":
                value = QualName;
                return true;
            case "__module__":
                value = ModuleName;
                return true;
            case "__doc__":
                value = Doc;
                return true;
            case "__defaults__":
                value = Defaults;
                return true;
            case "__kwdefaults__":
                value = KwDefaults;
                return true;
            case "__annotations__":
                value = Annotations ??= AnnotationsFactory?.Invoke() ?? new PyDict();
                return true;
            case "__dict__":
                value = Dict;
                return true;
            case "__globals__":
                value = Module;
                return true;
            default:
                if (_dict is not null && _dict.TryGetValue(name, out value))
                {
                    return true;
                }

                value = null;
                return false;
        }
    }

    /// <inheritdoc/>
    public override void SetAttribute(string name, object? value)
    {
        switch (name)
        {
            case "__name__":
                Name = value as string ?? throw new PyTypeError("__name__ must be set to a string object");
                break;
            case "__qualname__":
                QualName = value as string ?? throw new PyTypeError("__qualname__ must be set to a string object");
                break;
            case "__module__":
                ModuleName = value;
                break;
            case "__doc__":
                Doc = value;
                break;
            case "__defaults__":
                Defaults = value is null ? null : value as PyTuple ?? throw new PyTypeError("__defaults__ must be set to a tuple object");
                break;
            case "__kwdefaults__":
                KwDefaults = value is null ? null : value as PyDict ?? throw new PyTypeError("__kwdefaults__ must be set to a dict object");
                break;
            case "__annotations__":
                Annotations = value as PyDict ?? throw new PyTypeError("__annotations__ must be set to a dict object");
                break;
            case "__dict__":
                _dict = value as PyDict ?? throw new PyTypeError("__dict__ must be set to a dictionary, not a '" + PyOps.TypeName(value) + "'");
                break;
            default:
                Dict.SetItem(name, value);
                break;
        }
    }

    /// <inheritdoc/>
    public override void DelAttribute(string name)
    {
        if (_dict is null || !_dict.ContainsKey(name))
        {
            throw new PyAttributeError($"'function' object has no attribute '{name}'");
        }

        _dict.DelItem(name);
    }
}

/// <summary>A bound method (<c>instance.f</c>): calls its function with <see cref="Self"/> prepended.</summary>
public sealed class PyMethod(object function, object? self) : PyObject
{
    /// <summary><c>__func__</c></summary>
    public object Function { get; } = function;

    /// <summary><c>__self__</c></summary>
    public object? Self { get; } = self;

    /// <inheritdoc/>
    public override string PythonTypeName => "method";

    /// <inheritdoc/>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (Function is PyFunction f)
        {
            return f.CallWithSelf(Self, args, kwnames);
        }

        var all = new object?[args.Length + 1];
        all[0] = Self;
        args.CopyTo(all.AsSpan(1));
        return PyOps.CallKw(Function, all, kwnames);
    }

    /// <inheritdoc/>
    public override string Repr()
    {
        var name = PyOps.GetAttr(Function, "__qualname__", null) as string
            ?? PyOps.GetAttr(Function, "__name__", null) as string ?? "?";
        return $"<bound method {name} of {PyOps.Repr(Self)}>";
    }

    /// <inheritdoc/>
    public override object? RichCompare(CompareOperator op, object? other)
    {
        if (op is not (CompareOperator.Eq or CompareOperator.Ne) || other is not PyMethod m)
        {
            return PyNotImplemented.Value;
        }

        var eq = ReferenceEquals(Self, m.Self) && PyOps.Eq(Function, m.Function);
        return op == CompareOperator.Eq ? eq : !eq;
    }

    /// <inheritdoc/>
    public override long Hash() => PyOps.Id(Self) ^ PyOps.Hash(Function);

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        switch (name)
        {
            case "__func__":
                value = Function;
                return true;
            case "__self__":
                value = Self;
                return true;
            case "__call__":
                // Objects/classobject.c, method_call: the bound method's own call (self prepended), not its function's.
                value = new PyBuiltinFunction("__call__", Call, this);
                return true;
            default:
                return PyOps.TryGetAttr(Function, name, out value);
        }
    }
}
