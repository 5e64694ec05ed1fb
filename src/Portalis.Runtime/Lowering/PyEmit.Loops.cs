using System.Runtime.CompilerServices;
using Portalis.Threading.Exploration;

namespace Portalis.Runtime;

public static partial class PyEmit
{
    /// <summary>
    /// Emitted at the top of every <c>while</c> loop: CPython can switch threads at any back-edge (its eval
    /// loop checks for a GIL drop request there), so under the Controlled backend (<c>--explore</c>) a loop
    /// that never reaches a threading primitive, such as <c>while not done: pass</c>, must still let the other
    /// threads run. Natively it costs one read of a static field.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LoopBackEdge() => ControlledRun.LoopBackEdge();
}
