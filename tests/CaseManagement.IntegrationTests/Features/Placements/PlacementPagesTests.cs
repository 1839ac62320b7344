using System.Net;
using CaseManagement.Application.Features.Placements;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Placements;

public sealed class PlacementPagesTests : IntegrationTest
{
    [Test]
    public async Task A_kafala_is_opened_from_the_childs_file_and_moved_on_from_its_page()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var pages = await TestApp.PageClientAsync(worker);
        Assert.That(await pages.GetStringAsync($"/Children/Details/{child.Id}"), Does.Contain($"/Kafala/New/{child.Id}"));

        var created = await Forms.PostAsync(pages, $"/Kafala/New/{child.Id}", new Dictionary<string, string>
        {
            ["Form.Abandonment.Category"] = "AB1",
            ["Form.Kafils[0].Kind"] = "Woman", ["Form.Kafils[0].FullName"] = "Samira Idrissi (fictive)", ["Form.Kafils[0].CountryOfResidence"] = "fr",
            ["Form.Kafils[0].LegalConditionsVerified"] = "true",
            ["Form.Kafils[1].Kind"] = "Couple", ["Form.Kafils[1].FullName"] = "",
            ["Form.Procedure.OrderNumber"] = "OK-9",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()));
        var url = created.Headers.Location!.ToString();

        var moved = await Forms.PostAsync(pages, url, new Dictionary<string, string> { ["to"] = "RequestFiled", ["date"] = "2026-10-01" }, "Move");
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync(url));
        Assert.That(page, Does.Contain("Requête déposée").And.Contain("Samira Idrissi (fictive)").And.Contain("AB1"));
        var kafil = await TestApp.WithDbAsync(db => db.KafalaPlacements.Select(k => k.Kafils).SingleAsync());
        Assert.That(kafil.Single().CountryOfResidence, Is.EqualTo("FR"), "the empty second kafil is not stored; codes are upper-cased");
    }

    [Test]
    public async Task Admitting_to_a_full_establishment_through_the_page_shows_the_warning()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        var establishment = await TestApp.SendAsync(new SaveEstablishment.Command
        {
            Name = "Foyer (fictif)", NameAr = "دار", Category = EstablishmentCategory.AbandonedChildren, Capacity = 0,
        }, supervisor);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var pages = await TestApp.PageClientAsync(worker);

        var admitted = await Forms.PostAsync(pages, $"/Eps/Admit/{child.Id}", new Dictionary<string, string>
        {
            ["Data.EstablishmentId"] = establishment.ToString(), ["Data.AdmittedOn"] = "2026-11-01", ["Data.LegalBasis"] = "Administrative",
        });

        Assert.That(admitted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync(admitted.Headers.Location!.ToString()));
        Assert.That(page, Does.Contain("l'établissement a atteint sa capacité"));
        using var supervisorPages = await TestApp.PageClientAsync(supervisor);
        var establishmentPage = WebUtility.HtmlDecode(await supervisorPages.GetStringAsync($"/Eps/Establishment/{establishment}"));
        Assert.That(establishmentPage, Does.Contain(child.FileNumber), "supervisors see the children present");

        var reviewId = await TestApp.WithDbAsync(db => db.FollowUps.OrderBy(f => f.DueOn).Select(f => f.Id).FirstAsync());
        var rescheduled = await Forms.PostAsync(pages, admitted.Headers.Location!.ToString(), new Dictionary<string, string>
        {
            ["followUpId"] = reviewId.ToString(), ["change"] = "Rescheduled", ["dueOn"] = "2027-06-15",
        }, "Review");
        Assert.That(rescheduled.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.Id == reviewId).Select(f => f.DueOn).SingleAsync()), Is.EqualTo(new DateOnly(2027, 6, 15)));
    }
}
