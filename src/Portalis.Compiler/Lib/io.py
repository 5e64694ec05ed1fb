"""The io module: in-memory text and binary streams (StringIO, BytesIO) and a TextIOWrapper over a
binary stream, following CPython 3.11's Modules/_io (stringio.c, bytesio.c) and Lib/_pyio.py.

Portalis's file objects from open() are native; open and the SEEK_* constants are re-exported here.
StringIO keeps its text as a list of pieces while writes append at the end (the common case) and joins
them only when read, seeked into or overwritten, so building a string by many writes stays linear.
Left out: BufferedReader/BufferedWriter/FileIO classes, IncrementalNewlineDecoder, and
TextIOWrapper's reconfigure and encoding error handlers other than the codec's.
"""
# Portalis: no Python frames in tracebacks for these: CPython's _io is C code.
__portalis_c_functions__ = ("*",)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


def text_encoding(encoding, stacklevel=2):
    """The encoding to use for a text stream when the caller passed `encoding` (PEP 597): "locale" for None."""
    if encoding is None:
        return "locale"
    return encoding


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The common base of the stream classes (isinstance checks and the shared helpers)."""

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed_message = "I/O operation on closed file."

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """An in-memory text stream (Modules/_io/stringio.c)."""

    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._pieces = []
        self._text = ""
        self._length = 0
        self._pos = 0
        self.closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        return None

    def _value(self):
        if self._pieces:
            self._text = self._text + "".join(self._pieces)
            self._pieces = []
        return self._text

    def _translate(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        if self._pos == self._length:
            self._pieces.append(s)
        else:
            text = self._value()
            if self._pos > self._length:
                text = text + "\0" * (self._pos - self._length)
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        if self._pos > self._length:
            self._length = self._pos
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        text = self._value()
        start = min(self._pos, self._length)
        end = self._length if size < 0 else min(self._length, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        text = self._value()
        start = self._pos
        if start >= self._length:
            return ""
        limit = self._length if size < 0 else min(self._length, start + size)
        if self._newline == "":
            end = limit
            i = start
            while i < limit:
                c = text[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if i + 1 < limit and text[i + 1] == "\n" else i + 1
                    break
                i += 1
        else:
            mark = "\n" if self._newline is None else self._newline
            found = text.find(mark, start, limit)
            end = limit if found < 0 else min(limit, found + len(mark))
        self._pos = end
        return text[start:end]

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._length
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._length:
            self._text = self._value()[:size]
            self._length = size
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def close(self):
        self.closed = True


class BytesIO(BufferedIOBase):
    """An in-memory binary stream (Modules/_io/bytesio.c)."""

    def __init__(self, initial_bytes=b""):
        self._buffer = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self.closed = False

    def __repr__(self):
        return f"<_io.BytesIO object at {id(self):#x}>"

    def getvalue(self):
        self._check_closed()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buffer)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n == 0:
            return 0
        end = self._pos + n
        if self._pos > len(self._buffer):
            self._buffer.extend(b"\0" * (self._pos - len(self._buffer)))
        self._buffer[self._pos:end] = data
        self._pos = end
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        start = min(self._pos, len(self._buffer))
        end = len(self._buffer) if size < 0 else min(len(self._buffer), start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buffer[start:end])

    read1 = read

    def readinto(self, target):
        data = self.read(len(target))
        target[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        start = self._pos
        if start >= len(self._buffer):
            return b""
        limit = len(self._buffer) if size < 0 else min(len(self._buffer), start + size)
        found = self._buffer.find(b"\n", start, limit)
        end = limit if found < 0 else found + 1
        self._pos = end
        return bytes(self._buffer[start:end])

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buffer[size:]
        return size

    def close(self):
        self.closed = True


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: decodes what it reads and encodes what it writes (Lib/_pyio.py)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        self.buffer = buffer
        self.encoding = encoding if encoding is not None else "utf-8"
        self.errors = errors if errors is not None else "strict"
        self.line_buffering = line_buffering
        self._newline = newline
        self._decoded = None

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def __repr__(self):
        return f"<_io.TextIOWrapper encoding='{self.encoding}'>"

    def _text(self):
        if self._decoded is None:
            data = self.buffer.read()
            self._decoded = StringIO(data.decode(self.encoding, self.errors), newline=self._newline)
        return self._decoded

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def read(self, size=-1):
        self._check_closed()
        return self._text().read(size)

    def readline(self, size=-1):
        self._check_closed()
        return self._text().readline(size)

    def flush(self):
        self.buffer.flush()

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    def close(self):
        if not self.closed:
            self.buffer.close()
