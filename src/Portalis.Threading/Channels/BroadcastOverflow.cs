namespace Portalis.Threading.Channels;

/// <summary>What a broadcast channel does when its slowest subscriber is a full buffer behind.</summary>
public enum BroadcastOverflow
{
    /// <summary>
    /// Senders never block: the oldest item is overwritten and the slow subscriber's next receive
    /// reports <see cref="ReceiveStatus.Lagged"/> (tokio's <c>broadcast</c>).
    /// </summary>
    Lag,

    /// <summary>Senders wait until every subscriber has read the item about to be overwritten; nothing is lost.</summary>
    Block,
}
