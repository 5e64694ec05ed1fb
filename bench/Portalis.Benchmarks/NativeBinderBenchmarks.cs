using BenchmarkDotNet.Attributes;
using Portalis.Runtime;

namespace Portalis.Benchmarks;

/// <summary>
/// The cost of calling an exported C# function through the reflection binder (vectorcall → slot array →
/// compiled invoker → typed C# method), against a direct C# call and a hand-written <see cref="PyNativeCall"/>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class NativeBinderBenchmarks
{
    private static readonly string[] s_kwnames = ["abs_tol"];
    private object? _copysign;
    private object? _isclose;
    private object? _handWritten;
    private object? _x = 1.5;
    private object? _y = -2.0;

    [GlobalSetup]
    public void Setup()
    {
        var math = NativeModuleCatalog.GetModule("math")!;
        math.TryGetAttribute("copysign", out _copysign);
        math.TryGetAttribute("isclose", out _isclose);
        _handWritten = new PyBuiltinFunction("copysign", static (args, kwnames) =>
        {
            if (args.Length != 2 || kwnames is not null)
            {
                throw new PyTypeError("copysign expected 2 arguments");
            }

            return Math.CopySign(PyArg.ToDouble(args[0]), PyArg.ToDouble(args[1]));
        });
        PyOps.Call(_copysign, _x, _y);
        PyOps.CallKw(_isclose, [_x, _y, 0.5], s_kwnames);
    }

    [Benchmark(Baseline = true)]
    public object? Direct() => MathModule.CopySign(PyArg.ToDouble(_x), PyArg.ToDouble(_y));

    [Benchmark]
    public object? HandWrittenNativeCall() => PyOps.Call(_handWritten, _x, _y);

    [Benchmark]
    public object? Binder_Positional() => PyOps.Call(_copysign, _x, _y);

    [Benchmark]
    public object? Binder_Keyword() => PyOps.CallKw(_isclose, [_x, _y, 0.5], s_kwnames);
}
