using System.Diagnostics.CodeAnalysis;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>
/// The policies shipped in the package: the national baseline and the two seed schools' supplementary rules.
/// The JSON files are embedded in the assembly and also packed under <c>policies/</c> in the NuGet package, so a
/// school can copy one as the start of its own file.
/// </summary>
/// <remarks>Thread-safe; each preset is read once, on first use.</remarks>
public static class PolicyPresets
{
    /// <summary>The identifier of the national baseline.</summary>
    public const string NationalId = "national";

    /// <summary>The identifier of 國立白河高級商工職業學校's supplementary rules (rev. 109-08-28).</summary>
    public const string BaiheId = "baihe";

    /// <summary>The identifier of 臺北市立松山高級商業家事職業學校's supplementary rules (rev. 112-08-23).</summary>
    public const string SongshanId = "songshan";

    private static readonly string[] AllIds = [NationalId, BaiheId, SongshanId];
    private static readonly Dictionary<string, Lazy<PortfolioPolicy>> Loaded = AllIds.ToDictionary(id => id, id => new Lazy<PortfolioPolicy>(() => LoadPreset(id)));

    /// <summary>Gets the identifiers of the presets.</summary>
    public static IReadOnlyList<string> Ids => AllIds;

    /// <summary>Gets the national baseline (作業要點): 6 outcomes and 10 multi-performance items selected per academic year, application picks 3/9 outcomes and 10 items, descriptions ≤ 100 characters, pdf/jpg/png ≤ 4 MiB and mp3/mp4 ≤ 10 MiB, upload window ≥ 14 days after the closing ceremony, receipt confirmation ≥ 3 days.</summary>
    public static PortfolioPolicy National => Loaded[NationalId].Value;

    /// <summary>Gets 白河商工 (白河商工學生學習歷程檔案作業補充規定): the national baseline plus at least 3 outcome uploads per semester (a warning; see <c>docs/policies.md</c>) and at most 5 multi-performance uploads per semester.</summary>
    public static PortfolioPolicy Baihe => Loaded[BaiheId].Value;

    /// <summary>Gets 松山商家 (松山商家學生學習歷程檔案作業補充規定): the national baseline plus at most 6 outcome uploads per semester, at most 10 multi-performance uploads per academic year, and 5 years' retention after leaving.</summary>
    public static PortfolioPolicy Songshan => Loaded[SongshanId].Value;

    /// <summary>Returns the preset with the given identifier.</summary>
    /// <param name="id">The identifier, e.g. <c>national</c>.</param>
    /// <param name="policy">The policy when found.</param>
    /// <returns><see langword="true"/> when a preset has that identifier.</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out PortfolioPolicy? policy)
    {
        policy = id is not null && Loaded.TryGetValue(id, out var preset) ? preset.Value : null;
        return policy is not null;
    }

    /// <summary>Returns the preset with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No preset has that identifier.</exception>
    public static PortfolioPolicy Get(string id) =>
        TryGet(Guard.NotNull(id), out var policy) ? policy : throw Unknown(id);

    /// <summary>Opens the JSON text of a preset, e.g. to copy it as the start of a school's own file.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>A read-only stream of UTF-8 JSON; the caller disposes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No preset has that identifier.</exception>
    public static Stream OpenJson(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Array.IndexOf(AllIds, id) < 0)
        {
            throw Unknown(id);
        }

        return typeof(PolicyPresets).Assembly.GetManifestResourceStream(ResourceName(id))
            ?? throw new InvalidOperationException($"The embedded preset {ResourceName(id)} is missing from the assembly.");
    }

    private static KeyNotFoundException Unknown(string id) => new($"No preset policy '{Internal.ErrorText.Excerpt(id, 40)}'; presets are {string.Join(", ", AllIds)}.");

    private static string ResourceName(string id) => $"StudentPortfolio.Policies.Presets.{id}.json";

    private static PortfolioPolicy LoadPreset(string id)
    {
        using var stream = OpenJson(id);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PolicyJsonReader.Read(buffer.ToArray(), $"{id}.json");
    }
}
