using System.Reflection;

namespace Portalis.Runtime;

/// <summary>The kind of a Python parameter (<c>inspect.Parameter.kind</c>).</summary>
public enum PyParameterKind
{
    /// <summary>Before <c>/</c>.</summary>
    PositionalOnly,

    /// <summary>An ordinary parameter.</summary>
    PositionalOrKeyword,

    /// <summary><c>*args</c></summary>
    VarPositional,

    /// <summary>After <c>*</c> or <c>*args</c>.</summary>
    KeywordOnly,

    /// <summary><c>**kwargs</c></summary>
    VarKeyword,
}

/// <summary>One parameter of an exported C# method as Python sees it.</summary>
/// <param name="Name">The Python name (the C# parameter name).</param>
/// <param name="Kind">Its kind.</param>
/// <param name="HasDefault">Whether the C# parameter is optional.</param>
/// <param name="Default">The C# default value (boxed), when <paramref name="HasDefault"/>.</param>
/// <param name="ClrType">The C# parameter type, which decides the argument conversion.</param>
/// <param name="Position">The C# parameter position (the slot the binder fills).</param>
public sealed record PyParameter(string Name, PyParameterKind Kind, bool HasDefault, object? Default, Type ClrType, int Position);

/// <summary>A Python signature derived from a C# method.</summary>
public sealed class PySignature
{
    internal PySignature(IReadOnlyList<PyParameter> clrOrder)
    {
        ClrOrder = clrOrder;
        Parameters = [.. clrOrder.OrderBy(p => p.Kind switch
        {
            PyParameterKind.PositionalOnly or PyParameterKind.PositionalOrKeyword => 0,
            PyParameterKind.VarPositional => 1,
            PyParameterKind.KeywordOnly => 2,
            _ => 3,
        }).ThenBy(p => p.Position)];
    }

    /// <summary>The parameters in Python order (positional, <c>*args</c>, keyword-only, <c>**kwargs</c>).</summary>
    public IReadOnlyList<PyParameter> Parameters { get; }

    /// <summary>The parameters in C# order (the order of the method's arguments).</summary>
    public IReadOnlyList<PyParameter> ClrOrder { get; }

    /// <summary>Derives the signature of <paramref name="method"/> from its parameters and their attributes.</summary>
    public static PySignature FromMethod(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var parameters = method.GetParameters();
        var lastPositionalOnly = -1;
        var firstKeywordOnly = int.MaxValue;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].IsDefined(typeof(PyPositionalOnlyAttribute)))
            {
                lastPositionalOnly = i;
            }

            if (parameters[i].IsDefined(typeof(PyKeywordOnlyAttribute)) && firstKeywordOnly == int.MaxValue)
            {
                firstKeywordOnly = i;
            }
        }

        var result = new List<PyParameter>(parameters.Length);
        var seenVarArgs = false;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            PyParameterKind kind;
            if (p.IsDefined(typeof(ParamArrayAttribute)) || p.IsDefined(typeof(PyVarArgsAttribute)))
            {
                kind = PyParameterKind.VarPositional;
                seenVarArgs = true;
            }
            else if (p.IsDefined(typeof(PyKwArgsAttribute)))
            {
                kind = PyParameterKind.VarKeyword;
            }
            else if (seenVarArgs || i >= firstKeywordOnly)
            {
                kind = PyParameterKind.KeywordOnly;
            }
            else if (i <= lastPositionalOnly)
            {
                kind = PyParameterKind.PositionalOnly;
            }
            else
            {
                kind = PyParameterKind.PositionalOrKeyword;
            }

            result.Add(new PyParameter(p.Name!, kind, p.HasDefaultValue, p.HasDefaultValue ? p.DefaultValue : null, p.ParameterType, i));
        }

        return new PySignature(result);
    }

    /// <summary>The Python text of the signature, as <c>inspect.signature</c> prints it: <c>(x, /, *, key=None)</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        var hasStar = false;
        for (var i = 0; i < Parameters.Count; i++)
        {
            var p = Parameters[i];
            if (p.Kind == PyParameterKind.KeywordOnly && !hasStar)
            {
                parts.Add("*");
                hasStar = true;
            }

            parts.Add(p.Kind switch
            {
                PyParameterKind.VarPositional => "*" + p.Name,
                PyParameterKind.VarKeyword => "**" + p.Name,
                _ => p.HasDefault ? $"{p.Name}={PyOps.Repr(p.Default)}" : p.Name,
            });
            if (p.Kind == PyParameterKind.VarPositional)
            {
                hasStar = true;
            }

            if (p.Kind == PyParameterKind.PositionalOnly && (i + 1 == Parameters.Count || Parameters[i + 1].Kind != PyParameterKind.PositionalOnly))
            {
                parts.Add("/");
            }
        }

        return "(" + string.Join(", ", parts) + ")";
    }
}

/// <summary>One exported function of a native module: its Python name, C# method and Python signature.</summary>
/// <param name="Name">The Python name.</param>
/// <param name="Method">The C# method the translator may call directly.</param>
/// <param name="Signature">The Python signature.</param>
public sealed record NativeFunctionInfo(string Name, MethodInfo Method, PySignature Signature);
