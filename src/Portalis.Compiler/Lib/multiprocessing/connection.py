"""multiprocessing.connection for Portalis: Pipe and Connection.

The Connection API and messages of CPython 3.11's Lib/multiprocessing/connection.py
(_ConnectionBase: send/recv, send_bytes/recv_bytes, poll, close, closed/readable/writable,
"handle is closed", "connection is read-only", "connection is write-only", EOFError once the
other end is closed and nothing is left). Each direction is a buffer under a native condition
variable; send() copies the object with pickle's rules (reduction.transfer).
"""

__all__ = ['Pipe', 'Connection', 'wait']

import collections
import time

import _portalis_mp

from . import reduction


class _Channel:
    # One direction of a pipe: messages, and whether the sending end has been closed.
    def __init__(self):
        self.cond = _portalis_mp.Cond()
        self.items = collections.deque()
        self.writers = 0


class Connection(object):

    def __init__(self, incoming, outgoing, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError(
                "at least one of `readable` and `writable` must be True")
        self._incoming = incoming
        self._outgoing = outgoing
        self._readable = readable
        self._writable = writable
        self._closed = False
        if outgoing is not None:
            with outgoing.cond:
                outgoing.writers += 1

    def _mp_reduce_(self, copier):
        # A child gets its own handle on the same pipe (fork duplicates the file descriptor): the
        # other end sees EOF only when every handle of this end is closed, and a child's handles
        # close when it exits.
        if self._closed:
            raise OSError("handle is closed")
        dup = Connection(self._incoming, self._outgoing, self._readable, self._writable)
        copier.owned.append(dup)
        return dup

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        """True if the connection is closed"""
        return self._closed

    @property
    def readable(self):
        """True if the connection is readable"""
        return self._readable

    @property
    def writable(self):
        """True if the connection is writable"""
        return self._writable

    def fileno(self):
        """File descriptor or handle of the connection"""
        self._check_closed()
        return id(self) & 0xffff

    def close(self):
        """Close the connection"""
        if not self._closed:
            self._closed = True
            if self._outgoing is not None:
                channel = self._outgoing
                with channel.cond:
                    channel.writers -= 1
                    channel.cond.notify_all()

    def _send(self, item):
        self._check_closed()
        self._check_writable()
        channel = self._outgoing
        with channel.cond:
            channel.items.append(item)
            channel.cond.notify_all()

    def _recv(self):
        self._check_closed()
        self._check_readable()
        channel = self._incoming
        with channel.cond:
            while not channel.items:
                if channel.writers <= 0:
                    raise EOFError
                channel.cond.wait()
            return channel.items.popleft()

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes data from a bytes-like object"""
        self._check_closed()
        self._check_writable()
        n = len(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send(('bytes', bytes(buf[offset:offset + size])))

    def send(self, obj):
        """Send a (picklable) object"""
        self._check_closed()
        self._check_writable()
        self._send(('obj', reduction.transfer(obj)))

    def recv_bytes(self, maxlength=None):
        """
        Receive bytes data as a bytes object.
        """
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        kind, value = self._recv()
        if kind != 'bytes':
            raise OSError("bad message length")
        if maxlength is not None and len(value) > maxlength:
            self.close()
            raise OSError("bad message length")
        return value

    def recv(self):
        """Receive a (picklable) object"""
        self._check_closed()
        self._check_readable()
        kind, value = self._recv()
        return reduction.localize(value)

    def poll(self, timeout=0.0):
        """Whether there is any input available to be read"""
        self._check_closed()
        self._check_readable()
        channel = self._incoming
        with channel.cond:
            if channel.items or channel.writers <= 0:
                return True
            if timeout is not None and timeout <= 0:
                return False
            deadline = None if timeout is None else time.monotonic() + timeout
            while not channel.items and channel.writers > 0:
                if deadline is None:
                    channel.cond.wait()
                else:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return False
                    channel.cond.wait(remaining)
            return True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    '''
    Returns pair of connection objects at either end of a pipe
    '''
    if duplex:
        a = _Channel()
        b = _Channel()
        return Connection(a, b), Connection(b, a)
    channel = _Channel()
    reader = Connection(channel, None, writable=False)
    writer = Connection(None, channel, readable=False)
    return reader, writer


def wait(object_list, timeout=None):
    '''
    Wait till an object in object_list is ready/readable.

    Returns list of those objects in object_list which are ready/readable.
    '''
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [o for o in object_list if o.poll(0)]
        if ready:
            return ready
        if deadline is not None and time.monotonic() >= deadline:
            return []
        time.sleep(0.001)
