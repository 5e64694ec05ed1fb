# Object composition and delegation: a car built from engine/wheels, forwarding methods, and __repr__ of nested objects.
class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False
    def start(self):
        self.running = True
        return f"engine {self.hp}hp started"
    def __repr__(self):
        return f"Engine({self.hp})"
class Wheel:
    def __init__(self, position, pressure=2.2):
        self.position, self.pressure = position, pressure
    def __repr__(self):
        return f"Wheel({self.position!r}, {self.pressure})"
class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)
        self.wheels = [Wheel(p) for p in ("FL", "FR", "RL", "RR")]
        self.odometer = 0
    def start(self):
        return f"{self.name}: {self.engine.start()}"
    def drive(self, km):
        if not self.engine.running:
            raise RuntimeError(f"{self.name} engine is off")
        self.odometer += km
        for w in self.wheels:
            w.pressure = round(w.pressure - 0.01 * km / 100, 3)
        return self.odometer
    def low_wheels(self, threshold):
        return [w.position for w in self.wheels if w.pressure < threshold]
    def __repr__(self):
        return f"Car({self.name!r}, {self.engine!r}, {self.wheels!r}, km={self.odometer})"
car = Car("Beetle", 50)
try:
    car.drive(10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(car.start())
print(car.drive(250), car.drive(500))
car.wheels[2].pressure = 1.9
print(car.low_wheels(2.15), car.low_wheels(2.0))
print(car)
class Garage:
    def __init__(self):
        self.cars = {}
    def park(self, car):
        self.cars[car.name] = car
    def __len__(self):
        return len(self.cars)
    def __getattr__(self, name):
        if name in self.cars:
            return self.cars[name]
        raise AttributeError(name)
g = Garage()
g.park(car)
g.park(Car("Mini", 70))
print(len(g), g.Mini.engine, g.Beetle.odometer)
