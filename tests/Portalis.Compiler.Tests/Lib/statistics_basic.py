import statistics
from statistics import mean, median, median_low, median_high, median_grouped, mode, multimode, stdev, variance, pstdev, pvariance, fmean, geometric_mean, harmonic_mean, quantiles, StatisticsError
from fractions import Fraction
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(mean([1, 2, 3, 4, 4]), mean(data), mean([Fraction(3, 7), Fraction(1, 21)]), mean([1, 2]), type(mean([1, 2])).__name__)
print(median([1, 3, 5]), median([1, 3, 5, 7]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_grouped([52, 52, 53, 54]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), multimode('aabbbbccddddeeffffgg'), multimode([]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), variance(data), variance([1, 2, 3, 4]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), pvariance([1, 2, 3, 4]), stdev([2, 4, 4, 4, 5, 5, 7, 9]), pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(fmean([3.5, 4.0, 5.25]), geometric_mean([54, 24, 36]), harmonic_mean([40, 60]), round(harmonic_mean([2.5, 3, 10]), 10))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
for fn, arg in [(mean, []), (median, []), (mode, []), (stdev, [1]), (variance, [3])]:
    try:
        fn(arg)
    except StatisticsError as e:
        print(fn.__name__, 'StatisticsError:', e)
print(statistics.correlation([1, 2, 3, 4, 5], [1, 2, 3, 5, 8]), statistics.covariance([1, 2, 3, 4], [2, 4, 5, 9]))
print(statistics.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
nd = statistics.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.95), 6), nd.mean, nd.stdev, round(nd.pdf(100), 8))
print(statistics.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(mean([True, False, True]), median(['b', 'a', 'c']), mean((x * 0.1 for x in range(10))))
