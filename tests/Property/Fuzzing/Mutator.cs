using System.Text;

namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>Applies <see cref="Mutation"/>s to bytes. Deterministic: the same case gives the same bytes.</summary>
public static class Mutator
{
    /// <summary>Bytes that make interesting single-byte damage.</summary>
    public static readonly byte[] InterestingBytes =
        [0x00, 0x09, 0x0A, 0x20, 0x22, 0x2C, 0x2D, 0x2E, 0x30, 0x31, 0x39, 0x3A, 0x41, 0x45, 0x5B, 0x5C, 0x5D, 0x65, 0x6E, 0x7B, 0x7D, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE5, 0xED, 0xF0, 0xF4, 0xF8, 0xFF];

    /// <summary>Tokens to insert: punctuation, literals, extreme numbers, ID-shaped strings (valid and invalid checksums), escapes, invalid UTF-8.</summary>
    public static readonly byte[][] Tokens = BuildTokens();

    /// <summary>Extreme numbers for <see cref="MutationKind.ReplaceNumber"/>.</summary>
    public static readonly string[] ExtremeNumbers =
    [
        "0", "-0", "-1", "1.5", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "18446744073709551616", "1e308", "1e309", "-1e309", "4.9e-324", "1E+2", "0.0000000000000000000001",
        "79228162514264337593543950336", "99999999999999999999999999999999999999", "1" + new string('0', 400),
    ];

    /// <summary>Extreme strings for <see cref="MutationKind.ReplaceString"/> (raw JSON, quotes included).</summary>
    public static readonly string[] ExtremeStrings =
    [
        "\"\"", "\" \"", "\"A123456789\"", "\"A123456788\"", "\"Z999999999\"", "\"AB23456789\"", "\"A823456789\"", "\"a123456789\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\uD83D\\uDE00\"", "\"\\\"\"", "\"\\x\"", "\"\\u12\"",
        "\"" + new string('x', 70_000) + "\"", "\"" + new string('學', 5_000) + "\"", "\"1999-02-30\"", "\"2026-13-01\"",
        "\"9999-12-31T23:59:59Z\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"9999-12-31 23:59\"", "\"0001-01-01 ~ 9999-12-31\"",
        "\"8888/12/31\"", "\"999-2\"", "\"-9999-01-01\"", "\"F131104093-O1\"", "\"\\u001b]0;x\\u0007\\u202e\"", "\"114-3\"", "\"-1-1\"", "\"\\/\"", "null", "true", "{}", "[]", "\"𠀀𠀀\"",
    ];

    private static byte[][] BuildTokens()
    {
        string[] text =
        [
            "{", "}", "[", "]", "\"", ",", ":", "\\", "null", "true", "false", "-", "0", "1e999", "-1", "NaN", "Infinity",
            "\"A123456789\"", "\"F131104093\"", "A123456789", "\"A123456780\"", "\"students\"", "\"schemaVersion\":\"1.0\",",
            "\"nationalId\":\"B234567890\",", "\"x\":", ",\"students\":[]", "/*", "//", "\u00a0", "\ufeff", "\"\\uDFFF\"",
        ];
        var tokens = text.Select(Encoding.UTF8.GetBytes).ToList();
        tokens.Add([0xC3, 0x28]);
        tokens.Add([0xE2, 0x28, 0xA1]);
        tokens.Add([0xF0, 0x90, 0x28, 0xBC]);
        tokens.Add([0xED, 0xA0, 0x80]);
        tokens.Add([0xC0, 0xAF]);
        tokens.Add([0xF8, 0x88, 0x80, 0x80, 0x80]);
        tokens.Add([0xEF, 0xBB, 0xBF]);
        return [.. tokens];
    }

    /// <summary>Applies the case to its seed.</summary>
    public static byte[] Apply(FuzzCase fuzzCase, IReadOnlyList<byte[]> corpus)
    {
        var data = new List<byte>(fuzzCase.Generated ?? corpus[Index(fuzzCase.Seed, corpus.Count)]);
        var other = corpus[Index(fuzzCase.Other, corpus.Count)];
        foreach (var m in fuzzCase.Mutations)
        {
            Apply(data, m, other);
        }

        return [.. data];
    }

    private static int Index(int value, int count) => count == 0 ? 0 : (int)((uint)value % (uint)count);

    private static void Apply(List<byte> data, Mutation m, byte[] other)
    {
        var at = Index(m.At, data.Count + 1);
        var length = Math.Max(1, m.Length);
        switch (m.Kind)
        {
            case MutationKind.FlipBit when data.Count > 0:
                at = Index(m.At, data.Count);
                data[at] ^= (byte)(1 << Index(m.Value, 8));
                break;
            case MutationKind.SetByte when data.Count > 0:
                at = Index(m.At, data.Count);
                data[at] = InterestingBytes[Index(m.Value, InterestingBytes.Length)];
                break;
            case MutationKind.InsertToken:
                data.InsertRange(at, Tokens[Index(m.Value, Tokens.Length)]);
                break;
            case MutationKind.Delete:
                data.RemoveRange(at, Math.Min(length, data.Count - at));
                break;
            case MutationKind.Duplicate:
                data.InsertRange(at, data.GetRange(at, Math.Min(length, data.Count - at)));
                break;
            case MutationKind.Truncate:
                data.RemoveRange(at, data.Count - at);
                break;
            case MutationKind.Splice when other.Length > 0:
                var from = Index(m.Value, other.Length);
                data.InsertRange(at, other.AsSpan(from, Math.Min(length * 8, other.Length - from)).ToArray());
                break;
            case MutationKind.ReplaceNumber:
                ReplaceToken(data, at, IsNumberByte, Encoding.UTF8.GetBytes(ExtremeNumbers[Index(m.Value, ExtremeNumbers.Length)]));
                break;
            case MutationKind.ReplaceString:
                ReplaceString(data, at, Encoding.UTF8.GetBytes(ExtremeStrings[Index(m.Value, ExtremeStrings.Length)]));
                break;
            case MutationKind.DeepNesting:
                var depth = 10 + (length * 97 % 3000);
                var open = (m.Value & 1) == 0 ? "[" : "{\"a\":";
                data.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth))));
                break;
        }
    }

    private static bool IsNumberByte(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'e' or (byte)'E' or (byte)'+';

    private static void ReplaceToken(List<byte> data, int at, Func<byte, bool> inToken, byte[] replacement)
    {
        var start = at;
        while (start < data.Count && !(data[start] is >= (byte)'0' and <= (byte)'9'))
        {
            start++;
        }

        if (start >= data.Count)
        {
            return;
        }

        while (start > 0 && inToken(data[start - 1]))
        {
            start--;
        }

        var end = start;
        while (end < data.Count && inToken(data[end]))
        {
            end++;
        }

        data.RemoveRange(start, end - start);
        data.InsertRange(start, replacement);
    }

    private static void ReplaceString(List<byte> data, int at, byte[] replacement)
    {
        var start = data.IndexOf((byte)'"', Math.Min(at, data.Count));
        if (start < 0)
        {
            return;
        }

        var end = start + 1;
        while (end < data.Count && data[end] != (byte)'"')
        {
            end += data[end] == (byte)'\\' ? 2 : 1;
        }

        end = Math.Min(end + 1, data.Count);
        data.RemoveRange(start, end - start);
        data.InsertRange(start, replacement);
    }
}
