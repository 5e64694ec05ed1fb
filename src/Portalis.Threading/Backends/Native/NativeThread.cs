namespace Portalis.Threading.Backends.Native;

/// <summary>A logical thread that is an OS thread.</summary>
internal sealed class NativeThread : LogicalThread
{
    private static long s_nextId;

    [ThreadStatic]
    private static NativeThread? s_current;

    private readonly Thread? _thread;
    private readonly ManualResetEventSlim _ended = new(false);
    private string _name;
    private volatile bool _alive;
    private Exception? _fault;

    private NativeThread(string? name, bool isDaemon, Thread? thread)
    {
        Id = Interlocked.Increment(ref s_nextId);
        _name = name ?? $"Thread-{Id}";
        IsDaemon = isDaemon;
        _thread = thread;
    }

    /// <summary>The calling OS thread as a logical thread; threads not started here are adopted on first use.</summary>
    public static NativeThread Current => s_current ??= Adopt();

    public override long Id { get; }

    public override string Name
    {
        get => _name;
        set => _name = value ?? throw new ArgumentNullException(nameof(value));
    }

    public override bool IsDaemon { get; }

    public override bool IsAlive => _alive;

    public override Exception? Fault => Volatile.Read(ref _fault);

    public static NativeThread Start(Action body, ThreadStartOptions options)
    {
        NativeThread? logical = null;
        var thread = new Thread(() => logical!.Run(body)) { IsBackground = true };
        logical = new NativeThread(options.Name, options.IsDaemon, thread) { _alive = true };
        thread.Start();
        return logical;
    }

    public override bool Join(TimeSpan timeout) => _ended.Wait(timeout);

    private static NativeThread Adopt()
    {
        var thread = Thread.CurrentThread;
        return new NativeThread(thread.Name ?? $"Thread-{thread.ManagedThreadId}", thread.IsBackground, thread) { _alive = true };
    }

    private void Run(Action body)
    {
        s_current = this;
        try
        {
            body();
        }
#pragma warning disable CA1031 // A thread's exception is captured for whoever joins it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Volatile.Write(ref _fault, ex);
        }
        finally
        {
            _alive = false;
            _ended.Set();
        }
    }
}
