namespace CaseManagement.Domain.Children;

/// <summary>Everything a social worker records about a child's identity and situation.</summary>
public sealed record ChildDetails
{
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? GivenNameAr { get; init; }
    public string? FamilyNameAr { get; init; }
    public Sex Sex { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public bool DateOfBirthEstimated { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code, <c>MA</c> for Moroccan children.</summary>
    public string Nationality { get; init; } = "MA";
    public CivilRegistration CivilRegistration { get; init; } = new();
    public string? CommuneCode { get; init; }
    public string? Address { get; init; }
    public SpokenLanguages SpokenLanguages { get; init; }
    public bool InterpreterNeeded { get; init; }
    public SchoolingStatus Schooling { get; init; }
    public bool HasDisability { get; init; }
    public string? DisabilityNotes { get; init; }
    public IReadOnlyList<FamilyMember> FamilyMembers { get; init; } = [];
}

/// <summary>Registration at the état civil (civil status).</summary>
public sealed record CivilRegistration
{
    public bool? IsRegistered { get; init; }
    public string? CommuneCode { get; init; }
    public int? Year { get; init; }
    public string? ActNumber { get; init; }
}

public sealed record FamilyMember
{
    public string Name { get; init; } = string.Empty;
    public FamilyRelationship Relationship { get; init; }
    public bool IsAlive { get; init; } = true;
    public bool IsCaregiver { get; init; }
    public string? Phone { get; init; }
}
