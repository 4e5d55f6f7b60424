"""2^(j/64) for j = 0..63, correctly rounded to double (mpmath, 50 digits), for the table-driven
exp in src/core/montecarlo/fastExp.ts. Run: python3 scripts/references/montecarlo_exp_table.py"""
from mpmath import mp, mpf

mp.dps = 50
values = [float(mpf(2) ** (mpf(j) / 64)) for j in range(64)]
print(",\n".join(", ".join(repr(v) for v in values[i : i + 4]) for i in range(0, 64, 4)))
# ln 2 / 64 split in two: a high part with 32 significant bits (so k·LN2_HI is exact for |k| < 2^20)
# and the remainder.
ln2_64 = mp.log(2) / 64
hi = float(mpf(int(ln2_64 * 2**40)) / 2**40)
lo = float(ln2_64 - mpf(hi))
print("LN2_64_HI =", repr(hi), "LN2_64_LO =", repr(lo), "INV_LN2_64 =", repr(float(64 / mp.log(2))))

# Reference values of e^x for the expTable test (fastExp.test.ts).
for x in ["-707.5", "-50.25", "-1", "-0.15", "-0.0054", "0.0027", "0.15", "0.7", "3.3", "88.7", "707.9"]:
    # e^ of the double nearest x (what the test passes), not of the decimal x.
    print("[%s, %r]," % (x, float(mp.exp(mpf(float(x))))))
