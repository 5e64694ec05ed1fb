namespace Portalis.Runtime;

/// <summary>The list of native modules the catalog knows; <see cref="NativeModuleCatalog.All"/> exposes them to imports.</summary>
public static class NativeModules
{
    /// <summary>Registers every native module with <see cref="NativeModuleCatalog"/> (idempotent; the catalog calls it).</summary>
    public static void RegisterAll()
    {
        NativeModuleCatalog.Register(typeof(BuiltinsModule));
        NativeModuleCatalog.Register(typeof(SysModule));
        NativeModuleCatalog.Register(typeof(MathModule));
        NativeModuleCatalog.Register(typeof(CmathModule));
        NativeModuleCatalog.Register(typeof(UnicodedataModule));
        NativeModuleCatalog.Register(typeof(RandomModule));
        NativeModuleCatalog.Register(typeof(ThreadModule));
        NativeModuleCatalog.Register(typeof(QueueModule));
        NativeModuleCatalog.Register(typeof(HeapqModule));
        NativeModuleCatalog.Register(typeof(BisectModule));
        NativeModuleCatalog.Register(typeof(CollectionsModule));
        NativeModuleCatalog.Register(typeof(ItertoolsModule));
        NativeModuleCatalog.Register(typeof(TimeModule));
        NativeModuleCatalog.Register(typeof(StringModule));
        NativeModuleCatalog.Register(typeof(ZlibModule));
        NativeModuleCatalog.Register(typeof(TracebackModule));
        NativeModuleCatalog.Register(typeof(OsModule));
        NativeModuleCatalog.Register(typeof(PosixPathModule));
        NativeModuleCatalog.RegisterAlias("posixpath", "os.path");
        NativeModuleCatalog.RegisterAlias("posix", "os");
        NativeModuleCatalog.Register(typeof(GcModule));
        NativeModuleCatalog.Register(typeof(StructModule));
        NativeModuleCatalog.Register(typeof(BinasciiModule));
        NativeModuleCatalog.Register(typeof(HashlibModule));
        NativeModuleCatalog.Register(typeof(OperatorSupportModule));
        NativeModuleCatalog.Register(typeof(SignalSupportModule));
        NativeModuleCatalog.Register(typeof(JsonModule));
        NativeModuleCatalog.Register(typeof(ReModule));
        NativeModuleCatalog.Register(typeof(FuturesModule));
        NativeModuleCatalog.Register(typeof(MultiprocessingModule));
        NativeModuleCatalog.Register(typeof(AtexitModule));
        NativeModuleCatalog.Register(typeof(WarningsSupportModule));
        NativeModuleCatalog.Register(typeof(CoroutinesSupportModule));
        NativeModuleCatalog.Register(typeof(WeakrefModule));
    }
}
