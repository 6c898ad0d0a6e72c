# unittest failure messages with difflib diffs, as CPython 3.13's.
import unittest


class D(unittest.TestCase):
    maxDiff = None

    def msg(self, f, *args):
        try:
            f(*args)
        except AssertionError as e:
            print(str(e))
            print("--")

    def test_all(self):
        m = self.msg
        m(self.assertEqual, [1, 2, 3], [1, 5, 3])
        m(self.assertEqual, (1, 2), (1, 2, 3))
        m(self.assertEqual, {"a": 1, "b": [1, 2]}, {"a": 2, "b": [1, 2]})
        m(self.assertEqual, "abc\ndef\nghi\n", "abc\nxyz\nghi\n")
        m(self.assertEqual, "one line", "one lime")
        m(self.assertListEqual, list(range(30)), list(range(1, 31)))
        m(self.assertSequenceEqual, "abcd", "abce")
        m(self.assertEqual, ["x" * 50, "y"], ["x" * 50, "z"])
        self.maxDiff = 40
        m(self.assertEqual, list(range(20)), list(range(1, 21)))


suite = unittest.defaultTestLoader.loadTestsFromTestCase(D)
unittest.TextTestRunner(stream=open("/dev/null", "w")).run(suite)
