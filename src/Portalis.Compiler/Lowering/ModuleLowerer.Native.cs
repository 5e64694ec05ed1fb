using System.Numerics;
using Portalis.Compiler.Binding;
using Portalis.Compiler.Typing;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

// Native locals (docs/EMISSION.md, "Typed path"): a local the inference proved to hold an exact native object
// (Typing/NativeTypes) is a C# local of that class, and calls of its exported methods are direct C# calls whose
// double/long/bool results stay unboxed. Their arguments are converted as the runtime's binder converts them.
internal sealed partial class ModuleLowerer
{
    /// <summary>True when <paramref name="name"/> is a native local of the function being written.</summary>
    private bool IsNativeLocal(string name, out Type type)
    {
        type = null!;
        return _class is null && CurrentScope.Resolve(name) == NameResolution.Local && Types.NativeLocals.TryGetValue(name, out type!);
    }

    /// <summary>
    /// How a native local is bound: <c>ExpectConfined</c> when its object never leaves the frame and its class can
    /// drop its lock for that (<see cref="Portalis.Runtime.IPyConfinable"/>), else <c>Expect</c>.
    /// </summary>
    private string NativeBinding(string name, Type native) =>
        Types.ConfinedLocals.Contains(name) && typeof(Portalis.Runtime.IPyConfinable).IsAssignableFrom(native) ? "ExpectConfined" : "Expect";

    /// <summary>The C# name of a runtime class.</summary>
    private static string NativeClass(Type type) => "global::" + type.FullName!.Replace('+', '.');

    /// <summary>
    /// The direct call of a native method (<see cref="FunctionTypes.NativeCalls"/>), as C# of the call's proven type:
    /// double, PyIntValue or bool for those results, else the Python object the binder would return.
    /// </summary>
    private string NativeCallCode(Call call)
    {
        var method = Types.NativeCalls[call];
        var receiver = LocalName(((Name)((Syntax.Ast.Attribute)call.Func).Value).Id);

        // Python evaluates every argument before the binder converts any (a conversion can raise): with a
        // conversion and more than one argument, the values are first held in pattern variables.
        var hold = call.Args.Count > 1 && Enumerable.Range(0, call.Args.Count).Any(method.Converts);
        var held = new List<string>();
        var args = new List<string>();
        for (var i = 0; i < call.Args.Count; i++)
        {
            var parameter = method.Parameters[i];
            var type = TypeOf(call.Args[i]);
            var direct = (parameter == typeof(double) && type == InferredType.Float) || (parameter == typeof(bool) && type == InferredType.Bool);
            var value = direct ? TypedCore(call.Args[i]) : Expr(call.Args[i]);
            if (hold)
            {
                var temp = NewId("na");
                held.Add($"{value} is var {temp}");
                value = temp;
            }

            args.Add(direct ? value : ConvertNativeArgument(parameter, value));
        }

        var code = $"{receiver}.{method.Method.Name}({string.Join(", ", args)})";
        code = method.Result switch
        {
            InferredType.Int => $"new PyIntValue({code})",
            _ when method.Method.ReturnType == typeof(BigInteger) => $"PyInt.Normalize({code})",
            _ => code,
        };
        return hold ? $"({string.Join(" && ", held)} ? {code} : default!)" : code;
    }

    /// <summary>The binder's conversion of a Python object to a C# parameter type (Modules/Export/NativeBinder).</summary>
    private static string ConvertNativeArgument(Type parameter, string value) => parameter switch
    {
        _ when parameter == typeof(long) => $"PyArg.ToLong({value})",
        _ when parameter == typeof(int) => $"PyArg.ToInt32({value})",
        _ when parameter == typeof(double) => $"PyArg.ToDouble({value})",
        _ when parameter == typeof(bool) => $"PyArg.ToBool({value})",
        _ when parameter == typeof(BigInteger) => $"PyArg.ToBigInteger({value})",
        _ => value,
    };
}
