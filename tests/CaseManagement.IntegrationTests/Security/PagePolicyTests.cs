using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Security;

/// <summary>A page allows no role its requests refuse: the policies are the requests' role sets.</summary>
public sealed class PagePolicyTests : IntegrationTest
{
    [TestCase("Eps/Admit/{childId:guid}")]
    [TestCase("Eps/Placement/{id:guid}")]
    public void A_childs_placement_pages_are_case_work_although_their_folder_lets_administrators_see_establishments(string route)
    {
        var endpoint = TestApp.Factory.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>().SelectMany(s => s.Endpoints)
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>().First(e => e.RoutePattern.RawText == route);
        var policies = endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Select(a => a.Policy).ToList();
        Assert.That(policies, Does.Contain(Policies.CaseWorkers), "administrators are turned away by the page, before any request");
    }

    [Test]
    public void Every_web_policy_is_a_role_set_of_the_requests()
    {
        Assert.That(Policies.RoleSets.Values.SelectMany(Roles.Split).Distinct(), Is.SubsetOf(Roles.All));
        using var scope = TestApp.Factory.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Authorization.AuthorizationOptions>>().Value;
        foreach (var (name, roleSet) in Policies.RoleSets)
        {
            var roles = options.GetPolicy(name)!.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>().Single().AllowedRoles;
            Assert.That(roles, Is.EquivalentTo(Roles.Split(roleSet)), name);
        }
    }
}
