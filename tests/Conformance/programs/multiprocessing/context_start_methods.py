# Start methods and contexts: get_start_method, set_start_method rules, get_context.
import multiprocessing as mp


def noop():
    pass


if __name__ == "__main__":
    print(mp.get_start_method(allow_none=True))
    print(mp.get_all_start_methods())
    fork = mp.get_context("fork")
    spawn = mp.get_context("spawn")
    print(type(fork).__name__, type(spawn).__name__, fork.get_start_method(), spawn.get_start_method())
    for method in ("threads", None):
        try:
            print(mp.get_context(method) is mp.get_context())
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        spawn.set_start_method("fork")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print(type(e).__name__, e)
    mp.set_start_method("spawn", force=True)
    print(mp.get_start_method())
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print(type(e).__name__, e)
    mp.set_start_method("fork", force=True)
    print(mp.get_start_method())
    p = spawn.Process(target=noop)
    print(p.name, type(p).__name__)
    p.start()
    p.join()
    print(p.exitcode)
    f = fork.Process(target=noop)
    print(f.name, type(f).__name__)
    print(issubclass(mp.TimeoutError, mp.ProcessError), issubclass(mp.ProcessError, Exception))
    print(mp.context.TimeoutError is mp.TimeoutError, mp.BufferTooShort.__mro__[1].__name__)
