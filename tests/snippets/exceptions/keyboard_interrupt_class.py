print(issubclass(KeyboardInterrupt, BaseException), issubclass(KeyboardInterrupt, Exception))
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__)
