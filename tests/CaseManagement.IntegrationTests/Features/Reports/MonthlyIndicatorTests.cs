using CaseManagement.Application.Reports;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Features.Reports;

/// <summary>
/// The October 2026 figures of <see cref="ReportDataset"/>, worked out by hand from the dataset's story: every indicator
/// for the month, the year to date and October 2025, and every breakdown of the month.
/// </summary>
public sealed class MonthlyIndicatorTests
{
    private IndicatorSet _set = null!;
    private ReportDataset _data = null!;

    /// <summary>The dataset is written once for the fixture; its tests only read.</summary>
    [OneTimeSetUp]
    public async Task BuildAsync()
    {
        await TestApp.ResetAsync();
        _data = await ReportDataset.BuildAsync();
        await using var scope = TestApp.Factory.Services.CreateAsyncScope();
        _set = await scope.ServiceProvider.GetRequiredService<MonthlyIndicators>().ComputeAsync(TestApp.FirstUnitId, 2026, 10, CancellationToken.None);
    }

    [Test]
    public void Every_indicator_of_the_month_year_to_date_and_last_year_matches_the_dataset()
    {
        var counts = new Dictionary<string, (long Month, long? YearToDate, long LastYear)>
        {
            ["A1"] = (6, 8, 1), ["A2"] = (1, 1, 0), ["A3"] = (5, 6, 1), ["A4"] = (6, null, 1), ["A5"] = (1, 2, 1), ["A6"] = (1, 1, 0), ["A7"] = (2, 2, 0),
            ["B3.1"] = (1, 1, 0), ["B3.2"] = (1, 1, 0), ["B3.3"] = (1, 1, 0), ["B3.4"] = (1, 1, 0), ["B3.5"] = (1, 1, 0),
            ["C5.30"] = (1, null, 0), ["C5.90"] = (0, null, 0),
            ["D1"] = (4, 5, 1), ["D1.1"] = (4, 5, 1), ["D2"] = (1, 3, 0),
            ["E1"] = (1, 1, 0), ["E2"] = (1, null, 0), ["E3"] = (1, 1, 0), ["E4"] = (1, 1, 0),
            ["F1"] = (1, 2, 0), ["F1.1"] = (1, 1, 0), ["F1.2"] = (1, null, 0), ["F3"] = (1, 1, 0), ["F3.1"] = (1, 1, 0), ["F4"] = (1, 1, 0),
            ["G3"] = (1, 3, 0), ["G3.1"] = (1, 1, 0), ["G4"] = (2, null, 0), ["G4.1"] = (1, null, 0), ["G4.2"] = (1, 2, 0), ["G4.3"] = (0, 1, 0),
            ["G4.4"] = (1, null, 0), ["G5"] = (1, 1, 0), ["G5.1"] = (1, 1, 0), ["G6"] = (1, 1, 0), ["G6.1"] = (0, 0, 0),
            ["H1"] = (2, 3, 0), ["H1.1"] = (32, 34, 0), ["H1.2"] = (4, 4, 0), ["H1.3"] = (0, 0, 0), ["H1.4"] = (3, 3, 0), ["H2"] = (1, 1, 0),
            ["H3"] = (3, 3, 1), ["H3.1"] = (1, 1, 1), ["H3.3"] = (2, 2, 1), ["H4"] = (1, 1, 0), ["H4.1"] = (10, 10, 0),
            ["I3"] = (2, 2, 0),
        };
        var rates = new Dictionary<string, ((long, long) Month, (long, long)? YearToDate, (long, long) LastYear)>
        {
            ["C1"] = ((3, 6), (5, 8), (1, 1)), ["C2"] = ((2, 2), (2, 2), (0, 0)), ["C3.1"] = ((2, 3), (2, 4), (1, 1)), ["C4"] = ((1, 2), (1, 3), (0, 1)),
            ["D3"] = ((1, 2), (1, 2), (0, 0)), ["D3.1"] = ((1, 2), (1, 2), (0, 0)), ["F2"] = ((1, 1), null, (0, 0)), ["I1"] = ((4, 5), (5, 6), (1, 1)),
        };
        var values = new Dictionary<string, ((decimal?, long) Month, (decimal?, long)? YearToDate, (decimal?, long)? LastYear)>
        {
            ["C3"] = ((7m, 3), (8.5m, 4), (10m, 1)),
            ["C6"] = ((199m, 1), (223m, 2), (34m, 1)),
            ["H3.2"] = ((6m, 1), (6m, 1), (4m, 1)),
            ["A4.1"] = ((6m, 1), null, null),
        };

        using (Assert.EnterMultipleScope())
        {
            foreach (var (code, (month, ytd, lastYear)) in counts)
            {
                var i = _set.Find(code);
                Assert.That(i, Is.Not.Null, code);
                Assert.That((i!.Month.N, i.YearToDate?.N, i.LastYear?.N), Is.EqualTo((month, ytd, lastYear)), code);
            }

            foreach (var (code, (month, ytd, lastYear)) in rates)
            {
                var i = _set.Find(code)!;
                Assert.That(i.Kind, Is.EqualTo(FigureKind.Rate), code);
                Assert.That(((i.Month.N, i.Month.Of!.Value), Pair(i.YearToDate), (i.LastYear!.N, i.LastYear.Of!.Value)), Is.EqualTo((month, ytd, lastYear)), code);
            }

            foreach (var (code, (month, ytd, lastYear)) in values)
            {
                var i = _set.Find(code)!;
                Assert.That(((i.Month.Value, i.Month.N), Value(i.YearToDate), Value(i.LastYear)), Is.EqualTo((month, ytd, lastYear)), code);
            }
        }

        Assert.That(_set.Indicators.Select(i => i.Code), Is.EquivalentTo(counts.Keys.Concat(rates.Keys).Concat(values.Keys)), "no indicator is left untested");
    }

