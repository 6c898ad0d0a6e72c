class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
    def speak(self):
        return super().speak() + "!"
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
print(Dog("rex").speak(), Animal("a").speak())
print(Vec(1, 2) + Vec(3, 4), Vec(1, 1) == Vec(1, 1))
print(isinstance(Dog("d"), Animal), Dog.__mro__[1].__name__)
