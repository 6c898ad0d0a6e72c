import warnings, sys, os
sys.stderr = sys.stdout
_fmt = warnings.formatwarning
def _short(message, category, filename, lineno, line=None):
    # the script's path is absolute (as __main__.__file__ in CPython 3.9+):
    # print only its name so the expected output does not depend on where
    # the test tree lives
    return _fmt(message, category, os.path.basename(filename), lineno, line)
warnings.formatwarning = _short
def f():
    warnings.warn("careful", UserWarning)
f(); f()
warnings.warn("dep", DeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one"); warnings.warn("two", RuntimeWarning)
    print(len(w), [str(x.message) for x in w], w[1].category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try: warnings.warn("boom")
    except UserWarning as e: print("raised", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me"); warnings.warn("show me")
try: warnings.simplefilter("bogus")
except ValueError as e: print("VE", e)
