# argparse: positionals, options, subcommands, help text and usage errors.
import argparse
import sys

parser = argparse.ArgumentParser(prog="inventory", description="Manage a small inventory.",
                                 epilog="Quantities are whole numbers.")
parser.add_argument("--verbose", "-v", action="count", default=0, help="more output")
parser.add_argument("--store", default="main", choices=["main", "backup"], help="which store (default: %(default)s)")
sub = parser.add_subparsers(dest="command", required=True)
add = sub.add_parser("add", help="add items")
add.add_argument("name")
add.add_argument("qty", type=int, nargs="?", default=1)
add.add_argument("--tag", action="append", default=[])
rm = sub.add_parser("remove", help="remove items")
rm.add_argument("names", nargs="+")
rm.add_argument("--force", action="store_true")
group = rm.add_mutually_exclusive_group()
group.add_argument("--all", action="store_true")
group.add_argument("--first", type=int, metavar="N")

for argv in (["add", "apple", "3", "--tag", "red", "--tag", "fruit"], ["-vv", "--store", "backup", "remove", "a", "b", "--force"],
             ["add", "pear"], ["remove", "x", "--first", "2"]):
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))

parser.print_help()
add.print_help()
print(parser.format_usage(), end="")

ns, rest = parser.parse_known_args(["add", "kiwi", "--unknown", "1"])
print(ns.name, rest)

for argv in (["add", "apple", "many"], ["remove"], ["--store", "attic", "add", "x"], ["remove", "a", "--all", "--first", "1"], [],
             ["add", "x", "--bogus"]):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

sys.stderr = sys.stdout
p2 = argparse.ArgumentParser(prog="calc")
p2.add_argument("numbers", type=float, nargs="*")
p2.add_argument("--op", default="sum", choices=("sum", "max"))
p2.add_argument("--version", action="version", version="%(prog)s 1.0")
args = p2.parse_args(["1.5", "2", "--op", "max"])
print(max(args.numbers) if args.op == "max" else sum(args.numbers))
try:
    p2.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1))
