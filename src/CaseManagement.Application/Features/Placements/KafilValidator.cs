using CaseManagement.Domain.Placements;
using FluentValidation;

namespace CaseManagement.Application.Features.Placements;

internal sealed class KafilValidator : AbstractValidator<Kafil>
{
    public KafilValidator()
    {
        RuleFor(k => k.Kind).IsInEnum();
        RuleFor(k => k.FullName).NotEmpty().MaximumLength(200);
        RuleFor(k => k.FullNameAr).MaximumLength(200);
        RuleFor(k => k.IdentityDocument).MaximumLength(100);
        RuleFor(k => k.CountryOfResidence).NotEmpty().Matches("^[A-Z]{2}$").WithMessage("Child.CountryCode");
        RuleFor(k => k.Nationality).Matches("^[A-Z]{2}$").When(k => k.Nationality is not null).WithMessage("Child.CountryCode");
        RuleFor(k => k.Consulate).MaximumLength(200);
        RuleFor(k => k.Address).MaximumLength(500);
        RuleFor(k => k.Occupation).MaximumLength(200);
        RuleFor(k => k.DocumentsChecked).MaximumLength(1000);
    }
}
