using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CaseManagement.Web.Localization;

/// <summary>Model binding's own messages ("The value 'x' is not valid…") in the reader's language, from the resources.</summary>
public static class BindingMessages
{
    public static void Localize(DefaultModelBindingMessageProvider messages)
    {
        static string T(string key) => JsonStringLocalizer.Instance[key];
        static string Invalid(string value) => JsonStringLocalizer.Instance["Binding.ValueInvalid", value];
        messages.SetValueIsInvalidAccessor(value => Invalid(value));
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => Invalid(value));
        messages.SetUnknownValueIsInvalidAccessor(_ => T("Binding.Invalid"));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Invalid(value));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => T("Binding.Invalid"));
        messages.SetValueMustBeANumberAccessor(_ => T("Binding.Number"));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => T("Binding.Number"));
        messages.SetMissingBindRequiredValueAccessor(_ => T("Binding.Required"));
        messages.SetMissingKeyOrValueAccessor(() => T("Binding.Required"));
        messages.SetValueMustNotBeNullAccessor(_ => T("Binding.Required"));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => T("Binding.Required"));
    }
}
