"""typing for Portalis: every common name imports, subscripts, and prints as in CPython 3.11.

Annotations matter to a running program only when it looks at them, so this module keeps the part
of CPython's Lib/typing.py that programs observe: the reprs of the common aliases
(typing.List[int], typing.Optional[int], typing.Callable[[int], str]), get_origin/get_args,
isinstance against unsubscripted aliases, NamedTuple and TypedDict classes, TypeVar, Generic,
Protocol with runtime_checkable, cast, overload, final, get_type_hints (minimal).
Differences: Generic[T] and Protocol[T] give back the class itself (no __mro_entries__ in the
translated runtime), so `class Box(Generic[T])` has Generic as its base; user generics subscript
to an alias that prints like CPython's (__main__.Box[int]) and creates instances when called.
"""

import sys
import collections.abc as _abc
from abc import ABCMeta, abstractmethod
from collections import namedtuple as _namedtuple

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict',
    'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr', 'assert_type',
    'assert_never', 'cast', 'final', 'get_args', 'get_origin', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn',
    'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'Unpack', 'clear_overloads', 'get_overloads', 'dataclass_transform',
]

TYPE_CHECKING = False


def _type_repr(obj):
    """The repr of one type argument: typing.py _type_repr."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if callable(obj) and hasattr(obj, '__name__') and not isinstance(obj, (_Final,)):
        return obj.__name__
    return repr(obj)


class _Final:
    """Base of the typing objects that are not classes."""
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, NoReturn, ClassVar, Final, Union, Optional, Literal ... : typing._SpecialForm."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __reduce__(self):
        return self._name


def _type_check(arg):
    # typing._type_convert: None stands for type(None), a string for a forward reference.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _GenericAlias(_Final):
    """A subscripted type: List[int], Dict[str, int], Optional[int], Box[int] ..."""

    def __init__(self, origin, args, name=None, special_repr=None):
        if not isinstance(args, tuple):
            args = (args,)
        if origin is not Literal and origin is not Annotated:
            args = tuple([a if isinstance(a, (list, tuple)) else _type_check(a) for a in args])
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr
        params = []
        for a in args:
            if isinstance(a, TypeVar):
                if a not in params:
                    params.append(a)
            elif isinstance(a, _GenericAlias):
                for p in a.__parameters__:
                    if p not in params:
                        params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr(self)
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ((),):
            args = '()'
        else:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple(_subst(a, subst) for a in self.__args__),
                             self._name, self._special_repr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _subst(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _SpecialAliasType(type):
    """Metaclass of the unsubscripted aliases List, Dict, Iterable ... (typing._SpecialGenericAlias).

    Each alias is a class of this metaclass, so that isinstance(x, Iterable) and List[int] go
    through metaclass __instancecheck__ and __getitem__, which the translator supports on
    metaclasses.
    """

    def __repr__(cls):
        return 'typing.' + cls._name

    def __getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls._nparams >= 0 and len(params) != cls._nparams:
            raise TypeError(f"Too {'many' if len(params) > cls._nparams else 'few'} arguments for {cls};"
                            f" actual {len(params)}, expected {cls._nparams}")
        return _GenericAlias(cls.__origin__, params, cls._name)

    def __call__(cls, *args, **kwargs):
        if not cls._inst:
            raise TypeError(f"Type {cls._name} cannot be instantiated; "
                            f"use {cls.__origin__.__name__}() instead")
        return cls.__origin__(*args, **kwargs)

    def __instancecheck__(cls, obj):
        return isinstance(obj, cls.__origin__)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, cls.__origin__)

    def __or__(cls, right):
        return Union[cls, right]

    def __ror__(cls, left):
        return Union[left, cls]


def _SpecialGenericAlias(origin, nparams, name, inst=True, meta=_SpecialAliasType):
    return meta(name, (), {'__origin__': origin, '_nparams': nparams, '_name': name,
                           '_inst': inst, '__module__': 'typing', '__qualname__': name})


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item is None:
                item = type(None)
            if item not in flat:
                flat.append(item)
    return tuple(flat)


def _union_repr(alias):
    args = alias.__args__
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return f'typing.Optional[{_type_repr(other)}]'
    return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    return _GenericAlias(Union, parameters, 'Union', _union_repr)


def _optional_getitem(self, parameters):
    return Union[parameters, type(None)]


def _literal_repr(alias):
    return 'typing.Literal[' + ', '.join([repr(a) for a in alias.__args__]) + ']'


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(Literal, parameters, 'Literal', _literal_repr)


def _wrapper_getitem(self, parameters):
    # ClassVar[int], Final[int], Type[int], TypeGuard[int] ...: one argument.
    if isinstance(parameters, tuple) and self._name not in ('Annotated', 'Concatenate'):
        if len(parameters) != 1:
            raise TypeError(f"{self} accepts only single type.")
        parameters = parameters[0]
    return _GenericAlias(self, parameters, self._name)


def _annotated_repr(alias):
    args = alias.__args__
    return 'typing.Annotated[' + ', '.join([_type_repr(args[0])] + [repr(a) for a in args[1:]]) + ']'


def _annotated_getitem(self, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _GenericAlias(self, parameters, 'Annotated', _annotated_repr)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _wrapper_getitem)
Final = _SpecialForm('Final', _wrapper_getitem)
TypeGuard = _SpecialForm('TypeGuard', _wrapper_getitem)
Required = _SpecialForm('Required', _wrapper_getitem)
NotRequired = _SpecialForm('NotRequired', _wrapper_getitem)
Concatenate = _SpecialForm('Concatenate', _wrapper_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Unpack = _SpecialForm('Unpack', _wrapper_getitem)


class _CallableAliasType(_SpecialAliasType):
    def __getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        return _GenericAlias(cls.__origin__, params, 'Callable', _callable_repr)


def _callable_repr(alias):
    args, result = alias.__args__
    if args is ...:
        return f'typing.Callable[..., {_type_repr(result)}]'
    return ('typing.Callable[[' + ', '.join([_type_repr(a) for a in args]) + '], '
            + _type_repr(result) + ']')


class _TupleAliasType(_SpecialAliasType):
    def __getitem__(cls, params):
        if params == ():
            return _GenericAlias(tuple, ((),), 'Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, 'Tuple')


Callable = _SpecialGenericAlias(_abc.Callable, 2, 'Callable', meta=_CallableAliasType)
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple', inst=False, meta=_TupleAliasType)
List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Hashable = _abc.Hashable
Sized = _abc.Sized
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
ByteString = _SpecialGenericAlias(bytes, 0, 'ByteString')


import collections as _collections
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, 'ChainMap')

import re as _re
Pattern = _SpecialGenericAlias(type(_re.compile('')), 1, 'Pattern')
Match = _SpecialGenericAlias(type(_re.match('', '')), 1, 'Match')

Text = str


class _Placeholder:
    pass

Awaitable = _SpecialGenericAlias(_Placeholder, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_Placeholder, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_Placeholder, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_Placeholder, 1, 'AsyncIterator')
AsyncGenerator = _SpecialGenericAlias(_Placeholder, 2, 'AsyncGenerator')
ContextManager = _SpecialGenericAlias(_Placeholder, 1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(_Placeholder, 1, 'AsyncContextManager')
IO = _SpecialGenericAlias(_Placeholder, 1, 'IO')
TextIO = _Placeholder
BinaryIO = _Placeholder


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'); repr ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class TypeVarTuple(TypeVar):
    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            # Generic[T] / Protocol[T] as a base: the class itself (see the module docstring).
            return cls
        return _GenericAlias(cls, params)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return super().__instancecheck__(instance)
            return True
        return super().__instancecheck__(instance)


_SPECIAL_NAMES = frozenset(['__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                            '__init__', '__module__', '__new__', '__slots__',
                            '__subclasshook__', '__weakref__', '__class_getitem__',
                            '__qualname__', '__parameters__', '__orig_bases__',
                            '_is_protocol', '_is_runtime_protocol', '_abc_registry',
                            '_abc_subclasses', '_abc_cache', '__init_subclass__'])


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get('__annotations__', {}).keys())
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES and attr not in attrs:
                attrs.append(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False) and getattr(cls, '_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__new__(cls)


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self):
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass

for _proto in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
               SupportsAbs, SupportsRound):
    _proto._is_runtime_protocol = True


class ForwardRef(_Final):
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def reveal_type(obj, /):
    """Reveal the inferred type of a variable (prints to stderr at runtime)."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    return []


