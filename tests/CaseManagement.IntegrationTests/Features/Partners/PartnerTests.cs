using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Features.Partners;

public sealed class PartnerTests : IntegrationTest
{
    [Test]
    public async Task Partners_are_managed_by_supervisors_and_administrators_and_read_by_social_workers()
    {
        var world = await CaseWorld.CreateAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        var byWorker = await worker.PostAsJsonAsync("/api/v1/partners", new { name = "X", nameAr = "س", type = "Health" });
        var byAdmin = await admin.PostAsJsonAsync("/api/v1/partners", new
        {
            name = "Tribunal de première instance (fictif)", nameAr = "المحكمة الابتدائية", type = "Justice", services = new[] { "Juge des mineurs" },
        });
        var list = await worker.GetFromJsonAsync<JsonElement>("/api/v1/partners");

        Assert.That(byWorker.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(list.EnumerateArray().Single().GetProperty("services")[0].GetString(), Is.EqualTo("Juge des mineurs"));
    }
}
