# pickle.PicklingError is _pickle.PicklingError in CPython, the class multiprocessing raises when an
# argument cannot be sent to a worker: one except clause catches both.
import multiprocessing
import pickle


def double(x):
    return x * 2


def make_local():
    def local(x):
        return x
    return local


if __name__ == "__main__":
    print(pickle.PicklingError.__module__, pickle.PickleError.__module__, pickle.UnpicklingError.__module__)
    print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(lambda v: v, [1])
        except pickle.PicklingError as e:
            print("Pool.map:", type(e).__module__, type(e).__name__)
        try:
            pool.apply(make_local(), (1,))
        except AttributeError as e:
            print("Pool.apply:", e)
        try:
            pool.apply_async(double, (lambda: 0,)).get()
        except pickle.PickleError as e:
            print("apply_async:", type(e).__name__)
        print(pool.map(double, [1, 2, 3]))
    try:
        pickle.dumps(lambda: 0)
    except pickle.PicklingError as e:
        print("pickle.dumps:", type(e).__module__, type(e).__name__)
