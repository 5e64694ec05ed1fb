using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;

namespace Portalis.Runtime;

/// <summary>
/// The state of a <c>finally</c> body: CPython runs it with the propagating exception pushed as the handled
/// one (sys.exc_info, implicit chaining of an exception raised there), and a finally body that jumps is lowered
/// as ordinary code that catches the exception, runs, and rethrows it.
/// </summary>
public static partial class PyOps
{
    /// <summary>
    /// The exception filter of a try/finally: records the exception leaving the protected code in
    /// <paramref name="pending"/> for the finally body; never catches (always false).
    /// </summary>
    public static bool NotePending(Exception exception, out Exception? pending)
    {
        pending = exception;
        return false;
    }

    /// <summary>
    /// Enters a finally body: a pending Python exception becomes the handled one until <see cref="ExitFinally"/>.
    /// Null (nothing entered) without a pending exception or for the Controlled backend's unwinding signal.
    /// </summary>
    public static PyExceptionHandler? EnterFinally(Exception? pending) =>
        pending is null || !IsCatchable(pending) ? null : EnterHandler(pending);

    /// <summary>Leaves a finally body entered by <see cref="EnterFinally"/>.</summary>
    public static void ExitFinally(PyExceptionHandler? handler)
    {
        if (handler is not null)
        {
            ExitHandler(handler);
        }
    }

    /// <summary>
    /// Rethrows the exception a lowered finally body held back, continuing its stack trace (as a C# finally
    /// block would have let it continue).
    /// </summary>
    [DoesNotReturn]
    public static void Rethrow(Exception pending)
    {
        ExceptionDispatchInfo.Capture(pending).Throw();
    }
}
