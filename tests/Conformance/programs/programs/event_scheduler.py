# Discrete event scheduler: a heap of timed events, recurring jobs, cancellation, and a simulated clock.
import heapq
import itertools
class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.counter = itertools.count()
        self.cancelled = set()
        self.log = []
    def at(self, time, name, action, every=None):
        eid = next(self.counter)
        heapq.heappush(self.queue, (time, eid, name, action, every))
        return eid
    def after(self, delay, name, action, every=None):
        return self.at(self.now + delay, name, action, every)
    def cancel(self, eid):
        self.cancelled.add(eid)
    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            time, eid, name, action, every = heapq.heappop(self.queue)
            if eid in self.cancelled:
                self.log.append(f"t={time:>3} skip {name}")
                continue
            self.now = time
            result = action(self)
            self.log.append(f"t={time:>3} run  {name}" + (f" -> {result}" if result is not None else ""))
            if every:
                heapq.heappush(self.queue, (time + every, eid, name, action, every))
        self.now = until
counter = {"ticks": 0}
def tick(s):
    counter["ticks"] += 1
    return counter["ticks"]
def spawn(s):
    s.after(7, "child", lambda s: "child ran")
    return "spawned"
s = Scheduler()
hb = s.at(0, "heartbeat", tick, every=10)
s.at(5, "spawner", spawn)
report = s.at(25, "report", lambda s: f"ticks so far {counter['ticks']}")
doomed = s.at(15, "doomed", lambda s: "should not run")
s.cancel(doomed)
s.at(33, "stop heartbeat", lambda s: s.cancel(hb))
s.at(12, "same-time-a", lambda s: "a")
s.at(12, "same-time-b", lambda s: "b")
s.run(60)
print("\n".join(s.log))
print("now", s.now, "pending", len(s.queue), "ticks", counter["ticks"])
