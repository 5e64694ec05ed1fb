# Elevator simulation: requests at given ticks, a SCAN-style controller choosing direction, door states, and a per-tick log.
requests = {0: [(0, 5)], 1: [(3, 1)], 4: [(6, 0)], 5: [(2, 7)], 9: [(7, 3)]}
class Elevator:
    def __init__(self):
        self.floor = 0
        self.direction = 0
        self.stops = set()
        self.waiting = []
        self.riders = []
        self.delivered = []
    def call(self, src, dst, tick):
        self.waiting.append((src, dst, tick))
        self.stops.add(src)
    def step(self, tick):
        events = []
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            leaving = [r for r in self.riders if r[1] == self.floor]
            for r in leaving:
                self.riders.remove(r)
                self.delivered.append((r, tick - r[2]))
                events.append(f"drop {r[0]}->{r[1]}")
            boarding = [w for w in self.waiting if w[0] == self.floor]
            for w in boarding:
                self.waiting.remove(w)
                self.riders.append(w)
                self.stops.add(w[1])
                events.append(f"pick {w[0]}->{w[1]}")
            return f"doors open at {self.floor}: {', '.join(events) or 'nobody'}"
        if not self.stops:
            self.direction = 0
            return f"idle at {self.floor}"
        above = [s for s in self.stops if s > self.floor]
        below = [s for s in self.stops if s < self.floor]
        if self.direction >= 0 and above:
            self.direction = 1
        elif below:
            self.direction = -1
        else:
            self.direction = 1
        self.floor += self.direction
        return f"moving {'up' if self.direction > 0 else 'down'} to {self.floor} (stops {sorted(self.stops)})"
e = Elevator()
for tick in range(40):
    for src, dst in requests.get(tick, []):
        e.call(src, dst, tick)
        print(f"t={tick:>2} call {src}->{dst}")
    print(f"t={tick:>2} {e.step(tick)}")
    if tick > 9 and not e.stops and not e.riders and not e.waiting:
        break
print("delivered:", e.delivered)
print("average trip:", sum(t for _, t in e.delivered) / len(e.delivered))
