namespace CaseManagement.Domain.Children;

/// <summary>
/// A child's file (dossier de l'enfant). It belongs to one unit and carries a file number that is never reused.
/// </summary>
public sealed class Child : IVersioned, IAudited
{
    private readonly List<FamilyMember> _familyMembers = [];
    private readonly List<ChildNameToken> _nameTokens = [];

    private Child()
    {
        FileNumber = SearchText = Nationality = string.Empty;
        CivilRegistration = new CivilRegistration();
    }

    public Guid Id { get; private set; }
    public Guid UnitId { get; private set; }
    public string FileNumber { get; private set; }
    public string? GivenName { get; private set; }
    public string? FamilyName { get; private set; }
    public string? GivenNameAr { get; private set; }
    public string? FamilyNameAr { get; private set; }
    public Sex Sex { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public bool DateOfBirthEstimated { get; private set; }
    public string Nationality { get; private set; }
    public CivilRegistration CivilRegistration { get; private set; }
    public string? CommuneCode { get; private set; }
    public string? Address { get; private set; }
    public SpokenLanguages SpokenLanguages { get; private set; }
    public bool InterpreterNeeded { get; private set; }
    public SchoolingStatus Schooling { get; private set; }
    public bool HasDisability { get; private set; }
    public string? DisabilityNotes { get; private set; }
    public IReadOnlyList<FamilyMember> FamilyMembers => _familyMembers;
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }

    /// <summary>Folded names and file number, for search in either script.</summary>
    public string SearchText { get; private set; }

    /// <summary>The words of <see cref="SearchText"/>, indexed for search by prefix.</summary>
    public IReadOnlyList<ChildNameToken> NameTokens => _nameTokens;

    /// <summary>Folded "given family" in Latin script, for duplicate checks.</summary>
    public string? NameKey { get; private set; }

    /// <summary>Folded "given family" in Arabic script, for duplicate checks.</summary>
    public string? NameKeyAr { get; private set; }
    public int? BirthYear { get; private set; }

    public string DisplayName =>
        string.Join(" / ", new[] { LatinName, ArabicName }.Where(n => n.Length > 0));

    /// <summary>"Given family" in Latin script (empty when not known).</summary>
    public string LatinName => Join(GivenName, FamilyName);

    /// <summary>"Given family" in Arabic script (empty when not known).</summary>
    public string ArabicName => Join(GivenNameAr, FamilyNameAr);

    public static Child Register(Guid unitId, string fileNumber, ChildDetails details, Guid createdBy, DateTimeOffset now, DateOnly today)
    {
        var child = new Child
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            FileNumber = fileNumber,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        child.Update(details, today);
        return child;
    }

    public void Update(ChildDetails details, DateOnly today)
    {
        if (AnonymisedAt is not null)
            throw new DomainRuleException("Child.Anonymised", "This file was anonymised and can no longer be edited.");
        if (string.IsNullOrWhiteSpace(details.GivenName) && string.IsNullOrWhiteSpace(details.GivenNameAr))
            throw new DomainRuleException("Child.NameRequired", "A child needs a given name in Latin or Arabic script.");
        if (details.DateOfBirth is { } dob && dob > today)
            throw new DomainRuleException("Child.BirthInFuture", "The date of birth cannot be in the future.");

        GivenName = Clean(details.GivenName);
        FamilyName = Clean(details.FamilyName);
        GivenNameAr = Clean(details.GivenNameAr);
        FamilyNameAr = Clean(details.FamilyNameAr);
        Sex = details.Sex;
        DateOfBirth = details.DateOfBirth;
        DateOfBirthEstimated = details.DateOfBirth is not null && details.DateOfBirthEstimated;
        Nationality = string.IsNullOrWhiteSpace(details.Nationality) ? "MA" : details.Nationality.Trim().ToUpperInvariant();
        CivilRegistration = details.CivilRegistration;
        CommuneCode = Clean(details.CommuneCode);
        Address = Clean(details.Address);
        SpokenLanguages = details.SpokenLanguages;
        InterpreterNeeded = details.InterpreterNeeded;
        Schooling = details.Schooling;
        HasDisability = details.HasDisability;
        DisabilityNotes = details.HasDisability ? Clean(details.DisabilityNotes) : null;
        _familyMembers.Clear();
        _familyMembers.AddRange(details.FamilyMembers);

        NameKey = NullIfEmpty(NameNormalizer.Normalize(Join(GivenName, FamilyName)));
        NameKeyAr = NullIfEmpty(NameNormalizer.Normalize(Join(GivenNameAr, FamilyNameAr)));
        BirthYear = DateOfBirth?.Year;
        SetSearchText(NameNormalizer.Normalize(string.Join(' ', GivenName, FamilyName, GivenNameAr, FamilyNameAr, FileNumber)));
    }

    /// <summary>The search text and its indexed words, changed together (only the words that changed).</summary>
    private void SetSearchText(string folded)
    {
        SearchText = folded;
        var words = ChildNameToken.WordsOf(folded).ToHashSet(StringComparer.Ordinal);
        _nameTokens.RemoveAll(t => !words.Contains(t.Token));
        words.ExceptWith(_nameTokens.Select(t => t.Token));
        _nameTokens.AddRange(words.Order(StringComparer.Ordinal).Select(w => new ChildNameToken(UnitId, w)));
    }

    public DateTimeOffset? AnonymisedAt { get; private set; }

    /// <summary>
    /// Retention: removes what identifies the child (names, address, act number, family, notes on disability) and
    /// keeps codes and dates (sex, date of birth, commune, nationality, schooling) for statistics. Irreversible.
    /// </summary>
    public void Anonymise(DateTimeOffset at)
    {
        if (AnonymisedAt is not null)
            return;
        GivenName = FamilyName = GivenNameAr = FamilyNameAr = null;
        Address = DisabilityNotes = null;
        CivilRegistration = CivilRegistration with { ActNumber = null };
        _familyMembers.Clear();
        NameKey = NameKeyAr = null;
        SetSearchText(NameNormalizer.Normalize(FileNumber));
        AnonymisedAt = at;
    }

    /// <summary>Age in whole years on <paramref name="on"/>, or null when the date of birth is unknown.</summary>
    public int? AgeOn(DateOnly on) => AgeCalculator.AgeOn(DateOfBirth, on);

    private static string Join(string? a, string? b) => string.Join(' ', new[] { a, b }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

public static class AgeCalculator
{
    public static int? AgeOn(DateOnly? dateOfBirth, DateOnly on)
    {
        if (dateOfBirth is not { } dob)
            return null;
        var age = on.Year - dob.Year;
        if (on < dob.AddYears(age))
            age--;
        return age;
    }
}
