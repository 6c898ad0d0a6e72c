class Point:
    count = 0
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
ps = [Point(1, 2), Point(), Point(1, 2)]
print(ps, Point.count, len(set(ps)), ps[0] == ps[2])
