# exit() and quit() (site's Quitter objects) raise SystemExit like sys.exit.
for f in (exit, quit):
    for args in ((), (0,), (4,), ("message",), (None,)):
        try:
            f(*args)
        except SystemExit as e:
            print(type(f).__name__, args, "->", repr(e.code), e.args)
print(repr(exit), str(quit))
try:
    exit(code=7)
except SystemExit as e:
    print("keyword", e.code)
print("done")
exit()
print("not reached")
