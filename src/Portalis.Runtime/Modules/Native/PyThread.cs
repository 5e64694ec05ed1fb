using Portalis.Threading;

namespace Portalis.Runtime;

/// <summary>
/// A <c>threading.Thread</c> created with a target (Lib/threading.py): <c>start</c>, <c>join(timeout)</c>,
/// <c>is_alive</c>, <c>name</c>, <c>daemon</c>, <c>ident</c>. It runs on a logical thread of the current
/// threading backend (a recycled OS thread natively). Subclassing <c>Thread</c> and overriding <c>run</c>
/// is not supported yet: <c>threading.Thread</c> is a factory function, not a type.
/// </summary>
public sealed class PyThread : NativeObject
{
    private static long s_counter;
    private static readonly Lock s_liveLock = new();
    private static readonly List<PyThread> s_live = [];

    private readonly object? _target;
    private readonly object? _args;
    private readonly object? _kwargs;
    private LogicalThread? _thread;
    private string _name;
    private bool _daemon;

    internal PyThread(object? target, string? name, object? args, object? kwargs, bool? daemon)
    {
        _target = target;
        _args = args;
        _kwargs = kwargs;

        // Lib/threading.py, Thread.__init__ and _newname: "Thread-N", plus " (target)" when a target has a name.
        if (name is null)
        {
            name = $"Thread-{Interlocked.Increment(ref s_counter)}";
            if (target is not null && PyOps.HasAttr(target, "__name__"))
            {
                name += $" ({PyOps.Str(PyOps.GetAttr(target, "__name__"))})";
            }
        }

        _name = name;
        _daemon = daemon ?? false;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "Thread";

    /// <summary><c>name</c></summary>
    [PyExport("name")]
    public string Name => _name;

    /// <summary><c>daemon</c></summary>
    [PyExport("daemon")]
    public bool Daemon => _daemon;

    /// <summary><c>ident</c>: None until started.</summary>
    [PyExport("ident")]
    public object? Ident => _thread?.Id;

    /// <summary><c>start()</c>: "threads can only be started once".</summary>
    [PyExport("start")]
    public void Start()
    {
        lock (s_liveLock)
        {
            if (_thread is not null)
            {
                throw new PyRuntimeError("threads can only be started once");
            }

            _thread = ThreadingBackend.Current.StartThread(Run, new ThreadStartOptions { Name = _name, IsDaemon = _daemon });
            if (!_daemon)
            {
                s_live.Add(this);
            }
        }
    }

    /// <summary><c>join(timeout=None)</c></summary>
    [PyExport("join")]
    public void Join(object? timeout = null)
    {
        var thread = _thread ?? throw new PyRuntimeError("cannot join thread before it is started");
        if (timeout is null)
        {
            thread.Join();
        }
        else
        {
            var seconds = PyBuiltins.Float(timeout);
            thread.Join(TimeSpan.FromSeconds(Math.Max(0, seconds)));
        }
    }

    /// <summary><c>is_alive()</c></summary>
    [PyExport("is_alive")]
    public bool IsAlive() => _thread is { IsAlive: true };

    /// <inheritdoc/>
    public override string Repr() => $"<Thread({_name}, {(_thread is null ? "initial" : _thread.IsAlive ? "started" : "stopped")}{(_daemon ? " daemon" : string.Empty)} {(_thread is null ? string.Empty : _thread.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))})>".Replace(" )>", ")>", StringComparison.Ordinal);

    /// <summary>Joins every started non-daemon thread (what the interpreter does at exit, Lib/threading.py <c>_shutdown</c>).</summary>
    public static void JoinNonDaemonThreads()
    {
        while (true)
        {
            PyThread? next;
            lock (s_liveLock)
            {
                next = s_live.Count > 0 ? s_live[^1] : null;
                if (next is not null)
                {
                    s_live.RemoveAt(s_live.Count - 1);
                }
            }

            if (next is null)
            {
                return;
            }

            next._thread!.Join();
        }
    }

    private void Run()
    {
        try
        {
            if (_target is not null)
            {
                PyOps.CallEx(_target, _args, _kwargs);
            }
        }
        catch (PySystemExit)
        {
            // SystemExit ends the thread silently (Lib/threading.py, excepthook).
        }
        catch (Exception e) when (PyOps.IsCatchable(e))
        {
            // The default threading.excepthook: "Exception in thread NAME:" and the traceback, on stderr.
            var text = PyRuntime.FormatUncaught(e);
            PyBuiltins.FlushStdout();
            lock (SysModule.Stderr)
            {
                SysModule.Stderr.Write($"Exception in thread {_name}:\n{text}");
                SysModule.Stderr.Flush();
            }
        }
    }
}
