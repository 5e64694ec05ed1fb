"""CSV parsing and writing: the C accelerator of Lib/csv.py (Modules/_csv.c of CPython 3.11) in Python.

The reader is _csv.c's character state machine (parse_process_char), fed one line of the input
iterator at a time with an end-of-line marker after each; the writer quotes and escapes as
join_append_data does, deciding a field's quoting before writing it (the C code's first pass).
Dialects are validated with _csv.c's messages. Differences: Dialect is an ordinary class (its
attributes can be assigned), and Error is defined here rather than in C.
"""
# Portalis: no Python frames in tracebacks for these: CPython's _csv is C code.
__portalis_c_functions__ = ("*",)

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024

_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

# The end-of-line marker: not a character, so it never equals a dialect character.
_EOL = None


class Error(Exception):
    pass


def _char(name, value, default, allow_none):
    if value is None and default is None:
        return None
    if value is None:
        if allow_none:
            return None
        raise TypeError(f'"{name}" must be a 1-character string')
    if not isinstance(value, str):
        if allow_none:
            raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
        raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class Dialect:
    """The parameters of a CSV format, validated as _csv.c's dialect_new does."""

    def __init__(self, dialect=None, **kwargs):
        explicit = set(kwargs)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            for name in ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
                         "quoting", "skipinitialspace", "strict"):
                if name not in kwargs and hasattr(dialect, name):
                    kwargs[name] = getattr(dialect, name)
        unknown = set(kwargs) - {"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
                                 "quoting", "skipinitialspace", "strict"}
        if unknown:
            raise TypeError(f"'{sorted(unknown)[0]}' is an invalid keyword argument for Dialect()")
        quoting = kwargs.get("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            if not isinstance(quoting, int):
                raise TypeError('"quoting" must be an integer')
            raise TypeError("bad \"quoting\" value")
        self.quoting = quoting
        self.delimiter = _char("delimiter", kwargs.get("delimiter", ","), ",", False)
        self.escapechar = _char("escapechar", kwargs.get("escapechar"), None, True)
        if "quotechar" in kwargs:
            self.quotechar = _char("quotechar", kwargs["quotechar"], '"', True)
            if self.quotechar is None and "quoting" not in explicit:
                # dialect_new: quotechar=None without an explicit quoting means QUOTE_NONE.
                self.quoting = quoting = QUOTE_NONE
        else:
            self.quotechar = '"'
        self.doublequote = bool(kwargs.get("doublequote", True))
        self.skipinitialspace = bool(kwargs.get("skipinitialspace", False))
        self.strict = bool(kwargs.get("strict", False))
        lineterminator = kwargs.get("lineterminator", "\r\n")
        if not isinstance(lineterminator, str):
            raise TypeError(f'"lineterminator" must be a string, not {type(lineterminator).__name__}')
        self.lineterminator = lineterminator
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.delimiter == " " and self.skipinitialspace:
            pass
        if self.delimiter in ("\n", "\r"):
            raise ValueError("bad delimiter value")
        if self.quotechar is not None and self.quotechar in ("\n", "\r"):
            raise ValueError("bad quotechar value")
        if self.escapechar is not None and self.escapechar in ("\n", "\r"):
            raise ValueError("bad escapechar value")
        if lineterminator == "":
            raise ValueError("lineterminator must not be empty")


def _dialect_of(dialect, kwargs):
    if dialect is None and not kwargs:
        return Dialect(get_dialect("excel"))
    if dialect is None:
        dialect = "excel"
    return Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **kwargs) if dialect is not None or kwargs else Dialect()


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class _Reader:
    def __init__(self, iterable, dialect):
        self._input = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == "\0":
                    raise Error("line contains NUL")
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
            return
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


class _Writer:
    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect

    def _append(self, parts, field, quoted, first):
        d = self.dialect
        special = False
        for c in field:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                special = True
                break
        if special:
            out = []
            for c in field:
                want_escape = False
                if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                    if d.quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == d.quotechar:
                            if d.doublequote:
                                out.append(d.quotechar)
                            else:
                                want_escape = True
                        elif c == d.escapechar:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if d.escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(d.escapechar)
                out.append(c)
            field = "".join(out)
        if not first:
            parts.append(d.delimiter)
        if quoted:
            parts.append(d.quotechar)
            parts.append(field)
            parts.append(d.quotechar)
        else:
            parts.append(field)

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        parts = []
        count = 0
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._append(parts, text, quoted, count == 0)
            count += 1
        if count == 1 and parts == [""]:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts = [d.quotechar, d.quotechar]
        parts.append(d.lineterminator)
        return self._write("".join(parts))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect="excel", **kwargs):
    return _Reader(csvfile, _dialect_of(dialect, kwargs))


def writer(fileobj, dialect="excel", **kwargs):
    if not hasattr(fileobj, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(fileobj, _dialect_of(dialect, kwargs))


