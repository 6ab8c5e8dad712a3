using FsCheck.Xunit;
namespace StudentPortfolio.PropertyTests;
public class SmokeProperties { [Property] public bool Addition_commutes(int a, int b) => a + b == b + a; }
