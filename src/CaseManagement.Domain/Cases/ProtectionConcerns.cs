namespace CaseManagement.Domain.Cases;

/// <summary>The protection concern codes of DOMAIN.md; stored as codes, labelled in the user's language.</summary>
public static class ProtectionConcerns
{
    public static readonly IReadOnlyList<string> All =
    [
        "V-PHY", "V-SEX", "V-PSY", "NEG", "ABD", "EXP-TRV", "EXP-MEN", "EXP-SEX", "TRT", "EXP-CRIM", "RUE", "MAR", "MIG",
        "CFL", "SDIF", "ECIV", "FAM", "HAND", "SCO", "ADD", "SM",
    ];

    private static readonly HashSet<string> Known = [.. All];

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);
}
