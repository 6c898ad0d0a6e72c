import csv, io

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

rows = [["name", "age", "note"], ["Ann", 31, 'says "hi"'], ["Bob, Jr.", 4.5, "line1\nline2"],
        ["", None, " lead"], [True, 1e20, "tab\there"]]
for dialect in ("excel", "excel-tab", "unix"):
    s = io.StringIO()
    w = csv.writer(s, dialect=dialect)
    w.writerows(rows)
    w.writerow([])
    w.writerow([""])
    print(dialect, repr(s.getvalue()))
    print(list(csv.reader(io.StringIO(s.getvalue(), newline=""), dialect=dialect)))

for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    s = io.StringIO()
    csv.writer(s, quoting=q).writerow(["a", 1, 2.5, None, "", "x,y"])
    print(q, repr(s.getvalue()))
    if q != csv.QUOTE_ALL:
        show(lambda: list(csv.reader(['"a",1,2.5,,""'], quoting=q)))

s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"x', "back\\slash"])
print(repr(s.getvalue()))
print(list(csv.reader([s.getvalue()], quoting=csv.QUOTE_NONE, escapechar="\\")))
s = io.StringIO()
csv.writer(s, doublequote=False, escapechar="\\").writerow(['say "x"', "plain"])
print(repr(s.getvalue()))
show(csv.writer(io.StringIO(), doublequote=False).writerow, ['a"b'])

data = ['a, b, "c, d"', ' x ,y', '"multi', 'line", z', '"q""uote",end', '', 'last']
print(list(csv.reader(data)))
print(list(csv.reader(data, skipinitialspace=True)))
r = csv.reader(data)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(['"abc"def,g'])))
show(lambda: list(csv.reader(['"abc"def,g'], strict=True)))
show(lambda: list(csv.reader(['a,"unterminated'])))
show(lambda: list(csv.reader(['a,"unterminated'], strict=True)))
print(list(csv.reader(["a,b\r\n", "c,d\n", "e\r"])))
show(lambda: list(csv.reader(["a\rb"])))
show(lambda: list(csv.reader([1])))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(["a,b\\", "c"], escapechar="\\")))

src = "id,name,score\n1,Ann,90\n2,Bob\n3,Cy,70,extra\n\n4,Di,60\n"
for d in csv.DictReader(io.StringIO(src)):
    print(d)
dr = csv.DictReader(io.StringIO(src), restkey="more", restval="?")
print(dr.fieldnames, [list(d.values()) for d in dr], dr.line_num)
print(csv.DictReader(io.StringIO("")).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "name": "x,y"})
dw.writerows([{"id": 2}, {"name": "z"}])
print(repr(out.getvalue()))
show(dw.writerow, {"id": 1, "bad": 2})
show(csv.DictWriter, out, ["a"], extrasaction="nope")
dw2 = csv.DictWriter(out, ["a"], extrasaction="ignore")
show(dw2.writerow, {"a": 1, "b": 2})

print(csv.list_dialects())
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar, d.skipinitialspace, d.strict)
s = io.StringIO(); csv.writer(s, "pipes").writerow([1, "a"]); print(repr(s.getvalue()))
print(sorted(csv.list_dialects()))
csv.unregister_dialect("pipes")
show(csv.get_dialect, "pipes")
show(csv.unregister_dialect, "pipes")
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting)
class semi(csv.excel):
    delimiter = ";"
s = io.StringIO(); csv.writer(s, semi).writerow(["a;b", "c"]); print(repr(s.getvalue()))
print(list(csv.reader(["x;y"], semi)))
r = csv.reader([], delimiter=":")
print(r.dialect.delimiter, r.dialect.lineterminator == "\r\n")
show(setattr, r.dialect, "delimiter", ",")

show(csv.reader, [], delimiter="ab")
show(csv.reader, [], delimiter=5)
show(csv.reader, [], quotechar="ab")
show(csv.reader, [], lineterminator=5)
show(csv.reader, [], quoting=9)
show(csv.reader, [], escapechar="ab")
show(csv.reader, [], delimiter="\n")
show(lambda: csv.reader([], delimiter=" ", skipinitialspace=True).dialect.delimiter)
show(csv.reader, [], quotechar=",")
show(csv.reader, [], foo=1)
show(csv.reader, [], "nope")
show(csv.reader, 5)
show(csv.writer, 5)
show(csv.writer(io.StringIO()).writerow, 5)
show(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, [""])
show(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, ["a,b"])
print(csv.field_size_limit())
old = csv.field_size_limit(5)
show(lambda: list(csv.reader(["abcdefgh"])))
print(list(csv.reader(["abcde"])), csv.field_size_limit(old))
print(csv.Error.__module__, issubclass(csv.Error, Exception), csv.QUOTE_NOTNULL, csv.QUOTE_STRINGS)

sn = csv.Sniffer()
sample = 'name;age;city\n"Smith, J";42;"New York"\nDoe;7;Paris\nRoe;19;"Oslo"\n'
d = sn.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, sn.has_header(sample))
d = sn.sniff("a b c\n1 2 3\n4 5 6\n")
print(repr(d.delimiter), sn.has_header("a,b,c\n1,2,3\n4,5,6\n"), sn.has_header("1,2,3\n4,5,6\n7,8,9\n"))
d = sn.sniff("x:y:z\n1:2:3\n", delimiters=":")
print(repr(d.delimiter))
show(sn.sniff, "abc\ndef\n")
