using CaseManagement.Application.Security;
using CaseManagement.Web.Security;

namespace CaseManagement.IntegrationTests.Security;

/// <summary>The codes are those every authenticator app computes: RFC 6238's own test vectors (SHA-1, last 6 digits).</summary>
public sealed class TotpVectorTests
{
    private const string RfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890" in base32

    [TestCase(59L, "287082")]
    [TestCase(1111111109L, "081804")]
    [TestCase(1111111111L, "050471")]
    [TestCase(1234567890L, "005924")]
    [TestCase(2000000000L, "279037")]
    [TestCase(20000000000L, "353130")]
    public void The_code_at_a_time_is_the_rfcs(long unixSeconds, string expected) =>
        Assert.That(TwoFactor.CodeAt(RfcSecret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)), Is.EqualTo(expected));

    [TestCase("Motdepasse2026!", true)]
    [TestCase("azertyuiop123", true)]
    [TestCase("PASSWORD123456", true)]
    [TestCase("aaaaaaaaaaaaaa", true)]
    [TestCase("une phrase bien à moi", false)]
    [TestCase("Tajine-aux-pruneaux-du-jeudi", false)]
    public void Common_passwords_and_their_obvious_variants_are_known(string password, bool common) =>
        Assert.That(CommonPasswords.IsCommon(password), Is.EqualTo(common));
}
