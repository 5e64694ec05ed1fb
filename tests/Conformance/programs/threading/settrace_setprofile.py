# settrace/setprofile are accepted and remembered; gettrace/getprofile return them.
import threading

print(threading.gettrace(), threading.getprofile())

def tracer(frame, event, arg):
    return tracer

def profiler(frame, event, arg):
    pass

threading.settrace(tracer)
threading.setprofile(profiler)
print(threading.gettrace() is tracer, threading.getprofile() is profiler)

out = []
t = threading.Thread(target=lambda: out.append("ran"))
t.start()
t.join()
print(out)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
