import sys
def a(): b()
def b(): c()
def c(): raise RuntimeError("deep")
try:
    a()
except RuntimeError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name if hasattr(tb, "tb_frame") and tb.tb_frame else "?", tb.tb_lineno))
        tb = tb.tb_next
    print([l for _, l in lines])
