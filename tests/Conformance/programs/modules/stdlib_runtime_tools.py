# Runtime helpers from the standard library: gc, timeit with callables, sched, stat, posixpath,
# errno, glob over a scratch directory, shutil file operations and terminal size.
import errno
import gc
import glob
import os
import posixpath
import sched
import shutil
import stat
import tempfile
import timeit

print(gc.isenabled(), gc.collect() >= 0, gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.is_tracked(1), gc.is_tracked([]), gc.garbage)

calls = []
t = timeit.Timer(lambda: calls.append(1))
print(t.timeit(number=5) >= 0, len(calls), len(timeit.repeat(lambda: None, repeat=3, number=10)))
n, total = timeit.Timer(lambda: None).autorange()
print(n >= 1, total >= 0)

clock = [0.0]
s = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
order = []
s.enter(2, 1, order.append, ("second",))
s.enter(1, 1, order.append, ("first",))
e = s.enter(3, 1, order.append, ("cancelled",))
s.enterabs(2, 0, order.append, ("second-high",))
s.cancel(e)
print(len(s.queue), s.empty())
s.run()
print(order, clock[0], s.empty())

print(stat.S_ISDIR(0o40755), stat.S_ISREG(0o100644), stat.filemode(0o100644), stat.filemode(0o40755), stat.S_IMODE(0o100644))
print(posixpath.join("a", "b"), posixpath is os.path, posixpath.normcase("A/B"), posixpath.splitdrive("/x"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.path.curdir, os.path.pardir, os.path.extsep, os.path.devnull, os.path.expandvars("$NO_SUCH_VAR_X/y"))
print(errno.ENOENT, errno.errorcode[errno.EEXIST], errno.EAGAIN == errno.EWOULDBLOCK)

with tempfile.TemporaryDirectory() as root:
    for name in ("a.txt", "b.txt", "c.log", os.path.join("sub", "d.txt")):
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(name)
    print(sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "*.txt"))))
    print(sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "**", "*.txt"), recursive=True)))
    print(glob.escape("x[1]*.py"), sorted(glob.glob("*.nothing")))
    copied = shutil.copy(os.path.join(root, "a.txt"), os.path.join(root, "sub"))
    print(os.path.relpath(copied, root), open(copied).read())
    shutil.copytree(os.path.join(root, "sub"), os.path.join(root, "sub2"), ignore=shutil.ignore_patterns("d.*"))
    print(sorted(os.listdir(os.path.join(root, "sub2"))))
    moved = shutil.move(os.path.join(root, "c.log"), os.path.join(root, "sub2"))
    print(os.path.relpath(moved, root), os.path.exists(os.path.join(root, "c.log")))
    shutil.rmtree(os.path.join(root, "sub2"))
    print(sorted(os.listdir(root)))
    try:
        shutil.copyfile(os.path.join(root, "a.txt"), os.path.join(root, "a.txt"))
    except shutil.SameFileError:
        print("SameFileError")
with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, "f.bin"), "wb") as f:
        f.write(b"12345")
    st = os.stat(os.path.join(root, "f.bin"))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(root).st_mode), isinstance(st.st_mtime, float), st[6])
    with os.scandir(root) as it:
        print([(e.name, e.is_file(), e.is_dir(), e.path == os.path.join(root, e.name)) for e in it])
print(shutil.get_terminal_size(), shutil.which("definitely-not-a-command-x"), shutil.which("sh") is not None)
