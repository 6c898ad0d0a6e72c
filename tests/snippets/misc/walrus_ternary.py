data = [1, 5, 10, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
print("even" if n % 2 == 0 else "odd")
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
