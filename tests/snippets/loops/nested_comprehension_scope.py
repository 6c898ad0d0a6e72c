x = "outer"
r = [x for x in range(3)]
print(x, r)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix])
print({(i, j) for i in range(2) for j in range(2)})
