# Parsing text with split/join/strip/partition: key=value configs, CSV-like rows, paths and query strings.
config = """
# server config
host = example.org
port=8080
  debug = true
name = My App = v2
empty =
"""
settings = {}
for raw in config.splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    settings[key.strip()] = value.strip()
print(settings)
row = ' 42 , "Smith, J" ,  3.5,,last '
print(row.split(","), [c.strip() for c in row.split(",")])
path = "/usr/local/lib/python3.11/site-packages/pkg/__init__.py"
parts = path.strip("/").split("/")
print(parts, len(parts), "/".join(parts[:3]), parts[-1].rsplit(".", 1))
query = "q=python+strings&page=2&sort=&tags=a&tags=b"
params = {}
for pair in query.split("&"):
    k, _, v = pair.partition("=")
    params.setdefault(k, []).append(v.replace("+", " "))
print(params)
print(" | ".join(f"{k}:{','.join(v)}" for k, v in params.items()))
print("a  b   c".split(" "), "a  b   c".split(), "a,b,".split(","), ",a,".strip(",").split(","))
print("x".join("abc"), "".join(["1", "2"]), ", ".join([]), "-".join(map(str, range(4))))
print("  \t\n hi \n".strip(), "...hi...".lstrip("."), "xxhixx".rstrip("x"), "abcba".strip("ab"))
print("2024-07-14T10:30:00".partition("T"), "no-sep".partition(":"), "a:b:c".rpartition(":"))
print("one two three four".split(maxsplit=2), "a-b-c-d".rsplit("-", maxsplit=1))
