# SimpleQueue between processes; objects arrive as copies.
import multiprocessing as mp


def echo(inbox, outbox):
    while True:
        item = inbox.get()
        if item == "stop":
            break
        item.append("seen")
        outbox.put(item)


if __name__ == "__main__":
    inbox = mp.SimpleQueue()
    outbox = mp.SimpleQueue()
    p = mp.Process(target=echo, args=(inbox, outbox))
    p.start()
    sent = [["a"], ["b", 1]]
    for item in sent:
        inbox.put(item)
    got = [outbox.get() for _ in sent]
    inbox.put("stop")
    p.join()
    print(got)
    print(sent)
    print(outbox.empty(), inbox.empty(), p.exitcode)
    inbox.close()
    try:
        inbox.get()
    except OSError as e:
        print(type(e).__name__, e)
