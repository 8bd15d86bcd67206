"""Helpers for the sample generator."""
import datetime as dt

AS_OF = dt.date(2026, 3, 2)
BANK_HOLIDAYS = {dt.date(*d) for d in [
    (2025, 1, 1), (2025, 4, 18), (2025, 4, 21), (2025, 5, 5), (2025, 5, 26), (2025, 8, 25),
    (2025, 12, 25), (2025, 12, 26), (2026, 1, 1), (2026, 4, 3), (2026, 4, 6), (2026, 5, 4),
    (2026, 5, 25), (2026, 8, 31), (2026, 12, 25), (2026, 12, 28)]}

def D(s):
    return dt.date.fromisoformat(s)

def iso(d):
    return d.isoformat()

def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_wd(d, n):
    if isinstance(d, str):
        d = D(d)
    step = 1 if n > 0 else -1
    while n:
        d += dt.timedelta(days=step)
        if is_wd(d):
            n -= step
    return d

def upn(la, school, year, serial):
    body = '%03d%04d%02d%03d' % (la, school, year, serial)
    assert len(body) == 12
    letters = 'ABCDEFGHJKLMNPQRTUVWXYZ'
    total = sum(int(c) * w for c, w in zip(body, range(2, 14)))
    return letters[total % 23] + body

def nhs(nine):
    digits = [int(c) for c in '%09d' % nine]
    total = sum(d * w for d, w in zip(digits, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return None
    s = ''.join(map(str, digits)) + str(check)
    return '%s %s %s' % (s[:3], s[3:6], s[6:])

def nhs_from(seed):
    n = 999000000 + seed * 7919 % 999999
    while nhs(n) is None:
        n += 1
    return nhs(n)
