class Recorder:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.info = (t.__name__ if t else None, str(v) if v else None, tb is not None)
        return True
r = Recorder()
with r:
    {}["x"]
print(r.info)
with r:
    pass
print(r.info)
