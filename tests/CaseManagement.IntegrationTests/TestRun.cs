using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests;

/// <summary>Starts the application once for every test in this assembly (the root namespace covers them all).</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeSetUp]
    public Task StartAsync() => TestApp.StartAsync();

    [OneTimeTearDown]
    public Task StopAsync() => TestApp.StopAsync();
}
