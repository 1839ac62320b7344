using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Retention;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Retention;

public sealed class RetentionTests : IntegrationTest
{
    /// <summary>A child of the given birth date with one case, closed on the day the clock says.</summary>
    private static async Task<Guid> ChildWithClosedCaseAsync(CaseWorld world, string given, DateOnly born, bool leaveOpen = false)
    {
        var child = await TestApp.SendAsync(new ChildBuilder().Named(given, "Fictif").NamedAr("اسم", "وهمي").BornOn(born).Build(), world.Worker);
        var id = (await TestApp.SendAsync(new CaseBuilder(child.Id).WithConcerns("NEG", "SCO").Build(), world.Worker)).Id;
        await world.Move(id, CaseStatus.Open);
        await TestApp.SendAsync(new AddNote.Command { CaseId = id, Text = $"Note sur {given}", Sensitivity = NoteSensitivity.ChildAccount }, world.Worker);
        if (!leaveOpen)
        {
            await TestApp.SendAsync(new RequestClosure.Command { CaseId = id, Reason = ClosureReason.ObjectivesReached, Summary = $"Synthèse {given}" }, world.Worker);
            await TestApp.SendAsync(new DecideClosure.Command { CaseId = id, Approved = true }, world.Supervisor);
        }

        return child.Id;
    }

    private static Task<List<string>> StatisticsAsync() =>
        TestApp.WithDbAsync(async db => (await (from c in db.Cases
                                                join ch in db.Children on c.ChildId equals ch.Id
                                                from concern in c.Concerns
                                                select new { ch.Sex, ch.BirthYear, ch.CommuneCode, concern.Code, c.Status }).ToListAsync())
            .Select(x => $"{x.Sex}|{x.BirthYear}|{x.CommuneCode}|{x.Code}|{x.Status}").Order().ToList());

    [Test]
    public async Task Retention_anonymises_only_adults_whose_every_case_closed_long_ago_and_keeps_the_statistics()
    {
        TestApp.Clock.AdjustTime(new DateTimeOffset(2020, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var world = await CaseWorld.CreateAsync();
        var eligible = await ChildWithClosedCaseAsync(world, "Ancien", new DateOnly(2005, 1, 10));
        var tooYoung = await ChildWithClosedCaseAsync(world, "Jeune", new DateOnly(2010, 1, 10));
        var stillOpen = await ChildWithClosedCaseAsync(world, "Ouvert", new DateOnly(2005, 1, 10), leaveOpen: true);
        TestApp.Clock.AdjustTime(new DateTimeOffset(2023, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var recent = await ChildWithClosedCaseAsync(world, "Recent", new DateOnly(2005, 1, 10));

        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
        var before = await StatisticsAsync();
        var result = await TestApp.SendAsync(new RunRetention.Command(5), null);
        var again = await TestApp.SendAsync(new RunRetention.Command(5), null);

        Assert.That(result.Anonymised, Is.EqualTo(1));
        Assert.That(again.Anonymised, Is.Zero, "already anonymised");
        var children = await TestApp.WithDbAsync(db => db.Children.ToDictionaryAsync(c => c.Id));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(children[eligible].GivenName, Is.Null);
            Assert.That(children[eligible].GivenNameAr, Is.Null);
            Assert.That(children[eligible].FamilyMembers, Is.Empty);
            Assert.That(children[eligible].DateOfBirth, Is.EqualTo(new DateOnly(2005, 1, 10)), "dates are kept");
            Assert.That(children[tooYoung].GivenName, Is.EqualTo("Jeune"));
            Assert.That(children[stillOpen].GivenName, Is.EqualTo("Ouvert"));
            Assert.That(children[recent].GivenName, Is.EqualTo("Recent"));
        }

        var notes = await TestApp.WithDbAsync(db => db.CaseNotes.Select(n => n.Text).ToListAsync());
        Assert.That(notes, Has.None.Contains("Ancien"));
        Assert.That(notes, Has.Some.Contains("Jeune"));
        var closure = await TestApp.WithDbAsync(db => db.Cases.Where(c => c.ChildId == eligible).Select(c => c.Closure!.Summary).SingleAsync());
        Assert.That(closure, Is.EqualTo("—"));
        Assert.That(await StatisticsAsync(), Is.EqualTo(before), "monthly statistics do not change");
        var audited = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Anonymise && a.SubjectId == eligible));
        Assert.That(audited, Is.EqualTo(1));
    }
}
