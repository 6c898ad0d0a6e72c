# Weft's `test` package holds only what scripts written for CPython's
# test.support use: test.support.interpreters (CPython 3.13's layout).
