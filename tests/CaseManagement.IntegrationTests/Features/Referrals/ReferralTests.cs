using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Referrals;

public sealed class ReferralTests : IntegrationTest
{
    [Test]
    public async Task A_referral_without_consent_is_refused_unless_a_supervisor_overrides_it_which_is_audited()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var partner = await world.PartnerAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);

        var refused = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/referrals", new
        {
            partnerId = partner, service = "Consultation pédiatrique", reason = "Suivi médical", consentGiven = false,
        });
        var noReason = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/referrals", new
        {
            partnerId = partner, service = "Consultation pédiatrique", reason = "Suivi médical", consentGiven = false,
        });
        var overridden = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/referrals", new
        {
            partnerId = partner, service = "Consultation pédiatrique", reason = "Suivi médical", consentGiven = false,
            consentOverrideReason = "Danger immédiat, parents injoignables",
        });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "who: only a supervisor overrides consent");
        Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "when: an override needs its reason");
        Assert.That(overridden.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var referralId = (await overridden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var audit = await TestApp.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.ConsentOverride));
        Assert.That(audit.SubjectId, Is.EqualTo(referralId));
        Assert.That(audit.UserId, Is.EqualTo(world.Supervisor.Id));
        Assert.That(await TestApp.WithDbAsync(db => db.Referrals.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task A_referral_with_consent_moves_through_its_statuses_and_expects_feedback_in_30_days()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var partner = await world.PartnerAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        var created = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/referrals", new
        {
            partnerId = partner, service = "Consultation pédiatrique", reason = "Bilan de santé", informationShared = "Âge, motif",
            consentGiven = true, consentGivenBy = "Mère", consentDate = "2026-11-28",
        });
        var referralId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var skip = await worker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "FeedbackReceived", feedback = "x" });
        foreach (var status in new[] { "Sent", "Accepted", "ServiceDelivered" })
            Assert.That((await worker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/status", new { status })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent), status);
        var noFeedback = await worker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "FeedbackReceived" });
        var feedback = await worker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "FeedbackReceived", feedback = "Enfant vu, RAS" });

        Assert.That(skip.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(noFeedback.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(feedback.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var stored = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        var referral = stored.GetProperty("referrals")[0];
        Assert.That(referral.GetProperty("status").GetString(), Is.EqualTo("FeedbackReceived"));
        Assert.That(referral.GetProperty("expectedResponseOn").GetString(), Is.EqualTo("2026-12-29"));
    }
}
