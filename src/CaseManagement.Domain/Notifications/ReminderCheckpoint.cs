using CaseManagement.Domain.Units;

namespace CaseManagement.Domain.Notifications;

/// <summary>
/// How far a unit's dated reminders have been checked: the unit day of the last complete run, when that run began and
/// the thresholds it used. The next run then looks only at what crossed a threshold since that day, or changed since
/// that moment (a follow-up created, rescheduled or handed over, a referral updated, a case assigned), instead of the
/// whole backlog of late items again. Without a checkpoint, after a change of thresholds or when the clock went back,
/// a run checks everything.
/// </summary>
public sealed class ReminderCheckpoint
{
    /// <summary>Changes committed a little after the moment they carry are still seen by the next run.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);

    private ReminderCheckpoint()
    {
    }

    public ReminderCheckpoint(Guid unitId) => UnitId = unitId;

    public Guid UnitId { get; private set; }

    /// <summary>The unit day of the last complete run.</summary>
    public DateOnly CheckedOn { get; private set; }

    /// <summary>When the last complete run began.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The thresholds that run used (<see cref="KeyOf"/>).</summary>
    public string Thresholds { get; private set; } = string.Empty;

    public static string KeyOf(ReminderSettings settings) => $"{settings.DueSoonDays}/{settings.EscalationDays}/{settings.KafalaRealertDays}";

    /// <summary>What the run beginning at <paramref name="now"/> (unit day <paramref name="today"/>) may skip; null: check everything.</summary>
    public Window? WindowFor(DateOnly today, DateTimeOffset now, ReminderSettings settings) =>
        Thresholds == KeyOf(settings) && CheckedOn <= today && StartedAt <= now
            ? new Window(CheckedOn, StartedAt - Overlap)
            : null;

    /// <summary>Records a complete run.</summary>
    public void Checked(DateOnly today, DateTimeOffset startedAt, ReminderSettings settings)
    {
        CheckedOn = today;
        StartedAt = startedAt;
        Thresholds = KeyOf(settings);
    }

    /// <summary>
    /// Since the last run: an item whose threshold is <c>lag</c> days after its date crossed it on or after
    /// <see cref="CheckedOn"/> (one day of overlap) when its date is on or after <see cref="From"/>; otherwise only a
    /// change since <see cref="ChangedSince"/> makes it worth a look.
    /// </summary>
    public sealed record Window(DateOnly CheckedOn, DateTimeOffset ChangedSince)
    {
        public DateOnly From(int lag) => CheckedOn.AddDays(-lag);
    }
}
