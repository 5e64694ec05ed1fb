"""Set handlers for asynchronous events, for Portalis.

Portalis: CPython's signal module wraps the C module _signal, whose handlers run when the operating system
delivers a signal. Here the handler table is this module's state (so a multiprocessing worker has its own,
as each CPython process does) and handlers run when the program raises a signal at itself: raise_signal(),
or os.kill(os.getpid(), ...) is not routed here. signal() and getsignal() follow CPython's rules and errors
(main thread only, a worker process counting as its own main thread; SIGKILL and SIGSTOP cannot be caught).
Signals from outside the process keep .NET's default action; alarm, setitimer, pthread_kill, sigwait and
set_wakeup_fd are not provided.
"""

import _signal
from enum import IntEnum as _IntEnum

__all__ = ['signal', 'getsignal', 'raise_signal', 'strsignal', 'valid_signals', 'default_int_handler',
           'Signals', 'Handlers', 'Sigmasks', 'SIG_DFL', 'SIG_IGN', 'NSIG', 'SIG_BLOCK', 'SIG_UNBLOCK',
           'SIG_SETMASK']


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


SIGHUP = Signals.SIGHUP
SIGINT = Signals.SIGINT
SIGQUIT = Signals.SIGQUIT
SIGILL = Signals.SIGILL
SIGTRAP = Signals.SIGTRAP
SIGABRT = Signals.SIGABRT
SIGIOT = Signals.SIGIOT
SIGBUS = Signals.SIGBUS
SIGFPE = Signals.SIGFPE
SIGKILL = Signals.SIGKILL
SIGUSR1 = Signals.SIGUSR1
SIGSEGV = Signals.SIGSEGV
SIGUSR2 = Signals.SIGUSR2
SIGPIPE = Signals.SIGPIPE
SIGALRM = Signals.SIGALRM
SIGTERM = Signals.SIGTERM
SIGSTKFLT = Signals.SIGSTKFLT
SIGCHLD = Signals.SIGCHLD
SIGCLD = Signals.SIGCLD
SIGCONT = Signals.SIGCONT
SIGSTOP = Signals.SIGSTOP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIGVTALRM = Signals.SIGVTALRM
SIGPROF = Signals.SIGPROF
SIGWINCH = Signals.SIGWINCH
SIGIO = Signals.SIGIO
SIGPOLL = Signals.SIGPOLL
SIGPWR = Signals.SIGPWR
SIGSYS = Signals.SIGSYS
SIGRTMIN = Signals.SIGRTMIN
SIGRTMAX = Signals.SIGRTMAX
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK

NSIG = 65

_STRINGS = {
    1: 'Hangup',
    2: 'Interrupt',
    3: 'Quit',
    4: 'Illegal instruction',
    5: 'Trace/breakpoint trap',
    6: 'Aborted',
    7: 'Bus error',
    8: 'Floating point exception',
    9: 'Killed',
    10: 'User defined signal 1',
    11: 'Segmentation fault',
    12: 'User defined signal 2',
    13: 'Broken pipe',
    14: 'Alarm clock',
    15: 'Terminated',
    16: 'Stack fault',
    17: 'Child exited',
    18: 'Continued',
    19: 'Stopped (signal)',
    20: 'Stopped',
    21: 'Stopped (tty input)',
    22: 'Stopped (tty output)',
    23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded',
    25: 'File size limit exceeded',
    26: 'Virtual timer expired',
    27: 'Profiling timer expired',
    28: 'Window changed',
    29: 'I/O possible',
    30: 'Power failure',
    31: 'Bad system call',
    34: 'Real-time signal 0',
    64: 'Real-time signal 30',
}

_TERMINATING_BY_DEFAULT = frozenset(range(1, NSIG)) - {17, 18, 19, 20, 21, 22, 23, 28}


default_int_handler = _signal.default_int_handler

_handlers = {2: default_int_handler}


def _check_number(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def signal(signalnum, handler, /):
    """Set the action for the given signal; returns the previous one."""
    if not _signal._main_context():
        raise ValueError("signal only works in main thread of the main interpreter")
    signalnum = _check_number(signalnum)
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum in (SIGKILL, SIGSTOP) or 32 <= signalnum < 34:
        raise OSError(22, 'Invalid argument')
    previous = getsignal(signalnum)
    _handlers[signalnum] = handler if callable(handler) else Handlers(int(handler))
    return previous


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    signalnum = _check_number(signalnum)
    return _handlers.get(signalnum, Handlers.SIG_DFL)


def raise_signal(signalnum, /):
    """Send a signal to the executing process: its handler runs now, in the calling thread."""
    signalnum = _check_number(signalnum)
    handler = getsignal(signalnum)
    if callable(handler) and not isinstance(handler, Handlers):
        handler(signalnum, None)
    elif handler == SIG_DFL and signalnum in _TERMINATING_BY_DEFAULT:
        _signal._default_action(signalnum)


def strsignal(signalnum, /):
    """Return the system description of the given signal, or None for an unknown one."""
    signalnum = _check_number(signalnum)
    if 34 < signalnum < 64:
        return "Real-time signal %d" % (signalnum - 34)
    return _STRINGS.get(signalnum)


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {_enum(n, Signals) for n in range(1, NSIG) if not 32 <= n < 34}
