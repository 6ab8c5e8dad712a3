namespace StudentPortfolio.Portfolio;

/// <summary>The broad kind of an evidence file, which decides its size limit.</summary>
public enum MediaKind
{
    /// <summary>Any other media type (not accepted by the central database).</summary>
    Other = 0,

    /// <summary>A document or image (pdf, jpg, png): 4 MB limit nationally.</summary>
    Document = 1,

    /// <summary>Audio or video (mp3, mp4): 10 MB limit nationally.</summary>
    AudioVideo = 2,
}
