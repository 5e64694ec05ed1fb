"""Locale services for the C locale.

Portalis programs run in the C (POSIX) locale, the one CPython starts in before a program calls
setlocale(). setlocale() accepts only the C locale ('', 'C', 'POSIX' and the UTF-8 variants) and raises
locale.Error for any other, as CPython does for a locale the system does not have. The formatting
functions follow Lib/locale.py with the C locale's conventions: no grouping, '.' as decimal point.
"""

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale", "resetlocale",
           "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL",
           "LC_MESSAGES", "CHAR_MAX", "getencoding"]

import builtins

_builtin_str = builtins.str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_C_NAMES = ("", "C", "POSIX", "C.UTF-8", "C.utf8", "en_US.UTF-8")


class Error(Exception):
    pass


def localeconv():
    return {'grouping': [127], 'currency_symbol': '', 'n_sign_posn': 127, 'p_cs_precedes': 127,
            'n_cs_precedes': 127, 'mon_grouping': [], 'n_sep_by_space': 127, 'decimal_point': '.',
            'negative_sign': '', 'positive_sign': '', 'p_sep_by_space': 127, 'int_curr_symbol': '',
            'p_sign_posn': 127, 'thousands_sep': '', 'mon_thousands_sep': '', 'frac_digits': 127,
            'mon_decimal_point': '', 'int_frac_digits': 127}


def setlocale(category, locale=None):
    if category not in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL):
        raise Error('invalid locale category')
    if locale is None:
        return 'C'
    if not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale in _C_NAMES:
        return 'C' if locale in ("", "C", "POSIX") else locale
    raise Error('unsupported locale setting')


def resetlocale(category=LC_ALL):
    setlocale(category, "")


def getlocale(category=LC_CTYPE):
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    return (None, 'UTF-8')


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def getencoding():
    return 'UTF-8'


def normalize(localename):
    return localename


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.') from None


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)
