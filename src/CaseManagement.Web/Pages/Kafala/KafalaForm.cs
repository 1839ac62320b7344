using CaseManagement.Domain.Placements;

namespace CaseManagement.Web.Pages.Kafala;

/// <summary>The kafala form shared by the create and edit pages; empty kafil rows are dropped.</summary>
public sealed class KafalaForm
{
    public AbandonmentJudgment Abandonment { get; set; } = new();
    public List<Kafil> Kafils { get; set; } = [];
    public KafalaProcedure Procedure { get; set; } = new();
    public KafalaAbroad Abroad { get; set; } = new();
    public bool HasConcerns { get; set; }

    public List<Kafil> FilledKafils() =>
        Kafils.Where(k => !string.IsNullOrWhiteSpace(k.FullName))
            .Select(k => k with
            {
                CountryOfResidence = string.IsNullOrWhiteSpace(k.CountryOfResidence) ? "MA" : k.CountryOfResidence.Trim().ToUpperInvariant(),
                Nationality = string.IsNullOrWhiteSpace(k.Nationality) ? null : k.Nationality.Trim().ToUpperInvariant(),
            }).ToList();

    public KafalaAbroad CleanAbroad() =>
        Abroad with { DestinationCountry = string.IsNullOrWhiteSpace(Abroad.DestinationCountry) ? null : Abroad.DestinationCountry.Trim().ToUpperInvariant() };
}
