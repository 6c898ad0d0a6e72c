import statistics as st
from fractions import Fraction
d = [2.5, 3.25, 5.5, 1.75, 9.0]
print(st.mean([1, 2, 3, 4]), st.mean(d), st.mean([1, 2]), st.median([3, 1, 2]), st.median([4, 1, 2, 3]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode([1, 2, 2, 3]), st.multimode("aabbc"), st.variance(d), st.pvariance([1, 2, 3, 4]), st.stdev(d), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.variance([1, 2, 3, 4, 5]))
print(st.fmean([1, 2, 3]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.stdev([1, 2, 3, 4]), st.correlation([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 6.5]), st.covariance([1, 2, 3], [1, 3, 2]))
try: st.mean([])
except st.StatisticsError as e: print("SE", e)
try: st.variance([1])
except st.StatisticsError as e: print("SE", e)
