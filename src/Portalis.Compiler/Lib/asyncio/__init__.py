"""The asyncio package, tracking PEP 3156.

Portalis: CPython 3.11's asyncio without the modules that need sockets, subprocesses, pipes, SSL or
signals (protocols, streams, subprocess, transports, sslproto, selector_events, the Windows modules).
unix_events is Portalis's: an event loop whose "selector" only waits for the next timer or for
another thread's call_soon_threadsafe. The other modules are CPython's code, with Portalis: comments
where something was changed.
"""

# flake8: noqa

import sys

# This relies on each of the submodules having an __all__ variable.
from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .runners import *
from .queues import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           runners.__all__ +
           queues.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__)

# Portalis: the one event loop implementation.
from .unix_events import *  # pragma: no cover
__all__ += unix_events.__all__
