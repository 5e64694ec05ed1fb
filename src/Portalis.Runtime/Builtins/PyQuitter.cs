namespace Portalis.Runtime;

/// <summary>
/// The <c>exit</c> and <c>quit</c> builtins. CPython's <c>site</c> module installs them as
/// <c>_sitebuiltins.Quitter</c> objects, and scripts call them like <c>sys.exit</c>: calling one closes
/// <c>sys.stdin</c> and raises SystemExit with the code; the repr is the hint the interactive prompt shows.
/// </summary>
internal sealed class PyQuitter(string name, string eof) : PyObject
{
    public override string PythonTypeName => "Quitter";

    public override string Repr() => $"Use {name}() or {eof} to exit";

    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var count = args.Length - (kwnames?.Length ?? 0);
        object? code = null;
        if (kwnames is { Length: > 0 })
        {
            if (kwnames.Length > 1 || kwnames[0] != "code" || count > 0)
            {
                throw new PyTypeError($"Quitter.__call__() got an unexpected keyword argument '{kwnames[^1]}'");
            }

            code = args[^1];
        }
        else if (count > 1)
        {
            throw new PyTypeError($"Quitter.__call__() takes from 1 to 2 positional arguments but {count + 1} were given");
        }
        else if (count == 1)
        {
            code = args[0];
        }

        // _sitebuiltins.Quitter.__call__ ignores any error from closing stdin.
        try
        {
            NativeCalls.CallMethod(SysModule.StdinObject, "close");
        }
        catch (PyBaseException)
        {
        }

        throw new PySystemExit(code);
    }
}
