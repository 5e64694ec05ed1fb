using System.Text;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax.Tests;

// Robustness: mutated real files and pathological inputs must give tokens, a tree or diagnostics, never
// an exception, a hang or a stack overflow. Set PORTALIS_STRESS=1 for many more mutations per file.
public sealed class FuzzTests
{
    private const int Seed = 20261124;
    private static readonly string s_corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");
    private static readonly bool s_stress = Environment.GetEnvironmentVariable("PORTALIS_STRESS") == "1";

    // Characters that upset tokenizers: brackets, quotes, escapes, line breaks, indentation, number parts.
    private const string Interesting = "()[]{}'\"\\\n\r\t\f #:;.,0123456789xXoObBeEjJ_+-*/<>=!@$?`\u20ac\u00a0\u00e9\u200b\ud83d\ude00\0";

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(s_corpus, "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void TokenizeAndParse_MutatedCorpusFile_OnlyDiagnostics(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(s_corpus, name));
        var random = new Random(Seed ^ StableHash(name));
        var original = SourceText.FromBytes(bytes, name);
        Check(original.Source.Text, name);

        var text = original.Source.Text;
        var tokens = Tokenizer.Tokenize(original.Source).AsSpan().ToArray();
        var mutations = s_stress ? 2000 : 40;
        for (var i = 0; i < mutations; i++)
        {
            var mutated = Mutate(text, tokens, random);
            Check(mutated, $"{name} mutation {i}");
        }

        // Byte-level damage exercises decoding: invalid UTF-8, stray coding declarations.
        for (var i = 0; i < (s_stress ? 200 : 5); i++)
        {
            var damaged = (byte[])bytes.Clone();
            for (var k = 0; k < 3; k++)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            RunGuarded($"{name} bytes {i}", () =>
            {
                var decoded = SourceText.FromBytes(damaged, name);
                if (decoded.Error is null)
                {
                    Exercise(decoded.Source);
                }
            });
        }
    }

    public static TheoryData<string, string> Pathological() => new()
    {
        { "10,000 nested parentheses", new string('(', 10_000) + "x" + new string(')', 10_000) + "\n" },
        { "10,000 unclosed brackets", new string('[', 10_000) },
        { "100,000-term sum", "x = " + string.Join(" + ", Enumerable.Repeat("a", 100_000)) + "\n" },
        { "100,000-term comparison", "x = " + string.Join(" < ", Enumerable.Repeat("a", 100_000)) + "\n" },
        { "100,000 unary minus", "x = " + new string('-', 100_000) + "1\n" },
        { "100,000 not", "x = " + string.Concat(Enumerable.Repeat("not ", 100_000)) + "y\n" },
        { "100,000 power", "x = " + string.Join(" ** ", Enumerable.Repeat("2", 100_000)) + "\n" },
        { "100,000 attributes", "x = a" + string.Concat(Enumerable.Repeat(".b", 100_000)) + "\n" },
        { "100,000 calls", "x = f" + string.Concat(Enumerable.Repeat("()", 100_000)) + "\n" },
        { "10,000 lambdas", "x = " + string.Concat(Enumerable.Repeat("lambda: ", 10_000)) + "1\n" },
        { "10,000 conditionals", "x = " + string.Concat(Enumerable.Repeat("a if b else ", 10_000)) + "c\n" },
        { "10,000 nested f-strings", string.Concat(Enumerable.Repeat("f'{", 10_000)) + "x" },
        { "1,000 indentation levels", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 1_000) + "pass\n" },
        { "100,000 statements", string.Concat(Enumerable.Repeat("x = 1\n", 100_000)) },
        { "1,000,000-character string", "x = '" + new string('a', 1_000_000) + "'\n" },
        { "unterminated triple quote at 1 MB", "x = '''" + new string('\n', 1_000_000) },
        { "100,000 backslash continuations", string.Concat(Enumerable.Repeat("\\\n", 100_000)) + "x\n" },
        { "only null bytes", new string('\0', 1_000) },
        { "lone surrogates", "x = '\ud800'\n\udc00 = 1\n" },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void TokenizeAndParse_PathologicalInput_OnlyDiagnostics(string name, string text) => Check(text, name);

