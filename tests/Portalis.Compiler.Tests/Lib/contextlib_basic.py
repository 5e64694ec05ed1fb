import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, ContextDecorator, AbstractContextManager

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('b') as t:
    print('inside', t)

try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError('translated')

try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

@contextmanager
def stop_inside():
    yield
try:
    with stop_inside():
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration propagated', e)

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2
print(decorated(21))
print(decorated(1))

with suppress(FileNotFoundError, KeyError):
    {}['missing']
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed')

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print('using', type(r).__name__)
with nullcontext(5) as v:
    print('null', v)
with nullcontext():
    pass

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
buf = Buf()
with redirect_stdout(buf):
    print('hidden', 1)
print('captured', repr(''.join(buf.parts)))

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return self.suppress

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in 'abc']
    stack.callback(print, 'callback', 1)
    print(names)
with ExitStack() as stack:
    stack.enter_context(CM('s', suppress=True))
    stack.enter_context(CM('t'))
    raise ValueError('x')
print('exitstack suppressed')
try:
    with ExitStack() as stack:
        stack.callback(print, 'cleanup')
        stack.enter_context(3)
except TypeError as e:
    print('TypeError:', e)
stack = ExitStack()
stack.enter_context(CM('later'))
moved = stack.pop_all()
stack.close()
print('moved')
moved.close()
try:
    with ExitStack() as st:
        def bad(*a):
            raise KeyError('inner')
        st.push(bad)
        raise ValueError('outer')
except KeyError as e:
    print('KeyError', e, type(e.__context__).__name__)

class mycm(ContextDecorator):
    def __enter__(self):
        print('start')
        return self
    def __exit__(self, *exc):
        print('finish')
        return False
@mycm()
def work():
    print('working')
work()
print(isinstance(CM('z'), AbstractContextManager), isinstance(3, AbstractContextManager))
