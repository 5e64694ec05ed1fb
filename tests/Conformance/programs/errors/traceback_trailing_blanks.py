# An uncaught exception prints its source line without the indentation but with trailing blanks.
def check(value):   
    if value < 0:
        raise ValueError(f"negative: {value}")  	
    return value

print(check(1))
check(-2)    # the caller line ends with blanks too  
