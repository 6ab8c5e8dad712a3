using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Portfolio;

public class MediaFileTests
{
    [Fact]
    public void Text_form_round_trips_even_with_semicolons_in_the_name()
    {
        var file = new MediaFile("報告;第1版.pdf", MediaType.Pdf, 4_194_304, ContentHash.Compute("x"u8));

        var text = file.ToString();

        Assert.Equal(file, MediaFile.Parse(text));
        Assert.StartsWith("報告;第1版.pdf;application/pdf;4194304;", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dir/report.pdf")]
    [InlineData("dir\\report.pdf")]
    [InlineData("bad\u0001name.pdf")]
    public void Bad_file_names_are_rejected(string name)
    {
        Assert.Throws<ArgumentException>(() => new MediaFile(name, MediaType.Pdf, 1, ContentHash.Compute("x"u8)));
    }

    [Fact]
    public void Negative_size_and_default_parts_are_rejected()
    {
        var hash = ContentHash.Compute("x"u8);

        Assert.Throws<ArgumentOutOfRangeException>(() => new MediaFile("a.pdf", MediaType.Pdf, -1, hash));
        Assert.Throws<ArgumentException>(() => new MediaFile("a.pdf", default, 1, hash));
        Assert.Throws<ArgumentException>(() => new MediaFile("a.pdf", MediaType.Pdf, 1, default));
    }

    [Theory]
    [InlineData("a.pdf;application/pdf;12")]
    [InlineData("a.pdf;application;12;0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("a.pdf;application/pdf;-12;0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("a.pdf;application/pdf;12;abc")]
    public void Malformed_text_forms_are_rejected(string text)
    {
        Assert.False(MediaFile.TryParse(text, out _));
        Assert.Throws<FormatException>(() => MediaFile.Parse(text));
    }

    [Theory]
    [InlineData("pdf", MediaKind.Document)]
    [InlineData(".JPG", MediaKind.Document)]
    [InlineData("png", MediaKind.Document)]
    [InlineData("mp3", MediaKind.AudioVideo)]
    [InlineData("mp4", MediaKind.AudioVideo)]
    public void Central_database_extensions_map_to_media_kinds(string extension, MediaKind kind)
    {
        Assert.True(MediaType.TryFromExtension(extension, out var type));
        Assert.Equal(kind, type.Kind);
    }

    [Fact]
    public void Media_types_are_normalised_to_lower_case()
    {
        Assert.Equal(MediaType.Pdf, MediaType.Parse("Application/PDF"));
        Assert.Equal(MediaKind.Other, MediaType.Parse("application/zip").Kind);
        Assert.False(MediaType.TryParse("pdf", out _));
        Assert.False(MediaType.TryFromExtension("exe", out _));
    }

    [Fact]
    public void Content_hash_is_lower_case_sha256()
    {
        var hash = ContentHash.Compute("abc"u8);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash.ToString());
        Assert.Equal(hash, ContentHash.Parse(hash.ToString().ToUpperInvariant()));
        Assert.False(ContentHash.TryParse("xyz", out _));
    }

    [Theory]
    [InlineData("報告.PDF", "application/pdf")]
    [InlineData("photo.jpeg", "image/jpeg")]
    [InlineData("photo.JPG", "image/jpeg")]
    [InlineData("scan.png", "image/png")]
    [InlineData("talk.mp3", "audio/mpeg")]
    [InlineData("clip.mp4", "video/mp4")]
    [InlineData("notes.docx", "application/octet-stream")]
    [InlineData("README", "application/octet-stream")]
    public void A_file_from_a_stream_gets_its_size_hash_and_media_type_from_the_name(string name, string mediaType)
    {
        var content = new byte[200_000];
        new Random(7).NextBytes(content);

        var file = MediaFile.FromStream(name, new MemoryStream(content));

        Assert.Equal(name, file.FileName);
        Assert.Equal(MediaType.Parse(mediaType), file.MediaType);
        Assert.Equal(content.Length, file.SizeBytes);
        Assert.Equal(ContentHash.Compute(content), file.Hash);
    }

    [Fact]
    public async Task The_async_form_reads_from_the_current_position_and_agrees_with_the_sync_form()
    {
        var content = "0123456789 學習成果"u8.ToArray();
        using var stream = new MemoryStream(content) { Position = 5 };

        var file = await MediaFile.FromStreamAsync("r.pdf", stream, TestContext.Current.CancellationToken);

        Assert.Equal(content.Length - 5, file.SizeBytes);
        Assert.Equal(ContentHash.Compute(content.AsSpan(5)), file.Hash);
        Assert.Equal(MediaFile.FromStream("r.pdf", new MemoryStream(content, 5, content.Length - 5)), file);
    }

    [Fact]
    public void An_empty_stream_is_a_zero_byte_file()
    {
        var file = MediaFile.FromStream("empty.png", Stream.Null);

        Assert.Equal(0, file.SizeBytes);
        Assert.Equal(ContentHash.Compute([]), file.Hash);
    }

    [Fact]
    public async Task A_bad_name_is_rejected_before_reading_and_a_cancelled_read_stops()
    {
        Assert.Throws<ArgumentException>(() => MediaFile.FromStream("dir/r.pdf", Stream.Null));
        Assert.Throws<ArgumentNullException>(() => MediaFile.FromStream("r.pdf", null!));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MediaFile.FromStreamAsync("r.pdf", new MemoryStream(new byte[10]), cancelled.Token));
    }
}
