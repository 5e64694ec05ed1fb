a; b; c
if x: a; b
while y: pass;
