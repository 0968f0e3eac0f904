using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data;

namespace SalesMarketingAlignment.Web.Infrastructure;

public static class AppOptions
{
    /// <summary>
    /// Binds the app's own sections, each validated by its data annotations when the app starts, so a wrong setting
    /// stops it with the key and the rule instead of failing on first use. ("Api" is bound by AddApi.)
    /// </summary>
    public static IServiceCollection AddAppOptions(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublicAddressOptions>().BindConfiguration(PublicAddressOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicAddressOptions>, PublicAddressOptionsValidator>();
        services.AddOptions<Mail.SmtpOptions>().BindConfiguration(Mail.SmtpOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Mail.SmtpOptions>, Mail.SmtpOptionsValidator>();
        return services;
    }
}
