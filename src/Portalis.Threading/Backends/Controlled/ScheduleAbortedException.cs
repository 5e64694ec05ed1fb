namespace Portalis.Threading.Backends.Controlled;

/// <summary>
/// Thrown at the next scheduling point of every logical thread of a run that has already failed
/// (or ended with daemon threads still running), so that their stacks unwind and their OS threads
/// return to the pool. Bodies must let it pass: catching it only delays the unwinding.
/// </summary>
internal sealed class ScheduleAbortedException : Exception
{
    public ScheduleAbortedException()
        : base("the controlled run was aborted; this exception unwinds the logical thread")
    {
    }

    public ScheduleAbortedException(string message)
        : base(message)
    {
    }

    public ScheduleAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
