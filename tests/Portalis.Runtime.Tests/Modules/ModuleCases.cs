using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Modules;

/// <summary>Reads Data/modules/*.jsonl written by eng/regen-module-expectations.py.</summary>
internal static class ModuleCases
{
    public static IEnumerable<JsonElement> Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "modules", name + ".jsonl");
        foreach (var line in File.ReadLines(path))
        {
            yield return JsonDocument.Parse(line).RootElement;
        }
    }

    public static object? Decode(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("bytes", out var bytes))
            {
                return new PyBytes([.. bytes.EnumerateArray().Select(b => (byte)b.GetInt32())]);
            }

            if (e.TryGetProperty("dict", out var dict))
            {
                var d = new PyDict();
                foreach (var pair in dict.EnumerateArray())
                {
                    d.SetItem(Decode(pair[0]), Decode(pair[1]));
                }

                return d;
            }

            if (e.TryGetProperty("gm", out var gm))
            {
                return Py.Call("time", "gmtime", Decode(gm));
            }

            if (e.TryGetProperty("l", out var l))
            {
                return new PyList([.. l.EnumerateArray().Select(Decode)]);
            }

            return new PyTuple([.. e.GetProperty("t").EnumerateArray().Select(Decode)]);
        }

        var s = e.GetString()!;
        var body = s[2..];
        return s[0] switch
        {
            'n' => null,
            'b' => body == "True",
            'i' => PyInt.Normalize(BigInteger.Parse(body, CultureInfo.InvariantCulture)),
            'd' => PyFloat.Parse(body),
            's' => body,
            _ => throw new InvalidDataException(s),
        };
    }

    /// <summary>Runs one {"f", "args", "kw", "expect"} case; returns null when it matches, else a description.</summary>
    public static string? Check(JsonElement row)
    {
        if (row.TryGetProperty("attr", out var attr))
        {
            var name = attr.GetString()!;
            var value = PyOps.Repr(Py.Attr(NativeName(name[..name.LastIndexOf('.')]), name[(name.LastIndexOf('.') + 1)..]));
            return value == row.GetProperty("expect").GetString() ? null : $"{name}: got {value}";
        }

        var f = row.GetProperty("f").GetString()!;
        var dot = f.LastIndexOf('.');
        var args = row.GetProperty("args").EnumerateArray().Select(Decode).ToList();
        var kwnames = new List<string>();
        foreach (var p in row.GetProperty("kw").EnumerateObject())
        {
            kwnames.Add(p.Name);
            args.Add(Decode(p.Value));
        }

        var expect = row.GetProperty("expect").GetString();
        string actual;
        try
        {
            actual = PyOps.Repr(Py.CallKw(NativeName(f[..dot]), f[(dot + 1)..], [.. args], kwnames.Count == 0 ? [] : [.. kwnames]));
        }
        catch (PyBaseException e)
        {
            actual = "!" + e.PythonTypeName + ": " + e.PyStr();
        }

        return actual == expect ? null : $"{f}({string.Join(", ", args.Select(PyOps.Repr))}): expected {expect}, got {actual}";
    }

    /// <summary>
    /// The native module behind a Python module the cases name: <c>json</c> is Lib/json (Python) over the
    /// native <c>_portalis_json</c>, whose functions the cases check; <c>re</c> is Lib/re.py over <c>_portalis_re</c>.
    /// </summary>
    private static string NativeName(string module) => module switch
    {
        "json" => "_portalis_json",
        "re" => "_portalis_re",
        _ => module,
    };

    public static void CheckAll(string file, Func<JsonElement, bool>? filter = null)
    {
        var failures = Load(file).Where(r => filter is null || filter(r)).Select(Check).Where(x => x is not null).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(40)));
    }
}
