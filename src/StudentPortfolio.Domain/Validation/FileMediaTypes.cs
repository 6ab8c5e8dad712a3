namespace StudentPortfolio.Validation;

/// <summary>Classifies a file's <c>mediaType</c> bytes into the common <see cref="FileMediaType"/>s without decoding.</summary>
internal static class FileMediaTypes
{
    /// <summary>Returns the kind of a media type given as UTF-8.</summary>
    public static FileMediaType Of(ReadOnlySpan<byte> s) =>
        s.SequenceEqual("application/pdf"u8) ? FileMediaType.Pdf
        : s.SequenceEqual("image/jpeg"u8) ? FileMediaType.Jpeg
        : s.SequenceEqual("image/png"u8) ? FileMediaType.Png
        : s.SequenceEqual("audio/mpeg"u8) ? FileMediaType.Mp3
        : s.SequenceEqual("video/mp4"u8) ? FileMediaType.Mp4
        : s.IsEmpty ? FileMediaType.Missing : FileMediaType.Other;
}
