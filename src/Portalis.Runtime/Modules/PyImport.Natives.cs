namespace Portalis.Runtime;

public static partial class PyImport
{
    /// <summary>Makes every module of <see cref="NativeModuleCatalog"/> importable (translated programs call this first).</summary>
    public static void RegisterNativeModules()
    {
        foreach (var (name, factory) in NativeModuleCatalog.All)
        {
            RegisterNative(name, factory);
        }
    }
}
