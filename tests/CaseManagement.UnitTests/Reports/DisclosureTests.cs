using CaseManagement.Application.Reports;

namespace CaseManagement.UnitTests.Reports;

public sealed class DisclosureTests
{
    private static Indicator Count(string code, long month, long? ytd = null, long? lastYear = null) =>
        new(code, FigureKind.Count, Figure.Count(month), ytd is null ? null : Figure.Count(ytd.Value), Figure.Count(lastYear ?? 0));

    private static IndicatorTable Counts(string code, string totalOf, params (string Key, long N)[] rows) =>
        new(code, "Test", IndicatorTable.CountOnly, rows.Select(r => new TableRow(r.Key, [r.N])).ToList(), new TableRow("T", [rows.Sum(r => r.N)])) { TotalOf = totalOf };

    private static IndicatorTable BySex(string code, params (string Key, long F, long M)[] rows) =>
        new(code, "Test", IndicatorTable.BySex, rows.Select(r => new TableRow(r.Key, [r.F, r.M, r.F + r.M])).ToList(),
            new TableRow("T", [rows.Sum(r => r.F), rows.Sum(r => r.M), rows.Sum(r => r.F + r.M)])) { TotalOf = "A3" };

    private static IndicatorSet Set(IEnumerable<Indicator> indicators, params IndicatorTable[] tables) => new() { Indicators = indicators.ToList(), Tables = tables };

    [TestCase(0, false)]
    [TestCase(1, true)]
    [TestCase(4, true)]
    [TestCase(5, false)]
    public void Counts_from_one_to_four_are_withheld_and_zero_is_shown(long n, bool withheld)
    {
        var indicator = Count("A7", n, n, n);
        var disclosure = Disclosure.Protect(Set([indicator]));
        Assert.That(disclosure.IsSuppressed(indicator, ReportColumn.Month), Is.EqualTo(withheld));
        Assert.That(disclosure.IsSuppressed(indicator, ReportColumn.LastYear), Is.EqualTo(withheld));
    }

    [Test]
    public void A_single_small_cell_takes_the_next_smallest_of_its_column_with_it_so_the_total_cannot_give_it_back()
    {
        var a1 = Count("A1", 3 + 12 + 20);
        var table = Counts("A1.source", "A1", ("Police", 3), ("School", 12), ("Family", 20));

        var disclosure = Disclosure.Protect(Set([a1], table));

        Assert.That(Enumerable.Range(0, 3).Select(r => disclosure.IsSuppressed(table, r, 0)), Is.EqualTo(new[] { true, true, false }));
        Assert.That(disclosure.IsSuppressed(table, -1, 0), Is.False, "the total stays: 35 − 20 gives 15, not the 3");
        Assert.That(disclosure.IsSuppressed(a1, ReportColumn.Month), Is.False);
    }

    [Test]
    public void When_nothing_else_can_hide_it_the_total_is_withheld_here_and_where_the_indicator_repeats_it()
    {
        var d1 = Count("D1", 3);
        var table = Counts("D1.type", "D1", ("LegalAid", 3), ("MaterialAid", 0));

        var disclosure = Disclosure.Protect(Set([d1], table));

        Assert.That(disclosure.IsSuppressed(table, 0, 0) && disclosure.IsSuppressed(table, -1, 0), Is.True);
        Assert.That(disclosure.IsSuppressed(table, 1, 0), Is.False, "a zero identifies nobody");
        Assert.That(disclosure.IsSuppressed(d1, ReportColumn.Month), Is.True, "the key figure is the same cell as the table's total");
    }

    [Test]
    public void A_small_sex_cell_hides_its_pair_in_the_row_and_cells_shared_between_tables_are_withheld_everywhere()
    {
        var a3 = Count("A3", 26);
        var age = BySex("A3.age", ("10-14", 2, 11), ("15-17", 6, 7));
        var commune = BySex("B2.commune", ("481.01.11", 8, 18));

        var disclosure = Disclosure.Protect(Set([a3], age, commune));

        Assert.That(disclosure.IsSuppressed(age, 0, 0), Is.True, "2 girls aged 10-14");
        Assert.That(disclosure.IsSuppressed(age, 0, 1), Is.True, "11 boys: else 13 − 11 gives the 2");
        var femaleTotalInAge = disclosure.IsSuppressed(age, -1, 0);
        Assert.That(disclosure.IsSuppressed(commune, -1, 0), Is.EqualTo(femaleTotalInAge), "the total of girls is one cell in both tables");
        AssertNoLineGivesBackOneCell(disclosure, age);
        AssertNoLineGivesBackOneCell(disclosure, commune);
    }

