namespace CaseManagement.Application.Security;

public static class Roles
{
    public const string SocialWorker = nameof(SocialWorker);
    public const string Supervisor = nameof(Supervisor);
    public const string Administrator = nameof(Administrator);
    public const string ProvincialViewer = nameof(ProvincialViewer);

    /// <summary>The roles that work on children's files.</summary>
    public const string CaseWorkers = SocialWorker + "," + Supervisor;

    public static readonly IReadOnlyList<string> All = [SocialWorker, Supervisor, Administrator, ProvincialViewer];
}

/// <summary>Names of the authorization policies used by pages and endpoints.</summary>
public static class Policies
{
    public const string Administrators = nameof(Administrators);
    public const string CaseWorkers = nameof(CaseWorkers);
    public const string AuditReaders = nameof(AuditReaders);
    public const string PartnerManagers = nameof(PartnerManagers);
    public const string PartnerReaders = nameof(PartnerReaders);
}

/// <summary>Claim types the application adds to a signed-in user.</summary>
public static class AppClaims
{
    public const string UnitId = "cm:unit";
    public const string TimeZone = "cm:tz";
}
