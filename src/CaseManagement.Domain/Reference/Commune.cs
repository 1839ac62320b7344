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
public sealed class Commune
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
}
