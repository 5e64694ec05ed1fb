using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Portalis.Runtime;

/// <summary>
/// <c>_portalis_warnings</c>: what the Python-source <c>warnings</c> module (src/Portalis.Compiler/Lib/warnings.py)
/// reads from frames in CPython. There are no frame objects: the caller's file and line come from the
/// .NET stack trace (the <c>#line</c> information tracebacks use) and its module from the module whose
/// file it is, and source lines are read as tracebacks read them. <c>logging</c> (src/Portalis.Compiler/Lib/logging)
/// finds its caller the same way, through <c>stack()</c>.
/// </summary>
[PyNativeModule("_portalis_warnings")]
public static class WarningsSupportModule
{
    /// <summary>
    /// <c>caller(stacklevel)</c>: <c>(filename, lineno, module name)</c> of the frame <paramref name="stacklevel"/>
    /// levels above <c>warnings.warn</c> (1: the function that called it), or None when the stack is not
    /// that deep (CPython then reports <c>sys</c>, line 1).
    /// </summary>
    [PyExport("caller")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Generated code is not trimmed; frames of trimmed methods just lose their name.")]
    public static object? Caller(long stacklevel)
    {
        var frames = TracebackBuilder.FramesOf(new StackTrace(fNeedFileInfo: true));
        var warningsFile = PyImport.Modules.TryGetValue("warnings", out var w) && w is PyModule { File: { } file } ? file : null;

        // The innermost frames are warnings.py's own (warn, and whatever called it there).
        var innermost = frames.Count - 1;
        while (innermost >= 0 && frames[innermost].File == warningsFile)
        {
            innermost--;
        }

        // CPython's warn: sys._getframe(stacklevel) counted from warn, so level 1 is warn's caller.
        var level = Math.Max(stacklevel, 1);
        if (level - 1 > innermost)
        {
            return null;
        }

        var frame = frames[innermost - (int)(level - 1)];
        return new PyTuple([frame.File, (long)frame.Line, ModuleNameOf(frame.File)]);
    }

    /// <summary>
    /// <c>stack()</c>: the Python frames of the calling thread as <c>(filename, lineno, function name)</c> tuples,
    /// innermost first (the function that called <c>stack()</c> first), as walking <c>f_back</c> from
    /// <c>sys._getframe(0)</c> sees them.
    /// </summary>
    [PyExport("stack")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Generated code is not trimmed; frames of trimmed methods just lose their name.")]
    public static PyList Stack()
    {
        var frames = TracebackBuilder.FramesOf(new StackTrace(fNeedFileInfo: true));
        var result = new PyList();
        for (var i = frames.Count - 1; i >= 0; i--)
        {
            result.Append(new PyTuple([frames[i].File, (long)frames[i].Line, frames[i].Function]));
        }

        return result;
    }

    /// <summary><c>getline(filename, lineno)</c>: the source line (with its newline), or <c>''</c>, as <c>linecache.getline</c>.</summary>
    [PyExport("getline")]
    public static string GetLine(string filename, long lineno) =>
        lineno is >= 1 and <= int.MaxValue && TracebackBuilder.SourceLine(filename, (int)lineno) is { } line ? line + "\n" : string.Empty;

    // The frame's module: the one imported from that file, as frame.f_globals['__name__'] names it.
    private static string ModuleNameOf(string file)
    {
        foreach (var (_, value) in PyImport.Modules.IterateEntries())
        {
            if (value is PyModule { File: { } f } module && f == file)
            {
                return module.Name;
            }
        }

        return "<string>";
    }
}
