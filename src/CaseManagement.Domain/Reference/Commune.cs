namespace CaseManagement.Domain.Reference;

public enum Milieu
{
    Urban,
    Rural,
}

/// <summary>
/// A commune of the province (reference data an administrator can edit). <see cref="Code"/> is the HCP
/// geographic code when known; <see cref="IsOfficialCode"/> says whether it was checked against the official list.
/// </summary>
public sealed class Commune : IVersioned
{
    private Commune()
    {
        Code = Name = NameAr = string.Empty;
    }

    public Commune(string code, string name, string nameAr, Milieu milieu, bool isOfficialCode)
    {
        Code = code;
        Name = name;
        NameAr = nameAr;
        Milieu = milieu;
        IsOfficialCode = isOfficialCode;
        IsActive = true;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public string NameAr { get; private set; }
    public Milieu Milieu { get; private set; }
    public bool IsOfficialCode { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>Corrects a commune's names, milieu or code status, or retires it (children keep their commune).</summary>
    public void Change(string name, string nameAr, Milieu milieu, bool isOfficialCode, bool isActive)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(nameAr))
            throw new DomainRuleException("Commune.NameRequired", "A commune needs a French and an Arabic name.");
        Name = name.Trim();
        NameAr = nameAr.Trim();
        Milieu = milieu;
        IsOfficialCode = isOfficialCode;
        IsActive = isActive;
    }
}
