namespace Portalis.Threading.Pool;

/// <summary>The result of <see cref="Futures.Wait"/>: CPython's <c>DoneAndNotDoneFutures</c> named tuple.</summary>
/// <param name="Done">The futures that completed (finished, or cancelled and notified) before the wait returned.</param>
/// <param name="NotDone">The others.</param>
public sealed record DoneAndNotDone(IReadOnlySet<Future> Done, IReadOnlySet<Future> NotDone);
