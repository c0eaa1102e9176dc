using System.Globalization;
using System.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary>Builds valid ids and CSV inputs for the IO and validation tests.</summary>
internal static class CsvTestData
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The example from GB 32100-2015.</summary>
    public const string PublishedExample = "91350100M000100Y43";

    /// <summary>A valid code whose organisation code is <paramref name="n"/> (8 digits), computed naively.</summary>
    public static string Uscc(int n, string prefix = "91330100")
    {
        var body = n.ToString("D8", CultureInfo.InvariantCulture);
        int[] ow = [3, 7, 9, 10, 5, 8, 4, 2];
        var osum = 0;
        for (var i = 0; i < 8; i++)
        {
            osum += ow[i] * (body[i] - '0');
        }

        var od = 11 - (osum % 11);
        var orgCheck = od == 10 ? "X" : od == 11 ? "0" : od.ToString(CultureInfo.InvariantCulture);
        var first17 = prefix + body + orgCheck;
        int[] w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += w[i] * Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
        }

        var c = 31 - (sum % 31);
        return first17 + Alphabet[c == 31 ? 0 : c];
    }

    /// <summary>Reads CSV text encoded as UTF-8 (no BOM) unless another encoding is given.</summary>
    public static FirmReadResult Read(string csv, FirmCsvReaderOptions? options = null, Encoding? fileEncoding = null, bool bom = false)
    {
        var encoding = fileEncoding ?? new UTF8Encoding(false);
        var bytes = encoding.GetBytes(csv);
        if (bom)
        {
            bytes = [.. encoding.GetPreamble(), .. bytes];
        }

        using var stream = new MemoryStream(bytes);
        return FirmCsvReader.Read(stream, options);
    }

    /// <summary>GB18030, with the code pages provider registered.</summary>
    public static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }
}
