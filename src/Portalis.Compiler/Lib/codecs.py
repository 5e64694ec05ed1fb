"""Codec registry and base classes, for Portalis.

Portalis: CPython's Lib/codecs.py sits on the C module _codecs and the encodings package. Here the text
codecs are the runtime's (str.encode / bytes.decode: utf-8, utf-8-sig, ascii, latin-1, utf-16/32 and their
-le/-be forms, the cp* code pages) and the bytes-to-bytes and str-to-str codecs CPython ships in
Lib/encodings are written below (hex, base64, zlib, rot13). lookup() returns CodecInfo objects with
stateless encode/decode functions and incremental coders; StreamReader/StreamWriter and codecs.open()
are not provided beyond open() itself, which codecs.open calls.
"""

import builtins

__all__ = ["register", "lookup", "open", "encode", "decode", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "iterencode", "iterdecode",
           "register_error", "lookup_error", "CodecInfo", "Codec", "IncrementalEncoder",
           "IncrementalDecoder", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE",
           "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE",
           "strict_errors", "ignore_errors", "replace_errors", "backslashreplace_errors",
           "xmlcharrefreplace_errors"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes of an unfinished character for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _normalize(encoding):
    return encoding.strip().lower().replace('_', '-').replace(' ', '-')


_TEXT_NAMES = {
    'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf-8-sig': 'utf-8-sig', 'utf8-sig': 'utf-8-sig',
    'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii',
    'latin-1': 'iso8859-1', 'latin1': 'iso8859-1', 'iso-8859-1': 'iso8859-1', 'iso8859-1': 'iso8859-1',
    'l1': 'iso8859-1', 'latin': 'iso8859-1', 'cp819': 'iso8859-1', '8859': 'iso8859-1',
    'utf-16': 'utf-16', 'utf16': 'utf-16', 'utf-16-le': 'utf-16-le', 'utf-16le': 'utf-16-le',
    'utf-16-be': 'utf-16-be', 'utf-16be': 'utf-16-be', 'utf-32': 'utf-32', 'utf32': 'utf-32',
    'utf-32-le': 'utf-32-le', 'utf-32le': 'utf-32-le', 'utf-32-be': 'utf-32-be', 'utf-32be': 'utf-32-be',
}


def _text_codec(name):
    def encode(input, errors='strict'):
        return (input.encode(name, errors), len(input))

    def decode(input, errors='strict'):
        data = bytes(input)
        return (data.decode(name, errors), len(data))

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return input.encode(name, self.errors)

    class _Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            # A character cut off at the end of the input waits for the next call (strict decoding only:
            # the other handlers settle it at once).
            try:
                return (input.decode(name, errors), len(input))
            except UnicodeDecodeError as e:
                if final or e.reason != "unexpected end of data" or e.end != len(input):
                    raise
                return (input[:e.start].decode(name, errors), e.start)

    return CodecInfo(encode, decode, incrementalencoder=_Encoder, incrementaldecoder=_Decoder, name=name)


def _rot13(text):
    result = []
    for c in text:
        if 'a' <= c <= 'z':
            result.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z':
            result.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            result.append(c)
    return ''.join(result)


def _bytes_codec(name):
    if name == 'hex':
        import binascii
        enc, dec = binascii.b2a_hex, binascii.a2b_hex
    elif name == 'base64':
        import binascii
        enc, dec = (lambda b: binascii.b2a_base64(b)), binascii.a2b_base64
    elif name == 'zlib':
        import zlib
        enc, dec = zlib.compress, zlib.decompress
    else:
        return None

    def encode(input, errors='strict'):
        return (enc(bytes(input)), len(input))

    def decode(input, errors='strict'):
        return (dec(bytes(input)), len(input))
    return CodecInfo(encode, decode, name=name, _is_text_encoding=False)


_BYTES_NAMES = {'hex': 'hex', 'hex-codec': 'hex', 'base64': 'base64', 'base-64': 'base64',
                'base64-codec': 'base64', 'zlib': 'zlib', 'zip': 'zlib', 'zlib-codec': 'zlib'}

_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function (called with a normalized name; returns a CodecInfo or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    info = None
    for search in _search_functions:
        info = search(key.replace('-', '_'))
        if info is not None:
            break
    if info is None:
        if key in _TEXT_NAMES:
            info = _text_codec(_TEXT_NAMES[key])
        elif key in _BYTES_NAMES:
            info = _bytes_codec(_BYTES_NAMES[key])
        elif key in ('rot13', 'rot-13'):
            info = CodecInfo(lambda s, errors='strict': (_rot13(s), len(s)),
                             lambda s, errors='strict': (_rot13(s), len(s)), name='rot-13',
                             _is_text_encoding=False)
        elif key.startswith('cp') or key.startswith('windows-'):
            try:
                "".encode(key)
            except LookupError:
                pass
            else:
                info = _text_codec(key)
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


from _codecs import encode, decode


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file; with an encoding, in text mode (codecs.open's binary-mode wrapping is not provided)."""
    if encoding is not None and 'b' in mode:
        mode = mode.replace('b', '')
    return builtins.open(filename, mode, buffering, encoding, errors)


_error_handlers = {}


def register_error(name, error_handler):
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    if name in _error_handlers:
        return _error_handlers[name]
    if name in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        return globals()[name + '_errors']
    raise LookupError("unknown error handler name '%s'" % name)


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return ('', exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    return ('\ufffd', exception.end)


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exception.object[exception.start:exception.end]), exception.end)
    text = exception.object[exception.start:exception.end]
    return (''.join('\\x%02x' % ord(c) if ord(c) <= 0xff else '\\u%04x' % ord(c) if ord(c) <= 0xffff
                    else '\\U%08x' % ord(c) for c in text), exception.end)


def xmlcharrefreplace_errors(exception):
    text = exception.object[exception.start:exception.end]
    return (''.join('&#%d;' % ord(c) for c in text), exception.end)
