namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>threading.Barrier</c>, ported line for line from Lib/threading.py onto a
/// <see cref="Condition"/> over a <see cref="Lock"/>: <see cref="Wait(double?)"/> returns the
/// arrival index (0 for the first thread to arrive, <c>parties - 1</c> for the last), the last
/// arrival runs the action, and abort, reset, timeouts and a failing action break the barrier.
/// </summary>
/// <remarks>
/// As in CPython, the action runs with the barrier's lock held, so other threads calling into the
/// barrier meanwhile block until it returns. C# files that import <c>System.Threading</c> should alias the name.
/// </remarks>
public sealed class Barrier
{
    private const int StateFilling = 0;
    private const int StateDraining = 1;
    private const int StateResetting = -1;
    private const int StateBroken = -2;

    private readonly Condition _cond;
    private readonly Action? _action;
    private readonly TimeSpan _timeout;
    private readonly int _parties;
    private int _state;
    private int _count;

    /// <summary>Python's <c>Barrier(parties, action=None, timeout=None)</c>.</summary>
    /// <param name="parties">How many threads must call <see cref="Wait(double?)"/> to pass.</param>
    /// <param name="action">Run by the last thread to arrive, before the others are released.</param>
    /// <param name="timeout">The default timeout of <see cref="Wait(double?)"/> in seconds; null for none.</param>
    public Barrier(int parties, Action? action = null, double? timeout = null)
        : this(parties, action, Timeouts.FromOptional(timeout))
    {
    }

    /// <summary>Creates a barrier with a <see cref="TimeSpan"/> default timeout.</summary>
    /// <param name="parties">How many threads must call <see cref="Wait(double?)"/> to pass.</param>
    /// <param name="action">Run by the last thread to arrive, before the others are released.</param>
    /// <param name="timeout">The default timeout of <see cref="Wait(double?)"/>; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    public Barrier(int parties, Action? action, TimeSpan timeout)
    {
        // CPython 3.11 does not validate parties.
        _cond = new Condition(new Lock(ThreadingBackend.Current, nameof(Barrier)));
        _action = action;
        _timeout = Timeouts.Check(timeout, nameof(timeout));
        _parties = parties;
    }

    /// <summary>Python's <c>parties</c>.</summary>
    public int Parties => _parties;

    /// <summary>Python's <c>n_waiting</c>: threads waiting in the current cycle.</summary>
    public int NWaiting => Volatile.Read(ref _state) == StateFilling ? Volatile.Read(ref _count) : 0;

    /// <summary>Python's <c>broken</c>.</summary>
    public bool Broken => Volatile.Read(ref _state) == StateBroken;

    /// <summary>Python's <c>wait(timeout=None)</c>: waits until all parties have arrived.</summary>
    /// <param name="timeout">Seconds to wait; null for the barrier's default.</param>
    /// <returns>The arrival index, from 0 to <c>parties - 1</c>.</returns>
    /// <exception cref="BrokenBarrierError">The barrier is or becomes broken while waiting, or the timeout expires.</exception>
    public int Wait(double? timeout = null) => WaitCore(timeout is null ? _timeout : Timeouts.FromOptional(timeout));

    /// <summary>Waits until all parties have arrived, at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>The arrival index, from 0 to <c>parties - 1</c>.</returns>
    public int Wait(TimeSpan timeout) => WaitCore(Timeouts.Check(timeout, nameof(timeout)));

    /// <summary>Python's <c>reset()</c>: returns to the empty state; current waiters get <see cref="BrokenBarrierError"/>.</summary>
    public void Reset()
    {
        _cond.Acquire();
        try
        {
            if (_count > 0)
            {
                if (_state == StateFilling || _state == StateBroken)
                {
                    // Wake the waiters; the state clears when the last one leaves.
                    SetState(StateResetting);
                }
            }
            else
            {
                SetState(StateFilling);
            }

            _cond.NotifyAll();
        }
        finally
        {
            _cond.Release();
        }
    }

    /// <summary>Python's <c>abort()</c>: breaks the barrier; current and future waiters get <see cref="BrokenBarrierError"/>.</summary>
    public void Abort()
    {
        _cond.Acquire();
        try
        {
            Break();
        }
        finally
        {
            _cond.Release();
        }
    }

    private int WaitCore(TimeSpan timeout)
    {
        _cond.Acquire();
        try
        {
            Enter();
            int index = _count;
            SetCount(_count + 1);
            try
            {
                if (index + 1 == _parties)
                {
                    ReleaseAll();
                }
                else
                {
                    WaitForRelease(timeout);
                }

                return index;
            }
            finally
            {
                SetCount(_count - 1);
                Exit();
            }
        }
        finally
        {
            _cond.Release();
        }
    }

    // Block while the barrier drains or resets.
    private void Enter()
    {
        while (_state is StateResetting or StateDraining)
        {
            _cond.Wait();
        }

        if (_state < 0)
        {
            throw new BrokenBarrierError();
        }
    }

    private void ReleaseAll()
    {
        try
        {
            _action?.Invoke();
            SetState(StateDraining);
            _cond.NotifyAll();
        }
        catch
        {
            // An exception in the action breaks the barrier and reaches the thread that ran it.
            Break();
            throw;
        }
    }

    private void WaitForRelease(TimeSpan timeout)
    {
        if (!_cond.WaitFor(() => _state != StateFilling, timeout))
        {
            Break();
            throw new BrokenBarrierError();
        }

        if (_state < 0)
        {
            throw new BrokenBarrierError();
        }
    }

    // Wake threads waiting for the barrier to drain once the last one has left.
    private void Exit()
    {
        if (_count == 0 && _state is StateResetting or StateDraining)
        {
            SetState(StateFilling);
            _cond.NotifyAll();
        }
    }

    private void Break()
    {
        SetState(StateBroken);
        _cond.NotifyAll();
    }

    private void SetState(int state) => Volatile.Write(ref _state, state);

    private void SetCount(int count) => Volatile.Write(ref _count, count);
}
