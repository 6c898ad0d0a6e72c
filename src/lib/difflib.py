"""Helpers for computing deltas (Weft's implementation of CPython 3.13's difflib).

SequenceMatcher finds the longest matching block free of junk, then
recurses on both sides (Ratcliff/Obershelp with junk handling and the
popularity heuristic); Differ, ndiff, unified_diff and context_diff lay
the result out as CPython does. HtmlDiff is not provided.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

from collections import namedtuple as _namedtuple
import re as _re

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Where each element of b occurs, less junk and (for long b) the
        # elements so frequent they would swamp the search.
        b = self.b
        where = {}
        for j, elt in enumerate(b):
            lst = where.get(elt)
            if lst is None:
                where[elt] = [j]
            else:
                lst.append(j)
        junk = set()
        if self.isjunk is not None:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt in [e for e, idx in where.items() if len(idx) > limit]:
                popular.add(elt)
                del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block in a[alo:ahi] and b[blo:bhi], as a
        Match; of several, the one starting earliest in a, then in b."""
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best = alo, blo, 0
        # run[j]: length of the match ending at a[i-1] and b[j]
        run = {}
        empty = ()
        for i in range(alo, ahi):
            nxt = {}
            for j in where.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run.get(j - 1, 0) + 1
                nxt[j] = k
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            run = nxt
        # Grow the block over equal non-junk neighbours (popular elements
        # were left out of the index), then over equal junk.
        for want_junk in (False, True):
            while best_i > alo and best_j > blo and \
                    (b[best_j - 1] in junk) == want_junk and a[best_i - 1] == b[best_j - 1]:
                best_i -= 1
                best_j -= 1
                best += 1
            while best_i + best < ahi and best_j + best < bhi and \
                    (b[best_j + best] in junk) == want_junk and a[best_i + best] == b[best_j + best]:
                best += 1
        return Match(best_i, best_j, best)

    def get_matching_blocks(self):
        """Matching blocks (i, j, n) with a[i:i+n] == b[j:j+n], increasing
        in i and j, ending with the dummy (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append(Match(ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append(Match(ci, cj, ck))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """5-tuples (tag, i1, i2, j1, j2) turning a into b."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                tag = 'replace' if j < bj else 'delete'
            elif j < bj:
                tag = 'insert'
            else:
                tag = None
            if tag:
                ops.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Groups of opcodes with up to n lines of context each."""
        codes = list(self.get_opcodes())
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T."""
        matches = sum(m.size for m in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from element counts alone."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        matches = 0
        for elt in self.a:
            k = left.get(elt, 0)
            if k > 0:
                matches += 1
            left[elt] = k - 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) possibilities scoring at least cutoff against word."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff:
            r = s.ratio()
            if r >= cutoff:
                scored.append((r, x))
    scored.sort(reverse=True)
    return [x for _, x in scored[:n]]


def _keep_original_ws(s, tags):
    return "".join(c if t == " " and c.isspace() else t for c, t in zip(s, tags))


class Differ:
    """Human-readable deltas of sequences of lines (the ndiff format)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        sm = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in sm.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # the shorter block first
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Synchronise on the most similar pair of lines (ratio above 0.75;
        # failing that, the first identical pair), mark the pair's
        # differences, and recurse on both sides.
        best, cutoff = 0.74, 0.75
        sm = SequenceMatcher(self.charjunk)
        same = None
        for j in range(blo, bhi):
            bj = b[j]
            sm.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if same is None:
                        same = (i, j)
                    continue
                sm.set_seq1(ai)
                if sm.real_quick_ratio() > best and sm.quick_ratio() > best:
                    r = sm.ratio()
                    if r > best:
                        best, bi, bj_at = r, i, j
        if best < cutoff:
            if same is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            bi, bj_at = same
        else:
            same = None
        yield from self._fancy_helper(a, alo, bi, b, blo, bj_at)
        aelt, belt = a[bi], b[bj_at]
        if same is None:
            atags = []
            btags = []
            sm.set_seqs(aelt, belt)
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                la, lb = i2 - i1, j2 - j1
                if tag == 'replace':
                    atags.append('^' * la)
                    btags.append('^' * lb)
                elif tag == 'delete':
                    atags.append('-' * la)
                elif tag == 'insert':
                    btags.append('+' * lb)
                else:
                    atags.append(' ' * la)
                    btags.append(' ' * lb)
            yield from self._qformat(aelt, belt, ''.join(atags), ''.join(btags))
        else:
            yield '  ' + aelt
        yield from self._fancy_helper(a, bi + 1, ahi, b, bj_at + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? %s\n" % atags
        yield "+ " + bline
        if btags:
            yield "? %s\n" % btags


_blank_or_hash = _re.compile(r"\s*(?:#\s*)?$").match


def IS_LINE_JUNK(line, pat=_blank_or_hash):
    """True for a blank line or one holding a single '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or tab."""
    return ch in ws


def _unified_range(start, stop):
    length = stop - start
    if length == 1:
        return '%d' % (start + 1)
    if not length:
        return '%d,0' % start
    return '%d,%d' % (start + 1, length)


def _context_range(start, stop):
    length = stop - start
    first = start + 1 if length else start
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _check_types(a, b, *args):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(seq[0]).__name__, seq[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The delta between line lists a and b in unified diff format."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '--- %s%s%s' % (fromfile, '\t' + fromfiledate if fromfiledate else '', lineterm)
            yield '+++ %s%s%s' % (tofile, '\t' + tofiledate if tofiledate else '', lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The delta between line lists a and b in context diff format."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    mark = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '*** %s%s%s' % (fromfile, '\t' + fromfiledate if fromfiledate else '', lineterm)
            yield '--- %s%s%s' % (tofile, '\t' + tofiledate if tofiledate else '', lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(first[1], last[2]), lineterm)
        if any(g[0] == 'replace' or g[0] == 'delete' for g in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield mark[tag] + line
        yield '--- %s ----%s' % (_context_range(first[3], last[4]), lineterm)
        if any(g[0] == 'replace' or g[0] == 'insert' for g in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield mark[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Runs a str diff function over bytes (each byte as one character)."""
    def dec(s):
        try:
            return s.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(s).__name__, s)) from err
    a = [dec(x) for x in a]
    b = [dec(x) for x in b]
    args = [dec(x) for x in (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(a, b, args[0], args[1], args[2], args[3], n, args[4]):
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff delta was made from."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] == "  " or line[:2] == tag:
            yield line[2:]
