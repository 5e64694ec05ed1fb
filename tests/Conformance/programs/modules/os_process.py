# os process functions: deterministic properties of their results.
import os
import tempfile

u = os.uname()
print(u.sysname, type(u).__name__, len(u), os.uname()[0] == u.sysname)
print(isinstance(os.getppid(), int), os.getppid() > 0, os.getppid() != os.getpid())
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(isinstance(c, int) for c in cpus))
load = os.getloadavg()
print(len(load), all(isinstance(x, float) and x >= 0 for x in load))
print(isinstance(os.getuid(), int), os.getuid() == os.geteuid(), isinstance(os.getgid(), int))
print("before system", flush=True)
print(os.system("echo from the shell"), os.system("exit 3"))
t = os.times()
print(len(t), t.user >= 0, t.children_user >= 0)
with tempfile.TemporaryDirectory() as d:
    target = os.path.join(d, "target.txt")
    with open(target, "w") as f:
        f.write("x")
    os.chmod(target, 0o600)
    print(oct(os.stat(target).st_mode & 0o777))
    link = os.path.join(d, "link")
    os.symlink(target, link)
    print(os.path.islink(link), os.readlink(link) == target, os.path.realpath(link) == os.path.realpath(target))
old = os.umask(0o077)
print(isinstance(old, int), os.umask(old) == 0o077)
