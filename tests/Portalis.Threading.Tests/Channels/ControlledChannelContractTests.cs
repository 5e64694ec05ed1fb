using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Channels;

public sealed class ControlledUnboundedChannelContractTests() : UnboundedChannelContractTests(new ControlledRunner());

public sealed class ControlledBoundedChannelContractTests() : BoundedChannelContractTests(new ControlledRunner());

public sealed class ControlledRendezvousChannelContractTests() : RendezvousChannelContractTests(new ControlledRunner());

public sealed class ControlledOneshotChannelContractTests() : OneshotChannelContractTests(new ControlledRunner());

public sealed class ControlledBroadcastChannelContractTests() : BroadcastChannelContractTests(new ControlledRunner());
