# unittest's runner output as CPython 3.13's (the run time is masked, and
# the script's path replaced, in the program itself).
import io
import re
import sys
import unittest


class Basics(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.value = 41
        self.addCleanup(self.log.append, "cleanup")

    def tearDown(self):
        self.log.append("tearDown")

    def test_ok(self):
        """Adds one.

        More text."""
        self.assertEqual(self.value + 1, 42)

    def test_fail_eq(self):
        self.assertEqual(self.value, 1)

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_skip_inside(self):
        self.skipTest("inside")


class Messages(unittest.TestCase):
    def check(self, f, *args, **kw):
        try:
            f(*args, **kw)
        except AssertionError as e:
            print(type(e).__name__ + ":", e)
        else:
            print("no failure")

    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2)
        c(self.assertEqual, "a", "b")
        c(self.assertNotEqual, 3, 3)
        c(self.assertTrue, 0)
        c(self.assertFalse, [1])
        c(self.assertTrue, "", "with msg")
        c(self.assertIs, None, 0)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 5)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 3, [1, 2])
        c(self.assertNotIn, 1, [1, 2])
        c(self.assertIsInstance, 5, str)
        c(self.assertNotIsInstance, 5, int)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertAlmostEqual, 1.0, 1.5)
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.1)
        c(self.assertNotAlmostEqual, 1.0, 1.0)
        c(self.assertRegex, "abc", "x+")
        c(self.assertNotRegex, "abc", "b")
        c(self.assertCountEqual, [1, 1, 2], [1, 2, 2])
        c(self.assertSetEqual, {1, 2}, {2, 3})
        c(self.assertEqual, {1}, {1})
        c(self.assertRaises(ValueError).__exit__, None, None, None)
        c(self.assertRaisesRegex, ValueError, "x+", int, "abc")
        c(self.assertRaises, KeyError, lambda: None)
        c(self.fail, "explicit")
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print(type(cm.exception).__name__, cm.exception)
        with self.assertRaisesRegex(ValueError, "bad.*value"):
            raise ValueError("a bad value")
        import warnings
        with self.assertWarns(DeprecationWarning) as w:
            warnings.warn("old", DeprecationWarning)
        print(w.warning)
        import logging
        with self.assertLogs("app", level="INFO") as logs:
            logging.getLogger("app").info("hello %d", 1)
            logging.getLogger("app.sub").warning("careful")
        print(logs.output)
        self.longMessage = False
        c(self.assertEqual, 1, 2, "only this")


def mask(text):
    text = text.replace(__file__, "FILE")
    return re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in T", text)


for verbosity in (1, 2):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Basics)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(mask(stream.getvalue()))
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
print(Basics.log[:6])

stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream).run(unittest.defaultTestLoader.loadTestsFromTestCase(Messages))
print(mask(stream.getvalue()))

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Basics))
suite = unittest.TestSuite([Basics("test_ok"), Basics("test_error")])
print(suite.countTestCases(), Basics("test_ok").id(), str(Basics("test_ok")))
print(repr(Basics("test_ok")), Basics("test_ok").shortDescription())
try:
    Basics("nope")
except ValueError as e:
    print(e)
ft = unittest.FunctionTestCase(lambda: None, description="a function")
print(ft.shortDescription(), ft.countTestCases())


class AllPass(unittest.TestCase):
    def test_a(self):
        self.assertEqual([1, 2], [1, 2])

    def test_b(self):
        self.assertDictEqual({"a": 1}, {"a": 1})


sys.stderr = io.StringIO()
try:
    unittest.main(argv=["prog", "AllPass"], exit=True)
except SystemExit as e:
    print("exit code", e.code)
print(mask(sys.stderr.getvalue()))
sys.stderr = io.StringIO()
prog = unittest.main(argv=["prog", "-v", "Basics.test_ok", "Basics.test_fail_eq"], exit=False)
print(mask(sys.stderr.getvalue()))
sys.stderr = sys.__stderr__
print(prog.result.testsRun, prog.result.wasSuccessful())
sys.stderr = io.StringIO()
try:
    unittest.main(argv=["prog", "-k", "fail_eq"])
except SystemExit as e:
    print("exit code", e.code)
out = mask(sys.stderr.getvalue())
sys.stderr = sys.__stderr__
print(out)
