namespace Portalis.Threading.Channels;

/// <summary>
/// The state shared by a <see cref="OneshotSender{T}"/> and its <see cref="OneshotReceiver{T}"/>: at most
/// one value, sent once and received once (tokio's <c>oneshot</c>). Everything runs under one monitor;
/// a oneshot is used once, so there is no fast path worth its complexity.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class OneshotChannel<T>
{
    private readonly SyncMonitor _monitor;
    private T _value = default!;
    private State _state;
    private bool _senderGone;
    private bool _receiverGone;

    public OneshotChannel(IThreadingBackend backend)
    {
        Backend = backend;
        _monitor = backend.CreateMonitor("oneshot channel");
    }

    private enum State
    {
        Empty,
        Full,
        Taken,
    }

    public IThreadingBackend Backend { get; }

    /// <summary>True once the value has been sent or the sender is gone: a receive would not wait.</summary>
    public bool IsCompleted
    {
        get
        {
            using var scope = _monitor.Lock();
            return _state != State.Empty || _senderGone;
        }
    }

    public SendStatus Send(T value)
    {
        using var scope = _monitor.Lock();
        if (_receiverGone)
        {
            return SendStatus.Closed;
        }

        _value = value;
        _state = State.Full;
        _monitor.PulseAll();
        return SendStatus.Sent;
    }

    public ReceiveStatus Receive(out T value, Deadline deadline)
    {
        using var scope = _monitor.Lock();
        while (true)
        {
            if (_state == State.Full)
            {
                value = _value;
                _value = default!;
                _state = State.Taken;
                return ReceiveStatus.Received;
            }

            if (_state == State.Taken)
            {
                throw new InvalidOperationException("A oneshot receiver receives exactly once.");
            }

            if (_senderGone)
            {
                value = default!;
                return ReceiveStatus.Closed;
            }

            if (!WaitUntil(deadline))
            {
                value = default!;
                return ReceiveStatus.TimedOut;
            }
        }
    }

    public void DisconnectSender()
    {
        using var scope = _monitor.Lock();
        _senderGone = true;
        _monitor.PulseAll();
    }

    public void DisconnectReceiver()
    {
        using var scope = _monitor.Lock();
        _receiverGone = true;
        _value = default!;
    }

    private bool WaitUntil(Deadline deadline)
    {
        var remaining = deadline.Remaining(Backend);
        if (remaining == TimeSpan.Zero)
        {
            return false;
        }

        _monitor.Wait(remaining);
        return true;
    }
}
