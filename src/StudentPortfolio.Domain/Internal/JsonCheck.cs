using System.Text.Json;

namespace StudentPortfolio.Internal;

/// <summary>
/// What System.Text.Json deserialisation does not check, in one linear pass over the input: well-formedness with the
/// path of the last property read, no property named twice in one object (a hash set per open object, so
/// O(n) for n properties), and every string valid UTF-8 without unpaired escaped surrogates. It also turns a JSON
/// path (System.Text.Json's syntax) back into the line and column where that value starts, for errors found after
/// deserialising. Paths use <see cref="Child"/> and <see cref="Item"/>, the syntax of <see cref="JsonException.Path"/>.
/// </summary>
internal static class JsonCheck
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("$ .'/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    public static string Child(string path, string name) =>
        name.AsSpan().IndexOfAny(Special) < 0 ? path + "." + name : path + "['" + name + "']";

    public static string Item(string path, int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>Scans <paramref name="utf8"/>; returns the first problem, or <see langword="null"/>.</summary>
    public static JsonInputProblem? Check(ReadOnlySpan<byte> utf8, JsonReaderOptions options, string document)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var frames = new List<Frame>();
        try
        {
            if (!reader.Read())
            {
                return new JsonInputProblem(true, $"{document} is empty.", "$", 1, 1, null);
            }

            do
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        Advance(frames);
                        frames.Add(new Frame(null));
                        break;
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add(new Frame(-1));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = Text(ref reader, utf8, frames, document, out var bad);
                        if (bad is not null)
                        {
                            return bad;
                        }

                        var frame = frames[^1];
                        frame.Name = name;
                        if (!frame.Names!.Add(name!))
                        {
                            var (line, column) = PositionOf(utf8, reader.TokenStartIndex);
                            return new JsonInputProblem(false, ErrorText.Mask($"The property '{name}' appears twice."), ErrorText.Mask(PathOf(frames)), line, column, null);
                        }

                        break;
                    case JsonTokenType.String:
                        Advance(frames);
                        Text(ref reader, utf8, frames, document, out bad);
                        if (bad is not null)
                        {
                            return bad;
                        }

                        break;
                    case JsonTokenType.Comment:
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
            while (reader.Read());
        }
        catch (JsonException e)
        {
            // System.Text.Json quotes input bytes (an invalid literal up to the end of the buffer): bound and mask.
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }

            var inner = new JsonException(ErrorText.Excerpt(e.Message), e.Path, e.LineNumber, e.BytePositionInLine);
            return new JsonInputProblem(true, $"Malformed JSON: {ErrorText.Excerpt(message)}", ErrorText.Mask(PathOf(frames)), (e.LineNumber ?? -1) + 1, (e.BytePositionInLine ?? -1) + 1, inner)
            {
                Container = ErrorText.Mask(PathOf(frames, frames.Count - 1)),
            };
        }

        return null;
    }

    /// <summary>
    /// Returns the 1-based line and byte column where the value at <paramref name="path"/> starts, or where its
    /// nearest ancestor that exists starts, and that value's token type. The input is known to be well-formed.
    /// </summary>
    public static (long Line, long Column, JsonTokenType Token) Locate(ReadOnlySpan<byte> utf8, JsonReaderOptions options, string path)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var frames = new List<Frame>();
        long best = 0;
        var bestLength = -1;
        var bestToken = JsonTokenType.None;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.RemoveAt(frames.Count - 1);
                continue;
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                frames[^1].Name = reader.GetString();
                continue;
            }

            if (reader.TokenType == JsonTokenType.Comment)
            {
                continue;
            }

            Advance(frames);
            var here = PathOf(frames);
            if (here.Length > bestLength && (here == path || (path.StartsWith(here, StringComparison.Ordinal) && path[here.Length] is '.' or '[')))
            {
                best = reader.TokenStartIndex;
                bestLength = here.Length;
                bestToken = reader.TokenType;
                if (here.Length == path.Length)
                {
                    break;
                }
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                frames.Add(new Frame(null));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                frames.Add(new Frame(-1));
            }
        }

        var (line, column) = PositionOf(utf8, best);
        return (line, column, bestToken);
    }

    /// <summary>The 1-based line and byte column of a byte offset.</summary>
    public static (long Line, long Column) PositionOf(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        var prefix = utf8[..end];
        var line = 1L + prefix.Count((byte)'\n');
        var lastNewline = prefix.LastIndexOf((byte)'\n');
        return (line, end - lastNewline);
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].Index is { } index)
        {
            frames[^1].Index = index + 1;
        }
    }

    private static string PathOf(List<Frame> frames) => PathOf(frames, frames.Count);

    private static string PathOf(List<Frame> frames, int count)
    {
        var path = "$";
        foreach (var frame in frames.Take(count))
        {
            if (frame.Index is { } index)
            {
                path = index >= 0 ? Item(path, index) : path;
            }
            else if (frame.Name is { } name)
            {
                path = Child(path, name);
            }
        }

        return path;
    }

    private static string? Text(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, List<Frame> frames, string document, out JsonInputProblem? problem)
    {
        problem = null;
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
        {
            return null;
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            var (line, column) = PositionOf(utf8, reader.TokenStartIndex);
            problem = new JsonInputProblem(true, $"Malformed JSON: {document} has a string that is not valid UTF-8 or escapes an unpaired surrogate.", ErrorText.Mask(PathOf(frames)), line, column, null);
            return null;
        }
    }

    private sealed class Frame
    {
        public Frame(int? index)
        {
            Index = index;
            Names = index is null ? new HashSet<string>(StringComparer.Ordinal) : null;
        }

        /// <summary>The index of the current element of an array (-1 before the first), or null for an object.</summary>
        public int? Index { get; set; }

        public string? Name { get; set; }

        public HashSet<string>? Names { get; }
    }
}
