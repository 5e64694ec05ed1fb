"""Argument binding for the functions Portalis's library builds without exec.

CPython builds namedtuple's __new__ and a dataclass's __init__ from source text with exec; the
translator has no exec, so those functions take *args/**kwargs and bind them here against a
parameter list, raising the TypeError messages of CPython 3.11's ceval.c (initialize_locals,
too_many_positional, missing_arguments) for the signature that exec would have made.
"""


def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _missing(qualname, names, kind):
    return TypeError('%s() missing %d required %s argument%s: %s' % (
        qualname, len(names), kind, '' if len(names) == 1 else 's', _name_list(names)))


def bind(qualname, positional, kwonly, defaults, args, kwargs, implicit=1):
    """Bind args/kwargs to the parameters `positional` then `kwonly` (lists of names).

    defaults maps parameter names to default values; implicit counts the leading parameters
    (self, cls) already bound, which CPython's messages include. Returns a dict name -> value.
    """
    bound = {}
    npos = len(positional)
    for i in range(min(len(args), npos)):
        bound[positional[i]] = args[i]
    for key, value in kwargs.items():
        if key in bound:
            raise TypeError('%s() got multiple values for argument %r' % (qualname, key))
        if key not in defaults and key not in positional and key not in kwonly:
            raise TypeError('%s() got an unexpected keyword argument %r' % (qualname, key))
        bound[key] = value
    if len(args) > npos:
        given = len(args) + implicit
        argcount = npos + implicit
        defcount = 0
        for name in positional:
            if name in defaults:
                defcount += 1
        kwonly_given = 0
        for name in kwonly:
            if name in kwargs:
                kwonly_given += 1
        if defcount:
            sig = 'from %d to %d' % (argcount - defcount, argcount)
            plural = 's'
        else:
            sig = '%d' % argcount
            plural = '' if argcount == 1 else 's'
        if kwonly_given:
            kwonly_sig = ' positional argument%s (and %d keyword-only argument%s)' % (
                '' if given == 1 else 's', kwonly_given, '' if kwonly_given == 1 else 's')
        else:
            kwonly_sig = ''
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given' % (
            qualname, sig, plural, given, kwonly_sig,
            'was' if given == 1 and not kwonly_given else 'were'))
    missing = [n for n in positional if n not in bound and n not in defaults]
    if missing:
        raise _missing(qualname, missing, 'positional')
    missing = [n for n in kwonly if n not in bound and n not in defaults]
    if missing:
        raise _missing(qualname, missing, 'keyword-only')
    for name in positional:
        if name not in bound:
            bound[name] = defaults[name]
    for name in kwonly:
        if name not in bound:
            bound[name] = defaults[name]
    return bound
