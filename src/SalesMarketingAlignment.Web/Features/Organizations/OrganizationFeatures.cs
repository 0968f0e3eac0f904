namespace SalesMarketingAlignment.Web.Features.Organizations;

public static class OrganizationFeatures
{
    /// <summary>The use cases about client organizations and their members.</summary>
    public static IServiceCollection AddOrganizationFeatures(this IServiceCollection services) =>
        services
            .AddScoped<CreateOrganization>()
            .AddScoped<ListOrganizations>()
            .AddScoped<AddMember>()
            .AddScoped<RemoveMember>()
            .AddScoped<AcceptInvitation>()
            .AddScoped<SaveChecklist>();
}
