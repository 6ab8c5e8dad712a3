using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using StudentPortfolio.Calendar;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// Computes a course learning outcome's <see cref="CourseLearningOutcome.ContentHash"/>: SHA-256 over the UTF-8 of
/// term, course code, kind, origin school, origin term, origin course code, title and description joined by U+001F,
/// then, per file, U+001E and the file's text form <c>name;mediaType;sizeBytes;sha256</c>.
/// </summary>
/// <remarks>
/// The one implementation of the hash: the outcome computes it from its values, the submission reader from the
/// UTF-8 bytes it reads, so both agree byte for byte. The content is gathered in a reused buffer and hashed in one
/// call. Not thread-safe; one instance per reader or per call.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Owners live as long as their reader or worker; the hash's handle is released by its finalizer.")]
internal sealed class OutcomeContentHasher
{
    private const byte UnitSeparator = 0x1F;
    private const byte RecordSeparator = 0x1E;

    // One reused hash object: a one-shot SHA256.HashData sets up the platform's digest on every call, which costs
    // more than hashing an outcome's few hundred bytes.
    [ThreadStatic]
    private static OutcomeContentHasher? _forThread;

    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _content = new byte[1024];
    private int _length;
    private byte[] _text = new byte[256];
    private bool _first = true;

    /// <summary>Gets this thread's hasher (the objects' own hashes; a reader keeps its own).</summary>
    public static OutcomeContentHasher ForThread => _forThread ??= new OutcomeContentHasher();

    /// <summary>Appends the next header part (a separator precedes every part but the first).</summary>
    public void Part(ReadOnlySpan<byte> utf8)
    {
        Separate();
        Append(utf8);
    }

    /// <summary>Appends the next header part, UTF-8 encoded; <see langword="null"/> is an empty part.</summary>
    public void Part(string? text)
    {
        Separate();
        if (!string.IsNullOrEmpty(text))
        {
            Append(Encode(text));
        }
    }

    /// <summary>Appends the next header part: a term as <see cref="Term.ToString"/> writes it; <see langword="null"/> is empty.</summary>
    public void Part(Term? term)
    {
        Separate();
        if (term is { } t)
        {
            Span<byte> buffer = stackalloc byte[16];
            Utf8Formatter.TryFormat(t.Year.RocYear, buffer, out var n);
            buffer[n++] = (byte)'-';
            buffer[n++] = (byte)('0' + (int)t.Semester);
            Append(buffer[..n]);
        }
    }

    /// <summary>Appends the next header part: a whole number in invariant digits.</summary>
    public void Part(int value)
    {
        Separate();
        Span<byte> buffer = stackalloc byte[12];
        Utf8Formatter.TryFormat(value, buffer, out var n);
        Append(buffer[..n]);
    }

    /// <summary>Appends one file: its name, media type and SHA-256 as UTF-8 text, and its size.</summary>
    public void File(ReadOnlySpan<byte> name, ReadOnlySpan<byte> mediaType, long sizeBytes, ReadOnlySpan<byte> sha256Hex)
    {
        Append([RecordSeparator]);
        Append(name);
        Append([(byte)';']);
        Append(mediaType);
        FileTail(sizeBytes, sha256Hex);
    }

    /// <summary>Appends one file of an outcome.</summary>
    public void File(MediaFile file)
    {
        Append([RecordSeparator]);
        Append(Encode(file.FileName));
        Append([(byte)';']);
        Append(Encode(file.MediaType.ToString()));
        Span<byte> hash = stackalloc byte[ContentHash.HexLength];
        file.Hash.WriteHex(hash);
        FileTail(file.SizeBytes, hash);
    }

    /// <summary>Writes the digest as 64 lower-case hexadecimal digits into <paramref name="hex"/> and starts over.</summary>
    public void Finish(Span<byte> hex) => ContentHash.FromBytes(Digest(stackalloc byte[32])).WriteHex(hex);

    /// <summary>Returns the digest as a <see cref="ContentHash"/> and starts over.</summary>
    public ContentHash Finish() => ContentHash.FromBytes(Digest(stackalloc byte[32]));

    private Span<byte> Digest(Span<byte> digest)
    {
        _sha.AppendData(_content.AsSpan(0, _length));
        _sha.GetHashAndReset(digest);
        _length = 0;
        _first = true;
        return digest;
    }

    // ";size;sha256" closes a file's text form.
    private void FileTail(long sizeBytes, ReadOnlySpan<byte> sha256Hex)
    {
        Span<byte> buffer = stackalloc byte[24];
        buffer[0] = (byte)';';
        Utf8Formatter.TryFormat(sizeBytes, buffer[1..], out var n);
        buffer[n + 1] = (byte)';';
        Append(buffer[..(n + 2)]);
        Append(sha256Hex);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _content.Length)
        {
            System.Array.Resize(ref _content, Math.Max(_content.Length * 2, _length + bytes.Length));
        }

        bytes.CopyTo(_content.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Separate()
    {
        if (_first)
        {
            _first = false;
            return;
        }

        Span<byte> separator = [UnitSeparator];
        Append(separator);
    }

    private ReadOnlySpan<byte> Encode(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_text.Length < max)
        {
            _text = new byte[Math.Max(max, _text.Length * 2)];
        }

        return _text.AsSpan(0, Encoding.UTF8.GetBytes(text, _text));
    }
}
