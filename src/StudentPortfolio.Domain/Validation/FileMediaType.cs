namespace StudentPortfolio.Validation;

/// <summary>A file's <c>mediaType</c> as recognised by the bulk evaluator without allocating a string.</summary>
internal enum FileMediaType
{
    /// <summary>The property is absent or not a string.</summary>
    Missing,

    /// <summary>A media type outside the known set (the policy decides whether it is allowed).</summary>
    Other,

    /// <summary><c>application/pdf</c>.</summary>
    Pdf,

    /// <summary><c>image/jpeg</c>.</summary>
    Jpeg,

    /// <summary><c>image/png</c>.</summary>
    Png,

    /// <summary><c>audio/mpeg</c>.</summary>
    Mp3,

    /// <summary><c>video/mp4</c>.</summary>
    Mp4,
}
