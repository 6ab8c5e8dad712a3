using Microsoft.Extensions.DependencyInjection;
using StudentPortfolio.DependencyInjection;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;

// A .NET 8 host with the .NET 8 dependency-injection packages: two schools, each validated with its own policy.
// Exit code 0 when both resolve with the expected presets and the process runs on .NET 8.
var services = new ServiceCollection();
services.AddStudentPortfolio(o => o
    .AddSchool(SchoolCode.Parse("200401"), s => s.AddPreset(PolicyPresets.BaiheId))
    .AddSchool(SchoolCode.Parse("313302"), s => s.AddPreset(PolicyPresets.SongshanId)));
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
var schools = provider.GetRequiredService<ISchoolContextProvider>();
var baihe = schools.GetContext(SchoolCode.Parse("200401")).Validator.Policy.Id;
var songshan = schools.GetContext(SchoolCode.Parse("313302")).Validator.Policy.Id;
Console.WriteLine($"runtime {Environment.Version}; 200401 -> {baihe}; 313302 -> {songshan}");
return Environment.Version.Major == 8 && baihe == PolicyPresets.BaiheId && songshan == PolicyPresets.SongshanId ? 0 : 1;
