using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Differential;

/// <summary>One line of a Data/*.jsonl file written by eng/regen-runtime-expectations.py.</summary>
internal sealed record Case(string Op, object?[] Args, string? Out, string? Err, string Line);

internal static class CaseFile
{
    public static IReadOnlyList<Case> Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", name);
        var cases = new List<Case>();
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var args = root.GetProperty("args").EnumerateArray().Select(Decode).ToArray();
            cases.Add(new Case(
                root.GetProperty("op").GetString()!,
                args,
                root.TryGetProperty("out", out var o) ? o.GetString() : null,
                root.TryGetProperty("err", out var e) ? e.GetString() : null,
                line));
        }

        return cases;
    }

    public static object? Decode(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Object:
                var p = e.EnumerateObject().First();
                return p.Name switch
                {
                    "i" => PyInt.Normalize(BigInteger.Parse(p.Value.GetString()!, CultureInfo.InvariantCulture)),
                    "f" => Bits(p.Value),
                    "c" => new Complex(Bits(p.Value[0]), Bits(p.Value[1])),
                    "s" => p.Value.GetString(),
                    "t" => new PyTuple(p.Value.EnumerateArray().Select(Decode).ToArray()),
                    "l" => new PyList(p.Value.EnumerateArray().Select(Decode).ToArray()),
                    "d" => DecodeDict(p.Value),
                    "set" => PySet.Of(p.Value.EnumerateArray().Select(Decode).ToArray()),
                    "fs" => new PyFrozenSet(new PyList(p.Value.EnumerateArray().Select(Decode).ToArray())),
                    "range" => new PyRange(p.Value[0].GetInt64(), p.Value[1].GetInt64(), p.Value[2].GetInt64()),
                    _ => throw new InvalidDataException(p.Name),
                };
            default:
                throw new InvalidDataException(e.ToString());
        }

        static PyDict DecodeDict(JsonElement pairs)
        {
            var dict = new PyDict();
            foreach (var pair in pairs.EnumerateArray())
            {
                dict.SetItem(Decode(pair[0]), Decode(pair[1]));
            }

            return dict;
        }

        static double Bits(JsonElement v) => BitConverter.Int64BitsToDouble(long.Parse(v.GetString()!, CultureInfo.InvariantCulture));
    }

    /// <summary>Runs every case through <paramref name="evaluate"/>; returns the failures, rendered.</summary>
    public static List<string> Run(IEnumerable<Case> cases, Func<Case, object?> evaluate)
    {
        var failures = new List<string>();
        foreach (var c in cases)
        {
            string actual;
            try
            {
                actual = "out " + PyOps.Repr(evaluate(c));
            }
            catch (PyBaseException e)
            {
                actual = "err " + e.PythonTypeName + ": " + e.PyStr();
            }
            catch (Exception e)
            {
                actual = "crash " + e.GetType().Name + ": " + e.Message;
            }

            var expected = c.Out is not null ? "out " + c.Out : "err " + c.Err;
            if (actual != expected)
            {
                failures.Add($"{c.Line}\n    expected: {expected}\n    actual:   {actual}");
            }
        }

        return failures;
    }

    public static void AssertAll(string file, Func<Case, object?> evaluate, Func<Case, bool>? filter = null)
    {
        var cases = Load(file).Where(filter ?? (_ => true)).ToList();
        Assert.NotEmpty(cases);
        var failures = Run(cases, evaluate);
        if (failures.Count > 0)
        {
            var message = new StringBuilder().Append(failures.Count).Append(" of ").Append(cases.Count).Append(" cases failed:\n");
            foreach (var f in failures.Take(40))
            {
                message.Append(f).Append('\n');
            }

            Assert.Fail(message.ToString());
        }
    }
}
