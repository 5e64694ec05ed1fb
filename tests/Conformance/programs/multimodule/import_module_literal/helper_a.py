def hello(): return "hello from a"
