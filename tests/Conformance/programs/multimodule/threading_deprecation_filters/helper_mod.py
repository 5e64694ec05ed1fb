import threading

def names():
    return threading.currentThread().getName()
