using Stopwatch = System.Diagnostics.Stopwatch;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Activities;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using CaseManagement.Domain.Reference;
using CaseManagement.Domain.Referrals;
using CaseManagement.Domain.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Benchmarks.Seeding;

/// <summary>How big a synthetic unit is.</summary>
public sealed record SeedSize(int Children, int Cases, int FollowUps)
{
    public int Referrals => Cases * 2 / 5;
    public int Services => Cases * 4 / 5;
    public int EpsPlacements => Children / 50;
    public int Kafalas => Children / 200;
}

/// <summary>
/// Writes a synthetic, internally consistent unit into a SQLite file through the real model (the entities' own methods,
/// the migrations, the DbContext): five years of reports ending in October 2026, opened, assessed, planned, closed and
/// reopened along the pathway, with their follow-ups, referrals, services, EPS and kafala placements, and activities.
/// Each case also gets a note and the audit lines its work would leave (created, read, changed, printed); the reminders
/// due at <see cref="Now"/> are written by the real reminder run. Invented names only; a fixed random seed makes two
/// runs identical.
/// </summary>
public static class UnitSeeder
{
    public const string TimeZone = Unit.DefaultTimeZone;

    /// <summary>The moment the synthetic unit stands at: 1 November 2026, 06:00 in Casablanca (October's report is due).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 5, 0, 0, TimeSpan.Zero);

    private const int Batch = 2000;
    private static readonly string[] Given = ["Amine", "Salma", "Youssef", "Hiba", "Rayan", "Imane", "Anas", "Nour", "Karim", "Zineb", "Sami", "Aya", "Ilyas", "Douae", "Hamza", "Meryem"];
    private static readonly string[] Family = ["Bennani", "Alaoui", "Tazi", "Idrissi", "Fassi", "Berrada", "Chraibi", "Lahlou", "Sefrioui", "Ouazzani", "Kettani", "Naciri"];
    private static readonly string[] GivenAr = ["أمين", "سلمى", "يوسف", "هبة", "ريان", "إيمان", "أنس", "نور", "كريم", "زينب", "سامي", "آية"];
    private static readonly string[] FamilyAr = ["بناني", "العلوي", "التازي", "الإدريسي", "الفاسي", "برادة", "الشرايبي", "لحلو"];

    /// <summary>
    /// The password of every synthetic account (superviseur1@synthetic.invalid, travailleur1…52@synthetic.invalid), so
    /// that the app can be used and loaded on the file. Invented data on one's own machine only.
    /// </summary>
    public const string SyntheticPassword = "Synthetique-2026";

