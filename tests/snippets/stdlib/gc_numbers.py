import gc, numbers
print(gc.collect(), gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable()
print(isinstance(1, numbers.Integral), isinstance(True, numbers.Number), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Integral), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance("1", numbers.Number), issubclass(int, numbers.Rational))
