namespace CaseManagement.Domain.Children;

public enum Sex
{
    Female,
    Male,
}

public enum SchoolingStatus
{
    Unknown,
    Enrolled,
    DroppedOut,
    NeverEnrolled,
    VocationalTraining,
    NotOfSchoolAge,
}

[Flags]
public enum SpokenLanguages
{
    None = 0,
    Darija = 1,
    Amazigh = 2,
    Arabic = 4,
    French = 8,
    Other = 16,
}

public enum FamilyRelationship
{
    Mother,
    Father,
    Sibling,
    Grandparent,
    UncleOrAunt,
    OtherRelative,
    LegalGuardian,
    Other,
}
