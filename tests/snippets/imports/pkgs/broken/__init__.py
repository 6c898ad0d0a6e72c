from .missing_mod import thing
