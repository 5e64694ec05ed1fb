# Enum members, namedtuples and Counters inside dataclass results come back from pool workers as
# pickle rebuilds them: the same enum member, the same namedtuple class.
from collections import Counter, namedtuple
from dataclasses import asdict, dataclass
from enum import Enum, IntEnum
from multiprocessing import Pool
import pickle


class Status(Enum):
    OK = "ok"
    FAIL = "fail"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


Point = namedtuple("Point", "x y")


@dataclass
class Result:
    idx: int
    status: Status
    level: Level
    point: Point
    tally: Counter


def run(i):
    status = Status.OK if i % 2 == 0 else Status.FAIL
    return Result(i, status, Level(1 + i % 2), Point(i, -i), Counter("ab" * i))


def echo(x):
    return x


if __name__ == "__main__":
    with Pool(2) as p:
        results = p.map(run, range(4))
        print(p.apply(echo, (Status.FAIL,)) is Status.FAIL, p.apply(echo, (Level.HIGH,)) is Level.HIGH)
    for r in results:
        print(r.idx, r.status, r.status is Status(r.status.value), r.level, r.point, dict(r.tally))
    print(asdict(results[1])["point"])
    print(type(results[0].point).__name__, isinstance(results[0].point, Point))
    print(pickle.loads(pickle.dumps(Status.OK)) is Status.OK, pickle.loads(pickle.dumps(Level.LOW)) is Level.LOW)
