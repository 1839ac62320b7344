namespace CaseManagement.Application.Security;

public static class Roles
{
    public const string SocialWorker = nameof(SocialWorker);
    public const string Supervisor = nameof(Supervisor);
    public const string Administrator = nameof(Administrator);
    public const string ProvincialViewer = nameof(ProvincialViewer);

    /// <summary>The cooperation partners in France (Département, Khamsa): the French edition's kafala-abroad and migration figures only.</summary>
    public const string PartnerViewer = nameof(PartnerViewer);

    /// <summary>The roles that work on children's files.</summary>
    public const string CaseWorkers = SocialWorker + "," + Supervisor;

    /// <summary>Readers of the validated reports of a province, from outside the units.</summary>
    public const string ReportViewers = ProvincialViewer + "," + PartnerViewer;

    public static readonly IReadOnlyList<string> All = [SocialWorker, Supervisor, Administrator, ProvincialViewer, PartnerViewer];

    /// <summary>Roles that may read the audit trail (supervisors their unit's, administrators sign-ins and configuration).</summary>
    public const string AuditReaders = Supervisor + "," + Administrator;

    /// <summary>Roles that manage partners and establishments.</summary>
    public const string PartnerManagers = Supervisor + "," + Administrator;

    /// <summary>Roles that read partners and establishments.</summary>
    public const string PartnerReaders = SocialWorker + "," + Supervisor + "," + Administrator;

    /// <summary>Roles that read monthly reports: the unit's supervisors and the readers outside the unit.</summary>
    public const string ReportReaders = Supervisor + "," + ProvincialViewer + "," + PartnerViewer;

    /// <summary>Roles that change a unit's settings: administrators any unit, supervisors their own (<see cref="UnitAccess"/>).</summary>
    public const string UnitManagers = Supervisor + "," + Administrator;

    /// <summary>Roles that read the monthly report itself (draft and editions): the unit's supervisors, the province's viewers.</summary>
    public const string MonthlyReportReaders = Supervisor + "," + ProvincialViewer;

    /// <summary>Roles that read the French partner edition.</summary>
    public const string PartnerEditionReaders = PartnerViewer + "," + Supervisor;

    /// <summary>The roles of a comma-separated set (as <see cref="AuthorizeAttribute.Roles"/> holds them).</summary>
    public static string[] Split(string roleSet) => roleSet.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Roles that belong to a province rather than a unit.</summary>
    public static bool IsProvincial(string? role) => role is ProvincialViewer or PartnerViewer;
}

/// <summary>Names of the authorization policies used by pages and endpoints.</summary>
public static class Policies
{
    public const string Administrators = nameof(Administrators);
    public const string CaseWorkers = nameof(CaseWorkers);
    public const string AuditReaders = nameof(AuditReaders);
    public const string PartnerManagers = nameof(PartnerManagers);
    public const string PartnerReaders = nameof(PartnerReaders);
    public const string ReportReaders = nameof(ReportReaders);
    public const string MonthlyReportReaders = nameof(MonthlyReportReaders);
    public const string PartnerEditionReaders = nameof(PartnerEditionReaders);

    /// <summary>
    /// Each policy is a role set defined once in <see cref="Roles"/>: the web policies are built from this table, so a
    /// page or an endpoint cannot allow a role its requests refuse by a second, drifting list.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> RoleSets = new Dictionary<string, string>
    {
        [Administrators] = Roles.Administrator,
        [CaseWorkers] = Roles.CaseWorkers,
        [AuditReaders] = Roles.AuditReaders,
        [PartnerManagers] = Roles.PartnerManagers,
        [PartnerReaders] = Roles.PartnerReaders,
        [ReportReaders] = Roles.ReportReaders,
        [MonthlyReportReaders] = Roles.MonthlyReportReaders,
        [PartnerEditionReaders] = Roles.PartnerEditionReaders,
    };
}

/// <summary>Claim types the application adds to a signed-in user.</summary>
public static class AppClaims
{
    public const string UnitId = "cm:unit";
    public const string TimeZone = "cm:tz";
    public const string ProvinceId = "cm:province";
}
