using System.Security.Cryptography;

namespace Portalis.Runtime;

/// <summary>
/// A <c>hashlib</c> hash object (<c>_hashlib.HASH</c>): <c>update</c>, <c>digest</c>, <c>hexdigest</c> and
/// <c>copy</c> over an <see cref="IncrementalHash"/>. Calls are serialised on the object, as OpenSSL's
/// contexts are under the hash object's lock in CPython.
/// </summary>
public sealed class PyHash : NativeObject
{
    private readonly Lock _lock = new();
    private readonly IncrementalHash _hash;

    private PyHash(string name, IncrementalHash hash, int digestSize, int blockSize)
    {
        Name = name;
        _hash = hash;
        DigestSize = digestSize;
        BlockSize = blockSize;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "_hashlib.HASH";

    /// <summary><c>name</c>: the canonical lower-case algorithm name.</summary>
    [PyExport("name")]
    public string Name { get; }

    /// <summary><c>digest_size</c></summary>
    [PyExport("digest_size")]
    public long DigestSize { get; }

    /// <summary><c>block_size</c></summary>
    [PyExport("block_size")]
    public long BlockSize { get; }

    /// <summary><c>update(data)</c></summary>
    [PyExport("update")]
    public void Update([PyPositionalOnly] object? data)
    {
        var bytes = Data(data);
        lock (_lock)
        {
            _hash.AppendData(bytes);
        }
    }

    /// <summary><c>digest()</c>: the digest of the data so far (more data may follow).</summary>
    [PyExport("digest")]
    public PyBytes Digest()
    {
        lock (_lock)
        {
            return new PyBytes(_hash.GetCurrentHash());
        }
    }

    /// <summary><c>hexdigest()</c></summary>
    [PyExport("hexdigest")]
    public string HexDigest()
    {
        lock (_lock)
        {
            return Convert.ToHexStringLower(_hash.GetCurrentHash());
        }
    }

    /// <summary><c>copy()</c>: an independent hash object with the same state.</summary>
    [PyExport("copy")]
    public PyHash Copy()
    {
        lock (_lock)
        {
            return new PyHash(Name, _hash.Clone(), (int)DigestSize, (int)BlockSize);
        }
    }

    /// <inheritdoc/>
    public override string Repr() => $"<{Name} _hashlib.HASH object @ 0x{PyOps.Id(this):x}>";

    /// <summary>The .NET algorithm for a lower-case hashlib name, or null when there is none.</summary>
    internal static HashAlgorithmName? AlgorithmOf(string name) => name switch
    {
        "md5" => HashAlgorithmName.MD5,
        "sha1" => HashAlgorithmName.SHA1,
        "sha256" => HashAlgorithmName.SHA256,
        "sha384" => HashAlgorithmName.SHA384,
        "sha512" => HashAlgorithmName.SHA512,
        "sha3_256" when SHA3_256.IsSupported => HashAlgorithmName.SHA3_256,
        "sha3_384" when SHA3_384.IsSupported => HashAlgorithmName.SHA3_384,
        "sha3_512" when SHA3_512.IsSupported => HashAlgorithmName.SHA3_512,
        _ => null,
    };

    /// <summary>A new hash of algorithm <paramref name="name"/> over <paramref name="data"/> (null: no data).</summary>
    internal static PyHash Create(string name, object? data, string? requested = null)
    {
        var algorithm = AlgorithmOf(name) ?? throw new PyValueError($"unsupported hash type {requested ?? name}");
        var (digest, block) = name switch
        {
            "md5" => (16, 64),
            "sha1" => (20, 64),
            "sha256" => (32, 64),
            "sha384" => (48, 128),
            "sha512" => (64, 128),
            "sha3_256" => (32, 136),
            "sha3_384" => (48, 104),
            _ => (64, 72),
        };
        var hash = new PyHash(name, IncrementalHash.CreateHash(algorithm), digest, block);
        if (data is not null)
        {
            hash.Update(data);
        }

        return hash;
    }

    /// <summary>The bytes of a buffer argument, with CPython's errors for str and non-buffers.</summary>
    internal static byte[] Data(object? data) => data switch
    {
        PyBytesLike b => b.Span.ToArray(),
        PyMemoryView m => m.ToArray(),
        string => throw new PyTypeError("Strings must be encoded before hashing"),
        _ => throw new PyTypeError("object supporting the buffer API required"),
    };
}
