using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// A text file object (<c>io.TextIOWrapper</c>): what <c>open()</c> returns in text mode and what
/// <c>sys.stdout</c>, <c>sys.stderr</c> and <c>sys.stdin</c> are. Reading translates "\r\n" and "\r" to
/// "\n" (universal newlines); writing writes "\n" as is (POSIX). Every call holds the file's lock, so
/// lines written by concurrent threads do not interleave inside a call.
/// </summary>
public sealed partial class PyTextFile : NativeObject, IEnumerable<object?>
{
    private readonly Lock _lock = new();
    private readonly Func<TextWriter>? _writer;
    private readonly Func<TextReader>? _reader;
    private readonly IDisposable? _owned;
    private bool _closed;

    /// <summary>A file over a writer and/or reader; <paramref name="owned"/> is disposed by <c>close()</c>.</summary>
    public PyTextFile(string name, string mode, Func<TextWriter>? writer, Func<TextReader>? reader, IDisposable? owned, string encoding = "utf-8")
    {
        Name = name;
        Mode = mode;
        _writer = writer;
        _reader = reader;
        _owned = owned;
        Encoding = encoding;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "_io.TextIOWrapper";

    /// <summary><c>name</c></summary>
    [PyExport("name")]
    public string Name { get; }

    /// <summary><c>mode</c></summary>
    [PyExport("mode")]
    public string Mode { get; }

    /// <summary><c>encoding</c></summary>
    [PyExport("encoding")]
    public string Encoding { get; }

    /// <summary><c>closed</c></summary>
    [PyExport("closed")]
    public bool Closed => _closed;

    /// <inheritdoc/>
    public override string Repr() => $"<_io.TextIOWrapper name={PyOps.Repr(Name)} mode={PyOps.Repr(Mode)} encoding='{Encoding}'>";

    /// <summary><c>write(s)</c>: returns the number of characters written.</summary>
    [PyExport("write")]
    public long Write(object? s)
    {
        if (s is not string text)
        {
            throw new PyTypeError($"write() argument must be str, not {PyOps.TypeName(s)}");
        }

        lock (_lock)
        {
            var writer = Writer();
            NoteWrite();
            writer.Write(text);
        }

        return PyStr.Length(text);
    }

    /// <summary><c>writelines(lines)</c></summary>
    [PyExport("writelines")]
    public void WriteLines(object? lines)
    {
        foreach (var line in PyOps.Iterate(lines))
        {
            Write(line);
        }
    }

    /// <summary><c>flush()</c></summary>
    [PyExport("flush")]
    public void Flush()
    {
        lock (_lock)
        {
            if (!_closed && _writer is not null)
            {
                _writer().Flush();
            }
        }
    }

    /// <summary><c>read(size=-1)</c></summary>
    [PyExport("read")]
    public string Read(long? size = -1)
    {
        lock (_lock)
        {
            var reader = Reader();
            var builder = new StringBuilder();
            var limit = size is null or < 0 ? long.MaxValue : size.Value;
            while (builder.Length < limit && ReadChar(reader) is var c and >= 0)
            {
                builder.Append((char)c);
            }

            return builder.ToString();
        }
    }

    /// <summary><c>readline(size=-1)</c>: one line with its "\n", or "" at end of file.</summary>
    [PyExport("readline")]
    public string ReadLine(long? size = -1)
    {
        lock (_lock)
        {
            return ReadLineLocked(Reader(), size is null or < 0 ? long.MaxValue : size.Value);
        }
    }

    /// <summary><c>readlines()</c></summary>
    [PyExport("readlines")]
    public PyList ReadLines(long? hint = -1)
    {
        var result = new PyList();
        string line;
        while ((line = ReadLine()).Length > 0)
        {
            result.Append(line);
        }

        return result;
    }

    /// <summary><c>close()</c>: flushes and releases the file; closing twice is allowed.</summary>
    [PyExport("close")]
    public void Close()
    {
        lock (_lock)
        {
            if (_closed)
            {
                return;
            }

            if (_writer is not null)
            {
                _writer().Flush();
            }

            _owned?.Dispose();
            _closed = _owned is not null;
        }
    }

    /// <summary><c>readable()</c></summary>
    [PyExport("readable")]
    public bool Readable() => _reader is not null;

    /// <summary><c>writable()</c></summary>
    [PyExport("writable")]
    public bool Writable() => _writer is not null;

    /// <summary><c>isatty()</c></summary>
    [PyExport("isatty")]
    public bool IsATty() => false;

    /// <summary><c>__enter__()</c></summary>
    [PyExport("__enter__")]
    public PyTextFile Enter()
    {
        CheckOpen();
        return this;
    }

    /// <summary><c>__exit__(*exc_info)</c>: closes; never suppresses.</summary>
    [PyExport("__exit__")]
    public bool Exit(params object?[] excInfo)
    {
        Close();
        return false;
    }

    /// <summary><c>__next__()</c></summary>
    [PyExport("__next__")]
    public object? Next()
    {
        _telling = false;
        var line = ReadLine();
        if (line.Length == 0)
        {
            _telling = true;
        }

        return line.Length > 0 ? line : throw new PyStopIteration();
    }

    /// <summary><c>__iter__()</c></summary>
    [PyExport("__iter__")]
    public PyTextFile IterSelf() => this;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <summary>Iteration by lines.</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        CheckOpen();
        _telling = false;
        string line;
        while ((line = ReadLine()).Length > 0)
        {
            yield return line;
        }

        _telling = true;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private void CheckOpen()
    {
        if (_closed)
        {
            throw new PyValueError("I/O operation on closed file.");
        }
    }

    private TextWriter Writer()
    {
        CheckOpen();
        return _writer?.Invoke() ?? throw new PyOSError("not writable");
    }

    private TextReader Reader()
    {
        CheckOpen();
        return _reader?.Invoke() ?? throw new PyOSError("not readable");
    }

    // Universal newlines: "\r\n" and "\r" read as "\n".
    private int ReadChar(TextReader reader)
    {
        var c = reader.Read();
        if (c >= 0)
        {
            Consumed(c);
        }

        if (c == '\r')
        {
            if (reader.Peek() == '\n')
            {
                Consumed(reader.Read());
            }

            return '\n';
        }

        return c;
    }

    private string ReadLineLocked(TextReader reader, long limit)
    {
        var builder = new StringBuilder();
        while (builder.Length < limit)
        {
            var c = ReadChar(reader);
            if (c < 0)
            {
                break;
            }

            builder.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }

        return builder.ToString();
    }
}