    /// <summary>Gives the synthetic accounts <see cref="SyntheticPassword"/> (files seeded before they had one).</summary>
    public static async Task SetPasswordsAsync(string file)
    {
        await using var db = new CaseDbContext(Options(file));
        var hasher = new PasswordHasher<AppUser>();
        foreach (var user in await db.Users.Where(u => u.Email!.EndsWith("@synthetic.invalid")).ToListAsync())
        {
            user.NormalizedEmail = user.Email!.ToUpperInvariant(); // sign-in finds accounts by it
            user.PasswordHash = hasher.HashPassword(user, SyntheticPassword);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>The connection the application would open on that file (same settings and pragmas).</summary>
    public static DbContextOptions<CaseDbContext> Options(string file)
    {
        var options = new DbContextOptionsBuilder<CaseDbContext>();
        options.UseEmbeddedSqlite(DataRegistration.SqliteConnectionString($"Data Source={file}", Path.GetDirectoryName(Path.GetFullPath(file))!), commandTimeoutSeconds: 600);
        return options.Options;
    }

    public static async Task<Guid> SeedAsync(string file, SeedSize size, int seed = 20261101, TextWriter? log = null)
    {
        if (File.Exists(file))
            File.Delete(file);
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        await using (var db = new CaseDbContext(Options(file)))
            await db.Database.MigrateAsync();

        var (unitId, supervisor, workers, partners, establishments, communes) = await ReferenceAsync(file);
        var children = await ChildrenAsync(file, unitId, size, random, communes);
        log?.WriteLine($"  reference data and {children.Count:N0} children in {watch.Elapsed.TotalSeconds:F0} s");

        var cases = await CasesAsync(file, unitId, supervisor, workers, partners, children, size, random);
        log?.WriteLine($"  {size.Cases:N0} cases, {size.Referrals:N0} referrals, {size.Services:N0} services in {watch.Elapsed.TotalSeconds:F0} s");

        await FollowUpsAsync(file, unitId, cases, size.FollowUps, random);
        log?.WriteLine($"  {size.FollowUps:N0} follow-ups in {watch.Elapsed.TotalSeconds:F0} s");

        await PlacementsAsync(file, unitId, workers, establishments, children, size, random);
        await ActivitiesAsync(file, unitId, supervisor, communes, random);
        var audit = await NotesAndAuditAsync(file, unitId, supervisor, cases, random);
        await SetPasswordsAsync(file);
        log?.WriteLine($"  placements, activities, {cases.Count(c => c.Worker is not null):N0} notes, {audit:N0} audit lines in {watch.Elapsed.TotalSeconds:F0} s");
        await using (var db = new CaseDbContext(Options(file)))
        {
            var reminders = await new Application.Features.Notifications.RunReminders.Handler(db, new FixedClock(Now))
                .Handle(new Application.Features.Notifications.RunReminders.Command(), CancellationToken.None);
            log?.WriteLine($"  {reminders.Created:N0} reminders written by the reminder run in {watch.Elapsed.TotalSeconds:F0} s");
        }

        await using (var db = new CaseDbContext(Options(file)))
        {
            await db.Database.ExecuteSqlRawAsync(DataRegistration.SqliteOptimize); // as the application does once migrated
        }

        SqliteConnection.ClearAllPools();
        log?.WriteLine($"  planner statistics in {watch.Elapsed.TotalSeconds:F0} s ({new FileInfo(file).Length / 1048576.0:F0} MB)");
        return unitId;
    }

    private static DateOnly Day(DateTimeOffset at) => UnitClock.LocalDate(at, TimeZone);

    private static async Task<(Guid Unit, Guid Supervisor, Guid[] Workers, Guid[] Partners, Guid[] Establishments, string[] Communes)> ReferenceAsync(string file)
    {
        await using var db = new CaseDbContext(Options(file));
        var province = Province.Create("481", "Sidi Kacem", "سيدي قاسم");
        var unit = Unit.Create("UPE Sidi Kacem (synthétique)", "وحدة حماية الطفولة (تركيبية)", "SK", province.Id);
        db.Provinces.Add(province);
        db.Units.Add(unit);
        var communeList = CommuneSeed.SidiKacem();
        db.Communes.AddRange(communeList);
        var roles = new[] { Roles.SocialWorker, Roles.Supervisor }.Select(r => new IdentityRole<Guid>(r) { Id = Guid.NewGuid(), NormalizedName = r.ToUpperInvariant() }).ToList();
        db.Roles.AddRange(roles);
        AppUser User(string name, int n) => new()
        {
            Id = Guid.NewGuid(), UserName = $"{name}{n}@synthetic.invalid", NormalizedUserName = $"{name}{n}@SYNTHETIC.INVALID", Email = $"{name}{n}@synthetic.invalid",
            NormalizedEmail = $"{name}{n}@SYNTHETIC.INVALID",
            DisplayName = $"{name} {n}", UnitId = unit.Id, SecurityStamp = Guid.NewGuid().ToString(),
        };
        var supervisor = User("superviseur", 1);
        var workers = Enumerable.Range(1, 52).Select(n => User("travailleur", n)).ToArray();
        db.Users.Add(supervisor);
        db.Users.AddRange(workers);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = supervisor.Id, RoleId = roles[1].Id });
        db.UserRoles.AddRange(workers.Select(w => new IdentityUserRole<Guid> { UserId = w.Id, RoleId = roles[0].Id }));
        var partners = Enum.GetValues<PartnerType>().Select(t => new Partner($"Partenaire {t} (synthétique)", $"شريك {t}", t, ["Service"], null, null)).ToArray();
        db.Partners.AddRange(partners);
        var establishments = Enumerable.Range(1, 5).Select(i => new Establishment($"EPS synthétique {i}", $"مؤسسة {i}", EstablishmentCategory.ChildProtectionCentre, 60)).ToArray();
        db.Establishments.AddRange(establishments);
        await db.SaveChangesAsync();
        return (unit.Id, supervisor.Id, workers.Select(w => w.Id).ToArray(), partners.Select(p => p.Id).ToArray(), establishments.Select(e => e.Id).ToArray(),
            communeList.Select(c => c.Code).ToArray());
    }

