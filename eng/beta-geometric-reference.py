# Reference values for tests/Crm.Domain.Tests/CustomerValue/Models/BetaGeometricReferenceTests.cs:
# G(tau) = E[Y(t) | alive, x] of the BG/NBD (Fader, Hardie & Lee 2005, eq. 10, divided by P(alive)),
# G = c/(a-1) [1 - 2F1(r+x, a-1; c; -tau)], c = a+b+x-1, tau = t/(alpha+T), at 40 significant digits with mpmath
# (Debian: apt-get install python3-mpmath). Parameters are the doubles the test passes (mpf(float) is exact).
# The MBG/NBD rows use b + 1 (Batislam, Denizel & Filiztekin 2007). Run: python3 eng/beta-geometric-reference.py
from mpmath import mp, mpf, hyp2f1

mp.dps = 40
models = {"bg": (0.2425982, 0.7929899, 2.4261667), "mbg": (0.2425982, 0.7929899, 3.4261667)}
cases = [(x, bt, t) for x in (0, 1, 2, 5, 10, 40, 63, 70) for (bt, t) in ((32.5, 39.0), (43.25, 39.0), (31.0, 4.375), (36.0, 0.015625), (27.5, 200.0), (40.0, 520.0))]
for name, (r, a, b) in models.items():
    r, a, b = mpf(r), mpf(a), mpf(b)
    for x, bt, t in cases:
        tau = mpf(t) / mpf(bt)
        c = a + b + x - 1
        g = c / (a - 1) * (1 - hyp2f1(r + x, a - 1, c, -tau))
        print(f'    [InlineData("{name}", {x}, {bt}, {t}, {mp.nstr(g, 20)})]')
