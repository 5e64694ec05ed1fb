namespace Portalis.Threading.Pool;

/// <summary>When <see cref="Futures.Wait"/> returns (CPython's <c>return_when</c>).</summary>
public enum WaitMode
{
    /// <summary>When every future is finished or cancelled (<c>ALL_COMPLETED</c>, the default).</summary>
    AllCompleted,

    /// <summary>When any future finishes or is cancelled (<c>FIRST_COMPLETED</c>).</summary>
    FirstCompleted,

    /// <summary>When any future finishes with an exception, else when all complete (<c>FIRST_EXCEPTION</c>).</summary>
    FirstException,
}
