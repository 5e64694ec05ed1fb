namespace Portalis.Runtime;

public sealed partial class PyType
{
    private TypeSlots _slots = new(-1);

    /// <summary>
    /// The special methods the attribute protocol and <c>type.__call__</c> consult on every access, resolved once
    /// per version of the class hierarchy (so an attribute read does one cache check instead of several lookups).
    /// </summary>
    internal TypeSlots Slots
    {
        get
        {
            var slots = _slots;
            var version = Volatile.Read(ref s_version);
            if (slots.Version != version)
            {
                slots = new TypeSlots(version);
                var objectDict = ObjectType.Dict;
                TryLookup("__getattribute__", out var ga);
                slots.CustomGetAttribute = IsHeapType && ga is not null && !ReferenceEquals(ga, objectDict.Get("__getattribute__"))
                    && !(ga is PyMethodDescriptor d && !d.Owner.IsHeapType);
                slots.GetAttribute = ga;
                slots.GetAttr = IsHeapType && TryLookup("__getattr__", out var g) ? g : null;
                TryLookup("__setattr__", out var sa);
                // A builtin's own __setattr__ (object's, type's) is the default path; another builtin method
                // assigned as __setattr__ (`__setattr__ = dict.__setitem__`) is a custom one.
                slots.CustomSetAttr = IsHeapType && sa is not null and not PyMethodDescriptor { Name: "__setattr__" };
                slots.SetAttr = sa;
                TryLookup("__delattr__", out var da);
                slots.CustomDelAttr = IsHeapType && da is not null and not PyMethodDescriptor { Name: "__delattr__" };
                slots.DelAttr = da;
                TryLookup("__init__", out var init);
                slots.Init = init;
                slots.InitIsObject = ReferenceEquals(init, objectDict.Get("__init__"));
                TryLookup("__new__", out var nw);
                slots.New = nw;
                slots.NewIsObject = ReferenceEquals(nw, objectDict.Get("__new__"));
                slots.AbstractMethods = IsHeapType && TryLookup("__abstractmethods__", out var abstracts) ? abstracts : null;
                slots.Call = TryLookup("__call__", out var call) ? call : null;
                slots.CustomIter = IsHeapType && BuiltinSubclass.DefinedInPythonClass(this, "__iter__");
                _slots = slots;
            }

            return slots;
        }
    }

    internal sealed class TypeSlots(int version)
    {
        public int Version { get; } = version;

        public bool CustomGetAttribute { get; set; }

        public object? GetAttribute { get; set; }

        public object? GetAttr { get; set; }

        public bool CustomSetAttr { get; set; }

        public object? SetAttr { get; set; }

        public bool CustomDelAttr { get; set; }

        public object? DelAttr { get; set; }

        public object? Init { get; set; }

        public bool InitIsObject { get; set; }

        public object? New { get; set; }

        public bool NewIsObject { get; set; }

        /// <summary>
        /// True when a Python class in the MRO defines <c>__iter__</c> before any builtin base does: iterating an
        /// instance of a builtin subclass must call it instead of reading the items directly.
        /// </summary>
        public bool CustomIter { get; set; }

        /// <summary><c>__call__</c> (for a metaclass: what calling its classes does).</summary>
        public object? Call { get; set; }

        /// <summary><c>__abstractmethods__</c> (set by <c>abc.ABCMeta</c>) of a heap type, else null.</summary>
        public object? AbstractMethods { get; set; }
    }
}
