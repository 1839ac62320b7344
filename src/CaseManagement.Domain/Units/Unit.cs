namespace CaseManagement.Domain.Units;

/// <summary>A child protection unit (UPE). Every user and every child file belongs to one.</summary>
public sealed class Unit : IVersioned, IAudited
{
    public const string DefaultTimeZone = "Africa/Casablanca";
    public const int CodeMaxLength = 8;

    private Unit()
    {
        Name = NameAr = Code = TimeZoneId = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string NameAr { get; private set; }

    /// <summary>Short upper-case code used in file numbers, e.g. <c>SK</c> in <c>UPE-SK-2026-0001</c>.</summary>
    public string Code { get; private set; }

    /// <summary>The province whose authorities receive the unit's monthly report.</summary>
    public Guid ProvinceId { get; private set; }
    public string TimeZoneId { get; private set; }

    /// <summary>The unit's timeliness standards (DOMAIN.md defaults until a supervisor or administrator changes them).</summary>
    public TimelinessStandards Standards { get; private set; } = new();

    /// <summary>When reminders fire (DOMAIN.md and the reminders issue's defaults).</summary>
    public ReminderSettings Reminders { get; private set; } = new();

    /// <summary>
    /// A supervisor of another unit named by an administrator to decide the plans and closures the unit's own supervisors
    /// submitted: nobody approves their own submission, and a unit with one supervisor has nobody else.
    /// </summary>
    public Guid? SecondApproverId { get; private set; }

    /// <summary>Names the second approver (null removes it); the caller checks that they supervise another unit.</summary>
    public void NameSecondApprover(Guid? approverId) => SecondApproverId = approverId == Guid.Empty ? null : approverId;

    public void SetReminders(ReminderSettings reminders)
    {
        if (reminders.DueSoonDays < 0 || reminders.EscalationDays < 0 || reminders.KafalaRealertDays < 1 || reminders.ApprovalWaitingDays < 0
            || reminders.UnassignedHours < 0 || reminders.UrgentUnassignedHours < 0)
            throw new DomainRuleException("Unit.InvalidReminders", "Reminder delays cannot be negative.");
        Reminders = reminders;
    }

    public void SetStandards(TimelinessStandards standards)
    {
        if (standards.EvaluationDays < 1 || standards.UrgentEvaluationDays < 1 || standards.PlanDays < 1 || standards.PlanReviewMonths < 1
            || standards.HighRiskPlanReviewMonths < 1 || standards.ReferralFeedbackDays < 1)
            throw new DomainRuleException("Unit.InvalidStandards", "Every delay is at least one day or month.");
        Standards = standards;
    }

    public static Unit Create(string name, string nameAr, string code, Guid provinceId, string? timeZoneId = null)
    {
        var unit = new Unit { Id = Guid.NewGuid() };
        unit.Change(name, nameAr, code, provinceId, timeZoneId);
        return unit;
    }

    public void Change(string name, string nameAr, string code, Guid provinceId, string? timeZoneId)
    {
        if (provinceId == Guid.Empty)
            throw new DomainRuleException("Unit.ProvinceRequired", "A unit belongs to a province.");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(nameAr))
            throw new DomainRuleException("Unit.NameRequired", "A unit needs a French and an Arabic name.");
        if (!IsValidCode(code))
            throw new DomainRuleException("Unit.InvalidCode", "A unit code is 2 to 8 capital letters or digits.");
        Name = name.Trim();
        NameAr = nameAr.Trim();
        Code = code.Trim();
        ProvinceId = provinceId;
        TimeZoneId = string.IsNullOrWhiteSpace(timeZoneId) ? DefaultTimeZone : timeZoneId.Trim();
    }

    public static bool IsValidCode(string? code) =>
        code is { Length: >= 2 and <= CodeMaxLength } && code.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9');
}

/// <summary>How fast each step of a case is expected (DOMAIN.md "Timeliness standards").</summary>
public sealed record TimelinessStandards
{
    public int EvaluationDays { get; init; } = 15;

    /// <summary>72 hours for urgent cases.</summary>
    public int UrgentEvaluationDays { get; init; } = 3;
    public int PlanDays { get; init; } = 30;
    public int PlanReviewMonths { get; init; } = 3;
    public int HighRiskPlanReviewMonths { get; init; } = 1;
    public int ReferralFeedbackDays { get; init; } = 30;
}

/// <summary>Reminder thresholds of a unit.</summary>
public sealed record ReminderSettings
{
    /// <summary>A planned follow-up is "due soon" this many days ahead (the assignee is told).</summary>
    public int DueSoonDays { get; init; } = 2;

    /// <summary>Overdue this many days: the unit's supervisors are told too.</summary>
    public int EscalationDays { get; init; } = 7;
    public int KafalaRealertDays { get; init; } = 30;
    public int ApprovalWaitingDays { get; init; } = 3;
    public int UnassignedHours { get; init; } = 24;
    public int UrgentUnassignedHours { get; init; } = 2;
}
