namespace Portalis.Runtime;

/// <summary>
/// <c>_portalis_mp.KillSwitch</c>: the signal of a process here, where processes are threads. CPython's
/// <c>terminate()</c> sends SIGTERM and the child stops wherever it is; a thread cannot be stopped from
/// outside, so <c>terminate()</c> sets this switch and the worker stops at its next
/// <see cref="MultiprocessingModule.StopIfTerminated"/> check.
/// </summary>
public sealed class PyKillSwitch : NativeObject
{
    private volatile bool _set;

    /// <inheritdoc/>
    public override string PythonTypeName => "KillSwitch";

    /// <summary>Whether the process was terminated or killed.</summary>
    public bool IsSet => _set;

    /// <summary><c>set()</c>: stops the process at its next check.</summary>
    [PyExport("set")]
    public void Set() => _set = true;

    /// <summary><c>is_set()</c></summary>
    [PyExport("is_set")]
    public bool IsSetExport() => _set;
}
