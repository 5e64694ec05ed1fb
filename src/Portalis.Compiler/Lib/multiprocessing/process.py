"""multiprocessing.process for Portalis: BaseProcess, current_process, active_children.

Follows CPython 3.11's Lib/multiprocessing/process.py (names, counters, reprs, assertions and
messages). A started process is a thread of the one .NET process (true parallelism): the child
gets a private copy of the Process object with its target and arguments (reduction.fork_copy, as
fork copies memory; with the spawn start method the copy follows pickle's rules and fails as it),
runs _bootstrap, and its exit code is 0, the SystemExit code, or 1 after printing
"Process NAME:" and the traceback to stderr. terminate() and kill() cannot stop a thread at once: they
mark the process as ended with exit code -SIGTERM/-SIGKILL and set its kill switch, and the child stops
(parks until the program ends) at its next time.sleep or print, so it has no further visible effect.
"""

import sys
import itertools
import threading
import _portalis_mp

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']


def current_process():
    '''
    Return process object representing the current process
    '''
    process = _portalis_mp.get_current()
    return _main_process if process is None else process


def active_children():
    '''
    Return list of process objects corresponding to live child processes
    '''
    _cleanup()
    return list(_children)


def parent_process():
    '''
    Return process object representing the parent process
    '''
    process = _portalis_mp.get_current()
    return None if process is None else process._parent_process


def _cleanup():
    # check for processes which have finished
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