def clear_overloads():
    """Clear all overloads in the registry."""


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    return decorator


def dataclass_transform(**kwargs):
    """Decorator marking an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is Annotated:
            return Annotated
        return tp.__origin__
    if isinstance(tp, _SpecialAliasType):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if tp._name == 'Callable' and res[0] is not ...:
            res = (list(res[0]), res[1])
        if res == ((),):
            return ()
        return res
    return ()


def _resolve(value, globalns):
    if isinstance(value, str):
        if value in globalns:
            return globalns[value]
        builtins_value = {'int': int, 'str': str, 'float': float, 'bool': bool, 'bytes': bytes,
                          'list': list, 'dict': dict, 'set': set, 'tuple': tuple,
                          'None': type(None), 'object': object, 'complex': complex}
        if value in builtins_value:
            return builtins_value[value]
        if value in globals():
            return globals()[value]
        return ForwardRef(value)
    if value is None:
        return type(None)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (string annotations naming a module-level object are
    resolved; anything else needs eval and stays a ForwardRef)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            module = sys.modules.get(base.__module__)
            ns = globalns if globalns is not None else (getattr(module, '__dict__', {}) if module else {})
            for name, value in ann.items():
                hints[name] = _resolve(value, ns)
        return hints
    ann = getattr(obj, '__annotations__', None) or {}
    module = sys.modules.get(getattr(obj, '__module__', None) or '__main__')
    ns = globalns if globalns is not None else (getattr(module, '__dict__', {}) if module else {})
    for name, value in ann.items():
        hints[name] = _resolve(value, ns)
    return hints


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


# NamedTuple -----------------------------------------------------------------------------------

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})

_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__',
                      '__dict__', '__weakref__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types.items()),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        return nm_tpl


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of namedtuple: class syntax or NamedTuple('Employee', [('name', str)])."""
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
        return _make_nmtuple(typename, list(fields), module=module)


# TypedDict ------------------------------------------------------------------------------------

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(cls, name, bases, ns)
        own = ns.get('__annotations__', {})
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, value in own.items():
            origin = getattr(value, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
            else:
                optional.add(key)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        tp_dict = super().__new__(cls, name, (dict,), ns)
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    _root = True


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, type) and type(tp) is _TypedDictMeta
