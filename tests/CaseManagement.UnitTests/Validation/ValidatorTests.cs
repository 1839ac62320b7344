using CaseManagement.Application.Features.Audit;
using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Features.Users;

namespace CaseManagement.UnitTests.Validation;

public sealed class ValidatorTests
{
    [TestCase(20, true)]
    [TestCase(0, false)]
    [TestCase(101, false)]
    public void Search_pages_are_bounded(int pageSize, bool valid) =>
        Assert.That(new SearchChildren.Validator().Validate(new SearchChildren.Query("x", null, pageSize)).IsValid, Is.EqualTo(valid));

    [TestCase("not a cursor")]
    [TestCase("YWJj")] // "abc": base64url, but not the two parts of a child list cursor
    public void A_cursor_the_list_did_not_make_is_refused_on_its_field(string after)
    {
        var result = new SearchChildren.Validator().Validate(new SearchChildren.Query("x", after));
        Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)), Is.EqualTo(new[] { ("After", "Paging.Cursor") }));
    }

    [Test]
    public void A_search_text_longer_than_200_characters_is_refused()
    {
        var result = new SearchChildren.Validator().Validate(new SearchChildren.Query(new string('a', 201)));
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Q" }));
    }

    [TestCase("short", false)]
    [TestCase("twelve-chars", true)]
    [TestCase(null, false)]
    public void A_reset_password_has_at_least_12_characters(string? password, bool valid) =>
        Assert.That(new ResetPassword.Validator().Validate(new ResetPassword.Command { Id = Guid.NewGuid(), NewPassword = password }).IsValid,
            Is.EqualTo(valid));

    [Test]
    public void The_audit_list_is_paged_by_key_within_bounds_over_a_period_in_order()
    {
        var result = new ListAudit.Validator().Validate(new ListAudit.Query
        {
            After = 0, PageSize = 500, From = new DateOnly(2026, 11, 30), To = new DateOnly(2026, 11, 1),
        });
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "After", "PageSize", "To" }));
    }
}