def _check_not_importing_main():
    # Lib/multiprocessing/spawn.py, _check_not_importing_main: a spawned child that starts a process
    # while its main module is still being re-run (no __name__ guard) would start children forever.
    if getattr(_portalis_mp.get_current(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.''')


class _Popen:
    """The running child: a thread executing the child's copy of the Process object."""

    def __init__(self, process_obj, strict):
        from . import reduction
        if strict:
            _check_not_importing_main()
            # spawn.py, get_preparation_data: the child is told the start method, and asking for it fixes the
            # default context, so a later set_start_method() without force raises 'context has already been set'.
            from . import context
            context._default_context.get_start_method()
        self.returncode = None
        self._terminated = None
        self._owned = []
        if strict:
            child = reduction.transfer_owned(process_obj, self._owned)
        else:
            child = reduction.fork_copy(process_obj, self._owned)
        # Fork: the child runs in its own copy of every module's state. Spawn starts from the same
        # copy, after the pickling above, and the child re-runs the main module as __mp_main__ (_run).
        self._kill = _portalis_mp.KillSwitch()
        self._heap = _portalis_mp.fork()
        self._spawn = strict
        if not strict:
            child = self._heap.copy(child)
        self._parent = (process_obj._parent_name, process_obj._parent_pid)
        self._thread = threading.Thread(target=self._run, args=(child,), name=process_obj._name,
                                        daemon=bool(process_obj._config.get('daemon')))
        self._thread.start()
        self.pid = _portalis_mp.getpid() + next(_pid_counter)

    def _run(self, child):
        _portalis_mp.set_heap(self._heap)
        _portalis_mp.set_kill_switch(self._kill)
        try:
            if self._spawn:
                # spawn.py, prepare(): the main script runs again before the process object is
                # unpickled, with the child marked as still bootstrapping (_inheriting), so a process
                # started from the script's top level fails as _check_not_importing_main makes it.
                child._inheriting = True
                _portalis_mp.set_current(child)
                try:
                    self._heap.rerun_main()
                except BaseException as e:
                    sys.stdout.flush()
                    sys.stderr.write(_portalis_mp.format_exception(e))
                    self.returncode = 1
                    return
                finally:
                    _portalis_mp.set_current(None)
                    del child._inheriting
                child = self._heap.copy(child)
            child._parent_process = _ParentProcess(*self._parent)
            self.returncode = child._bootstrap()
        finally:
            _portalis_mp.set_kill_switch(None)
            _portalis_mp.set_heap(None)
            # The child's handles close when it exits, as an exiting process's descriptors do.
            for handle in self._owned:
                handle.close()

    def poll(self):
        if self._terminated is not None:
            return self._terminated
        if self._thread.is_alive():
            return None
        return self.returncode

    def wait(self, timeout=None):
        if self._terminated is None:
            self._thread.join(timeout)
        return self.poll()

    def terminate(self):
        if self.poll() is None:
            self._terminated = -15
            self._stop()

    def kill(self):
        if self.poll() is None:
            self._terminated = -9
            self._stop()

    def _stop(self):
        self._kill.set()
        # An ended process does not keep the program alive: its thread (which may stay parked for
        # good) leaves the set threading._shutdown joins at exit.
        lock = self._thread._tstate_lock
        if lock is not None:
            with threading._shutdown_locks_lock:
                threading._shutdown_locks.discard(lock)

    def close(self):
        pass


_pid_counter = itertools.count(1)


class BaseProcess(object):
    '''
    Process objects represent activity that is run in a separate process

    The class is analogous to `threading.Thread`
    '''
    _start_method = None

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        parent = current_process()
        count = next(parent._child_counter())
        self._identity = parent._identity + (count,)
        self._config = parent._config.copy()
        self._parent_pid = parent._pid_value()
        self._parent_name = parent.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
                     ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _pid_value(self):
        return self._popen.pid if self._popen is not None else None

    def _child_counter(self):
        # A forked child restarts the counter (BaseProcess._bootstrap): its children are NAME-k:1.
        counter = self.__dict__.get('_counter')
        if counter is None:
            counter = itertools.count(1)
            self._counter = counter
        return counter

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        '''
        Method to be run in sub-process; can be overridden in sub-class
        '''
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        '''
        Start child process
        '''
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert not current_process()._config.get('daemon'), \
               'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        # Avoid a refcycle if the target function holds an indirect
        # reference to the process object (see bpo-30775)
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        '''
        Terminate process; sends SIGTERM signal or uses TerminateProcess()
        '''
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        '''
        Terminate process; sends SIGKILL signal or uses TerminateProcess()
        '''
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        '''
        Wait until child process terminates
        '''
        self._check_closed()
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        '''
        Return whether process is alive
        '''
        self._check_closed()
        if self is current_process():
            return True
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        else:
            _children.discard(self)
            return False

    def close(self):
        '''
        Close the Process object.

        This method releases resources held by the Process object.  It is
        an error to call this method if the child process is still running.
        '''
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        '''
        Return whether process is a daemon
        '''
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        '''
        Set whether process is a daemon
        '''
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = authkey

    @property
    def exitcode(self):
        '''
        Return exit code of process or `None` if it has yet to stop
        '''
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        '''
        Return identifier (PID) of process or `None` if it has yet to start
        '''
        self._check_closed()
        if self is current_process():
            return self._pid_value() if self._popen is not None else _portalis_mp.getpid()
        else:
            return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        '''
        Return a file descriptor (Unix) or handle (Windows) suitable for
        waiting for process termination.
        '''
        self._check_closed()
        raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is current_process():
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'

        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        # Lib/multiprocessing/process.py, BaseProcess._bootstrap: the exit code and the text on stderr.
        _portalis_mp.set_current(self)
        self._children = set()
        try:
            try:
                self.run()
                exitcode = 0
            except SystemExit as e:
                if e.code is None:
                    exitcode = 0
                elif isinstance(e.code, int):
                    exitcode = int(e.code)
                else:
                    sys.stderr.write(str(e.code) + '\n')
                    exitcode = 1
            except BaseException as e:
                exitcode = 1
                sys.stdout.flush()
                sys.stderr.write('Process %s:\n' % self.name)
                sys.stderr.write(_portalis_mp.format_exception(e))
        finally:
            sys.stdout.flush()
            _portalis_mp.set_current(None)
        return exitcode


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': b'portalis-authkey',
                        'semprefix': '/mp'}

    def _pid_value(self):
        return _portalis_mp.getpid()

    def _child_counter(self):
        return _process_counter

    def close(self):
        pass


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid, sentinel=None):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def _pid_value(self):
        return self._pid

    def is_alive(self):
        return True

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        pass

    pid = ident


_main_process = _MainProcess()
_process_counter = itertools.count(1)
_children = set()

_exitcode_to_name = {-15: 'SIGTERM', -9: 'SIGKILL', -2: 'SIGINT', -6: 'SIGABRT'}
