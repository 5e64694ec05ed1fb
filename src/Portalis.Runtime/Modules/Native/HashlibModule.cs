using System.Security.Cryptography;

namespace Portalis.Runtime;

/// <summary>
/// Python's <c>hashlib</c> over .NET's <see cref="IncrementalHash"/>: md5, sha1, sha256, sha384, sha512 and,
/// where the platform's crypto library has them, sha3_256, sha3_384 and sha3_512. sha224, the sha3_224,
/// shake and blake2 families are not provided by .NET and are not available here: <c>hashlib.new</c>
/// raises CPython's "unsupported hash type" for them.
/// </summary>
[PyNativeModule("hashlib")]
public static class HashlibModule
{
    private static readonly string[] s_guaranteed = ["md5", "sha1", "sha256", "sha384", "sha512"];

    /// <summary><c>hashlib.new(name, data=b'', *, usedforsecurity=True)</c></summary>
    [PyExport("new")]
    public static PyHash New(string name, object? data = null, [PyKeywordOnly] bool usedforsecurity = true) =>
        PyHash.Create(name.ToLowerInvariant(), data, name);

    /// <summary><c>hashlib.md5(data=b'')</c></summary>
    [PyExport("md5")]
    public static PyHash Md5(object? data = null, [PyKeywordOnly] bool usedforsecurity = true) => PyHash.Create("md5", data);

    /// <summary><c>hashlib.sha1(data=b'')</c></summary>
    [PyExport("sha1")]
    public static PyHash Sha1(object? data = null, [PyKeywordOnly] bool usedforsecurity = true) => PyHash.Create("sha1", data);

    /// <summary><c>hashlib.sha256(data=b'')</c></summary>
    [PyExport("sha256")]
    public static PyHash Sha256(object? data = null, [PyKeywordOnly] bool usedforsecurity = true) => PyHash.Create("sha256", data);

    /// <summary><c>hashlib.sha384(data=b'')</c></summary>
    [PyExport("sha384")]
    public static PyHash Sha384(object? data = null, [PyKeywordOnly] bool usedforsecurity = true) => PyHash.Create("sha384", data);

    /// <summary><c>hashlib.sha512(data=b'')</c></summary>
    [PyExport("sha512")]
    public static PyHash Sha512(object? data = null, [PyKeywordOnly] bool usedforsecurity = true) => PyHash.Create("sha512", data);

    /// <summary><c>hashlib.sha3_256(data=b'')</c></summary>
    [PyExport("sha3_256")]
    public static PyHash Sha3_256(object? data = null, [PyKeywordOnly] bool usedforsecurity = true) => PyHash.Create("sha3_256", data);

    /// <summary><c>hashlib.sha3_384(data=b'')</c></summary>
    [PyExport("sha3_384")]
    public static PyHash Sha3_384(object? data = null, [PyKeywordOnly] bool usedforsecurity = true) => PyHash.Create("sha3_384", data);

    /// <summary><c>hashlib.sha3_512(data=b'')</c></summary>
    [PyExport("sha3_512")]
    public static PyHash Sha3_512(object? data = null, [PyKeywordOnly] bool usedforsecurity = true) => PyHash.Create("sha3_512", data);

    /// <summary><c>hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)</c></summary>
    [PyExport("pbkdf2_hmac")]
    public static PyBytes Pbkdf2Hmac(string hash_name, object? password, object? salt, long iterations, object? dklen = null)
    {
        var algorithm = PyHash.AlgorithmOf(hash_name.ToLowerInvariant()) ?? throw new PyValueError($"unsupported hash type {hash_name}");
        if (iterations < 1)
        {
            throw new PyValueError("iteration value must be greater than 0.");
        }

        var length = dklen is null ? PyHash.Create(hash_name.ToLowerInvariant(), null).DigestSize : (long)dklen;
        if (length < 1)
        {
            throw new PyValueError("key length must be greater than 0.");
        }

        return new PyBytes(Rfc2898DeriveBytes.Pbkdf2(PyHash.Data(password), PyHash.Data(salt), (int)iterations, algorithm, (int)length));
    }

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        var available = s_guaranteed.Concat(SHA3_256.IsSupported ? ["sha3_256", "sha3_384", "sha3_512"] : Array.Empty<string>());
        module.Set("algorithms_guaranteed", new PyFrozenSet(new PyList([.. s_guaranteed])));
        module.Set("algorithms_available", new PyFrozenSet(new PyList([.. available])));
    }
}
