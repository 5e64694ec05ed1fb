namespace Portalis.Runtime;

/// <summary>Maps .NET file-system exceptions to CPython's errno-specific OSError subclasses (Linux errno values).</summary>
internal static class OsErrors
{
    public static PyOSError Create(long errno, string message, string? path) =>
        path is null ? PyOSError.Create(errno, message) : PyOSError.Create(errno, message, path);

    public static PyOSError FromException(Exception e, string? path) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => Create(2, "No such file or directory", path),
        UnauthorizedAccessException when path is not null && Directory.Exists(path) => Create(21, "Is a directory", path),
        UnauthorizedAccessException => Create(13, "Permission denied", path),
        PathTooLongException => Create(36, "File name too long", path),
        IOException when path is not null && (File.Exists(path) || Directory.Exists(path)) => Create(17, "File exists", path),
        _ => Create(5, e.Message, path),
    };

    /// <summary>Runs a file-system action and converts its .NET exceptions.</summary>
    public static T Wrap<T>(string? path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw FromException(e, path);
        }
    }
}
