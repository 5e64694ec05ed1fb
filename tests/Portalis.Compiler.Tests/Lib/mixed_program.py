# An ordinary program using several library modules together.
from __future__ import annotations

import copy
import pprint
import textwrap
from collections import Counter, defaultdict, namedtuple
from contextlib import contextmanager
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from functools import lru_cache, reduce, total_ordering
from operator import attrgetter, itemgetter
from typing import Dict, List, Optional


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()

    def __str__(self):
        return self.name.title()


Money = namedtuple('Money', 'amount currency', defaults=['EUR'])


@total_ordering
@dataclass
class Product:
    sku: str
    name: str
    category: Category
    price: Money
    tags: List[str] = field(default_factory=list)
    stock: int = 0

    def __lt__(self, other):
        return (self.price.amount, self.sku) < (other.price.amount, other.sku)


@dataclass
class Inventory:
    products: Dict[str, Product] = field(default_factory=dict)
    log: List[str] = field(default_factory=list, repr=False)

    def add(self, product: Product) -> None:
        self.products[product.sku] = product
        self.log.append(f'add {product.sku}')

    def by_category(self) -> Dict[Category, List[str]]:
        groups = defaultdict(list)
        for p in sorted(self.products.values()):
            groups[p.category].append(p.name)
        return dict(groups)

    def value(self) -> float:
        return reduce(lambda acc, p: acc + p.price.amount * p.stock, self.products.values(), 0.0)

    def find(self, sku: str) -> Optional[Product]:
        return self.products.get(sku)


@contextmanager
def section(title):
    print(f'== {title} ==')
    yield
    print()


inv = Inventory()
inv.add(Product('h1', 'Hammer', Category.TOOL, Money(12.5), ['steel', 'heavy'], 3))
inv.add(Product('a1', 'Apple', Category.FOOD, Money(0.4), ['fresh'], 120))
inv.add(Product('b1', 'Ball', Category.TOY, Money(3.0, 'USD'), stock=7))
inv.add(Product('s1', 'Saw', Category.TOOL, Money(18.0), ['steel'], 2))

with section('products'):
    for p in sorted(inv.products.values()):
        print(f'{p.sku:4} {p.name:8} {str(p.category):5} {p.price.amount:6.2f} {p.price.currency}')
with section('groups'):
    pprint.pprint({str(k): v for k, v in inv.by_category().items()})
with section('value'):
    print(round(inv.value(), 2), inv.find('zz'), inv.find('b1').name)
with section('tags'):
    tags = Counter(t for p in inv.products.values() for t in p.tags)
    print(tags.most_common(), sorted(inv.products.values(), key=attrgetter('stock'))[0].name)
    print(sorted(((p.name, p.stock) for p in inv.products.values()), key=itemgetter(1), reverse=True))
with section('copies'):
    snap = copy.deepcopy(inv)
    snap.products['h1'].stock = 0
    print(inv.products['h1'].stock, snap.products['h1'].stock, snap == inv)
    print(asdict(inv.products['b1']))
    pprint.pprint(asdict(inv.products['h1']), width=60)
with section('repr'):
    print(textwrap.fill(repr(inv.products['a1']), 50))
    print(min(inv.products.values()).name, max(inv.products.values()).name, inv.products['h1'] > inv.products['b1'])


@lru_cache(maxsize=None)
def restock_cost(n: int) -> int:
    return 0 if n <= 0 else 5 + restock_cost(n - 1)


with section('cache'):
    print(restock_cost(30), restock_cost.cache_info())
