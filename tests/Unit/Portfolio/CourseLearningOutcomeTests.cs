using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Portfolio;

public class CourseLearningOutcomeTests
{
    private static CourseLearningOutcome Outcome(string description = "期末專題報告") =>
        new(RecordId.Parse("O1"), TestData.Term, TestData.Course, "專題", description, [TestData.Pdf()]);

    [Fact]
    public void New_outcome_is_pending_and_not_selected()
    {
        var outcome = Outcome();

        Assert.Equal(CertificationStatus.Pending, outcome.Certification.Status);
        Assert.False(outcome.IsCertified);
        Assert.False(outcome.IsSelected);
    }

    [Fact]
    public void Certification_covers_the_content_it_was_given()
    {
        var outcome = Outcome();
        var certified = outcome.WithCertification(Certification.Certify("T001", Instant.FromUtc(2026, 1, 10, 2, 0), outcome.ContentHash));

        Assert.True(certified.IsCertified);
        Assert.Equal(outcome.ContentHash, certified.ContentHash);
    }

    [Fact]
    public void Editing_content_after_certification_voids_it()
    {
        var outcome = Outcome();
        var certified = outcome.WithCertification(Certification.Certify("T001", Instant.FromUtc(2026, 1, 10, 2, 0), outcome.ContentHash));

        var edited = certified.WithContent("專題", "改過的簡述", certified.Files);

        Assert.NotEqual(certified.ContentHash, edited.ContentHash);
        Assert.False(edited.IsCertified);
        Assert.Equal(CertificationStatus.Certified, edited.Certification.Status);
    }

    [Fact]
    public void Selection_does_not_change_the_content_hash()
    {
        var outcome = Outcome();

        Assert.Equal(outcome.ContentHash, outcome.WithSelection(true).ContentHash);
        Assert.True(outcome.WithSelection(true).IsSelected);
    }

    [Fact]
    public void Equal_content_makes_equal_outcomes()
    {
        Assert.Equal(Outcome(), Outcome());
        Assert.NotEqual(Outcome(), Outcome("另一份"));
    }

    [Fact]
    public void Rejection_needs_a_reason_and_proxy_must_be_someone_else()
    {
        var at = Instant.FromUtc(2026, 1, 10, 2, 0);

        Assert.Throws<ArgumentException>(() => Certification.Reject("T001", at, " "));
        Assert.Throws<ArgumentException>(() => Certification.Certify("T001", at, Outcome().ContentHash, onBehalfOf: "T001"));
        var proxy = Certification.Certify("T002", at, Outcome().ContentHash, onBehalfOf: "T001");
        Assert.Equal("T001", proxy.OnBehalfOf);
        Assert.Equal("沒有附上檔案", Certification.Reject("T001", at, "沒有附上檔案").RejectionReason);
    }

    [Fact]
    public void Null_files_inside_the_list_are_rejected()
    {
        Assert.Throws<ArgumentException>(() =>
            new CourseLearningOutcome(RecordId.Parse("O1"), TestData.Term, TestData.Course, "t", "d", [null!]));
    }
}
