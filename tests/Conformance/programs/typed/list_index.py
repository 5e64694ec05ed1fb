# Lists indexed with typed ints: negative indexes, errors, subclasses and other containers.
class Loud(list):
    def __getitem__(self, i):
        return ("loud", list.__getitem__(self, i))


def run(n):
    data = [0] * n
    for i in range(n):
        data[i] = i * i
    print(data[n - 1], data[-1], data[-n])
    i = n
    try:
        print(data[i])
    except IndexError as e:
        print("IndexError:", e)
    try:
        data[-n - 1] = 5
    except IndexError as e:
        print("IndexError:", e)
    loud = Loud([1, 2, 3])
    k = 1
    print(loud[k])
    d = {1: "one", True: "true?"}
    print(d[k], "abc"[k], (4, 5, 6)[k], range(10)[k * 3])
    flags = [True, False]
    print(flags[k > 0], data[True])


run(5)
