namespace StudentPortfolio.Export;

/// <summary>What <see cref="DocumentFramer.Advance"/> produced.</summary>
internal enum FrameKind
{
    /// <summary>The framer needs more input: fill <see cref="DocumentFramer.GetFillBuffer"/> and call <see cref="DocumentFramer.Filled"/>.</summary>
    NeedData,

    /// <summary>The header has been read (valid or not): see <see cref="DocumentFramer.Header"/> and <see cref="DocumentFramer.HeaderErrors"/>.</summary>
    HeaderReady,

    /// <summary>One element of the <c>students</c> array: see <see cref="DocumentFramer.Current"/>.</summary>
    Student,

    /// <summary>A problem of the document outside any student: see <see cref="DocumentFramer.DocumentError"/>.</summary>
    Document,

    /// <summary>The input has ended (see <see cref="DocumentFramer.Completed"/> and <see cref="DocumentFramer.Fatal"/>).</summary>
    End,
}
