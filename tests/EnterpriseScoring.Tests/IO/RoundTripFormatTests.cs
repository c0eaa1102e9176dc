using System.Globalization;
using System.Text;

namespace EnterpriseScoring.Tests.IO;

/// <summary><see cref="RoundTripFormat"/> writes exactly what <c>double.TryFormat(…, "R", InvariantCulture)</c> writes.</summary>
public class RoundTripFormatTests
{
    private static IEnumerable<double> Boundaries()
    {
        double[] values =
        [
            0.0, -0.0, 1e-4, 1e-5, 9.99e-5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1, 10, 100, 123.456, 1e14, 1e15, 1e16, 1e17,
            999999999999999.0, 999999999999999.9, 123456789012345.0, 12345678901234.5, 123456789012345.6, 4503599627370496.0,
            9007199254740992.0, 9007199254740993.0, 0.1 + 0.2, 1e300, 1e-300, double.Epsilon, double.MaxValue, double.MinValue,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity, 5e-324, 2.2250738585072014e-308, 13.466516177577127,
            0.017084328839609062, 158.8236836371288, 81.02933021135006,
        ];
        foreach (var v in values)
        {
            yield return v;
            yield return -v;
            yield return Math.BitIncrement(v);
            yield return Math.BitDecrement(v);
        }
    }

    [TestCaseSource(nameof(Boundaries))]
    public void TryFormat_Boundary_SameAsRoundTripFormat(double value) =>
        Assert.That(Format(value), Is.EqualTo(Expected(value)));

    [Test]
    public void TryFormat_PowersOfTenTimesPowersOfTwo_SameAsRoundTripFormat()
    {
        // Powers of two have an asymmetric rounding interval; powers of ten sit where the digit count changes.
        var mismatches = new List<string>();
        for (var e = -6; e <= 17; e++)
        {
            var p = Math.Pow(10, e);
            for (var k = -20; k < 40; k++)
            {
                foreach (var v in new[] { p, Math.ScaleB(1.0, k) * p, Math.BitIncrement(Math.ScaleB(1.0, k) * p), Math.BitDecrement(Math.ScaleB(1.0, k) * p) })
                {
                    if (Format(v) != Expected(v))
                    {
                        mismatches.Add($"{Expected(v)}: {Format(v)}");
                    }
                }
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void TryFormat_TwoMillionValuesOfEveryShape_SameAsRoundTripFormat()
    {
        var random = new Random(20251231);
        var mismatches = new List<string>();
        for (var i = 0; i < 2_000_000 && mismatches.Count < 10; i++)
        {
            var v = (i % 7) switch
            {
                0 => BitConverter.Int64BitsToDouble(random.NextInt64()), // any bits
                1 => double.Parse( // a decimal of 1–17 digits at any scale, as a data file holds
                    string.Create(CultureInfo.InvariantCulture, $"{random.NextInt64(1, (long)Math.Pow(10, random.Next(1, 18)))}E{random.Next(-25, 20)}"),
                    CultureInfo.InvariantCulture),
                2 => Math.Round(random.NextDouble() * 100000, random.Next(0, 5)), // amounts with a few decimals
                3 => random.NextDouble() * Math.Pow(10, random.Next(-6, 17)), // computed ratios: 16–17 digits
                4 => BitConverter.Int64BitsToDouble(random.NextInt64(BitConverter.DoubleToInt64Bits(1e-4), BitConverter.DoubleToInt64Bits(1e15))),
                5 => (random.NextDouble() + 0.01) * random.Next(1, 1000) / random.Next(1, 1000),
                _ => random.Next(3) switch
                {
                    0 => Math.BitIncrement(random.Next(1, 100000) / 100.0),
                    1 => Math.BitDecrement(random.Next(1, 100000) / 100.0),
                    _ => random.Next(-1000000, 1000000),
                },
            };
            if (random.Next(2) == 0)
            {
                v = -v;
            }

            if (Format(v) != Expected(v))
            {
                mismatches.Add($"{Expected(v)}: {Format(v)}");
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    private static string Format(double value)
    {
        Span<byte> buffer = stackalloc byte[RoundTripFormat.MaxLength];
        Assert.That(RoundTripFormat.TryFormat(value, buffer, out var written), Is.True);
        return Encoding.ASCII.GetString(buffer[..written]);
    }

    private static string Expected(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
