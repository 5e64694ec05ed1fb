# Uncaught ValueError that was caught, logged and re-raised with a bare raise.
def parse_all(texts):
    out = []
    for t in texts:
        try:
            out.append(int(t))
        except ValueError:
            print(f"could not parse {t!r}, giving up")
            raise
    return out
print(parse_all(["1", "2"]))
print(parse_all([" 3 ", "+4", "-5"]))
try:
    parse_all(["6", "seven"])
except ValueError as e:
    print("handled:", e)
print(parse_all(["3", "four", "5"]))
