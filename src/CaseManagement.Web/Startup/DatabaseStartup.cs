using System.Security.Cryptography;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Startup;

/// <summary>Applies migrations and creates what a first start needs: the roles, a first unit and administrator.</summary>
internal static partial class DatabaseStartup
{
    public static async Task InitializeAsync(IServiceProvider services, bool migrate, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CaseDbContext>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("CaseManagement.Startup");

        if (migrate)
        {
            // Most starts find nothing to apply: asking which migrations are pending reads the history table only, while
            // MigrateAsync also builds the model and compares it with the migrations (CI checks that: migrations/check.sh),
            // about 0.4 s of every start on its own.
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync(DataRegistration.SqliteOptimize, ct);
            LogMigrated(logger, db.Database.ProviderName ?? "?");
        }

        // Keys stored before they were encrypted would let a copy of the database forge sessions: they go (users sign in again).
        var plainKeys = await db.DataProtectionKeys.Where(k => k.Xml != null && !k.Xml.Contains("encryptedSecret")).ExecuteDeleteAsync(ct);
        if (plainKeys > 0)
            LogPlainKeysRemoved(logger, plainKeys);

        var roles = sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });
        }

        if (!await db.Communes.AnyAsync(ct))
        {
            db.Communes.AddRange(CommuneSeed.SidiKacem());
            await db.SaveChangesAsync(ct);
        }

        if (await db.Users.AnyAsync(ct))
            return;

        var config = sp.GetRequiredService<IConfiguration>();
        var environment = sp.GetRequiredService<IHostEnvironment>();
        var email = config["Bootstrap:AdminEmail"];
        var password = config["Bootstrap:AdminPassword"];
        var generated = string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password);
        if (generated && !environment.IsDevelopment())
        {
            LogNoAdministrator(logger);
            return;
        }

        var unit = await db.Units.OrderBy(u => u.Code).FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            var province = await db.Provinces.OrderBy(p => p.Code).FirstOrDefaultAsync(ct);
            if (province is null)
            {
                province = Province.Create(config["Bootstrap:ProvinceCode"] ?? "481", config["Bootstrap:ProvinceName"] ?? "Sidi Kacem",
                    config["Bootstrap:ProvinceNameAr"] ?? "سيدي قاسم");
                db.Provinces.Add(province);
            }

            unit = Unit.Create(config["Bootstrap:UnitName"] ?? "UPE Sidi Kacem", config["Bootstrap:UnitNameAr"] ?? "وحدة حماية الطفولة سيدي قاسم",
                config["Bootstrap:UnitCode"] ?? "SK", province.Id);
            db.Units.Add(unit);
            await db.SaveChangesAsync(ct);
        }

        var users = sp.GetRequiredService<UserManager<AppUser>>();
        if (!generated)
        {
            await CreateAsync(users, email!, "Administrateur", Roles.Administrator, password!, unit.Id);
            LogBootstrapped(logger);
            return;
        }

        // Development with nothing configured: one account per working role, each with a password made now and shown
        // once on the console (never a fixed default password, never in the log files).
        var accounts = new (string Email, string Name, string Role)[]
        {
            ("admin@upe.local", "Administrateur", Roles.Administrator),
            ("superviseur@upe.local", "Superviseur (démo)", Roles.Supervisor),
            ("travailleur@upe.local", "Travailleur social (démo)", Roles.SocialWorker),
        };
        Console.WriteLine();
        Console.WriteLine("==== CaseManagement: first start, development accounts (passwords shown only once) ====");
        foreach (var (accountEmail, name, role) in accounts)
        {
            var secret = NewPassword();
            await CreateAsync(users, accountEmail, name, role, secret, unit.Id);
            Console.WriteLine($"  {role,-14} {accountEmail,-24} {secret}");
        }

        Console.WriteLine("  Sign in at /Account/Login. Delete the data folder (App_Data) to start again.");
        Console.WriteLine("=========================================================================================");
        Console.WriteLine();
    }

    private static async Task CreateAsync(UserManager<AppUser> users, string email, string name, string role, string password, Guid unitId)
    {
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            UnitId = unitId,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            throw new InvalidOperationException("Bootstrap user not created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role);
    }

    private static string NewPassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return "Cm-" + RandomNumberGenerator.GetString(alphabet, 16) + "!";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} data-protection keys stored unencrypted were removed; everyone signs in again")]
    private static partial void LogPlainKeysRemoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No user exists and Bootstrap:AdminEmail / Bootstrap:AdminPassword are not set: nobody can sign in")]
    private static partial void LogNoAdministrator(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "First unit and administrator created from the Bootstrap settings")]
    private static partial void LogBootstrapped(ILogger logger);
}
