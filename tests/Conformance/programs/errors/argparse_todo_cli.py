# argparse-based CLI with subcommands, errors and help output.
import argparse, sys
parser = argparse.ArgumentParser(prog="todo", description="Manage a todo list.")
parser.add_argument("-v", "--verbose", action="count", default=0)
sub = parser.add_subparsers(dest="cmd", required=True)
add = sub.add_parser("add", help="add an item")
add.add_argument("text", nargs="+")
add.add_argument("--priority", "-p", type=int, choices=range(1, 4), default=2)
ls = sub.add_parser("list", help="list items")
ls.add_argument("--all", action="store_true")
ls.add_argument("--limit", type=int, default=10, metavar="N")
for argv in [["add", "buy", "milk", "-p", "3"], ["-vv", "list", "--all"], ["list", "--limit", "2"]]:
    ns = parser.parse_args(argv)
    print(vars(ns))
parser.print_help()
add.print_usage()
try:
    parser.parse_args(["add", "x", "-p", "9"])
except SystemExit as e:
    print("exit", e.code)
try:
    parser.parse_args(["remove"])
except SystemExit as e:
    print("exit", e.code)
ns, extra = parser.parse_known_args(["list", "--bogus", "1"])
print(ns.cmd, extra)
parser.parse_args(["list", "--limit", "many"])
