using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SalesMarketingAlignment.Web.Features;

/// <summary>A use case's field errors, keyed by the request's property name, as a page or the API reports them.</summary>
public static class UseCaseErrors
{
    /// <summary>Under the page's bound property, e.g. "Input.Email".</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError($"{prefix}.{field}", message);
            }
        }
    }

    /// <summary>Keyed by the JSON field name, as ApiJson.Validate keys its errors.</summary>
    public static Dictionary<string, string[]> ByJsonField(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);
    }
}
