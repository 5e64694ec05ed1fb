# Exit codes: normal return 0, sys.exit(n) n, sys.exit(None) 0, sys.exit("text") 1 with the text on stderr.
import multiprocessing as mp
import sys


def leave(code):
    sys.exit(code)


def ok():
    return 5


if __name__ == "__main__":
    cases = [(ok, ()), (leave, (3,)), (leave, (None,)), (leave, (0,)), (leave, ("bye",)), (leave, (True,))]
    for target, args in cases:
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, args, p.exitcode)
    print("main exits normally")
