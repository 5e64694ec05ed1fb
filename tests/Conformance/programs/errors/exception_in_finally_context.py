# Uncaught exception raised from finally while another is propagating, inside a with block.
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release")
        return False
def work():
    with Resource():
        try:
            print("working")
            {}["missing"]
        finally:
            print("in finally")
            raise OSError("cleanup failed")
work()
