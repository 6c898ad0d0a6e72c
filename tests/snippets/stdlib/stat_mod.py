import stat, os
for m in [0o100644, 0o040755, 0o120777, 0o104755, 0o102755, 0o041777, 0o041776, 0o020666, 0o060660, 0o010644, 0o140755, 0o000644, 0o100000]:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR, stat.ST_MTIME, stat.S_IFREG, stat.UF_HIDDEN, stat.SF_IMMUTABLE)
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0), stat.S_ENFMT == stat.S_ISGID)
