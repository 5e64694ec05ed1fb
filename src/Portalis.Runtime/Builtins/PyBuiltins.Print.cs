using System.Text;

namespace Portalis.Runtime;

public static partial class PyBuiltins
{
    private static TextWriter s_stdout = CreateStdout();
    private static bool s_discardAtExit;

    /// <summary>
    /// <c>sys.stdout</c>: buffered UTF-8 output, "\n" line endings, flushed at process exit. Replace it to
    /// capture output (tests, the browser host).
    /// </summary>
    public static TextWriter Stdout
    {
        get => Volatile.Read(ref s_stdout);
        set => Volatile.Write(ref s_stdout, value);
    }

    /// <summary>
    /// <c>print(*values, sep=' ', end='\n', file=sys.stdout, flush=False)</c>. One call is written as a
    /// unit (whole lines from concurrent threads do not interleave inside a call); None for sep or end
    /// means the default, as in CPython.
    /// </summary>
    public static void Print(object?[] values, string? sep = " ", string? end = "\n", TextWriter? file = null, bool flush = false)
    {
        // A terminated multiprocessing worker prints nothing more.
        MultiprocessingModule.StopIfTerminated();
        if (file is null && SysModule.RedirectedStdout is not null)
        {
            // sys.stdout was reassigned: print writes to that object.
            BuiltinsModule.Print(values, sep, end, null, flush);
            return;
        }

        sep ??= " ";
        end ??= "\n";
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(sep);
            }

            builder.Append(PyOps.Str(values[i]));
        }

        builder.Append(end);
        var writer = file ?? Stdout;
        lock (writer)
        {
            writer.Write(builder);
            if (flush)
            {
                writer.Flush();
            }
        }
    }

    /// <summary>Flushes <see cref="Stdout"/>.</summary>
    public static void FlushStdout()
    {
        var writer = Stdout;
        lock (writer)
        {
            writer.Flush();
        }
    }

    /// <summary>
    /// Makes the process exit drop what the default stdout still buffers instead of writing it (<c>os._exit</c>,
    /// which ends the process without flushing, as C's <c>_exit</c> does).
    /// </summary>
    internal static void DiscardStdoutAtExit() => Volatile.Write(ref s_discardAtExit, true);

    private static StreamWriter CreateStdout()
    {
        var writer = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };

        // Buffered output must reach the terminal even when the program ends without an explicit flush.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (!Volatile.Read(ref s_discardAtExit))
            {
                FlushStdout();
            }
        };
        return writer;
    }
}
