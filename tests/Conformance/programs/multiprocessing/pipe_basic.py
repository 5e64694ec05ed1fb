# Pipe: duplex send/recv between processes, poll, send_bytes/recv_bytes, EOFError and closed ends.
import multiprocessing as mp


def child(conn):
    while True:
        msg = conn.recv()
        if msg == "quit":
            break
        conn.send(("echo", msg))
    conn.send_bytes(b"raw bytes")
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=child, args=(child_end,))
    p.start()
    child_end.close()
    for msg in ([1, 2], {"a": 1}, "text"):
        parent_end.send(msg)
        print(parent_end.recv())
    parent_end.send("quit")
    print(parent_end.recv_bytes())
    p.join()
    print("poll", parent_end.poll(), child_end.closed)
    try:
        parent_end.recv()
    except EOFError as e:
        print("EOFError", repr(str(e)))
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    w.send("one way")
    print(r.poll(), r.recv(), r.poll(0.01))
    for f in (lambda: r.send(1), lambda: w.recv()):
        try:
            f()
        except OSError as e:
            print(type(e).__name__, e)
    r.close()
    print(r.closed)
    try:
        r.recv()
    except OSError as e:
        print(type(e).__name__, e)