    [Test]
    public void Every_breakdown_of_the_month_matches_the_dataset()
    {
        var expected = new Dictionary<string, string>
        {
            ["A1.source"] = "Child:1 Community:1 School:1 Health:1 Police:2 | 6",
            ["A1.channel"] = "InPerson:2 Phone:3 Hotline:1 | 6",
            ["A2.reason"] = "Duplicate:1 | 1",
            ["A3.age"] = "<1:0/1/1 5-9:0/1/1 10-14:1/0/1 15-17:1/0/1 ?:0/1/1 | 2/3/5",
            ["A5.reason"] = "ObjectivesReached:1 | 1",
            ["B1.primary"] = "V-PHY:1/0/1 NEG:0/2/2 ABD:1/0/1 RUE:0/1/1 | 2/3/5",
            ["B1.all"] = "V-PHY:1/0/1 NEG:0/2/2 ABD:1/0/1 RUE:0/1/1 MIG:0/1/1 CFL:0/1/1 SCO:1/0/1 | 2/3/5",
            ["B2.commune"] = "481.01.11:1/1/2 SK-R01:0/1/1 SK-R02:1/0/1 ?:0/1/1 | 2/3/5",
            ["B2.milieu"] = "Urban:1/1/2 Rural:1/1/2 ?:0/1/1 | 2/3/5",
            ["B4.place"] = "Home:1 School:1 Street:3 | 5",
            ["B4.perpetrator"] = "Parent:1 ?:4 | 5",
            ["D1.type"] = "PsychosocialSupport:1 LegalAid:1 CourtAccompaniment:1 PostReintegrationFollowUp:1 | 4",
            ["D2.partner"] = "Health:1 | 1",
            ["F1.exit"] = "FamilyReintegration:1 | 1",
            ["F1.eps"] = $"{_data.Establishment}:1 | 1",
            ["F4.kind"] = "Runaway:1 | 1",
            ["G3.kafil"] = "Couple:1 | 1",
            ["G5.country"] = "FR:1 | 1",
            ["G6.cause"] = "ReachedMajority:1 | 1",
            ["H1.participants"] = "Children:15/17/32 Parents:3/1/4 Professionals:0/0/0 | 18/18/36",
            ["H1.milieu"] = "Urban:1 Rural:1 | 2",
            ["H2.kind"] = "ProvincialCommittee:1 | 1",
        };

        using (Assert.EnterMultipleScope())
        {
            foreach (var (code, text) in expected)
                Assert.That(_set.Table(code) is { } t ? Describe(t) : "missing", Is.EqualTo(text), code);
            Assert.That(_set.Tables.Select(t => t.Code), Is.EquivalentTo(expected.Keys), "no table is left untested");
            Assert.That(_set.NewChildrenByMonth.Select(m => $"{m.Year}-{m.Month}:{m.Value}"), Is.EqualTo(new[]
            {
                "2025-11:0", "2025-12:0", "2026-1:0", "2026-2:0", "2026-3:1", "2026-4:0", "2026-5:0", "2026-6:0", "2026-7:0", "2026-8:0", "2026-9:0", "2026-10:5",
            }));
            Assert.That(_set.Names["Commune:SK-R01"], Is.EqualTo(new Names("Ain Dfali", "عين الدفالي")));
            foreach (var table in _set.Tables.Where(t => t.RowIndicators is not null))
            {
                foreach (var (row, code) in table.RowIndicators!)
                    Assert.That(table.Rows.Single(r => r.Key == row).Cells[^1], Is.EqualTo(_set.Find(code)!.Month.N), $"{table.Code} {row} is {code}");
            }

            foreach (var table in _set.Tables.Where(t => t.TotalOf is not null))
                Assert.That(table.Total.Cells[^1], Is.EqualTo(_set.Find(table.TotalOf!)!.Month.N), $"{table.Code} total is {table.TotalOf}");
            Assert.That(_set.Names[$"Establishment:{_data.Establishment}"].Fr, Is.EqualTo("EPS Al Amal (fictif)"));
        }
    }

    private static (long, long)? Pair(Figure? f) => f is null ? null : (f.N, f.Of!.Value);

    private static (decimal?, long)? Value(Figure? f) => f is null ? null : (f.Value, f.N);

    private static string Describe(IndicatorTable t) =>
        string.Join(" ", t.Rows.Select(r => $"{r.Key}:{string.Join("/", r.Cells)}")) + " | " + string.Join("/", t.Total.Cells);
}