    private static void Check(string text, string name) => RunGuarded(name, () => Exercise(new SourceText(text, "fuzz.py")));

    private static void Exercise(SourceText source)
    {
        var plain = Tokenizer.Tokenize(source);
        var trivia = Tokenizer.Tokenize(source, new TokenizerOptions { IncludeTrivia = true });
        foreach (var result in new[] { plain, trivia })
        {
            Assert.True(result.Count > 0);
            var last = result.Tokens[result.Count - 1];
            Assert.Equal(result.Error is null ? TokenKind.EndMarker : TokenKind.Error, last.Kind);
            var previousStart = 0;
            foreach (var token in result.AsSpan())
            {
                Assert.InRange(token.Span.Start, previousStart, source.Length);
                Assert.InRange(token.Span.End, token.Span.Start, source.Length);
                previousStart = token.Span.Start;
            }

            if (result.Error is { } error)
            {
                Assert.NotEmpty(Diagnostics.DiagnosticFormatter.FormatPython(error));
                Assert.NotEmpty(Diagnostics.DiagnosticFormatter.FormatCompiler(error));
            }
        }

        TokenizerFormatter.WritePythonFormat(TextWriter.Null, trivia);
        var parsed = Parser.ParseModule(source);
        Assert.True(parsed.Success == (parsed.Module is not null));
        foreach (var diagnostic in parsed.Diagnostics)
        {
            Assert.NotEmpty(Diagnostics.DiagnosticFormatter.FormatPython(diagnostic));
        }
    }

    // Runs on a thread with .NET's default stack size and a watchdog: an exception fails the test with
    // the input's name, a hang fails it after the deadline.
    private static void RunGuarded(string name, Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromMinutes(5)), $"{name}: still running after 5 minutes");
        if (failure is not null)
        {
            throw new InvalidOperationException($"{name}: {failure.GetType().Name}: {failure.Message}", failure);
        }
    }

    private static string Mutate(string text, Token[] tokens, Random random)
    {
        if (text.Length == 0)
        {
            return Interesting[random.Next(Interesting.Length)].ToString();
        }

        var builder = new StringBuilder(text);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var useTokens = tokens.Length > 2 && random.Next(2) == 0;
            var (start, length) = useTokens ? TokenRange(tokens, random, builder.Length) : CharRange(builder.Length, random);
            switch (random.Next(5))
            {
                case 0:
                    builder.Remove(start, length);
                    break;
                case 1:
                    builder.Insert(start, builder.ToString(start, length));
                    break;
                case 2:
                {
                    var (other, otherLength) = useTokens ? TokenRange(tokens, random, builder.Length) : CharRange(builder.Length, random);
                    if (other < start)
                    {
                        (start, length, other, otherLength) = (other, otherLength, start, length);
                    }

                    if (start + length <= other)
                    {
                        var second = builder.ToString(other, otherLength);
                        var first = builder.ToString(start, length);
                        builder.Remove(other, otherLength).Insert(other, first);
                        builder.Remove(start, length).Insert(start, second);
                    }

                    break;
                }

                case 3:
                    builder.Insert(start, Interesting[random.Next(Interesting.Length)]);
                    break;
                default:
                    builder[start] = Interesting[random.Next(Interesting.Length)];
                    break;
            }
        }

        return builder.ToString();
    }

    private static (int Start, int Length) CharRange(int length, Random random)
    {
        var start = random.Next(length);
        return (start, Math.Min(length - start, 1 + random.Next(8)));
    }

    private static (int Start, int Length) TokenRange(Token[] tokens, Random random, int length)
    {
        var span = tokens[random.Next(tokens.Length)].Span;
        var start = Math.Min(span.Start, Math.Max(0, length - 1));
        return (start, Math.Max(1, Math.Min(span.Length, length - start)));
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = (hash * 31) + c;
        }

        return hash;
    }
}
