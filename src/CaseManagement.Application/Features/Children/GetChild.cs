using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Children;

public static class GetChild
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid Id) : IRequest<Model>, IAuditedRead
    {
        public string AuditSubjectType => nameof(Child);
        public Guid AuditSubjectId => Id;
    }

    public sealed record Model
    {
        public Guid Id { get; init; }
        public string FileNumber { get; init; } = string.Empty;
        public string? GivenName { get; init; }
        public string? FamilyName { get; init; }
        public string? GivenNameAr { get; init; }
        public string? FamilyNameAr { get; init; }
        public Sex Sex { get; init; }
        public DateOnly? DateOfBirth { get; init; }
        public bool DateOfBirthEstimated { get; init; }
        public int? Age { get; init; }
        public string Nationality { get; init; } = "MA";
        public CivilRegistration CivilRegistration { get; init; } = new();
        public string? CommuneCode { get; init; }
        public string? CommuneName { get; init; }
        public string? CommuneNameAr { get; init; }
        public string? Address { get; init; }
        public SpokenLanguages SpokenLanguages { get; init; }
        public bool InterpreterNeeded { get; init; }
        public SchoolingStatus Schooling { get; init; }
        public bool HasDisability { get; init; }
        public string? DisabilityNotes { get; init; }
        public IReadOnlyList<FamilyMember> FamilyMembers { get; init; } = [];
        public DateTimeOffset CreatedAt { get; init; }
        public Guid CreatedBy { get; init; }
        public string? CreatedByName { get; init; }
        public string Version { get; init; } = string.Empty;
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var row = await db.Children.AsNoTracking().VisibleTo(user)
                .Where(c => c.Id == query.Id)
                .Select(c => new
                {
                    Child = c,
                    Version = EF.Property<byte[]>(c, CaseDbContext.VersionProperty),
                    Commune = db.Communes.Where(x => x.Code == c.CommuneCode).Select(x => new { x.Name, x.NameAr }).FirstOrDefault(),
                    CreatedByName = db.Users.Where(u => u.Id == c.CreatedBy).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(nameof(Child), query.Id);

            var c = row.Child;
            return new Model
            {
                Id = c.Id,
                FileNumber = c.FileNumber,
                GivenName = c.GivenName,
                FamilyName = c.FamilyName,
                GivenNameAr = c.GivenNameAr,
                FamilyNameAr = c.FamilyNameAr,
                Sex = c.Sex,
                DateOfBirth = c.DateOfBirth,
                DateOfBirthEstimated = c.DateOfBirthEstimated,
                Age = c.AgeOn(user.Today(clock)),
                Nationality = c.Nationality,
                CivilRegistration = c.CivilRegistration,
                CommuneCode = c.CommuneCode,
                CommuneName = row.Commune?.Name,
                CommuneNameAr = row.Commune?.NameAr,
                Address = c.Address,
                SpokenLanguages = c.SpokenLanguages,
                InterpreterNeeded = c.InterpreterNeeded,
                Schooling = c.Schooling,
                HasDisability = c.HasDisability,
                DisabilityNotes = c.DisabilityNotes,
                FamilyMembers = c.FamilyMembers,
                CreatedAt = c.CreatedAt,
                CreatedBy = c.CreatedBy,
                CreatedByName = row.CreatedByName,
                Version = VersionToken.Encode(row.Version),
            };
        }
    }
}
