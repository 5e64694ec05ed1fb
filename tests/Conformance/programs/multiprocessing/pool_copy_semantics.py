# Arguments and results are copies: a worker mutating its argument does not change the caller's
# object, shared references inside one argument stay shared, and cycles survive.
import multiprocessing as mp


class Box:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return "Box(%r)" % (self.items,)


def mutate(data):
    data["list"].append(99)
    data["box"].items.append("w")
    return data, data["list"] is data["alias"]


def make_cycle(n):
    node = [n]
    node.append(node)
    return node


if __name__ == "__main__":
    shared = [1, 2]
    data = {"list": shared, "alias": shared, "box": Box(["p"])}
    with mp.Pool(2) as pool:
        result, same = pool.apply(mutate, (data,))
        print("caller", data["list"], data["box"])
        print("result", result["list"], result["box"], same)
        print("result is a copy", result is data, result["list"] is shared)
        print("identity kept", result["list"] is result["alias"])
        cyc = pool.apply(make_cycle, (5,))
        print(cyc[0], cyc[1] is cyc)
        print(type(result["box"]).__name__, isinstance(result["box"], Box))
        print(pool.map(len, [data, shared, "abc"]))
