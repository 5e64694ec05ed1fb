namespace Portalis.Threading.Pool;

/// <summary>
/// What the futures package logs instead of raising (CPython logs these on the
/// <c>concurrent.futures</c> logger): a done callback that threw, a failed worker initializer, a
/// future completed in an unexpected state.
/// </summary>
/// <param name="Message">CPython's log message, for example <c>exception calling callback for &lt;Future ...&gt;</c>.</param>
/// <param name="Exception">The exception being reported, if any.</param>
/// <param name="IsCritical">True for CPython's <c>LOGGER.critical</c>, false for <c>LOGGER.exception</c>.</param>
public sealed record FutureLogRecord(string Message, Exception? Exception, bool IsCritical);
