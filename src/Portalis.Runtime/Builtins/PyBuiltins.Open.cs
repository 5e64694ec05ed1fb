using System.Text;

namespace Portalis.Runtime;

public static partial class PyBuiltins
{
    /// <summary>
    /// <c>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)</c>: text modes
    /// r/w/a/x (with '+'), binary modes with 'b'. Text files default to UTF-8 (CPython's choice under a
    /// UTF-8 locale).
    /// </summary>
    public static object Open(string file, string mode = "r", string? encoding = null)
    {
        var binary = mode.Contains('b', StringComparison.Ordinal);
        var kinds = mode.Count(c => c is 'r' or 'w' or 'a' or 'x');
        if (kinds != 1 || mode.Any(c => c is not ('r' or 'w' or 'a' or 'x' or 'b' or 't' or '+')) || (binary && mode.Contains('t', StringComparison.Ordinal))
            || mode.Distinct().Count() != mode.Length)
        {
            throw new PyValueError($"invalid mode: '{mode}'");
        }

        if (binary && encoding is not null)
        {
            throw new PyValueError("binary mode doesn't take an encoding argument");
        }

        var plus = mode.Contains('+', StringComparison.Ordinal);
        var kind = mode.First(c => c is 'r' or 'w' or 'a' or 'x');
        if (Directory.Exists(file))
        {
            throw OsErrors.Create(21, "Is a directory", file);
        }

        var stream = OsErrors.Wrap(file, () => kind switch
        {
            'r' => new FileStream(file, FileMode.Open, plus ? FileAccess.ReadWrite : FileAccess.Read, FileShare.ReadWrite | FileShare.Delete),
            'w' => new FileStream(file, FileMode.Create, plus ? FileAccess.ReadWrite : FileAccess.Write, FileShare.ReadWrite | FileShare.Delete),
            'a' => new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete),
            _ => new FileStream(file, FileMode.CreateNew, plus ? FileAccess.ReadWrite : FileAccess.Write, FileShare.ReadWrite | FileShare.Delete),
        });
        if (binary)
        {
            return new PyBinaryFile(file, mode, stream);
        }

        // "locale" (io.text_encoding's default, PEP 597) is the locale's encoding: UTF-8 here.
        var name = (encoding is null or "locale" ? "utf-8" : encoding).ToLowerInvariant().Replace('_', '-');
        Encoding enc = name switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false),
            "utf-8-sig" => new UTF8Encoding(true),
            "ascii" or "us-ascii" => Encoding.ASCII,
            "latin-1" or "latin1" or "iso-8859-1" => Encoding.Latin1,
            "utf-16" => Encoding.Unicode,
            _ => throw new PyLookupError($"unknown encoding: {encoding}"),
        };
        var reader = kind == 'r' || plus ? new StreamReader(stream, enc, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 14, leaveOpen: true) : null;
        var writer = kind != 'r' || plus ? new StreamWriter(stream, enc, 1 << 14, leaveOpen: true) { NewLine = "\n" } : null;
        var owner = new FileOwner(stream, reader, writer);
        var text = new PyTextFile(file, mode, writer is null ? null : () => writer, reader is null ? null : () => reader, owner, encoding is null or "locale" ? "UTF-8" : encoding);
        text.AttachStream(stream, enc);
        return text;
    }

    private sealed class FileOwner(Stream stream, StreamReader? reader, StreamWriter? writer) : IDisposable
    {
        public void Dispose()
        {
            writer?.Dispose();
            reader?.Dispose();
            stream.Dispose();
        }
    }
}
