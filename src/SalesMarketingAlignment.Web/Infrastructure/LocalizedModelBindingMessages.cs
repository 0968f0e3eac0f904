using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>The model binder's own messages ("The value 'abc' is not valid ...") through the shared localizer too.</summary>
public sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => localizer["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => localizer["The value given for {0} is not valid.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["The value given is not valid."]);
        messages.SetValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        messages.SetValueMustBeANumberAccessor(field => localizer["{0} must be a number.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Enter a number."]);
        messages.SetValueMustNotBeNullAccessor(value => localizer["A value is required."]);
        messages.SetMissingBindRequiredValueAccessor(field => localizer["{0} is required.", field]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["A request body is required."]);
    }
}
