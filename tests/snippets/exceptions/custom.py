class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(42, "custom message")
except MyError as e:
    print(e.code, e, e.args)
class Sub(MyError): pass
try:
    raise Sub(1, "sub")
except MyError as e:
    print(type(e).__name__, isinstance(e, Exception))
