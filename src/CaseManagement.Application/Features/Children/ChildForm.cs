using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Children;

/// <summary>The fields a social worker fills in to register or edit a child, shared by both commands.</summary>
public record ChildForm
{
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? GivenNameAr { get; set; }
    public string? FamilyNameAr { get; set; }
    public Sex? Sex { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public bool DateOfBirthEstimated { get; set; }
    public string? Nationality { get; set; } = "MA";
    public CivilRegistration CivilRegistration { get; set; } = new();
    public string? CommuneCode { get; set; }
    public string? Address { get; set; }
    public SpokenLanguages SpokenLanguages { get; set; }
    public bool InterpreterNeeded { get; set; }
    public SchoolingStatus Schooling { get; set; }
    public bool HasDisability { get; set; }
    public string? DisabilityNotes { get; set; }
    public List<FamilyMember> FamilyMembers { get; set; } = [];
}

public sealed class ChildFormValidator : AbstractValidator<ChildForm>
{
    public const int NameMaxLength = 100;

    public ChildFormValidator(CaseDbContext db, ICurrentUser user, TimeProvider clock)
    {
        RuleFor(c => c.GivenName).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.GivenNameAr))
            .WithMessage(Messages.NameInOneScript);
        RuleFor(c => c.GivenNameAr).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.GivenName))
            .WithMessage(Messages.NameInOneScript);
        RuleFor(c => c.FamilyName).NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.GivenName) && string.IsNullOrWhiteSpace(c.FamilyNameAr))
            .WithMessage(Messages.FamilyNameInOneScript);
        RuleFor(c => c.FamilyNameAr).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.GivenName) && string.IsNullOrWhiteSpace(c.FamilyName))
            .WithMessage(Messages.FamilyNameInOneScript);
        RuleForEach(c => new[] { c.GivenName, c.FamilyName, c.GivenNameAr, c.FamilyNameAr }).MaximumLength(NameMaxLength)
            .OverridePropertyName("Names");
        RuleFor(c => c.Sex).NotNull().WithMessage(Messages.SexRequired).IsInEnum();
        RuleFor(c => c.DateOfBirth)
            .Must(d => d is null || d <= user.Today(clock)).WithMessage(Messages.BirthInFuture)
            .Must(d => d is null || d.Value.Year >= 1990).WithMessage(Messages.BirthTooOld);
        RuleFor(c => c.Nationality).Matches("^[A-Za-z]{2}$").When(c => !string.IsNullOrEmpty(c.Nationality))
            .WithMessage(Messages.CountryCode);
        RuleFor(c => c.CommuneCode)
            .MustAsync(async (code, ct) => code is null || await db.Communes.AnyAsync(x => x.Code == code, ct))
            .WithMessage(Messages.UnknownCommune);
        RuleFor(c => c.CivilRegistration.CommuneCode)
            .MustAsync(async (code, ct) => string.IsNullOrEmpty(code) || await db.Communes.AnyAsync(x => x.Code == code, ct))
            .WithMessage(Messages.UnknownCommune);
        RuleFor(c => c.CivilRegistration.Year)
            .InclusiveBetween(1990, 2100).When(c => c.CivilRegistration.Year is not null);
        RuleFor(c => c.CivilRegistration.ActNumber).MaximumLength(32);
        RuleFor(c => c.Address).MaximumLength(500);
        RuleFor(c => c.DisabilityNotes).MaximumLength(500);
        RuleFor(c => c.Schooling).IsInEnum();
        RuleFor(c => c.FamilyMembers).Must(m => m.Count <= 30);
        RuleForEach(c => c.FamilyMembers).ChildRules(member =>
        {
            member.RuleFor(m => m.Name).NotEmpty().MaximumLength(200);
            member.RuleFor(m => m.Relationship).IsInEnum();
            member.RuleFor(m => m.Phone).MaximumLength(32).Matches(@"^[0-9+ ()./-]*$").When(m => m.Phone is not null);
        });
    }

    /// <summary>Message keys; the web layer translates them.</summary>
    public static class Messages
    {
        public const string NameInOneScript = "Child.NameInOneScript";
        public const string FamilyNameInOneScript = "Child.FamilyNameInOneScript";
        public const string BirthInFuture = "Child.BirthInFuture";
        public const string SexRequired = "Child.SexRequired";
        public const string BirthTooOld = "Child.BirthTooOld";
        public const string CountryCode = "Child.CountryCode";
        public const string UnknownCommune = "Child.UnknownCommune";
    }
}
