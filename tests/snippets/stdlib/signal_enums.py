import signal
s = signal.Signals(9)
print(s, repr(s), s == 9, s.name, s.value, int(s))
print(signal.Signals.SIGINT, signal.SIGINT is signal.Signals.SIGINT)
print(isinstance(signal.SIGTERM, int), type(signal.SIGTERM).__name__)
print(signal.Signals['SIGTERM'])
print(signal.SIGINT + 1)
try:
    signal.Signals(1000)
except ValueError as e:
    print('ValueError', e)
print(signal.Handlers.SIG_DFL, repr(signal.SIG_IGN))
print(signal.getsignal(signal.SIGINT))
print(signal.Sigmasks.SIG_BLOCK if hasattr(signal, 'Sigmasks') else None)
print(signal.strsignal(signal.SIGKILL))
print(sorted(signal.valid_signals())[:5])