    private sealed record SeededChild(Guid Id, string FileNumber, DateOnly? Born, DateTimeOffset Registered);

    private static async Task<List<SeededChild>> ChildrenAsync(string file, Guid unitId, SeedSize size, Random random, string[] communes)
    {
        var children = new List<SeededChild>(size.Children);
        var sequences = new Dictionary<int, int>();
        var span = (Now - Now.AddYears(-5)).TotalMinutes;
        await using var db = new CaseDbContext(Options(file));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var pending = 0;
        for (var i = 0; i < size.Children; i++)
        {
            var registered = Now.AddYears(-5).AddMinutes(random.NextDouble() * span);
            var today = Day(registered);
            var age = random.Next(0, 18);
            DateOnly? born = random.Next(20) == 0 ? null : today.AddYears(-age).AddDays(-random.Next(0, 360));
            var year = today.Year;
            sequences[year] = sequences.GetValueOrDefault(year) + 1;
            var number = FileNumber.Format("SK", year, sequences[year]);
            var details = new ChildDetails
            {
                GivenName = Given[random.Next(Given.Length)], FamilyName = Family[random.Next(Family.Length)],
                GivenNameAr = GivenAr[random.Next(GivenAr.Length)], FamilyNameAr = FamilyAr[random.Next(FamilyAr.Length)],
                Sex = random.Next(2) == 0 ? Sex.Female : Sex.Male, DateOfBirth = born, DateOfBirthEstimated = random.Next(4) == 0,
                Nationality = random.Next(40) == 0 ? "SN" : "MA", CommuneCode = random.Next(25) == 0 ? null : communes[random.Next(communes.Length)],
                Schooling = (SchoolingStatus)random.Next(6), HasDisability = random.Next(30) == 0,
                CivilRegistration = new CivilRegistration { IsRegistered = random.Next(15) != 0 },
            };
            var child = Child.Register(unitId, number, details, Guid.Empty, registered, today);
            db.Children.Add(child);
            children.Add(new SeededChild(child.Id, number, born, registered));
            if (++pending == Batch * 2)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        await db.SaveChangesAsync();
        var unit = unitId.ToString().ToUpperInvariant();
        foreach (var (year, last) in sequences)
            await db.Database.ExecuteSqlAsync($"INSERT INTO FileNumberSequences (UnitId, Year, Last) VALUES ({unit}, {year}, {last})");
        return children;
    }

    private sealed record SeededCase(Guid Id, Guid? Worker, DateOnly From, DateOnly To);

    private static async Task<List<SeededCase>> CasesAsync(string file, Guid unitId, Guid supervisor, Guid[] workers, Guid[] partners,
        List<SeededChild> children, SeedSize size, Random random)
    {
        var seeded = new List<SeededCase>(size.Cases);
        var caseCount = new Dictionary<Guid, int>();
        var concerns = ProtectionConcerns.All;
        var referralEvery = (double)size.Cases / Math.Max(1, size.Referrals);
        var serviceEvery = (double)size.Cases / Math.Max(1, size.Services);
        double referralDebt = 0, serviceDebt = 0;
        await using var db = new CaseDbContext(Options(file));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var pending = 0;
        for (var i = 0; i < size.Cases; i++)
        {
            var child = children[i < children.Count ? i : random.Next(children.Count)];
            var span = (Now - child.Registered).TotalMinutes;
            var received = i < children.Count ? child.Registered : child.Registered.AddMinutes(random.NextDouble() * span);
            var worker = workers[random.Next(workers.Length)];
            var n = caseCount[child.Id] = caseCount.GetValueOrDefault(child.Id) + 1;
            var primary = concerns[random.Next(concerns.Count)];
            var others = random.Next(3) == 0 ? new[] { concerns[random.Next(concerns.Count)] } : [];
            var intake = new Intake
            {
                ReceivedAt = received, Channel = (IntakeChannel)random.Next(6), Source = (ReferralSource)random.Next(16), PlaceOfOccurrence = (PlaceOfOccurrence)random.Next(8),
                PerpetratorRelationship = random.Next(3) == 0 ? (PerpetratorRelationship)random.Next(10) : null, Summary = "Situation synthétique.",
            };
            var recorded = received.AddHours(random.Next(20) == 0 ? random.Next(170, 400) : random.Next(0, 6));
            recorded = recorded > Now ? Now : recorded;
            var @case = Case.Receive(unitId, child.Id, $"{child.FileNumber}/{n}", intake, [primary, .. others.Where(o => o != primary)], primary,
                random.Next(8) == 0, (RiskLevel)random.Next(3), worker, recorded, Day(received), Day(recorded));
            @case.AssignTo(worker, worker, recorded);
            var at = recorded;
            DateTimeOffset Step(double maxDays) => at = at.AddMinutes(random.NextDouble() * maxDays * 1440);
            var end = Day(Now);
            if (Step(3) < Now)
            {
                if (random.Next(10) == 0)
                {
                    @case.MoveTo(CaseStatus.NotRetained, null, worker, at, Day(at), (NotRetainedReason)random.Next(6));
                }
                else
                {
                    @case.MoveTo(CaseStatus.Open, null, worker, at, Day(at));
                    if (Step(25) < Now)
                        @case.RecordAssessment([new AssessmentFinding { Domain = AssessmentDomain.Safety, ConcernLevel = ConcernLevel.Medium }], (RiskLevel)random.Next(3), null, worker, at, Day(at));
                    if (Step(35) < Now && @case.Status == CaseStatus.UnderAssessment)
                    {
                        @case.DraftPlan(["Objectif synthétique"], [], null);
                        @case.SubmitPlan(worker, at);
                        @case.DecidePlan(true, null, supervisor, at.AddHours(2), Day(at.AddHours(2)));
                        if (Step(10) < Now)
                            @case.MoveTo(CaseStatus.InCare, null, worker, at, Day(at));
                    }

                    if (@case.IsActive && Step(700) < Now)
                    {
                        @case.RequestClosure((ClosureReason)random.Next(9), "Synthèse synthétique.", worker, at);
                        @case.DecideClosure(true, null, supervisor, at.AddHours(3), Day(at.AddHours(3)));
                        end = Day(at);
                        if (random.Next(15) == 0 && Step(200) < Now)
                        {
                            @case.MoveTo(CaseStatus.Reopened, "Nouveau signalement (synthétique)", worker, at, Day(at));
                            @case.MoveTo(CaseStatus.Open, null, worker, at.AddMinutes(5), Day(at.AddMinutes(5)));
                            end = Day(Now);
                        }
                    }
                }
            }

            db.Cases.Add(@case);
            var from = Day(received);
            seeded.Add(new SeededCase(@case.Id, @case.TakenInChargeOn is null ? null : worker, from, end < from ? from : end));

            if (@case.TakenInChargeOn is { } opened && (referralDebt += 1) >= referralEvery)
            {
                referralDebt -= referralEvery;
                var sentAt = UnitClock.StartOf(opened, TimeZone).AddDays(random.Next(1, 40)).AddHours(10);
                if (sentAt < Now)
                {
                    var referral = new Referral(@case.Id, unitId, partners[random.Next(partners.Length)], "Service", "Orientation synthétique", null, true, "Mère", Day(sentAt), null, worker, sentAt);
                    referral.MoveTo(ReferralStatus.Sent, null, null, null, Day(sentAt), sentAt);
                    var answerAt = sentAt.AddDays(random.Next(5, 60));
                    if (answerAt < Now && random.Next(3) != 0)
                    {
                        referral.MoveTo(ReferralStatus.Accepted, null, null, null, Day(answerAt), answerAt);
                        referral.MoveTo(ReferralStatus.ServiceDelivered, null, null, null, Day(answerAt), answerAt);
                        referral.MoveTo(ReferralStatus.FeedbackReceived, "Retour synthétique", null, null, Day(answerAt), answerAt);
                    }

                    db.Referrals.Add(referral);
                }
            }

            for (serviceDebt += 1; serviceDebt >= serviceEvery && @case.TakenInChargeOn is { } start; serviceDebt -= serviceEvery)
            {
                var date = start.AddDays(random.Next(0, 90));
                if (date > end)
                    continue;
                var unitService = random.Next(3) != 0;
                db.ServiceDeliveries.Add(new ServiceDelivery(@case.Id, unitId, child.Id, date, (ServiceType)random.Next(12), unitService ? ServiceDeliverer.Unit : ServiceDeliverer.Partner,
                    unitService ? null : partners[random.Next(partners.Length)], null, worker, UnitClock.StartOf(date, TimeZone).AddHours(15), date));
            }

            if (++pending == Batch)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        await db.SaveChangesAsync();
        return seeded;
    }

    /// <summary>A note on every case taken in charge (one in five restricted) and the audit lines of its work.</summary>
    private static async Task<int> NotesAndAuditAsync(string file, Guid unitId, Guid supervisor, List<SeededCase> cases, Random random)
    {
        await using var db = new CaseDbContext(Options(file));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var lines = 0;
        var pending = 0;
        foreach (var c in cases)
        {
            var start = UnitClock.StartOf(c.From, TimeZone).AddHours(9);
            var span = Math.Max(1, c.To.DayNumber - c.From.DayNumber);
            DateTimeOffset Later() => start.AddMinutes(random.Next(span * 1440));
            var by = c.Worker ?? supervisor;
            db.AuditEntries.Add(new AuditEntry(start, by, AuditAction.Create, nameof(Case), c.Id, unitId, "127.0.0.1"));
            lines++;
            for (var r = random.Next(2, 7); r > 0; r--, lines++)
                db.AuditEntries.Add(new AuditEntry(Later(), random.Next(3) == 0 ? supervisor : by, AuditAction.Read, nameof(Case), c.Id, unitId, "127.0.0.1"));
            if (c.Worker is { } worker)
            {
                var at = Later();
                var note = new CaseNote(c.Id, unitId, "Entretien avec la famille (synthétique).", random.Next(5) == 0 ? NoteSensitivity.Restricted : NoteSensitivity.Normal, worker, at);
                db.CaseNotes.Add(note);
                db.AuditEntries.Add(new AuditEntry(at, worker, AuditAction.Create, nameof(CaseNote), note.Id, unitId, "127.0.0.1"));
                db.AuditEntries.Add(new AuditEntry(Later(), worker, AuditAction.Update, nameof(Case), c.Id, unitId, "127.0.0.1", "Status"));
                lines += 2;
            }

            if (++pending == Batch)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        await db.SaveChangesAsync();
        return lines;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async Task FollowUpsAsync(string file, Guid unitId, List<SeededCase> cases, int count, Random random)
    {
        var open = cases.Where(c => c.Worker is not null).ToList();
        if (open.Count == 0)
            return;
        var today = Day(Now);
        await using var db = new CaseDbContext(Options(file));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var c = open[random.Next(open.Count)];
            var days = Math.Max(1, c.To.DayNumber - c.From.DayNumber);
            var due = c.From.AddDays(random.Next(days + 30));
            var created = UnitClock.StartOf(c.From, TimeZone).AddHours(12);
            var followUp = new FollowUp(c.Id, unitId, (FollowUpKind)random.Next(5), FollowUpPurpose.Manual, due, c.Worker, null, c.Worker!.Value, created);
            if (due < today && random.Next(10) != 0)
                followUp.Complete("Fait (synthétique)", c.Worker.Value, UnitClock.StartOf(due, TimeZone).AddHours(14));
            db.FollowUps.Add(followUp);
            if (i % (Batch * 5) == Batch * 5 - 1)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
    }

    private static async Task PlacementsAsync(string file, Guid unitId, Guid[] workers, Guid[] establishments, List<SeededChild> children, SeedSize size, Random random)
    {
        await using var db = new CaseDbContext(Options(file));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var inEps = new HashSet<Guid>(); // one open EPS placement per child, as the model holds
        for (var i = 0; i < size.EpsPlacements; i++)
        {
            var child = children[random.Next(children.Count)];
            if (inEps.Contains(child.Id))
                continue;
            var worker = workers[random.Next(workers.Length)];
            var admitted = Day(child.Registered).AddDays(random.Next(0, 60));
            if (admitted >= Day(Now))
                continue;
            var at = UnitClock.StartOf(admitted, TimeZone).AddHours(11);
            var placement = EpsPlacement.Admit(unitId, child.Id, null, establishments[random.Next(establishments.Length)], worker, admitted, false,
                EpsLegalBasis.Administrative, null, null, worker, at);
            placement.UpdateProject(admitted.AddDays(random.Next(10, 200)), "Projet synthétique", null);
            if (random.Next(4) == 0)
                placement.RecordIncident(new Incident { Date = admitted.AddDays(random.Next(1, 120)), Kind = (IncidentKind)random.Next(4), Description = "Incident synthétique" }, worker, at);
            var exit = admitted.AddDays(random.Next(30, 900));
            if (exit < Day(Now))
                placement.Exit(exit, (EpsExitReason)random.Next(6), null, worker, at);
            else
                inEps.Add(child.Id);
            db.EpsPlacements.Add(placement);
        }

        for (var i = 0; i < size.Kafalas; i++)
        {
            var child = children[random.Next(children.Count)];
            var worker = workers[random.Next(workers.Length)];
            var start = Day(child.Registered);
            var at = UnitClock.StartOf(start, TimeZone).AddHours(11);
            var abroad = random.Next(3) == 0;
            var kafala = KafalaPlacement.Open(unitId, child.Id, null, worker, new AbandonmentJudgment(),
                [new Kafil { Kind = KafilKind.Couple, FullName = "Kafil synthétique", CountryOfResidence = abroad ? "FR" : "MA" }], new KafalaProcedure(), false, worker, at);
            var step = start;
            foreach (var status in new[] { KafalaStatus.RequestFiled, KafalaStatus.CommissionInquiry, KafalaStatus.OrderIssued, KafalaStatus.HandedOver })
            {
                step = step.AddDays(random.Next(10, 90));
                if (step >= Day(Now))
                    break;
                kafala.MoveTo(status, step, status == KafalaStatus.OrderIssued ? "KF-SYN" : null, null, worker, at);
            }

            if (kafala.Status == KafalaStatus.HandedOver && abroad && step.AddDays(60) < Day(Now))
                kafala.MoveTo(KafalaStatus.AuthorisedToLeave, step.AddDays(60), "AUT-SYN", "FR", worker, at);
            db.KafalaPlacements.Add(kafala);
        }

        await db.SaveChangesAsync();
    }

    private static async Task ActivitiesAsync(string file, Guid unitId, Guid supervisor, string[] communes, Random random)
    {
        await using var db = new CaseDbContext(Options(file));
        for (var day = Day(Now.AddYears(-5)); day < Day(Now); day = day.AddDays(random.Next(2, 5)))
        {
            var type = (ActivityType)random.Next(4);
            var at = UnitClock.StartOf(day, TimeZone).AddHours(18);
            db.Activities.Add(Activity.Record(unitId, day, type, type == ActivityType.CoordinationMeeting ? (CoordinationKind)random.Next(4) : null, "Lieu synthétique",
                communes[random.Next(communes.Length)], (Milieu)random.Next(2),
                new Participants { ChildrenFemale = random.Next(20), ChildrenMale = random.Next(20), ParentsFemale = random.Next(5), ParentsMale = random.Next(5), ProfessionalsFemale = random.Next(4), ProfessionalsMale = random.Next(4) },
                random.Next(1, 8), "Thème synthétique", null, type == ActivityType.AwarenessSession ? random.Next(0, 3) : null,
                type == ActivityType.Training ? [new Trainee { Name = "Professionnel synthétique", Certified = random.Next(2) == 0 }] : [], supervisor, at, day));
        }

        await db.SaveChangesAsync();
    }
}
