using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// <c>seek</c> and <c>tell</c> of a text file over a seekable stream. CPython's tell() returns an opaque
/// cookie that, for a decoder without pending state (UTF-8, Latin-1, ASCII at a character boundary), is the
/// byte offset of the next character; it is kept here by counting the encoded size of each character read
/// (the reader buffers ahead, so the stream's position is not it). A "\r\n" read as "\n" counts two bytes.
/// </summary>
public sealed partial class PyTextFile
{
    private Stream? _stream;
    private Encoding? _codec;
    private long _readBase;
    private long _consumed;
    private bool _reading;
    private bool _afterWrite;
    private bool _telling = true;

    /// <summary>Makes the file seekable over <paramref name="stream"/>, whose bytes are <paramref name="codec"/> text.</summary>
    internal void AttachStream(Stream stream, Encoding codec)
    {
        _stream = stream;
        _codec = codec;
        _readBase = stream.CanSeek ? stream.Position : 0;
    }

    /// <summary><c>seekable()</c></summary>
    [PyExport("seekable")]
    public bool Seekable()
    {
        CheckOpen();
        return _stream is { CanSeek: true };
    }

    /// <summary><c>tell()</c>: the byte offset of the next character (an opaque cookie in CPython).</summary>
    [PyExport("tell")]
    public long Tell()
    {
        lock (_lock)
        {
            var stream = SeekableStream();
            if (!_telling)
            {
                throw new PyOSError("telling position disabled by next() call");
            }

            if (_reading)
            {
                return _readBase + _consumed;
            }

            _writer?.Invoke().Flush();
            return stream.Position;
        }
    }

    /// <summary><c>seek(cookie, whence=0)</c>: only absolute positions, or 0 relative to the current position or the end.</summary>
    [PyExport("seek")]
    public long Seek(long cookie, long whence = 0)
    {
        lock (_lock)
        {
            var stream = SeekableStream();
            switch (whence)
            {
                case 0 when cookie < 0:
                    throw new PyValueError($"negative seek position {cookie}");
                case 0:
                    break;
                case 1 when cookie != 0:
                    throw UnsupportedOperation("can't do nonzero cur-relative seeks");
                case 1:
                    cookie = _reading ? _readBase + _consumed : FlushedPosition(stream);
                    break;
                case 2 when cookie != 0:
                    throw UnsupportedOperation("can't do nonzero end-relative seeks");
                case 2:
                    _writer?.Invoke().Flush();
                    cookie = stream.Length;
                    break;
                default:
                    throw new PyValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            }

            _writer?.Invoke().Flush();
            stream.Position = cookie;
            if (_reader?.Invoke() is StreamReader reader)
            {
                reader.DiscardBufferedData();
            }

            _readBase = cookie;
            _consumed = 0;
            _reading = false;
            _afterWrite = false;
            _telling = true;
            return cookie;
        }
    }

    private long FlushedPosition(Stream stream)
    {
        _writer?.Invoke().Flush();
        return stream.Position;
    }

    private Stream SeekableStream()
    {
        CheckOpen();
        return _stream is { CanSeek: true } stream ? stream : throw UnsupportedOperation("underlying stream is not seekable");
    }

    private static PyBaseException UnsupportedOperation(string message) => new PyOSError(message);

    // Writing after reading goes where the reader's read-ahead left the stream (CPython's text layer reads in
    // chunks too, so a small file's write after a readline lands at its end); reading after it starts there.
    private void NoteWrite()
    {
        _reading = false;
        _afterWrite = true;
    }

    private void Consumed(int c)
    {
        if (_codec is null)
        {
            return;
        }

        if (!_reading)
        {
            _reading = true;
            _readBase = _stream is { CanSeek: true } stream ? ReadStart(stream) : 0;
            _consumed = 0;
        }

        _consumed += _codec is UTF8Encoding
            ? c switch
            {
                < 0x80 => 1,
                < 0x800 => 2,
                >= 0xD800 and <= 0xDFFF => 2,
                _ => 3,
            }
            : _codec.GetMaxByteCount(1) == 1 ? 1 : _codec.GetByteCount([(char)c]);
    }

    // The position reading starts from: where the last write left the stream, else the last seek or open.
    private long ReadStart(Stream stream)
    {
        if (!_afterWrite)
        {
            return _readBase;
        }

        _afterWrite = false;
        _writer?.Invoke().Flush();
        return stream.Position;
    }
}
