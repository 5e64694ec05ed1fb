using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Channels;

public sealed class NativeUnboundedChannelContractTests() : UnboundedChannelContractTests(new NativeRunner());

public sealed class NativeBoundedChannelContractTests() : BoundedChannelContractTests(new NativeRunner());

public sealed class NativeRendezvousChannelContractTests() : RendezvousChannelContractTests(new NativeRunner());

public sealed class NativeOneshotChannelContractTests() : OneshotChannelContractTests(new NativeRunner());

public sealed class NativeBroadcastChannelContractTests() : BroadcastChannelContractTests(new NativeRunner());
