s = 'abc' + 😀
