# os.path basics: join, split, basename, dirname, splitext, normpath, isabs, exists, and os functions in a temp dir.
import os
import os.path
import tempfile
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("dir/", "f"))
p = "/home/user/docs/report.final.pdf"
print(os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"), os.path.basename("dir/"))
print(os.path.normpath("a/./b/../c//d"), os.path.isabs("/x"), os.path.isabs("x/y"), os.sep, os.path.sep)
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a"))
print(os.path.exists("definitely_not_here.txt"), os.path.isfile(__file__), os.path.isdir(os.path.dirname(os.path.abspath(__file__))))
with tempfile.TemporaryDirectory() as root:
    sub = os.path.join(root, "data", "nested")
    os.makedirs(sub)
    for name in ["b.txt", "a.log", "c.txt"]:
        with open(os.path.join(sub, name), "w") as f:
            f.write(name * 3)
    print(sorted(os.listdir(sub)), os.path.isdir(sub), os.path.exists(os.path.join(sub, "a.log")))
    print([n for n in sorted(os.listdir(sub)) if os.path.splitext(n)[1] == ".txt"])
    print(os.path.getsize(os.path.join(sub, "b.txt")))
    os.rename(os.path.join(sub, "a.log"), os.path.join(sub, "z.log"))
    os.remove(os.path.join(sub, "b.txt"))
    print(sorted(os.listdir(sub)))
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        found.append((rel, sorted(dirnames), sorted(filenames)))
    print(sorted(found))
print(os.path.exists(root), type(os.getcwd()).__name__, os.getcwd() == os.path.dirname(os.path.abspath(__file__)))
print(os.environ.get("PORTALIS_SURELY_UNSET_VARIABLE", "unset"), os.linesep == "\n")
