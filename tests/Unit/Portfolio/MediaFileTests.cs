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
}
