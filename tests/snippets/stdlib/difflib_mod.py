import difflib

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, "qabxcd"[i1:i2], "abycdf"[j1:j2]))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
a = list(range(1000)); b = [x for x in a if x % 7] + [5] * 300
s = difflib.SequenceMatcher(None, a, b)
print(len(s.get_matching_blocks()), round(s.ratio(), 6), sorted(s.bpopular), len(s.get_opcodes()))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(len(s.get_matching_blocks()), round(s.ratio(), 6), s.bpopular)
lines1 = ["line %d\n" % i for i in range(20)]
lines2 = list(lines1); lines2[3] = "changed 3\n"; del lines2[10]; lines2.insert(15, "new\n"); lines2.append("end\n")
s = difflib.SequenceMatcher(None, lines1, lines2)
print(list(s.get_grouped_opcodes(1)))
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()), difflib.SequenceMatcher(None, "", "").ratio())

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", ["ape", "apple", "peach", "puppy", "acept", "except", "accent"], n=2, cutoff=0.5))
show(difflib.get_close_matches, "x", ["y"], n=0)
show(difflib.get_close_matches, "x", ["y"], cutoff=1.5)

print("".join(difflib.unified_diff(lines1, lines2, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.unified_diff(lines1, lines2, "a", "b", "2024-01-01", "2024-01-02", n=0)), end="")
print("".join(difflib.context_diff(lines1, lines2, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.context_diff(lines1, lines2, n=1)), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff(["same\n"], ["same\n"])))
print(list(difflib.unified_diff([], ["x\n"])), list(difflib.context_diff(["x\n"], [])))
show(lambda: list(difflib.unified_diff([b"a"], ["b"])))
show(lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=b"x")))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"c\n"], b"f1", b"f2")))

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print("".join(result), end="")
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True), "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
show(lambda: list(difflib.restore(diff, 3)))
print(list(difflib.ndiff(["\tabcDefghiJkl\n"], ["\tabcdefGhijkl\n"])))
print(list(difflib.ndiff(["a\n", "b\n", "x\n"], ["c\n", "x\n", "b\n"])))
print(list(difflib.ndiff(["abc\n", "same\n", "zzz\n"], ["qqq\n", "same\n", "rrr\n", "ttt\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))
print(difflib.Match(1, 2, 3), difflib.Match._fields)
s = difflib.SequenceMatcher(None, "abcd", "bcde")
s.set_seq1("xbcd"); print(s.ratio()); s.set_seq2("xbcz"); print(s.ratio(), s.get_opcodes())
s.set_seqs("hello world", "hallo wereld"); print(s.get_matching_blocks())
