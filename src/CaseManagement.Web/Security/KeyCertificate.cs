using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CaseManagement.Web.Security;

/// <summary>
/// The certificate that encrypts the data-protection keys (which sign cookies and API tokens) before they are stored
/// in the database: held outside it, so a copy of the database alone can forge nothing. <c>DataProtection:Certificate</c>
/// is the path of a PFX file, <c>DataProtection:CertificatePassword</c> its password. In Development, when none is
/// configured, one is created under App_Data on the first start; anywhere else the app refuses to start without it.
/// </summary>
public static class KeyCertificate
{
    public const string PathKey = "DataProtection:Certificate";
    public const string PasswordKey = "DataProtection:CertificatePassword";
    public const string DevelopmentFile = "dataprotection-dev.pfx";

    public static X509Certificate2 Load(IConfiguration configuration, IHostEnvironment environment, string dataFolder)
    {
        var path = configuration[PathKey];
        var password = configuration[PasswordKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException(
                    $"{PathKey} is not set: the keys that sign cookies and API tokens must be encrypted with a certificate kept outside the database. "
                    + $"Set {PathKey} to a PFX file (and {PasswordKey} to its password); deploy/README.md shows how to make one.");
            path = Path.Combine(dataFolder, DevelopmentFile);
            password = null;
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(dataFolder);
                File.WriteAllBytes(path, Create("CN=CaseManagement development keys").Export(X509ContentType.Pfx));
                Console.WriteLine($"CaseManagement: created {path} to encrypt the data-protection keys (development only).");
            }
        }

        if (!File.Exists(path))
            throw new InvalidOperationException($"{PathKey}: {path} does not exist.");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{PathKey}: {path} has no private key.");
        return certificate;
    }

    /// <summary>A self-signed RSA certificate for key encryption (development and tests; production brings its own).</summary>
    public static X509Certificate2 Create(string subject)
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
    }
}
