using System.Text;
using StudentPortfolio.Policies;
using StudentPortfolio.UnitTests.Export;

namespace StudentPortfolio.UnitTests.Hardening;

/// <summary>A policy document is read no further than <see cref="PortfolioPolicy.MaxBytes"/>: an endless input ends with a typed error naming the limit.</summary>
public sealed class PolicySizeLimitTests
{
    [Fact]
    public void An_endless_policy_stream_stops_at_the_limit_with_a_policy_format_error()
    {
        var endless = new HugeValueStream("{\"id\":\""u8.ToArray(), long.MaxValue / 2, (byte)'x', []);

        var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Read(endless));

        Assert.Contains("PortfolioPolicy.MaxBytes", e.Message, StringComparison.Ordinal);
        Assert.InRange(endless.BytesRead, PortfolioPolicy.MaxBytes, PortfolioPolicy.MaxBytes + (1 << 20));
    }

    [Fact]
    public void A_device_that_never_ends_is_not_read_to_the_end()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");

        var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.ReadFile("/dev/zero"));

        Assert.Contains("PortfolioPolicy.MaxBytes", e.Message, StringComparison.Ordinal);
        Assert.Equal("/dev/zero", e.SourceFile);
    }

    [Fact]
    public void Policy_text_one_byte_over_the_limit_is_rejected_and_at_the_limit_is_parsed()
    {
        var preset = PolicyText();
        var atLimit = preset.TrimEnd().TrimEnd('}') + ", \"x\": \"" ;
        atLimit += new string('a', PortfolioPolicy.MaxBytes - Encoding.UTF8.GetByteCount(atLimit) - 2) + "\"}";
        Assert.Equal(PortfolioPolicy.MaxBytes, Encoding.UTF8.GetByteCount(atLimit));

        // At the limit the size is fine (the unknown field is what is reported); one byte more is the limit.
        var at = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(atLimit));
        var over = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(atLimit + " "));

        Assert.DoesNotContain("MaxBytes", at.Message, StringComparison.Ordinal);
        Assert.Equal("$.x", at.Path);
        Assert.Contains("PortfolioPolicy.MaxBytes", over.Message, StringComparison.Ordinal);
    }

    private static string PolicyText()
    {
        using var reader = new StreamReader(PolicyPresets.OpenJson(PolicyPresets.NationalId));
        return reader.ReadToEnd();
    }
}
