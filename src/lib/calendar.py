"""Calendar printing and date arithmetic (Weft's implementation of CPython 3.13's calendar)."""

import sys
import datetime
from enum import IntEnum

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "Day", "Month", "JANUARY", "FEBRUARY", "MARCH",
           "APRIL", "MAY", "JUNE", "JULY",
           "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12

    def __repr__(self):
        return "calendar." + self.name

    __str__ = int.__repr__


class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6

    def __repr__(self):
        return "calendar." + self.name

    __str__ = int.__repr__


globals().update(Month.__members__)
globals().update(Day.__members__)

# Days before each month in a common year; index 0 unused.
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE = [0]
for _n in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _n)
del _n
mdays = list(_DAYS_IN_MONTH)

_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]


class _localized_month:
    """The month names, 1-based (index 0 is '')."""

    def __init__(self, format):
        self.format = format
        self._names = [n if format == "%B" else n[:3] for n in _MONTH_NAMES]

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 13


class _localized_day:
    """The weekday names, Monday first."""

    def __init__(self, format):
        self.format = format
        self._names = [n if format == "%A" else n[:3] for n in _DAY_NAMES]

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 7


day_name = _localized_day("%A")
day_abbr = _localized_day("%a")
month_name = _localized_month("%B")
month_abbr = _localized_month("%b")


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2). Assume y1 <= y2."""
    a, b = y1 - 1, y2 - 1
    return (b // 4 - a // 4) - (b // 100 - a // 100) + (b // 400 - a // 400)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def _monthlen(year, month):
    return 29 if month == 2 and isleap(year) else _DAYS_IN_MONTH[month]


def monthrange(year, month):
    """Return weekday of first day of month (0-6 ~ Mon-Sun)
       and number of days (28-31) for year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _weeks(seq):
    seq = list(seq)
    return [seq[i:i + 7] for i in range(0, len(seq), 7)]


class Calendar(object):
    """Base calendar class: the weeks of a month as lists of days."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Weekday numbers for one week, starting with the first weekday."""
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def _padding(self, year, month):
        first, ndays = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - ndays) % 7
        return before, ndays, after

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks, 0 for days of other months."""
        before, ndays, after = self._padding(year, month)
        yield from [0] * before
        yield from range(1, ndays + 1)
        yield from [0] * after

    def itermonthdays2(self, year, month):
        """(day number, weekday number) pairs; day 0 outside the month."""
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) triples of the month's weeks, including days
        of the neighbouring months."""
        before, ndays, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - before + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) quadruples."""
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects for the month's weeks."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def monthdatescalendar(self, year, month):
        return _weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return _weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return _weeks(self.itermonthdays(year, month))

    def _rows(self, per_month, width):
        months = [per_month(m) for m in range(January, January + 12)]
        return [months[i:i + width] for i in range(0, len(months), width)]

    def yeardatescalendar(self, year, width=3):
        return self._rows(lambda m: self.monthdatescalendar(year, m), width)

    def yeardays2calendar(self, year, width=3):
        return self._rows(lambda m: self.monthdays2calendar(year, m), width)

    def yeardayscalendar(self, year, width=3):
        return self._rows(lambda m: self.monthdayscalendar(year, m), width)


January = 1
February = 2


class TextCalendar(Calendar):
    """A calendar as plain text."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        return ("" if day == 0 else "%2i" % day).center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        gap = "\n" * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), gap,
                 self.formatweekheader(w).rstrip(), gap]
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week, w).rstrip())
            parts.append(gap)
        return "".join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        gap = "\n" * l
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            out.append(formatstring([self.formatmonthname(theyear, k, colwidth, False) for k in months],
                                    colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring([header for k in months], colwidth, c).rstrip())
            out.append(gap)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(gap)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """A calendar as HTML tables."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return "<tr>%s</tr>" % "".join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        s = "%s %s" % (month_name[themonth], theyear) if withyear else "%s" % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month, "\n",
               self.formatmonthname(theyear, themonth, withyear=withyear), "\n",
               self.formatweekheader(), "\n"]
        for week in self.monthdays2calendar(theyear, themonth):
            out.append(self.formatweek(week))
            out.append("\n")
        out.append("</table>")
        out.append("\n")
        return "".join(out)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year, "\n",
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for i in range(January, January + 12, width):
            out.append("<tr>")
            for m in range(i, min(i + width, 13)):
                out.append("<td>")
                out.append(self.formatmonth(theyear, m, withyear=False))
                out.append("</td>")
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)


class LocaleTextCalendar(TextCalendar):
    """TextCalendar with a locale (Weft knows only the C locale's names)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar with a locale (Weft knows only the C locale's names)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale


c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints multi-column formatting for year calendars"""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Returns a string formatted from n strings, centered within n columns."""
    return (" " * spacing).join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
