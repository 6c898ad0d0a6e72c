class Base:
    kind = "base"

    def __init__(self, x):
        self.x = x

    def describe(self):
        return f"{self.kind}:{self.x}"


class Child(Base):
    kind = "child"

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def describe(self):
        return super().describe() + str(self.y)

    @staticmethod
    def make():
        return Child(1, 2)