    [Test]
    public void A_table_where_children_count_in_several_rows_does_not_add_up_so_its_total_is_not_a_line()
    {
        var a3 = Count("A3", 10);
        var concerns = BySex("B1.all", ("NEG", 3, 5), ("SCO", 3, 4)) with { Total = new TableRow("T", [4, 6, 10]) };

        var disclosure = Disclosure.Protect(Set([a3], concerns));

        Assert.That(disclosure.IsSuppressed(a3, ReportColumn.Month), Is.False);
        Assert.That(disclosure.IsSuppressed(concerns, -1, 2), Is.False);
        Assert.That(disclosure.IsSuppressed(concerns, 0, 0) && disclosure.IsSuppressed(concerns, 1, 0), Is.True);
    }

    [Test]
    public void A_row_that_repeats_an_indicator_is_withheld_with_it()
    {
        var children = Count("H1.1", 32);
        var table = new IndicatorTable("H1.participants", "ParticipantCategory", IndicatorTable.BySex,
            [new TableRow("Children", [15, 17, 32]), new TableRow("Parents", [3, 1, 4])], new TableRow("T", [18, 18, 36]))
        {
            RowIndicators = new Dictionary<string, string> { ["Children"] = "H1.1" },
        };

        var disclosure = Disclosure.Protect(Set([children], table));

        Assert.That(disclosure.IsSuppressed(table, 0, 2), Is.True, "32 hides the parents' 4 in the total column");
        Assert.That(disclosure.IsSuppressed(children, ReportColumn.Month), Is.True, "so the indicator that repeats it is withheld too");
    }

    [TestCase(3, 4, true)]
    [TestCase(0, 0, false)]
    [TestCase(2, 5, false)]
    public void A_rate_over_fewer_than_five_cases_is_withheld(long n, long of, bool withheld)
    {
        var rate = new Indicator("C1", FigureKind.Rate, Figure.Rate(n, of), Figure.Rate(n, of), Figure.Rate(n, of));
        Assert.That(Disclosure.Protect(Set([rate])).IsSuppressed(rate, ReportColumn.Month), Is.EqualTo(withheld));
    }

    [Test]
    public void A_median_over_fewer_than_five_cases_is_withheld()
    {
        var median = new Indicator("C3", FigureKind.Median, Figure.Average(7, 3), Figure.Average(8.5m, 6), null);
        var disclosure = Disclosure.Protect(Set([median]));
        Assert.That((disclosure.IsSuppressed(median, ReportColumn.Month), disclosure.IsSuppressed(median, ReportColumn.YearToDate)), Is.EqualTo((true, false)));
    }

    [Test]
    public void On_random_tables_no_line_is_left_with_exactly_one_withheld_cell()
    {
        var random = new Random(20261101);
        for (var run = 0; run < 300; run++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 8)).Select(i => ($"R{i}", (long)random.Next(0, 9), (long)random.Next(0, 9))).ToArray();
            var table = BySex("A3.age", rows);
            var a3 = Count("A3", table.Total.Cells[2]);
            var disclosure = Disclosure.Protect(Set([a3], table));
            AssertNoLineGivesBackOneCell(disclosure, table);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    if (Disclosure.IsSmall(table.Rows[r].Cells[c]))
                        Assert.That(disclosure.IsSuppressed(table, r, c), Is.True);
                }
            }
        }
    }

    private static void AssertNoLineGivesBackOneCell(Disclosure disclosure, IndicatorTable table)
    {
        for (var r = -1; r < table.Rows.Count; r++)
            Assert.That(Enumerable.Range(0, 3).Count(c => disclosure.IsSuppressed(table, r, c)), Is.Not.EqualTo(1), $"row {r}");
        for (var c = 0; c < 3; c++)
            Assert.That(Enumerable.Range(-1, table.Rows.Count + 1).Count(r => disclosure.IsSuppressed(table, r, c)), Is.Not.EqualTo(1), $"column {c}");
    }
}
