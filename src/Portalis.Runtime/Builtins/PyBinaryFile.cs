namespace Portalis.Runtime;

/// <summary>A binary file object (<c>io.BufferedReader</c> / <c>io.BufferedWriter</c>) over a stream: <c>open(path, 'rb')</c>, <c>'wb'</c>, <c>'ab'</c>.</summary>
public sealed class PyBinaryFile : NativeObject
{
    private readonly Lock _lock = new();
    private readonly Stream _stream;
    private bool _closed;

    /// <summary>A file over <paramref name="stream"/>, which <c>close()</c> disposes.</summary>
    public PyBinaryFile(string name, string mode, Stream stream)
    {
        Name = name;
        Mode = mode;
        _stream = stream;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => _stream.CanRead ? "_io.BufferedReader" : "_io.BufferedWriter";

    /// <summary><c>name</c></summary>
    [PyExport("name")]
    public string Name { get; }

    /// <summary><c>mode</c></summary>
    [PyExport("mode")]
    public string Mode { get; }

    /// <summary><c>closed</c></summary>
    [PyExport("closed")]
    public bool Closed => _closed;

    /// <inheritdoc/>
    public override string Repr() => $"<{PythonTypeName} name={PyOps.Repr(Name)}>";

    /// <summary><c>read(size=-1)</c></summary>
    [PyExport("read")]
    public PyBytes Read(long? size = -1)
    {
        lock (_lock)
        {
            CheckOpen();
            if (size is null or < 0)
            {
                using var buffer = new MemoryStream();
                _stream.CopyTo(buffer);
                return new PyBytes(buffer.ToArray());
            }

            var data = new byte[size.Value];
            var total = 0;
            int n;
            while (total < data.Length && (n = _stream.Read(data, total, data.Length - total)) > 0)
            {
                total += n;
            }

            return new PyBytes(data.AsSpan(0, total));
        }
    }

    /// <summary><c>write(b)</c>: returns the number of bytes written.</summary>
    [PyExport("write")]
    public long Write(object? data)
    {
        // Any bytes-like object: bytes, bytearray or a memoryview (pathlib's write_bytes passes one).
        var bytes = data switch
        {
            PyBytesLike b => b.Span.ToArray(),
            PyMemoryView m => m.ToArray(),
            _ => throw new PyTypeError($"a bytes-like object is required, not '{PyOps.TypeName(data)}'"),
        };
        lock (_lock)
        {
            CheckOpen();
            _stream.Write(bytes);
        }

        return bytes.Length;
    }

    /// <summary><c>flush()</c></summary>
    [PyExport("flush")]
    public void Flush()
    {
        lock (_lock)
        {
            if (!_closed)
            {
                _stream.Flush();
            }
        }
    }

    /// <summary><c>seek(offset, whence=0)</c>: returns the new absolute position.</summary>
    [PyExport("seek")]
    public long Seek(long offset, long whence = 0)
    {
        lock (_lock)
        {
            CheckOpen();
            var origin = whence switch
            {
                0 => SeekOrigin.Begin,
                1 => SeekOrigin.Current,
                2 => SeekOrigin.End,
                _ => throw new PyValueError($"whence value {whence} unsupported"),
            };
            if (origin == SeekOrigin.Begin && offset < 0)
            {
                throw new PyValueError($"negative seek position {offset}");
            }

            return _stream.Seek(offset, origin);
        }
    }

    /// <summary><c>tell()</c></summary>
    [PyExport("tell")]
    public long Tell()
    {
        lock (_lock)
        {
            CheckOpen();
            return _stream.Position;
        }
    }

    /// <summary><c>seekable()</c></summary>
    [PyExport("seekable")]
    public bool Seekable()
    {
        CheckOpen();
        return _stream.CanSeek;
    }

    /// <summary><c>close()</c></summary>
    [PyExport("close")]
    public void Close()
    {
        lock (_lock)
        {
            if (!_closed)
            {
                _stream.Dispose();
                _closed = true;
            }
        }
    }

    /// <summary><c>__enter__()</c></summary>
    [PyExport("__enter__")]
    public PyBinaryFile Enter()
    {
        CheckOpen();
        return this;
    }

    /// <summary><c>__exit__(*exc_info)</c></summary>
    [PyExport("__exit__")]
    public bool Exit(params object?[] excInfo)
    {
        Close();
        return false;
    }

    private void CheckOpen()
    {
        if (_closed)
        {
            throw new PyValueError("I/O operation on closed file.");
        }
    }
}
