namespace CaseManagement.Domain.Units;

/// <summary>
/// A province (reference data): units belong to one, and the provincial authorities read the validated reports of its
/// units. <see cref="Code"/> is the HCP code when known (481 for Sidi Kacem).
/// </summary>
public sealed class Province : IVersioned, IAudited
{
    public const int CodeMaxLength = 8;

    private Province()
    {
        Code = Name = NameAr = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public string NameAr { get; private set; }

    public static Province Create(string code, string name, string nameAr, Guid? id = null)
    {
        var province = new Province { Id = id ?? Guid.NewGuid() };
        province.Change(code, name, nameAr);
        return province;
    }

    public void Change(string code, string name, string nameAr)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(nameAr))
            throw new DomainRuleException("Province.NameRequired", "A province needs a French and an Arabic name.");
        if (!IsValidCode(code))
            throw new DomainRuleException("Province.InvalidCode", "A province code is 1 to 8 capital letters or digits.");
        Code = code.Trim();
        Name = name.Trim();
        NameAr = nameAr.Trim();
    }

    public static bool IsValidCode(string? code) =>
        code is { Length: >= 1 and <= CodeMaxLength } && code.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9');
}
