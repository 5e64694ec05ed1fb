namespace Portalis.Runtime;

/// <summary>The data attributes of the builtin exception classes (Objects/exceptions.c, the member and getset tables).</summary>
internal static class ExceptionAttributes
{
    public static bool TryGet(PyBaseException e, string name, out object? value)
    {
        switch (name)
        {
            case "args":
                value = e.Args;
                return true;
            case "__cause__":
                value = e.Cause;
                return true;
            case "__context__":
                value = e.Context;
                return true;
            case "__suppress_context__":
                value = e.SuppressContext;
                return true;
            case "__traceback__":
                value = PyTracebackObject.Of(e);
                return true;
            case "__notes__" when e.Notes is not null:
                value = e.Notes;
                return true;
            default:
                break;
        }

        switch (e, name)
        {
            case (PyBaseExceptionGroup g, "message"):
                value = g.GroupMessage;
                return true;
            case (PyBaseExceptionGroup g, "exceptions"):
                value = g.Exceptions;
                return true;
            case (PyStopIteration s, "value"):
                value = s.Value;
                return true;
            case (PySystemExit s, "code"):
                value = s.Code;
                return true;
            case (PyOSError o, "errno"):
                value = o.Errno;
                return true;
            case (PyOSError o, "strerror"):
                value = o.StrError;
                return true;
            case (PyOSError o, "filename"):
                value = o.Filename;
                return true;
            case (PyOSError o, "filename2"):
                value = o.Filename2;
                return true;
            case (PyImportError i, "name" or "path" or "name_from") when e.Dict is null || !e.Dict.ContainsKey(name):
                value = name == "name" ? i.MissingModule : null;
                return true;
            case (PyAttributeError a, "name") when e.Dict is null || !e.Dict.ContainsKey(name):
                value = a.MissingName;
                return true;
            case (PyAttributeError a, "obj") when e.Dict is null || !e.Dict.ContainsKey(name):
                value = a.MissingOn;
                return true;
            case (PyNameError n, "name") when e.Dict is null || !e.Dict.ContainsKey(name):
                value = n.MissingName;
                return true;
            case (PyUnicodeEncodeError or PyUnicodeDecodeError, "encoding" or "object" or "start" or "end" or "reason") when e.Args.Count == 5:
                // Objects/exceptions.c, UnicodeError_members: the five constructor arguments.
                value = e.Args[name switch { "encoding" => 0, "object" => 1, "start" => 2, "end" => 3, _ => 4 }];
                return true;
            default:
                value = null;
                return false;
        }
    }

    public static bool TrySet(PyBaseException e, string name, object? value)
    {
        switch (name)
        {
            case "args":
                e.Args = PyTuple.FromIterable(value);
                return true;
            case "__cause__":
                e.Cause = value is null ? null : value as PyBaseException ?? throw new PyTypeError("exception cause must be None or derive from BaseException");
                e.SuppressContext = true;
                return true;
            case "__context__":
                e.Context = value is null ? null : value as PyBaseException ?? throw new PyTypeError("exception context must be None or derive from BaseException");
                return true;
            case "__suppress_context__":
                e.SuppressContext = PyOps.IsTrue(value);
                return true;
            case "__traceback__":
                return true;
            case "__notes__" when value is PyList notes:
                // Where add_note appends and the traceback printer reads (BaseException_add_note looks __notes__ up).
                e.Notes = notes;
                return true;
            default:
                return false;
        }
    }
}
