using CaseManagement.Web.Localization;

namespace CaseManagement.BrowserTests;

/// <summary>The interface's strings in one language, from the same resources the app renders.</summary>
public static class Texts
{
    public static string T(this Session session, string key) => JsonStringLocalizer.Instance.For(session.Language)[key];
}
