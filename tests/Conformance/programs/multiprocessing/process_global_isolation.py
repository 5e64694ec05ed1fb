# Fork semantics: a child starts with a copy of the module state; what it changes stays in the child.
import multiprocessing as mp

counter = 0
registry = ["start"]
config = {"mode": "parent"}


def mutate(q):
    global counter
    counter += 10
    registry.append("child")
    config["mode"] = "child"
    q.put((counter, list(registry), dict(config)))


if __name__ == "__main__":
    counter = 1
    registry.append("before fork")
    q = mp.Queue()
    p = mp.Process(target=mutate, args=(q,))
    p.start()
    p.join()
    print("child saw", q.get())
    print("parent has", counter, registry, config)
    registry.append("after")
    p2 = mp.Process(target=mutate, args=(q,))
    p2.start()
    p2.join()
    print("second child saw", q.get())
    print("parent has", counter, registry, config)
