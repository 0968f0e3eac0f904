namespace SalesMarketingAlignment.Web.Features.Organizations;

public static class OrganizationFeatures
{
    /// <summary>The use cases about client organizations and their members.</summary>
    public static IServiceCollection AddOrganizationFeatures(this IServiceCollection services) =>
        services
            .AddScoped<CreateOrganization>()
            .AddScoped<ListOrganizations>()
            .AddScoped<AddExecutive>()
            .AddScoped<SaveChecklist>();
}
