using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Policies;

/// <summary>An accepted evidence-file media type, its size limit in bytes and the file-name extensions that go with it.</summary>
/// <param name="MediaType">The accepted media type, e.g. <c>application/pdf</c>.</param>
/// <param name="MaxBytes">The largest accepted size in bytes (national: 4 MiB for pdf/jpg/png, 10 MiB for mp3/mp4).</param>
/// <param name="Extensions">
/// The file-name extensions (lower case, without the dot) a file of this type may have, e.g. <c>pdf</c>; a file named
/// otherwise is reported (<c>SP-C010</c>). <see langword="null"/> takes <see cref="DefaultExtensions"/>; an empty list
/// turns the check off for the type.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MediaRule(MediaType MediaType, long MaxBytes, IReadOnlyList<string>? Extensions = null)
{
    /// <summary>Gets the accepted media type.</summary>
    public MediaType MediaType { get; } = MediaType.IsDefault
        ? throw new ArgumentException("The media type must not be the default value.", nameof(MediaType))
        : MediaType;

    /// <summary>Gets the largest accepted size in bytes, 1 or more.</summary>
    public long MaxBytes { get; } = MaxBytes >= 1
        ? MaxBytes
        : throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "The size limit must be 1 byte or more.");

    /// <summary>Gets the file-name extensions of the type (lower case, no dot); empty when file names are not checked.</summary>
    /// <exception cref="ArgumentException">An extension is empty, has a dot, a path separator or white space.</exception>
    public IReadOnlyList<string> Extensions { get; } = CheckExtensions(Extensions ?? DefaultExtensions(MediaType));

    /// <summary>
    /// Returns the usual file-name extensions of a media type: <c>pdf</c> for <c>application/pdf</c>, <c>jpg</c> and
    /// <c>jpeg</c> for <c>image/jpeg</c>, <c>png</c>, <c>mp3</c> for <c>audio/mpeg</c>, <c>mp4</c> for <c>video/mp4</c>,
    /// and the common other image, audio, video and office types; empty for a type not in the table.
    /// </summary>
    /// <param name="mediaType">The media type.</param>
    /// <returns>The extensions, lower case, without the dot.</returns>
    public static IReadOnlyList<string> DefaultExtensions(MediaType mediaType) => mediaType.ToString() switch
    {
        "application/pdf" => ["pdf"],
        "image/jpeg" => ["jpg", "jpeg"],
        "image/png" => ["png"],
        "image/gif" => ["gif"],
        "image/webp" => ["webp"],
        "image/heic" => ["heic"],
        "image/tiff" => ["tif", "tiff"],
        "audio/mpeg" => ["mp3"],
        "audio/mp4" => ["m4a"],
        "audio/wav" or "audio/x-wav" => ["wav"],
        "video/mp4" => ["mp4", "m4v"],
        "video/quicktime" => ["mov"],
        "video/webm" => ["webm"],
        "text/plain" => ["txt"],
        "application/msword" => ["doc"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ["docx"],
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" => ["pptx"],
        "application/vnd.oasis.opendocument.text" => ["odt"],
        _ => [],
    };

    /// <summary>Returns whether a file name ends in one of <see cref="Extensions"/> (compared without regard to case); always true when there are none.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns><see langword="true"/> when the name agrees with the type.</returns>
    public bool NameAgrees(string fileName) =>
        NameAgrees(System.Text.Encoding.UTF8.GetBytes(Guard.NotNull(fileName)), Extensions);

    /// <summary>Returns whether a UTF-8 file name ends in one of <paramref name="extensions"/> (ASCII case-insensitive, after the last dot); true when there are none.</summary>
    internal static bool NameAgrees(ReadOnlySpan<byte> fileName, IReadOnlyList<string> extensions)
    {
        if (extensions.Count == 0)
        {
            return true;
        }

        var dot = fileName.LastIndexOf((byte)'.');
        if (dot < 0)
        {
            return false;
        }

        var extension = fileName[(dot + 1)..];
        foreach (var e in extensions)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(extension, e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether text is a file-name extension: 1 to 16 characters without a dot, slash or white space.</summary>
    internal static bool IsValidExtension(string? e) =>
        !string.IsNullOrWhiteSpace(e) && e.Length <= 16 && !e.Any(c => c is '.' or '/' or '\\' || char.IsWhiteSpace(c));

    private static ValueList<string> CheckExtensions(IReadOnlyList<string> extensions)
    {
        var list = ValueList<string>.From(extensions, nameof(extensions));
        foreach (var e in list)
        {
            if (!IsValidExtension(e))
            {
                throw new ArgumentException($"'{ErrorText.Excerpt(e ?? string.Empty, 20)}' is not a file-name extension (1 to 16 characters without a dot, slash or space).", nameof(extensions));
            }
        }

        return ValueList<string>.From(list.Select(e => e.ToLowerInvariant()), nameof(extensions));
    }
}
