using NodaTime;
using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Identity;

public class StudentKeyTests
{
    [Fact]
    public void ToString_masks_the_national_id()
    {
        var key = new StudentKey(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1));

        Assert.Equal("A12****789/2008-05-01", key.ToString());
    }

    [Fact]
    public void Same_id_with_another_birth_date_is_another_student()
    {
        var id = NationalId.Parse("A123456789");

        Assert.NotEqual(new StudentKey(id, new LocalDate(2008, 5, 1)), new StudentKey(id, new LocalDate(2008, 5, 2)));
        Assert.Equal(new StudentKey(id, new LocalDate(2008, 5, 1)), new StudentKey(id, new LocalDate(2008, 5, 1)));
    }

    [Fact]
    public void Default_national_id_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new StudentKey(default, new LocalDate(2008, 5, 1)));
    }
}
